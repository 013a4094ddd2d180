// deploy and teardown through their CLI commands against the sim with the real client-node, checked with real
// kubectl: the example deploys and is removed; a service without GPUs is diagnosed; missing RBAC stops it before
// anything exists; bad input is exit 2; secret values never reach the output.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readContract } from '../../src/contracts/index.ts';
import { cliProgress, deployCommand } from '../../src/cli/deploy-command.ts';
import { teardownCommand } from '../../src/cli/teardown-command.ts';
import { janitorCommand } from '../../src/cli/janitor-command.ts';
import { DEPLOY_DIAGNOSIS, DEPLOYMENT } from '../../src/deploy/index.ts';
import { kubectlAsync } from '../helpers/kubectl.ts';
import { eventually, simSession, type SimSession } from '../helpers/sim.ts';
import { recordingIo, renderExample, SECRET_VALUE } from './helpers.ts';

const TEST = { timeout: 90_000 };
const env = { HF_TOKEN: SECRET_VALUE };

describe('deploy → teardown of the example (CLI, sim, kubectl)', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession();
  });
  after(() => session?.stop());

  test(
    'deploys, writes the Deployment, and teardown removes everything; teardown again is harmless',
    TEST,
    async (t) => {
      const pair = await renderExample('rsci-cli-1');
      const out = join(pair.dir, 'deployment.json');
      const io = recordingIo(env);
      const started = performance.now();
      const code = await deployCommand(
        [pair.manifest, '--kubeconfig', session.kubeconfig, '--out', out, '--timeout', '2m', '--max-gpus', '4'],
        io,
      );
      const deployMs = performance.now() - started;
      const printed = io.out.join('') + io.err.join('');
      assert.equal(code, 0, printed);
      t.diagnostic(`deploy: ${Math.round(deployMs)} ms\n${printed}`);
      assert.ok(!printed.includes(SECRET_VALUE), 'the secret value is never printed');

      const deployment = await readContract(out, DEPLOYMENT);
      assert.ok(deployment.ok, deployment.ok ? '' : deployment.problem);
      const d = deployment.value;
      assert.equal(d.namespace, 'rsci-cli-1');
      assert.equal(d.rayService, pair.name);
      assert.match(d.rayCluster, new RegExp(`^${pair.name}-[a-z0-9]{5}$`));
      assert.equal(d.serveService, `${pair.name}-serve-svc`);
      assert.equal(d.kubeRayVersion, '1.7.0');
      assert.equal(d.endpoint.kind === 'port-forward' && d.endpoint.port, 8000);
      assert.equal(d.dashboard.kind === 'port-forward' && d.dashboard.port, 8265);
      assert.equal(d.context, 'rayservice-ci-sim');
      assert.ok(d.timings.readyMs! > 0 && d.timings.probeMs! >= 0);
      assert.match(io.out.join(''), /serves in namespace rsci-cli-1 .*KubeRay 1\.7\.0/);
      assert.match(io.err.join(''), /probe: GET \/v1\/models answered 200 \(models: Llama-3\.2-3B-Instruct\)/);

      // What kubectl sees: ownership labels and expiry on the namespace, our field manager, the Secret's value.
      const ns = JSON.parse(
        (await kubectlAsync(session.kubeconfig, ['get', 'namespace', 'rsci-cli-1', '-o', 'json'])).stdout,
      );
      assert.equal(ns.metadata.labels['app.kubernetes.io/managed-by'], 'rayservice-ci');
      assert.equal(ns.metadata.labels['rayservice-ci.io/run-id'], 'rsci-cli-1');
      assert.ok(Date.parse(ns.metadata.annotations['rayservice-ci.io/expires-at']) > Date.now());
      const service = JSON.parse(
        (
          await kubectlAsync(session.kubeconfig, [
            'get',
            'rayservice',
            pair.name,
            '-n',
            'rsci-cli-1',
            '-o',
            'json',
            '--show-managed-fields',
          ])
        ).stdout,
      );
      assert.ok(
        service.metadata.managedFields.some(
          (f: { manager: string; operation: string }) => f.manager === 'rayservice-ci' && f.operation === 'Apply',
        ),
      );
      const quota = JSON.parse(
        (
          await kubectlAsync(session.kubeconfig, [
            'get',
            'resourcequota',
            'rayservice-ci-gpus',
            '-n',
            'rsci-cli-1',
            '-o',
            'json',
          ])
        ).stdout,
      );
      assert.deepEqual(quota.spec.hard, { 'requests.nvidia.com/gpu': '4' });
      const secret = JSON.parse(
        (await kubectlAsync(session.kubeconfig, ['get', 'secret', 'hf-token', '-n', 'rsci-cli-1', '-o', 'json']))
          .stdout,
      );
      assert.equal(Buffer.from(secret.data.token, 'base64').toString(), SECRET_VALUE);

      const down = recordingIo(env);
      const tornStarted = performance.now();
      assert.equal(
        await teardownCommand(['--deployment', out, '--kubeconfig', session.kubeconfig], down),
        0,
        down.err.join(''),
      );
      t.diagnostic(`teardown: ${Math.round(performance.now() - tornStarted)} ms\n${down.err.join('')}`);
      assert.match(down.err.join(''), /namespace rsci-cli-1: gone/);
      const gone = await kubectlAsync(session.kubeconfig, ['get', 'namespace', 'rsci-cli-1']);
      assert.notEqual(gone.status, 0);
      assert.match(gone.stderr, /NotFound|not found/);

      const again = recordingIo(env);
      assert.equal(await teardownCommand(['--namespace', 'rsci-cli-1', '--kubeconfig', session.kubeconfig], again), 0);
      assert.match(again.err.join(''), /already gone/);
    },
  );

  test('a field the API server does not know is refused (fieldValidation=Strict), named, exit 1', TEST, async () => {
    const pair = await renderExample('rsci-cli-strict');
    writeFileSync(
      pair.manifest,
      readFileSync(pair.manifest, 'utf8').replace('spec:\n', 'spec:\n  serveConfigV3: oops\n'),
    );
    const io = recordingIo(env);
    const code = await deployCommand(
      [pair.manifest, '--kubeconfig', session.kubeconfig, '--out', join(pair.dir, 'd.json')],
      io,
    );
    assert.equal(code, 1, io.err.join(''));
    assert.match(
      io.err.join(''),
      /Cannot apply RayService llama32-3b-autoscale: .*unknown field "spec\.serveConfigV3"/,
    );
    assert.match(io.err.join(''), /teardown --namespace rsci-cli-strict/);
    await teardownCommand(['--namespace', 'rsci-cli-strict', '--kubeconfig', session.kubeconfig], recordingIo());
  });

  test(
    'bad input is exit 2 and creates nothing: a missing secret value, a missing RenderedManifest',
    TEST,
    async () => {
      const pair = await renderExample('rsci-cli-input');
      const noSecret = recordingIo({});
      assert.equal(
        await deployCommand(
          [pair.manifest, '--kubeconfig', session.kubeconfig, '--out', join(pair.dir, 'd.json')],
          noSecret,
        ),
        2,
      );
      assert.match(
        noSecret.err.join(''),
        /No value for HF_TOKEN, which the manifest reads from Secret hf-token\/token/,
      );
      const noPair = recordingIo(env);
      assert.equal(
        await deployCommand(
          [
            pair.manifest,
            '--rendered',
            join(pair.dir, 'missing.json'),
            '--kubeconfig',
            session.kubeconfig,
            '--out',
            join(pair.dir, 'd.json'),
          ],
          noPair,
        ),
        2,
      );
      assert.match(noPair.err.join(''), /Cannot read .*missing\.json: no such file/);
      assert.notEqual(
        (await kubectlAsync(session.kubeconfig, ['get', 'namespace', 'rsci-cli-input'])).status,
        0,
        'no namespace was created',
      );
    },
  );

  test('teardown refuses a namespace rayservice-ci did not create', TEST, async () => {
    await kubectlAsync(session.kubeconfig, ['create', 'namespace', 'someone-elses']);
    const io = recordingIo();
    assert.equal(await teardownCommand(['--namespace', 'someone-elses', '--kubeconfig', session.kubeconfig], io), 1);
    assert.match(
      io.err.join(''),
      /refused: The namespace someone-elses does not carry app\.kubernetes\.io\/managed-by=rayservice-ci/,
    );
    assert.equal(
      (await kubectlAsync(session.kubeconfig, ['get', 'namespace', 'someone-elses'])).status,
      0,
      'still there',
    );
  });
});

