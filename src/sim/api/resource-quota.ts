// The ResourceQuota admission plugin for the one resource the sim's pods request that a quota caps: nvidia.com/gpu
// (extended resources are quota'd as requests.<name>; a container that sets only the limit requests the same).
// A pod past a quota's hard limit is refused at creation with the plugin's Forbidden message (k8s
// plugin/pkg/admission/resourcequota/controller.go), whoever creates it: a client over HTTP, or KubeRay, which
// then records FailedToCreateWorkerPod. Pods that have finished (Succeeded, Failed) no longer count.
import { podGpus } from './pod-gpus.ts';
import { typeByKind } from './resources.ts';
import type { KObject, ObjectStore } from './store.ts';

const POD = typeByKind('v1', 'Pod')!;
const QUOTA = typeByKind('v1', 'ResourceQuota')!;
export const GPU_REQUESTS = 'requests.nvidia.com/gpu';

/** The GPUs the namespace's pods that still count hold. */
export function gpusInUse(store: ObjectStore, namespace: string): number {
  return store
    .scan(POD, namespace)
    .filter((p) => p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed')
    .reduce((sum, p) => sum + podGpus(p), 0);
}

/** Why a quota refuses this pod (the text after `pods "name" is forbidden: `), or undefined when it fits. */
export function quotaRefusal(store: ObjectStore, namespace: string, pod: KObject): string | undefined {
  const wanted = podGpus(pod);
  if (wanted <= 0) return undefined;
  const quotas = store.scan(QUOTA, namespace);
  if (quotas.length === 0) return undefined;
  // Counted once, not per quota: every pod creation in the namespace passes here.
  const used = gpusInUse(store, namespace);
  for (const quota of quotas) {
    const hard = Number(quota.spec?.hard?.[GPU_REQUESTS]);
    if (!Number.isFinite(hard)) continue;
    if (used + wanted > hard)
      return `exceeded quota: ${quota.metadata.name}, requested: ${GPU_REQUESTS}=${wanted}, used: ${GPU_REQUESTS}=${used}, limited: ${GPU_REQUESTS}=${hard}`;
  }
  return undefined;
}

/** The API server's refusal, as a client reads it. */
export function quotaForbiddenMessage(name: string, refusal: string): string {
  return `pods "${name}" is forbidden: ${refusal}`;
}
