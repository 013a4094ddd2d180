// Source outages as gaps: a poll's gap starts where it failed, a watch's one resolution later; short outages are
// no gaps; reasons name the causes in order and count the failures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SourceHealth } from '../../src/observe/source-health.ts';
import type { Gap } from '../../src/observe/index.ts';

test('a poll that fails is a gap from that poll to the next good one', () => {
  const gaps: Gap[] = [];
  const h = new SourceHealth({ source: 'serve', startAt: 0, minGapMs: 0, record: (g) => gaps.push(g) });
  h.ok(1000);
  h.failed('HTTP 503', 2000);
  h.failed('HTTP 503', 2250);
  h.failed('connection failed (ECONNRESET)', 2750);
  assert.equal(h.downSince, 2000);
  h.ok(3100);
  assert.deepEqual(gaps, [
    { source: 'serve', from: 2000, to: 3100, reason: 'HTTP 503; then connection failed (ECONNRESET) (3 failures)' },
  ]);
  assert.equal(h.downSince, undefined);
});

test('a watch down for less than its resolution is no gap; longer, the gap starts one resolution in', () => {
  const gaps: Gap[] = [];
  const recoveries: [number, number | undefined][] = [];
  const h = new SourceHealth({ source: 'pods', startAt: 0, minGapMs: 1000, record: (g) => gaps.push(g) });
  h.onRecovery((at, gapFrom) => recoveries.push([at, gapFrom]));
  h.ok(100);
  h.failed('the server ended the watch', 5000);
  h.ok(5200);
  h.failed('connection failed (UND_ERR_SOCKET)', 8000);
  h.ok(12_000);
  assert.deepEqual(gaps, [{ source: 'pods', from: 9000, to: 12_000, reason: 'connection failed (UND_ERR_SOCKET)' }]);
  assert.deepEqual(recoveries, [
    [5200, undefined],
    [12_000, 9000],
  ]);
});

test('an outage open at the end is a gap to the end', () => {
  const gaps: Gap[] = [];
  const h = new SourceHealth({
    source: 'prometheus',
    metric: 'gpu_utilization_percent',
    startAt: 0,
    minGapMs: 0,
    record: (g) => gaps.push(g),
  });
  h.failed('nobody home');
  h.finish(4000);
  assert.deepEqual(gaps, [
    { source: 'prometheus', metric: 'gpu_utilization_percent', from: 0, to: 4000, reason: 'nobody home' },
  ]);
});

test('a watch that has not seen anything yet has nothing to stay current: its first outage is a gap from the start', () => {
  const gaps: Gap[] = [];
  const h = new SourceHealth({ source: 'pods', startAt: 0, minGapMs: 1000, record: (g) => gaps.push(g) });
  h.failed('listing pods in ns: HTTP 429');
  h.ok(1700);
  assert.deepEqual(gaps, [{ source: 'pods', from: 0, to: 1700, reason: 'listing pods in ns: HTTP 429' }]);
});
