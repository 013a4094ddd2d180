// `rayservice-ci run` end to end on the simulated cluster it starts itself: the example passes with compressed
// windows; a scale-down window shorter than Ray's delays is refused before anything is deployed; too few GPU nodes
// fail the scale-up with a report that names the pending pods and why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContract } from '../../src/contracts/index.ts';
import { VERDICT } from '../../src/assert/index.ts';
import { runCommand } from '../../src/cli/dispatch.ts';
import { recordingIo } from '../helpers/cli-io.ts';
import { EXAMPLE_PATH } from '../helpers/variants.ts';

const PROFILE = 'examples/llama32-3b/load-test.yaml';
const AUTOSCALING = 'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config';

/** Ray's delays compressed so a run takes about a minute: the same overrides a PR check uses, only smaller. */
const FAST = [
  '--hold-for',
  '15s',
  '--set',
  `${AUTOSCALING}.upscale_delay_s=2`,
  '--set',
  `${AUTOSCALING}.downscale_delay_s=5`,
  '--set',
  `${AUTOSCALING}.look_back_period_s=2`,
];

async function run(args: readonly string[]) {
  const out = mkdtempSync(join(tmpdir(), 'rsci-run-'));
  const io = recordingIo(process.cwd());
  const code = await runCommand(['run', EXAMPLE_PATH, PROFILE, '--out-dir', out, ...args], io);
  const verdict = await readContract(join(out, 'verdict.json'), VERDICT);
  const report = existsSync(join(out, 'report.md')) ? readFileSync(join(out, 'report.md'), 'utf8') : '';
  return {
    code,
    out,
    io,
    verdict: verdict.ok ? verdict.value : undefined,
    report,
    problem: verdict.ok ? '' : verdict.problem,
  };
}

test('the example scales up to max_replicas and back to min_replicas inside the windows: exit 0, a passing verdict, charts', async () => {
  const r = await run([...FAST, '--scale-up-within', '60s', '--scale-down-within', '60s']);
  assert.equal(r.code, 0, r.io.err.join('') + r.io.out.join(''));
  assert.ok(r.verdict, r.problem);
  assert.equal(r.verdict.outcome, 'pass');
  assert.deepEqual(
    r.verdict.assertions.map((a) => [a.id, a.outcome]),
    [
      ['scale-up', 'pass'],
      ['scale-down', 'pass'],
    ],
  );
  // Inside the pipeline the observation ends with the scale-down window, not with a Ctrl-C the user never types.
  const said = r.io.err.join('') + r.io.out.join('');
  assert.match(said, /observe: observing .* through the load and until the scale-down window is decided/);
  assert.doesNotMatch(said, /Ctrl-C/);
  for (const file of ['lint.json', 'rendered.yaml', 'deployment.json', 'timeline.json', 'timeline.csv', 'results.json'])
    assert.ok(existsSync(join(r.out, file)), `${file} written`);
  const charts = [...r.report.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!);
  assert.ok(charts.length >= 2, 'the report has the replica and pod charts');
  for (const chart of charts) assert.match(chart, /line "[^"]*" \[\d/, 'every chart has a line with data');
  assert.match(r.io.out.join(''), /Verdict: PASS/);
  assert.match(r.io.err.join(''), /teardown: namespace .*: gone/);
});

test("a scale-down window shorter than downscale_delay_s + look-back + push is refused before deploying, with Ray's numbers; forced, a deploy failure is reported", async () => {
  const r = await run(['--scale-down-within', '60s', '--set', `${AUTOSCALING}.downscale_delay_s=300`]);
  assert.equal(r.code, 1);
  assert.ok(r.verdict, r.problem);
  assert.equal(r.verdict.failure?.stage, 'assert');
  assert.match(r.verdict.failure!.message, /Refused before deploying/);
  assert.match(r.verdict.failure!.message, /300/);
  assert.doesNotMatch(r.io.err.join(''), /deploy: preflight/, 'nothing was deployed');
  assert.ok(!existsSync(join(r.out, 'deployment.json')));
  assert.match(r.report, /stopped at assert/);
  // --force deploys anyway: the refusal is a check, not a wall.
  const forced = await run([
    '--scale-down-within',
    '60s',
    '--set',
    `${AUTOSCALING}.downscale_delay_s=300`,
    '--force',
    '--hold-for',
    '1s',
    '--sim-gpu-nodes',
    '0',
    '--deploy-timeout',
    '5s',
  ]);
  // With --force the run goes on to deploy; with no GPU node it stops there, and the report says why.
  assert.equal(forced.code, 1);
  assert.equal(forced.verdict?.failure?.stage, 'deploy');
  assert.deepEqual(forced.verdict?.failure?.files, ['deploy-diagnosis.json']);
  assert.match(forced.report, /The run stopped at deploy/);
  assert.match(forced.report, /Why the deploy failed/);
  assert.match(forced.report, /Pending/);
});

test('too few GPU nodes: scale-up fails at its window, and the report names the pending pods and why', async () => {
  const r = await run([...FAST, '--sim-gpu-nodes', '2', '--scale-up-within', '25s', '--scale-down-within', '60s']);
  assert.equal(r.code, 1, r.io.err.join(''));
  assert.ok(r.verdict, r.problem);
  const up = r.verdict.assertions.find((a) => a.id === 'scale-up');
  assert.equal(up?.outcome, 'fail', JSON.stringify(r.verdict.assertions));
  assert.match(r.report, /Pending|FailedScheduling/);
  assert.match(r.report, /Insufficient nvidia\.com\/gpu/);
});
