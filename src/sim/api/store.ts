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
  ownerReferences?: { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean; blockOwnerDeletion?: boolean }[];
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
  return `${type.group}/${type.plural}/${type.namespaced ? namespace ?? '' : ''}/${name}`;
}

export function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function specOf(object: KObject): string {
  const { metadata: _m, status: _s, ...rest } = object;
  return JSON.stringify(rest);
}

export class ObjectStore {
  private readonly objects = new Map<string, KObject>();
  private readonly log: StoreEvent[] = [];
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private rv = 1;
  private readonly clock: Clock;
  private readonly random: Random;

  constructor(clock: Clock, random: Random) {
    this.clock = clock;
    this.random = random;
  }

  get resourceVersion(): string {
    return String(this.rv);
  }

  private uid(): string {
    const hex = () => this.random.int(0, 0xffff).toString(16).padStart(4, '0');
    return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${hex()}-${hex()}${hex()}${hex()}`;
  }

  private emit(type: EventType, resource: ResourceType, object: KObject): void {
    const event: StoreEvent = { type, resource, object: clone(object), rv: Number(object.metadata.resourceVersion) };
    this.log.push(event);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
    for (const listener of [...this.listeners]) listener(event);
  }

  /** Every change, for controllers (informer-style) and watches. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Events after `rv`, or a 410 when the log no longer reaches back that far. */
  since(rv: number): StoreEvent[] {
    const oldest = this.log[0]?.rv;
    if (oldest !== undefined && rv < oldest - 1 && rv < this.rv - 1) throw gone(`too old resource version: ${rv} (${oldest - 1})`);
    return this.log.filter((event) => event.rv > rv);
  }

  get(type: ResourceType, namespace: string | undefined, name: string): KObject | undefined {
    const object = this.objects.get(key(type, namespace, name));
    return object ? clone(object) : undefined;
  }

  mustGet(type: ResourceType, namespace: string | undefined, name: string): KObject {
    const object = this.get(type, namespace, name);
    if (!object) throw notFound(type.plural, name, type.group);
    return object;
  }

  list(type: ResourceType, namespace?: string): KObject[] {
    const prefix = `${type.group}/${type.plural}/${type.namespaced && namespace !== undefined ? `${namespace}/` : ''}`;
    return [...this.objects.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .map(([, object]) => clone(object))
      .sort((a, b) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  }

  create(type: ResourceType, namespace: string | undefined, input: KObject): KObject {
    const object = clone(input);
    object.apiVersion = apiVersionOf(type);
    object.kind = type.kind;
    const metadata = (object.metadata ??= {} as ObjectMeta);
    if (!metadata.name && metadata.generateName) {
      for (let i = 0; i < 10 && (!metadata.name || this.objects.has(key(type, namespace, metadata.name))); i++) metadata.name = `${metadata.generateName}${this.random.suffix(5)}`;
    }
    if (type.namespaced) metadata.namespace = namespace;
    else delete metadata.namespace;
    if (this.objects.has(key(type, namespace, metadata.name))) throw alreadyExists(type.plural, metadata.name, type.group);
    metadata.uid = this.uid();
    metadata.creationTimestamp = timestamp(this.clock.now());
    metadata.resourceVersion = String(++this.rv);
    if (type.generation) metadata.generation = 1;
    delete metadata.deletionTimestamp;
    this.objects.set(key(type, namespace, metadata.name), object);
    this.emit('ADDED', type, object);
    return clone(object);
  }

  /**
   * Replaces an object. `expectedRv` (when given) must match, else 409. With `subresource: 'status'` only the
   * status changes; without it, types with a status subresource keep their status.
   */
  update(type: ResourceType, input: KObject, options: { expectedRv?: string | undefined; subresource?: 'status' } = {}): KObject {
    const namespace = type.namespaced ? input.metadata?.namespace : undefined;
    const current = this.objects.get(key(type, namespace, input.metadata.name));
    if (!current) throw notFound(type.plural, input.metadata.name, type.group);
    if (options.expectedRv && options.expectedRv !== current.metadata.resourceVersion) throw conflict(type.plural, input.metadata.name, type.group);
    let next: KObject;
    if (options.subresource === 'status') {
      next = clone(current);
      next.status = clone(input.status);
      // Who wrote the status is recorded on the object too (managedFields entries with subresource "status").
      if (input.metadata?.managedFields) next.metadata.managedFields = clone(input.metadata.managedFields);
    } else {
      next = clone(input);
      next.apiVersion = current.apiVersion;
      next.kind = current.kind;
      next.metadata = { ...clone(input.metadata), uid: current.metadata.uid, creationTimestamp: current.metadata.creationTimestamp, name: current.metadata.name };
      if (type.namespaced) next.metadata.namespace = current.metadata.namespace;
      if (current.metadata.deletionTimestamp) next.metadata.deletionTimestamp = current.metadata.deletionTimestamp;
      if (type.statusSubresource) next.status = clone(current.status);
      if (type.generation) next.metadata.generation = (current.metadata.generation ?? 1) + (specOf(next) !== specOf(current) ? 1 : 0);
    }
    if (JSON.stringify(next) === JSON.stringify(current)) return clone(current);
    next.metadata.resourceVersion = String(++this.rv);
    // A deleted object whose last finalizer is gone leaves for good.
    if (next.metadata.deletionTimestamp && !this.isHeld(type, next)) {
      this.remove(type, next);
      return clone(next);
    }
    this.objects.set(key(type, namespace, next.metadata.name), next);
    this.emit('MODIFIED', type, next);
    return clone(next);
  }

  /** Read-modify-write for controllers: retries on conflict never happen here because the store is single-threaded. */
  mutate(type: ResourceType, namespace: string | undefined, name: string, change: (object: KObject) => void, subresource?: 'status'): KObject | undefined {
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
    return type.kind === 'Pod' && Boolean(object.spec?.nodeName) && object.metadata.annotations?.['sim.rayservice-ci.io/terminated'] !== 'true';
  }

  /** Deletes, honouring finalizers and pod grace; returns the object as it now is (or as it was, if gone). */
  delete(type: ResourceType, namespace: string | undefined, name: string, options: { gracePeriodSeconds?: number } = {}): KObject {
    const current = this.objects.get(key(type, namespace, name));
    if (!current) throw notFound(type.plural, name, type.group);
    const graceful = this.isGraceful(type, current) && options.gracePeriodSeconds !== 0;
    if (current.metadata.finalizers?.length || graceful) {
      if (current.metadata.deletionTimestamp) return clone(current);
      const next = clone(current);
      next.metadata.deletionTimestamp = timestamp(this.clock.now());
      if (graceful) next.metadata.deletionGracePeriodSeconds = options.gracePeriodSeconds ?? next.spec?.terminationGracePeriodSeconds ?? 30;
      next.metadata.resourceVersion = String(++this.rv);
      this.objects.set(key(type, namespace, name), next);
      this.emit('MODIFIED', type, next);
      return clone(next);
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
    const gone = clone(object);
    gone.metadata.resourceVersion = String(++this.rv);
    this.emit('DELETED', type, gone);
    this.collectDependents(object.metadata.uid);
    return gone;
  }

  /** Background cascading deletion by ownerReferences, as the garbage collector does. */
  private collectDependents(ownerUid: string): void {
    for (const type of RESOURCE_TYPES) {
      for (const dependent of this.list(type)) {
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
