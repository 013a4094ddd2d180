// The readiness predicate over hand-written statuses of KubeRay 1.1 to 1.7 (src/deploy/fixtures): the shape of the
// status picks the rule, terminal reasons fail, and every other gap is named.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { expectedApps, readiness, serveServiceName, type RayServiceObject } from '../../src/deploy/readiness.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../src/deploy/fixtures/${name}`, import.meta.url), 'utf8')) as RayServiceObject;

const CASES: readonly {
  file: string;
  shape: 'conditions' | 'serviceStatus';
  ready: boolean;
  failure?: string;
  waiting?: RegExp;
  cluster?: string;
}[] = [
  { file: 'kuberay-1.1-running.json', shape: 'serviceStatus', ready: true, cluster: 'llm-raycluster-x7k2p' },
  {
    file: 'kuberay-1.1-waiting.json',
    shape: 'serviceStatus',
    ready: false,
    waiting:
      /serviceStatus Running \(it is WaitForServeDeploymentReady\).*RayCluster llm-raycluster-x7k2p to become active.*llm DEPLOYING on the pending cluster/,
  },
  // 1.1–1.2 set Running once the apps run, before any endpoint is ready: the endpoint count still gates.
  {
    file: 'kuberay-1.2-running-no-endpoints.json',
    shape: 'serviceStatus',
    ready: false,
    waiting: /serve endpoints \(0 ready\)/,
  },
  { file: 'kuberay-1.2-deploy-failed.json', shape: 'serviceStatus', ready: false, failure: 'DEPLOY_FAILED' },
  { file: 'kuberay-1.3-ready.json', shape: 'conditions', ready: true, cluster: 'llm-raycluster-h4t8w' },
  {
    file: 'kuberay-1.3-initializing.json',
    shape: 'conditions',
    ready: false,
    waiting: /the Ready condition \(now False: Initializing\)/,
  },
  { file: 'kuberay-1.5-initializing-timeout.json', shape: 'conditions', ready: false, failure: 'InitializingTimeout' },
  // Its condition keeps the old observedGeneration: the failure is seen although the generation never catches up.
  { file: 'kuberay-1.6-validation-failed.json', shape: 'conditions', ready: false, failure: 'ValidationFailed' },
  { file: 'kuberay-1.7-ready.json', shape: 'conditions', ready: true, cluster: 'llm-8fq2x' },
  {
    file: 'kuberay-1.7-stale-generation.json',
    shape: 'conditions',
    ready: false,
    waiting: /KubeRay to observe generation 2 \(it has seen 1\)/,
  },
  {
    file: 'kuberay-1.7-upgrading.json',
    shape: 'conditions',
    ready: false,
    waiting: /the upgrade to RayCluster llm-z3v7k to finish/,
  },
];

for (const c of CASES) {
  test(`${c.file}: ${c.ready ? 'ready' : c.failure ? `fails with ${c.failure}` : 'waiting'}`, () => {
    const verdict = readiness(fixture(c.file));
    assert.equal(verdict.shape, c.shape);
    assert.equal(verdict.ready, c.ready, verdict.waitingFor.join('; '));
    assert.equal(verdict.failure?.cause, c.failure);
    if (c.ready) assert.deepEqual(verdict.waitingFor, []);
    if (c.waiting) assert.match(verdict.waitingFor.join('; '), c.waiting);
    if (c.cluster) assert.equal(verdict.cluster, c.cluster);
  });
}

test("failures carry KubeRay's or Serve's message; only DEPLOY_FAILED is retried", () => {
  const validation = readiness(fixture('kuberay-1.6-validation-failed.json')).failure!;
  assert.match(validation.message, /no more than 47 characters/);
  assert.equal(validation.retried, false);
  const deploy = readiness(fixture('kuberay-1.2-deploy-failed.json')).failure!;
  assert.match(deploy.message, /application llm DEPLOY_FAILED: Failed to import .*No module named 'vllm'/);
  assert.equal(deploy.retried, true);
});

test('an app the config names but the status does not list is waited for', () => {
  const service = fixture('kuberay-1.7-ready.json');
  const two = {
    ...service,
    spec: { serveConfigV2: 'applications:\n- name: llm\n  import_path: a:b\n- name: embed\n  import_path: c:d\n' },
  };
  const verdict = readiness(two);
  assert.equal(verdict.ready, false);
  assert.match(verdict.waitingFor.join('; '), /embed not reported/);
});

test('an empty status waits for everything, with the conditions-less rule', () => {
  const verdict = readiness({ metadata: { name: 'x', generation: 1 } });
  assert.equal(verdict.shape, 'serviceStatus');
  assert.equal(verdict.ready, false);
  assert.equal(verdict.waitingFor.length, 5);
});

test('app names and the serve Service name come from the object', () => {
  assert.deepEqual(expectedApps('applications:\n- import_path: a:b\n- name: chat\n  import_path: c:d\n'), [
    'default',
    'chat',
  ]);
  assert.deepEqual(expectedApps('applications: [unclosed'), []);
  assert.equal(serveServiceName({ metadata: { name: 'llm' } }), 'llm-serve-svc');
  assert.equal(
    serveServiceName({ metadata: { name: 'llm' }, spec: { serveService: { metadata: { name: 'custom-serve' } } } }),
    'custom-serve',
  );
});
