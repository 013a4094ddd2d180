// The committed dist/ runs the stages as a user runs them: render → deploy → observe → teardown against a sim, each
// a separate `node dist/cli.js` process (bundling can break what tests from source never see).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, type RunningSim } from '../src/sim/index.ts';
import { readContract } from '../src/contracts/index.ts';
import { DEPLOYMENT } from '../src/deploy/index.ts';
import { TIMELINE } from '../src/observe/index.ts';
import { runAsync } from './helpers/run.ts';

let sim: RunningSim | undefined;
after(async () => sim?.stop());

function cli(args: string[], env: Record<string, string> = {}) {
  return runAsync(process.execPath, ['dist/cli.js', ...args], { env, timeoutMs: 90_000 }).then((r) => ({
    ...r,
    code: r.status,
  }));
}

test('dist/cli.js: render, deploy, observe and teardown the example on the sim', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-dist-'));
  const kubeconfig = join(dir, 'kubeconfig');
  sim = await startSim({ kubeconfigPath: kubeconfig, seed: 5 });
  const k = ['--kubeconfig', kubeconfig];
  const render = await cli([
    'render',
    'examples/llama32-3b/rayservice.yaml',
    '--namespace',
    'rsci-dist',
    '--secret-env',
    'HF_TOKEN=hf-token/token',
    '-o',
    join(dir, 'r.yaml'),
    '--result',
    join(dir, 'r.json'),
  ]);
  assert.equal(render.code, 0, render.stderr);
  const deploy = await cli(
    [
      'deploy',
      join(dir, 'r.yaml'),
      '--rendered',
      join(dir, 'r.json'),
      '--out',
      join(dir, 'deployment.json'),
      '--timeout',
      '60s',
      ...k,
    ],
    { HF_TOKEN: 'not-a-real-token' },
  );
  assert.equal(deploy.code, 0, deploy.stderr + deploy.stdout);
  assert.ok(!(deploy.stdout + deploy.stderr).includes('not-a-real-token'), 'the Secret value is never printed');
  const deployment = await readContract(join(dir, 'deployment.json'), DEPLOYMENT);
  assert.ok(deployment.ok, deployment.ok ? '' : deployment.problem);
  assert.equal(deployment.value.namespace, 'rsci-dist');
  const observe = await cli([
    'observe',
    '--deployment',
    join(dir, 'deployment.json'),
    '--duration',
    '2s',
    '--out',
    join(dir, 'timeline.json'),
    ...k,
  ]);
  assert.equal(observe.code, 0, observe.stderr);
  const timeline = await readContract(join(dir, 'timeline.json'), TIMELINE);
  assert.ok(timeline.ok, timeline.ok ? '' : timeline.problem);
  assert.ok(timeline.value.samples.some((s) => s.metric === 'serve_replicas' && s.value > 0));
  assert.match(readFileSync(join(dir, 'timeline.csv'), 'utf8'), /serve_replicas/);
  const teardown = await cli(['teardown', '--deployment', join(dir, 'deployment.json'), ...k]);
  assert.equal(teardown.code, 0, teardown.stderr);
  assert.match(teardown.stderr + teardown.stdout, /gone/);
});
