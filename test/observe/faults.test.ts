// The observer under API trouble, against the sim's own record: injected 429/500/503 answers and watches the server
// keeps closing during a scale-up; connections reset before answers and mid-stream; a blackout long enough for the
// watch's resourceVersion to expire (HTTP 410, re-list); and the ERROR 410 event a real API server sends in the
// stream. The timeline may have gaps; it may not have a sample the sim contradicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { METRIC, planObservation, startObserver } from '../../src/observe/index.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { typeByKind } from '../../src/sim/api/resources.ts';
import { run, runUntil, simSession } from '../helpers/sim.ts';
import {
  podChangeLags,
  podMismatches,
  samplesInGaps,
  serveChangeLags,
  serveMismatches,
  simGpuSeconds,
} from './compare.ts';
import { LLM_DEPLOYMENT, SERVICE, dashboardUrl, deployServing, observeScaleUp } from './scenario.ts';
import { recordSim, series } from './sim-record.ts';
import { startUnreliableProxy } from './unreliable-proxy.ts';

const SERVE_METRICS = [METRIC.serveReplicas, METRIC.serveTargetReplicas];
const POD_METRICS = [METRIC.rayWorkerPods, METRIC.gpusRequested, METRIC.gpuSeconds];

test('429/500/503 on a quarter of its requests and watches cut every 1.5 s: the timeline matches the sim, with its gaps marked', async (t) => {
  const NS = 'observe-faults';
  const faults = {
    rate: 0.25,
    paths: `/namespaces/${NS}/(pods|events)$|head-svc:8265/proxy`,
    codes: [429, 500, 503],
    dropWatchesAfterMs: 1500,
  };
  const session = await simSession({ clock: new ManualClock(), faults });
  let loadDone: Promise<void> | undefined;
  try {
    await deployServing(session, NS);
    const scenario = await observeScaleUp(session, NS);
    loadDone = scenario.loadDone;
    const { timeline, record } = scenario;

    assert.deepEqual(serveMismatches(timeline, record, LLM_DEPLOYMENT), []);
    for (const phase of ['Running', 'Pending', 'Terminating'])
      assert.deepEqual(podMismatches(timeline, record, phase), [], phase);
    assert.deepEqual(samplesInGaps(timeline, 'serve', SERVE_METRICS), []);
    assert.deepEqual(samplesInGaps(timeline, 'pods', POD_METRICS), []);

    const serveGaps = timeline.gaps.filter((g) => g.source === 'serve');
    assert.ok(serveGaps.length > 0, 'a quarter of the polls failed: the serve source has gaps');
    assert.ok(
      serveGaps.every((g) => /HTTP (429|500|503)/.test(g.reason)),
      serveGaps.map((g) => g.reason).join('\n'),
    );
    const replicas = serveChangeLags(timeline, record, LLM_DEPLOYMENT, 'RUNNING');
    assert.deepEqual(replicas.missed, []);
    const pods = podChangeLags(timeline, record);
    assert.deepEqual(pods.missed, []);
    assert.ok(pods.seen + pods.inGaps >= 2);

    // GPU-seconds over the time the pods source could see equal the sim's over the same time.
    const podGaps = timeline.gaps.filter((g) => g.source === 'pods');
    const expected = simGpuSeconds(record, timeline.start, timeline.end, podGaps);
    const observed = series(timeline, METRIC.gpuSeconds, { group: 'gpu' }).at(-1)!.value;
    assert.ok(
      Math.abs(observed - expected) <= 1,
      `GPU-seconds ${observed}, sim ${expected.toFixed(2)} over the observed time`,
    );

    const gapSeconds = (source: string) =>
      timeline.gaps.filter((g) => g.source === source).reduce((s, g) => s + (g.to - g.from) / 1000, 0);
    t.diagnostic(
      `${((timeline.end - timeline.start) / 1000).toFixed(1)} simulated s; gaps: serve ${serveGaps.length} (${gapSeconds('serve').toFixed(1)} s), pods ${podGaps.length} (${gapSeconds('pods').toFixed(1)} s), events ${timeline.gaps.filter((g) => g.source === 'events').length}; ` +
        `replica changes seen ${replicas.seen} (worst ${replicas.worstLagMs} ms) + ${replicas.inGaps} in gaps; pod changes seen ${pods.seen} (worst ${pods.worstLagMs} ms) + ${pods.inGaps} in gaps; GPU-seconds ${observed} vs sim ${expected.toFixed(2)}`,
    );
  } finally {
    await session.stop();
    await loadDone;
  }
});

