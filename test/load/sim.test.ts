// The seed's Taurus profile, unchanged but for a shorter hold-for, against the simulated cluster: by the service
// proxy URL (--address) and by the Deployment's port-forward (--deployment), with LLM metrics in the results.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { loadCommand } from '../../src/cli/load-command.ts';
import { API_VERSION, readContract } from '../../src/contracts/index.ts';
import type { Deployment } from '../../src/deploy/index.ts';
import { LOAD_RESULTS } from '../../src/load/index.ts';
import { deployExample, eventually, serviceUrl, simSession, type SimSession } from '../helpers/sim.ts';
import { recordingIo } from '../helpers/cli-io.ts';

const NS = 'load-sim';
const SERVICE = 'llama32-3b-autoscale';
const PROFILE = resolve('examples/llama32-3b/load-test.yaml');
let session: SimSession;
let dir: string;

before(async () => {
  session = await simSession();
  dir = mkdtempSync(join(tmpdir(), 'rsci-load-'));
  await deployExample(session, NS);
  await eventually(
    'the service to serve',
    async () => (await fetch(serviceUrl(session, NS, `${SERVICE}-serve-svc`, 8000, '/v1/models'))).ok || undefined,
    60_000,
  );
});

after(async () => {
  await session?.stop();
});

test('the example profile runs unchanged against the sim (hold-for shortened): streams, tokens from usage, results written', async () => {
  const io = recordingIo(dir);
  const address = serviceUrl(session, NS, `${SERVICE}-serve-svc`, 8000, '');
  const code = await loadCommand(
    [PROFILE, '--address', address, '--hold-for', '1500ms', '--out', 'results.json', '--seed', '7'],
    io,
  );
  assert.equal(code, 0, io.err.join(''));
  const read = await readContract(join(dir, 'results.json'), LOAD_RESULTS);
  assert.ok(read.ok, read.ok ? '' : read.problem);
  const { summary, samples, labels } = read.value;
  // User k starts at k-1 s and sends after the 5 s think time: users 1..7 send at 5..11 s, before the end at 11.5 s
  // (ramp-up 10 s + 1.5 s); the end sits half a second from any send, so a loaded machine cannot move one across it.
  assert.equal(summary.sent, 7);
  assert.equal(summary.requests, 7, JSON.stringify(summary.errors_by_kind));
  assert.equal(summary.errors, 0);
  assert.equal(summary.tokens_source, 'usage');
  assert.ok(summary.output_tokens > 7);
  assert.equal(summary.ttft_ms.count, 7);
  assert.ok(summary.ttft_ms.p50! > 50 && summary.ttft_ms.p50! < summary.e2e_ms.p50!, JSON.stringify(summary.ttft_ms));
  assert.ok(summary.tpot_ms.count > 0 && summary.itl_ms.count > 0);
  assert.equal(summary.status['200'], 7);
  assert.ok(labels['chat_completion']);
  assert.ok(samples.some((s) => s.metric === 'load_active_users' && s.value === 10));
  assert.match(io.out.join(''), /TTFT/);
});

test('--deployment reaches the endpoint through a port-forward from the Deployment file', async () => {
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
  writeFileSync(join(dir, 'deployment.json'), JSON.stringify(deployment));
  const profile = join(dir, 'quick.yaml');
  writeFileSync(
    profile,
    readFileSync(PROFILE, 'utf8')
      .replace('ramp-up: 10s', 'ramp-up: 2s')
      .replace('steps: 10', 'steps: 2')
      .replace('concurrency: 10', 'concurrency: 2')
      .replace('think-time: 5s', 'think-time: 100ms'),
  );
  const io = recordingIo(dir, { KUBECONFIG: session.kubeconfig, HOME: dir });
  const code = await loadCommand(
    [profile, '--deployment', 'deployment.json', '--hold-for', '2s', '--out', 'forward.json', '--seed', '3'],
    io,
  );
  assert.equal(code, 0, io.err.join(''));
  const results = JSON.parse(readFileSync(join(dir, 'forward.json'), 'utf8'));
  assert.match(results.target, /^port-forward:load-sim\//);
  assert.ok(results.summary.requests >= 2, JSON.stringify(results.summary));
  assert.equal(results.summary.errors, 0, JSON.stringify(results.error_samples));
  assert.deepEqual(results.connection, { breaks: 0, reopens: 0 });
});
