// Planning an observation: defaults, $namespace in PromQL, and requests that cannot be observed as problems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_GPU_QUERIES, planObservation } from '../../src/observe/index.ts';

test('defaults: 1 s sampling, KubeRay worker selector, DCGM queries for the namespace', () => {
  const planned = planObservation({
    namespace: 'rsci-1',
    rayService: 'svc',
    prometheus: { url: 'http://127.0.0.1:9090/' },
  });
  assert.ok(planned.ok);
  const { plan } = planned;
  assert.equal(plan.intervalMs, 1000);
  assert.equal(plan.workerSelector, 'ray.io/node-type=worker');
  assert.equal(plan.maxDurationMs, 6 * 3_600_000);
  assert.equal(plan.prometheus!.url, 'http://127.0.0.1:9090');
  assert.deepEqual(plan.prometheus!.queries, [
    { metric: 'gpu_utilization_percent', expr: 'DCGM_FI_DEV_GPU_UTIL{namespace="rsci-1"}' },
    { metric: 'gpu_memory_used_bytes', expr: 'DCGM_FI_DEV_FB_USED{namespace="rsci-1"} * 1048576' },
  ]);
  assert.deepEqual(
    plan.sources.map((s) => s.name),
    ['serve', 'pods', 'events', 'prometheus', 'prometheus'],
  );
  assert.ok(DEFAULT_GPU_QUERIES.utilization.includes('$namespace'));
  const custom = planObservation({
    namespace: 'ns',
    prometheus: {
      url: 'https://prom.example:443',
      utilizationQuery: 'avg by (pod, gpu) (ray_node_gpus_utilization{ns="$namespace"})',
    },
  });
  assert.ok(
    custom.ok && custom.plan.prometheus!.queries[0]!.expr === 'avg by (pod, gpu) (ray_node_gpus_utilization{ns="ns"})',
  );
  assert.ok(planObservation({ namespace: 'ns' }).ok && planObservation({ namespace: 'ns' }).ok);
});

test('problems: namespace, bounds, and Prometheus URLs the observer cannot or should not use', () => {
  const problems = (request: Parameters<typeof planObservation>[0]) => {
    const planned = planObservation(request);
    return planned.ok ? [] : planned.problems;
  };
  assert.match(problems({ namespace: 'Not_A_Namespace' })[0]!, /not a namespace name/);
  assert.match(
    problems({ namespace: 'ns', intervalMs: 10 })[0]!,
    /sampling interval must be from 100 to 60000 ms, not 10/,
  );
  assert.match(problems({ namespace: 'ns', maxDurationMs: 8 * 86_400_000 })[0]!, /maximum duration/);
  assert.match(problems({ namespace: 'ns', prometheus: { url: 'localhost:9090' } })[0]!, /http or https URL/);
  assert.match(problems({ namespace: 'ns', prometheus: { url: 'not a url' } })[0]!, /is not a URL/);
  assert.match(
    problems({ namespace: 'ns', prometheus: { url: 'http://a:b@prom:9090' } })[0]!,
    /must not carry credentials/,
  );
  assert.match(problems({ namespace: 'ns', prometheus: { url: 'http://prom:9090/?x=1' } })[0]!, /base URL only/);
  assert.equal(problems({ namespace: 'ns', intervalMs: 10, prometheus: { url: 'ftp://x', stepMs: 1 } }).length, 3);
});
