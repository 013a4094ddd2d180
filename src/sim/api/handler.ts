// The Kubernetes REST surface over the store: paths, verbs, query parameters, watch streams and Status errors.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import type { Clock } from '../clock.ts';
import { aggregated, AGGREGATED_CONTENT_TYPE, apiGroup, apiGroupList, apiVersions, resourceList, version } from './discovery.ts';
import { openapiDocument, openapiIndex } from './openapi.ts';
import { applyPatch, jsonPatch, listShapes, mergePatch, strategicMerge } from './patch.ts';
import { recordUpdate, serverSideApply } from './field-ownership.ts';
import { paginate } from './pagination.ts';
import { RESOURCE_TYPES, typeByPath, type ResourceType } from './resources.ts';
import { parseFieldSelector, parseLabelSelector } from './selectors.ts';
import { table, wantsTable } from './tables.ts';
import { decodeKubernetesProtobuf, PROTOBUF } from './protobuf.ts';
import { MAX_REQUEST_BODY_BYTES, readBody, sendJson } from '../http.ts';
import { ApiError, badRequest, forbidden, methodNotAllowed, notFound, status } from './status.ts';
import type { Json } from './json.ts';
import { timestamp, type KObject, type ObjectStore, type StoreEvent } from './store.ts';

export interface Route {
  readonly type: ResourceType;
  readonly namespace: string | undefined;
  readonly name: string | undefined;
  readonly subresource: string | undefined;
  /** Path after the subresource (service proxy). */
  readonly rest: string;
}

/** Subresources served elsewhere (portforward, proxy): return true when handled. */
export type SubresourceHandler = (route: Route, req: IncomingMessage, res: ServerResponse) => boolean;

export interface ApiDeps {
  readonly store: ObjectStore;
  readonly clock: Clock;
  readonly serverAddress: () => string;
  /** `Strict` field validation for a type: the unknown fields of an object, as dotted paths. */
  readonly unknownFields?: (type: ResourceType, object: KObject) => string[];
  readonly subresources?: SubresourceHandler;
  /** Optional fault injection: a status code to answer instead, or undefined. */
  readonly fault?: (req: IncomingMessage) => number | undefined;
  readonly watchCloseMs?: number;
}

function send(res: ServerResponse, code: number, body: unknown, contentType = 'application/json'): void {
  sendJson(res, code, body, { 'Content-Type': contentType, 'Cache-Control': 'no-cache, private' });
}

async function requestBody(req: IncomingMessage): Promise<Buffer> {
  const body = await readBody(req);
  if (!body) throw new ApiError({ code: 413, reason: 'RequestEntityTooLarge', message: `Request entity too large: limit is ${MAX_REQUEST_BODY_BYTES}` });
  return body;
}

