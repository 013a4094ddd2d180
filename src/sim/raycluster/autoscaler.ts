// The Ray autoscaler's KubeRay node provider (ray python/ray/autoscaler/_private/kuberay/node_provider.py,
// autoscaling_config.py): every AUTOSCALER_UPDATE_INTERVAL_S it bin-packs pending GPU demand onto worker groups and
// patches spec.workerGroupSpecs[i].replicas; a worker idle for idleTimeoutSeconds is removed by lowering replicas and
// naming it in scaleStrategy.workersToDelete, which is cleared once KubeRay has deleted the pod.
import { dict, list, numberOr, rayGroups } from '../../ray/index.ts';
import { jsonPatch } from '../api/patch.ts';
import { typeByKind } from '../api/resources.ts';
import type { KObject, ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import type { RayClusterRuntime } from './runtime.ts';

const RAY_CLUSTER = typeByKind('ray.io/v1', 'RayCluster')!;
const DEFAULT_INTERVAL_S = 5;
const DEFAULT_IDLE_TIMEOUT_S = 60;

function updateIntervalS(cluster: KObject): number {
  const env = list(dict(dict(cluster.spec)['autoscalerOptions'])['env']);
  const setting = env.map(dict).find((e) => e['name'] === 'AUTOSCALER_UPDATE_INTERVAL_S');
  return numberOr(Number(setting?.['value']), DEFAULT_INTERVAL_S) || DEFAULT_INTERVAL_S;
}

export function startAutoscaler(store: ObjectStore, clock: Clock, runtime: RayClusterRuntime): Cancel {
  const idleSince = new Map<string, number>();
  let nextRun = 0;
  const patch = (cluster: KObject, operations: unknown[]) => {
    const next = jsonPatch(cluster, operations);
    store.update(RAY_CLUSTER, next);
  };
  return clock.every(500, () => {
    const cluster = store.get(RAY_CLUSTER, runtime.namespace, runtime.name);
    if (!cluster || cluster.metadata.deletionTimestamp || dict(cluster.spec)['enableInTreeAutoscaling'] !== true)
      return;
    const now = clock.now();
    if (now < nextRun) return;
    nextRun = now + updateIntervalS(cluster) * 1000;

    const groups = rayGroups(cluster.spec, []).filter((g) => g.kind === 'worker');
    const specs = list(dict(cluster.spec)['workerGroupSpecs']).map(dict);
    const pods = runtime.pods().filter((p) => p.metadata.labels?.['ray.io/node-type'] === 'worker');
    const nodes = new Set(runtime.nodes().map((n) => n.podName));
    const operations: unknown[] = [];

    // Clear workersToDelete once KubeRay has removed those pods (safe_to_scale).
    groups.forEach((_group, i) => {
      const toDelete = list(dict(specs[i]?.['scaleStrategy'])['workersToDelete']) as string[];
      if (toDelete.length && toDelete.every((name) => !pods.some((p) => p.metadata.name === name))) {
        operations.push({
          op: 'replace',
          path: `/spec/workerGroupSpecs/${i}/scaleStrategy`,
          value: { workersToDelete: [] },
        });
      }
    });

    // Scale up: demand that fits nowhere, minus capacity already on its way (pods created but not yet Ray nodes).
    let demands = runtime.serve.pendingGpuDemands();
    // Like Ray's node provider, count from the workers that exist (KubeRay clamps replicas to minReplicas).
    const replicas = groups.map((g, i) => {
      const live = pods.filter(
        (p) => p.metadata.labels?.['ray.io/group'] === g.name && !p.metadata.deletionTimestamp,
      ).length;
      return Math.max(
        Math.min(Math.max(numberOr(specs[i]?.['replicas'], g.minReplicas), g.minReplicas), g.maxReplicas),
        live / g.numOfHosts,
      );
    });
    groups.forEach((group, i) => {
      if (group.gpusPerPod <= 0) return;
      const coming = pods.filter(
        (p) =>
          p.metadata.labels?.['ray.io/group'] === group.name &&
          !nodes.has(p.metadata.name) &&
          !p.metadata.deletionTimestamp,
      ).length;
      let free = coming * group.gpusPerPod;
      demands = demands.filter((gpus) => {
        if (gpus > group.gpusPerPod) return true;
        if (free >= gpus) {
          free -= gpus;
          return false;
        }
        return true;
      });
      let added = 0;
      const fits = demands.filter((gpus) => gpus <= group.gpusPerPod);
      let room = 0;
      for (const gpus of fits) {
        if (room < gpus) {
          if (replicas[i]! + added >= group.maxReplicas) break;
          added++;
          room += group.gpusPerPod;
        }
        room -= gpus;
      }
      if (added > 0) {
        replicas[i] = replicas[i]! + added;
        operations.push({
          op: specs[i] && 'replicas' in specs[i]! ? 'replace' : 'add',
          path: `/spec/workerGroupSpecs/${i}/replicas`,
          value: replicas[i],
        });
        demands = demands.filter((gpus) => gpus > group.gpusPerPod);
      }
    });

    // Scale down: Ray nodes with nothing on them for idleTimeoutSeconds.
    const idleTimeoutS = numberOr(
      dict(dict(cluster.spec)['autoscalerOptions'])['idleTimeoutSeconds'],
      DEFAULT_IDLE_TIMEOUT_S,
    );
    groups.forEach((group, i) => {
      const toDelete: string[] = [];
      for (const pod of pods.filter(
        (p) => p.metadata.labels?.['ray.io/group'] === group.name && nodes.has(p.metadata.name),
      )) {
        const name = pod.metadata.name;
        // A stopping replica still holds its GPU: the node is not idle until the replica has exited.
        if (runtime.serve.replicasPlacedOn(name) > 0) {
          idleSince.delete(name);
          continue;
        }
        const since = idleSince.get(name) ?? now;
        idleSince.set(name, since);
        if (now - since >= idleTimeoutS * 1000 && replicas[i]! - toDelete.length > group.minReplicas)
          toDelete.push(name);
      }
      if (toDelete.length && !list(dict(specs[i]?.['scaleStrategy'])['workersToDelete']).length) {
        replicas[i] = replicas[i]! - toDelete.length;
        operations.push({
          op: specs[i] && 'replicas' in specs[i]! ? 'replace' : 'add',
          path: `/spec/workerGroupSpecs/${i}/replicas`,
          value: replicas[i],
        });
        operations.push({
          op: specs[i]?.['scaleStrategy'] ? 'replace' : 'add',
          path: `/spec/workerGroupSpecs/${i}/scaleStrategy`,
          value: { workersToDelete: toDelete },
        });
        for (const name of toDelete) idleSince.delete(name);
      }
    });
    if (operations.length) patch(cluster, operations);
  });
}
