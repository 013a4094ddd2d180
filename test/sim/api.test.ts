// The sim's Kubernetes API through real clients: kubectl over HTTP and @kubernetes/client-node's typed calls.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { startSim, ManualClock, type RunningSim } from '../../src/sim/index.ts';
import { kubectlAsync } from '../helpers/kubectl.ts';
import { run, runUntil, settle, simSession } from '../helpers/sim.ts';
import { RESOURCE_TYPES } from '../../src/sim/api/resources.ts';
import { EXAMPLE } from '../helpers/variants.ts';

let sim: RunningSim;
let kubeconfig: string;
let kc: k8s.KubeConfig;

before(async () => {
  kubeconfig = join(mkdtempSync(join(tmpdir(), 'rsci-sim-')), 'kubeconfig');
  sim = await startSim({ kubeconfigPath: kubeconfig, seed: 7 });
  kc = new k8s.KubeConfig();
  kc.loadFromFile(kubeconfig);
});
after(async () => sim.stop());

const ns = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;

test('kubectl: discovery, server-side apply of the example, re-apply, and namespace deletion', async () => {
  const nodes = await kubectlAsync(kubeconfig, ['get', 'nodes', '-o', 'name']);
  assert.equal(nodes.status, 0, nodes.stderr);
  assert.match(nodes.stdout, /node\/sim-gpu-0/);
  assert.equal((await kubectlAsync(kubeconfig, ['apply', '--server-side', '-f', '-'], ns('kubectl-1'))).status, 0);
  const applied = await kubectlAsync(
    kubeconfig,
    ['apply', '--server-side', '-n', 'kubectl-1', '-f', '-'],
    EXAMPLE.replace('namespace: ray-service', 'namespace: kubectl-1'),
  );
  assert.equal(applied.status, 0, applied.stderr);
  assert.match(applied.stdout, /rayservice.ray.io\/llama32-3b-autoscale serverside-applied/);
  const listed = await kubectlAsync(kubeconfig, [
    'get',
    'rayservices',
    '-A',
    '-o',
    'jsonpath={.items[*].metadata.name}',
  ]);
  assert.equal(listed.stdout, 'llama32-3b-autoscale');
  const deleted = await kubectlAsync(kubeconfig, ['delete', 'namespace', 'kubectl-1', '--timeout=30s']);
  assert.equal(deleted.status, 0, deleted.stderr);
  assert.equal((await kubectlAsync(kubeconfig, ['get', 'rayservices', '-A', '-o', 'name'])).stdout, '');
});

test("kubectl: server-side apply conflicts with another manager's change, --force-conflicts takes over, dropped fields go", async () => {
  await kubectlAsync(kubeconfig, ['apply', '--server-side', '-f', '-'], ns('owners-1'));
  const manifest = EXAMPLE.replace('namespace: ray-service', 'namespace: owners-1').replace(
    /^metadata:\n/m,
    'metadata:\n  annotations:\n    team: llm\n',
  );
  assert.equal((await kubectlAsync(kubeconfig, ['apply', '--server-side', '-f', '-'], manifest)).status, 0);
  const patched = await kubectlAsync(kubeconfig, [
    'patch',
    'rayservice',
    'llama32-3b-autoscale',
    '-n',
    'owners-1',
    '--type',
    'merge',
    '-p',
    '{"spec":{"rayClusterConfig":{"headGroupSpec":{"rayStartParams":{"dashboard-host":"127.0.0.1"}}}}}',
  ]);
  assert.equal(patched.status, 0, patched.stderr);
  const refused = await kubectlAsync(kubeconfig, ['apply', '--server-side', '-f', '-'], manifest);
  assert.equal(refused.status, 1);
  assert.match(
    refused.stderr,
    /Apply failed with 1 conflict: conflict with "kubectl-patch" using ray\.io\/v1 at [^:]+:\d\d:\d\dZ: \.spec\.rayClusterConfig\.headGroupSpec\.rayStartParams\.dashboard-host/,
  );
  const forced = await kubectlAsync(
    kubeconfig,
    ['apply', '--server-side', '--force-conflicts', '-f', '-'],
    manifest.replace('  annotations:\n    team: llm\n', ''),
  );
  assert.equal(forced.status, 0, forced.stderr);
  const live = JSON.parse(
    (
      await kubectlAsync(kubeconfig, [
        'get',
        'rayservice',
        'llama32-3b-autoscale',
        '-n',
        'owners-1',
        '-o',
        'json',
        '--show-managed-fields',
      ])
    ).stdout,
  );
  assert.equal(live.spec.rayClusterConfig.headGroupSpec.rayStartParams['dashboard-host'], '0.0.0.0');
  assert.equal(live.metadata.annotations?.team, undefined, 'an annotation dropped from the manifest is removed');
  assert.deepEqual(
    live.metadata.managedFields.map((e: { manager: string; operation: string }) => `${e.manager}/${e.operation}`),
    ['kubectl/Apply'],
  );
});

