// The ResourceQuota controller's status, for what the sim's admission enforces: status.hard copies spec.hard and
// status.used counts the GPUs the namespace's pods hold (k8s pkg/controller/resourcequota), so `kubectl describe
// quota` shows how much of the cap a run has taken. Written only when it changes.
import { GPU_REQUESTS, gpusInUse } from '../api/resource-quota.ts';
import { typeByKind } from '../api/resources.ts';
import type { ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';

const QUOTA = typeByKind('v1', 'ResourceQuota')!;

export function startQuotaStatus(store: ObjectStore, clock: Clock, periodMs = 1000): Cancel {
  return clock.every(periodMs, () => {
    for (const quota of store.scan(QUOTA)) {
      const hard = (quota.spec?.hard ?? {}) as Record<string, string>;
      const namespace = quota.metadata.namespace!;
      const used: Record<string, string> = {};
      if (GPU_REQUESTS in hard) used[GPU_REQUESTS] = String(gpusInUse(store, namespace));
      const now = quota.status as { hard?: Record<string, string>; used?: Record<string, string> } | undefined;
      if (
        JSON.stringify(now?.hard ?? {}) === JSON.stringify(hard) &&
        JSON.stringify(now?.used ?? {}) === JSON.stringify(used)
      )
        continue;
      store.mutate(
        QUOTA,
        namespace,
        quota.metadata.name,
        (q) => {
          q.status = { hard: { ...hard }, used };
        },
        'status',
      );
    }
  });
}
