// A running cluster on a stepped clock: serveConfigV2 updated in place as KubeRay and Ray do (the same RayCluster
// and replicas, the new options, Ready throughout), and which pod exports which metric.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { renderManifest } from '../../src/render/index.ts';
import { ManualClock, startSim, type RunningSim } from '../../src/sim/index.ts';
import { RESOURCE_TYPES } from '../../src/sim/api/resources.ts';
import { EXAMPLE, EXAMPLE_PATH } from '../helpers/variants.ts';
import { ensureNamespace, step } from '../helpers/sim.ts';

const type = (kind: string) => RESOURCE_TYPES.find((t) => t.kind === kind)!;
const AUTOSCALING = 'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config';

async function apply(sim: RunningSim, sets: string[]): Promise<void> {
  const rendered = renderManifest(EXAMPLE_PATH, EXAMPLE, {
    namespace: 'upd-1',
    runId: 'r1',
    ttlMs: 3600_000,
    now: new Date(sim.clock.now()),
    sets,
  });
  assert.ok(rendered.ok);
  const response = await fetch(
    `${sim.url}/apis/ray.io/v1/namespaces/upd-1/rayservices/llama32-3b-autoscale?fieldManager=test`,
    {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/apply-patch+yaml' },
      body: JSON.stringify(parse(rendered.text)),
    },
  );
  assert.ok(response.ok, await response.text());
}

test('an in-place serveConfigV2 update keeps the cluster and replicas and applies the new autoscaling config', async () => {
  const sim = await startSim({ clock: new ManualClock(), seed: 4 });
  try {
    ensureNamespace(sim, 'upd-1');
    await apply(sim, []);
    step(sim, 20);
    const service = () => sim.store.get(type('RayService'), 'upd-1', 'llama32-3b-autoscale')!;
    assert.equal(service().status.conditions[0].status, 'True');
    const clusterName = service().status.activeServiceStatus.rayClusterName;
    const details = async () =>
      (await (
        await fetch(
          `${sim.url}/api/v1/namespaces/upd-1/services/llama32-3b-autoscale-head-svc:8265/proxy/api/serve/applications/`,
        )
      ).json()) as any;
    const before = (await details()).applications['llama32-3b-autoscale'].deployments[
      'LLMDeploymentLlama-3_2-3B-Instruct'
    ];
    assert.equal(before.deployment_config.autoscaling_config.max_replicas, 4);

    await apply(sim, [`${AUTOSCALING}.max_replicas=2`, `${AUTOSCALING}.target_ongoing_requests=3`]);
    const seen = new Set<string>();
    let alwaysReady = true;
    step(sim, 10, () => {
      const app = service().status?.activeServiceStatus?.applicationStatuses?.['llama32-3b-autoscale'];
      if (app) seen.add(app.serveDeploymentStatuses['LLMDeploymentLlama-3_2-3B-Instruct'].status);
      alwaysReady &&= service().status.conditions[0].status === 'True';
    });
    assert.ok(alwaysReady, 'Ready stays True through an in-place update');
    assert.ok(seen.has('UPDATING') && seen.has('HEALTHY'), [...seen].join(','));
    assert.equal(service().status.activeServiceStatus.rayClusterName, clusterName, 'no new RayCluster');
    const after = (await details()).applications['llama32-3b-autoscale'].deployments[
      'LLMDeploymentLlama-3_2-3B-Instruct'
    ];
    assert.equal(after.deployment_config.autoscaling_config.max_replicas, 2);
    assert.equal(after.deployment_config.autoscaling_config.target_ongoing_requests, 3);
    assert.equal(after.replicas[0].replica_id, before.replicas[0].replica_id, 'the replica kept running');
    assert.equal(service().status.observedGeneration, service().metadata.generation);
  } finally {
    await sim.stop();
  }
});

test("a Ray pod's metrics port exports its own replicas and GPUs; the DCGM series come from the exporter", async () => {
  const sim = await startSim({ clock: new ManualClock(), seed: 4 });
  try {
    ensureNamespace(sim, 'upd-1');
    await apply(sim, []);
    step(sim, 20);
    const pods = sim.store.list(type('Pod'), 'upd-1');
    const worker = pods.find((p) => p.metadata.labels?.['ray.io/node-type'] === 'worker')!;
    const head = pods.find((p) => p.metadata.labels?.['ray.io/node-type'] === 'head')!;
    const scrape = async (pod: string) =>
      (await fetch(`${sim.url}/api/v1/namespaces/upd-1/pods/${pod}:8080/proxy/metrics`)).text();
    const onWorker = await scrape(worker.metadata.name);
    assert.match(
      onWorker,
      /ray_serve_deployment_replica_healthy\{application="llama32-3b-autoscale",deployment="LLMDeploymentLlama-3_2-3B-Instruct"/,
    );
    assert.match(onWorker, /ray_node_gpus_utilization\{/);
    assert.ok(!onWorker.includes('DCGM_FI_DEV_GPU_UTIL'), 'DCGM is not a Ray metric');
    assert.ok(!onWorker.includes('deployment="LLMRouter"'), 'router replicas live on the head');
    const onHead = await scrape(head.metadata.name);
    assert.match(onHead, /deployment="LLMRouter"/);
    assert.match(onHead, /ray_serve_num_ongoing_requests_at_replicas/);
    const all = await (await fetch(`${sim.url}/metrics`)).text();
    assert.match(all, new RegExp(`DCGM_FI_DEV_GPU_UTIL\\{[^}]*pod="${worker.metadata.name}"`));
  } finally {
    await sim.stop();
  }
});
