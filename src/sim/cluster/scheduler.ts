// kube-scheduler over the simulated node pool: binds pending pods to a node with free nvidia.com/gpu, or marks
// them Unschedulable with the scheduler's FailedScheduling message. The pool's GPU nodes stand for the ones a pod's
// nodeSelector picks (nodes a provisioner such as Karpenter creates to match it, up to the pool's size); its other
// nodes match no selector.
import { typeByKind } from '../api/resources.ts';
import { timestamp, type KObject, type ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import type { EventRecorder } from './events.ts';
import { podGpus } from './profiles.ts';

const POD = typeByKind('v1', 'Pod')!;
const NODE = typeByKind('v1', 'Node')!;

function freeGpus(store: ObjectStore): Map<string, number> {
  const free = new Map<string, number>();
  for (const node of store.scan(NODE))
    free.set(node.metadata.name, Number(node.status?.allocatable?.['nvidia.com/gpu'] ?? 0));
  for (const pod of store.scan(POD)) {
    const node = pod.spec?.nodeName;
    if (node && free.has(node) && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed')
      free.set(node, free.get(node)! - podGpus(pod));
  }
  return free;
}

/** Whether a pod says which nodes it wants (a nodeSelector, or required node affinity). */
function selective(pod: Readonly<KObject>): boolean {
  const spec = pod.spec ?? {};
  return (
    Object.keys(spec.nodeSelector ?? {}).length > 0 ||
    spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution !== undefined
  );
}

/** "N reason" per reason, sorted as strings, as the scheduler's FitError writes them (framework/types.go). */
function counted(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .map(([reason, n]) => `${n} ${reason}`)
    .sort()
    .join(', ');
}

/**
 * kube-scheduler's FailedScheduling message. Each node fails at its first filter (TaintToleration, NodeAffinity,
 * then NodeResourcesFit): a node without GPUs fails a pod with a nodeSelector at NodeAffinity (the pool's GPU nodes
 * stand for the ones it selects), otherwise at NodeResourcesFit like a full GPU node. Preemption cannot help a node
 * a taint or the selector excludes (UnschedulableAndUnresolvable); on a full one it finds no victims, the pods there
 * having the same priority.
 */
export function failedSchedulingMessage(
  pod: Readonly<KObject>,
  nodes: readonly Readonly<KObject>[],
  free: ReadonlyMap<string, number>,
  gpus: number,
): string {
  const misfit = selective(pod);
  const reasons: string[] = [];
  const preemption: string[] = [];
  for (const n of nodes) {
    const hasGpus = Number(n.status?.allocatable?.['nvidia.com/gpu'] ?? 0) > 0;
    if (gpus === 0 && hasGpus) {
      // The sim keeps pods without GPUs off GPU nodes, as the GPU node taint of EKS and GKE does.
      reasons.push('node(s) had untolerated taint {nvidia.com/gpu: }');
      preemption.push('Preemption is not helpful for scheduling');
    } else if (gpus > 0 && !hasGpus && misfit) {
      reasons.push("node(s) didn't match Pod's node affinity/selector");
      preemption.push('Preemption is not helpful for scheduling');
    } else if (gpus > 0 && (free.get(n.metadata.name) ?? 0) < gpus) {
      reasons.push('Insufficient nvidia.com/gpu');
      preemption.push('No preemption victims found for incoming pod');
    }
  }
  const total = `0/${nodes.length} nodes are available`;
  return `${total}: ${counted(reasons)}. preemption: ${total}: ${counted(preemption)}.`;
}

export function startScheduler(store: ObjectStore, clock: Clock, record: EventRecorder, periodMs = 1000): Cancel {
  const reported = new Set<string>();
  const schedule = () => {
    // Read in place (the store's objects are frozen): copying every pod each second made a large cluster stall.
    const nodes = store.scan(NODE);
    const pods = store.scan(POD);
    if (!pods.some((p) => !p.spec?.nodeName && !p.metadata.deletionTimestamp)) return;
    const free = freeGpus(store);
    for (const pod of pods) {
      if (pod.spec?.nodeName || pod.metadata.deletionTimestamp) continue;
      const gpus = podGpus(pod);
      const candidates = nodes.filter((n) =>
        gpus > 0
          ? (free.get(n.metadata.name) ?? 0) >= gpus
          : Number(n.status?.allocatable?.['nvidia.com/gpu'] ?? 0) === 0,
      );
      const node = candidates[0];
      if (!node) {
        const message = failedSchedulingMessage(pod, nodes, free, gpus);
        if (!reported.has(pod.metadata.uid)) {
          reported.add(pod.metadata.uid);
          store.mutate(
            POD,
            pod.metadata.namespace,
            pod.metadata.name,
            (p) => {
              p.status = {
                ...p.status,
                phase: 'Pending',
                conditions: [
                  {
                    type: 'PodScheduled',
                    status: 'False',
                    reason: 'Unschedulable',
                    message,
                    lastTransitionTime: timestamp(clock.now()),
                  },
                ],
              };
            },
            'status',
          );
        }
        record(pod, 'Warning', 'FailedScheduling', message);
        continue;
      }
      reported.delete(pod.metadata.uid);
      free.set(node.metadata.name, (free.get(node.metadata.name) ?? 0) - gpus);
      store.mutate(POD, pod.metadata.namespace, pod.metadata.name, (p) => {
        p.spec.nodeName = node.metadata.name;
      });
      store.mutate(
        POD,
        pod.metadata.namespace,
        pod.metadata.name,
        (p) => {
          p.status = {
            ...p.status,
            phase: 'Pending',
            conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: timestamp(clock.now()) }],
          };
        },
        'status',
      );
      record(
        pod,
        'Normal',
        'Scheduled',
        `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node.metadata.name}`,
      );
    }
  };
  return clock.every(periodMs, schedule);
}
