// Autoscaling end to end on the sim, 20× faster than real time: N concurrent long requests drive Serve to
// ceil(N / target_ongoing_requests) replicas after upscale_delay_s, GPU worker pods follow through the Ray
// autoscaler and KubeRay, and both return to their minimums after downscale_delay_s and idleTimeoutSeconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as k8s from '@kubernetes/client-node';
import { deployExample, eventually, serviceUrl, simSession } from '../helpers/sim.ts';

const NS = 'scale-1';
const SCALE = 20;
const CONCURRENCY = 3; // target_ongoing_requests is 1 in the example: expect 3 replicas (max_replicas is 4)
const AUTOSCALING = 'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config';

interface Deployment {
  target_num_replicas: number;
  replicas: { state: string }[];
}

test('load scales Serve replicas and GPU workers up after the delays, and back down when it stops', async (t) => {
  const session = await simSession({ timeScale: SCALE });
  const stopLoad = { value: false };
  try {
    await deployExample(session, NS, [`${AUTOSCALING}.downscale_delay_s=60`, 'spec.rayClusterConfig.autoscalerOptions.idleTimeoutSeconds=20']);
    const serve = (path: string) => serviceUrl(session, NS, 'llama32-3b-autoscale-serve-svc', 8000, path);
    const deployment = async () => {
      const details = (await (await fetch(serviceUrl(session, NS, 'llama32-3b-autoscale-head-svc', 8265, '/api/serve/applications/'))).json()) as any;
      return details.applications?.['llama32-3b-autoscale']?.deployments?.['LLMDeployment:Llama-3_2-3B-Instruct'] as Deployment | undefined;
    };
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    const workers = async () => (await core.listNamespacedPod({ namespace: NS, labelSelector: 'ray.io/node-type=worker' })).items.filter((p) => !p.metadata?.deletionTimestamp);
    await eventually('the service to serve', async () => (await fetch(serve('/v1/models'))).ok || undefined, 60_000);
    assert.equal((await deployment())!.target_num_replicas, 1);

    // Closed-loop load: each worker sends long requests back to back, bounded in count and in time.
    const loadStart = session.sim.clock.now();
    const deadline = Date.now() + 60_000;
    let sent = 0;
    const workersDone = Array.from({ length: CONCURRENCY }, async () => {
      while (!stopLoad.value && Date.now() < deadline && sent < 5000) {
        sent++;
        const response = await fetch(serve('/v1/chat/completions'), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ model: 'Llama-3.2-3B-Instruct', messages: [{ role: 'user', content: 'Describe the moon.' }], max_tokens: 2000 }) });
        assert.equal(response.status, 200);
        await response.arrayBuffer();
      }
    });

    let maxTarget = 0;
    const scaledUp = await eventually('3 RUNNING replicas', async () => {
      const d = await deployment();
      maxTarget = Math.max(maxTarget, d?.target_num_replicas ?? 0);
      return d && d.replicas.filter((r) => r.state === 'RUNNING').length === CONCURRENCY ? d : undefined;
    }, 45_000);
    // Exact simulated times from the controller's decision log, not from when this test's polling noticed.
    const decisions = () => [...session.sim.world.runtimes.values()].flatMap((r) => r.serve.deployments).find((d) => d.spec.name === 'LLMDeployment:Llama-3_2-3B-Instruct')!.decisions;
    const up = decisions()[0]!;
    const upDelayS = (up.t - loadStart) / 1000;
    assert.ok(upDelayS >= 30, `scaled up ${upDelayS.toFixed(1)} simulated s after load started: not before upscale_delay_s (30 s)`);
    // The signal needs a metrics push (≤ 10 s) and enough of the 30 s look-back window to exceed the target.
    assert.ok(upDelayS <= 30 + 10 + 20, `scaled up ${upDelayS.toFixed(1)} s after load: upscale_delay_s + push interval + averaging`);
    assert.equal(scaledUp.target_num_replicas, CONCURRENCY);
    assert.equal(maxTarget, CONCURRENCY, 'never above ceil(N / target_ongoing_requests)');
    assert.ok(decisions().every((d) => d.to <= CONCURRENCY));
    assert.equal((await workers()).length, CONCURRENCY, 'one GPU worker pod per replica');

    // The load starts falling when the workers are told to stop; their last requests may run a few seconds on.
    const loadStop = session.sim.clock.now();
    stopLoad.value = true;
    await Promise.all(workersDone);
    await eventually('target back to min_replicas', async () => ((await deployment())?.target_num_replicas === 1 ? true : undefined), 30_000);
    const down = decisions().find((d) => d.to < d.from)!;
    assert.equal(down.to, 1);
    const downDelayS = (down.t - loadStop) / 1000;
    assert.ok(downDelayS >= 60, `scaled down ${downDelayS.toFixed(1)} simulated s after load stopped: not before downscale_delay_s (60 s)`);
    await eventually('GPU workers back to minReplicas', async () => ((await workers()).length === 1 ? true : undefined), 30_000);
    t.diagnostic(`scale-up decision ${upDelayS.toFixed(1)} s after load began; scale-down ${downDelayS.toFixed(1)} s after it stopped (simulated)`);
    assert.ok(sent > CONCURRENCY, `sent ${sent} requests`);
  } finally {
    stopLoad.value = true;
    await session.stop();
  }
});
