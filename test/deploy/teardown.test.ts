// Teardown and the janitor against the sim with the real client-node: the operator gone (its finalizer removed as a
// loud last resort), only our namespaces and only the given run, idempotence, and expiry.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import * as k8s from '@kubernetes/client-node';
import { parse } from 'yaml';
import { EXAMPLE_PATH } from '../helpers/variants.ts';
import { runJanitor, tearDown, WALL_CLOCK, type Clock } from '../../src/deploy/index.ts';
import { deployExample, eventually, simSession, type SimSession } from '../helpers/sim.ts';

const TEST = { timeout: 60_000 };
const RAY_SERVICES = {
  group: 'ray.io',
  version: 'v1',
  plural: 'rayservices',
} as const;

async function ownedNamespace(
  session: SimSession,
  name: string,
  labels: Record<string, string>,
  annotations: Record<string, string> = {},
): Promise<void> {
  await session.kc.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name, labels, annotations } } });
}

const OURS = (run: string) => ({
  'app.kubernetes.io/managed-by': 'rayservice-ci',
  'rayservice-ci.io/run-id': run,
});

async function exists(session: SimSession, name: string): Promise<boolean> {
  return session.kc
    .makeApiClient(k8s.CoreV1Api)
    .readNamespace({ name })
    .then(
      () => true,
      () => false,
    );
}

describe('teardown', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession();
  });
  after(() => session?.stop());

  test(
    'with the operator gone, the finalizer is removed after the grace, said loudly, and the namespace goes',
    TEST,
    async () => {
      const { name } = await deployExample(session, 'gone-op');
      await session.kc
        .makeApiClient(k8s.CoreV1Api)
        .patchNamespace(
          { name: 'gone-op', body: { metadata: { labels: OURS('gone-op') } } },
          k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
        );
      const custom = session.kc.makeApiClient(k8s.CustomObjectsApi);
      await eventually("KubeRay's finalizer", async () =>
        (
          (await custom.getNamespacedCustomObject({
            ...RAY_SERVICES,
            namespace: 'gone-op',
            name,
          })) as k8s.KubernetesObject
        ).metadata?.finalizers?.includes('ray.io/rayservice-finalizer'),
      );
      session.sim.world.kuberay.stop();
      const said: string[] = [];
      const started = performance.now();
      const outcome = await tearDown(
        session.kc,
        'gone-op',
        { finalizerGraceMs: 1_500, pollMs: 200, namespaceWaitMs: 20_000 },
        { clock: WALL_CLOCK, say: (line) => said.push(line) },
      );
      assert.deepEqual(
        outcome,
        {
          ok: true,
          result: 'deleted',
          forcedFinalizers: [`rayservices/${name}`],
        },
        said.join('\n'),
      );
      assert.ok(performance.now() - started >= 1_500, 'KubeRay was given its grace first');
      const warning = said.find((line) => line.startsWith('WARNING:'));
      assert.match(
        warning ?? '',
        new RegExp(
          `RayService gone-op/${name} is still held by ray.io/rayservice-finalizer .* the KubeRay operator is not running or not reconciling\\. Removing the finalizer as a last resort`,
        ),
      );
      assert.equal(await exists(session, 'gone-op'), false);
    },
  );

  test(
    "a namespace already terminating, held by a RayCluster's GCS-FT finalizer (kuberay#3388), is released too",
    TEST,
    async () => {
      await ownedNamespace(session, 'held-ns', OURS('held'));
      const example = parse(readFileSync(EXAMPLE_PATH, 'utf8')) as {
        spec: { rayClusterConfig: unknown };
      };
      const custom = session.kc.makeApiClient(k8s.CustomObjectsApi);
      const body = {
        apiVersion: 'ray.io/v1',
        kind: 'RayCluster',
        metadata: {
          name: 'held',
          finalizers: ['ray.io/gcs-ft-redis-cleanup-finalizer'],
        },
        spec: example.spec.rayClusterConfig,
      };
      await custom.createNamespacedCustomObject({
        group: 'ray.io',
        version: 'v1',
        plural: 'rayclusters',
        namespace: 'held-ns',
        body,
      });
      await session.kc.makeApiClient(k8s.CoreV1Api).deleteNamespace({ name: 'held-ns' });
      const said: string[] = [];
      const outcome = await tearDown(
        session.kc,
        'held-ns',
        { finalizerGraceMs: 1_000, pollMs: 200, namespaceWaitMs: 20_000 },
        { clock: WALL_CLOCK, say: (line) => said.push(line) },
      );
      assert.deepEqual(
        outcome,
        { ok: true, result: 'deleted', forcedFinalizers: ['rayclusters/held'] },
        said.join('\n'),
      );
      assert.ok(
        said.some((line) =>
          /^WARNING: RayCluster held-ns\/held is still held by ray\.io\/gcs-ft-redis-cleanup-finalizer/.test(line),
        ),
      );
    },
  );

  test('only namespaces rayservice-ci created, only of the given run; again is harmless', TEST, async () => {
    await session.kc.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name: 'foreign' } } });
    await ownedNamespace(session, 'run-a', OURS('a'));
    const said: string[] = [];
    const context = {
      clock: WALL_CLOCK,
      say: (line: string) => said.push(line),
    };
    const foreign = await tearDown(session.kc, 'foreign', {}, context);
    assert.equal(foreign.ok, false);
    assert.equal(!foreign.ok && foreign.refused, true);
    assert.equal(await exists(session, 'foreign'), true);
    const otherRun = await tearDown(session.kc, 'run-a', { runId: 'b' }, context);
    assert.match(!otherRun.ok ? otherRun.problem : '', /belongs to run a, not b\. Nothing was deleted/);
    assert.equal(await exists(session, 'run-a'), true);
    assert.deepEqual(await tearDown(session.kc, 'run-a', { runId: 'a', pollMs: 200 }, context), {
      ok: true,
      result: 'deleted',
      forcedFinalizers: [],
    });
    assert.deepEqual(await tearDown(session.kc, 'run-a', { runId: 'a' }, context), {
      ok: true,
      result: 'already-gone',
      forcedFinalizers: [],
    });
  });
});

