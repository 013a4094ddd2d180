// Server-side apply's field ownership, after Kubernetes' structured-merge-diff (sigs.k8s.io/structured-merge-diff
// fieldpath, merge) and apimachinery's managedfields: each manager owns a set of field paths, stored in
// metadata.managedFields as FieldsV1; an apply that changes a field another manager owns is a conflict unless forced;
// fields a manager stops applying are removed unless someone else owns them; updates take over what they change.
// Simplified: the schema is known only as list names (merge keys, sets) and map names, not per type.
import { canonicalJson } from '../../ray/index.ts';
import type { Json } from './json.ts';
import { ApiError } from './status.ts';

/** One step of a path, encoded as FieldsV1 keys are: f:name, k:{"name":"x"}, v:"x". */
type Element = string;
type Path = readonly Element[];

export interface ListShapes {
  /** Associative lists by field name → key field. */
  readonly keys: Readonly<Record<string, string | undefined>>;
  /** Lists of scalars merged as sets. */
  readonly sets: ReadonlySet<string>;
}

/** Maps whose keys are data, not fields (they are members themselves, "." in FieldsV1). */
const GRANULAR_MAPS = new Set([
  'labels',
  'annotations',
  'rayStartParams',
  'selector',
  'nodeSelector',
  'data',
  'stringData',
  'limits',
  'requests',
  'matchLabels',
  'env_vars',
]);
/** What the API server sets or identifies an object by, never owned. */
const UNOWNED_METADATA = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
]);

const SEP = '\u0001';
const join = (path: Path) => path.join(SEP);
const split = (encoded: string): Path => (encoded === '' ? [] : encoded.split(SEP));
const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The paths a configuration sets: leaves, list items, granular maps; the main resource or the status subresource. */
export function fieldSet(object: Json, shapes: ListShapes, subresource?: string): Set<string> {
  const out = new Set<string>();
  const walk = (value: Json, path: Path, name: string) => {
    // null in an applied configuration asks for removal; nobody owns an absent field.
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      const key = shapes.keys[name];
      if (shapes.sets.has(name)) {
        for (const item of value) out.add(join([...path, `v:${JSON.stringify(item)}`]));
      } else if (key && value.every((item) => isObject(item) && item[key] !== undefined)) {
        for (const item of value) {
          const itemPath = [...path, `k:${JSON.stringify({ [key]: item[key] })}`];
          out.add(join(itemPath));
          walk(item, itemPath, '');
        }
      } else out.add(join(path));
      return;
    }
    if (isObject(value)) {
      const keys = Object.keys(value);
      if (path.length && (keys.length === 0 || GRANULAR_MAPS.has(name))) out.add(join(path));
      for (const k of keys) walk(value[k], [...path, `f:${k}`], k);
      return;
    }
    if (path.length) out.add(join(path));
  };
  for (const [k, v] of Object.entries(isObject(object) ? object : {})) {
    if (k === 'apiVersion' || k === 'kind') continue;
    if ((k === 'status') !== (subresource === 'status')) continue;
    if (k === 'metadata' && isObject(v)) {
      for (const [mk, mv] of Object.entries(v)) if (!UNOWNED_METADATA.has(mk)) walk(mv, ['f:metadata', `f:${mk}`], mk);
      continue;
    }
    walk(v, [`f:${k}`], k);
  }
  return out;
}

/** Whether a list item is the one a k: or v: element names. */
function matches(item: Json, element: Element): boolean {
  const data = element.slice(2);
  if (element.startsWith('k:'))
    return isObject(item) && Object.entries(JSON.parse(data) as Record<string, Json>).every(([k, v]) => item[k] === v);
  return JSON.stringify(item) === JSON.stringify(JSON.parse(data));
}

/** The value a path names in an object, or undefined. */
function valueAt(object: Json, path: Path): Json {
  let current = object;
  for (const element of path) {
    if (current === undefined || current === null) return undefined;
    if (element.startsWith('f:')) current = isObject(current) ? current[element.slice(2)] : undefined;
    else current = Array.isArray(current) ? current.find((item) => matches(item, element)) : undefined;
  }
  return current;
}

