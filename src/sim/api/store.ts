// The cluster's state: objects by type/namespace/name with resourceVersions, a watch log, finalizers, graceful pod
// deletion and owner-reference garbage collection, as the API server and kube-controller-manager behave.
import type { Clock } from '../clock.ts';
import type { Random } from '../random.ts';
import { apiVersionOf, RESOURCE_TYPES, type ResourceType } from './resources.ts';
import type { Json } from './json.ts';
import { alreadyExists, conflict, gone, notFound } from './status.ts';

export interface ObjectMeta {
  name: string;
  namespace?: string;
  generateName?: string;
  uid: string;
  resourceVersion: string;
  generation?: number;
  creationTimestamp: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  ownerReferences?: {
    apiVersion: string;
    kind: string;
    name: string;
    uid: string;
    controller?: boolean;
    blockOwnerDeletion?: boolean;
  }[];
  managedFields?: unknown[];
  [key: string]: unknown;
}

export interface KObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: Json;
  status?: Json;
  [key: string]: Json;
}

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  readonly type: EventType;
  readonly resource: ResourceType;
  readonly object: KObject;
  readonly rv: number;
}

const LOG_LIMIT = 5000;

function key(type: ResourceType, namespace: string | undefined, name: string): string {
  return `${type.group}/${type.plural}/${type.namespaced ? (namespace ?? '') : ''}/${name}`;
}

export function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The prefix every key of a type (and namespace) starts with. */
function prefixOf(type: ResourceType, namespace: string | undefined): string {
  return `${type.group}/${type.plural}/${type.namespaced && namespace !== undefined ? `${namespace}/` : ''}`;
}

/**
 * Freezes an object and everything in it (walked with an explicit stack: depth is no risk). Stored objects are
 * frozen so that reading them in place (`scan`) is safe: a caller that changed one would throw, not corrupt the store.
 */
