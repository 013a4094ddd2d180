// `rayservice-ci assert` in-process on files in a temporary directory: the Verdict file passes its contract, the
// table names each assertion, and the exit codes — 0 all pass, 1 a fail or an inconclusive (0 with --inconclusive
// pass), 1 for --check-only when an expectation cannot pass (0 with --force), 2 for usage and unreadable input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERDICT, type Verdict } from '../../src/assert/index.ts';
import { UsageError } from '../../src/cli/io.ts';
import { assertCommand } from '../../src/cli/assert-command.ts';
import { checkContract } from '../../src/contracts/index.ts';
import { recordingIo } from '../helpers/cli-io.ts';
import { EXAMPLE } from '../helpers/variants.ts';
import { M, loadResults, loadSpan, timeline, type State } from './build.ts';

const LOAD_END = 10 * M;

/** A run directory: the example as the manifest, a Timeline where replicas go up at `upAt` and down at `downAt`. */
function runDir(upAt: number, downAt: number, observedFor = LOAD_END + 13 * M): string {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-assert-'));
  // The test's Timeline uses the example's app and deployment names.
  const stateAt = (t: number): State => ({ running: t >= downAt ? 1 : t >= upAt ? 4 : 1 });
  const tl = timeline(stateAt, { end: observedFor });
  const named = {
    ...tl,
    samples: tl.samples.map((s) =>
      s.labels['deployment'] === 'LLMRouter' ? s : { ...s, labels: { ...s.labels, app: 'llama32-3b-autoscale' } },
    ),
  };
  writeFileSync(join(dir, 'timeline.json'), JSON.stringify(named));
  writeFileSync(
    join(dir, 'results.json'),
    JSON.stringify(loadResults(loadSpan(0, LOAD_END, () => ({ completed: 5 })))),
  );
  writeFileSync(join(dir, 'rendered.yaml'), EXAMPLE);
  return dir;
}

