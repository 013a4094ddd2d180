// The two collections the observer lists and watches through client-node: a namespace's Ray worker pods and its
// core/v1 Events. Each list request carries the caller's AbortSignal (a timeout, the observer stopping).
import { CoreV1Api, Observable, type ConfigurationOptions, type KubeConfig } from '@kubernetes/client-node';
import type { KubeCollection, ListPage } from './kube-reflector.ts';

/** KubeRay's label on worker pods (ray-operator/controllers/ray/utils/constant.go, RayNodeTypeLabelKey). */
export const WORKER_SELECTOR = 'ray.io/node-type=worker';

/** Request options that hand `signal` to the request client-node makes (its RequestContext.setSignal). */
function withSignal(signal: AbortSignal): ConfigurationOptions {
  return {
    middleware: [
      {
        pre: (context) => {
          context.setSignal(signal);
          return new Observable(Promise.resolve(context));
        },
        post: (response) => new Observable(Promise.resolve(response)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}

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
    list: async ({ continue: token, limit, signal }) =>
      page(
        await core.listNamespacedPod(
          { namespace, labelSelector, limit, ...(token ? { _continue: token } : {}) },
          withSignal(signal),
        ),
      ),
  };
}

export function namespaceEvents(kubeConfig: KubeConfig, namespace: string): KubeCollection {
  const core = kubeConfig.makeApiClient(CoreV1Api);
  return {
    description: `events in ${namespace}`,
    watchPath: `/api/v1/namespaces/${encodeURIComponent(namespace)}/events`,
    list: async ({ continue: token, limit, signal }) =>
      page(
        await core.listNamespacedEvent(
          { namespace, limit, ...(token ? { _continue: token } : {}) },
          withSignal(signal),
        ),
      ),
  };
}
