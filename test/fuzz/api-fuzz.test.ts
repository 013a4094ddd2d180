// A bounded run of the sim's API fuzzer (npm run fuzz runs a larger budget): generated requests never get a 500,
// a hang or a non-Status error, and the sim answers after each of them.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { startSim, type RunningSim } from '../../src/sim/index.ts';
import { fuzzApi } from './api-fuzz.ts';

let sim: RunningSim | undefined;
after(async () => sim?.stop());

test('300 generated API requests: no invariant broken', async (t) => {
  sim = await startSim({ seed: 11 });
  const seed = Number(process.env['FUZZ_SEED'] ?? 20261129);
  const result = await fuzzApi(sim.url, 300, seed);
  t.diagnostic(`seed ${seed}: ${result.runs} requests, statuses ${JSON.stringify(result.statuses)}`);
  assert.deepEqual(result.failures, []);
  assert.equal(result.runs, 300);
});
