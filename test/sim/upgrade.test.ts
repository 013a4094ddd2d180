// KubeRay's cluster lifecycle around a RayService on a clock the test steps: the first cluster is pending until it
// serves, a changed rayClusterConfig brings up a second one (zero-downtime upgrade), replica-only edits do nothing,
// appended worker groups update in place, and ray.io/initializing-timeout fails a service that never serves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { renderManifest } from '../../src/render/index.ts';
import { ManualClock, startSim, type RunningSim, type SimOptions } from '../../src/sim/index.ts';
import { RESOURCE_TYPES } from '../../src/sim/api/resources.ts';
import type { KObject } from '../../src/sim/api/store.ts';
import { EXAMPLE, EXAMPLE_PATH } from '../helpers/variants.ts';
import { ensureNamespace, step } from '../helpers/sim.ts';

const type = (kind: string) => RESOURCE_TYPES.find((t) => t.kind === kind)!;
const NAME = 'llama32-3b-autoscale';
type Manifest = {
  metadata: { annotations?: Record<string, string> };
  spec: { upgradeStrategy?: unknown; rayClusterConfig: { workerGroupSpecs: Record<string, any>[] } };
};

function manifestFor(namespace: string): Manifest {
  const rendered = renderManifest(EXAMPLE_PATH, EXAMPLE, {
    namespace,
    runId: 'r1',
    ttlMs: 3600_000,
    now: new Date(Date.UTC(2026, 0, 1)),
    secretEnv: ['HF_TOKEN=hf-token/token'],
  });
  if (!rendered.ok) throw new Error(rendered.problems.join('\n'));
  return parse(rendered.text) as Manifest;
}

async function withSim(options: SimOptions, body: (sim: RunningSim) => Promise<void>): Promise<void> {
  const sim = await startSim({ clock: new ManualClock(), seed: 5, ...options });
  try {
    await body(sim);
  } finally {
    await sim.stop();
  }
}

async function apply(sim: RunningSim, namespace: string, manifest: Manifest, name = NAME): Promise<void> {
  ensureNamespace(sim, namespace);
  const response = await fetch(
    `${sim.url}/apis/ray.io/v1/namespaces/${namespace}/rayservices/${name}?fieldManager=test`,
    { method: 'PATCH', headers: { 'Content-Type': 'application/apply-patch+yaml' }, body: JSON.stringify(manifest) },
  );
  assert.ok(response.ok, await response.text());
}

const service = (sim: RunningSim, ns: string) => sim.store.get(type('RayService'), ns, NAME)!;
const condition = (s: KObject, kind: string) => s.status.conditions.find((c: { type: string }) => c.type === kind);
const clusters = (sim: RunningSim, ns: string) =>
  sim.store
    .list(type('RayCluster'), ns)
    .map((c) => c.metadata.name)
    .sort();
const servedBy = (sim: RunningSim, ns: string) =>
  sim.store.get(type('Service'), ns, `${NAME}-serve-svc`)?.spec.selector['ray.io/cluster'];
const events = (sim: RunningSim, ns: string, reason: string) =>
  sim.store
    .list(type('Event'), ns)
    .filter((e) => e.reason === reason)
    .map((e) => e.message as string);

test('the first cluster is pending until it serves, then active; Initializing until then', async () => {
  await withSim({}, async (sim) => {
    await apply(sim, 'first-1', manifestFor('first-1'));
    step(sim, 1.5);
    const early = service(sim, 'first-1');
    assert.ok(early.status.pendingServiceStatus?.rayClusterName, 'the new cluster is named in pendingServiceStatus');
    assert.equal(early.status.activeServiceStatus, undefined);
    assert.equal(condition(early, 'UpgradeInProgress').reason, 'Initializing');
    assert.equal(condition(early, 'Ready').reason, 'Initializing');
    const pending = early.status.pendingServiceStatus.rayClusterName;
    step(sim, 30);
    const serving = service(sim, 'first-1');
    assert.equal(serving.status.activeServiceStatus.rayClusterName, pending);
    assert.equal(serving.status.pendingServiceStatus, undefined);
    assert.deepEqual(
      [condition(serving, 'Ready').status, condition(serving, 'UpgradeInProgress').reason],
      ['True', 'NoPendingCluster'],
    );
    const cluster = sim.store.get(type('RayCluster'), 'first-1', pending)!;
    assert.match(
      cluster.metadata.annotations?.['ray.io/hash-without-replicas-and-workers-to-delete'] ?? '',
      /^[0-9A-V]{32}$/,
    );
    assert.equal(cluster.metadata.annotations?.['ray.io/num-worker-groups'], '1');
  });
});

