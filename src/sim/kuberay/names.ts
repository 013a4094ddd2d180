// KubeRay's object names and labels (ray-operator/controllers/ray/utils/util.go, common/pod.go, common/service.go).
import type { Random } from '../random.ts';
import type { KubeRayFeatures } from './versions.ts';

/** `<rayservice>-<5 random>` from v1.4, `<rayservice>-raycluster-<5 random>` before. */
export const clusterNameFor = (service: string, random: Random, features: Pick<KubeRayFeatures, 'clusterNameInfix'>) =>
  `${service}${features.clusterNameInfix}${random.suffix(5)}`;
export const headPodName = (cluster: string, random: Random, features: Pick<KubeRayFeatures, 'podNames'>) =>
  features.podNames === 'worker-group'
    ? `${checkName(`${cluster}-head-`)}${random.suffix(5)}`
    : `${cluster}-head-${random.suffix(5)}`;
/**
 * From v1.2 `<cluster>-<group>-worker-<5>`, the prefix cut to 50 characters; v1.1 `<cluster>-worker-<group>-<5>`,
 * through CheckName.
 */
export const workerPodName = (
  cluster: string,
  group: string,
  random: Random,
  features: Pick<KubeRayFeatures, 'podNames'>,
) =>
  features.podNames === 'worker-group'
    ? `${checkName(`${cluster}-worker-${group}-`)}${random.suffix(5)}`
    : `${`${cluster}-${group}-worker`.slice(0, 50)}-${random.suffix(5)}`;

/**
 * v1.1's CheckName (K@v1.1.0:ray-operator/controllers/ray/utils/util.go): a name over 50 characters loses its
 * front, not its end, and one that then starts with a digit starts with "r" instead.
 */
function checkName(name: string): string {
  const cut = name.length > 50 ? name.slice(name.length - 50) : name;
  return /^[0-9]/.test(cut) ? `r${cut.slice(1)}` : cut;
}

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

export const RAYSERVICE_FINALIZER = 'ray.io/rayservice-finalizer';