/** Removes what a path names; containers it empties go too. */
function removeAt(object: Json, path: Path): void {
  if (!path.length) return;
  const parent = valueAt(object, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (last.startsWith('f:') && isObject(parent)) delete parent[last.slice(2)];
  else if (Array.isArray(parent)) {
    const at = parent.findIndex((item) => matches(item, last));
    if (at >= 0) parent.splice(at, 1);
  }
  const emptied =
    (isObject(parent) && Object.keys(parent).length === 0) || (Array.isArray(parent) && parent.length === 0);
  if (emptied && path.length > 1) removeAt(object, path.slice(0, -1));
}

/** FieldsV1: a tree of path elements; "." marks a node that is itself a member. */
export function toFieldsV1(set: ReadonlySet<string>): Json {
  const root: Json = {};
  for (const encoded of [...set].sort()) {
    let node = root;
    for (const element of split(encoded)) node = node[element] ??= {};
  }
  // A member with children says so with "."; a leaf member is an empty object.
  for (const encoded of set) {
    let node = root;
    for (const element of split(encoded)) node = node[element];
    if (Object.keys(node).some((k) => k !== '.')) node['.'] = {};
  }
  return root;
}

export function fromFieldsV1(tree: Json): Set<string> {
  const out = new Set<string>();
  const walk = (node: Json, path: Path) => {
    const children = Object.keys(isObject(node) ? node : {}).filter((k) => k !== '.');
    if (path.length && (children.length === 0 || '.' in node)) out.add(join(path));
    for (const child of children) walk(node[child], [...path, child]);
  };
  walk(tree, []);
  return out;
}

/** A path as Kubernetes prints it: .spec.containers[name="x"].image, .metadata.finalizers[="f"]. */
export function printPath(encoded: string): string {
  return split(encoded)
    .map((element) => {
      const data = element.slice(2);
      if (element.startsWith('f:')) return `.${data}`;
      if (element.startsWith('k:'))
        return `[${Object.entries(JSON.parse(data) as Record<string, Json>)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(',')}]`;
      return `[=${data}]`;
    })
    .join('');
}

interface ManagedEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: Json;
  subresource?: string;
}

interface Owner {
  entry: ManagedEntry;
  set: Set<string>;
}

const isLeafIn = (set: ReadonlySet<string>, encoded: string) =>
  ![...set].some((other) => other.startsWith(encoded + SEP));
const deepEqual = (a: Json, b: Json) => canonicalJson(a) === canonicalJson(b);

function owners(object: Json): Owner[] {
  const entries = (object?.metadata?.managedFields ?? []) as ManagedEntry[];
  return entries.map((entry) => ({ entry: { ...entry }, set: fromFieldsV1(entry.fieldsV1) }));
}

function managerLabel(entry: ManagedEntry): string {
  const name =
    JSON.stringify(entry.manager) + (entry.subresource ? ` with subresource ${JSON.stringify(entry.subresource)}` : '');
  return entry.operation === 'Update' ? `${name} using ${entry.apiVersion} at ${entry.time}` : name;
}

/** apimachinery's NewConflictError: 409, reason Conflict, a cause per conflicting field. */
function conflictError(conflicts: { entry: ManagedEntry; path: string }[]): ApiError {
  let message: string;
  if (conflicts.length === 1)
    message = `Apply failed with 1 conflict: conflict with ${managerLabel(conflicts[0]!.entry)}: ${printPath(conflicts[0]!.path)}`;
  else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts)
      byManager.set(managerLabel(c.entry), [...(byManager.get(managerLabel(c.entry)) ?? []), printPath(c.path)]);
    const lines = [...byManager.keys()]
      .sort()
      .flatMap((m) => [`conflicts with ${m}:`, ...byManager.get(m)!.map((p) => `- ${p}`)]);
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new ApiError({
    code: 409,
    reason: 'Conflict',
    message,
    details: {
      causes: conflicts.map((c) => ({
        reason: 'FieldManagerConflict',
        message: `conflict with ${managerLabel(c.entry)}`,
        field: printPath(c.path),
      })),
    },
  });
}

function withEntries(object: Json, list: Owner[]): Json {
  const kept = list.filter((o) => o.set.size > 0).map((o) => ({ ...o.entry, fieldsV1: toFieldsV1(o.set) }));
  object.metadata = { ...object.metadata, managedFields: kept };
  if (!kept.length) delete object.metadata.managedFields;
  return object;
}

const withoutManaged = (object: Json) => ({
  ...object,
  metadata: { ...object?.metadata, managedFields: undefined, resourceVersion: undefined },
});

