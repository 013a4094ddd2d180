// The four patch types the API server accepts. Strategic merge knows the merge keys of the core lists our
// clients touch; server-side apply merges the applied configuration like strategic merge, with KubeRay's
// ray.io lists atomic (workerGroupSpecs has no listType) and conditions keyed by type.
import { badRequest, ApiError } from './status.ts';
import type { ListShapes } from './field-ownership.ts';
import type { Json } from './json.ts';

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** RFC 7386. */
export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return structuredClone(patch);
  const out: Record<string, Json> = isObject(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function pointer(path: unknown): string[] {
  // An operation's path comes from the client: anything but a string is its mistake, not the sim's.
  if (typeof path !== 'string') throw badRequest(`invalid JSON pointer: ${JSON.stringify(path) ?? String(path)}`);
  if (path === '') return [];
  if (!path.startsWith('/')) throw badRequest(`invalid JSON pointer "${path}"`);
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function parentOf(doc: Json, segments: string[], path: string): { parent: Json; last: string } {
  let node = doc;
  for (const segment of segments.slice(0, -1)) {
    node = Array.isArray(node) ? node[Number(segment)] : node?.[segment];
    if (node === undefined) throw unprocessable(`doc is missing path: "${path}"`);
  }
  return { parent: node, last: segments[segments.length - 1]! };
}

function unprocessable(message: string): ApiError {
  return new ApiError({
    code: 422,
    reason: 'Invalid',
    message: `the server rejected our request due to an error in our request: ${message}`,
  });
}

/** RFC 6902. */
export function jsonPatch(target: Json, operations: Json): Json {
  if (!Array.isArray(operations)) throw badRequest('json patch must be a list of operations');
  let doc = structuredClone(target);
  const read = (path: string) => {
    let node = doc;
    for (const segment of pointer(path)) {
      node = Array.isArray(node) ? node[Number(segment)] : node?.[segment];
      if (node === undefined) throw unprocessable(`doc is missing path: "${path}"`);
    }
    return node;
  };
  const write = (path: string, value: Json, mode: 'add' | 'replace') => {
    const segments = pointer(path);
    if (segments.length === 0) {
      doc = value;
      return;
    }
    const { parent, last } = parentOf(doc, segments, path);
    if (Array.isArray(parent)) {
      const index = last === '-' ? parent.length : Number(last);
      if (!Number.isInteger(index) || index < 0 || index > parent.length)
        throw unprocessable(`index out of range: "${path}"`);
      if (mode === 'add') parent.splice(index, 0, value);
      else parent[index] = value;
    } else if (isObject(parent)) {
      if (mode === 'replace' && !(last in parent))
        throw unprocessable(`replace operation does not apply: doc is missing key: ${path}`);
      parent[last] = value;
    } else throw unprocessable(`doc is missing path: "${path}"`);
  };
  const remove = (path: string) => {
    const segments = pointer(path);
    const { parent, last } = parentOf(doc, segments, path);
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else if (isObject(parent) && last in parent) delete parent[last];
    else throw unprocessable(`remove operation does not apply: doc is missing path: "${path}"`);
  };
  for (const op of operations) {
    switch (op?.op) {
      case 'add':
        write(op.path, structuredClone(op.value), 'add');
        break;
      case 'replace':
        write(op.path, structuredClone(op.value), 'replace');
        break;
      case 'remove':
        remove(op.path);
        break;
      case 'test':
        if (JSON.stringify(read(op.path)) !== JSON.stringify(op.value))
          throw unprocessable(`testing value ${op.path} failed`);
        break;
      case 'move': {
        const value = read(op.from);
        remove(op.from);
        write(op.path, value, 'add');
        break;
      }
      case 'copy':
        write(op.path, structuredClone(read(op.from)), 'add');
        break;
      default:
        throw badRequest(`Unexpected kind: ${String(op?.op)}`);
    }
  }
  return doc;
}

/** patchMergeKey of the core lists (k8s.io/api struct tags) that our clients and kubectl patch. */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  env: 'name',
  ports: 'containerPort',
  volumes: 'name',
  volumeMounts: 'mountPath',
  conditions: 'type',
  imagePullSecrets: 'name',
  tolerations: 'key',
  ownerReferences: 'uid',
};

/** Lists that are sets of scalars (merged by value). */
const SCALAR_SETS = new Set(['finalizers']);

function mergeList(live: Json[], patch: Json[], key: string | undefined, listName: string): Json[] {
  if (SCALAR_SETS.has(listName)) return [...new Set([...live, ...patch])];
  if (!key || !patch.every(isObject)) return structuredClone(patch);
  const out = structuredClone(live);
  for (const item of patch) {
    if (item['$patch'] === 'delete') {
      const at = out.findIndex((existing: Json) => existing?.[key] === item[key]);
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    const at = out.findIndex((existing: Json) => existing?.[key] === item[key]);
    if (at >= 0) out[at] = strategicMerge(out[at], item, listName);
    else out.push(strategicMerge({}, item, listName));
  }
  return out;
}

/** Strategic merge patch: maps merge, keyed lists merge item by item, other lists replace, null deletes. */
export function strategicMerge(
  target: Json,
  patch: Json,
  parentKey = '',
  mergeKeys: Record<string, string | undefined> = MERGE_KEYS,
): Json {
  if (!isObject(patch)) return structuredClone(patch);
  if (patch['$patch'] === 'replace') {
    const { $patch: _directive, ...rest } = patch;
    return structuredClone(rest);
  }
  const out: Record<string, Json> = isObject(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (k.startsWith('$')) continue;
    if (v === null) delete out[k];
    else if (Array.isArray(v)) out[k] = mergeList(Array.isArray(out[k]) ? out[k] : [], v, mergeKeys[k], k);
    else out[k] = strategicMerge(out[k], v, k, mergeKeys);
  }
  void parentKey;
  return out;
}

/** KubeRay's CRDs: conditions are a map list keyed by type; every other list (workerGroupSpecs …) is atomic. */
const RAY_MERGE_KEYS: Record<string, string | undefined> = { conditions: 'type' };

/** How a group's lists merge, for field ownership. */
export function listShapes(group: string): ListShapes {
  return { keys: group === 'ray.io' ? RAY_MERGE_KEYS : MERGE_KEYS, sets: SCALAR_SETS };
}

/**
 * Server-side apply's merge: the applied configuration merged into the live object (a missing object is created
 * from it). Ownership, conflicts and removals are field-ownership.ts's.
 */
export function applyPatch(live: Json | undefined, applied: Json, group: string): Json {
  const keys = group === 'ray.io' ? RAY_MERGE_KEYS : MERGE_KEYS;
  return strategicMerge(live ?? {}, applied, '', keys);
}
