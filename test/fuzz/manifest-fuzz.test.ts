// A bounded run of the manifest fuzzer (npm run fuzz runs a larger budget): generated hostile manifests through lint
// in every format and through render, with no invariant broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzManifests } from './manifest-fuzz.ts';

test('150 generated manifests through lint (4 formats) and render: no invariant broken', async (t) => {
  const seed = Number(process.env['FUZZ_SEED'] ?? 20261129);
  const result = await fuzzManifests(150, seed);
  t.diagnostic(
    `seed ${seed}: ${result.runs} manifests × ${result.commandsPerCase} commands, slowest case ${result.slowestMs.toFixed(0)} ms`,
  );
  assert.deepEqual(result.failures, []);
  assert.equal(result.runs, 150);
});