test('resets, a blackout past the watch history (410, re-list), and an ERROR 410 event in the stream', async (t) => {
  const NS = 'observe-410';
  const session = await simSession({ clock: new ManualClock() });
  const { sim } = session;
  const proxy = await startUnreliableProxy(sim.url, () => sim.clock.now());
  const planned = planObservation({ namespace: NS, rayService: SERVICE });
  assert.ok(planned.ok);
  let observer: ReturnType<typeof startObserver> | undefined;
  const record = recordSim(sim, NS);
  try {
    await deployServing(session, NS);
    observer = startObserver(planned.plan, {
      kubeConfig: proxy.kubeConfig(),
      dashboardUrl: dashboardUrl(session, NS),
      clock: sim.clock,
    });
    await run(sim, 3);

    // Resets: a third of the requests, and every pods watch cut each second for 10 s. (A watch's gap starts one
    // interval after it broke: what it held is current that long.)
    proxy.resetRate = 0.3;
    for (let i = 0; i < 10; i++) {
      proxy.cutWatches('/pods');
      await run(sim, 1);
    }
    proxy.resetRate = 0;
    await run(sim, 2);

    // A blackout: the worker is replaced meanwhile, and 6000 writes push the watch's resourceVersion out of the
    // sim's history (5000 events), so the resumed watch is answered 410 and the observer must re-list.
    const blackoutFrom = sim.clock.now();
    proxy.block();
    const POD = typeByKind('v1', 'Pod')!;
    const worker = sim.store.list(POD, NS).find((p) => p.metadata.labels?.['ray.io/node-type'] === 'worker')!;
    sim.store.delete(POD, NS, worker.metadata.name, { gracePeriodSeconds: 0 });
    const CONFIGMAP = typeByKind('v1', 'ConfigMap')!;
    for (let i = 0; i < 6000; i++)
      sim.store.create(CONFIGMAP, NS, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `churn-${i}` } as never,
        data: {},
      });
    await run(sim, 5);
    proxy.unblock();
    const blackoutTo = sim.clock.now();
    await runUntil(
      sim,
      'the replaced worker Running again',
      () =>
        sim.store
          .list(POD, NS)
          .some(
            (p) =>
              p.metadata.labels?.['ray.io/node-type'] === 'worker' &&
              p.metadata.name !== worker.metadata.name &&
              (p.status as { phase?: string })?.phase === 'Running',
          ),
      { maxSimSeconds: 120 },
    );
    await run(sim, 3);

    // A real API server's way of saying 410: a 200 and an ERROR event. The pods watch is cut to make it re-watch.
    const listsBefore = proxy.requests.filter((r) => !r.watch && r.path.endsWith('/pods')).length;
    proxy.goneOnNextWatch('/pods');
    proxy.cutWatches('/pods');
    await run(sim, 3);
    const listsAfter = proxy.requests.filter((r) => !r.watch && r.path.endsWith('/pods')).length;
    assert.ok(
      proxy.requests.some((r) => r.outcome === 'gone-event'),
      'the ERROR 410 event was served',
    );
    assert.ok(listsAfter > listsBefore, 'the ERROR 410 event made the observer re-list');

    const timeline = await observer.stop();
    assert.ok(
      proxy.requests.filter((r) => r.outcome === 'reset' || r.outcome === 'cut').length >= 10,
      'connections were reset',
    );
    assert.ok(
      proxy.requests.some((r) => r.watch && r.outcome === 410),
      'the resumed watch was answered 410 Gone',
    );

    const podGaps = timeline.gaps.filter((g) => g.source === 'pods');
    const blackout = podGaps.find((g) => g.from <= blackoutFrom + 1100 && g.to >= blackoutTo);
    assert.ok(
      blackout,
      `a pods gap over the blackout ${blackoutFrom - timeline.start}..${blackoutTo - timeline.start}: ${JSON.stringify(podGaps.map((g) => ({ ...g, from: g.from - timeline.start, to: g.to - timeline.start })))}`,
    );
    assert.match(blackout.reason, /connection failed|410 Gone/);
    // Within the backoff's longest wait (5 s) and a tick of the stepped clock.
    assert.ok(blackout.to - blackoutTo <= 5100, `re-listed ${blackout.to - blackoutTo} ms after the blackout ended`);
    assert.ok(
      podGaps.some((g) => /410 Gone/.test(g.reason)),
      'the re-lists after 410 are recorded as gaps',
    );
    assert.ok(
      timeline.gaps.some((g) => g.source === 'events' && g.from <= blackoutFrom + 1100 && g.to >= blackoutTo),
      'the events source was blind through the blackout too',
    );

    for (const phase of ['Running', 'Pending', 'Terminating'])
      assert.deepEqual(podMismatches(timeline, record, phase), [], phase);
    assert.deepEqual(samplesInGaps(timeline, 'pods', POD_METRICS), []);
    assert.deepEqual(podChangeLags(timeline, record).missed, []);
    // Nothing was written for the blackout, and the worker's replacement shows after it.
    const running = series(timeline, METRIC.rayWorkerPods, { phase: 'Running' });
    assert.ok(!running.some((s) => s.time > blackout.from && s.time < blackout.to));
    assert.equal(running.at(-1)!.value, 1);
    const replaced = timeline.events.filter((e) => e.reason === 'CreatedWorkerPod' && e.time >= blackoutFrom);
    assert.ok(replaced.length >= 1, "the replacement pod's event, recovered by the re-list");
    t.diagnostic(
      `${proxy.requests.length} API requests through the proxy, ${proxy.requests.filter((r) => r.outcome === 'reset' || r.outcome === 'cut').length} reset; pods gaps: ${podGaps.map((g) => `${g.to - g.from} ms (${g.reason})`).join('; ')}`,
    );
  } finally {
    record.stop();
    await observer?.stop();
    await proxy.stop();
    await session.stop();
  }
});