test('kubectl: strict field validation rejects a misspelt RayService field', async () => {
  await kubectlAsync(kubeconfig, ['apply', '--server-side', '-f', '-'], ns('strict-1'));
  const typo = EXAMPLE.replace('namespace: ray-service', 'namespace: strict-1').replace(
    'enableInTreeAutoscaling',
    'enableInTreeAutoScaling',
  );
  const applied = await kubectlAsync(kubeconfig, ['apply', '--server-side', '-f', '-'], typo);
  assert.notEqual(applied.status, 0);
  assert.match(applied.stderr, /unknown field "spec.rayClusterConfig.enableInTreeAutoScaling"/);
});

test('client-node: typed create, list with a label selector, merge patch, optimistic concurrency, watch', async () => {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: 'client-1' } } });
  await core.createNamespacedConfigMap({
    namespace: 'client-1',
    body: { metadata: { name: 'a', labels: { app: 'x' } }, data: { k: 'v' } },
  });
  await core.createNamespacedConfigMap({
    namespace: 'client-1',
    body: { metadata: { name: 'b', labels: { app: 'y' } } },
  });
  const list = await core.listNamespacedConfigMap({ namespace: 'client-1', labelSelector: 'app in (x)' });
  assert.deepEqual(
    list.items.map((c) => c.metadata?.name),
    ['a'],
  );

  const events: string[] = [];
  const watch = new k8s.Watch(kc);
  const request = await watch.watch(
    '/api/v1/namespaces/client-1/configmaps',
    { resourceVersion: list.metadata?.resourceVersion },
    (type, object) => events.push(`${type} ${object.metadata.name} ${object.data?.k ?? ''}`),
    () => undefined,
  );

  const patched = await core.patchNamespacedConfigMap(
    { namespace: 'client-1', name: 'a', body: { data: { k: 'w' } } },
    k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
  );
  assert.equal(patched.data?.k, 'w');
  const stale = { ...list.items[0]!, data: { k: 'stale' } };
  await assert.rejects(
    core.replaceNamespacedConfigMap({ namespace: 'client-1', name: 'a', body: stale }),
    (error: { code?: number }) => error.code === 409,
  );

  // The event travels on the watch's own connection: counted in event-loop turns, not milliseconds.
  await settle('the MODIFIED event on the watch', () => events.length > 0).finally(() => request.abort());
  assert.deepEqual(events, ['MODIFIED a w']);
  await assert.rejects(
    core.readNamespacedConfigMap({ namespace: 'client-1', name: 'nope' }),
    (error: { code?: number }) => error.code === 404,
  );
});

test('client-node: server-side apply of a RayService through KubernetesObjectApi, then status and generation', async (t) => {
  // A clock nobody advances freezes the controllers, so the only writes are this test's own: with them running,
  // KubeRay's finalizer or status write can land between two applies and look like the apply wrote.
  const frozenConfig = join(mkdtempSync(join(tmpdir(), 'rsci-sim-')), 'kubeconfig');
  const frozen = await startSim({ kubeconfigPath: frozenConfig, seed: 7, clock: new ManualClock() });
  t.after(() => frozen.stop());
  const frozenKc = new k8s.KubeConfig();
  frozenKc.loadFromFile(frozenConfig);
  const objects = k8s.KubernetesObjectApi.makeApiClient(frozenKc);
  await frozenKc.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name: 'ssa-1' } } });
  const { parse } = await import('yaml');
  const spec = parse(EXAMPLE) as k8s.KubernetesObject;
  spec.metadata!.namespace = 'ssa-1';
  const created = await objects.patch(
    spec,
    undefined,
    undefined,
    'rayservice-ci',
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  assert.equal(created.metadata?.generation, 1);
  (
    spec as { spec: { rayClusterConfig: { workerGroupSpecs: { maxReplicas: number }[] } } }
  ).spec.rayClusterConfig.workerGroupSpecs[0]!.maxReplicas = 2;
  const changed = await objects.patch(
    spec,
    undefined,
    undefined,
    'rayservice-ci',
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  assert.equal(changed.metadata?.generation, 2);
  const again = await objects.patch(
    spec,
    undefined,
    undefined,
    'rayservice-ci',
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  assert.equal(again.metadata?.resourceVersion, changed.metadata?.resourceVersion, 'an unchanged apply writes nothing');
});

test('lists come in chunks: limit and continue for client-node, and kubectl get --chunk-size follows them', async () => {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: 'chunks-1' } } });
  const names = ['e', 'a-2', 'c', 'a-10', 'b'];
  for (const name of names)
    await core.createNamespacedConfigMap({ namespace: 'chunks-1', body: { metadata: { name } } });
  const seen: string[] = [];
  let token: string | undefined;
  let pages = 0;
  do {
    const page = await core.listNamespacedConfigMap({
      namespace: 'chunks-1',
      limit: 2,
      ...(token ? { _continue: token } : {}),
    });
    pages++;
    seen.push(...page.items.map((c) => c.metadata!.name!));
    if (page.metadata?._continue) assert.equal(page.metadata.remainingItemCount, names.length - seen.length);
    token = page.metadata?._continue;
  } while (token && pages < 10);
  assert.equal(pages, 3);
  assert.deepEqual(seen, [...names].sort(), 'every item once, in key (byte) order');
  const chunked = await kubectlAsync(kubeconfig, [
    'get',
    'configmaps',
    '-n',
    'chunks-1',
    '--chunk-size=2',
    '-o',
    'name',
  ]);
  assert.equal(chunked.stdout.trim().split('\n').length, names.length, chunked.stderr);
  const bad = await fetch(`${sim.url}/api/v1/namespaces/chunks-1/configmaps?limit=2&continue=bogus`);
  assert.equal(bad.status, 400);
});

