// How KubeRay decides whether a RayService's rayClusterConfig still matches a RayCluster it made
// (ray-operator/controllers/ray/utils/util.go GenerateHashWithoutReplicasAndWorkersToDelete and
// rayservice_controller.go isClusterSpecHashEqual, v1.7): a SHA-1 of the spec with the fields that others write muted —
// replicas and workersToDelete (the autoscaler), min/max replicas, tolerations and scheduling gates (Kueue).
import { createHash } from 'node:crypto';
import { canonicalJson, dict, list } from '../../ray/index.ts';

export const HASH_ANNOTATION = 'ray.io/hash-without-replicas-and-workers-to-delete';
export const NUM_WORKER_GROUPS_ANNOTATION = 'ray.io/num-worker-groups';

const BASE32_HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

/** RFC 4648 base32 with the extended hex alphabet, as Go's base32.HexEncoding writes it. */
function base32Hex(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_HEX[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_HEX[(buffer << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}

function mutePodScheduling(template: unknown): void {
  const spec = dict(dict(template)['spec']);
  delete spec['tolerations'];
  delete spec['schedulingGates'];
}

/**
 * The hash of a RayService's rayClusterConfig (suspend left out, as rayClusterSpecForHashing does), over its first
 * `groups` worker groups when given. Go marshals structs in field order and we sort keys, so the value differs from
 * a real operator's; only equality between two hashes means anything.
 */
export function clusterSpecHash(rayClusterConfig: unknown, groups?: number): string {
  const spec = structuredClone(dict(rayClusterConfig));
  delete spec['suspend'];
  delete spec['upgradeStrategy'];
  mutePodScheduling(dict(spec['headGroupSpec'])['template']);
  const workerGroups = list(spec['workerGroupSpecs'])
    .slice(0, groups)
    .map((group) => {
      const g = dict(group);
      delete g['replicas'];
      delete g['minReplicas'];
      delete g['maxReplicas'];
      if (g['scaleStrategy']) delete dict(g['scaleStrategy'])['workersToDelete'];
      mutePodScheduling(g['template']);
      return g;
    });
  if ('workerGroupSpecs' in spec) spec['workerGroupSpecs'] = workerGroups;
  return base32Hex(createHash('sha1').update(canonicalJson(spec)).digest());
}

/**
 * isClusterSpecHashEqual: with `partial`, true when the RayService only appended worker groups to what the cluster
 * was made from (KubeRay then updates that cluster in place instead of preparing a new one).
 */
export function clusterSpecMatches(
  rayClusterConfig: unknown,
  cluster: { metadata: { annotations?: Record<string, string> } },
  partial: boolean,
): boolean {
  const annotations = cluster.metadata.annotations ?? {};
  const recorded = annotations[HASH_ANNOTATION] ?? '';
  if (!partial) return clusterSpecHash(rayClusterConfig) === recorded;
  const clusterGroups = Number.parseInt(annotations[NUM_WORKER_GROUPS_ANNOTATION] ?? '', 10);
  if (Number.isNaN(clusterGroups)) return true;
  if (list(dict(rayClusterConfig)['workerGroupSpecs']).length < clusterGroups) return recorded === '';
  return clusterSpecHash(rayClusterConfig, clusterGroups) === recorded;
}
