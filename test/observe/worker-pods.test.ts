// Counting Ray worker pods: phase as kubectl shows it (Terminating included), GPUs from limits of every container,
// held only while the pod runs, per cluster and group with zeros for groups seen before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWorkers, podGpus, podPhase, workerPod, workerSamples } from '../../src/observe/worker-pods.ts';

const pod = (
  name: string,
  phase: string | undefined,
  options: { deleting?: boolean; gpus?: Record<string, string>; group?: string } = {},
) => ({
  metadata: {
    name,
    uid: `uid-${name}`,
    labels: { 'ray.io/cluster': 'svc-abcde', 'ray.io/group': options.group ?? 'gpu', 'ray.io/node-type': 'worker' },
    ...(options.deleting ? { deletionTimestamp: new Date() } : {}),
  },
  spec: {
    containers: [{ name: 'ray-worker', resources: { limits: options.gpus ?? { 'nvidia.com/gpu': '1', cpu: '8' } } }],
  },
  status: phase ? { phase } : {},
});

test('phases: Terminating for a pod being deleted before it finished; a missing phase is Pending', () => {
  assert.equal(podPhase(pod('a', 'Running')), 'Running');
  assert.equal(podPhase(pod('a', 'Running', { deleting: true })), 'Terminating');
  assert.equal(podPhase(pod('a', 'Pending', { deleting: true })), 'Terminating');
  assert.equal(podPhase(pod('a', 'Succeeded', { deleting: true })), 'Succeeded');
  assert.equal(podPhase(pod('a', undefined)), 'Pending');
  assert.equal(podPhase(pod('a', 'Bogus')), 'Unknown');
});

test('GPUs: every container\'s limits ending in "gpu", whole numbers only', () => {
  assert.equal(
    podGpus(pod('a', 'Running', { gpus: { 'nvidia.com/gpu': '2', 'amd.com/gpu': '1', memory: '10Gi' } })),
    3,
  );
  assert.equal(podGpus(pod('a', 'Running', { gpus: { 'nvidia.com/gpu': '500m' } })), 0);
  assert.equal(podGpus({ spec: { containers: [{}, { resources: { limits: { 'nvidia.com/gpu': 4 } } }] } }), 4);
  assert.equal(podGpus({}), 0);
  assert.equal(workerPod({ metadata: { name: 'no-uid' } }), undefined);
});

test('counts per group: GPUs held by Running pods (Terminating ones too), zeros for groups seen before', () => {
  const pods = [
    pod('a', 'Running'),
    pod('b', 'Running', { deleting: true }),
    pod('c', 'Pending'),
    pod('d', 'Running', { group: 'cpu', gpus: {} }),
  ].map((p) => workerPod(p)!);
  const counts = countWorkers(pods, ['svc-abcde\u0000gone']);
  assert.deepEqual(counts.pods.get('svc-abcde\u0000gpu'), {
    Pending: 1,
    Running: 1,
    Terminating: 1,
    Succeeded: 0,
    Failed: 0,
    Unknown: 0,
  });
  assert.equal(counts.gpus.get('svc-abcde\u0000gpu'), 2, 'the Running pod and the Terminating one that still runs');
  assert.equal(counts.gpus.get('svc-abcde\u0000cpu'), 0);
  assert.deepEqual(counts.pods.get('svc-abcde\u0000gone'), {
    Pending: 0,
    Running: 0,
    Terminating: 0,
    Succeeded: 0,
    Failed: 0,
    Unknown: 0,
  });
  const samples = workerSamples(counts, 7);
  assert.equal(samples.length, 3 * 7);
  assert.deepEqual(
    samples.find((s) => s.metric === 'gpus_requested' && s.labels['group'] === 'gpu'),
    { time: 7, metric: 'gpus_requested', labels: { cluster: 'svc-abcde', group: 'gpu' }, value: 2 },
  );
});
