// Everything that makes the API server behave like a GPU cluster with KubeRay: the controllers, the kubelet and
// scheduler, and one Ray runtime (Serve + autoscaler) per RayCluster.
import { typeByKind } from './api/resources.ts';
import type { KObject, ObjectStore } from './api/store.ts';
import type { Cancel, Clock } from './clock.ts';
import { eventRecorder } from './cluster/events.ts';
import { startKubelet, type Kubelet } from './cluster/kubelet.ts';
import { startNamespaceController } from './cluster/namespace-controller.ts';
import { startEndpointsController } from './cluster/endpoints-controller.ts';
import type { StageRule } from './cluster/profiles.ts';
import { startQuotaStatus } from './cluster/quota-status.ts';
import { startScheduler } from './cluster/scheduler.ts';
import { LABEL } from './kuberay/names.ts';
import { startRayClusterController } from './kuberay/raycluster-controller.ts';
import { startRayServiceController, type RayServiceControllerOptions } from './kuberay/rayservice-controller.ts';
import type { Random } from './random.ts';
import { startAutoscaler } from './raycluster/autoscaler.ts';
import { RayClusterRuntime } from './raycluster/runtime.ts';

const RAY_CLUSTER = typeByKind('ray.io/v1', 'RayCluster')!;

export interface World {
  readonly runtimes: ReadonlyMap<string, RayClusterRuntime>;
  runtimeFor(namespace: string, cluster: string): RayClusterRuntime | undefined;
  readonly kubelet: Kubelet;
  /** The KubeRay operator (its RayService and RayCluster controllers); stop() is the operator gone, pods running on. */
  readonly kuberay: { stop(): void };
  stop(): void;
}

export function startWorld(
  store: ObjectStore,
  clock: Clock,
  random: Random,
  profile: readonly StageRule[],
  kuberay: RayServiceControllerOptions = {},
): World {
  const runtimes = new Map<string, RayClusterRuntime & { stopAutoscaler?: Cancel }>();
  const key = (namespace: string, name: string) => `${namespace}/${name}`;
  const runtimeFor = (namespace: string, name: string) => runtimes.get(key(namespace, name));

  const record = eventRecorder(store, clock, 'kuberay-operator');
  const kubeletRecord = eventRecorder(store, clock, 'kubelet');
  const kubelet: Kubelet = startKubelet(store, clock, random, profile, kubeletRecord, (pod: KObject) => {
    const nodeType = pod.metadata.labels?.[LABEL.nodeType];
    // A RayService worker passes its readiness probe only with a Serve proxy on it, i.e. once it hosts a replica.
    if (nodeType !== 'worker' || pod.metadata.labels?.[LABEL.serve] !== 'true') return true;
    const runtime = runtimeFor(pod.metadata.namespace!, pod.metadata.labels?.[LABEL.cluster] ?? '');
    return (runtime?.serve.replicasOn(pod.metadata.name) ?? 0) > 0;
  });

  const syncRuntimes = () => {
    const seen = new Set<string>();
    for (const cluster of store.list(RAY_CLUSTER)) {
      if (cluster.metadata.deletionTimestamp) continue;
      const k = key(cluster.metadata.namespace!, cluster.metadata.name);
      seen.add(k);
      if (!runtimes.has(k)) {
        const runtime = new RayClusterRuntime(cluster, {
          store,
          clock,
          random,
          profile,
          started: (pod) => kubelet.started(pod),
        }) as RayClusterRuntime & { stopAutoscaler?: Cancel };
        runtime.stopAutoscaler = startAutoscaler(store, clock, runtime);
        runtimes.set(k, runtime);
      }
    }
    for (const [k, runtime] of runtimes) {
      if (seen.has(k)) continue;
      runtime.stop();
      runtime.stopAutoscaler?.();
      runtimes.delete(k);
    }
  };

  const stops: Cancel[] = [
    clock.every(250, syncRuntimes),
    startNamespaceController(store, clock),
    startScheduler(store, clock, eventRecorder(store, clock, 'default-scheduler')),
    startEndpointsController(store, clock, random),
    startQuotaStatus(store, clock),
  ];
  // Started after the others, as before, so timers due together keep their order.
  const kuberayStops: Cancel[] = [
    startRayClusterController(store, clock, random, record, kuberay.features),
    startRayServiceController(
      store,
      clock,
      random,
      record,
      (cluster) => {
        syncRuntimes();
        return runtimeFor(cluster.metadata.namespace!, cluster.metadata.name);
      },
      kuberay,
    ),
  ];
  const stopKubeRay = () => kuberayStops.splice(0).forEach((stop) => stop());
  stops.push(stopKubeRay);
  return {
    runtimes,
    runtimeFor,
    kubelet,
    kuberay: { stop: stopKubeRay },
    stop() {
      for (const stop of stops) stop();
      kubelet.stop();
      for (const runtime of runtimes.values()) {
        runtime.stop();
        runtime.stopAutoscaler?.();
      }
      runtimes.clear();
    },
  };
}
