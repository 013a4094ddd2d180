// Kubernetes Events as occurrences: each new count is an entry with the event's own latest time; a re-list adds
// only what was not seen; list objects (Date) and watch objects (strings) read alike.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NamespaceEventSource, observedEvent, occurrences, timeOf } from '../../src/observe/event-source.ts';
import { TimelineRecorder } from '../../src/observe/timeline-recorder.ts';

const event = (uid: string, count: number, last: string | Date) => ({
  metadata: { uid, name: `e-${uid}`, creationTimestamp: '2026-01-01T00:00:00Z' },
  involvedObject: { kind: 'Pod', name: 'worker-1' },
  type: 'Warning',
  reason: 'FailedScheduling',
  message: '0/2 nodes are available: 2 Insufficient nvidia.com/gpu.',
  source: { component: 'default-scheduler' },
  firstTimestamp: '2026-01-01T00:00:00Z',
  lastTimestamp: last,
  count,
});

test('times as strings or Dates; the latest the event says; counts from count or series', () => {
  assert.equal(timeOf('2026-01-01T00:00:05Z'), Date.UTC(2026, 0, 1, 0, 0, 5));
  assert.equal(timeOf(new Date(Date.UTC(2026, 0, 1))), Date.UTC(2026, 0, 1));
  assert.equal(timeOf('nonsense'), undefined);
  assert.equal(timeOf(undefined), undefined);
  assert.equal(occurrences({ series: { count: 4 } }), 4);
  assert.equal(occurrences({}), 1);
  const e = observedEvent(event('u', 3, new Date(Date.UTC(2026, 0, 1, 0, 1))), 99)!;
  assert.deepEqual(e, {
    time: Date.UTC(2026, 0, 1, 0, 1),
    observedAt: 99,
    type: 'Warning',
    reason: 'FailedScheduling',
    message: '0/2 nodes are available: 2 Insufficient nvidia.com/gpu.',
    object: { kind: 'Pod', name: 'worker-1' },
    count: 3,
    component: 'default-scheduler',
  });
  assert.equal(
    observedEvent({ metadata: { uid: 'x' }, eventTime: '2026-01-01T00:00:07.123456Z' }, 0)!.time,
    Date.UTC(2026, 0, 1, 0, 0, 7, 123),
  );
  assert.equal(observedEvent({ metadata: {} }, 0), undefined);
});

test('repeats are entries; a re-list records only counts not seen; deletions are not occurrences', () => {
  const recorder = new TimelineRecorder();
  const source = new NamespaceEventSource(recorder);
  source.handlers.changed('ADDED', event('a', 1, '2026-01-01T00:00:01Z'), 10);
  source.handlers.changed('MODIFIED', event('a', 2, '2026-01-01T00:00:02Z'), 20);
  source.handlers.changed('MODIFIED', event('a', 2, '2026-01-01T00:00:02Z'), 21);
  source.handlers.changed('DELETED', event('a', 2, '2026-01-01T00:00:02Z'), 22);
  source.handlers.synced(
    [
      event('a', 2, '2026-01-01T00:00:02Z'),
      event('a', 2, '2026-01-01T00:00:02Z'),
      event('b', 1, '2026-01-01T00:00:03Z'),
      event('c', 5, '2026-01-01T00:00:04Z'),
    ],
    30,
  );
  const timeline = recorder.timeline({ namespace: 'ns', start: 0, end: 40, sources: [] });
  assert.deepEqual(
    timeline.events.map((e) => [e.count, e.observedAt]),
    [
      [1, 10],
      [2, 20],
      [1, 30],
      [5, 30],
    ],
  );
});
