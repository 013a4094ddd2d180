// core/v1 Events as controllers record them: one object per (object, reason, message), counted when repeated.
import { typeByKind } from '../api/resources.ts';
import { timestamp, type KObject, type ObjectStore } from '../api/store.ts';
import type { Clock } from '../clock.ts';

const EVENT = typeByKind('v1', 'Event')!;

export type EventRecorder = (object: KObject, type: 'Normal' | 'Warning', reason: string, message: string) => void;

export function eventRecorder(store: ObjectStore, clock: Clock, component: string): EventRecorder {
  return (object, type, reason, message) => {
    const namespace = object.metadata.namespace ?? 'default';
    const now = timestamp(clock.now());
    const existing = store.list(EVENT, namespace).find((e) => e.involvedObject?.uid === object.metadata.uid && e.reason === reason && e.message === message);
    if (existing) {
      store.mutate(EVENT, namespace, existing.metadata.name, (e) => {
        e.count = (e.count ?? 1) + 1;
        e.lastTimestamp = now;
      });
      return;
    }
    try {
      store.create(EVENT, namespace, {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { generateName: `${object.metadata.name}.` } as KObject['metadata'],
        involvedObject: { apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name, namespace, uid: object.metadata.uid, resourceVersion: object.metadata.resourceVersion },
        type,
        reason,
        message,
        source: { component },
        reportingComponent: component,
        firstTimestamp: now,
        lastTimestamp: now,
        count: 1,
      });
    } catch {
      // The namespace is going away; its events go with it.
    }
  };
}
