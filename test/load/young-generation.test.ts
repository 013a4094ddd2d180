// The runner's bound on V8's young generation, in child processes (V8's flags are per process): the same fast,
// surviving allocation grows V8's own new space far past the bound, stays at the bound while held, and grows again
// once released.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const CHILD = join(import.meta.dirname, 'young-generation-child.ts');
const BOUND_MB = 4;

function run(mode: 'held' | 'v8'): { during: number; afterRelease: number } {
  const out = execFileSync(process.execPath, [CHILD, mode, String(BOUND_MB)], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out) as { during: number; afterRelease: number };
}

test('held, the new space stays within the bound where V8 alone grows it four times past; released, it grows', () => {
  const free = run('v8');
  assert.ok(free.during >= 4 * BOUND_MB, `V8 alone grew the new space to ${free.during} MB only: no test of the bound`);
  const held = run('held');
  assert.ok(held.during <= BOUND_MB, `held: ${held.during} MB, bound ${BOUND_MB} MB`);
  assert.ok(held.afterRelease > BOUND_MB, `released: ${held.afterRelease} MB, still held`);
});
