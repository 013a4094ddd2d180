// openReach against the sim with the real client-node: a forward to the head pod serves /v1/models and the dashboard,
// and is re-established when the head pod is replaced.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { get } from 'node:http';
import * as k8s from '@kubernetes/client-node';
import { headSelector, openReach, type OpenReach, type Reach } from '../../src/kube/index.ts';
import { deployExample, eventually, simSession, type SimSession } from '../helpers/sim.ts';

const NS = 'reach';
const TEST = { timeout: 60_000 };

describe('openReach', () => {
  let session: SimSession;
  let name: string;
  let cluster: string;
  let head: string;
  const opened: OpenReach[] = [];
  before(async () => {
    session = await simSession({ timeScale: 4 });
    ({ name } = await deployExample(session, NS));
    const custom = session.kc.makeApiClient(k8s.CustomObjectsApi);
    cluster = await eventually(
      'a ready RayService',
      async () => {
        const service = (await custom.getNamespacedCustomObject({
          group: 'ray.io',
          version: 'v1',
          plural: 'rayservices',
          namespace: NS,
          name,
        })) as { status?: { numServeEndpoints?: number; activeServiceStatus?: { rayClusterName?: string } } };
        return (service.status?.numServeEndpoints ?? 0) > 0
          ? service.status?.activeServiceStatus?.rayClusterName
          : undefined;
      },
      60_000,
    );
    const pods = await session.kc
      .makeApiClient(k8s.CoreV1Api)
      .listNamespacedPod({ namespace: NS, labelSelector: headSelector(cluster) });
    head = pods.items[0]!.metadata!.name!;
  });
  after(async () => {
    for (const reach of opened) await reach.close();
    await session?.stop();
  });

  const forward = (port: number, extra: Partial<Reach> = {}): Reach =>
    ({ kind: 'port-forward', namespace: NS, podSelector: headSelector(cluster), pod: head, port, ...extra }) as Reach;

  test('a URL is passed through; a forward serves /v1/models on 8000 and the dashboard on 8265', TEST, async () => {
    const given = await openReach(session.kc, { kind: 'url', url: 'http://127.0.0.1:9/' });
    assert.equal(given.url, 'http://127.0.0.1:9');
    const serve = await openReach(session.kc, forward(8000));
    const dashboard = await openReach(session.kc, forward(8265));
    opened.push(serve, dashboard);
    assert.match(serve.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const models = (await (await fetch(`${serve.url}/v1/models`)).json()) as { data: { id: string }[] };
    assert.ok(models.data.length > 0, 'models listed');
    const apps = await fetch(`${dashboard.url}/api/serve/applications/`);
    assert.equal(apps.status, 200);
  });

  test('when the head pod is replaced, the same forward reaches the new one', TEST, async () => {
    const notes: string[] = [];
    const serve = await openReach(session.kc, forward(8000, { rayService: name }), {
      recheckMs: 200,
      note: (line) => notes.push(line),
    });
    opened.push(serve);
    assert.equal((await fetch(`${serve.url}/v1/models`)).status, 200);
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    await core.deleteNamespacedPod({ namespace: NS, name: head });
    const replacement = await eventually(
      'a new running head pod',
      async () => {
        const pods = await core.listNamespacedPod({ namespace: NS, labelSelector: headSelector(cluster) });
        return pods.items.find(
          (p) => p.metadata?.name !== head && p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp,
        )?.metadata?.name;
      },
      30_000,
    );
    await eventually(
      'the old head pod gone',
      async () =>
        !(await core.listNamespacedPod({ namespace: NS, labelSelector: headSelector(cluster) })).items.some(
          (p) => p.metadata?.name === head,
        ),
      30_000,
    );
    // A new connection each time (no keep-alive): the sim, unlike a kubelet, keeps a tunnel open after its pod goes.
    const status = await eventually(
      '/v1/models through the forward again',
      async () => {
        const answer = await freshGet(`${serve.url}/v1/models`);
        return answer === 200 ? answer : undefined;
      },
      30_000,
    );
    assert.equal(status, 200);
    assert.equal(serve.pod(), replacement);
    assert.ok(
      notes.some((line) => line.includes(replacement)),
      notes.join('\n'),
    );
  });

  test('after a zero-downtime upgrade, new connections go to the head of the new active cluster', TEST, async () => {
    const serve = await openReach(session.kc, forward(8000, { rayService: name }), { recheckMs: 200 });
    opened.push(serve);
    assert.equal(await freshGet(`${serve.url}/v1/models`), 200);
    const custom = session.kc.makeApiClient(k8s.CustomObjectsApi);
    const ref = { group: 'ray.io', version: 'v1', plural: 'rayservices', namespace: NS, name };
    const service = (await custom.getNamespacedCustomObject(ref)) as {
      spec: { rayClusterConfig: { headGroupSpec: { template: { spec: { containers: { env?: unknown[] }[] } } } } };
    };
    const container = service.spec.rayClusterConfig.headGroupSpec.template.spec.containers[0]!;
    container.env = [...(container.env ?? []), { name: 'UPGRADE_MARKER', value: '1' }];
    // A changed rayClusterConfig: KubeRay builds a second cluster and moves the service to it once it serves.
    await custom.patchNamespacedCustomObject(
      { ...ref, body: { spec: { rayClusterConfig: service.spec.rayClusterConfig } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    const upgraded = await eventually(
      'a new active cluster',
      async () => {
        const now = (await custom.getNamespacedCustomObject(ref)) as {
          status?: { activeServiceStatus?: { rayClusterName?: string } };
        };
        const active = now.status?.activeServiceStatus?.rayClusterName;
        return active && active !== cluster ? active : undefined;
      },
      60_000,
    );
    await eventually(
      "the forward on the new cluster's head",
      async () => (await freshGet(`${serve.url}/v1/models`)) === 200 && serve.pod()?.startsWith(`${upgraded}-head-`),
      30_000,
    );
  });
});

/** The status of a GET over a connection of its own. */
function freshGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: 5_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
  });
}
