// The example RayService on the sim, as a user drives it with kubectl: apply, wait for Ready, pods and Services
// with KubeRay's names and labels, port-forward and chat, the dashboard's Serve API, teardown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { KUBECTL, kubectlAsync } from '../helpers/kubectl.ts';
import { deployExample, eventually, simSession, type SimSession } from '../helpers/sim.ts';

let session: SimSession;
const NS = 'kuberay-e2e';

before(async () => {
  session = await simSession();
  await deployExample(session, NS);
});
after(async () => session.stop());

test('kubectl wait --for=condition=Ready, with KubeRay status fields a client reads', async () => {
  const waited = await kubectlAsync(session.kubeconfig, [
    'wait',
    '--for=condition=Ready',
    'rayservice/llama32-3b-autoscale',
    '-n',
    NS,
    '--timeout=60s',
  ]);
  assert.equal(waited.status, 0, waited.stderr);
  const status = JSON.parse(
    (await kubectlAsync(session.kubeconfig, ['get', 'rayservice', 'llama32-3b-autoscale', '-n', NS, '-o', 'json']))
      .stdout,
  ).status;
  assert.equal(status.serviceStatus, 'Running');
  assert.ok(status.numServeEndpoints > 0);
  assert.equal(status.conditions.find((c: { type: string }) => c.type === 'Ready').reason, 'NonZeroServeEndpoints');
  const app = status.activeServiceStatus.applicationStatuses['llama32-3b-autoscale'];
  assert.equal(app.status, 'RUNNING');
  assert.equal(app.serveDeploymentStatuses['LLMDeploymentLlama-3_2-3B-Instruct'].status, 'HEALTHY');
  const cluster = JSON.parse(
    (
      await kubectlAsync(session.kubeconfig, [
        'get',
        'raycluster',
        status.activeServiceStatus.rayClusterName,
        '-n',
        NS,
        '-o',
        'json',
      ])
    ).stdout,
  );
  assert.equal(cluster.metadata.labels['ray.io/originated-from-cr-name'], 'llama32-3b-autoscale');
  assert.match(cluster.metadata.name, /^llama32-3b-autoscale-[a-z0-9]{5}$/);
});

test('kubectl get pods -l: worker pods with KubeRay labels, the run label from render, a GPU node', async () => {
  const pods = JSON.parse(
    (
      await kubectlAsync(session.kubeconfig, [
        'get',
        'pods',
        '-n',
        NS,
        '-l',
        'ray.io/node-type=worker,ray.io/group=gpu',
        '-o',
        'json',
      ])
    ).stdout,
  ).items;
  assert.equal(pods.length, 1);
  const [pod] = pods;
  assert.equal(pod.metadata.labels['ray.io/serve'], 'true');
  assert.equal(pod.metadata.labels['rayservice-ci.io/run-id'], NS);
  assert.match(pod.spec.nodeName, /^sim-gpu-/);
  assert.equal(pod.status.phase, 'Running');
  const slices = JSON.parse(
    (
      await kubectlAsync(session.kubeconfig, [
        'get',
        'endpointslices',
        '-n',
        NS,
        '-l',
        'kubernetes.io/service-name=llama32-3b-autoscale-serve-svc',
        '-o',
        'json',
      ])
    ).stdout,
  ).items;
  const readyEndpoints = slices
    .flatMap((s: { endpoints: { conditions: { ready: boolean } }[] }) => s.endpoints)
    .filter((e: { conditions: { ready: boolean } }) => e.conditions.ready);
  const status = JSON.parse(
    (await kubectlAsync(session.kubeconfig, ['get', 'rayservice', 'llama32-3b-autoscale', '-n', NS, '-o', 'json']))
      .stdout,
  ).status;
  assert.equal(
    readyEndpoints.length,
    status.numServeEndpoints,
    'numServeEndpoints counts the ready endpoints of the serve Service',
  );
  assert.equal(slices[0].ports[0].port, 8000);
  const endpoints = JSON.parse(
    (
      await kubectlAsync(session.kubeconfig, [
        'get',
        'endpoints',
        'llama32-3b-autoscale-serve-svc',
        '-n',
        NS,
        '-o',
        'json',
      ])
    ).stdout,
  );
  assert.equal(endpoints.subsets[0].addresses.length, status.numServeEndpoints);
  const svcs = (await kubectlAsync(session.kubeconfig, ['get', 'svc', '-n', NS, '-o', 'name'])).stdout
    .split('\n')
    .filter(Boolean)
    .sort();
  assert.ok(
    svcs.includes('service/llama32-3b-autoscale-serve-svc') && svcs.includes('service/llama32-3b-autoscale-head-svc'),
    svcs.join(' '),
  );
});

