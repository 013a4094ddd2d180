// Reading a pod's state the way controllers and clients do.
import type { KObject } from '../api/store.ts';

/** The pod's Ready condition is True. */
export function podReady(pod: KObject): boolean {
  return (pod.status?.conditions ?? []).some(
    (c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True',
  );
}
