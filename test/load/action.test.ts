// The load action's adapter with a recording ActionIo: outputs, the job summary, a failed step when a criterion
// fails; and its action.yml declares exactly the inputs the adapter reads, on node24 from dist/load.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ActionIo } from '../../src/actions/action-io.ts';
import { loadAction, LOAD_INPUTS, type LoadInput } from '../../src/actions/load/adapter.ts';
import { stubServer, type Stub } from './helpers.ts';

let stub: Stub;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rsci-load-action-'));
  stub = await stubServer((_req, res) => {
    res.writeHead(200);
    res.end('ok');
  });
});

after(async () => {
  await stub?.close();
});

function actionIo(inputs: Partial<Record<LoadInput, string>>) {
  const outputs: Record<string, string | number> = {};
  const failures: string[] = [];
  const summaries: string[] = [];
  const io: ActionIo<LoadInput> = {
    input: (name) => inputs[name] ?? '',
    multilineInput: () => [],
    setOutput: (name, value) => void (outputs[name] = value),
    annotate: () => {},
    notice: () => {},
    info: () => {},
    summary: async (markdown) => void summaries.push(markdown),
    fail: (message) => void failures.push(message),
    cwd: dir,
    env: {},
    tempDir: dir,
    now: () => new Date(),
  };
  return { io, outputs, failures, summaries };
}

function profile(criterion: string): string {
  const path = join(dir, `p-${criterion.replace(/\W/g, '')}.yaml`);
  writeFileSync(
    path,
    `execution:\n- scenario: s\n  concurrency: 1\n  iterations: 3\nscenarios:\n  s:\n    requests: [/]\nreporting:\n- module: passfail\n  criteria: ["${criterion}"]\n`,
  );
  return path;
}

test('the action runs a profile against an address: outputs, a job summary, and the step fails on a failed criterion', async () => {
  const ok = actionIo({ profile: profile('p95>10s'), address: stub.url, seed: '4' });
  await loadAction(ok.io, new AbortController().signal);
  assert.deepEqual(ok.failures, []);
  assert.equal(ok.outputs['outcome'], 'pass');
  assert.equal(ok.outputs['requests'], 3);
  assert.equal(ok.outputs['results-file'], join(dir, 'rayservice-ci', 'load-results.json'));
  assert.match(ok.summaries[0]!, /## rayservice-ci load[\s\S]*\| `p95>10s` \| pass \|/);
  const failing = actionIo({ profile: profile('hits<100'), address: stub.url });
  await loadAction(failing.io, new AbortController().signal);
  assert.equal(failing.outputs['outcome'], 'fail');
  assert.match(failing.failures[0]!, /Load criteria fail: hits<100 \(fail\)/);
  const bad = actionIo({ profile: profile('p95>1s'), 'max-requests': 'lots' });
  await loadAction(bad.io, new AbortController().signal);
  assert.match(bad.failures[0]!, /Input max-requests takes a whole number/);
});

test("actions/load/action.yml declares exactly the adapter's inputs and runs dist/load/main.js on node24", () => {
  const action = parse(readFileSync('actions/load/action.yml', 'utf8')) as {
    inputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };
  assert.deepEqual(Object.keys(action.inputs).sort(), [...LOAD_INPUTS].sort());
  assert.deepEqual(action.runs, { using: 'node24', main: '../../dist/load/main.js' });
});
