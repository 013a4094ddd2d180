// `rayservice-ci observe` as a user runs it, against a sim on wall time: the Deployment deploy would write, a
// port-forward to the head pod through openReach, a few seconds of observation, then the Timeline and CSV on disk.
// And the boundaries: --dry-run, usage errors, unreadable input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { observeCommand } from '../../src/cli/observe-command.ts';
import { UsageError } from '../../src/cli/io.ts';
import { recordingIo } from '../helpers/cli-io.ts';
import { API_VERSION, readContract } from '../../src/contracts/index.ts';
import type { Deployment } from '../../src/deploy/index.ts';
import { METRIC, TIMELINE } from '../../src/observe/index.ts';
import { simSession, type SimSession } from '../helpers/sim.ts';
import { SERVICE, deployServingOnWallTime } from './scenario.ts';

const NS = 'observe-cli';

async function deploymentFile(session: SimSession, dir: string): Promise<string> {
  const core = session.kc.makeApiClient(k8s.CoreV1Api);
  const head = (await core.listNamespacedPod({ namespace: NS, labelSelector: 'ray.io/node-type=head' })).items[0]!;
  const cluster = head.metadata!.labels!['ray.io/cluster']!;
  const forward = (port: number) => ({
    kind: 'port-forward' as const,
    namespace: NS,
    podSelector: `ray.io/cluster=${cluster},ray.io/node-type=head`,
    pod: head.metadata!.name!,
    port,
    rayService: SERVICE,
  });
  const deployment: Deployment = {
    apiVersion: API_VERSION,
    kind: 'Deployment',
    namespace: NS,
    rayService: SERVICE,
    rayCluster: cluster,
    serveService: `${SERVICE}-serve-svc`,
    endpoint: forward(8000),
    dashboard: forward(8265),
    kubeRayVersion: '1.7',
    timings: { startedAt: new Date().toISOString(), preflightMs: 1, applyMs: 1 },
    runId: NS,
  };
  const path = join(dir, 'deployment.json');
  writeFileSync(path, JSON.stringify(deployment));
  return path;
}

test('observe --duration 3s writes a Timeline and its CSV, reaching the dashboard by port-forward', async () => {
  const session = await simSession();
  const dir = mkdtempSync(join(tmpdir(), 'rsci-observe-'));
  try {
    await deployServingOnWallTime(session, NS);
    await deploymentFile(session, dir);
    const io = recordingIo(dir, { KUBECONFIG: session.kubeconfig, HOME: dir });
    const code = await observeCommand(
      ['--deployment', 'deployment.json', '--duration', '3s', '--out', 'timeline.json'],
      io,
    );
    assert.equal(code, 0, io.err.join(''));
    assert.match(io.err.join(''), /observing observe-cli \(RayService llama32-3b-autoscale\) for 3s/);
    assert.match(io.err.join(''), /wrote .*timeline\.json, .*timeline\.csv/);
    const read = await readContract(join(dir, 'timeline.json'), TIMELINE);
    assert.ok(read.ok, read.ok ? '' : read.problem);
    const timeline = read.value;
    assert.ok(
      timeline.end - timeline.start >= 2900 && timeline.end - timeline.start <= 4000,
      `${timeline.end - timeline.start} ms`,
    );
    assert.deepEqual(timeline.gaps, []);
    const target = timeline.samples.filter(
      (s) => s.metric === METRIC.serveTargetReplicas && s.labels['deployment'] === 'LLMDeploymentLlama-3_2-3B-Instruct',
    );
    assert.ok(target.length >= 3 && target.every((s) => s.value === 1), JSON.stringify(target));
    assert.ok(
      timeline.samples.some(
        (s) => s.metric === METRIC.rayWorkerPods && s.labels['phase'] === 'Running' && s.value === 1,
      ),
    );
    const csv = readFileSync(join(dir, 'timeline.csv'), 'utf8').split('\r\n');
    assert.equal(csv[0], 'time,time_ms,metric,app,deployment,state,cluster,group,phase,value');
    assert.equal(csv.length - 2, timeline.samples.length);
  } finally {
    await session.stop();
  }
});

