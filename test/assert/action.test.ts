// The assert action's adapter with a recording ActionIo: the verdict outputs and job summary, a failed step on a fail
// or (by default) an inconclusive, check-only refusing what cannot pass unless forced; and its action.yml declares
// exactly the inputs the adapter reads, on node24 from dist/assert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ActionIo } from '../../src/actions/action-io.ts';
import { ASSERT_INPUTS, assertAction, type AssertInput } from '../../src/actions/assert/adapter.ts';
import { EXAMPLE } from '../helpers/variants.ts';
import { APP, M, loadResults, loadSpan, timeline } from './build.ts';

const LOAD_END = 10 * M;

function files(upAt: number, downAt = LOAD_END + 11 * M): string {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-assert-action-'));
  const tl = timeline((t) => ({ running: t >= downAt ? 1 : t >= upAt ? 4 : 1 }), { end: LOAD_END + 13 * M });
  writeFileSync(join(dir, 'timeline.json'), JSON.stringify(tl));
  writeFileSync(
    join(dir, 'results.json'),
    JSON.stringify(loadResults(loadSpan(0, LOAD_END, () => ({ completed: 3 })))),
  );
  writeFileSync(join(dir, 'rendered.yaml'), EXAMPLE);
  writeFileSync(
    join(dir, 'expect.yaml'),
    `apiVersion: rayservice-ci.io/v1alpha1\nkind: Expectations\napp: ${APP}\ndeployment: LLMDeploymentLlama-3_2-3B-Instruct\nscale-up: { replicas: 4 }\nscale-down: { replicas: 1 }\n`,
  );
  return dir;
}

function actionIo(dir: string, inputs: Partial<Record<AssertInput, string>>) {
  const outputs: Record<string, string | number> = {};
  const failures: string[] = [];
  const summaries: string[] = [];
  const log: string[] = [];
  const io: ActionIo<AssertInput> = {
    input: (name) => inputs[name] ?? '',
    multilineInput: () => [],
    setOutput: (name, value) => void (outputs[name] = value),
    annotate: () => {},
    notice: () => {},
    info: (line) => void log.push(line),
    summary: async (markdown) => void summaries.push(markdown),
    fail: (message) => void failures.push(message),
    cwd: dir,
    env: {},
    tempDir: dir,
    now: () => new Date(),
  };
  return { io, outputs, failures, summaries, log };
}

const RUN = { timeline: 'timeline.json', load: 'results.json', expect: 'expect.yaml' };

test('a passing run: outputs verdict and verdict-file, a job summary table, the step not failed', async () => {
  const dir = files(3 * M);
  const a = actionIo(dir, { ...RUN, 'scale-up-within': '5m', 'scale-down-within': '12m' });
  const verdict = await assertAction(a.io);
  assert.deepEqual(a.failures, []);
  assert.equal(verdict?.outcome, 'pass');
  assert.equal(a.outputs['verdict'], 'pass');
  assert.equal(a.outputs['verdict-file'], join(dir, 'rayservice-ci', 'verdict.json'));
  assert.equal(JSON.parse(readFileSync(a.outputs['verdict-file'] as string, 'utf8')).kind, 'Verdict');
  assert.match(a.summaries[0]!, /^## rayservice-ci assert: pass/);
  assert.match(a.summaries[0]!, /\| pass \| input scale-up-within \|/);
});

test('a late scale-up fails the step; an inconclusive one fails it unless inconclusive: pass', async () => {
  const dir = files(6 * M);
  const failed = actionIo(dir, { ...RUN, 'scale-up-within': '5m', 'scale-down-within': '12m', out: 'v.json' });
  await assertAction(failed.io);
  assert.equal(failed.outputs['verdict'], 'fail');
  assert.match(failed.failures[0]!, /Verdict fail: scale-up \(fail\)/);
  // Still up when the observation ended, 13m after the load, inside a 20m window.
  const stillUp = files(3 * M, Infinity);
  const open = actionIo(stillUp, { ...RUN, 'scale-down-within': '20m' });
  await assertAction(open.io);
  assert.match(open.failures.join('\n'), /scale-down \(inconclusive\)/);
  const tolerated = actionIo(stillUp, { ...RUN, 'scale-down-within': '20m', inconclusive: 'pass' });
  await assertAction(tolerated.io);
  assert.deepEqual(tolerated.failures, []);
  assert.equal(tolerated.outputs['verdict'], 'inconclusive');
});

test('check-only: refuses a window Ray cannot meet, unless force; bad inputs fail the step with what to do', async () => {
  const dir = files(3 * M);
  const refused = actionIo(dir, { manifest: 'rendered.yaml', 'check-only': 'true', 'scale-down-within': '5m' });
  await assertAction(refused.io);
  assert.match(refused.failures[0]!, /cannot pass \(set force: true to run anyway\)/);
  assert.match(refused.failures[0]!, /no sooner than 10m40s after the load stops/);
  const forced = actionIo(dir, {
    manifest: 'rendered.yaml',
    'check-only': 'true',
    'scale-down-within': '5m',
    force: 'true',
  });
  await assertAction(forced.io);
  assert.deepEqual(forced.failures, []);
  assert.match(forced.log.join('\n'), /Warning \(forced\): scale-down within 5m cannot pass/);
  const badFlag = actionIo(dir, { ...RUN, force: 'yes' });
  await assertAction(badFlag.io);
  assert.match(badFlag.failures[0]!, /Input force takes true or false, not "yes"/);
  const missing = actionIo(dir, { timeline: 'timeline.json' });
  await assertAction(missing.io);
  assert.match(missing.failures[0]!, /Inputs timeline and load are required/);
});

test('actions/assert/action.yml declares exactly the adapter’s inputs and both outputs, on node24 from dist/assert', () => {
  const action = parse(readFileSync('actions/assert/action.yml', 'utf8'));
  assert.deepEqual(Object.keys(action.inputs).sort(), [...ASSERT_INPUTS].sort());
  assert.deepEqual(Object.keys(action.outputs).sort(), ['verdict', 'verdict-file']);
  assert.equal(action.runs.using, 'node24');
  assert.equal(action.runs.main, '../../dist/assert/main.js');
});