describe('deploy on a cluster without GPUs', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession({ nodePool: { gpuNodes: 0, gpusPerNode: 1, cpuNodes: 1 } });
  });
  after(() => session?.stop());

  test(
    'fails once the GPU worker has been unschedulable past the grace, names the cause, writes the diagnosis',
    TEST,
    async (t) => {
      const pair = await renderExample('rsci-no-gpu');
      const io = recordingIo(env);
      const code = await deployCommand(
        [
          pair.manifest,
          '--kubeconfig',
          session.kubeconfig,
          '--out',
          join(pair.dir, 'deployment.json'),
          '--unschedulable-grace',
          '6s',
        ],
        io,
      );
      const text = io.err.join('');
      t.diagnostic(`what the user sees:\n${text}`);
      assert.equal(code, 1);
      assert.match(
        text,
        /rayservice-ci deploy: not deployed: llama32-3b-autoscale in namespace rsci-no-gpu did not become ready after \d+s: pod llama32-3b-autoscale-[a-z0-9]{5}-gpu-worker-[a-z0-9]{5} has been unschedulable for \d+s \(grace 6s\): 0\/1 nodes are available/,
      );
      // The example's GPU worker selects a Karpenter pool the cluster's one CPU node is not in.
      assert.match(text, /1 node\(s\) didn't match Pod's node affinity\/selector/);
      assert.match(text, /what to do: No node matches the pod's nodeSelector or node affinity/);
      assert.match(text, /teardown --namespace rsci-no-gpu/);
      assert.ok(!text.includes(SECRET_VALUE));
      const diagnosis = await readContract(join(pair.dir, 'deploy-diagnosis.json'), DEPLOY_DIAGNOSIS);
      assert.ok(diagnosis.ok, diagnosis.ok ? '' : diagnosis.problem);
      assert.equal(diagnosis.value.cause, 'Unschedulable');
      assert.ok(
        diagnosis.value.pods.some((p) => p.unschedulable?.includes("didn't match Pod's node affinity/selector")),
      );
      assert.ok(diagnosis.value.events.some((e) => e.reason === 'FailedScheduling'));
      assert.ok(!readFileSync(join(pair.dir, 'deploy-diagnosis.json'), 'utf8').includes(SECRET_VALUE));
      assert.equal(
        await teardownCommand(['--namespace', 'rsci-no-gpu', '--kubeconfig', session.kubeconfig], recordingIo()),
        0,
      );
    },
  );

  test('Ctrl-C stops the wait at once and says how to remove what exists', TEST, async () => {
    const pair = await renderExample('rsci-ctrl-c');
    const io = recordingIo(env);
    const running = deployCommand(
      [pair.manifest, '--kubeconfig', session.kubeconfig, '--out', join(pair.dir, 'deployment.json')],
      io,
    );
    await eventually('the wait to start', () => io.err.join('').includes('[0s] pods:'), 30_000);
    const signalled = performance.now();
    io.shutdown('SIGINT');
    assert.equal(await running, 1);
    assert.ok(performance.now() - signalled < 3_000);
    assert.match(
      io.err.join(''),
      /rayservice-ci deploy: stopped: deploy cancelled \(SIGINT\); teardown removes the namespace rsci-ctrl-c\.\nrayservice-ci deploy: remove what was created with: rayservice-ci teardown --namespace rsci-ctrl-c/,
    );
    assert.equal(
      await teardownCommand(['--namespace', 'rsci-ctrl-c', '--kubeconfig', session.kubeconfig], recordingIo()),
      0,
    );
  });

  test('janitor --dry-run lists the expired namespaces of rayservice-ci and deletes nothing', TEST, async () => {
    await kubectlAsync(session.kubeconfig, ['create', 'namespace', 'rsci-old']);
    await kubectlAsync(session.kubeconfig, [
      'label',
      'namespace',
      'rsci-old',
      'app.kubernetes.io/managed-by=rayservice-ci',
      'rayservice-ci.io/run-id=old',
    ]);
    await kubectlAsync(session.kubeconfig, [
      'annotate',
      'namespace',
      'rsci-old',
      'rayservice-ci.io/expires-at=2020-01-01T00:00:00Z',
    ]);
    const io = recordingIo();
    assert.equal(await janitorCommand(['--dry-run', '--kubeconfig', session.kubeconfig], io), 0, io.err.join(''));
    assert.match(io.err.join(''), /rayservice-ci janitor: rsci-old: expired .* ago; would be deleted \(dry run\)/);
    assert.match(io.out.join(''), /would delete 1 expired namespace/);
    assert.equal((await kubectlAsync(session.kubeconfig, ['get', 'namespace', 'rsci-old'])).status, 0);
    assert.equal(await janitorCommand(['--kubeconfig', session.kubeconfig], recordingIo()), 0);
    assert.notEqual((await kubectlAsync(session.kubeconfig, ['get', 'namespace', 'rsci-old'])).status, 0);
  });
});

