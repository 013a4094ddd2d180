// A finite GPU pool: worker pods beyond it stay Pending with the scheduler's FailedScheduling message. On a clock
// the test steps; client-node reads the pods and events over HTTP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { ManualClock } from '../../src/sim/index.ts';
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
