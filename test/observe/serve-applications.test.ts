// Reading the dashboard's /api/serve/applications/ answer: replicas per state (zeros included) and Serve's target;
// an answer of another shape is a problem, not zeros.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readServeApplications, serveSamples } from '../../src/observe/serve-applications.ts';

const replica = (state: string | null) => ({
  replica_id: Math.random().toString(36).slice(2, 10),
  state,
  node_id: null,
  actor_id: null,
  pid: null,
});

test('replicas counted per state, every Ray state written, and the target', () => {
  const answer = {
    applications: {
      app1: {
        name: 'app1',
        status: 'RUNNING',
        deployments: {
          LLMDeploymentm: {
            name: 'LLMDeploymentm',
            status: 'UPSCALING',
            target_num_replicas: 3,
            replicas: [replica('RUNNING'), replica('RUNNING'), replica('STARTING')],
          },
          LLMRouter: {
            name: 'LLMRouter',
            status: 'HEALTHY',
            target_num_replicas: 2,
            replicas: [replica('RUNNING'), replica('RUNNING')],
          },
        },
      },
    },
    target_capacity: null,
  };
  const read = readServeApplications(answer);
  assert.ok(read.ok);
  const llm = read.deployments.find((d) => d.deployment === 'LLMDeploymentm')!;
  assert.deepEqual(llm, {
    app: 'app1',
    deployment: 'LLMDeploymentm',
    target: 3,
    states: { STARTING: 1, UPDATING: 0, RECOVERING: 0, RUNNING: 2, STOPPING: 0, PENDING_MIGRATION: 0 },
  });
  const samples = serveSamples(read.deployments, 42);
  assert.equal(samples.length, 2 * (6 + 1));
  assert.deepEqual(
    samples.find((s) => s.metric === 'serve_target_replicas' && s.labels['deployment'] === 'LLMRouter'),
    { time: 42, metric: 'serve_target_replicas', labels: { app: 'app1', deployment: 'LLMRouter' }, value: 2 },
  );
});

test('Serve not running yet (no applications) is no deployments; an unknown state is counted under its name', () => {
  assert.deepEqual(
    readServeApplications({
      deploy_mode: 'MULTI_APP',
      controller_info: {},
      proxies: {},
      applications: {},
      target_capacity: null,
    }),
    { ok: true, deployments: [] },
  );
  const read = readServeApplications({
    applications: { a: { deployments: { d: { replicas: [replica('DRAINING'), replica(null)] } } } },
  });
  assert.ok(read.ok);
  assert.equal(read.deployments[0]!.target, undefined, 'no target_num_replicas, no target sample');
  assert.equal(read.deployments[0]!.states['DRAINING'], 1);
  assert.equal(read.deployments[0]!.states['UNKNOWN'], 1);
  assert.equal(serveSamples(read.deployments, 0).filter((s) => s.metric === 'serve_target_replicas').length, 0);
});

test('answers of another shape are problems', () => {
  for (const [body, problem] of [
    [[], 'not a JSON object'],
    [{ applications: [] }, '"applications" is not an object'],
    [{ applications: { a: 1 } }, 'application "a" is not an object'],
    [{ applications: { a: { deployments: [] } } }, '"deployments" of application "a"'],
    [{ applications: { a: { deployments: { d: { replicas: {} } } } } }, '"replicas" of deployment "d"'],
  ] as const) {
    const read = readServeApplications(body);
    assert.ok(!read.ok && read.problem.includes(problem), JSON.stringify(read));
  }
});