test('a changed rayClusterConfig: a second cluster comes up, the Services switch once it serves, the old one goes after the deletion delay', async () => {
  await withSim({}, async (sim) => {
    const manifest = manifestFor('up-1');
    await apply(sim, 'up-1', manifest);
    step(sim, 30);
    const before = service(sim, 'up-1').status.activeServiceStatus.rayClusterName;
    assert.equal(servedBy(sim, 'up-1'), before);

    manifest.spec.rayClusterConfig.workerGroupSpecs[0]!.template.metadata = { labels: { tier: 'gpu-v2' } };
    await apply(sim, 'up-1', manifest);
    step(sim, 2);
    const upgrading = service(sim, 'up-1');
    const after = upgrading.status.pendingServiceStatus?.rayClusterName;
    assert.ok(after && after !== before, 'a pending cluster is named');
    assert.deepEqual(
      [condition(upgrading, 'UpgradeInProgress').status, condition(upgrading, 'UpgradeInProgress').reason],
      ['True', 'BothActivePendingClustersExist'],
    );
    assert.equal(condition(upgrading, 'Ready').status, 'True', 'the old cluster keeps serving');
    assert.equal(servedBy(sim, 'up-1'), before);
    assert.deepEqual(clusters(sim, 'up-1'), [before, after].sort());

    step(sim, 30);
    const upgraded = service(sim, 'up-1');
    assert.equal(servedBy(sim, 'up-1'), after, 'the serve Service points at the new cluster');
    assert.equal(upgraded.status.activeServiceStatus.rayClusterName, after);
    assert.equal(condition(upgraded, 'UpgradeInProgress').reason, 'NoPendingCluster');
    assert.ok(clusters(sim, 'up-1').includes(before), 'the old cluster is kept for rayClusterDeletionDelaySeconds');
    const workers = sim.store
      .list(type('Pod'), 'up-1')
      .filter(
        (p) => p.metadata.labels?.['ray.io/cluster'] === after && p.metadata.labels?.['ray.io/node-type'] === 'worker',
      );
    assert.equal(workers[0]?.metadata.labels?.tier, 'gpu-v2');

    step(sim, 62);
    assert.deepEqual(clusters(sim, 'up-1'), [after]);
    assert.deepEqual(events(sim, 'up-1', 'DeletedRayCluster'), [`Deleted the RayCluster up-1/${before}`]);
  });
});

test('replica counts are not propagated; appended worker groups update the active cluster in place', async () => {
  await withSim({}, async (sim) => {
    const manifest = manifestFor('inplace-1');
    await apply(sim, 'inplace-1', manifest);
    step(sim, 30);
    const [cluster] = clusters(sim, 'inplace-1');
    const gpu = manifest.spec.rayClusterConfig.workerGroupSpecs[0]!;
    gpu.maxReplicas = 3;
    await apply(sim, 'inplace-1', manifest);
    step(sim, 5);
    assert.deepEqual(clusters(sim, 'inplace-1'), [cluster]);
    assert.equal(service(sim, 'inplace-1').status.pendingServiceStatus, undefined);
    assert.notEqual(
      sim.store.get(type('RayCluster'), 'inplace-1', cluster!)!.spec.workerGroupSpecs[0].maxReplicas,
      3,
      'kuberay#2331: not propagated',
    );

    manifest.spec.rayClusterConfig.workerGroupSpecs.push({
      ...structuredClone(gpu),
      groupName: 'gpu-extra',
      replicas: 0,
      minReplicas: 0,
      maxReplicas: 1,
    });
    await apply(sim, 'inplace-1', manifest);
    step(sim, 5);
    assert.deepEqual(clusters(sim, 'inplace-1'), [cluster]);
    const updated = sim.store.get(type('RayCluster'), 'inplace-1', cluster!)!;
    assert.deepEqual(
      updated.spec.workerGroupSpecs.map((g: { groupName: string }) => g.groupName),
      ['gpu', 'gpu-extra'],
    );
    assert.equal(updated.metadata.annotations?.['ray.io/num-worker-groups'], '2');
    assert.deepEqual(events(sim, 'inplace-1', 'UpdatedRayCluster'), [
      `Updated the active RayCluster inplace-1/${cluster}`,
    ]);
    assert.equal(condition(service(sim, 'inplace-1'), 'Ready').status, 'True');
  });
});