describe('deploy without the permissions it needs', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession({
      deny: [
        { verb: 'delete', resource: 'namespaces' },
        { verb: 'create', resource: 'pods', subresource: 'portforward' },
      ],
    });
  });
  after(() => session?.stop());

  test('preflight lists what is missing and where to get it; nothing is created', TEST, async () => {
    const pair = await renderExample('rsci-rbac');
    const io = recordingIo(env);
    assert.equal(
      await deployCommand([pair.manifest, '--kubeconfig', session.kubeconfig, '--out', join(pair.dir, 'd.json')], io),
      1,
    );
    const text = io.err.join('');
    assert.match(text, /lacks 2 permissions deploy needs/);
    assert.match(text, /- delete namespaces \(cluster-wide\): delete the run's namespace/);
    assert.match(text, /- create pods\/portforward: port-forward to the head pod/);
    assert.match(text, /ClusterRole in docs\/rbac\.yaml/);
    assert.ok(!existsSync(join(pair.dir, 'd.json')));
    assert.notEqual(
      (await kubectlAsync(session.kubeconfig, ['get', 'namespace', 'rsci-rbac'])).status,
      0,
      'no namespace was created',
    );
  });
});

test('on a terminal, progress rewrites one live line between whole lines; elsewhere only whole lines', () => {
  const tty = recordingIo({}, true);
  const progress = cliProgress(tty, '');
  progress.live?.('12s waiting: serve endpoints');
  progress.line('[12s] pods: headgroup 1/1 running');
  progress.live?.('x'.repeat(200));
  progress.done();
  assert.deepEqual(tty.err, [
    '\r\u001b[2K12s waiting: serve endpoints',
    '\r\u001b[2K',
    '[12s] pods: headgroup 1/1 running\n',
    `\r\u001b[2K${'x'.repeat(109)}…`,
    '\r\u001b[2K',
  ]);
  const pipe = recordingIo({}, false);
  const plain = cliProgress(pipe, '');
  assert.equal(plain.live, undefined);
  plain.line('a line');
  assert.deepEqual(pipe.err, ['a line\n']);
});

describe('deploy and teardown against an API server that fails one request in five (429, 500)', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession({ faults: { rate: 0.2, codes: [429, 500] } });
  });
  after(() => session?.stop());

  test('both still go through: calls are retried, a failed poll is only a poll', TEST, async () => {
    const pair = await renderExample('rsci-faults');
    const out = join(pair.dir, 'deployment.json');
    const io = recordingIo(env);
    assert.equal(
      await deployCommand([pair.manifest, '--kubeconfig', session.kubeconfig, '--out', out, '--timeout', '2m'], io),
      0,
      io.err.join(''),
    );
    assert.ok((await readContract(out, DEPLOYMENT)).ok);
    assert.doesNotMatch(
      io.err.join(''),
      /pods: no pods yet.*\n.*pods: headgroup.*\n.*pods: no pods yet/,
      'a failed list does not show as pods vanishing',
    );
    const down = recordingIo();
    assert.equal(
      await teardownCommand(['--deployment', out, '--kubeconfig', session.kubeconfig], down),
      0,
      down.err.join(''),
    );
    assert.match(down.err.join(''), /namespace rsci-faults: gone/);
  });
});