function parseBody(body: Buffer, contentType: string): Json {
  if (contentType.startsWith(PROTOBUF)) {
    const decoded = decodeKubernetesProtobuf(body);
    if (typeof decoded === 'string') throw new ApiError({ code: 415, reason: 'UnsupportedMediaType', message: decoded });
    return decoded;
  }
  const text = body.toString('utf8');
  try {
    return contentType.includes('yaml') ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw badRequest(`the body of the request was in an unknown format: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Splits a request path into the resource it names. */
export function route(path: string): Route | 'discovery' | undefined {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  let group = '';
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts[1]) {
    version = parts[1];
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts[1] && parts[2]) {
    group = parts[1];
    version = parts[2];
    rest = parts.slice(3);
  } else return undefined;
  if (rest.length === 0) return 'discovery';
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3 && typeByPath(group, version, rest[2]!)) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const type = typeByPath(group, version, rest[0]!);
  if (!type) return undefined;
  return { type, namespace, name: rest[1], subresource: rest[2], rest: rest.slice(3).join('/') };
}

const NAMESPACE = RESOURCE_TYPES.find((t) => t.kind === 'Namespace')!;

export function createApiHandler(deps: ApiDeps) {
  const { store, clock } = deps;

  function checkNamespace(type: ResourceType, namespace: string | undefined, creating: boolean, name = ''): void {
    if (!type.namespaced || namespace === undefined) return;
    const ns = store.get(NAMESPACE, undefined, namespace);
    if (!ns) throw notFound('namespaces', namespace);
    if (creating && ns.metadata.deletionTimestamp) {
      throw forbidden(`${type.plural} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`);
    }
  }

  function strict(type: ResourceType, object: KObject, url: URL): void {
    const mode = url.searchParams.get('fieldValidation');
    if (mode !== 'Strict' || !deps.unknownFields) return;
    const unknown = deps.unknownFields(type, object);
    if (unknown.length) throw badRequest(`${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`);
  }

  function listBody(type: ResourceType, items: KObject[]) {
    return { kind: `${type.kind}List`, apiVersion: type.group ? `${type.group}/${type.version}` : type.version, metadata: { resourceVersion: store.resourceVersion }, items };
  }

  function matching(type: ResourceType, namespace: string | undefined, url: URL) {
    const labels = parseLabelSelector(url.searchParams.get('labelSelector'));
    const fields = parseFieldSelector(url.searchParams.get('fieldSelector'));
    return (object: KObject) =>
      (!type.namespaced || namespace === undefined || object.metadata.namespace === namespace) && labels(object.metadata.labels ?? {}) && fields(object);
  }

  function watch(type: ResourceType, namespace: string | undefined, url: URL, req: IncomingMessage, res: ServerResponse): void {
    const match = matching(type, namespace, url);
    const rvParam = url.searchParams.get('resourceVersion');
    const replay: StoreEvent[] = rvParam && rvParam !== '0' ? store.since(Number(rvParam)) : [];
    res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' });
    // Clients wait for the headers before they consider a watch open; Node would hold them until the first event.
    res.flushHeaders();
    // A store event or bookmark can fall between the end of the response and its 'close': write nothing then.
    const write = (type_: string, object: unknown) => {
      if (!res.writableEnded) res.write(`${JSON.stringify({ type: type_, object })}\n`);
    };
    if (!rvParam || rvParam === '0') for (const object of store.list(type, namespace).filter(match)) write('ADDED', object);
    for (const event of replay) if (event.resource === type && match(event.object)) write(event.type, event.object);
    const unsubscribe = store.subscribe((event) => {
      if (event.resource === type && match(event.object)) write(event.type, event.object);
    });
    // Bookmarks and the watch's end are the cluster's time, on the sim's clock like everything else it does: a
    // ManualClock sim (tests, a forecast in virtual time) must not close or bookmark a watch on wall time.
    const bookmarks = url.searchParams.get('allowWatchBookmarks') === 'true'
      ? clock.every(1000, () => write('BOOKMARK', { kind: type.kind, apiVersion: type.group ? `${type.group}/${type.version}` : type.version, metadata: { resourceVersion: store.resourceVersion } }))
      : undefined;
    const timeoutSeconds = Number(url.searchParams.get('timeoutSeconds') ?? 0);
    const closeMs = Math.min(timeoutSeconds > 0 ? timeoutSeconds * 1000 : 30 * 60_000, deps.watchCloseMs ?? Infinity);
    const close = clock.at(clock.now() + closeMs, () => {
      stop();
      res.end();
    });
    const stop = () => {
      unsubscribe();
      bookmarks?.();
      close();
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function handleResource(r: Route, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { type, namespace, name, subresource } = r;
    const method = req.method ?? 'GET';
    // Writes other than apply: the writer's manager (fieldManager, else the product in its User-Agent, as the API
    // server derives it) takes over the fields it changed.
    const updated = (live: KObject | undefined, next: Json, sub?: string) => recordUpdate({
      live,
      next,
      manager: url.searchParams.get('fieldManager') || String(req.headers['user-agent'] ?? '').split('/')[0]!.slice(0, 128) || 'unknown',
      shapes: listShapes(type.group),
      apiVersion: String(next?.apiVersion ?? live?.apiVersion ?? ''),
      now: timestamp(clock.now()),
      subresource: sub,
    });
    if (subresource && subresource !== 'status') {
      if (deps.subresources?.(r, req, res)) return;
      throw notFound(`${type.plural}/${subresource}`, name ?? '');
    }
    if (!name) {
      if (method === 'GET') {
        if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1') return watch(type, namespace, url, req, res);
        const page = paginate(store.list(type, namespace).filter(matching(type, namespace, url)), url.searchParams, store.resourceVersion);
        const more = page.continue ? { continue: page.continue, remainingItemCount: page.remainingItemCount } : {};
        if (wantsTable(String(req.headers.accept ?? ''))) {
          const body = table(type, page.items, clock.now(), store.resourceVersion);
          return send(res, 200, { ...body, metadata: { ...body.metadata, ...more } });
        }
        const body = listBody(type, page.items);
        return send(res, 200, { ...body, metadata: { ...body.metadata, ...more } });
      }
      if (method === 'POST') {
        const body = parseBody(await requestBody(req), req.headers['content-type'] ?? '');
        if (type.kind === 'SelfSubjectAccessReview') {
          return send(res, 201, { ...body, apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview', metadata: { creationTimestamp: null }, status: { allowed: true, reason: 'rayservice-ci sim: every request is allowed' } });
        }
        checkNamespace(type, namespace, true, String(body?.metadata?.name ?? body?.metadata?.generateName ?? ''));
        strict(type, body, url);
        if (url.searchParams.get('dryRun') === 'All') return send(res, 201, body);
        return send(res, 201, store.create(type, namespace, withDefaults(type, updated(undefined, body))));
      }
      if (method === 'DELETE') {
        const victims = store.list(type, namespace).filter(matching(type, namespace, url));
        return send(res, 200, listBody(type, victims.map((v) => deleteOne(type, v.metadata.namespace, v.metadata.name))));
      }
      throw methodNotAllowed(`${method} is not supported on a collection`);
    }

    switch (method) {
      case 'GET': {
        const object = store.mustGet(type, namespace, name);
        if (wantsTable(String(req.headers.accept ?? ''))) return send(res, 200, table(type, [object], clock.now(), store.resourceVersion));
        return send(res, 200, object);
      }
      case 'PUT': {
        const body = parseBody(await requestBody(req), req.headers['content-type'] ?? '');
        if (body?.metadata?.name !== name) throw badRequest(`the name of the object (${String(body?.metadata?.name)}) does not match the name on the URL (${name})`);
        strict(type, body, url);
        body.metadata.namespace = namespace;
        return send(res, 200, store.update(type, withDefaults(type, updated(store.mustGet(type, namespace, name), body, subresource)), { expectedRv: body.metadata.resourceVersion, ...(subresource === 'status' ? { subresource: 'status' as const } : {}) }));
      }
      case 'PATCH': {
        const contentType = String(req.headers['content-type'] ?? '').split(';')[0]!.trim();
        const patch = parseBody(await requestBody(req), contentType);
        const live = store.get(type, namespace, name);
        if (contentType === 'application/apply-patch+yaml' || contentType === 'application/apply-patch+cbor') {
          if (!url.searchParams.get('fieldManager')) throw badRequest('PATCH, fieldManager is required for apply requests');
          strict(type, patch, url);
          const force = url.searchParams.get('force') === 'true';
          const merged = serverSideApply({
            live,
            applied: patch,
            merged: withDefaults(type, applyPatch(live, patch, type.group)),
            manager: url.searchParams.get('fieldManager')!,
            force,
            shapes: listShapes(type.group),
            apiVersion: String(patch?.apiVersion ?? live?.apiVersion ?? ''),
            now: timestamp(clock.now()),
            subresource,
          });
          if (!live) {
            checkNamespace(type, namespace, true, name);
            merged.metadata = { ...merged.metadata, name };
            return send(res, 201, store.create(type, namespace, withDefaults(type, merged)));
          }
          return send(res, 200, store.update(type, withDefaults(type, merged), subresource === 'status' ? { subresource: 'status' } : {}));
        }
        if (!live) throw notFound(type.plural, name, type.group);
        let next: Json;
        if (contentType === 'application/json-patch+json') next = jsonPatch(live, patch);
        else if (contentType === 'application/merge-patch+json') next = mergePatch(live, patch);
        else if (contentType === 'application/strategic-merge-patch+json') {
          if (type.group !== '') throw new ApiError({ code: 415, reason: 'UnsupportedMediaType', message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml` });
          next = strategicMerge(live, patch);
        } else throw new ApiError({ code: 415, reason: 'UnsupportedMediaType', message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json` });
        strict(type, next, url);
        return send(res, 200, store.update(type, withDefaults(type, updated(live, next, subresource)), { expectedRv: patch?.metadata?.resourceVersion, ...(subresource === 'status' ? { subresource: 'status' as const } : {}) }));
      }
      case 'DELETE': {
        const raw = await requestBody(req);
        const options = raw.length ? parseBody(raw, String(req.headers['content-type'] ?? 'application/json')) : {};
        const grace = url.searchParams.get('gracePeriodSeconds') ?? options?.gracePeriodSeconds;
        return send(res, 200, deleteOne(type, namespace, name, grace === undefined || grace === null ? undefined : Number(grace)));
      }
      default:
        throw methodNotAllowed(`${method} is not supported`);
    }
  }

  function deleteOne(type: ResourceType, namespace: string | undefined, name: string, gracePeriodSeconds?: number): KObject {
    if (type.kind === 'Namespace') {
      // Namespaces terminate: the namespace controller empties them, then they go.
      const ns = store.mustGet(type, undefined, name);
      if (ns.metadata.deletionTimestamp) return ns;
      store.mutate(type, undefined, name, (o) => void (o.metadata.deletionTimestamp = timestamp(clock.now())));
      // The phase lives in status, which a main-resource update leaves alone.
      return store.mutate(type, undefined, name, (o) => void (o.status = { ...o.status, phase: 'Terminating' }), 'status')!;
    }
    return store.delete(type, namespace, name, gracePeriodSeconds === undefined ? {} : { gracePeriodSeconds });
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    try {
      const injected = deps.fault?.(req);
      if (injected) {
        // Real servers ask clients to back off on 429 with Retry-After.
        if (injected === 429) res.setHeader('Retry-After', '1');
        throw new ApiError({ code: injected, reason: injected === 429 ? 'TooManyRequests' : 'InternalError', message: `injected fault (${injected})`, ...(injected === 429 ? { details: { retryAfterSeconds: 1 } } : {}) });
      }
      const path = url.pathname.replace(/\/+$/, '') || '/';
      const accept = String(req.headers.accept ?? '');
      const wantsAggregated = accept.includes('as=APIGroupDiscoveryList') && accept.includes('v=v2;');
      if (path === '/version') return send(res, 200, version());
      if (path === '/healthz' || path === '/readyz' || path === '/livez') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        return void res.end('ok');
      }
      if (path === '/openapi/v3') return send(res, 200, openapiIndex());
      if (path.startsWith('/openapi/v3/')) {
        const parts = path.slice('/openapi/v3/'.length).split('/');
        const doc = parts[0] === 'api' ? openapiDocument('', parts[1] ?? '') : openapiDocument(parts[1] ?? '', parts[2] ?? '');
        if (!doc) throw notFound('openapi', path);
        return send(res, 200, doc);
      }
      if (path === '/api') return wantsAggregated ? send(res, 200, aggregated(true), AGGREGATED_CONTENT_TYPE) : send(res, 200, apiVersions(deps.serverAddress()));
      if (path === '/apis') return wantsAggregated ? send(res, 200, aggregated(false), AGGREGATED_CONTENT_TYPE) : send(res, 200, apiGroupList());
      if (/^\/apis\/[^/]+$/.test(path)) {
        const group = path.split('/')[2]!;
        const found = apiGroup(group);
        if (!found.versions.length) throw notFound('groups', group);
        return send(res, 200, found);
      }
      const r = route(path);
      if (r === 'discovery') {
        const parts = path.split('/').filter(Boolean);
        const [group, v] = parts[0] === 'api' ? ['', parts[1]!] : [parts[1]!, parts[2]!];
        const list = resourceList(group, v);
        if (!list.resources.length) throw notFound('groupversion', `${group}/${v}`);
        return send(res, 200, list);
      }
      if (!r) throw notFound('path', path);
      await handleResource(r, req, res, url);
    } catch (error) {
      if (error instanceof ApiError) {
        if (!res.headersSent) send(res, error.error.code, status(error.error));
        else res.end();
        return;
      }
      if (!res.headersSent) send(res, 500, status({ code: 500, reason: 'InternalError', message: `sim internal error: ${(error as Error).message}` }));
      else res.end();
    }
  };
}


/** The defaults the API server fills in for the core kinds we create. */
function withDefaults(type: ResourceType, object: KObject): KObject {
  if (type.kind === 'Namespace') {
    object.spec = { finalizers: ['kubernetes'], ...object.spec };
    object.status = { phase: 'Active', ...object.status };
  }
  if (type.kind === 'Pod') object.status = { phase: 'Pending', qosClass: 'Burstable', ...object.status };
  if (type.kind === 'Service') object.spec = { type: 'ClusterIP', sessionAffinity: 'None', ...object.spec };
  // KubeRay's CRDs default these worker group fields (ray.io_rayclusters.yaml / ray.io_rayservices.yaml, v1.7).
  const cluster = type.kind === 'RayService' ? object.spec?.rayClusterConfig : type.kind === 'RayCluster' ? object.spec : undefined;
  for (const group of Array.isArray(cluster?.workerGroupSpecs) ? cluster.workerGroupSpecs : []) {
    if (typeof group !== 'object' || group === null) continue;
    group.replicas ??= 0;
    group.minReplicas ??= 0;
    group.maxReplicas ??= 2147483647;
    group.numOfHosts ??= 1;
  }
  return object;
}
