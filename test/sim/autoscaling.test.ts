// Autoscaling end to end on the sim, on a clock the test steps: N concurrent long requests drive Serve to
// ceil(N / target_ongoing_requests) replicas after upscale_delay_s, GPU worker pods follow through the Ray
// autoscaler and KubeRay, and both return to their minimums after downscale_delay_s and idleTimeoutSeconds.
// Real HTTP clients (fetch, client-node) talk to the sim; simulated time moves only between their requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { ManualClock } from '../../src/sim/index.ts';
import { deployExample, runUntil, serviceUrl, simSession } from '../helpers/sim.ts';

const NS = 'scale-1';
const CONCURRENCY = 3; // target_ongoing_requests is 1 in the example: expect 3 replicas (max_replicas is 4)
const AUTOSCALING = 'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config';

interface Deployment {
  target_num_replicas: number;
  replicas: { state: string }[];
}

test('load scales Serve replicas and GPU workers up after the delays, and back down when it stops', async (t) => {
  const session = await simSession({ clock: new ManualClock() });
  const { sim } = session;
  const stopLoad = { value: false };
  let workersDone: Promise<void>[] = [];
  try {
    await deployExample(session, NS, [
      `${AUTOSCALING}.downscale_delay_s=60`,
      'spec.rayClusterConfig.autoscalerOptions.idleTimeoutSeconds=20',
    ]);
    const serve = (path: string) => serviceUrl(session, NS, 'llama32-3b-autoscale-serve-svc', 8000, path);
    const deployment = async () => {
      const details = (await (
        await fetch(serviceUrl(session, NS, 'llama32-3b-autoscale-head-svc', 8265, '/api/serve/applications/'))
      ).json()) as any;
      return details.applications?.['llama32-3b-autoscale']?.deployments?.['LLMDeploymentLlama-3_2-3B-Instruct'] as
        Deployment | undefined;
    };
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    const workers = async () =>
      (await core.listNamespacedPod({ namespace: NS, labelSelector: 'ray.io/node-type=worker' })).items.filter(
        (p) => !p.metadata?.deletionTimestamp,
      );
    // Checks over HTTP once a simulated second: as often as the Serve dashboard is worth asking.
    const every = { checkEveryMs: 1000 };
    await runUntil(
      sim,
      'serving /v1/models',
      async (saw) => {
        const response = await fetch(serve('/v1/models'));
        await response.arrayBuffer();
        saw(`HTTP ${response.status}`);
        return response.ok || undefined;
      },
      { maxSimSeconds: 300, ...every },
    );
    assert.equal((await deployment())!.target_num_replicas, 1);

    // Closed-loop load: each worker sends long requests back to back, bounded in count and in simulated time.
    const loadStart = sim.clock.now();
    const loadDeadline = loadStart + 900_000;
    let sent = 0;
    const statuses: number[] = [];
    const failures: unknown[] = [];
    let finished = 0;
    // A worker never rejects: what goes wrong is kept for the assertions, and sim.stop() after a failed assertion
    // ends its request, so it ends too.
    workersDone = Array.from({ length: CONCURRENCY }, async () => {
      try {
        while (!stopLoad.value && sim.clock.now() < loadDeadline && sent < 5000) {
          sent++;
          const response = await fetch(serve('/v1/chat/completions'), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({
              model: 'Llama-3.2-3B-Instruct',
              messages: [{ role: 'user', content: 'Describe the moon.' }],
              max_tokens: 2000,
            }),
          });
          statuses.push(response.status);
          await response.arrayBuffer();
        }
      } catch (error) {
        failures.push(error);
      } finally {
        finished++;
      }
    });

    let maxTarget = 0;
    const scaledUp = await runUntil(
      sim,
      `${CONCURRENCY} RUNNING replicas`,
      async (saw) => {
        const d = await deployment();
        maxTarget = Math.max(maxTarget, d?.target_num_replicas ?? 0);
        const running = d?.replicas.filter((r) => r.state === 'RUNNING').length;
        saw(`target ${d?.target_num_replicas}, ${running} RUNNING, ${sent} requests sent`);
        return running === CONCURRENCY ? d : undefined;
      },
      { maxSimSeconds: 600, ...every },
    );
    // Exact simulated times from the controller's decision log, not from when this test's polling noticed.
    const decisions = () =>
      [...sim.world.runtimes.values()]
        .flatMap((r) => r.serve.deployments)
        .find((d) => d.spec.name === 'LLMDeploymentLlama-3_2-3B-Instruct')!.decisions;
    const up = decisions()[0]!;
    const upDelayS = (up.t - loadStart) / 1000;
    assert.ok(
      upDelayS >= 30,
      `scaled up ${upDelayS.toFixed(1)} simulated s after load started: not before upscale_delay_s (30 s)`,
    );
    // The signal needs a metrics push (≤ 10 s) and enough of the 30 s look-back window to exceed the target.
    assert.ok(
      upDelayS <= 30 + 10 + 20,
      `scaled up ${upDelayS.toFixed(1)} s after load: upscale_delay_s + push interval + averaging`,
    );
    assert.equal(scaledUp.target_num_replicas, CONCURRENCY);
    assert.equal(maxTarget, CONCURRENCY, 'never above ceil(N / target_ongoing_requests)');
    assert.ok(decisions().every((d) => d.to <= CONCURRENCY));
    assert.equal((await workers()).length, CONCURRENCY, 'one GPU worker pod per replica');

    // The load starts falling when the workers are told to stop; their last requests may run a few seconds on.
    const loadStop = sim.clock.now();
    stopLoad.value = true;
    await runUntil(sim, 'the load workers to finish their last requests', () => finished === CONCURRENCY, {
      maxSimSeconds: 300,
    });
    assert.deepEqual(failures, []);
    assert.ok(
      statuses.length > 0 && statuses.every((s) => s === 200),
      `statuses: ${[...new Set(statuses)].join(', ')}`,
    );
    await runUntil(
      sim,
      'target back to min_replicas',
      async (saw) => {
        const target = (await deployment())?.target_num_replicas;
        saw(`target ${target}`);
        return target === 1;
      },
      { maxSimSeconds: 600, ...every },
    );
    const down = decisions().find((d) => d.to < d.from)!;
    assert.equal(down.to, 1);
    const downDelayS = (down.t - loadStop) / 1000;
    assert.ok(
      downDelayS >= 60,
      `scaled down ${downDelayS.toFixed(1)} simulated s after load stopped: not before downscale_delay_s (60 s)`,
    );
    await runUntil(
      sim,
      'GPU workers back to minReplicas',
      async (saw) => {
        const pods = await workers();
        saw(`${pods.length} GPU workers`);
        return pods.length === 1;
      },
      { maxSimSeconds: 600, ...every },
    );
    t.diagnostic(
      `scale-up decision ${upDelayS.toFixed(1)} s after load began; scale-down ${downDelayS.toFixed(1)} s after it stopped (simulated)`,
    );
    assert.ok(sent > CONCURRENCY, `sent ${sent} requests`);
  } finally {
    stopLoad.value = true;
    await session.stop();
    await Promise.all(workersDone);
  }
});
