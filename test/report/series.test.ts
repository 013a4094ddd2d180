// The report's series: the time axis (bounded, round steps, "mm:ss"), gauges carried to each bucket's end but not
// past the stream, rates averaged per bucket with empty buckets empty, label sets combined per instant, stale
// series dropped, and the y-axis ceiling and sparkline at their boundaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Sample } from '../../src/contracts/index.ts';
import { axisOf, bucketSeries, clockLabel, niceCeiling, sparkline } from '../../src/report/series.ts';

const s = (time: number, value: number, labels: Record<string, string> = {}, metric = 'm'): Sample => ({
  time,
  metric,
  labels,
  value,
});

test('axisOf: at most maxPoints buckets of a round width covering the span; at least one second', () => {
  const twelveMinutes = axisOf(0, 720_000);
  assert.equal(twelveMinutes.ends.length, 36);
  assert.equal(twelveMinutes.ends[0], 20_000);
  assert.ok(twelveMinutes.ends.at(-1)! >= 720_000);
  const threeHours = axisOf(0, 3 * 3_600_000);
  assert.ok(threeHours.ends.length <= 40);
  assert.equal(threeHours.ends[1]! - threeHours.ends[0]!, 300_000);
  const forty = axisOf(0, 40_000);
  assert.equal(forty.ends.length, 40, '40 s in 40 one-second buckets');
  assert.equal(axisOf(0, 41_000).ends[0], 2000, 'one second more: two-second buckets');
  assert.deepEqual(axisOf(5, 5).ends, [1005]);
});

test('clockLabel: mm:ss with minutes past 59', () => {
  assert.equal(clockLabel(0), '00:00');
  assert.equal(clockLabel(59_499), '00:59');
  assert.equal(clockLabel(59_500), '01:00');
  assert.equal(clockLabel(185 * 60_000), '185:00');
  assert.equal(clockLabel(-5000), '-00:05');
});

test("a gauge takes each bucket's last value, carried through empty buckets, not past its last sample", () => {
  const axis = axisOf(0, 10_000, 10);
  const series = bucketSeries([s(500, 1), s(900, 2), s(3500, 4), s(6000, 3)], axis, {
    name: 'g',
    metric: 'm',
    combine: 'sum',
    aggregate: 'last',
  });
  assert.deepEqual(series.values, [2, 2, 2, 4, 4, 3, null, null, null, null]);
  const empty = bucketSeries([s(500, 1, {}, 'other')], axis, {
    name: 'g',
    metric: 'm',
    combine: 'sum',
    aggregate: 'last',
  });
  assert.ok(empty.values.every((v) => v === null));
});

test('a rate is the mean (or max) of its bucket; a bucket without samples has no value', () => {
  const axis = axisOf(0, 4000, 4);
  const samples = [s(1000, 2), s(1000, 99, {}, 'other'), s(2000, 4), s(2000, 6, { x: '1' }, 'n'), s(4000, 8)];
  assert.deepEqual(bucketSeries(samples, axis, { name: 'r', metric: 'm', combine: 'sum', aggregate: 'mean' }).values, [
    2,
    4,
    null,
    8,
  ]);
  const two = [s(500, 1), s(900, 5), s(1900, 3)];
  assert.deepEqual(bucketSeries(two, axis, { name: 'r', metric: 'm', combine: 'sum', aggregate: 'max' }).values, [
    5,
    3,
    null,
    null,
  ]);
});

test("label sets are combined per instant from each one's latest value: summed, averaged or the highest; stale ones dropped", () => {
  const axis = axisOf(0, 3000, 3);
  const samples = [s(1000, 1, { d: 'a' }), s(1000, 3, { d: 'b' }), s(2000, 5, { d: 'a' }), s(3000, 7, { d: 'c' })];
  const spec = { name: 'x', metric: 'm', aggregate: 'last' } as const;
  assert.deepEqual(bucketSeries(samples, axis, { ...spec, combine: 'sum' }).values, [4, 8, 15]);
  assert.deepEqual(bucketSeries(samples, axis, { ...spec, combine: 'mean' }).values, [2, 4, 5]);
  assert.deepEqual(bucketSeries(samples, axis, { ...spec, combine: 'max' }).values, [3, 5, 7]);
  // b last seen at 1000: older than 1500 ms at 3000, so it no longer counts there; a at 2000 still does.
  assert.deepEqual(bucketSeries(samples, axis, { ...spec, combine: 'sum' }, 1500).values, [4, 8, 12]);
  const where = bucketSeries(samples, axis, { ...spec, combine: 'sum', where: { d: 'a' } });
  assert.deepEqual(where.values, [1, 5, null], 'not carried past its own last sample');
});

test('niceCeiling: 1, 2, 5 × 10ⁿ at or above the peak; sparkline scales to the ceiling', () => {
  assert.equal(niceCeiling(0), 1);
  assert.equal(niceCeiling(4), 5);
  assert.equal(niceCeiling(5), 5);
  assert.equal(niceCeiling(5.01), 10);
  assert.equal(niceCeiling(2608), 5000);
  assert.equal(niceCeiling(Number.NaN), 1);
  assert.equal(sparkline([0, 5, 10, null], 10), '▁▅█ ');
});
