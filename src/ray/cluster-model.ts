// The GPU shape of a RayCluster spec as KubeRay and the Ray autoscaler read it: how many GPUs each pod
// advertises to Ray, and how many pods each group may have.
// Sources: kuberay ray-operator/controllers/ray/common/pod.go (num-gpus from container[0] limits: first key
// ending in "gpu" or nvidia.com/mig-*), utils/resources.go; ray python/ray/autoscaler/_private/kuberay/
// autoscaling_config.py (rayStartParams first, then limits; int() of num-cpus/num-gpus).
import type { YamlPath } from '../manifest/index.ts';
import { dict, list, numberOr, stringOr, type Dict } from './values.ts';

export interface GpuLimit {
  readonly key: string;
  readonly count: number;
  readonly path: YamlPath;
}

export interface RayGroup {
  readonly kind: 'head' | 'worker';
  readonly name: string;
  readonly path: YamlPath;
  readonly rayStartParams: Dict;
  /** container[0]: KubeRay requires the Ray container to come first. */
  readonly containerPath: YamlPath;
  readonly image: string | undefined;
  readonly gpuLimit: GpuLimit | undefined;
  /** GPUs Ray sees on one pod: num-gpus if given, else the container's GPU limit. */
  readonly gpusPerPod: number;
  readonly replicas: number;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly numOfHosts: number;
}

const GPU_KEY = /(gpu$)|(^nvidia\.com\/mig-)/;

export function gpuLimitOf(container: Dict, containerPath: YamlPath): GpuLimit | undefined {
  const limits = dict(dict(container['resources'])['limits']);
  const key = Object.keys(limits).find((name) => GPU_KEY.test(name));
  if (key === undefined) return undefined;
  const count = Number(limits[key]);
  return { key, count: Number.isFinite(count) ? count : 0, path: [...containerPath, 'resources', 'limits', key] };
}

function group(kind: 'head' | 'worker', spec: Dict, path: YamlPath, name: string): RayGroup {
  const rayStartParams = dict(spec['rayStartParams']);
  const containerPath = [...path, 'template', 'spec', 'containers', 0];
  const container = dict(list(dict(dict(spec['template'])['spec'])['containers'])[0]);
  const gpuLimit = gpuLimitOf(container, containerPath);
  const numGpus = rayStartParams['num-gpus'];
  const declared = numGpus === undefined ? undefined : Number(numGpus);
  const gpusPerPod = declared !== undefined && Number.isFinite(declared) ? declared : (gpuLimit?.count ?? 0);
  const minReplicas = kind === 'head' ? 1 : numberOr(spec['minReplicas'], 0);
  const maxReplicas = kind === 'head' ? 1 : numberOr(spec['maxReplicas'], 2147483647);
  return {
    kind,
    name,
    path,
    rayStartParams,
    containerPath,
    image: stringOr(container['image'], undefined),
    gpuLimit,
    gpusPerPod,
    replicas: kind === 'head' ? 1 : numberOr(spec['replicas'], minReplicas),
    minReplicas,
    maxReplicas,
    numOfHosts: kind === 'head' ? 1 : numberOr(spec['numOfHosts'], 1),
  };
}

/** Head and worker groups of a RayCluster spec found at `path` (a RayService's spec.rayClusterConfig). */
export function rayGroups(clusterSpec: unknown, path: YamlPath): RayGroup[] {
  const spec = dict(clusterSpec);
  const groups: RayGroup[] = [];
  if (spec['headGroupSpec'] !== undefined) {
    groups.push(group('head', dict(spec['headGroupSpec']), [...path, 'headGroupSpec'], 'head'));
  }
  list(spec['workerGroupSpecs']).forEach((worker, index) => {
    const name = stringOr(dict(worker)['groupName'], `#${index}`);
    groups.push(group('worker', dict(worker), [...path, 'workerGroupSpecs', index], name));
  });
  return groups;
}

/** Replica slots a group can ever offer to replicas that each need `gpusPerReplica` GPUs on one pod. */
export function replicaSlots(
  group: RayGroup,
  gpusPerReplica: number,
  pods = group.maxReplicas * group.numOfHosts,
): number {
  if (gpusPerReplica <= 0 || group.gpusPerPod < gpusPerReplica) return 0;
  return pods * Math.floor(group.gpusPerPod / gpusPerReplica + 1e-9);
}
