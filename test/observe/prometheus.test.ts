// The prometheus source against a real Prometheus scraping the sim's DCGM series each second, on wall time: per-GPU
// utilisation and memory of the worker pod arrive at the query step, busy during load; a Prometheus that cannot be
// reached is a gap per query, never a made-up value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { METRIC, WALL_CLOCK, planObservation, startObserver, type Observer } from '../../src/observe/index.ts';
import { freePort, startPrometheus, type RunningPrometheus } from '../helpers/prometheus.ts';
import { simSession } from '../helpers/sim.ts';
import { dashboardUrl, deployServingOnWallTime } from './scenario.ts';

const NS = 'observe-prom';
/** The sim's L40S: 46068 MiB, 90 % of it taken by a loaded model (vLLM's default gpu_memory_utilization). */
const LOADED_BYTES = Math.round(46068 * 0.9) * 2 ** 20;

test('GPU utilisation and memory per GPU from a real Prometheus, and a gap when it cannot be reached', async (t) => {
  const session = await simSession();
  let prometheus: RunningPrometheus | undefined;
  let observer: Observer | undefined;
  try {
    prometheus = await startPrometheus([session.sim.url.replace('http://', '')]);
    const serve = await deployServingOnWallTime(session, NS);
    const planned = planObservation({
      namespace: NS,
      prometheus: { url: prometheus.url, intervalMs: 2000, lagMs: 2000 },
    });
    assert.ok(planned.ok, JSON.stringify(planned));
    observer = startObserver(planned.plan, {
      kubeConfig: session.kc,
      dashboardUrl: dashboardUrl(session, NS),
      clock: WALL_CLOCK,
    });
    // Load for a few seconds, bounded in count and time, so some scrapes see a busy GPU.
    const deadline = Date.now() + 5000;
    for (let i = 0; i < 60 && Date.now() < deadline; i++) await serve.chat(300);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const timeline = await observer.stop();

    const util = timeline.samples.filter((s) => s.metric === METRIC.gpuUtilization);
    const memory = timeline.samples.filter((s) => s.metric === METRIC.gpuMemoryUsed);
    assert.ok(util.length >= 5 && memory.length >= 5, `${util.length} utilisation and ${memory.length} memory samples`);
    for (const s of [...util, ...memory]) {
      assert.match(s.labels['pod']!, /^llama32-3b-autoscale-[a-z0-9]{5}-gpu-worker-[a-z0-9]{5}$/);
      assert.equal(s.labels['gpu'], '0');
      assert.ok(s.time >= timeline.start && s.time <= timeline.end);
      assert.equal(s.time % 1000, 0, 'at the 1 s query step');
    }
    assert.ok(
      util.some((s) => s.value > 5),
      `the GPU was busy during the load: ${[...new Set(util.map((s) => s.value))].join(', ')}`,
    );
    assert.ok(util.every((s) => s.value >= 0 && s.value <= 100));
    assert.ok(
      memory.some((s) => s.value === LOADED_BYTES),
      `memory in bytes (${LOADED_BYTES} with the model loaded): ${[...new Set(memory.map((s) => s.value))].join(', ')}`,
    );
    assert.deepEqual(
      timeline.gaps.filter((g) => g.source === 'prometheus'),
      [],
    );
    assert.ok(
      timeline.sources.some(
        (s) => s.name === 'prometheus' && s.target.includes(`DCGM_FI_DEV_GPU_UTIL{namespace="${NS}"}`),
      ),
    );

    // A Prometheus nobody answers at: each query's whole span is a gap that says why.
    const nowhere = `http://127.0.0.1:${await freePort()}`;
    const unreachable = planObservation({ namespace: NS, prometheus: { url: nowhere, intervalMs: 1000, lagMs: 0 } });
    assert.ok(unreachable.ok);
    observer = startObserver(unreachable.plan, {
      kubeConfig: session.kc,
      dashboardUrl: dashboardUrl(session, NS),
      clock: WALL_CLOCK,
      finishTimeoutMs: 5000,
    });
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const blind = await observer.stop();
    assert.equal(
      blind.samples.filter((s) => s.metric === METRIC.gpuUtilization || s.metric === METRIC.gpuMemoryUsed).length,
      0,
    );
    const gaps = blind.gaps.filter((g) => g.source === 'prometheus');
    assert.deepEqual(gaps.map((g) => g.metric).sort(), [METRIC.gpuMemoryUsed, METRIC.gpuUtilization]);
    for (const g of gaps) {
      assert.match(g.reason, /query_range for gpu_.*: connection failed \(ECONNREFUSED\)/);
      assert.ok(g.from - blind.start < 1000 && g.to === blind.end, JSON.stringify(g));
    }
    t.diagnostic(
      `${util.length} utilisation samples (max ${Math.max(...util.map((s) => s.value))} %), ${memory.length} memory samples over ${((timeline.end - timeline.start) / 1000).toFixed(1)} s`,
    );
  } finally {
    await observer?.stop();
    await prometheus?.stop();
    await session.stop();
  }
});
