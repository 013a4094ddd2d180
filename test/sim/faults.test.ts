// Fault injection for reliability tests: a share of matching API requests fails with 429 or 500, the rest are
// untouched, and watches end after the configured time of the sim's clock (stepped here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock, startSim } from '../../src/sim/index.ts';
import { runUntil } from '../helpers/sim.ts';

test('a fault rate on one route fails about that share of its requests and no others', async () => {
  const sim = await startSim({
    seed: 5,
    clock: new ManualClock(),
    faults: { rate: 0.5, paths: '/configmaps$', dropWatchesAfterMs: 300 },
  });
  try {
    const codes: number[] = [];
    for (let i = 0; i < 200; i++) codes.push((await fetch(`${sim.url}/api/v1/namespaces/default/configmaps`)).status);
    const failed = codes.filter((c) => c !== 200);
    assert.ok(failed.length > 60 && failed.length < 140, `${failed.length} of 200 failed`);
    assert.deepEqual([...new Set(failed)].sort(), [429, 500]);
    const throttled = await (async () => {
      for (let i = 0; i < 50; i++) {
        const r = await fetch(`${sim.url}/api/v1/namespaces/default/configmaps`);
        if (r.status === 429) return r;
      }
      return undefined;
    })();
    assert.equal(throttled?.headers.get('retry-after'), '1');
    assert.equal(((await throttled!.json()) as { reason: string }).reason, 'TooManyRequests');
    for (let i = 0; i < 50; i++) assert.equal((await fetch(`${sim.url}/api/v1/namespaces`)).status, 200);

    const opened = sim.clock.now();
    const watch = await fetch(`${sim.url}/api/v1/namespaces?watch=true`);
    let ended: number | undefined;
    // Settled either way, so that a watch cut by sim.stop() after a failure leaves no rejection behind.
    const body = watch.text().then(
      () => void (ended = sim.clock.now()),
      (error: unknown) => error,
    );
    await runUntil(sim, 'the end of the watch', () => ended !== undefined, { maxSimSeconds: 5 });
    assert.equal(await body, undefined);
    const lasted = ended! - opened;
    assert.ok(
      lasted >= 300 && lasted < 400,
      `the watch lasted ${lasted} simulated ms: ended at 300 ms, within the tick it fell due in`,
    );
  } finally {
    await sim.stop();
  }
});
