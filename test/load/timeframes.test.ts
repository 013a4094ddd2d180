// Taurus's timeframes on hand-made one-second windows (bzt/modules/passfail.py): "for" needs every second, "within"
// fires on the last T seconds' aggregate as soon as it meets the condition, "over" only once the seconds span T;
// counts are summed over the window, times averaged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCriterion, type Criterion } from '../../src/load/index.ts';
import type { WindowView } from '../../src/load/criteria.ts';
import { TimeframeWatch } from '../../src/load/timeframes.ts';

function criterion(text: string): Criterion {
  const parsed = parseCriterion({ syntax: 'taurus', text, place: undefined });
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  return parsed.criterion;
}

/** A second with `finished` requests (errors among them) whose mean E2E is `e2eMs` (null: no request). */
function second(finished: number, e2eMs: number | null, errors = 0): WindowView {
  const latency = { mean: () => e2eMs, percentile: () => e2eMs };
  return { e2e: latency, ttft: latency, completed: finished - errors, errors };
}

/** Feeds the seconds; the second (1-based) each criterion fired at, its result, and whether the run was stopped. */
function judge(texts: readonly string[], seconds: readonly WindowView[]) {
  const criteria = texts.map(criterion);
  const stops: string[] = [];
  const watch = new TimeframeWatch(criteria, (detail) => stops.push(detail));
  const firedAt = new Map<string, number>();
  seconds.forEach((view, i) => {
    watch.observe(view, 1, (i + 1) * 1000);
    for (const [c, r] of watch.results())
      if (r.outcome === 'fail' && !firedAt.has(c.source.text)) firedAt.set(c.source.text, i + 1);
  });
  const results = watch.results();
  return { firedAt, result: (text: string) => results.get(criteria[texts.indexOf(text)]!)!, stops };
}

test('counts are summed over the window: "within" fires on a partial window, "over" only on a full one', () => {
  const five = Array.from({ length: 6 }, () => second(5, 100));
  const { firedAt, result } = judge(['hits>8 within 3s', 'hits>8 over 3s', 'hits>15 within 3s', 'hits>8 for 3s'], five);
  assert.equal(firedAt.get('hits>8 within 3s'), 2, 'within: 5 + 5 > 8 after two seconds');
  assert.equal(firedAt.get('hits>8 over 3s'), 3, 'over: the same sum, once three seconds are held');
  assert.equal(firedAt.get('hits>15 within 3s'), undefined, 'the window never holds more than 15');
  assert.equal(firedAt.get('hits>8 for 3s'), undefined, 'for: no single second has more than 8');
  assert.equal(result('hits>8 within 3s').actual, 10);
  assert.equal(result('hits>8 over 3s').actual, 15);
  assert.match(
    result('hits>8 within 3s').message,
    /the sum of the seconds within the last 3 s met the condition at 2 s/,
  );
  assert.equal(result('hits>15 within 3s').outcome, 'pass');
  assert.match(result('hits>15 within 3s').message, /no 3 s window's sum met the condition/);
});

test('times are averaged over the window, and old seconds leave it', () => {
  const seconds = [second(1, 100), second(1, 700), second(1, 100), second(1, 100), second(1, 100)];
  const { firedAt, result } = judge(
    ['avg-rt>350ms within 2s', 'avg-rt>350ms over 3s', 'avg-rt>250ms over 3s'],
    seconds,
  );
  assert.equal(firedAt.get('avg-rt>350ms within 2s'), 2, '(100 + 700) / 2 = 400');
  assert.equal(result('avg-rt>350ms within 2s').actual, 400);
  assert.equal(firedAt.get('avg-rt>350ms over 3s'), undefined, '(100 + 700 + 100) / 3 = 300, then 700 leaves');
  assert.equal(firedAt.get('avg-rt>250ms over 3s'), 3);
  assert.equal(result('avg-rt>250ms over 3s').actual, 300);
});

test('a percentage is averaged per second, as Taurus does; a second without requests adds nothing', () => {
  // 1 of 2 failed, then an empty second, then 0 of 2: the window holds 50 % and 0 %, average 25 %.
  const seconds = [second(2, 100, 1), second(0, null), second(2, 100, 0)];
  const { firedAt } = judge(['fail>20% over 3s', 'fail>30% over 3s'], seconds);
  assert.equal(firedAt.get('fail>20% over 3s'), 3);
  assert.equal(firedAt.get('fail>30% over 3s'), undefined);
});

test('"stop" stops the run when it fires; "continue" does not; no sample at all is inconclusive', () => {
  const busy = Array.from({ length: 3 }, () => second(5, 100));
  assert.equal(judge(['hits>8 within 3s, stop as failed'], busy).stops.length, 1);
  assert.equal(judge(['hits>8 within 3s, continue as failed'], busy).stops.length, 0);
  const idle = judge(['avg-rt>1s within 3s'], [second(0, null), second(0, null)]);
  assert.equal(idle.result('avg-rt>1s within 3s').outcome, 'inconclusive');
});
