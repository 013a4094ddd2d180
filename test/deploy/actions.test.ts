// The deploy and teardown actions run as the runner runs them (INPUT_*, GITHUB_STATE/OUTPUT files, STATE_* for
// post) against the sim: deploy then post removes the run and the kubeconfig file; a cancelled run still has its
// namespace removed by post; the teardown action and its janitor mode. action.yml declares what the adapters read.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import * as k8s from '@kubernetes/client-node';
import { parse } from 'yaml';
import { DEPLOY_INPUTS } from '../../src/actions/deploy/adapter.ts';
import { kubeconfigCredentials, kubeconfigText } from '../../src/actions/deploy/runtime.ts';
import { TEARDOWN_INPUTS } from '../../src/actions/teardown/adapter.ts';
import { readContract } from '../../src/contracts/index.ts';
import { DEPLOYMENT } from '../../src/deploy/index.ts';
import { eventually, simSession, type SimSession } from '../helpers/sim.ts';
import { renderExample, SECRET_VALUE, startAction, stateEnv } from './helpers.ts';

const TEST = { timeout: 110_000 };
const DEPLOY_MAIN = 'src/actions/deploy/main.ts';
const DEPLOY_POST = 'src/actions/deploy/post.ts';
const TEARDOWN_MAIN = 'src/actions/teardown/main.ts';

async function exists(session: SimSession, name: string): Promise<boolean> {
  return session.kc
    .makeApiClient(k8s.CoreV1Api)
    .readNamespace({ name })
    .then(
      () => true,
      () => false,
    );
}

test("each action.yml declares exactly the inputs its adapter reads, on node24, with deploy's post step always", () => {
  for (const [file, inputs, main] of [
    ['actions/deploy/action.yml', DEPLOY_INPUTS, 'dist/deploy/main.js'],
    ['actions/teardown/action.yml', TEARDOWN_INPUTS, 'dist/teardown/main.js'],
  ] as const) {
    const action = parse(readFileSync(file, 'utf8'));
    assert.deepEqual(Object.keys(action.inputs).sort(), [...inputs].sort(), file);
    assert.equal(action.runs.using, 'node24');
    assert.equal(
      new URL(action.runs.main, new URL(file, `file://${process.cwd()}/`)).pathname,
      `${process.cwd()}/${main}`,
    );
    for (const [name, input] of Object.entries(action.inputs as Record<string, { description?: string }>))
      assert.ok(input.description, `${file}: ${name}`);
  }
  const deploy = parse(readFileSync('actions/deploy/action.yml', 'utf8'));
  assert.equal(
    new URL(deploy.runs.post, new URL('actions/deploy/action.yml', `file://${process.cwd()}/`)).pathname,
    `${process.cwd()}/dist/deploy/post.js`,
  );
  assert.equal(deploy.runs['post-if'], 'always()');
  for (const output of ['namespace', 'deployment-file', 'endpoint'])
    assert.ok(deploy.outputs[output]?.description, output);
});

test('kubeconfig input: YAML or base64; its credentials are found for masking', () => {
  const yaml = 'users:\n- name: ci\n  user:\n    token: abc.def-123\n    client-key-data: "LS0tS0VZ"\n';
  assert.equal(kubeconfigText(Buffer.from(yaml).toString('base64')), yaml);
  assert.equal(kubeconfigText(yaml), yaml);
  assert.deepEqual(kubeconfigCredentials(yaml), ['abc.def-123', 'LS0tS0VZ']);
});

