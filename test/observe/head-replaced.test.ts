// The Ray head pod deleted mid-observation while the observer reaches the dashboard through the head Service (the API
// server's service proxy picks the head anew for every request): the serve source has a gap from the moment the
// dashboard stops answering until the new head serves, then samples resume and match the sim; the Kubernetes
// sources see it all. (Through openReach's port-forward the sim shows no outage at all: its forward streams to a
// deleted pod stay open, where a kubelet would end them.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { METRIC, planObservation, startObserver, type Observer } from '../../src/observe/index.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { run, runUntil, simSession } from '../helpers/sim.ts';
import { podMismatches, samplesInGaps, serveMismatches } from './compare.ts';
import { LLM_DEPLOYMENT, SERVICE, dashboardUrl, deployServing } from './scenario.ts';
import { recordSim, series } from './sim-record.ts';

const NS = 'observe-head';

test('the head pod replaced mid-observation: a serve gap while no dashboard answers, then the new head is observed', async (t) => {
  const session = await simSession({ clock: new ManualClock() });
  const { sim } = session;
  const core = session.kc.makeApiClient(k8s.CoreV1Api);
  const record = recordSim(sim, NS);
  let observer: Observer | undefined;
  try {
    await deployServing(session, NS);
    const heads = async () =>
      (await core.listNamespacedPod({ namespace: NS, labelSelector: 'ray.io/node-type=head' })).items;
    const old = (await heads())[0]!;
    const planned = planObservation({ namespace: NS, rayService: SERVICE });
    assert.ok(planned.ok);
    observer = startObserver(planned.plan, {
      kubeConfig: session.kc,
      dashboardUrl: dashboardUrl(session, NS),
      clock: sim.clock,
    });
    await run(sim, 5);

    const deletedAt = sim.clock.now();
    await core.deleteNamespacedPod({ namespace: NS, name: old.metadata!.name! });
    // Until a new head serves the dashboard through the same forward, and a few seconds more.
    const replacement = await runUntil(
      sim,
      'a new head pod Running',
      async () =>
        (await heads()).find(
          (p) =>
            p.metadata!.name !== old.metadata!.name && p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp,
        ),
      { maxSimSeconds: 120, checkEveryMs: 500 },
    );
    const replacedAt = sim.clock.now();
    await runUntil(
      sim,
      'the observer polling the new head',
      () =>
        observer!.snapshot().samples.some((s) => s.metric === METRIC.serveTargetReplicas && s.time > replacedAt) ||
        undefined,
      { maxSimSeconds: 60 },
    );
    await run(sim, 3);
    const timeline = await observer.stop();

    const serveGaps = timeline.gaps.filter((g) => g.source === 'serve');
    const outage = serveGaps.find((g) => g.from >= deletedAt - 1000 && g.to >= replacedAt);
    assert.ok(
      outage,
      `a serve gap from the deletion (+${deletedAt - timeline.start} ms) past the new head (+${replacedAt - timeline.start} ms): ${JSON.stringify(serveGaps.map((g) => ({ ...g, from: g.from - timeline.start, to: g.to - timeline.start })))}`,
    );
    assert.ok(outage.to - replacedAt <= 10_000, `recovered ${outage.to - replacedAt} ms after the new head ran`);
    assert.match(outage.reason, /dashboard \/api\/serve\/applications\/: (connection failed|HTTP 5\d\d|no answer)/);
    assert.deepEqual(samplesInGaps(timeline, 'serve', [METRIC.serveReplicas, METRIC.serveTargetReplicas]), []);
    assert.deepEqual(serveMismatches(timeline, record, LLM_DEPLOYMENT), []);
    const after = series(timeline, METRIC.serveReplicas, { deployment: LLM_DEPLOYMENT, state: 'RUNNING' }).filter(
      (s) => s.time >= outage.to,
    );
    assert.ok(after.length >= 2 && after.every((s) => s.value === 1), 'the replica is seen RUNNING again');

    // The API server never went away: no pods gap, worker counts right throughout, and the replacement's events.
    assert.deepEqual(
      timeline.gaps.filter((g) => g.source !== 'serve'),
      [],
    );
    assert.deepEqual(podMismatches(timeline, record, 'Running'), []);
    const created = timeline.events.find(
      (e) => e.reason === 'CreatedHeadPod' && e.message.includes(replacement.metadata!.name!),
    );
    assert.ok(created && created.time >= deletedAt - 1000, "KubeRay's CreatedHeadPod event for the new head");
    assert.ok(
      timeline.events.some((e) => e.reason === 'Killing' && e.object.name === old.metadata!.name),
      "the old head's Killing event",
    );
    t.diagnostic(
      `serve gap ${outage.to - outage.from} ms (${outage.reason}); new head Running ${replacedAt - deletedAt} ms after the deletion`,
    );
  } finally {
    record.stop();
    await observer?.stop();
    await session.stop();
  }
});
