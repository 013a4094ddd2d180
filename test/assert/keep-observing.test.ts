// Keeping on observing with --deployment, on a ManualClock: assert watches until every assertion is decided and no
// longer, stops at the last window's close plus the margin when nothing changes, and marks the stretch between the
// Timeline file and its own observation as unseen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  evaluateAssertions,
  keepObserving,
  mergeTimelines,
  observationDeadline,
  type AssertionResult,
} from '../../src/assert/index.ts';
import type { Timeline } from '../../src/observe/index.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { M, S, T0, expectations, loadSpan, timeline, type State } from './build.ts';

const LOAD_END = 10 * M;
const load = loadSpan(0, LOAD_END, () => ({ completed: 5 }));

/** Runs keepObserving to its end, advancing the clock a second at a time (bounded). */
async function drive(
  clock: ManualClock,
  stateAt: (t: number) => State,
  base: Timeline,
  liveFrom: number,
): Promise<{ timeline: Timeline; results: readonly AssertionResult[]; stoppedAt: number }> {
  const live = {
    snapshot: () => timeline((t) => stateAt(t + liveFrom), { start: T0 + liveFrom, end: clock.now() - T0 - liveFrom }),
  };
  const evaluate = (t: Timeline) => evaluateAssertions(expectations(), t, load);
  const deadline = observationDeadline(evaluate(base), clock.now());
  let done = false;
  const running = keepObserving({ clock, base, live, evaluate, deadline }).finally(() => (done = true));
  for (let i = 0; i < 3600 && !done; i++) {
    clock.advance(S);
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.ok(done, 'keepObserving ended within an hour of simulated time');
  return { ...(await running), stoppedAt: clock.now() };
}

const scaledDownAt = (at: number) => (t: number) => (t >= at ? { running: 1 } : { running: 4 });

test('watches until the scale-down is seen, then stops: the verdict is a pass, not an inconclusive', async () => {
  const base = timeline(scaledDownAt(LOAD_END + 11 * M), { end: LOAD_END + M });
  assert.equal(
    evaluateAssertions(expectations(), base, load)[1]!.outcome,
    'inconclusive',
    'the file alone cannot tell',
  );
  const clock = new ManualClock(base.end);
  const { results, stoppedAt } = await drive(clock, scaledDownAt(LOAD_END + 11 * M), base, LOAD_END + M);
  assert.equal(results[1]!.outcome, 'pass');
  assert.equal(results[1]!.at, T0 + LOAD_END + 11 * M);
  assert.ok(
    stoppedAt <= T0 + LOAD_END + 11 * M + 6 * S,
    `stopped ${(stoppedAt - T0 - LOAD_END) / 1000} s after the load`,
  );
  assert.ok(stoppedAt >= T0 + LOAD_END + 11 * M, 'not before it was seen');
});

test('never scales down: watches until the window has closed (plus the margin at most), then fails', async () => {
  const never = () => ({ running: 4 });
  const base = timeline(never, { end: LOAD_END + M });
  const clock = new ManualClock(base.end);
  const { results, stoppedAt } = await drive(clock, never, base, LOAD_END + M);
  assert.equal(results[1]!.outcome, 'fail');
  assert.ok(stoppedAt >= T0 + LOAD_END + 12 * M, 'watched to the window’s close');
  assert.ok(stoppedAt <= T0 + LOAD_END + 12 * M + 30 * S + S, 'and no longer than the margin');
});

test('the stretch between the file and assert’s own observation is a gap: a miss across it is inconclusive', async () => {
  const never = () => ({ running: 4 });
  const base = timeline(never, { end: LOAD_END + M });
  const clock = new ManualClock(base.end + 20 * S);
  const { results, timeline: merged } = await drive(clock, never, base, LOAD_END + M + 20 * S);
  assert.deepEqual(
    merged.gaps.map((g) => [g.source, g.from - T0, g.to - T0]),
    [
      ['serve', LOAD_END + M, LOAD_END + M + 20 * S],
      ['pods', LOAD_END + M, LOAD_END + M + 20 * S],
    ],
  );
  assert.equal(results[1]!.outcome, 'inconclusive');
  assert.match(results[1]!.reason!, /not observed: between the end of the Timeline file and assert's own observation/);
});

test('the deadline is the last window’s close plus the margin, but never more than the largest window from now', () => {
  const results = evaluateAssertions(
    expectations(),
    timeline(() => ({ running: 1 }), { end: M }),
    load,
  );
  const lastClose = T0 + LOAD_END + 12 * M;
  assert.equal(observationDeadline(results, T0 + LOAD_END), lastClose + 30 * S);
  // A load file from a day ago cannot keep assert watching for a day.
  assert.equal(observationDeadline(results, lastClose + 86_400_000), lastClose + 30 * S);
  assert.equal(observationDeadline([], T0), T0);
  // Merging keeps time order and the later end.
  const a = timeline(() => ({ running: 1 }), { end: 10 * S });
  const b = timeline(() => ({ running: 2 }), { start: T0 + 10 * S, end: 10 * S });
  const merged = mergeTimelines(a, b);
  assert.equal(merged.end, T0 + 20 * S);
  assert.deepEqual(merged.gaps, [], 'no stretch unseen');
  assert.ok(merged.samples.every((s, i) => i === 0 || merged.samples[i - 1]!.time <= s.time));
});

test('a decided assertion does not extend the deadline: only open windows count', () => {
  const upSeen = timeline((t) => ({ running: t >= M ? 4 : 1 }), { end: LOAD_END + M });
  const results = evaluateAssertions(
    {
      ...expectations(),
      windows: [
        { ...expectations().windows[0]!, within: { ...expectations().windows[0]!.within, value: 60 * M } },
        expectations().windows[1]!,
      ],
    },
    upSeen,
    load,
  );
  assert.deepEqual(
    results.map((r) => r.outcome),
    ['pass', 'inconclusive'],
  );
  assert.equal(observationDeadline(results, T0 + LOAD_END + M), T0 + LOAD_END + 12 * M + 30 * S, 'not the 60m window');
});
