// The two collections the observer lists and watches through client-node: a namespace's Ray worker pods and its
// core/v1 Events. Each list request carries the caller's AbortSignal (its own timeout, the observer stopping).
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { callOptions } from '../kube/index.ts';
import type { KubeCollection, ListPage } from './kube-reflector.ts';

/** KubeRay's label on worker pods (ray-operator/controllers/ray/utils/constant.go, RayNodeTypeLabelKey). */
export const WORKER_SELECTOR = 'ray.io/node-type=worker';

const page = (list: {
  items: readonly unknown[];
  metadata?: { resourceVersion?: string; _continue?: string };
}): ListPage => ({
  items: list.items,
  resourceVersion: list.metadata?.resourceVersion ?? '',
  continue: list.metadata?._continue,
});

export function workerPods(kubeConfig: KubeConfig, namespace: string, labelSelector = WORKER_SELECTOR): KubeCollection {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  return {
    description: `pods in ${namespace} (${labelSelector})`,
    watchPath: `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`,
    labelSelector,
    list: async ({ continue: token, limit, signal, timeoutMs }) =>
      page(
        await core.listNamespacedPod(
          { namespace, labelSelector, limit, ...(token ? { _continue: token } : {}) },
          callOptions({ signal, timeoutMs }),
        ),
      ),
  };
}

export function namespaceEvents(kubeConfig: KubeConfig, namespace: string): KubeCollection {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  return {
    description: `events in ${namespace}`,
    watchPath: `/api/v1/namespaces/${encodeURIComponent(namespace)}/events`,
    list: async ({ continue: token, limit, signal, timeoutMs }) =>
      page(
        await core.listNamespacedEvent(
          { namespace, limit, ...(token ? { _continue: token } : {}) },
          callOptions({ signal, timeoutMs }),
        ),
      ),
  };
}