describe('deploy action', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession();
  });
  after(() => session?.stop());

  test(
    'deploys with the kubeconfig from an input (0600, masked), outputs the endpoint; post removes the run and the file',
    TEST,
    async (t) => {
      const pair = await renderExample('rsci-action-1');
      const main = startAction(DEPLOY_MAIN, {
        manifest: pair.manifest,
        kubeconfig: session.sim.kubeconfig,
        secrets: `HF_TOKEN=${SECRET_VALUE}`,
        timeout: '2m',
      });
      let kubeconfigMode = 0;
      void eventually(
        'the kubeconfig file',
        () => {
          const dir = main.state()['kubeconfig-dir'];
          if (dir && existsSync(`${dir}/kubeconfig`))
            return (kubeconfigMode = statSync(`${dir}/kubeconfig`).mode & 0o777);
          return undefined;
        },
        60_000,
      ).catch(() => undefined);
      const ran = await main.done;
      t.diagnostic(ran.stdout);
      assert.equal(ran.status, 0, ran.stdout + ran.stderr);
      assert.equal(ran.outputs['namespace'], 'rsci-action-1');
      assert.match(
        ran.outputs['endpoint'] ?? '',
        /^port-forward:rsci-action-1\/llama32-3b-autoscale-[a-z0-9]{5}-head-[a-z0-9]{5}:8000$/,
      );
      assert.equal(ran.outputs['kuberay-version'], '1.7.0');
      assert.ok((await readContract(ran.outputs['deployment-file']!, DEPLOYMENT)).ok);
      assert.equal(kubeconfigMode, 0o600);
      assert.ok(ran.stdout.includes(`::add-mask::${SECRET_VALUE}`), 'the secret is masked');
      assert.ok(ran.stdout.includes('::add-mask::rayservice-ci-sim'), 'the kubeconfig token is masked');
      assert.ok(
        !ran.stdout.replaceAll(`::add-mask::${SECRET_VALUE}`, '').includes(SECRET_VALUE),
        'and never printed otherwise',
      );
      assert.equal(ran.state['namespace'], 'rsci-action-1');

      const post = await startAction(DEPLOY_POST, {}, stateEnv(ran.state)).done;
      t.diagnostic(post.stdout);
      assert.equal(post.status, 0, post.stdout + post.stderr);
      assert.match(post.stdout, /rayservice-ci teardown: namespace rsci-action-1: gone/);
      assert.equal(await exists(session, 'rsci-action-1'), false);
      assert.equal(existsSync(ran.state['kubeconfig-dir']!), false, 'post removed the kubeconfig');
    },
  );

  test('post after a run that created nothing says so and succeeds; a failed input fails the step', TEST, async () => {
    const failed = await startAction(DEPLOY_MAIN, { manifest: 'missing.yaml', kubeconfig: session.sim.kubeconfig })
      .done;
    assert.equal(failed.status, 1);
    assert.match(failed.stdout, /::error::Not deployed:/);
    const post = await startAction(DEPLOY_POST, {}, stateEnv(failed.state)).done;
    assert.equal(post.status, 0);
    assert.match(post.stdout, /nothing to remove/);
  });
});

