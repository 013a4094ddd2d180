// The observer against the sim with the real client-node, on the sim's ManualClock: a scale-up seen as it happened —
// Serve's target and replicas within a poll of the controller's own record, worker pods and GPUs within the tick
// the store changed them, GPU-seconds as the sim's pods integrate, events, and a Timeline that passes its contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkContract } from '../../src/contracts/index.ts';
import { METRIC, TIMELINE, timelineCsv } from '../../src/observe/index.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { simSession } from '../helpers/sim.ts';
import { LLM_DEPLOYMENT, SERVICE, deployServing, observeScaleUp } from './scenario.ts';
import { at, series } from './sim-record.ts';

const NS = 'observe-1';

test('observing a scale-up: target, replicas, worker pods, GPUs and events as the sim recorded them', async (t) => {
  const session = await simSession({ clock: new ManualClock() });
  let loadDone: Promise<void> | undefined;
  try {
    await deployServing(session, NS);
    const run = await observeScaleUp(session, NS);
    loadDone = run.loadDone;
    const { timeline, record } = run;
    assert.ok((await checkContract('timeline', TIMELINE, JSON.parse(JSON.stringify(timeline)))).ok);
    assert.deepEqual(timeline.gaps, [], 'no faults, no gaps');
    assert.equal(timeline.namespace, NS);
    assert.equal(timeline.rayService, SERVICE);

    // Serve's target: 1 until the controller decided 3, then 3 — seen within a poll (1 s) of the decision.
    const target = series(timeline, METRIC.serveTargetReplicas, { app: SERVICE, deployment: LLM_DEPLOYMENT });
    const up = run.decisions.find((d) => d.to === 3)!;
    assert.ok(up, `decisions: ${JSON.stringify(run.decisions)}`);
    assert.ok(target.filter((s) => s.time < up.t).every((s) => s.value === 1));
    const seenUp = target.find((s) => s.value === 3)!;
    assert.ok(
      seenUp.time >= up.t && seenUp.time - up.t <= 1100,
      `target 3 decided at ${up.t}, first seen ${seenUp.time - up.t} ms later`,
    );

    // Every Serve sample equals what the controller held when the dashboard answered (within the poll's tick).
    for (const s of timeline.samples.filter(
      (x) => x.metric === METRIC.serveReplicas && x.labels['deployment'] === LLM_DEPLOYMENT,
    )) {
      const truth = at(record.serve, s.time)!.deployments[LLM_DEPLOYMENT]!;
      const expected = truth.states[s.labels['state']!] ?? 0;
      const before = at(record.serve, s.time - 100)!.deployments[LLM_DEPLOYMENT]!.states[s.labels['state']!] ?? 0;
      assert.ok(
        s.value === expected || s.value === before,
        `${s.labels['state']} at ${s.time}: ${s.value}, sim ${before}→${expected}`,
      );
    }
    const running = series(timeline, METRIC.serveReplicas, { deployment: LLM_DEPLOYMENT, state: 'RUNNING' });
    assert.equal(running.at(-1)!.value, 3);
    assert.ok(
      series(timeline, METRIC.serveReplicas, { deployment: LLM_DEPLOYMENT, state: 'STARTING' }).some(
        (s) => s.value > 0,
      ),
      'replicas seen STARTING',
    );

    // Worker pods: each change the store made shows in the timeline within a second, with the same counts.
    const podSamples = (phase: string) => series(timeline, METRIC.rayWorkerPods, { group: 'gpu', phase });
    let worstLag = 0;
    const changes = record.pods.filter(
      (p, i) => p.t >= timeline.start && (p.phases['Running'] ?? 0) !== (record.pods[i - 1]?.phases['Running'] ?? 0),
    );
    assert.ok(changes.length >= 2, 'the scale-up changed the Running workers');
    for (const truth of changes) {
      const seen = podSamples('Running').find(
        (s) => s.time >= Math.floor(truth.t) && s.value === (truth.phases['Running'] ?? 0),
      );
      assert.ok(seen, `Running ${truth.phases['Running'] ?? 0} at ${truth.t} never seen`);
      worstLag = Math.max(worstLag, seen.time - truth.t);
    }
    assert.ok(worstLag <= 1000, `a pod change showed ${worstLag} ms late`);
    for (const s of podSamples('Running'))
      assert.equal(s.value, at(record.pods, s.time)!.phases['Running'] ?? 0, `Running at ${s.time}`);
    assert.equal(podSamples('Running').at(-1)!.value, 3);
    assert.ok(
      podSamples('Pending').some((s) => s.value > 0),
      'new workers seen Pending first',
    );

    // GPUs held and GPU-seconds: the sim's Running pods' GPUs integrated over the observed span.
    const gpus = series(timeline, METRIC.gpusRequested, { group: 'gpu' });
    assert.equal(gpus.at(-1)!.value, 3);
    let expectedGpuSeconds = 0;
    for (let i = 0; i < record.pods.length; i++) {
      const from = Math.max(record.pods[i]!.t, timeline.start);
      const to = Math.min(record.pods[i + 1]?.t ?? timeline.end, timeline.end);
      if (to > from) expectedGpuSeconds += (record.pods[i]!.gpus * (to - from)) / 1000;
    }
    const gpuSeconds = series(timeline, METRIC.gpuSeconds, { group: 'gpu' }).at(-1)!;
    assert.equal(gpuSeconds.time, timeline.end);
    assert.ok(
      Math.abs(gpuSeconds.value - expectedGpuSeconds) <= 1,
      `GPU-seconds ${gpuSeconds.value}, sim ${expectedGpuSeconds.toFixed(1)} (a watch delivers a change within a tick of 100 ms per GPU)`,
    );

    // Events: the new workers' scheduling and the autoscaler's doing, with the sim's own timestamps.
    const reasons = new Set(timeline.events.map((e) => e.reason));
    for (const reason of ['Scheduled', 'Pulling', 'Started', 'CreatedWorkerPod'])
      assert.ok(reasons.has(reason), `no ${reason} event among ${[...reasons].join(', ')}`);
    assert.ok(
      timeline.events.some(
        (e) => e.object.kind === 'Pod' && e.object.name.includes('-gpu-worker-') && e.time >= run.loadStart,
      ),
    );

    const csv = timelineCsv(timeline).split('\r\n');
    assert.equal(csv[0], 'time,time_ms,metric,app,deployment,state,cluster,group,phase,value');
    assert.equal(csv.length - 2, timeline.samples.length);
    t.diagnostic(
      `${timeline.samples.length} samples and ${timeline.events.length} events over ${(timeline.end - timeline.start) / 1000} simulated s; worst pod lag ${worstLag} ms; target seen ${seenUp.time - up.t} ms after the decision; GPU-seconds ${gpuSeconds.value} (sim ${expectedGpuSeconds.toFixed(2)})`,
    );
  } finally {
    await session.stop();
    await loadDone;
  }
});
