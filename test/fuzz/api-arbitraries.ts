// Generators of hostile requests to the sim's Kubernetes API: real paths with odd names and parameters, garbage
// paths, every content type we accept and some we do not, and bodies of any JSON type or none at all.
import fc from 'fast-check';

export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string | undefined;
  readonly body: string | undefined;
}

const RESOURCES = [
  ['/api/v1', 'configmaps', true],
  ['/api/v1', 'secrets', true],
  ['/api/v1', 'pods', true],
  ['/api/v1', 'services', true],
  ['/api/v1', 'namespaces', false],
  ['/api/v1', 'events', true],
  ['/apis/ray.io/v1', 'rayservices', true],
  ['/apis/ray.io/v1', 'rayclusters', true],
  ['/apis/discovery.k8s.io/v1', 'endpointslices', true],
] as const;

const oddText = fc.oneof(
  fc.stringMatching(/^[a-z0-9]([-a-z0-9]{0,20}[a-z0-9])?$/),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '.',
    '..',
    'a/b',
    'UPPER',
    '%E0',
    '%00',
    '%2F',
    '[',
    '//[',
    'x'.repeat(300),
    'ü',
    '\u001b',
    '-a',
    'a-',
    '1.2.3',
  ),
);

const query = fc.dictionary(
  fc.constantFrom(
    'labelSelector',
    'fieldSelector',
    'limit',
    'continue',
    'watch',
    'resourceVersion',
    'timeoutSeconds',
    'fieldValidation',
    'fieldManager',
    'force',
    'dryRun',
    'propagationPolicy',
  ),
  fc.oneof(oddText, fc.constantFrom('1', '0', '-1', 'true', 'Strict', 'a=b', 'a in (b', '!', '999999999999999999999')),
  { maxKeys: 3 },
);

const path = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        resource: fc.constantFrom<(typeof RESOURCES)[number]>(...RESOURCES),
        ns: fc.oneof({ weight: 3, arbitrary: fc.constant('default') }, { weight: 1, arbitrary: oddText }),
        name: fc.option(oddText, { nil: undefined }),
        sub: fc.option(fc.constantFrom('status', 'proxy', 'portforward', 'log', 'nope'), { nil: undefined, freq: 4 }),
      })
      .map(({ resource, ns, name, sub }) => {
        const [prefix, plural, namespaced] = [resource[0], resource[1], resource[2]];
        const base = namespaced ? `${prefix}/namespaces/${encodeURIComponent(ns)}/${plural}` : `${prefix}/${plural}`;
        return name === undefined ? base : `${base}/${encodeURIComponent(name)}${sub ? `/${sub}` : ''}`;
      }),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom(
        '//[',
        '/api/v1/namespaces/%E0',
        '/apis',
        '/api',
        '/version',
        '/openapi/v3',
        '/healthz',
        '/metrics',
        '/%',
        '/api/v1/namespaces/default/services/x:8000/proxy/%E0%A4%A',
        '/apis/ray.io',
      ),
      fc.webPath(),
    ),
  },
);

/** A body: a JSON value of any type, an object shaped like a Kubernetes object with odd fields, or bytes. */
const objectBody = fc.record(
  {
    apiVersion: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('v1', 'ray.io/v1') },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
    kind: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('ConfigMap', 'Secret', 'RayService', 'Namespace', 'Pod') },
      { weight: 1, arbitrary: fc.jsonValue() },
    ),
    metadata: fc.oneof(
      fc.record(
        {
          name: fc.oneof({ weight: 3, arbitrary: oddText }, { weight: 1, arbitrary: fc.jsonValue() }),
          namespace: fc.option(fc.oneof(oddText, fc.jsonValue()), { nil: undefined }),
          labels: fc.option(fc.oneof(fc.dictionary(oddText, oddText, { maxKeys: 3 }), fc.jsonValue()), {
            nil: undefined,
          }),
        },
        { requiredKeys: [] },
      ),
      fc.jsonValue(),
    ),
    data: fc.option(fc.dictionary(oddText, fc.oneof(oddText, fc.jsonValue()), { maxKeys: 3 }), { nil: undefined }),
    spec: fc.option(fc.jsonValue(), { nil: undefined }),
  },
  { requiredKeys: ['metadata'] },
);

const body = fc.oneof(
  objectBody.map((o) => JSON.stringify(o)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom('', 'null', '42', '"x"', '[]', '{', 'kind: [', '\u0000\u0001', '{"metadata":{"name":42}}'),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** A create whose path and kind agree, so validation (names, metadata, types) is what decides: 201, 409 or 422. */
const create: fc.Arbitrary<ApiRequest> = fc
  .record({
    kind: fc.constantFrom(
      ['ConfigMap', 'configmaps', 'v1'],
      ['Secret', 'secrets', 'v1'],
      ['Service', 'services', 'v1'],
      ['RayService', 'rayservices', 'ray.io/v1'],
    ),
    object: fc.oneof(
      objectBody,
      // Mostly well-formed, so the name and label rules (not the decoder) decide.
      fc.record({
        metadata: fc.record(
          {
            name: fc.oneof(
              { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9]([-a-z0-9.]{0,30}[a-z0-9])?$/) },
              { weight: 1, arbitrary: oddText },
            ),
            labels: fc.dictionary(
              fc.oneof(fc.stringMatching(/^[a-z]{1,10}$/), oddText),
              fc.oneof(fc.stringMatching(/^[a-z0-9]{0,10}$/), oddText),
              { maxKeys: 2 },
            ),
          },
          { requiredKeys: ['name'] },
        ),
        data: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ maxLength: 20 }), { maxKeys: 2 }),
      }),
    ),
  })
  .map(({ kind: target, object }) => ({ target, object }))
  .map(({ target: { 0: kind, 1: plural, 2: apiVersion }, object }) => ({
    method: 'POST',
    path: apiVersion === 'v1' ? `/api/v1/namespaces/default/${plural}` : `/apis/ray.io/v1/namespaces/default/${plural}`,
    contentType: 'application/json',
    body: JSON.stringify({ ...object, apiVersion, kind }),
  }));

const anyRequest: fc.Arbitrary<ApiRequest> = fc
  .record({
    method: fc.constantFrom('GET', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
    path,
    query,
    contentType: fc.option(
      fc.constantFrom(
        'application/json',
        'application/yaml',
        'application/merge-patch+json',
        'application/strategic-merge-patch+json',
        'application/apply-patch+yaml',
        'application/json-patch+json',
        'application/vnd.kubernetes.protobuf',
        'text/plain',
        'garbage/;;',
      ),
      { nil: undefined },
    ),
    body: fc.option(body, { nil: undefined }),
  })
  .map(({ method, path: p, query: q, contentType, body: b }) => {
    // A watch is bounded by the server's own timeout, so the fuzzer never waits on an open stream.
    const params = new URLSearchParams(q);
    if (params.has('watch')) params.set('timeoutSeconds', '1');
    const search = params.toString();
    return {
      method,
      path: search ? `${p}?${search}` : p,
      contentType,
      body: method === 'GET' || method === 'HEAD' ? undefined : b,
    };
  });

export const apiRequest: fc.Arbitrary<ApiRequest> = fc.oneof(
  { weight: 3, arbitrary: anyRequest },
  { weight: 1, arbitrary: create },
);
