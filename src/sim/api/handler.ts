// The Kubernetes REST surface over the store: paths, verbs, query parameters, watch streams and Status errors.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseYaml } from 'yaml';
import type { Clock } from '../clock.ts';
import {
  aggregated,
  AGGREGATED_CONTENT_TYPE,
  apiGroup,
  apiGroupList,
  apiVersions,
  resourceList,
  version,
} from './discovery.ts';
import { openapiDocument, openapiIndex } from './openapi.ts';
import { applyPatch, jsonPatch, listShapes, mergePatch, strategicMerge } from './patch.ts';
import { recordUpdate, serverSideApply } from './field-ownership.ts';
import { paginate } from './pagination.ts';
import { RESOURCE_TYPES, typeByPath, type ResourceType } from './resources.ts';
import { parseFieldSelector, parseLabelSelector } from './selectors.ts';
import { table, wantsTable } from './tables.ts';
import { decodeKubernetesProtobuf, PROTOBUF } from './protobuf.ts';
import { MAX_REQUEST_BODY_BYTES, readBody, sendJson } from '../http.ts';
import { decodeSegment, requestUrl } from '../boundary.ts';
import type { SimLog } from '../log.ts';
import { ApiError, badRequest, forbidden, methodNotAllowed, notFound } from './status.ts';
import type { Json } from './json.ts';
import { quotaForbiddenMessage, quotaRefusal } from './resource-quota.ts';
import { createError, decodeError, reconcileNamespace, updateError } from './object-validation.ts';
import { WATCH_LIMITS, WatchStream, type WatchLimits } from './watch-stream.ts';
import { timestamp, type KObject, type ObjectStore, type StoreEvent } from './store.ts';

export interface Route {
  readonly type: ResourceType;
  readonly namespace: string | undefined;
  readonly name: string | undefined;
  readonly subresource: string | undefined;
  /** Path after the subresource (service proxy). */
  readonly rest: string;
}

/** Subresources served elsewhere (proxy): a promise that settles once the request is answered, undefined when not one. */
export type SubresourceHandler = (route: Route, req: IncomingMessage, res: ServerResponse) => Promise<void> | undefined;

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
  /** How far a watch client may fall behind before it is dropped (default WATCH_LIMITS). */
  readonly watchLimits?: WatchLimits;
  /** Where dropped watches are reported. */
  readonly log?: SimLog;
}

function send(res: ServerResponse, code: number, body: unknown, contentType = 'application/json'): void {
  sendJson(res, code, body, { 'Content-Type': contentType, 'Cache-Control': 'no-cache, private' });
}

async function requestBody(req: IncomingMessage): Promise<Buffer> {
  const body = await readBody(req);
  if (!body)
    throw new ApiError({
      code: 413,
      reason: 'RequestEntityTooLarge',
      message: `Request entity too large: limit is ${MAX_REQUEST_BODY_BYTES}`,
    });
  return body;
}

/** A request body as the object it encodes; `raw` keeps its text for error messages. */
interface Body {
  readonly value: Json;
  readonly raw: string;
}

function parseBody(body: Buffer, contentType: string): Body {
  if (contentType.startsWith(PROTOBUF)) {
    const decoded = decodeKubernetesProtobuf(body);
    if (typeof decoded === 'string')
      throw new ApiError({ code: 415, reason: 'UnsupportedMediaType', message: decoded });
    return { value: decoded, raw: '' };
  }
  const text = body.toString('utf8');
  try {
    // logLevel error: a hostile document's warnings (unresolved tags, collection keys) are not the sim's to print.
    return {
      value: contentType.includes('yaml') ? parseYaml(text, { logLevel: 'error' }) : JSON.parse(text),
      raw: text,
    };
  } catch (error) {
    throw badRequest(`the body of the request was in an unknown format: ${(error as Error).message.split('\n')[0]}`);
  }
}

/**
 * Splits a request path into the resource it names. The segments naming it are percent-decoded (a malformed escape
 * is a 400); what follows a subresource (the proxy's path) is passed on as the client wrote it.
 */