test('errors are Status objects with the right codes: 404 unknown namespace, 409 exists, 410 expired watch', async () => {
  const get = (path: string, init?: RequestInit) => fetch(`${sim.url}${path}`, init);
  const missing = await get('/api/v1/namespaces/none/configmaps', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ metadata: { name: 'x' } }),
  });
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { kind: string }).kind, 'Status');
  const twice = await get('/api/v1/namespaces', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ metadata: { name: 'default' } }),
  });
  assert.equal(twice.status, 409);
  assert.equal(((await twice.json()) as { reason: string }).reason, 'AlreadyExists');
  const namespaces = RESOURCE_TYPES.find((t) => t.kind === 'Namespace')!;
  for (let i = 0; i < 5100; i++)
    sim.store.mutate(namespaces, undefined, 'default', (o) => void (o.metadata.labels = { i: String(i) }));
  const expired = await get('/api/v1/namespaces?watch=true&resourceVersion=2');
  assert.equal(expired.status, 410);
});

test("kubectl create namespace/secret/configmap (protobuf bodies) and kubectl get tables with the printers' columns", async () => {
  assert.equal((await kubectlAsync(kubeconfig, ['create', 'namespace', 'proto-1'])).status, 0);
  const secret = await kubectlAsync(kubeconfig, [
    'create',
    'secret',
    'generic',
    'hf-token',
    '-n',
    'proto-1',
    '--from-literal=token=s3cr3t',
  ]);
  assert.equal(secret.status, 0, secret.stderr);
  const data = await kubectlAsync(kubeconfig, [
    'get',
    'secret',
    'hf-token',
    '-n',
    'proto-1',
    '-o',
    'jsonpath={.data.token}',
  ]);
  assert.equal(Buffer.from(data.stdout, 'base64').toString(), 's3cr3t');
  assert.equal(
    (await kubectlAsync(kubeconfig, ['create', 'configmap', 'c', '-n', 'proto-1', '--from-literal=k=v'])).status,
    0,
  );
  const namespaces = (await kubectlAsync(kubeconfig, ['get', 'namespaces'])).stdout;
  assert.match(namespaces.split('\n')[0]!, /^NAME\s+STATUS\s+AGE$/);
  assert.match(namespaces, /\nproto-1\s+Active\s+\d+s/);
  const nodes = (await kubectlAsync(kubeconfig, ['get', 'nodes'])).stdout;
  assert.match(nodes.split('\n')[0]!, /^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
});

test('a namespace held by a finalizer stays Terminating, refuses new content with 403, and goes when released', async () => {
  // The namespace controller sweeps every 500 ms of the sim's clock. On a clock the test steps, "stays Terminating"
  // holds after a known number of sweeps, not after however many a second of wall time allowed on a busy machine.
  const session = await simSession({ seed: 7, clock: new ManualClock() });
  try {
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    await core.createNamespace({ body: { metadata: { name: 'term-1' } } });
    await core.createNamespacedConfigMap({
      namespace: 'term-1',
      body: { metadata: { name: 'held', finalizers: ['example.com/hold'] } },
    });
    await core.deleteNamespace({ name: 'term-1' });
    await runUntil(
      session.sim,
      'the namespace controller deleting the held ConfigMap',
      async () =>
        (await core.readNamespacedConfigMap({ namespace: 'term-1', name: 'held' })).metadata?.deletionTimestamp !==
        undefined,
      { maxSimSeconds: 5 },
    );
    await run(session.sim, 10);
    assert.equal(
      (await core.readNamespace({ name: 'term-1' })).status?.phase,
      'Terminating',
      'twenty sweeps later, the finalizer still holds it',
    );
    await assert.rejects(
      core.createNamespacedConfigMap({ namespace: 'term-1', body: { metadata: { name: 'late' } } }),
      (error: { code?: number; body?: string }) =>
        error.code === 403 && JSON.parse(String(error.body)).message.startsWith('configmaps "late" is forbidden'),
    );
    await core.patchNamespacedConfigMap(
      { namespace: 'term-1', name: 'held', body: { metadata: { finalizers: null } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    await runUntil(
      session.sim,
      'the released namespace to go',
      async (saw) => {
        const names = (await core.listNamespace()).items.map((n) => n.metadata?.name);
        saw(names);
        return !names.includes('term-1');
      },
      { maxSimSeconds: 5 },
    );
  } finally {
    await session.stop();
  }
});
