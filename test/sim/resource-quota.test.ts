// A ResourceQuota on nvidia.com/gpu (what deploy --max-gpus creates) is enforced as the API server's admission
// plugin enforces it: KubeRay's worker past the cap is never created and says why in a FailedToCreateWorkerPod
// event; a client creating one over HTTP gets 403 Forbidden with the plugin's message; the quota's status counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { ManualClock } from '../../src/sim/index.ts';
import { deployExample, runUntil, simSession } from '../helpers/sim.ts';

const EXCEEDED =
  /exceeded quota: gpus, requested: requests\.nvidia\.com\/gpu=1, used: requests\.nvidia\.com\/gpu=1, limited: requests\.nvidia\.com\/gpu=1/;

test('with a quota of 1 GPU, one GPU worker of two is created; the other is refused at admission, over HTTP too', async () => {
  const session = await simSession({
    nodePool: { gpuNodes: 4, gpusPerNode: 1, cpuNodes: 1 },
    clock: new ManualClock(),
  });
  try {
    const ns = 'quota-1';
    await deployExample(session, ns, [
      'spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].replicas=2',
      'spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].minReplicas=2',
    ]);
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    await core.createNamespacedResourceQuota({
      namespace: ns,
      body: { metadata: { name: 'gpus' }, spec: { hard: { 'requests.nvidia.com/gpu': '1' } } },
    });
    const refused = await runUntil(
      session.sim,
      'a FailedToCreateWorkerPod event',
      async (saw) => {
        const events = (await core.listNamespacedEvent({ namespace: ns })).items;
        saw(events.map((e) => `${e.reason}: ${e.message}`));
        return events.find((e) => e.reason === 'FailedToCreateWorkerPod');
      },
      { maxSimSeconds: 60, checkEveryMs: 500 },
    );
    assert.equal(refused.type, 'Warning');
    assert.match(
      refused.message ?? '',
      /^Failed to create worker Pod for the cluster quota-1\/llama32-3b-autoscale-\w+, pods "[\w-]+" is forbidden: /,
    );
    assert.match(refused.message ?? '', EXCEEDED);
    const workers = (await core.listNamespacedPod({ namespace: ns, labelSelector: 'ray.io/node-type=worker' })).items;
    assert.equal(workers.length, 1, 'one worker fits the quota');
    // The quota's status says how much of the cap is taken, as `kubectl describe quota` shows it (the controller
    // writes it within its period).
    const status = await runUntil(
      session.sim,
      "the quota's status",
      async (saw) => {
        const now = (await core.readNamespacedResourceQuota({ namespace: ns, name: 'gpus' })).status;
        saw([JSON.stringify(now)]);
        return now?.used?.['requests.nvidia.com/gpu'] === '1' ? now : undefined;
      },
      { maxSimSeconds: 5, checkEveryMs: 500 },
    );
    assert.deepEqual([status.hard?.['requests.nvidia.com/gpu'], status.used?.['requests.nvidia.com/gpu']], ['1', '1']);

    // The same refusal for a client: a pod asking for one more GPU.
    const extra = {
      metadata: { name: 'one-more-gpu' },
      spec: { containers: [{ name: 'c', image: 'busybox', resources: { limits: { 'nvidia.com/gpu': '1' } } }] },
    };
    await assert.rejects(core.createNamespacedPod({ namespace: ns, body: extra }), (error: unknown) => {
      const e = error as { code?: number; body?: string };
      assert.equal(e.code, 403);
      assert.match(String(e.body), /pods \\"one-more-gpu\\" is forbidden: exceeded quota: gpus/);
      return true;
    });
    // A pod without GPUs is not the quota's business.
    await core.createNamespacedPod({
      namespace: ns,
      body: { metadata: { name: 'no-gpu' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } },
    });
  } finally {
    await session.stop();
  }
});