export function route(path: string): Route | 'discovery' | undefined {
  const raw = path.split('/').filter(Boolean);
  const at = (i: number) => (raw[i] === undefined ? undefined : decodeSegment(raw[i]!));
  let group = '';
  let version: string | undefined;
  let next: number;
  if (at(0) === 'api' && at(1)) {
    version = at(1)!;
    next = 2;
  } else if (at(0) === 'apis' && at(1) && at(2)) {
    group = at(1)!;
    version = at(2)!;
    next = 3;
  } else return undefined;
  if (raw.length === next) return 'discovery';
  let namespace: string | undefined;
  if (at(next) === 'namespaces' && raw.length >= next + 3 && typeByPath(group, version, at(next + 2)!)) {
    namespace = at(next + 1);
    next += 2;
  }
  const type = typeByPath(group, version, at(next)!);
  if (!type) return undefined;
  return { type, namespace, name: at(next + 1), subresource: at(next + 2), rest: raw.slice(next + 3).join('/') };
}

const NAMESPACE = RESOURCE_TYPES.find((t) => t.kind === 'Namespace')!;
const POD = RESOURCE_TYPES.find((t) => t.kind === 'Pod' && t.group === '')!;

export function createApiHandler(deps: ApiDeps) {
  const { store, clock } = deps;
  /** Watch lines by event, held only as long as the event is (the store's log, a watcher's queue). */
  const eventLines = new WeakMap<StoreEvent, string>();

  function checkNamespace(type: ResourceType, namespace: string | undefined, creating: boolean, name = ''): void {
    if (!type.namespaced || namespace === undefined) return;
    const ns = store.get(NAMESPACE, undefined, namespace);
    if (!ns) throw notFound('namespaces', namespace);
    if (creating && ns.metadata.deletionTimestamp) {
      throw forbidden(
        `${type.plural} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
      );
    }
  }

  function strict(type: ResourceType, object: KObject, url: URL): void {
    const mode = url.searchParams.get('fieldValidation');
    if (mode !== 'Strict' || !deps.unknownFields) return;
    const unknown = deps.unknownFields(type, object);
    if (unknown.length)
      throw badRequest(
        `${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: strict decoding error: ${unknown.map((f) => `unknown field "${f}"`).join(', ')}`,
      );
  }

  function listBody(type: ResourceType, items: KObject[]) {
    return {
      kind: `${type.kind}List`,
      apiVersion: type.group ? `${type.group}/${type.version}` : type.version,
      metadata: { resourceVersion: store.resourceVersion },
      items,
    };
  }

  function matching(type: ResourceType, namespace: string | undefined, url: URL) {
    const labels = parseLabelSelector(url.searchParams.get('labelSelector'));
    const fields = parseFieldSelector(url.searchParams.get('fieldSelector'));
    return (object: KObject) =>
      (!type.namespaced || namespace === undefined || object.metadata.namespace === namespace) &&
      labels(object.metadata.labels ?? {}) &&
      fields(object);
  }

  function watch(
    type: ResourceType,
    namespace: string | undefined,
    url: URL,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const match = matching(type, namespace, url);
    const rvParam = url.searchParams.get('resourceVersion');
    const replay: StoreEvent[] = rvParam && rvParam !== '0' ? store.since(Number(rvParam)) : [];
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Transfer-Encoding': 'chunked',
      'Cache-Control': 'no-cache, private',
    });
    // Clients wait for the headers before they consider a watch open; Node would hold them until the first event.
    res.flushHeaders();
    const line = (type_: string, object: unknown) => `${JSON.stringify({ type: type_, object })}\n`;
    // Every watcher of a type gets the same line for an event: it is serialised once, not once per watcher.
    const eventLine = (event: StoreEvent) => {
      let text = eventLines.get(event);
      if (text === undefined) eventLines.set(event, (text = line(event.type, event.object)));
      return text;
    };
    const stream = new WatchStream(res, deps.watchLimits ?? WATCH_LIMITS, (events, bytes) => {
      stop();
      deps.log?.(
        `rayservice-ci sim: closed a watch of ${type.plural}${namespace ? ` in ${namespace}` : ''} for falling behind: ${events} events (${bytes} bytes) unread`,
      );
    });
    // The state the client asked for, serialised as it reads: the store's objects are never changed in place, so
    // the snapshot needs no copy.
    function* initial(): Generator<string> {
      if (!rvParam || rvParam === '0')
        for (const object of store.scan(type, namespace)) if (match(object)) yield line('ADDED', object);
      for (const event of replay) if (event.resource === type && match(event.object)) yield eventLine(event);
    }
    const unsubscribe = store.subscribe((event) => {
      if (event.resource === type && match(event.object)) stream.send(eventLine(event));
    });
    // Bookmarks and the watch's end are the cluster's time, on the sim's clock like everything else it does: a
    // ManualClock sim (tests, a forecast in virtual time) must not close or bookmark a watch on wall time.
    const bookmarks =
      url.searchParams.get('allowWatchBookmarks') === 'true'
        ? clock.every(1000, () =>
            stream.sendIfIdle(
              line('BOOKMARK', {
                kind: type.kind,
                apiVersion: type.group ? `${type.group}/${type.version}` : type.version,
                metadata: { resourceVersion: store.resourceVersion },
              }),
            ),
          )
        : undefined;
    const timeoutSeconds = Number(url.searchParams.get('timeoutSeconds') ?? 0);
    const closeMs = Math.min(timeoutSeconds > 0 ? timeoutSeconds * 1000 : 30 * 60_000, deps.watchCloseMs ?? Infinity);
    const close = clock.at(clock.now() + closeMs, () => {
      stop();
      stream.end();
    });
    function stop(): void {
      unsubscribe();
      bookmarks?.();
      close();
    }
    const gone = () => {
      stop();
      stream.close();
    };
    req.on('close', gone);
    res.on('close', gone);
    stream.begin(initial());
  }

  /** A body that must decode as an object of `type`: the object, or the 400 it is. */
  function decoded(type: ResourceType, body: Body, keepNulls = false): Json {
    const error = decodeError(type, body.value, body.raw, keepNulls);
    if (error) throw error;
    return body.value;
  }

  /**
   * The checks a decoded object passes to be created, in the API server's order: its namespace against the URL's
   * (400), the namespace's existence and state (admission: 404, 403), then validation (422).
   */
  function admitCreate(type: ResourceType, namespace: string | undefined, object: Json): void {
    const mismatch = reconcileNamespace(type, object, namespace);
    if (mismatch) throw mismatch;
    checkNamespace(type, namespace, true, String(object.metadata?.name ?? object.metadata?.generateName ?? ''));
    // As the API server does before validating: the name a generateName stands for is made first.
    if (!object.metadata.name && object.metadata.generateName)
      object.metadata.name = store.generateName(type, namespace, object.metadata.generateName);
    const invalid = createError(type, object);
    if (invalid) throw invalid;
    if (type === POD && namespace !== undefined) {
      const refusal = quotaRefusal(store, namespace, object);
      if (refusal) throw forbidden(quotaForbiddenMessage(String(object.metadata.name), refusal));
    }
  }

  /** The checks an update passes; what only the API server sets (deletionTimestamp) is kept from the live object. */
  function admitUpdate(type: ResourceType, namespace: string | undefined, object: Json, live: KObject): void {
    const mismatch = reconcileNamespace(type, object, namespace);
    if (mismatch) throw mismatch;
    const invalid = updateError(type, object, live);
    if (invalid) throw invalid;
    if (live.metadata.deletionTimestamp) object.metadata.deletionTimestamp = live.metadata.deletionTimestamp;
  }

  /** A list: filtered and paged over the store's own objects; only the page served is copied. */
  function list(
    type: ResourceType,
    namespace: string | undefined,
    url: URL,
    req: IncomingMessage,
    res: ServerResponse,
  ): void {
    const match = matching(type, namespace, url);
    const page = paginate(store.scan(type, namespace).filter(match), url.searchParams, store.resourceVersion);
    const items = page.items.map((object) => store.copy(object));
    const more = page.continue ? { continue: page.continue, remainingItemCount: page.remainingItemCount } : {};
    if (wantsTable(String(req.headers.accept ?? ''))) {
      const body = table(type, items, clock.now(), store.resourceVersion);
      return send(res, 200, { ...body, metadata: { ...body.metadata, ...more } });
    }
    const body = listBody(type, items);
    return send(res, 200, { ...body, metadata: { ...body.metadata, ...more } });
  }

  async function handleResource(r: Route, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { type, namespace, name, subresource } = r;
    const method = req.method ?? 'GET';
    // Writes other than apply: the writer's manager (fieldManager, else the product in its User-Agent, as the API
    // server derives it) takes over the fields it changed.
    const updated = (live: KObject | undefined, next: Json, sub?: string) =>
      recordUpdate({
        live,
        next,
        manager:
          url.searchParams.get('fieldManager') ||
          String(req.headers['user-agent'] ?? '')
            .split('/')[0]!
            .slice(0, 128) ||
          'unknown',
        shapes: listShapes(type.group),
        apiVersion: String(next?.apiVersion ?? live?.apiVersion ?? ''),
        now: timestamp(clock.now()),
        subresource: sub,
      });
    if (subresource && subresource !== 'status') {
      const handled = deps.subresources?.(r, req, res);
      if (handled) return handled;
      throw notFound(`${type.plural}/${subresource}`, name ?? '');
    }
    // Outside a namespace, a namespaced kind only lists and watches (the API server has no other route there).
    if (type.namespaced && namespace === undefined && (name !== undefined || method !== 'GET')) {
      if (name !== undefined) throw notFound('path', url.pathname);
      throw methodNotAllowed(
        `${method} is not supported on ${type.plural} across namespaces; use /namespaces/NAMESPACE/${type.plural}`,
      );
    }
    if (!name) {
      if (method === 'GET') {
        if (url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1')
          return watch(type, namespace, url, req, res);
        return list(type, namespace, url, req, res);
      }
      if (method === 'POST') {
        const body = parseBody(await requestBody(req), req.headers['content-type'] ?? '');
        const object = decoded(type, body);
        if (type.kind === 'SelfSubjectAccessReview') {
          return send(res, 201, {
            ...object,
            apiVersion: 'authorization.k8s.io/v1',
            kind: 'SelfSubjectAccessReview',
            metadata: { creationTimestamp: null },
            status: { allowed: true, reason: 'rayservice-ci sim: every request is allowed' },
          });
        }
        strict(type, object, url);
        admitCreate(type, namespace, object);
        if (url.searchParams.get('dryRun') === 'All') return send(res, 201, object);
        return send(res, 201, store.create(type, namespace, withDefaults(type, updated(undefined, object))));
      }
      if (method === 'DELETE') {
        const victims = store
          .scan(type, namespace)
          .filter(matching(type, namespace, url))
          .map((v) => [v.metadata.namespace, v.metadata.name] as const);
        return send(
          res,
          200,
          listBody(
            type,
            victims.map(([ns, victim]) => deleteOne(type, ns, victim)),
          ),
        );
      }
      throw methodNotAllowed(`${method} is not supported on a collection`);
    }

    switch (method) {
      case 'GET': {
        const object = store.mustGet(type, namespace, name);
        if (wantsTable(String(req.headers.accept ?? '')))
          return send(res, 200, table(type, [object], clock.now(), store.resourceVersion));
        return send(res, 200, object);
      }
      case 'PUT': {
        const body = decoded(type, parseBody(await requestBody(req), req.headers['content-type'] ?? ''));
        if (body.metadata?.name !== name)
          throw badRequest(
            `the name of the object (${String(body.metadata?.name ?? '')}) does not match the name on the URL (${name})`,
          );
        strict(type, body, url);
        const live = store.mustGet(type, namespace, name);
        admitUpdate(type, namespace, body, live);
        return send(
          res,
          200,
          store.update(type, withDefaults(type, updated(live, body, subresource)), {
            expectedRv: body.metadata.resourceVersion,
            ...(subresource === 'status' ? { subresource: 'status' as const } : {}),
          }),
        );
      }
      case 'PATCH': {
        const contentType = String(req.headers['content-type'] ?? '')
          .split(';')[0]!
          .trim();
        const patchBody = parseBody(await requestBody(req), contentType);
        const patch = patchBody.value;
        const live = store.get(type, namespace, name);
        if (contentType === 'application/apply-patch+yaml' || contentType === 'application/apply-patch+cbor') {
          if (!url.searchParams.get('fieldManager'))
            throw badRequest('PATCH, fieldManager is required for apply requests');
          decoded(type, patchBody, true);
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
            merged.metadata = { ...merged.metadata, name };
            admitCreate(type, namespace, merged);
            return send(res, 201, store.create(type, namespace, withDefaults(type, merged)));
          }
          admitUpdate(type, namespace, merged, live);
          return send(
            res,
            200,
            store.update(type, withDefaults(type, merged), subresource === 'status' ? { subresource: 'status' } : {}),
          );
        }
        if (!live) throw notFound(type.plural, name, type.group);
        let next: Json;
        if (contentType === 'application/json-patch+json') next = jsonPatch(live, patch);
        else if (contentType === 'application/merge-patch+json') next = mergePatch(live, patch);
        else if (contentType === 'application/strategic-merge-patch+json') {
          if (type.group !== '')
            throw new ApiError({
              code: 415,
              reason: 'UnsupportedMediaType',
              message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
            });
          next = strategicMerge(live, patch);
        } else
          throw new ApiError({
            code: 415,
            reason: 'UnsupportedMediaType',
            message: `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`,
          });
        decoded(type, { value: next, raw: '' });
        strict(type, next, url);
        admitUpdate(type, namespace, next, live);
        return send(
          res,
          200,
          store.update(type, withDefaults(type, updated(live, next, subresource)), {
            expectedRv: patch?.metadata?.resourceVersion,
            ...(subresource === 'status' ? { subresource: 'status' as const } : {}),
          }),
        );
      }
      case 'DELETE': {
        const raw = await requestBody(req);
        const options = raw.length
          ? parseBody(raw, String(req.headers['content-type'] ?? 'application/json')).value
          : {};
        const grace = url.searchParams.get('gracePeriodSeconds') ?? options?.gracePeriodSeconds;
        const seconds = grace === undefined || grace === null ? undefined : Number(grace);
        if (seconds !== undefined && !Number.isInteger(seconds))
          throw badRequest(`gracePeriodSeconds must be a whole number of seconds, not ${JSON.stringify(grace)}`);
        return send(res, 200, deleteOne(type, namespace, name, seconds));
      }
      default:
        throw methodNotAllowed(`${method} is not supported`);
    }
  }

  function deleteOne(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    gracePeriodSeconds?: number,
  ): KObject {
    if (type.kind === 'Namespace') {
      // Namespaces terminate: the namespace controller empties them, then they go.
      const ns = store.mustGet(type, undefined, name);
      if (ns.metadata.deletionTimestamp) return ns;
      store.mutate(type, undefined, name, (o) => void (o.metadata.deletionTimestamp = timestamp(clock.now())));
      // The phase lives in status, which a main-resource update leaves alone.
      return store.mutate(
        type,
        undefined,
        name,
        (o) => void (o.status = { ...o.status, phase: 'Terminating' }),
        'status',
      )!;
    }
    return store.delete(type, namespace, name, gracePeriodSeconds === undefined ? {} : { gracePeriodSeconds });
  }

  /** Answers one request, or throws what the request boundary (src/sim/boundary.ts) answers for it. */
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = requestUrl(req);
    const injected = deps.fault?.(req);
    if (injected) {
      // Real servers ask clients to back off on 429 with Retry-After.
      if (injected === 429) res.setHeader('Retry-After', '1');
      throw new ApiError({
        code: injected,
        reason: injected === 429 ? 'TooManyRequests' : 'InternalError',
        message: `injected fault (${injected})`,
        ...(injected === 429 ? { details: { retryAfterSeconds: 1 } } : {}),
      });
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
      const parts = path.slice('/openapi/v3/'.length).split('/').map(decodeSegment);
      const doc =
        parts[0] === 'api' ? openapiDocument('', parts[1] ?? '') : openapiDocument(parts[1] ?? '', parts[2] ?? '');
      if (!doc) throw notFound('openapi', path);
      return send(res, 200, doc);
    }
    if (path === '/api')
      return wantsAggregated
        ? send(res, 200, aggregated(true), AGGREGATED_CONTENT_TYPE)
        : send(res, 200, apiVersions(deps.serverAddress()));
    if (path === '/apis')
      return wantsAggregated
        ? send(res, 200, aggregated(false), AGGREGATED_CONTENT_TYPE)
        : send(res, 200, apiGroupList());
    if (/^\/apis\/[^/]+$/.test(path)) {
      const group = decodeSegment(path.split('/')[2]!);
      const found = apiGroup(group);
      if (!found.versions.length) throw notFound('groups', group);
      return send(res, 200, found);
    }
    const r = route(path);
    if (r === 'discovery') {
      const parts = path.split('/').filter(Boolean).map(decodeSegment);
      const [group, v] = parts[0] === 'api' ? ['', parts[1]!] : [parts[1]!, parts[2]!];
      const list = resourceList(group, v);
      if (!list.resources.length) throw notFound('groupversion', `${group}/${v}`);
      return send(res, 200, list);
    }
    if (!r) throw notFound('path', path);
    await handleResource(r, req, res, url);
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
  const cluster =
    type.kind === 'RayService' ? object.spec?.rayClusterConfig : type.kind === 'RayCluster' ? object.spec : undefined;
  for (const group of Array.isArray(cluster?.workerGroupSpecs) ? cluster.workerGroupSpecs : []) {
    if (typeof group !== 'object' || group === null) continue;
    group.replicas ??= 0;
    group.minReplicas ??= 0;
    group.maxReplicas ??= 2147483647;
    group.numOfHosts ??= 1;
  }
  return object;
}
