// The sample stream: ordered by time in the Timeline, subscribers see each sample as it comes (a throwing one does
// not stop it), values that are not numbers are not kept, and past its bounds it counts what it drops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContract } from '../../src/contracts/index.ts';
import { TIMELINE } from '../../src/observe/index.ts';
import { TimelineRecorder } from '../../src/observe/timeline-recorder.ts';

test('ordered, subscribed, finite only, and a valid Timeline', async () => {
  const recorder = new TimelineRecorder();
  const seen: number[] = [];
  const unsubscribe = recorder.subscribe((s) => seen.push(s.value));
  recorder.subscribe(() => {
    throw new Error('a consumer bug');
  });
  recorder.sample({ time: 2000, metric: 'm', labels: {}, value: 2 });
  recorder.sample({ time: 1000.4, metric: 'm', labels: { a: 'b' }, value: 1 });
  recorder.sample({ time: 3000, metric: 'm', labels: {}, value: Number.NaN });
  unsubscribe();
  recorder.sample({ time: 500, metric: 'load', labels: {}, value: 0 });
  recorder.gap({ source: 'serve', from: 1500, to: 1500, reason: 'empty spans are not gaps' });
  recorder.gap({ source: 'pods', from: 1200.6, to: 1800, reason: 'down' });
  assert.deepEqual(seen, [2, 1]);
  const timeline = recorder.timeline({
    namespace: 'ns',
    start: 0,
    end: 4000,
    sources: [{ name: 'serve', intervalMs: 1000, target: 'x' }],
  });
  assert.deepEqual(
    timeline.samples.map((s) => s.time),
    [500, 1000, 2000],
  );
  assert.deepEqual(timeline.gaps, [{ source: 'pods', from: 1201, to: 1800, reason: 'down' }]);
  assert.equal(timeline.dropped, undefined);
  assert.ok((await checkContract('timeline', TIMELINE, JSON.parse(JSON.stringify(timeline)))).ok);
});

test('past its bounds the recorder counts drops, and the Timeline says so', () => {
  const recorder = new TimelineRecorder({ maxSamples: 2, maxEvents: 1 });
  for (let i = 0; i < 5; i++) recorder.sample({ time: i, metric: 'm', labels: {}, value: i });
  const e = {
    time: 0,
    observedAt: 0,
    type: 'Normal',
    reason: 'R',
    message: '',
    object: { kind: 'Pod', name: 'p' },
    count: 1,
  };
  recorder.event(e);
  recorder.event(e);
  recorder.dropEvent();
  assert.deepEqual(recorder.timeline({ namespace: 'ns', start: 0, end: 5, sources: [] }).dropped, {
    samples: 3,
    events: 2,
  });
});