test('observe stops on Ctrl-C and writes what it saw; --dry-run plans without contacting anything', async () => {
  const session = await simSession();
  const dir = mkdtempSync(join(tmpdir(), 'rsci-observe-'));
  try {
    await deployServingOnWallTime(session, NS);
    await deploymentFile(session, dir);
    const interrupt = new Promise<string>((resolve) => setTimeout(() => resolve('SIGINT'), 1500));
    const io = recordingIo(dir, { KUBECONFIG: session.kubeconfig, HOME: dir }, interrupt);
    const code = await observeCommand(
      [
        '--deployment',
        'deployment.json',
        '--out',
        'out/../timeline.json',
        '--csv',
        'samples.csv',
        '--interval',
        '500ms',
      ],
      io,
    );
    assert.equal(code, 0, io.err.join(''));
    assert.match(io.err.join(''), /until stopped \(Ctrl-C\)/);
    const read = await readContract(join(dir, 'timeline.json'), TIMELINE);
    assert.ok(read.ok && read.value.end - read.value.start < 3000);
    assert.ok(read.ok && read.value.sources.every((s) => s.intervalMs === 500 || s.name === 'prometheus'));
    assert.ok(readFileSync(join(dir, 'samples.csv'), 'utf8').startsWith('time,time_ms,metric,'));

    const dry = recordingIo(dir, { HOME: dir });
    assert.equal(
      await observeCommand(['--deployment', 'deployment.json', '--dry-run', '--prometheus', 'http://127.0.0.1:9'], dry),
      0,
    );
    const plan = JSON.parse(dry.out.join(''));
    assert.equal(plan.namespace, NS);
    assert.deepEqual(
      plan.prometheus.queries.map((q: { expr: string }) => q.expr),
      [`DCGM_FI_DEV_GPU_UTIL{namespace="${NS}"}`, `DCGM_FI_DEV_FB_USED{namespace="${NS}"} * 1048576`],
    );
  } finally {
    await session.stop();
  }
});

test('observe: usage errors and unreadable input are exit 2 with what to do', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-observe-'));
  const io = () => recordingIo(dir, { HOME: dir });
  await assert.rejects(
    observeCommand(['--out', 'x.json'], io()),
    (e) => e instanceof UsageError && /--deployment FILE/.test(e.message),
  );
  await assert.rejects(
    observeCommand(['--deployment', 'd.json'], io()),
    (e) => e instanceof UsageError && /--out FILE/.test(e.message),
  );
  const missing = io();
  assert.equal(await observeCommand(['--deployment', 'nope.json', '--out', 'x.json'], missing), 2);
  assert.match(missing.err.join(''), /Cannot read .*nope\.json: no such file/);
  writeFileSync(join(dir, 'rendered.json'), JSON.stringify({ apiVersion: API_VERSION, kind: 'RenderedManifest' }));
  const wrongKind = io();
  assert.equal(await observeCommand(['--deployment', 'rendered.json', '--out', 'x.json'], wrongKind), 2);
  assert.match(wrongKind.err.join(''), /is not a Deployment/);
  const badDuration = io();
  assert.equal(
    await observeCommand(['--deployment', 'nope.json', '--out', 'x.json', '--duration', 'soon'], badDuration),
    2,
  );
  assert.match(badDuration.err.join(''), /--duration: "soon" is not a duration/);
  const badUrl = io();
  writeFileSync(
    join(dir, 'deployment.json'),
    JSON.stringify({
      apiVersion: API_VERSION,
      kind: 'Deployment',
      namespace: 'ns',
      rayService: 'x',
      rayCluster: 'x-1',
      serveService: 'x-serve-svc',
      endpoint: { kind: 'url', url: 'http://127.0.0.1:9' },
      dashboard: { kind: 'url', url: 'http://127.0.0.1:9' },
      kubeRayVersion: '1.7',
      timings: { startedAt: '', preflightMs: 0, applyMs: 0 },
      runId: 'r',
    }),
  );
  assert.equal(
    await observeCommand(
      ['--deployment', 'deployment.json', '--out', 'x.json', '--prometheus', 'http://user:pw@127.0.0.1:9090'],
      badUrl,
    ),
    2,
  );
  assert.match(badUrl.err.join(''), /must not carry credentials/);
  assert.doesNotMatch(badUrl.err.join(''), /pw/);
});
