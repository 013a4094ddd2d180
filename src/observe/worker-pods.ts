// Ray worker pods as the observer counts them: per cluster and worker group (KubeRay's ray.io/cluster and ray.io/group
// labels), by phase, and the GPUs the Running ones hold. Reads a pod as the list (client-node's typed objects, dates
// as Date) and the watch (plain JSON) give it.
import { METRIC, POD_PHASES, type PodPhase, type Sample } from './types.ts';

export interface WorkerPod {
  readonly uid: string;
  readonly name: string;
  readonly cluster: string;
  readonly group: string;
  readonly phase: PodPhase;
  /**
   * Whether its containers run (status.phase Running, being deleted or not): a pod holds its GPUs until it has
   * stopped, so a Terminating pod's GPUs still count.
   */
  readonly holdsGpus: boolean;
  /** Sum of the pod's GPU limits (resource names ending in "gpu", e.g. nvidia.com/gpu, amd.com/gpu). */
  readonly gpus: number;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const get = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);

/** A count from a resource quantity; GPUs are whole ("1", "2"); anything else counts as 0. */
function gpuCount(quantity: unknown): number {
  const n =
    typeof quantity === 'number'
      ? quantity
      : typeof quantity === 'string' && /^\d+$/.test(quantity.trim())
        ? Number(quantity)
        : 0;
  return Number.isFinite(n) && n > 0 ? n : 0;
}

/**
 * The GPUs a pod holds: its containers' limits for resources ending in "gpu". KubeRay derives num-gpus from the
 * Ray container's limits the same way (ray-operator/controllers/ray/common/pod.go); a GPU is a limit-only
 * extended resource in Kubernetes, so requests equal limits.
 */
export function podGpus(pod: unknown): number {
  let total = 0;
  const containers = get(get(pod, 'spec'), 'containers');
  if (!Array.isArray(containers)) return 0;
  for (const container of containers) {
    const limits = get(get(container, 'resources'), 'limits');
    if (!isObject(limits)) continue;
    for (const [name, quantity] of Object.entries(limits))
      if (name.toLowerCase().endsWith('gpu')) total += gpuCount(quantity);
  }
  return total;
}

/** The phase kubectl would show: Terminating once a deletionTimestamp is set (and the pod has not finished). */
export function podPhase(pod: unknown): PodPhase {
  const phase = get(get(pod, 'status'), 'phase');
  const known: PodPhase =
    typeof phase === 'string' && (POD_PHASES as readonly string[]).includes(phase) && phase !== 'Terminating'
      ? (phase as PodPhase)
      : phase === undefined
        ? 'Pending'
        : 'Unknown';
  const deleting = get(get(pod, 'metadata'), 'deletionTimestamp');
  if (deleting !== undefined && deleting !== null && (known === 'Pending' || known === 'Running')) return 'Terminating';
  return known;
}

/** A worker pod as counted, or undefined for an object that is not a pod with a uid. */
export function workerPod(pod: unknown): WorkerPod | undefined {
  const metadata = get(pod, 'metadata');
  const uid = get(metadata, 'uid');
  const name = get(metadata, 'name');
  if (typeof uid !== 'string' || typeof name !== 'string') return undefined;
  const labels = get(metadata, 'labels');
  const label = (key: string) => {
    const value = get(labels, key);
    return typeof value === 'string' ? value : '';
  };
  const running = get(get(pod, 'status'), 'phase') === 'Running';
  return {
    uid,
    name,
    cluster: label('ray.io/cluster'),
    group: label('ray.io/group'),
    phase: podPhase(pod),
    holdsGpus: running,
    gpus: podGpus(pod),
  };
}

export interface WorkerCounts {
  /** `cluster\u0000group` → pods per phase. */
  readonly pods: ReadonlyMap<string, Readonly<Record<PodPhase, number>>>;
  /** `cluster\u0000group` → GPUs held. */
  readonly gpus: ReadonlyMap<string, number>;
}

export const groupKey = (cluster: string, group: string) => `${cluster}\u0000${group}`;
export const splitGroupKey = (key: string): { cluster: string; group: string } => {
  const [cluster = '', group = ''] = key.split('\u0000');
  return { cluster, group };
};

/**
 * Counts per group. Groups seen earlier in the run (`knownGroups`) are counted with zeros, so a group scaled to
 * nothing keeps its series.
 */
export function countWorkers(pods: Iterable<WorkerPod>, knownGroups: Iterable<string> = []): WorkerCounts {
  const zero = () => Object.fromEntries(POD_PHASES.map((p) => [p, 0])) as Record<PodPhase, number>;
  const counts = new Map<string, Record<PodPhase, number>>();
  const gpus = new Map<string, number>();
  for (const key of knownGroups) {
    counts.set(key, zero());
    gpus.set(key, 0);
  }
  for (const pod of pods) {
    const key = groupKey(pod.cluster, pod.group);
    let byPhase = counts.get(key);
    if (!byPhase) counts.set(key, (byPhase = zero()));
    byPhase[pod.phase]++;
    gpus.set(key, (gpus.get(key) ?? 0) + (pod.holdsGpus ? pod.gpus : 0));
  }
  return { pods: counts, gpus };
}

/** Pod counts and requested GPUs as samples at `time`. */
export function workerSamples(counts: WorkerCounts, time: number): Sample[] {
  const samples: Sample[] = [];
  for (const [key, byPhase] of counts.pods) {
    const { cluster, group } = splitGroupKey(key);
    for (const phase of POD_PHASES)
      samples.push({ time, metric: METRIC.rayWorkerPods, labels: { cluster, group, phase }, value: byPhase[phase] });
    samples.push({ time, metric: METRIC.gpusRequested, labels: { cluster, group }, value: counts.gpus.get(key) ?? 0 });
  }
  return samples;
}
