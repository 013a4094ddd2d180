// The ingress in front of the model (LLMRouter, OpenAiIngress from Ray 2.50): sized from the models' autoscaling configs (2 × their replicas), holding every
// request while the model answers, and scaling on its own target — 16 ongoing requests per replica up to Ray 2.47,
// effectively never from 2.48. Real HTTP through the serve Service proxy, on a clock the test steps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { llmIngress, parseRayVersion } from '../../src/ray/index.ts';
import { ManualClock, startSim } from '../../src/sim/index.ts';
import type { DeploymentRuntime } from '../../src/sim/serve/deployment-runtime.ts';
import { EXAMPLE } from '../helpers/variants.ts';
import { ensureNamespace, settle, step } from '../helpers/sim.ts';

const v = (text: string) => parseRayVersion(text)!;

test("router size: 2 × the models' min/initial/max, AutoscalingConfig defaults without one; experimental configs fix it", () => {
  const model = (autoscaling?: Record<string, number>, experimental?: Record<string, number>) => ({
    deployment_config: autoscaling ? { autoscaling_config: autoscaling } : {},
    ...(experimental ? { experimental_configs: experimental } : {}),
  });
  const one = llmIngress({ llm_configs: [model({ min_replicas: 1, max_replicas: 4 })] }, v('2.47.1'));
  assert.deepEqual(
    [one.minReplicas, one.initialReplicas, one.maxReplicas, one.targetOngoingRequests, one.maxOngoingRequests],
    [2, 2, 8, 16, 1000],
  );
  const two = llmIngress(
    { llm_configs: [model({ min_replicas: 1, initial_replicas: 2, max_replicas: 4 }), model()] },
    v('2.47.1'),
  );
  assert.deepEqual([two.minReplicas, two.initialReplicas, two.maxReplicas], [4, 6, 10]);
  const later = llmIngress({ llm_configs: [model({ min_replicas: 1, max_replicas: 4 })] }, v('2.50.0'));
  assert.equal(later.targetOngoingRequests, 1e9);
  const fixed = llmIngress(
    { llm_configs: [model({ min_replicas: 1, max_replicas: 4 }, { num_router_replicas: 3 })] },
    v('2.47.1'),
  );
  assert.deepEqual([fixed.minReplicas, fixed.initialReplicas, fixed.maxReplicas, fixed.fixed], [3, 3, 3, true]);
});

async function routerUnderLoad(
  rayVersion: string,
  inFlight: number,
): Promise<{ before: number; after: number; held: number; names: string[] }> {
  const sim = await startSim({ clock: new ManualClock(), seed: 9 });
  const abort = new AbortController();
  try {
    const ns = 'router-1';
    ensureNamespace(sim, ns);
    const manifest = EXAMPLE.replace('namespace: ray-service', `namespace: ${ns}`).replace(
      "rayVersion: '2.47.1'",
      `rayVersion: '${rayVersion}'`,
    );
    const applied = await fetch(
      `${sim.url}/apis/ray.io/v1/namespaces/${ns}/rayservices/llama32-3b-autoscale?fieldManager=test`,
      {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/apply-patch+yaml' },
        body: JSON.stringify(parse(manifest)),
      },
    );
    assert.equal(applied.status, 201);
    step(sim, 30);
    const router = () =>
      [...sim.world.runtimes.values()]
        .flatMap((r) => [...r.serve.apps.values()])
        .flatMap((a) => a.deployments)
        .find((d) => d.spec.ingress) as DeploymentRuntime;
    const before = router().target;
    const url = `${sim.url}/api/v1/namespaces/${ns}/services/llama32-3b-autoscale-serve-svc:8000/proxy/v1/chat/completions`;
    const body = JSON.stringify({
      model: 'Llama-3.2-3B-Instruct',
      messages: [{ role: 'user', content: 'hi' }],
      max_tokens: 4000,
    });
    for (let i = 0; i < inFlight; i++)
      void fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        signal: abort.signal,
      }).catch(() => undefined);
    const holding = () => router().replicas.reduce((sum, r) => sum + r.ongoing, 0) + router().queued;
    // The requests reach the router over loopback while simulated time stands still. The caller asserts how many
    // are held, so a shortfall is returned for its message rather than thrown here.
    await settle(`${inFlight} requests held`, () => holding() >= inFlight).catch(() => undefined);
    const held = holding();
    // The 30 s look-back has to fill before the average passes 32, then the 30 s upscale delay runs. step() is
    // synchronous: no response is written during it, so every request stays in flight for the whole 75 s.
    step(sim, 75);
    // The app's deployments as the dashboard and Serve's metrics name them: the ingress first.
    const names = [...sim.world.runtimes.values()]
      .flatMap((r) => [...r.serve.apps.values()])
      .flatMap((a) => a.deployments)
      .sort((a, b) => Number(b.spec.ingress ?? false) - Number(a.spec.ingress ?? false))
      .map((d) => d.spec.name);
    return { before, after: router().target, held, names };
  } finally {
    abort.abort();
    await sim.stop();
  }
}

test('Ray 2.47: 48 requests in flight push the router past its target of 16 per replica; it grows from 2 to 3', async () => {
  const { before, after, held, names } = await routerUnderLoad('2.47.1', 48);
  assert.equal(held, 48, 'every request holds a router replica while the model answers');
  assert.deepEqual(names, ['LLMRouter', 'LLMDeploymentLlama-3_2-3B-Instruct']);
  assert.equal(before, 2);
  assert.equal(after, 3);
});

test('Ray 2.48+: the same load leaves the router at its minimum (target 1e9)', async () => {
  const { before, after, held, names } = await routerUnderLoad('2.48.0', 48);
  assert.equal(held, 48);
  assert.deepEqual([before, after], [2, 2]);
  assert.deepEqual(names, ['LLMRouter', 'LLMDeploymentLlama-3_2-3B-Instruct']);
});

test("Ray 2.50: the ingress is OpenAiIngress and the model LLMServer:…, named as that release's build_openai_app names them", async () => {
  const { before, after, held, names } = await routerUnderLoad('2.50.0', 48);
  assert.equal(held, 48);
  assert.deepEqual([before, after], [2, 2]);
  assert.deepEqual(names, ['OpenAiIngress', 'LLMServer:Llama-3_2-3B-Instruct']);
});