async function run(dir: string, args: string[]) {
  const io = recordingIo(dir);
  const code = await assertCommand(['--timeline', 'timeline.json', '--load', 'results.json', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

async function verdictOf(dir: string, file = 'verdict.json'): Promise<Verdict> {
  const checked = await checkContract(file, VERDICT, JSON.parse(readFileSync(join(dir, file), 'utf8')));
  assert.ok(checked.ok, checked.ok ? '' : checked.problem);
  return checked.value;
}

const WINDOWS = ['--manifest', 'rendered.yaml', '--scale-up-within', '5m', '--scale-down-within', '12m'];

test('all pass: exit 0, a Verdict that passes its contract, and a table with where each limit was written', async () => {
  const dir = runDir(3 * M, LOAD_END + 11 * M);
  const r = await run(dir, WINDOWS);
  assert.equal(r.code, 0, r.err + r.out);
  const verdict = await verdictOf(dir);
  assert.equal(verdict.outcome, 'pass');
  assert.equal(verdict.exitCode, 0);
  assert.deepEqual(
    verdict.assertions.map((a) => [a.id, a.outcome, a.limit]),
    [
      ['scale-up', 'pass', '5m'],
      ['scale-down', 'pass', '12m'],
    ],
  );
  assert.deepEqual(verdict.inputs, { timeline: 'timeline.json', load: 'results.json' });
  assert.match(r.out, /^PASS +Serve replicas of LLMDeploymentLlama-3_2-3B-Instruct reach 4 RUNNING/m);
  assert.match(r.out, /limit 5m \(--scale-up-within\)/);
  assert.match(
    r.out,
    /target derived from max_replicas of LLMDeploymentLlama-3_2-3B-Instruct \(rendered\.yaml line 28\)/,
  );
  assert.match(r.out, /Verdict: PASS \(2 pass, 0 fail, 0 inconclusive\); exit 0/);
});

test('a fail exits 1; an inconclusive exits 1, or 0 with --inconclusive pass while the verdict still says inconclusive', async () => {
  const slow = runDir(6 * M, LOAD_END + 11 * M);
  const failed = await run(slow, [...WINDOWS, '--out', 'v.json']);
  assert.equal(failed.code, 1);
  assert.equal((await verdictOf(slow, 'v.json')).outcome, 'fail');
  assert.match(failed.out, /^FAIL +Serve replicas/m);
  assert.match(failed.out, /why: never reached 4 RUNNING replicas within 5m/);

  const short = runDir(3 * M, LOAD_END + 11 * M, LOAD_END + 5 * M);
  const unknown = await run(short, WINDOWS);
  assert.equal(unknown.code, 1);
  assert.equal((await verdictOf(short)).outcome, 'inconclusive');
  const tolerated = await run(short, [...WINDOWS, '--inconclusive', 'pass']);
  assert.equal(tolerated.code, 0);
  const verdict = await verdictOf(short);
  assert.equal(verdict.outcome, 'inconclusive');
  assert.equal(verdict.exitCode, 0);
});

test('--check-only: feasible exits 0; a window Ray cannot meet exits 1 with the numbers, 0 with --force', async () => {
  const dir = runDir(3 * M, LOAD_END + 11 * M);
  const check = async (args: string[]) => {
    const io = recordingIo(dir);
    const code = await assertCommand(['--check-only', '--manifest', 'rendered.yaml', ...args], io);
    return { code, out: io.out.join(''), err: io.err.join('') };
  };
  const ok = await check(['--scale-down-within', '11m']);
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /scale-down: 1 within 11m/);
  const refused = await check(['--scale-down-within', '10m']);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /cannot pass \(--force to run anyway\)/);
  assert.match(
    refused.err,
    /downscale_delay_s 600s \(Ray 2\.47\.1's default\) \+ look_back_period_s 30s \+ metrics_interval_s 10s/,
  );
  const forced = await check(['--scale-down-within', '10m', '--force']);
  assert.equal(forced.code, 0);
  assert.match(forced.err, /forced: scale-down within 10m cannot pass/);
});

test('usage and input errors exit 2 with what to do; hostile text in a file is escaped', async () => {
  const dir = runDir(3 * M, LOAD_END + 11 * M);
  // A UsageError: the CLI prints it with the usage and exits 2.
  await assert.rejects(
    assertCommand(['--timeline', 'timeline.json'], recordingIo(dir)),
    (error: Error) => error instanceof UsageError && /assert needs --timeline FILE and --load FILE/.test(error.message),
  );
  const missing = await run(dir, ['--manifest', 'missing.yaml']);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /Cannot read missing\.yaml: no such file/);
  const wrongKind = await run(dir, ['--manifest', 'rendered.yaml', '--load', 'timeline.json']);
  assert.equal(wrongKind.code, 2);
  assert.match(wrongKind.err, /is not a LoadResults/);
  writeFileSync(
    join(dir, 'expect.yaml'),
    'apiVersion: rayservice-ci.io/v1alpha1\nkind: Expectations\n"::error::x\\u001b[31m": 1\n',
  );
  const hostile = await run(dir, ['--expect', 'expect.yaml']);
  assert.equal(hostile.code, 2);
  assert.ok(!/^::/m.test(hostile.err), 'no line of ours starts a workflow command');
  assert.ok(!hostile.err.includes('\u001b'), 'control characters are escaped');
  assert.match(hostile.err, /expect\.yaml:3:1: unknown key/);
  const bad = await run(dir, [...WINDOWS, '--scale-up-within', 'soon']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--scale-up-within: "soon" is not a duration/);
});

test('an Expectations file adds hold assertions; the verdict points at its lines', async () => {
  const dir = runDir(3 * M, LOAD_END + 11 * M);
  writeFileSync(
    join(dir, 'expect.yaml'),
    [
      'apiVersion: rayservice-ci.io/v1alpha1',
      'kind: Expectations',
      'scale-up: { within: 5m }',
      'scale-down: { within: 12m }',
      'hold: { max-replica-changes: 0, max-error-rate: 1% }',
    ].join('\n'),
  );
  const r = await run(dir, ['--manifest', 'rendered.yaml', '--expect', 'expect.yaml']);
  assert.equal(r.code, 0, r.out + r.err);
  const verdict = await verdictOf(dir);
  assert.deepEqual(
    verdict.assertions.map((a) => [a.id, a.outcome]),
    [
      ['scale-up', 'pass'],
      ['scale-down', 'pass'],
      ['flapping', 'pass'],
      ['error-rate', 'pass'],
    ],
  );
  assert.deepEqual(verdict.assertions[2]!.source, { kind: 'file', file: 'expect.yaml', line: 5, column: 30 });
  assert.equal(verdict.inputs.expect, 'expect.yaml');
});
