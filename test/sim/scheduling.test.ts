// A finite GPU pool: worker pods beyond it stay Pending with the scheduler's FailedScheduling message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { deployExample, eventually, simSession } from '../helpers/sim.ts';

test('with one GPU node, a second GPU worker is Unschedulable: Insufficient nvidia.com/gpu', async () => {
  const session = await simSession({ nodePool: { gpuNodes: 1, gpusPerNode: 1, cpuNodes: 1 } });
  try {
    await deployExample(session, 'pool-1', ['spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].replicas=2', 'spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].minReplicas=2']);
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    const pending = await eventually('a pending worker', async () => {
      const pods = (await core.listNamespacedPod({ namespace: 'pool-1', labelSelector: 'ray.io/node-type=worker' })).items;
      return pods.length === 2 ? pods.find((p) => p.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'Unschedulable')) : undefined;
    });
    assert.equal(pending.spec?.nodeName, undefined);
    const events = (await core.listNamespacedEvent({ namespace: 'pool-1', fieldSelector: `involvedObject.name=${pending.metadata!.name}` })).items;
    const failed = events.find((e) => e.reason === 'FailedScheduling');
    assert.match(failed?.message ?? '', /0\/2 nodes are available: 1 Insufficient nvidia\.com\/gpu/);
    assert.equal(failed?.type, 'Warning');
  } finally {
    await session.stop();
  }
});
