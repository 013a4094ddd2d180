// What deploy tells the user to do about a pod that fits no node, from the scheduler's own words: no free GPU, no
// node its selector picks, or something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnose } from '../../src/deploy/diagnosis.ts';
import type { PodView } from '../../src/deploy/snapshot.ts';

function hintsFor(unschedulable: string): readonly string[] {
  const pod: PodView = {
    name: 'svc-gpu-worker-x1',
    group: 'gpu',
    nodeType: 'worker',
    cluster: 'svc-abcde',
    phase: 'Pending',
    ready: false,
    deleting: false,
    unschedulable,
    waiting: [],
    gpus: 1,
  };
  return diagnose({
    cause: 'Unschedulable',
    message: 'not deployed',
    namespace: 'n',
    rayService: 'svc',
    waitedMs: 1000,
    snapshot: { pods: [pod], events: [] } as never,
    readiness: undefined,
  }).hints;
}

test('no free GPU: add GPU nodes or lower the replicas; no node the selector picks: check it and the provisioner', () => {
  const full = hintsFor(
    '0/2 nodes are available: 2 Insufficient nvidia.com/gpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
  );
  assert.match(full.join('\n'), /The cluster has no free nvidia\.com\/gpu for 1 pod asking for 1 GPU each/);
  const unselected = hintsFor(
    "0/1 nodes are available: 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.",
  );
  assert.match(unselected.join('\n'), /No node matches the pod's nodeSelector or node affinity/);
  assert.doesNotMatch(unselected.join('\n'), /no free nvidia\.com\/gpu/);
  const other = hintsFor('0/1 nodes are available: 1 node(s) had untolerated taint {dedicated: infra}. preemption: …');
  assert.match(other.join('\n'), /A pod fits no node/);
});
