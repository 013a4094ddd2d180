// Objects are checked as kube-apiserver checks them before storing (issue 7: one bad object broke every later list
// and delete of its kind): a body that does not decode as the kind is a 400 BadRequest, a name or label that breaks
// apimachinery's rules a 422 Invalid Status with one cause per problem, and the store stays usable throughout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { simSession, step, type SimSession } from '../helpers/sim.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { kubectlAsync } from '../helpers/kubectl.ts';
import { typeByKind } from '../../src/sim/api/resources.ts';

let session: SimSession;
before(async () => {
  session = await simSession();
});
after(async () => session?.stop());

interface Answer {
  readonly status: number;
  readonly body: Record<string, any>;
}

async function call(method: string, path: string, body: unknown, contentType = 'application/json'): Promise<Answer> {
  const response = await fetch(`${session.sim.url}${path}`, {
    method,
    headers: { 'Content-Type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

function assertInvalid(
  answer: Answer,
  kind: string,
  name: string,
  group: string,
  causes: { reason: string; field: string; message?: RegExp }[],
): void {
  assert.equal(answer.status, 422, JSON.stringify(answer.body));
  const body = answer.body;
  assert.equal(body['kind'], 'Status');
  assert.equal(body['status'], 'Failure');
  assert.equal(body['reason'], 'Invalid');
  assert.equal(body['code'], 422);
  assert.equal(body['details']['name'], name);
  assert.equal(body['details']['group'], group);
  assert.equal(body['details']['kind'], kind);
  assert.ok(
    body['message'].startsWith(`${group ? `${kind}.${group}` : kind} ${JSON.stringify(name)} is invalid: `),
    body['message'],
  );
  assert.equal(body['details']['causes'].length, causes.length, JSON.stringify(body['details']['causes']));
  causes.forEach((expected, i) => {
    const cause = body['details']['causes'][i];
    assert.equal(cause.reason, expected.reason);
    assert.equal(cause.field, expected.field);
    if (expected.message) assert.match(cause.message, expected.message);
  });
}

function assertBadRequest(answer: Answer, message: RegExp): void {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.equal(answer.body['kind'], 'Status');
  assert.equal(answer.body['reason'], 'BadRequest');
  assert.equal(answer.body['code'], 400);
  assert.match(answer.body['message'], message);
}

/** Lists, creates and deletes of ConfigMaps still work: nothing bad got into the store. */
async function storeStillWorks(name: string): Promise<void> {
  const list = await fetch(`${session.sim.url}${CONFIGMAPS}`);
  assert.equal(list.status, 200, await list.clone().text());
  const created = await call('POST', CONFIGMAPS, { metadata: { name } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const deleted = await fetch(`${session.sim.url}${CONFIGMAPS}/${name}`, { method: 'DELETE' });
  assert.equal(deleted.status, 200, await deleted.text());
}

test('{"metadata":{"name":42}} is a 400 as the decoder answers it; lists and deletes of the kind keep working', async () => {
  const answer = await call('POST', CONFIGMAPS, { metadata: { name: 42 } });
  assertBadRequest(
    answer,
    /^ConfigMap in version "v1" cannot be handled as a ConfigMap: json: cannot unmarshal number into Go struct field ObjectMeta\.metadata\.name of type string$/,
  );
  await storeStillWorks('after-numeric-name');
});

test('a body that is not an object ([], null, 42, "x") is a 400 BadRequest, never an object named "undefined"', async () => {
  for (const body of ['[]', 'null', '42', '"x"', 'true']) {
    assertBadRequest(
      await call('POST', CONFIGMAPS, body),
      /^the object provided is unrecognized \(must be of type ConfigMap\): /,
    );
  }
  assert.equal(session.sim.store.get(typeByKind('v1', 'ConfigMap')!, 'default', 'undefined'), undefined);
  await storeStillWorks('after-non-objects');
});

test('metadata of the wrong shape is a 400: metadata, labels, label values, finalizers, ownerReferences', async () => {
  const cases: [unknown, RegExp][] = [
    [{ metadata: 'x' }, /cannot unmarshal string into Go struct field ConfigMap\.metadata of type v1\.ObjectMeta/],
    [
      { metadata: { name: 'a', labels: ['x'] } },
      /cannot unmarshal array into Go struct field ObjectMeta\.metadata\.labels of type map\[string\]string/,
    ],
    [
      { metadata: { name: 'a', labels: { app: 1 } } },
      /cannot unmarshal number into Go struct field ObjectMeta\.metadata\.labels of type string/,
    ],
    [
      { metadata: { name: 'a', annotations: { note: {} } } },
      /cannot unmarshal object into Go struct field ObjectMeta\.metadata\.annotations of type string/,
    ],
    [{ metadata: { name: 'a', finalizers: 'x' } }, /of type \[\]string/],
    [
      { metadata: { name: 'a', ownerReferences: [{ uid: 5 }] } },
      /Go struct field OwnerReference\.metadata\.ownerReferences\.uid of type string/,
    ],
    [
      { metadata: { name: 'a', generation: 1.5 } },
      /cannot unmarshal number 1\.5 into Go struct field ObjectMeta\.metadata\.generation of type int64/,
    ],
    [{ kind: 7, metadata: { name: 'a' } }, /couldn't get version\/kind/],
  ];
  for (const [body, message] of cases) assertBadRequest(await call('POST', CONFIGMAPS, body), message);
  await storeStillWorks('after-bad-shapes');
});

test("names break the kind's rule: a/b, upper case, 5,000 characters, empty, a bad generateName — 422 with apimachinery's words", async () => {
  const slash = await call('POST', CONFIGMAPS, { metadata: { name: 'a/b' } });
  assertInvalid(slash, 'ConfigMap', 'a/b', '', [{ reason: 'FieldValueInvalid', field: 'metadata.name' }]);
  assert.equal(slash.body['message'], `ConfigMap "a/b" is invalid: metadata.name: Invalid value: "a/b": ${SUBDOMAIN}`);
  assert.equal(slash.body['details']['causes'][0].message, `Invalid value: "a/b": ${SUBDOMAIN}`);

  assertInvalid(await call('POST', CONFIGMAPS, { metadata: { name: 'Upper_Case' } }), 'ConfigMap', 'Upper_Case', '', [
    { reason: 'FieldValueInvalid', field: 'metadata.name', message: /lowercase RFC 1123 subdomain/ },
  ]);
  const long = 'a'.repeat(5000);
  assertInvalid(await call('POST', CONFIGMAPS, { metadata: { name: long } }), 'ConfigMap', long, '', [
    { reason: 'FieldValueInvalid', field: 'metadata.name', message: /must be no more than 253 characters$/ },
  ]);
  const empty = await call('POST', CONFIGMAPS, { metadata: {} });
  assertInvalid(empty, 'ConfigMap', '', '', [{ reason: 'FieldValueRequired', field: 'metadata.name' }]);
  assert.equal(
    empty.body['message'],
    'ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
  );
  // The name is generated before validation, so both the prefix and the name it made are reported.
  const generated = await call('POST', CONFIGMAPS, { metadata: { generateName: 'Bad_' } });
  assert.equal(generated.status, 422, JSON.stringify(generated.body));
  assert.match(generated.body['details']['name'], /^Bad_[a-z0-9]{5}$/);
  assert.deepEqual(
    generated.body['details']['causes'].map((c: { field: string }) => c.field),
    ['metadata.generateName', 'metadata.name'],
  );
});

test('generateName makes a name of at most 63 characters that follows the rule', async () => {
  const created = await call('POST', CONFIGMAPS, { metadata: { generateName: `${'g'.repeat(70)}-` } });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.match(created.body['metadata']['name'], /^g{58}[a-z0-9]{5}$/);
});

test('each kind has its rule: Namespace a DNS-1123 label, Service a DNS-1035 label, Role a path segment, RayService a subdomain, CRD <plural>.<group>', async () => {
  const dotted = await call('POST', '/api/v1/namespaces', { metadata: { name: 'my.namespace' } });
  assertInvalid(dotted, 'Namespace', 'my.namespace', '', [
    { reason: 'FieldValueInvalid', field: 'metadata.name', message: /must not contain dots$/ },
  ]);
  assertInvalid(
    await call('POST', '/api/v1/namespaces', { metadata: { name: 'n'.repeat(64) } }),
    'Namespace',
    'n'.repeat(64),
    '',
    [{ reason: 'FieldValueInvalid', field: 'metadata.name', message: /must be no more than 63 characters$/ }],
  );
  assertInvalid(
    await call('POST', '/api/v1/namespaces/default/services', {
      metadata: { name: '1svc' },
      spec: { ports: [{ port: 80 }] },
    }),
    'Service',
    '1svc',
    '',
    [
      {
        reason: 'FieldValueInvalid',
        field: 'metadata.name',
        message:
          /^Invalid value: "1svc": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character/,
      },
    ],
  );
  // A pod may be named what a service may not.
  assert.equal(
    (
      await call('POST', '/api/v1/namespaces/default/pods', {
        metadata: { name: '1pod.x' },
        spec: { containers: [{ name: 'c', image: 'i' }] },
      })
    ).status,
    201,
  );
  assert.equal(
    (
      await call('POST', '/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles', {
        metadata: { name: 'system:controller:Reader' },
        rules: [],
      })
    ).status,
    201,
  );
  assertInvalid(
    await call('POST', '/apis/rbac.authorization.k8s.io/v1/namespaces/default/roles', {
      metadata: { name: '..' },
      rules: [],
    }),
    'Role',
    '..',
    'rbac.authorization.k8s.io',
    [{ reason: 'FieldValueInvalid', field: 'metadata.name', message: /may not be '\.\.'$/ }],
  );
  const ray = await call('POST', '/apis/ray.io/v1/namespaces/default/rayservices', {
    apiVersion: 'ray.io/v1',
    kind: 'RayService',
    metadata: { name: 'Llama_3B' },
    spec: {},
  });
  assertInvalid(ray, 'RayService', 'Llama_3B', 'ray.io', [{ reason: 'FieldValueInvalid', field: 'metadata.name' }]);
  assert.ok(
    ray.body['message'].startsWith(
      'RayService.ray.io "Llama_3B" is invalid: metadata.name: Invalid value: "Llama_3B": a lowercase RFC 1123 subdomain',
    ),
  );
  const crd = await call('POST', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions', {
    metadata: { name: 'widgets.example.com' },
    spec: { group: 'example.com', names: { plural: 'gadgets', kind: 'Gadget' }, scope: 'Namespaced', versions: [] },
  });
  assertInvalid(crd, 'CustomResourceDefinition', 'widgets.example.com', 'apiextensions.k8s.io', [
    { reason: 'FieldValueInvalid', field: 'metadata.name', message: /must be spec\.names\.plural\+"\."\+spec\.group$/ },
  ]);
});

test('a core/v1 Event keeps its legacy rules: any path-safe name, and a 400 for one that is not', async () => {
  const event = (name: string) => ({
    metadata: { name },
    involvedObject: { kind: 'Pod', name: 'p', namespace: 'default' },
    reason: 'Test',
    message: 'm',
  });
  assert.equal((await call('POST', '/api/v1/namespaces/default/events', event('Pod.Upper'))).status, 201);
  assertBadRequest(
    await call('POST', '/api/v1/namespaces/default/events', event('a%b')),
    /^Name parameter invalid: "a%b": may not contain '%'$/,
  );
});

test("the namespace in the body must be the URL's (400); an empty one takes the URL's; outside a namespace there is no create (405)", async () => {
  assertBadRequest(
    await call('POST', CONFIGMAPS, { metadata: { name: 'elsewhere', namespace: 'kube-system' } }),
    /^the namespace of the provided object does not match the namespace sent on the request$/,
  );
  const empty = await call('POST', CONFIGMAPS, { metadata: { name: 'empty-namespace', namespace: '' } });
  assert.equal(empty.status, 201, JSON.stringify(empty.body));
  assert.equal(empty.body['metadata']['namespace'], 'default');
  const across = await call('POST', '/api/v1/configmaps', { metadata: { name: 'nowhere', namespace: 'default' } });
  assert.equal(across.status, 405, JSON.stringify(across.body));
  assert.equal(across.body['reason'], 'MethodNotAllowed');
  // A cluster-scoped kind ignores a namespace in the body, as the API server does.
  const ns = await call('POST', '/api/v1/namespaces', { metadata: { name: 'scoped-ignored', namespace: 'default' } });
  assert.equal(ns.status, 201, JSON.stringify(ns.body));
  assert.equal(ns.body['metadata']['namespace'], undefined);
});

test('labels and annotations follow ValidateLabels / ValidateAnnotations: keys, values, 256 KiB in all', async () => {
  const labels = await call('POST', CONFIGMAPS, {
    metadata: {
      name: 'bad-labels',
      labels: { 'bad key': 'ok', good: 'v'.repeat(64), 'example.com/fine': 'Fine_Value-1' },
    },
  });
  assertInvalid(labels, 'ConfigMap', 'bad-labels', '', [
    {
      reason: 'FieldValueInvalid',
      field: 'metadata.labels',
      message: /^Invalid value: "bad key": name part must consist of alphanumeric characters/,
    },
    { reason: 'FieldValueInvalid', field: 'metadata.labels', message: /must be no more than 63 characters$/ },
  ]);
  const prefix = await call('POST', CONFIGMAPS, {
    metadata: { name: 'bad-prefix', annotations: { 'Not_A_Domain/key': 'x', 'a/b/c': 'x' } },
  });
  assertInvalid(prefix, 'ConfigMap', 'bad-prefix', '', [
    {
      reason: 'FieldValueInvalid',
      field: 'metadata.annotations',
      message: /prefix part a lowercase RFC 1123 subdomain/,
    },
    { reason: 'FieldValueInvalid', field: 'metadata.annotations', message: /a qualified name must consist of/ },
  ]);
  // Annotation keys are checked in lower case: upper case passes there, not in labels.
  assert.equal(
    (
      await call('POST', CONFIGMAPS, {
        metadata: { name: 'upper-annotation', annotations: { 'Example.com/Key': 'x' } },
      })
    ).status,
    201,
  );
  const big = await call('POST', CONFIGMAPS, {
    metadata: { name: 'big-annotations', annotations: { a: 'x'.repeat(200 * 1024), b: 'y'.repeat(60 * 1024) } },
  });
  assertInvalid(big, 'ConfigMap', 'big-annotations', '', [
    { reason: 'FieldValueTooLong', field: 'metadata.annotations' },
  ]);
  assert.equal(
    big.body['message'],
    'ConfigMap "big-annotations" is invalid: metadata.annotations: Too long: may not be more than 262144 bytes',
  );
});

test('updates, patches and apply are validated too, and cannot set deletionTimestamp', async () => {
  assert.equal((await call('POST', CONFIGMAPS, { metadata: { name: 'target' } })).status, 201);
  const live = (await call('GET', `${CONFIGMAPS}/target`, undefined as never)).body;
  assertInvalid(
    await call('PUT', `${CONFIGMAPS}/target`, { ...live, metadata: { ...live['metadata'], labels: { '-bad': 'x' } } }),
    'ConfigMap',
    'target',
    '',
    [{ reason: 'FieldValueInvalid', field: 'metadata.labels' }],
  );
  assertInvalid(
    await call(
      'PATCH',
      `${CONFIGMAPS}/target`,
      { metadata: { labels: { ok: 'bad value' } } },
      'application/merge-patch+json',
    ),
    'ConfigMap',
    'target',
    '',
    [{ reason: 'FieldValueInvalid', field: 'metadata.labels' }],
  );
  assertBadRequest(
    await call(
      'PATCH',
      `${CONFIGMAPS}/target`,
      { metadata: { labels: { ok: 7 } } },
      'application/strategic-merge-patch+json',
    ),
    /cannot unmarshal number/,
  );
  assertBadRequest(
    await call(
      'PATCH',
      `${CONFIGMAPS}/target`,
      [{ op: 'replace', path: '/metadata', value: 'x' }],
      'application/json-patch+json',
    ),
    /ConfigMap\.metadata of type v1\.ObjectMeta/,
  );
  assertBadRequest(
    await call('PATCH', `${CONFIGMAPS}/target`, [{ op: 'add', path: 5, value: 'x' }], 'application/json-patch+json'),
    /invalid JSON pointer/,
  );
  assertInvalid(
    await call(
      'PATCH',
      `${CONFIGMAPS}/target`,
      { metadata: { deletionTimestamp: '2026-01-01T00:00:00Z' } },
      'application/merge-patch+json',
    ),
    'ConfigMap',
    'target',
    '',
    [{ reason: 'FieldValueInvalid', field: 'metadata.deletionTimestamp', message: /field is immutable$/ }],
  );
  const apply = await call(
    'PATCH',
    `${CONFIGMAPS}/Applied_Bad?fieldManager=test`,
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Applied_Bad\n',
    'application/apply-patch+yaml',
  );
  assertInvalid(apply, 'ConfigMap', 'Applied_Bad', '', [{ reason: 'FieldValueInvalid', field: 'metadata.name' }]);
  assertBadRequest(
    await call('PATCH', `${CONFIGMAPS}/applied?fieldManager=test`, '- 1\n- 2\n', 'application/apply-patch+yaml'),
    /unrecognized/,
  );
  // YAML can say what JSON cannot: a typed value is no object a client could send.
  assertBadRequest(
    await call(
      'PATCH',
      `${CONFIGMAPS}/binary?fieldManager=test`,
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: binary\ndata: !!set { a, b }\n',
      'application/apply-patch+yaml',
    ),
    /no JSON type/,
  );
  await storeStillWorks('after-updates');
});

test("clients show the 422 as they show a real server's: kubectl and client-node", async () => {
  const kubectl = await kubectlAsync(session.kubeconfig, ['create', 'configmap', 'Bad_Name', '-n', 'default']);
  assert.notEqual(kubectl.status, 0);
  assert.match(
    kubectl.stderr,
    /ConfigMap "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/,
  );
  const core = session.kc.makeApiClient(k8s.CoreV1Api);
  await assert.rejects(
    core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'Bad.Name' } } }),
    (error: k8s.ApiException<string>) => {
      assert.equal(error.code, 422);
      assert.match(String(error.body), /"reason":"Invalid"/);
      return true;
    },
  );
});

test('specs the controllers read are decoded as their Go types (400) and pods need containers (422)', async () => {
  const pods = '/api/v1/namespaces/default/pods';
  assertBadRequest(
    await call('POST', pods, { metadata: { name: 'p1' }, spec: { containers: 5 } }),
    /^Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field PodSpec\.spec\.containers of type \[\]v1\.Container$/,
  );
  assertBadRequest(
    await call('POST', pods, { metadata: { name: 'p2' }, spec: 'x' }),
    /cannot unmarshal string into Go struct field Pod\.spec of type v1\.PodSpec$/,
  );
  assertBadRequest(
    await call('POST', pods, {
      metadata: { name: 'p3' },
      spec: { containers: [{ name: 'c', image: 'i', resources: { limits: { 'nvidia.com/gpu': {} } } }] },
    }),
    /^Pod in version "v1" cannot be handled as a Pod: quantities must match the regular expression/,
  );
  assertBadRequest(
    await call('POST', '/api/v1/namespaces/default/services', { metadata: { name: 's1' }, spec: { ports: 'x' } }),
    /Go struct field ServiceSpec\.spec\.ports of type \[\]v1\.ServicePort$/,
  );
  assertBadRequest(
    await call('POST', '/api/v1/namespaces/default/services', {
      metadata: { name: 's2' },
      spec: { ports: [{ port: 80, targetPort: true }] },
    }),
    /cannot unmarshal bool into Go value of type int32$/,
  );
  const empty = await call('POST', pods, { metadata: { name: 'no-spec' } });
  assertInvalid(empty, 'Pod', 'no-spec', '', [{ reason: 'FieldValueRequired', field: 'spec.containers' }]);
  assert.equal(empty.body['message'], 'Pod "no-spec" is invalid: spec.containers: Required value');
  assertInvalid(
    await call('POST', pods, {
      metadata: { name: 'unnamed' },
      spec: { containers: [{ image: 'i' }, { name: 'Bad_Name' }] },
    }),
    'Pod',
    'unnamed',
    '',
    [
      { reason: 'FieldValueRequired', field: 'spec.containers[0].name' },
      { reason: 'FieldValueInvalid', field: 'spec.containers[1].name', message: /lowercase RFC 1123 label/ },
      { reason: 'FieldValueRequired', field: 'spec.containers[1].image' },
    ],
  );
});

test('KubeRay resources are checked against their schema as apiextensions does: type errors are 422 causes', async () => {
  const service = await call('POST', '/apis/ray.io/v1/namespaces/default/rayservices', {
    apiVersion: 'ray.io/v1',
    kind: 'RayService',
    metadata: { name: 'typed' },
    spec: { rayClusterConfig: 5, serveConfigV2: 7 },
  });
  assertInvalid(service, 'RayService', 'typed', 'ray.io', [
    { reason: 'FieldValueTypeInvalid', field: 'spec.serveConfigV2' },
    { reason: 'FieldValueTypeInvalid', field: 'spec.rayClusterConfig' },
  ]);
  assert.equal(
    service.body['details']['causes'][1].message,
    'Invalid value: "integer": spec.rayClusterConfig in body must be of type object: "integer"',
  );
  const cluster = await call('POST', '/apis/ray.io/v1/namespaces/default/rayclusters', {
    apiVersion: 'ray.io/v1',
    kind: 'RayCluster',
    metadata: { name: 'typed' },
    spec: {
      headGroupSpec: {
        template: { spec: { containers: [{ name: 'h', image: 'i', resources: { limits: { memory: '1Zi' } } }] } },
      },
      workerGroupSpecs: [{ groupName: 'g', replicas: 'two', template: { spec: { containers: 5 } } }],
    },
  });
  assertInvalid(cluster, 'RayCluster', 'typed', 'ray.io', [
    { reason: 'FieldValueTypeInvalid', field: 'spec.workerGroupSpecs[0].replicas' },
    {
      reason: 'FieldValueInvalid',
      field: 'spec.headGroupSpec.template.spec.containers[0].resources.limits.memory',
      message: /in body should match/,
    },
    {
      reason: 'FieldValueTypeInvalid',
      field: 'spec.workerGroupSpecs[0].template.spec.containers',
      message: /must be of type array: "integer"$/,
    },
  ]);
});

test('a pod the API refused never reaches the scheduler: the next pod is scheduled', async () => {
  const stepped = await simSession({ clock: new ManualClock() });
  try {
    const post = (body: unknown) =>
      fetch(`${stepped.sim.url}/api/v1/namespaces/default/pods`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    assert.equal((await post({ metadata: { name: 'no-spec' } })).status, 422);
    assert.equal((await post({ metadata: { name: 'bad-spec' }, spec: { containers: 5 } })).status, 400);
    assert.equal(
      (await post({ metadata: { name: 'good' }, spec: { containers: [{ name: 'c', image: 'i' }] } })).status,
      201,
    );
    // Synchronous steps: a controller that throws would fail the test here (a ManualClock rethrows).
    step(stepped.sim, 3);
    const pod = stepped.sim.store.get(typeByKind('v1', 'Pod')!, 'default', 'good');
    assert.ok(pod?.spec?.nodeName, 'the valid pod is bound to a node');
  } finally {
    await stepped.stop();
  }
});
