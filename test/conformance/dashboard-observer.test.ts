// The dashboard observer (no Kubernetes API): /api/cluster_status read in Ray 2.47's shape (a real 2.47.1 answer,
// trimmed, with nodes launching), the sim answering in that shape, and a Timeline of Serve and nodes from the sim.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RAY_NODES_METRIC, readClusterStatus, startDashboardObserver, WALL_CLOCK } from '../../src/observe/index.ts';
import { deployExample, eventually, serviceUrl, simSession, type SimSession } from '../helpers/sim.ts';

const real = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'cluster-status-2.47.1.json'), 'utf8'));

test('readClusterStatus: active nodes per type; pending from pendingLaunches and pendingNodes', () => {
  const reading = readClusterStatus(real);
  assert.ok(reading.ok);
  assert.deepEqual(reading.nodes, { active: { 'ray.head.default': 1, gpu: 1 }, pending: { gpu: 3 } });
});

test('readClusterStatus: before the autoscaler reports, no nodes; an answer of another shape is a problem', () => {
  assert.deepEqual(readClusterStatus({ result: true, data: { clusterStatus: null } }), { ok: true, nodes: undefined });
  const wrong = readClusterStatus({ result: true, data: { clusterStatus: { activeNodes: { gpu: 1 } } } });
  assert.equal(wrong.ok, false);
  assert.equal(readClusterStatus('<html>').ok, false);
});

const NS = 'dash-obs';
const SERVICE = 'llama32-3b-autoscale';
let session: SimSession;

before(async () => {
  session = await simSession();
  await deployExample(session, NS);
});

after(async () => {
  await session?.stop();
});

test("the sim's /api/cluster_status reads as Ray 2.47's does: the head and the GPU group's nodes", async () => {
  const url = serviceUrl(session, NS, `${SERVICE}-head-svc`, 8265, '/api/cluster_status');
  const nodes = await eventually(
    'a GPU worker node',
    async () => {
      const reading = readClusterStatus(await (await fetch(url)).json());
      return reading.ok && (reading.nodes?.active['gpu'] ?? 0) >= 1 ? reading.nodes : undefined;
    },
    60_000,
  );
  assert.equal(nodes.active['headgroup'], 1);
  assert.deepEqual(Object.keys(nodes.active).sort(), ['gpu', 'headgroup']);
});

test('startDashboardObserver: Serve replicas and target and ray_nodes from the sim, in the Timeline contract', async () => {
  const dashboard = serviceUrl(session, NS, `${SERVICE}-head-svc`, 8265, '');
  await eventually(
    'Serve to report a RUNNING replica',
    async () => (await (await fetch(`${dashboard}/api/serve/applications/`)).text()).includes('"RUNNING"') || undefined,
    60_000,
  );
  const observer = startDashboardObserver({
    dashboardUrl: dashboard,
    clock: WALL_CLOCK,
    intervalMs: 200,
    maxDurationMs: 10_000,
    label: NS,
  });
  let timeline;
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
  } finally {
    timeline = await observer.stop();
  }
  assert.equal(timeline.kind, 'Timeline');
  assert.deepEqual(timeline.gaps, []);
  const gpuNodes = timeline.samples.filter(
    (s) => s.metric === RAY_NODES_METRIC && s.labels['node_type'] === 'gpu' && s.labels['state'] === 'active',
  );
  assert.ok(gpuNodes.length >= 3, `${gpuNodes.length} samples`);
  assert.ok(gpuNodes.every((s) => s.value >= 1));
  assert.ok(timeline.samples.some((s) => s.metric === 'serve_target_replicas' && s.value >= 1));
});

test('startDashboardObserver: a dashboard that does not answer is a gap of the serve source, not made-up samples', async () => {
  const observer = startDashboardObserver({
    dashboardUrl: 'http://127.0.0.1:9',
    clock: WALL_CLOCK,
    intervalMs: 200,
    maxDurationMs: 5000,
    label: NS,
    requestTimeoutMs: 500,
  });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const timeline = await observer.stop();
  assert.equal(timeline.samples.length, 0);
  assert.ok(timeline.gaps.some((g) => g.source === 'serve' && g.metric === RAY_NODES_METRIC));
  assert.ok(timeline.gaps.some((g) => g.source === 'serve' && g.metric === undefined));
});
