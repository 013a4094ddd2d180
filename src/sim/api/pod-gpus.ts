// The GPUs a pod asks for: its containers' limits for resources ending in "gpu" (an extended resource's request
// equals its limit). The scheduler places by it, and the ResourceQuota admission counts it.
import type { KObject } from './store.ts';

export function podGpus(pod: Readonly<KObject>): number {
  let total = 0;
  for (const container of pod.spec?.containers ?? []) {
    for (const [key, value] of Object.entries((container?.resources?.limits ?? {}) as Record<string, unknown>)) {
      if (/gpu$/.test(key)) total += Number(value) || 0;
    }
  }
  return total;
}
