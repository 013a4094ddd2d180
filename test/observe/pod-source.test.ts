// The pods source on its own: changes heard together written once as they leave things, ticks while it can see,
// and GPU-seconds closed at the start of a gap — whether a tick saw the gap begin or it came and went between two.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPodSource } from '../../src/observe/pod-source.ts';
import { SourceHealth } from '../../src/observe/source-health.ts';
import { TimelineRecorder } from '../../src/observe/timeline-recorder.ts';
import type { Gap } from '../../src/observe/index.ts';

const pod = (name: string, phase: string) => ({
  metadata: { name, uid: name, labels: { 'ray.io/cluster': 'c', 'ray.io/group': 'gpu' } },
  spec: { containers: [{ resources: { limits: { 'nvidia.com/gpu': '1' } } }] },
  status: { phase },
});
const turn = () => new Promise((resolve) => setImmediate(resolve));

function source() {
  const recorder = new TimelineRecorder();
  const gaps: Gap[] = [];
  const health = new SourceHealth({ source: 'pods', startAt: 0, minGapMs: 1000, record: (g) => gaps.push(g) });
  const pods = new WorkerPodSource({ recorder, health, intervalMs: 1000 });
  const series = (metric: string, phase?: string) =>
    recorder
      .timeline({ namespace: 'ns', start: 0, end: 0, sources: [] })
      .samples.filter((s) => s.metric === metric && (phase === undefined || s.labels['phase'] === phase))
      .map((s) => [s.time, s.value]);
  return { health, pods, gaps, series };
}

test('a replayed burst is written once, as it leaves things', async () => {
  const { health, pods, series } = source();
  health.ok(0);
  pods.handlers.synced([pod('a', 'Running')], 0);
  pods.handlers.changed('ADDED', pod('b', 'Pending'), 500);
  pods.handlers.changed('ADDED', pod('c', 'Pending'), 500);
  pods.handlers.changed('MODIFIED', pod('b', 'Running'), 510);
  await turn();
  pods.tick(1000);
  assert.deepEqual(series('ray_worker_pods', 'Pending'), [
    [0, 0],
    [510, 1],
    [1000, 1],
  ]);
  assert.deepEqual(series('ray_worker_pods', 'Running'), [
    [0, 1],
    [510, 2],
    [1000, 2],
  ]);
  assert.deepEqual(series('gpu_seconds'), [
    [0, 0],
    [510, 0.51],
    [1000, 1.49],
  ]);
});

test('GPU-seconds stop where a gap begins, seen by a tick or only at the recovery', () => {
  const { health, pods, gaps, series } = source();
  health.ok(0);
  pods.handlers.synced([pod('a', 'Running'), pod('b', 'Running')], 0);
  // Down at 1.5 s, still down at the 3 s tick: the gap starts at 2.5 s, GPU-seconds written there.
  health.failed('the server ended the watch', 1500);
  pods.tick(2000);
  pods.tick(3000);
  health.ok(4000);
  pods.tick(5000);
  // Down at 5.2 s and back at 6.4 s with no tick between: a gap from 6.2 s, closed at the recovery.
  health.failed('the server ended the watch', 5200);
  health.ok(6400);
  pods.tick(7000);
  pods.finish(7500);
  assert.deepEqual(
    gaps.map((g) => [g.from, g.to]),
    [
      [2500, 4000],
      [6200, 6400],
    ],
  );
  // 2 GPUs: 0–2.5 s, 4–6.2 s, 6.4–7.5 s.
  assert.deepEqual(series('gpu_seconds'), [
    [0, 0],
    [2000, 4],
    [2500, 5],
    [5000, 7],
    [6200, 9.4],
    [7000, 10.6],
    [7500, 11.6],
  ]);
  assert.deepEqual(
    series('ray_worker_pods', 'Running').map(([t]) => t),
    [0, 2000, 5000, 7000, 7500],
    'nothing written while blind past the resolution',
  );
});