function deepFreeze(value: unknown): void {
  const stack: unknown[] = [value];
  // Visits each value once: bounded by the object's size.
  while (stack.length) {
    const next = stack.pop();
    if (typeof next !== 'object' || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    for (const child of Object.values(next)) if (typeof child === 'object' && child !== null) stack.push(child);
  }
}

/** apiserver's name generator keeps names within 63: at most 58 characters of generateName, then 5 random ones. */
const MAX_GENERATE_NAME_BASE = 58;

function specOf(object: KObject): string {
  const { metadata: _m, status: _s, ...rest } = object;
  return JSON.stringify(rest);
}

export class ObjectStore {
  /** Stored objects are never changed in place (writes store a new object), so they can be read without a copy. */
  private readonly objects = new Map<string, KObject>();
  /** Per type, its keys in byte order (etcd's): built on the first read, then kept in step with creates and removals. */
  private readonly sortedKeys = new Map<string, string[]>();
  private readonly log: StoreEvent[] = [];
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private rv = 1;
  private readonly clock: Clock;
  private readonly random: Random;
  private readonly onListenerError: (error: unknown) => void;
  private cloned = 0;

  /** `onListenerError`: a subscriber that throws is reported here; the write and the other subscribers go on. */
  constructor(clock: Clock, random: Random, onListenerError: (error: unknown) => void = () => {}) {
    this.clock = clock;
    this.random = random;
    this.onListenerError = onListenerError;
  }

  /** How many objects the store has deep-copied so far: what a read costs is observable. */
  get clonedObjects(): number {
    return this.cloned;
  }

  private clone<T>(value: T): T {
    this.cloned++;
    return structuredClone(value);
  }

  private keysOf(type: ResourceType): string[] {
    const typeKey = `${type.group}/${type.plural}`;
    let keys = this.sortedKeys.get(typeKey);
    if (!keys) {
      const prefix = `${typeKey}/`;
      keys = [...this.objects.keys()].filter((k) => k.startsWith(prefix)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.sortedKeys.set(typeKey, keys);
    }
    return keys;
  }

  /** Stores an object, frozen: from here on it is only ever replaced, never changed. */
  private put(key: string, object: KObject): void {
    deepFreeze(object);
    this.objects.set(key, object);
  }

  /** Keeps the type's sorted keys in step with a key added or removed (binary search, not a re-sort). */
  private keysChanged(type: ResourceType, changed: string, added: boolean): void {
    const keys = this.sortedKeys.get(`${type.group}/${type.plural}`);
    if (!keys) return;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keys[mid]! < changed) low = mid + 1;
      else high = mid;
    }
    if (added && keys[low] !== changed) keys.splice(low, 0, changed);
    if (!added && keys[low] === changed) keys.splice(low, 1);
  }

  get resourceVersion(): string {
    return String(this.rv);
  }

  private uid(): string {
    const hex = () => this.random.int(0, 0xffff).toString(16).padStart(4, '0');
    return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${hex()}-${hex()}${hex()}${hex()}`;
  }

  private emit(type: EventType, resource: ResourceType, object: KObject): void {
    const event: StoreEvent = {
      type,
      resource,
      object: this.clone(object),
      rv: Number(object.metadata.resourceVersion),
    };
    this.log.push(event);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    for (const listener of [...this.listeners]) {
      // The change is made: one subscriber's bug must neither fail the write that made it nor starve the others.
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  /** How many subscribers (controllers, open watches) the store has. */
  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** Every change, for controllers (informer-style) and watches. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events after `rv`, or a 410 when the log no longer reaches back that far. */
  since(rv: number): StoreEvent[] {
    const oldest = this.log[0]?.rv;
    if (oldest !== undefined && rv < oldest - 1 && rv < this.rv - 1)
      throw gone(`too old resource version: ${rv} (${oldest - 1})`);
    return this.log.filter((event) => event.rv > rv);
  }

  get(type: ResourceType, namespace: string | undefined, name: string): KObject | undefined {
    const object = this.objects.get(key(type, namespace, name));
    return object ? this.clone(object) : undefined;
  }

  /** Whether the object exists, without a copy. */
  has(type: ResourceType, namespace: string | undefined, name: string): boolean {
    return this.objects.has(key(type, namespace, name));
  }

  mustGet(type: ResourceType, namespace: string | undefined, name: string): KObject {
    const object = this.get(type, namespace, name);
    if (!object) throw notFound(type.plural, name, type.group);
    return object;
  }

  /** Copies of the objects of a type (in a namespace), for callers that change what they read (controllers). */
  list(type: ResourceType, namespace?: string): KObject[] {
    return this.scan(type, namespace)
      .map((object) => this.clone(object) as KObject)
      .sort(
        (a, b) =>
          String(a.metadata.namespace ?? '').localeCompare(String(b.metadata.namespace ?? '')) ||
          String(a.metadata.name).localeCompare(String(b.metadata.name)),
      );
  }

  /**
   * The stored objects of a type (in a namespace) themselves, in key order (etcd's: namespace/name by bytes), with
   * no copy: for reads that filter, page and serialise. Callers must not change them, and copy what they keep.
   */
  scan(type: ResourceType, namespace?: string): readonly Readonly<KObject>[] {
    const prefix = prefixOf(type, namespace);
    const objects: KObject[] = [];
    for (const k of this.keysOf(type)) if (k.startsWith(prefix)) objects.push(this.objects.get(k)!);
    return objects;
  }

  /** A copy of one object `scan` returned, counted as every copy is. */
  copy(object: Readonly<KObject>): KObject {
    return this.clone(object) as KObject;
  }

  /** A name for `generateName` that no object of the type has in the namespace (apiserver's SimpleNameGenerator). */
  generateName(type: ResourceType, namespace: string | undefined, base: string): string {
    const prefix = base.slice(0, MAX_GENERATE_NAME_BASE);
    let name = `${prefix}${this.random.suffix(5)}`;
    for (let i = 0; i < 10 && this.objects.has(key(type, namespace, name)); i++)
      name = `${prefix}${this.random.suffix(5)}`;
    return name;
  }

  create(type: ResourceType, namespace: string | undefined, input: KObject): KObject {
    const object = this.clone(input);
    object.apiVersion = apiVersionOf(type);
    object.kind = type.kind;
    const metadata = (object.metadata ??= {} as ObjectMeta);
    if (!metadata.name && metadata.generateName)
      metadata.name = this.generateName(type, namespace, metadata.generateName);
    if (type.namespaced) metadata.namespace = namespace;
    else delete metadata.namespace;
    if (this.objects.has(key(type, namespace, metadata.name)))
      throw alreadyExists(type.plural, metadata.name, type.group);
    metadata.uid = this.uid();
    metadata.creationTimestamp = timestamp(this.clock.now());
    metadata.resourceVersion = String(++this.rv);
    if (type.generation) metadata.generation = 1;
    delete metadata.deletionTimestamp;
    this.put(key(type, namespace, metadata.name), object);
    this.keysChanged(type, key(type, namespace, metadata.name), true);
    this.emit('ADDED', type, object);
    return this.clone(object);
  }

  /**
   * Replaces an object. `expectedRv` (when given) must match, else 409. With `subresource: 'status'` only the
   * status changes; without it, types with a status subresource keep their status.
   */
  update(
    type: ResourceType,
    input: KObject,
    options: { expectedRv?: string | undefined; subresource?: 'status' } = {},
  ): KObject {
    const namespace = type.namespaced ? input.metadata?.namespace : undefined;
    const current = this.objects.get(key(type, namespace, input.metadata.name));
    if (!current) throw notFound(type.plural, input.metadata.name, type.group);
    if (options.expectedRv && options.expectedRv !== current.metadata.resourceVersion)
      throw conflict(type.plural, input.metadata.name, type.group);
    let next: KObject;
    if (options.subresource === 'status') {
      next = this.clone(current);
      next.status = this.clone(input.status);
      // Who wrote the status is recorded on the object too (managedFields entries with subresource "status").
      if (input.metadata?.managedFields) next.metadata.managedFields = this.clone(input.metadata.managedFields);
    } else {
      next = this.clone(input);
      next.apiVersion = current.apiVersion;
      next.kind = current.kind;
      next.metadata = {
        ...this.clone(input.metadata),
        uid: current.metadata.uid,
        creationTimestamp: current.metadata.creationTimestamp,
        name: current.metadata.name,
      };
      if (type.namespaced) next.metadata.namespace = current.metadata.namespace;
      if (current.metadata.deletionTimestamp) next.metadata.deletionTimestamp = current.metadata.deletionTimestamp;
      if (type.statusSubresource) next.status = this.clone(current.status);
      if (type.generation)
        next.metadata.generation = (current.metadata.generation ?? 1) + (specOf(next) !== specOf(current) ? 1 : 0);
    }
    if (JSON.stringify(next) === JSON.stringify(current)) return this.clone(current);
    next.metadata.resourceVersion = String(++this.rv);
    // A deleted object whose last finalizer is gone leaves for good.
    if (next.metadata.deletionTimestamp && !this.isHeld(type, next)) {
      this.remove(type, next);
      return this.clone(next);
    }
    this.put(key(type, namespace, next.metadata.name), next);
    this.emit('MODIFIED', type, next);
    return this.clone(next);
  }

  /** Read-modify-write for controllers: retries on conflict never happen here because the store is single-threaded. */
  mutate(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    change: (object: KObject) => void,
    subresource?: 'status',
  ): KObject | undefined {
    const object = this.get(type, namespace, name);
    if (!object) return undefined;
    change(object);
    return this.update(type, object, subresource ? { subresource } : {});
  }

  /** Whether a deleted object must stay: finalizers, a namespace's spec.finalizers, or a pod still terminating. */
  private isHeld(type: ResourceType, object: KObject): boolean {
    if (object.metadata.finalizers?.length) return true;
    if (type.kind === 'Namespace' && object.spec?.finalizers?.length) return true;
    return this.isGraceful(type, object);
  }

  private isGraceful(type: ResourceType, object: KObject): boolean {
    // Scheduled pods terminate through the kubelet, which removes them when their containers have stopped.
    return (
      type.kind === 'Pod' &&
      Boolean(object.spec?.nodeName) &&
      object.metadata.annotations?.['sim.rayservice-ci.io/terminated'] !== 'true'
    );
  }

  /** Deletes, honouring finalizers and pod grace; returns the object as it now is (or as it was, if gone). */
  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    options: { gracePeriodSeconds?: number } = {},
  ): KObject {
    const current = this.objects.get(key(type, namespace, name));
    if (!current) throw notFound(type.plural, name, type.group);
    const graceful = this.isGraceful(type, current) && options.gracePeriodSeconds !== 0;
    if (current.metadata.finalizers?.length || graceful) {
      if (current.metadata.deletionTimestamp) return this.clone(current);
      const next = this.clone(current);
      next.metadata.deletionTimestamp = timestamp(this.clock.now());
      if (graceful)
        next.metadata.deletionGracePeriodSeconds =
          options.gracePeriodSeconds ?? next.spec?.terminationGracePeriodSeconds ?? 30;
      next.metadata.resourceVersion = String(++this.rv);
      this.put(key(type, namespace, name), next);
      this.emit('MODIFIED', type, next);
      return this.clone(next);
    }
    return this.remove(type, current);
  }

  /** The kubelet's last word on a terminating pod: gone. */
  forget(type: ResourceType, namespace: string | undefined, name: string): void {
    const current = this.objects.get(key(type, namespace, name));
    if (current) this.remove(type, current);
  }

  private remove(type: ResourceType, object: KObject): KObject {
    this.objects.delete(key(type, object.metadata.namespace, object.metadata.name));
    this.keysChanged(type, key(type, object.metadata.namespace, object.metadata.name), false);
    const gone = this.clone(object);
    gone.metadata.resourceVersion = String(++this.rv);
    this.emit('DELETED', type, gone);
    this.collectDependents(object.metadata.uid);
    return gone;
  }

  /** Background cascading deletion by ownerReferences, as the garbage collector does. */
  private collectDependents(ownerUid: string): void {
    for (const type of RESOURCE_TYPES) {
      // Read in place: copying every object of every type on each deletion made deletes cost the whole store.
      for (const dependent of this.scan(type)) {
        if (dependent.metadata.ownerReferences?.some((ref) => ref.uid === ownerUid)) {
          try {
            this.delete(type, dependent.metadata.namespace, dependent.metadata.name);
          } catch {
            // Already gone through another owner.
          }
        }
      }
    }
  }
}
