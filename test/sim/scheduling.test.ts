// A finite GPU pool: worker pods beyond it stay Pending with the scheduler's FailedScheduling message. On a clock
// the test steps; client-node reads the pods and events over HTTP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { ManualClock } from '../../src/sim/index.ts';
import { failedSchedulingMessage } from '../../src/sim/cluster/scheduler.ts';
import { deployExample, runUntil, simSession } from '../helpers/sim.ts';

test('with one GPU node, a second GPU worker is Unschedulable: Insufficient nvidia.com/gpu', async () => {
  const session = await simSession({
    nodePool: { gpuNodes: 1, gpusPerNode: 1, cpuNodes: 1 },
    clock: new ManualClock(),
  });
  try {
    await deployExample(session, 'pool-1', [
      'spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].replicas=2',
      'spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].minReplicas=2',
    ]);
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    const pending = await runUntil(
      session.sim,
      'a pending worker',
      async (saw) => {
        const pods = (await core.listNamespacedPod({ namespace: 'pool-1', labelSelector: 'ray.io/node-type=worker' }))
          .items;
        saw(
          pods.map(
            (p) =>
              `${p.metadata?.name}: ${p.status?.phase} ${p.status?.conditions?.find((c) => c.type === 'PodScheduled')?.reason ?? ''}`,
          ),
        );
        return pods.length === 2
          ? pods.find((p) =>
              p.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'Unschedulable'),
            )
          : undefined;
      },
      { maxSimSeconds: 120, checkEveryMs: 500 },
    );
    assert.equal(pending.spec?.nodeName, undefined);
    const events = (
      await core.listNamespacedEvent({
        namespace: 'pool-1',
        fieldSelector: `involvedObject.name=${pending.metadata!.name}`,
      })
    ).items;
    const failed = events.find((e) => e.reason === 'FailedScheduling');
    assert.match(failed?.message ?? '', /0\/2 nodes are available: 1 Insufficient nvidia\.com\/gpu/);
    assert.equal(failed?.type, 'Warning');
  } finally {
    await session.stop();
  }
});

test("the FailedScheduling message: each node's first failing filter, counted and sorted as kube-scheduler writes them", () => {
  const node = (name: string, gpus: number) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name },
    status: { allocatable: { 'nvidia.com/gpu': String(gpus) } },
  });
  const pod = (spec: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec });
  const nodes = [node('gpu-1', 1), node('cpu-1', 0), node('cpu-2', 0)] as never[];
  const full = new Map([['gpu-1', 0]]);
  // The example's GPU worker selects its Karpenter pool: the CPU nodes fail at NodeAffinity, the GPU node is full.
  assert.equal(
    failedSchedulingMessage(pod({ nodeSelector: { 'karpenter.sh/nodepool': 'gpu' } }) as never, nodes, full, 1),
    "0/3 nodes are available: 1 Insufficient nvidia.com/gpu, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.",
  );
  // Without a selector every node lacks the GPU: NodeResourcesFit on all three.
  assert.equal(
    failedSchedulingMessage(pod({}) as never, nodes, full, 1),
    '0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
  );
  // A pod without GPUs and no CPU node: the GPU node's taint.
  assert.equal(
    failedSchedulingMessage(pod({}) as never, [node('gpu-1', 1)] as never[], full, 0),
    '0/1 nodes are available: 1 node(s) had untolerated taint {nvidia.com/gpu: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
  );
});