describe('janitor', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession();
  });
  after(() => session?.stop());

  test('deletes our expired namespaces only; a dry run only says which', TEST, async () => {
    const now = Date.parse('2026-06-01T12:00:00Z');
    await ownedNamespace(session, 'expired-1', OURS('e1'), {
      'rayservice-ci.io/expires-at': '2026-06-01T06:00:00Z',
    });
    await ownedNamespace(session, 'expired-2', OURS('e2'), {
      'rayservice-ci.io/expires-at': '2026-05-30T00:00:00Z',
    });
    await ownedNamespace(session, 'fresh', OURS('f'), {
      'rayservice-ci.io/expires-at': '2026-06-01T18:00:00Z',
    });
    await ownedNamespace(session, 'no-expiry', OURS('n'));
    await session.kc.makeApiClient(k8s.CoreV1Api).createNamespace({
      body: {
        metadata: {
          name: 'not-ours',
          annotations: {
            'rayservice-ci.io/expires-at': '2020-01-01T00:00:00Z',
          },
        },
      },
    });
    const clock: Clock = { now: () => now, sleep: WALL_CLOCK.sleep };
    const said: string[] = [];
    const dry = await runJanitor(session.kc, { dryRun: true }, { clock, say: (line) => said.push(line) });
    assert.deepEqual(dry.expired, ['expired-2', 'expired-1'], 'oldest first');
    assert.deepEqual(dry.noExpiry, ['no-expiry']);
    assert.equal(dry.notExpired, 1);
    assert.ok(
      said.some((line) => line === 'expired-1: expired 6h ago; would be deleted (dry run)'),
      said.join('\n'),
    );
    assert.equal(await exists(session, 'expired-1'), true, 'a dry run deletes nothing');

    const limited = await runJanitor(
      session.kc,
      { dryRun: false, limit: 1, teardown: { pollMs: 200 } },
      { clock, say: () => undefined },
    );
    assert.deepEqual(limited.expired, ['expired-2']);
    assert.deepEqual(limited.deferred, ['expired-1']);
    const rest = await runJanitor(
      session.kc,
      { dryRun: false, teardown: { pollMs: 200 } },
      { clock, say: () => undefined },
    );
    assert.deepEqual(rest.expired, ['expired-1']);
    assert.equal(rest.ok, true);
    for (const [name, kept] of [
      ['expired-1', false],
      ['expired-2', false],
      ['fresh', true],
      ['no-expiry', true],
      ['not-ours', true],
    ] as const)
      assert.equal(await exists(session, name), kept, name);
  });
});
