// KubeRay and kubelet behaviour on a clock the test steps: deterministic, no waiting on wall time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { renderManifest } from '../../src/render/index.ts';
import { ManualClock, startSim, type RunningSim } from '../../src/sim/index.ts';
import { RESOURCE_TYPES } from '../../src/sim/api/resources.ts';
import { EXAMPLE, EXAMPLE_PATH, variant, GPU_GROUP } from '../helpers/variants.ts';
import { ensureNamespace, step } from '../helpers/sim.ts';

const type = (kind: string) => RESOURCE_TYPES.find((t) => t.kind === kind)!;

async function applyExample(sim: RunningSim, namespace: string, text = EXAMPLE): Promise<void> {
  const rendered = renderManifest(EXAMPLE_PATH, text, {
    namespace,
    runId: 'r1',
    ttlMs: 3600_000,
    now: new Date(sim.clock.now()),
  });
  const manifest = rendered.ok ? rendered.text : text.replace('namespace: ray-service', `namespace: ${namespace}`);
  ensureNamespace(sim, namespace);
  const response = await fetch(
    `${sim.url}/apis/ray.io/v1/namespaces/${namespace}/rayservices/llama32-3b-autoscale?fieldManager=test`,
    {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/apply-patch+yaml' },
      body: JSON.stringify(parse(manifest)),
    },
  );
  assert.equal(response.status, 201, await response.text());
}

test('an invalid serveConfigV2 shows as KubeRay shows it: a Warning event, Ready=False, no serve Service', async () => {
  const sim = await startSim({ clock: new ManualClock(), seed: 2 });
  try {
    const broken = EXAMPLE.replace('      route_prefix: "/"', '      route_prefix: ["/"');
    await applyExample(sim, 'bad-1', broken);
    step(sim, 30);
    const service = sim.store.get(type('RayService'), 'bad-1', 'llama32-3b-autoscale')!;
    const ready = service.status.conditions.find((c: { type: string }) => c.type === 'Ready');
    assert.equal(ready.status, 'False');
    assert.equal(ready.reason, 'Initializing');
    const events = sim.store.list(type('Event'), 'bad-1').filter((e) => e.involvedObject.kind === 'RayService');
    const failed = events.find((e) => e.reason === 'FailedToUpdateServeApplications');
    assert.equal(failed?.type, 'Warning');
    assert.match(failed?.message ?? '', /Failed to parse serveConfigV2/);
    assert.ok((failed?.count ?? 0) > 1, 'KubeRay keeps retrying');
    assert.equal(sim.store.get(type('Service'), 'bad-1', 'llama32-3b-autoscale-serve-svc'), undefined);
  } finally {
    await sim.stop();
  }
});

test('a pod annotation overrides a stage delay; the fast profile then serves in seconds', async () => {
  const sim = await startSim({ clock: new ManualClock(), seed: 2 });
  try {
    const slowPull = variant([
      {
        path: [...GPU_GROUP, 'template', 'metadata', 'annotations', 'sim.rayservice-ci.io/image-pull-delay'],
        value: '90s',
      },
    ]);
    await applyExample(sim, 'slow-1', slowPull);
    const worker = () =>
      sim.store.list(type('Pod'), 'slow-1').find((p) => p.metadata.labels?.['ray.io/node-type'] === 'worker');
    step(sim, 60);
    assert.equal(worker()?.status?.phase, 'Pending', 'still pulling at 60 s');
    assert.equal(worker()?.status?.containerStatuses?.[0]?.state?.waiting?.reason, 'ContainerCreating');
    step(sim, 40);
    assert.equal(worker()?.status?.phase, 'Running', 'running after the 90 s pull');
    step(sim, 10);
    const ready = sim.store.get(type('RayService'), 'slow-1', 'llama32-3b-autoscale')!.status.conditions[0];
    assert.equal(ready.status, 'True');
  } finally {
    await sim.stop();
  }
});

test('the realistic profile takes minutes: node provisioning, a multi-GB image pull and a model load', async () => {
  const sim = await startSim({ clock: new ManualClock(), seed: 2, profile: 'realistic' });
  try {
    await applyExample(sim, 'real-1');
    let readyAt: number | undefined;
    for (let s = 0; s < 900 && readyAt === undefined; s++) {
      step(sim, 1);
      if (
        sim.store.get(type('RayService'), 'real-1', 'llama32-3b-autoscale')?.status?.conditions?.[0]?.status === 'True'
      )
        readyAt = s;
    }
    assert.ok(readyAt !== undefined, 'became Ready within 15 simulated minutes');
    assert.ok(readyAt! > 120 && readyAt! < 600, `Ready after ${readyAt} simulated seconds`);
  } finally {
    await sim.stop();
  }
});

test('without a "serve" port on the head, KubeRay creates no serve Service and the RayService never becomes Ready', async () => {
  const sim = await startSim({ clock: new ManualClock(), seed: 2 });
  try {
    await applyExample(sim, 'noport-1', EXAMPLE.replace('              name: serve\n', '              name: http\n'));
    step(sim, 30);
    const service = sim.store.get(type('RayService'), 'noport-1', 'llama32-3b-autoscale')!;
    assert.equal(service.status.conditions[0].status, 'False');
    assert.equal(sim.store.get(type('Service'), 'noport-1', 'llama32-3b-autoscale-serve-svc'), undefined);
    const warning = sim.store.list(type('Event'), 'noport-1').find((e) => e.reason === 'FailedToCreateServeService');
    assert.match(warning?.message ?? '', /no port named "serve"/);
  } finally {
    await sim.stop();
  }
});
