// KubeRay's object names and labels (ray-operator/controllers/ray/utils/util.go, common/pod.go, common/service.go).
import type { Random } from '../random.ts';

/** v1.4+: `<rayservice>-<5 random>`. */
export const clusterNameFor = (service: string, random: Random) => `${service}-${random.suffix(5)}`;
export const headPodName = (cluster: string, random: Random) => `${cluster}-head-${random.suffix(5)}`;
/** `<cluster>-<group>-worker-<5>`, the prefix cut to 50 characters. */
export const workerPodName = (cluster: string, group: string, random: Random) => `${`${cluster}-${group}-worker`.slice(0, 50)}-${random.suffix(5)}`;
export const headServiceName = (owner: string) => `${owner}-head-svc`;
export const serveServiceName = (service: string) => `${service}-serve-svc`;

export const LABEL = {
  cluster: 'ray.io/cluster',
  nodeType: 'ray.io/node-type',
  group: 'ray.io/group',
  isRayNode: 'ray.io/is-ray-node',
  identifier: 'ray.io/identifier',
  serve: 'ray.io/serve',
  originName: 'ray.io/originated-from-cr-name',
  originCrd: 'ray.io/originated-from-crd',
  appName: 'app.kubernetes.io/name',
  createdBy: 'app.kubernetes.io/created-by',
} as const;

export const KUBERAY_VERSION = 'v1.7.0';
export const RAYSERVICE_FINALIZER = 'ray.io/rayservice-finalizer';
