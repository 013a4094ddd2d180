// kube-scheduler over the simulated node pool: binds pending pods to a node with free nvidia.com/gpu, or marks
// them Unschedulable with the scheduler's FailedScheduling message. Node selectors are taken as satisfied: the
// pool stands for nodes a provisioner such as Karpenter creates to match them, up to the pool's size.
import { typeByKind } from '../api/resources.ts';
import { timestamp, type ObjectStore } from '../api/store.ts';
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
        const insufficient = nodes.filter(
          (n) => Number(n.status?.allocatable?.['nvidia.com/gpu'] ?? 0) > 0 && (free.get(n.metadata.name) ?? 0) < gpus,
        ).length;
        const other = nodes.length - insufficient;
        const message = `0/${nodes.length} nodes are available: ${insufficient} Insufficient nvidia.com/gpu${other ? `, ${other} node(s) didn't match Pod's node affinity/selector` : ''}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} No preemption victims found for incoming pod.`;
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
