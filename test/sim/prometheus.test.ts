// A real Prometheus scrapes the sim's /metrics; a PromQL range query returns the DCGM GPU series of the worker
// pod with the exporter's labels, and the Serve replica series.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deployExample, eventually, serviceUrl, simSession } from '../helpers/sim.ts';
import { startPrometheus } from '../helpers/prometheus.ts';

test('Prometheus scrapes GPU and Serve series from the sim; a range query returns them per worker pod', async () => {
  const session = await simSession();
  // Started inside the try: if Prometheus cannot start, the sim is still stopped and the file exits at once.
  let prometheus: Awaited<ReturnType<typeof startPrometheus>> | undefined;
  try {
    const running = await startPrometheus([session.sim.url.replace('http://', '')]);
    prometheus = running;
    await deployExample(session, 'prom-1');
    const serve = serviceUrl(session, 'prom-1', 'llama32-3b-autoscale-serve-svc', 8000, '/v1/chat/completions');
    await eventually(
      'the service to serve',
      async () =>
        (await fetch(serviceUrl(session, 'prom-1', 'llama32-3b-autoscale-serve-svc', 8000, '/v1/models'))).ok ||
        undefined,
      60_000,
    );
    // A few seconds of load, bounded in count and time, so utilization is above idle in some scrapes.
    const deadline = Date.now() + 4000;
    for (let i = 0; i < 50 && Date.now() < deadline; i++) {
      await (
        await fetch(serve, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            model: 'Llama-3.2-3B-Instruct',
            messages: [{ role: 'user', content: 'Give me a haiku on rain.' }],
            max_tokens: 200,
          }),
        })
      ).arrayBuffer();
    }
    const now = Date.now() / 1000;
    const range = await eventually(
      'GPU series in Prometheus',
      async () => {
        const data = await running.queryRange('DCGM_FI_DEV_GPU_UTIL{namespace="prom-1"}', now - 60, now + 5, 1);
        return data.result?.length && data.result[0].values.length > 2 ? data : undefined;
      },
      20_000,
    );
    const series = range.result[0];
    assert.match(series.metric.pod, /^llama32-3b-autoscale-[a-z0-9]{5}-gpu-worker-[a-z0-9]{5}$/);
    assert.equal(series.metric.modelName, 'NVIDIA L40S');
    assert.match(series.metric.UUID, /^GPU-[0-9a-f-]{36}$/);
    assert.ok(
      series.values.some(([, v]: [number, string]) => Number(v) > 0),
      'the GPU was busy during the load',
    );
    const replicas = await running.query(
      'sum by (deployment) (ray_serve_deployment_replica_healthy{application="llama32-3b-autoscale"})',
    );
    const byDeployment = Object.fromEntries(
      replicas.result.map((r: { metric: { deployment: string }; value: [number, string] }) => [
        r.metric.deployment,
        Number(r.value[1]),
      ]),
    );
    assert.deepEqual(byDeployment, { 'LLMDeploymentLlama-3_2-3B-Instruct': 1, LLMRouter: 2 });
    const requests = await running.query('sum(ray_serve_num_http_requests_total{status_code="200"})');
    assert.ok(Number(requests.result[0]?.value[1]) >= 1);
  } finally {
    await prometheus?.stop();
    await session.stop();
  }
});