test("upgradeStrategy None, or the operator's ENABLE_ZERO_DOWNTIME=false: a changed rayClusterConfig makes no second cluster", async () => {
  const setups: [string, SimOptions, (m: Manifest) => void][] = [
    ['none-1', {}, (m) => void (m.spec.upgradeStrategy = { type: 'None' })],
    ['nozd-1', { zeroDowntime: false }, () => undefined],
  ];
  for (const [ns, options, configure] of setups) {
    await withSim(options, async (sim) => {
      const manifest = manifestFor(ns);
      configure(manifest);
      await apply(sim, ns, manifest);
      step(sim, 30);
      const [cluster] = clusters(sim, ns);
      manifest.spec.rayClusterConfig.workerGroupSpecs[0]!.template.metadata = { labels: { tier: 'gpu-v2' } };
      await apply(sim, ns, manifest);
      step(sim, 10);
      assert.deepEqual(clusters(sim, ns), [cluster], ns);
      assert.equal(service(sim, ns).status.pendingServiceStatus, undefined, ns);
      assert.equal(condition(service(sim, ns), 'UpgradeInProgress').status, 'False', ns);
      assert.equal(condition(service(sim, ns), 'Ready').status, 'True', ns);
    });
  }
});

test('ray.io/initializing-timeout: a service that never serves fails for good and its cluster is deleted; a bad value fails validation', async () => {
  await withSim({ nodePool: { gpuNodes: 0, gpusPerNode: 1, cpuNodes: 1 } }, async (sim) => {
    const manifest = manifestFor('timeout-1');
    manifest.metadata.annotations = { ...manifest.metadata.annotations, 'ray.io/initializing-timeout': '2m' };
    await apply(sim, 'timeout-1', manifest);
    step(sim, 110);
    assert.equal(condition(service(sim, 'timeout-1'), 'Ready').reason, 'Initializing', 'not before two minutes');
    step(sim, 15);
    const failed = service(sim, 'timeout-1');
    const ready = condition(failed, 'Ready');
    assert.deepEqual([ready.status, ready.reason], ['False', 'InitializingTimeout']);
    assert.match(ready.message, /within the configured timeout of 2m0s/);
    assert.equal(events(sim, 'timeout-1', 'RayServiceInitializingTimeout').length, 1);
    step(sim, 65);
    assert.deepEqual(clusters(sim, 'timeout-1'), [], 'the unnamed cluster is deleted after the delay');
    step(sim, 10);
    assert.equal(condition(service(sim, 'timeout-1'), 'Ready').reason, 'InitializingTimeout', 'terminal');
    assert.deepEqual(clusters(sim, 'timeout-1'), []);

    const invalid = manifestFor('timeout-2');
    invalid.metadata.annotations = { ...invalid.metadata.annotations, 'ray.io/initializing-timeout': 'soon' };
    await apply(sim, 'timeout-2', invalid);
    step(sim, 3);
    const refused = condition(service(sim, 'timeout-2'), 'Ready');
    assert.deepEqual([refused.status, refused.reason], ['False', 'ValidationFailed']);
    assert.match(refused.message, /ray\.io\/initializing-timeout has invalid format: soon/);
    assert.deepEqual(clusters(sim, 'timeout-2'), []);
  });
});

test("KubeRay's metadata validation: a name over 47 characters or not a DNS-1035 label fails with ValidationFailed and makes no cluster", async () => {
  await withSim({}, async (sim) => {
    for (const [ns, name, message] of [
      ['name-1', 'a'.repeat(48), /no more than 47 characters/],
      ['name-2', 'llama.3b', /valid DNS1035 label/],
    ] as const) {
      const manifest = manifestFor(ns) as Manifest & { metadata: { name: string } };
      manifest.metadata.name = name;
      await apply(sim, ns, manifest, name);
      step(sim, 3);
      const ready = sim.store
        .get(type('RayService'), ns, name)!
        .status.conditions.find((c: { type: string }) => c.type === 'Ready');
      assert.deepEqual([ready.status, ready.reason], ['False', 'ValidationFailed'], name);
      assert.match(ready.message, message);
      assert.match(events(sim, ns, 'InvalidRayServiceMetadata')[0] ?? '', new RegExp(`^${ns}/`));
      assert.deepEqual(clusters(sim, ns), []);
    }
  });
});