/** What both kinds of write know: the object before, who writes, and how its lists are shaped. */
interface WriteRequest {
  readonly live: Json | undefined;
  readonly manager: string;
  readonly shapes: ListShapes;
  readonly apiVersion: string;
  readonly now: string;
  readonly subresource?: string | undefined;
}

export interface ApplyRequest extends WriteRequest {
  readonly applied: Json;
  /** The live object with the applied configuration merged in and defaulted (keyed lists merge, atomic ones replace). */
  readonly merged: Json;
  readonly force: boolean;
}

/** The object a server-side apply leaves, with managedFields; throws the 409 a conflict is. */
export function serverSideApply(request: ApplyRequest): Json {
  const { live, applied, manager, shapes, subresource } = request;
  const sameScope = (o: Owner) => (o.entry.subresource ?? '') === (subresource ?? '');
  const all = owners(live);
  const mine = all.find((o) => o.entry.manager === manager && o.entry.operation === 'Apply' && sameScope(o));
  const others = all.filter((o) => o !== mine);
  const applying = fieldSet(applied, shapes, subresource);

  const conflicts: { entry: ManagedEntry; path: string }[] = [];
  for (const path of applying) {
    if (!isLeafIn(applying, path)) continue;
    const theirs = valueAt(live, split(path));
    // Compared after the merge and the API server's defaults, so a default the user left out is no change.
    if (theirs === undefined || deepEqual(theirs, valueAt(request.merged, split(path)))) continue;
    for (const other of others)
      if (sameScope(other) && other.set.has(path)) conflicts.push({ entry: other.entry, path });
  }
  if (conflicts.length && !request.force) throw conflictError(conflicts);
  for (const { entry, path } of conflicts) others.find((o) => o.entry === entry)?.set.delete(path);

  const result = structuredClone(request.merged);
  // Fields this manager applied before and no longer does go, unless another manager still owns them or below them.
  const dropped = [...(mine?.set ?? [])].filter((path) => !applying.has(path)).sort((a, b) => b.length - a.length);
  for (const path of dropped) {
    const ownedElsewhere = others.some((o) => [...o.set].some((p) => p === path || p.startsWith(path + SEP)));
    if (!ownedElsewhere) removeAt(result, split(path));
  }
  const unchanged =
    live !== undefined &&
    deepEqual(withoutManaged(result), withoutManaged(live)) &&
    mine !== undefined &&
    deepEqual([...mine.set].sort(), [...applying].sort()) &&
    conflicts.length === 0;
  if (unchanged) return withEntries(result, all);
  const entry: ManagedEntry = {
    manager,
    operation: 'Apply',
    apiVersion: request.apiVersion,
    time: request.now,
    fieldsType: 'FieldsV1',
    fieldsV1: {},
    ...(subresource ? { subresource } : {}),
  };
  return withEntries(result, [...others, { entry, set: applying }]);
}

export interface UpdateRequest extends WriteRequest {
  readonly next: Json;
}

/** A create, update or non-apply patch: the manager takes over what it changed; fields that went are nobody's. */
export function recordUpdate(request: UpdateRequest): Json {
  const { live, next, manager, shapes, subresource } = request;
  const sameScope = (o: Owner) => (o.entry.subresource ?? '') === (subresource ?? '');
  const before = live === undefined ? new Set<string>() : fieldSet(live, shapes, subresource);
  const after = fieldSet(next, shapes, subresource);
  const changed = new Set(
    [...after].filter(
      (path) =>
        !before.has(path) ||
        (isLeafIn(after, path) && !deepEqual(valueAt(live, split(path)), valueAt(next, split(path)))),
    ),
  );
  const all = owners(live);
  if (!changed.size && [...before].every((p) => after.has(p))) return withEntries(structuredClone(next), all);
  for (const owner of all) {
    if (!sameScope(owner)) continue;
    for (const path of [...owner.set]) if (!after.has(path) || changed.has(path)) owner.set.delete(path);
  }
  const mine = all.find((o) => o.entry.manager === manager && o.entry.operation === 'Update' && sameScope(o));
  const set = new Set([...(mine?.set ?? []), ...changed].filter((p) => after.has(p)));
  const entry: ManagedEntry = {
    manager,
    operation: 'Update',
    apiVersion: request.apiVersion,
    time: request.now,
    fieldsType: 'FieldsV1',
    fieldsV1: {},
    ...(subresource ? { subresource } : {}),
  };
  return withEntries(structuredClone(next), [...all.filter((o) => o !== mine), { entry, set }]);
}
