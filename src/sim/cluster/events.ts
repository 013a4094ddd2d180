// core/v1 Events as controllers record them: one object per (object, reason, message), counted when repeated.
import { typeByKind } from '../api/resources.ts';
import { timestamp, type KObject, type ObjectStore } from '../api/store.ts';
import type { Clock } from '../clock.ts';

const EVENT = typeByKind('v1', 'Event')!;

export type EventRecorder = (object: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

/** Events this recorder made, remembered by (object, reason, message) up to this many; past it they are looked up. */
const REMEMBERED_EVENTS = 10_000;

export function eventRecorder(store: ObjectStore, clock: Clock, component: string): EventRecorder {
  // Which event each (object, reason, message) went to: looking it up among all events on every record made a
  // burst of records (a thousand pods created) cost the square of their number.
  const made = new Map<string, string>();
  // Until the memory above first fills, it knows every event this recorder made, and a miss is a new event.
  let complete = true;
  return (object, type, reason, message) => {
    const namespace = object.metadata.namespace ?? 'default';
    const now = timestamp(clock.now());
    const key = `${namespace}\u0000${object.metadata.uid}\u0000${reason}\u0000${message}`;
    const count = (e: KObject) => {
      e.count = (e.count ?? 1) + 1;
      e.lastTimestamp = now;
    };
    const known = made.get(key);
    if (known !== undefined) {
      if (store.mutate(EVENT, namespace, known, count)) return;
      made.delete(key);
    }
    // Not one this recorder remembers: new, unless its memory was once cleared; then the events are read in place.
    const existing = complete
      ? undefined
      : store
          .scan(EVENT, namespace)
          .find((e) => e.involvedObject?.uid === object.metadata.uid && e.reason === reason && e.message === message);
    if (existing) {
      store.mutate(EVENT, namespace, existing.metadata.name, count);
      return;
    }
    try {
      const event = store.create(EVENT, namespace, {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { generateName: `${object.metadata.name}.` } as KObject['metadata'],
        involvedObject: {
          apiVersion: object.apiVersion,
          kind: object.kind,
          name: object.metadata.name,
          namespace,
          uid: object.metadata.uid,
          resourceVersion: object.metadata.resourceVersion,
        },
        type,
        reason,
        message,
        source: { component },
        reportingComponent: component,
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
      });
      if (made.size >= REMEMBERED_EVENTS) {
        made.clear();
        complete = false;
      }
      made.set(key, event.metadata.name);
    } catch {
      // The namespace is going away; its events go with it.
    }
  };
}