describe('deploy action, cancelled', () => {
  let session: SimSession;
  before(async () => {
    // No GPUs: the worker never starts, so deploy would wait for minutes.
    session = await simSession({ nodePool: { gpuNodes: 0, gpusPerNode: 1, cpuNodes: 1 } });
  });
  after(() => session?.stop());

  test(
    'a cancelled run (SIGINT while waiting) stops quickly, and its post step still deletes the namespace',
    TEST,
    async (t) => {
      const pair = await renderExample('rsci-action-cancel');
      const main = startAction(DEPLOY_MAIN, {
        manifest: pair.manifest,
        kubeconfig: session.sim.kubeconfig,
        secrets: `HF_TOKEN=${SECRET_VALUE}`,
        'unschedulable-grace': '10m',
      });
      await eventually(
        'the namespace recorded and created',
        async () => main.state()['namespace'] === 'rsci-action-cancel' && (await exists(session, 'rsci-action-cancel')),
        60_000,
      );
      const signalled = performance.now();
      main.kill('SIGINT');
      const ran = await main.done;
      const stoppedMs = performance.now() - signalled;
      t.diagnostic(`stopped ${Math.round(stoppedMs)} ms after SIGINT`);
      assert.ok(stoppedMs < 7_500, `stopped within the runner's SIGINT window (${Math.round(stoppedMs)} ms)`);
      assert.equal(ran.status, 1, ran.stdout + ran.stderr);
      assert.match(
        ran.stdout,
        /::error::Deploy cancelled:.*deploy cancelled \(SIGINT\); teardown removes the namespace rsci-action-cancel/s,
      );
      assert.equal(await exists(session, 'rsci-action-cancel'), true);

      const post = await startAction(DEPLOY_POST, {}, stateEnv(ran.state)).done;
      assert.equal(post.status, 0, post.stdout + post.stderr);
      assert.equal(await exists(session, 'rsci-action-cancel'), false);
    },
  );

  test(
    'a crashed run (SIGKILL right after the namespace exists) is still removed by post, from the state saved first',
    TEST,
    async () => {
      const pair = await renderExample('rsci-action-crash');
      const main = startAction(DEPLOY_MAIN, {
        manifest: pair.manifest,
        kubeconfig: session.sim.kubeconfig,
        secrets: `HF_TOKEN=${SECRET_VALUE}`,
      });
      await eventually('the namespace', () => exists(session, 'rsci-action-crash'), 60_000);
      main.kill('SIGKILL');
      const ran = await main.done;
      assert.equal(ran.signal, 'SIGKILL');
      const post = await startAction(DEPLOY_POST, {}, stateEnv(ran.state)).done;
      assert.equal(post.status, 0, post.stdout + post.stderr);
      assert.equal(await exists(session, 'rsci-action-crash'), false);
      assert.equal(existsSync(ran.state['kubeconfig-dir']!), false);
    },
  );
});

describe('teardown action', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession();
  });
  after(() => session?.stop());

  test('tears down the given namespace; janitor mode deletes only expired ones', TEST, async () => {
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    const labels = { 'app.kubernetes.io/managed-by': 'rayservice-ci', 'rayservice-ci.io/run-id': 'x' };
    await core.createNamespace({ body: { metadata: { name: 'td-given', labels } } });
    await core.createNamespace({
      body: {
        metadata: {
          name: 'td-expired',
          labels,
          annotations: { 'rayservice-ci.io/expires-at': '2020-01-01T00:00:00Z' },
        },
      },
    });
    await core.createNamespace({
      body: {
        metadata: { name: 'td-fresh', labels, annotations: { 'rayservice-ci.io/expires-at': '2999-01-01T00:00:00Z' } },
      },
    });
    const given = await startAction(TEARDOWN_MAIN, {
      namespace: 'td-given',
      kubeconfig: Buffer.from(session.sim.kubeconfig).toString('base64'),
    }).done;
    assert.equal(given.status, 0, given.stdout);
    assert.equal(given.outputs['deleted'], 'td-given');
    assert.equal(await exists(session, 'td-given'), false);
    const dry = await startAction(TEARDOWN_MAIN, {
      janitor: 'true',
      'dry-run': 'true',
      kubeconfig: session.sim.kubeconfig,
    }).done;
    assert.equal(dry.status, 0, dry.stdout);
    assert.match(dry.stdout, /td-expired: expired .* ago; would be deleted \(dry run\)/);
    assert.equal(await exists(session, 'td-expired'), true);
    const janitor = await startAction(TEARDOWN_MAIN, { janitor: 'true', kubeconfig: session.sim.kubeconfig }).done;
    assert.equal(janitor.status, 0, janitor.stdout);
    assert.equal(janitor.outputs['deleted'], 'td-expired');
    assert.equal(await exists(session, 'td-expired'), false);
    assert.equal(await exists(session, 'td-fresh'), true);
    const none = await startAction(TEARDOWN_MAIN, { kubeconfig: session.sim.kubeconfig }).done;
    assert.equal(none.status, 1);
    assert.match(none.stdout, /::error::Give the namespace/);
  });
});