test('kubectl port-forward to the serve Service, then chat (plain and streamed) and list models', async () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const forward = spawn(
    KUBECTL,
    [
      '--kubeconfig',
      session.kubeconfig,
      'port-forward',
      '-n',
      NS,
      'svc/llama32-3b-autoscale-serve-svc',
      `${port}:8000`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    await eventually(
      'port-forward to listen',
      async () => (await fetch(`http://127.0.0.1:${port}/v1/models`)).ok || undefined,
      15_000,
    );
    const models = (await (await fetch(`http://127.0.0.1:${port}/v1/models`)).json()) as {
      data: { id: string; metadata: { max_request_context_length: number } }[];
    };
    assert.deepEqual(
      models.data.map((m) => m.id),
      ['Llama-3.2-3B-Instruct'],
    );
    assert.equal(models.data[0]!.metadata.max_request_context_length, 8192);
    const body = {
      model: 'Llama-3.2-3B-Instruct',
      messages: [{ role: 'user', content: 'Name three prime numbers.' }],
      max_tokens: 8,
    };
    const chat = (await (
      await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json()) as {
      choices: { message: { content: string }; finish_reason: string }[];
      usage: { completion_tokens: number };
    };
    assert.ok(chat.choices[0]!.message.content.length > 0);
    assert.ok(chat.usage.completion_tokens >= 1 && chat.usage.completion_tokens <= 8);
    const streamed = await (
      await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...body, stream: true, stream_options: { include_usage: true } }),
      })
    ).text();
    const events = streamed.split('\n\n').filter(Boolean);
    assert.equal(events.at(-1), 'data: [DONE]');
    const usage = JSON.parse(events.at(-2)!.slice('data: '.length));
    assert.deepEqual(usage.choices, []);
    assert.equal(
      usage.usage.completion_tokens,
      events.length - 3,
      'one role chunk, one chunk per token, usage, [DONE]',
    );
    const unknown = await fetch(`http://127.0.0.1:${port}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...body, model: 'nope' }),
    });
    assert.equal(unknown.status, 404);
  } finally {
    forward.kill();
  }
});

test("client-node port-forward to the head pod reaches the dashboard Serve API in Ray's shape", async () => {
  const k8s = await import('@kubernetes/client-node');
  const net = await import('node:net');
  const core = session.kc.makeApiClient(k8s.CoreV1Api);
  const head = (await core.listNamespacedPod({ namespace: NS, labelSelector: 'ray.io/node-type=head' })).items[0]!;
  const forward = new k8s.PortForward(session.kc);
  const server = net.createServer(
    (socket) => void forward.portForward(NS, head.metadata!.name!, [8265], socket, null, socket),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const port = (server.address() as { port: number }).port;
    const details = (await (await fetch(`http://127.0.0.1:${port}/api/serve/applications/`)).json()) as any;
    const deployment = details.applications['llama32-3b-autoscale'].deployments['LLMDeploymentLlama-3_2-3B-Instruct'];
    assert.equal(deployment.target_num_replicas, 1);
    assert.equal(deployment.deployment_config.autoscaling_config.max_replicas, 4);
    assert.equal(deployment.deployment_config.autoscaling_config.upscale_delay_s, 30);
    assert.deepEqual(
      deployment.replicas.map((r: { state: string }) => r.state),
      ['RUNNING'],
    );
    assert.match(deployment.replicas[0].replica_id, /^[a-z0-9]{8}$/);
    assert.equal(details.applications['llama32-3b-autoscale'].deployments['LLMRouter'].target_num_replicas, 2);
  } finally {
    server.close();
  }
});

test('kubectl delete namespace: the RayService finalizer is released and everything goes', async () => {
  const deleted = await kubectlAsync(session.kubeconfig, ['delete', 'namespace', NS, '--timeout=60s']);
  assert.equal(deleted.status, 0, deleted.stderr);
  const left = await kubectlAsync(session.kubeconfig, ['get', 'pods,rayservices,rayclusters', '-A', '-o', 'name']);
  assert.equal(left.stdout.trim(), '');
});
