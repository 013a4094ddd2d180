// The sim as each KubeRay release it plays (--kuberay-version): the example comes up on 1.1, 1.2, 1.3, 1.5 and 1.7
// with that release's cluster and pod names and status shapes, read over the API; on a stepped clock, 1.1's
// serviceStatus sequence (Running before any endpoint) and its upgrade, validation and the initializing timeout as
// each release has them, and teardown without the finalizer before 1.7; the CLI option.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as k8s from '@kubernetes/client-node';
import { parse } from 'yaml';
import { simCommand } from '../../src/cli/sim-command.ts';
import { UsageError } from '../../src/cli/io.ts';
import { renderManifest } from '../../src/render/index.ts';
import { ManualClock, type KubeRayVersion } from '../../src/sim/index.ts';
import { RESOURCE_TYPES } from '../../src/sim/api/resources.ts';
import type { KObject } from '../../src/sim/api/store.ts';
import { recordingIo } from '../deploy/helpers.ts';
import { kubectlAsync } from '../helpers/kubectl.ts';
import {
  deployExample,
  ensureNamespace,
  eventually,
  runUntil,
  simSession,
  step,
  type SimSession,
} from '../helpers/sim.ts';
import { EXAMPLE, EXAMPLE_PATH } from '../helpers/variants.ts';

const type = (kind: string) => RESOURCE_TYPES.find((t) => t.kind === kind)!;
const NAME = 'llama32-3b-autoscale';
const RAY = { group: 'ray.io', version: 'v1' } as const;

async function withSession(
  version: KubeRayVersion,
  body: (session: SimSession) => Promise<void>,
  options: { gpuNodes?: number } = {},
): Promise<void> {
  const session = await simSession({
    clock: new ManualClock(),
    kubeRayVersion: version,
    ...(options.gpuNodes === undefined
      ? {}
      : { nodePool: { gpuNodes: options.gpuNodes, gpusPerNode: 1, cpuNodes: 1 } }),
  });
  try {
    await body(session);
  } finally {
    await session.stop();
  }
}

const service = (session: SimSession, ns: string) => session.sim.store.get(type('RayService'), ns, NAME);
const clusterNames = (session: SimSession, ns: string) =>
  session.sim.store
    .list(type('RayCluster'), ns)
    .map((c) => c.metadata.name)
    .sort();
const servedBy = (session: SimSession, ns: string) =>
  session.sim.store.get(type('Service'), ns, `${NAME}-serve-svc`)?.spec.selector['ray.io/cluster'];
const events = (session: SimSession, ns: string, reason: string) =>
  session.sim.store
    .list(type('Event'), ns)
    .filter((e) => e.reason === reason)
    .map((e) => e.message as string);
const serving = (s: KObject | undefined) =>
  s?.status?.serviceStatus === 'Running' && (s.status.numServeEndpoints ?? 0) > 0;

async function untilServing(session: SimSession, ns: string): Promise<KObject> {
  return runUntil(
    session.sim,
    'the RayService serving',
    (saw) => {
      const s = service(session, ns);
      saw({ serviceStatus: s?.status?.serviceStatus, endpoints: s?.status?.numServeEndpoints });
      return serving(s) ? s : undefined;
    },
    { maxSimSeconds: 60 },
  );
}

type Manifest = {
  metadata: { name: string; annotations?: Record<string, string> };
  spec: { rayClusterConfig: { workerGroupSpecs: Record<string, any>[] } };
};

function manifestFor(namespace: string): Manifest {
  const rendered = renderManifest(EXAMPLE_PATH, EXAMPLE, {
    namespace,
    runId: namespace,
    ttlMs: 3600_000,
    now: new Date(Date.UTC(2026, 0, 1)),
    secretEnv: ['HF_TOKEN=hf-token/token'],
  });
  if (!rendered.ok) throw new Error(rendered.problems.join('\n'));
  return parse(rendered.text) as Manifest;
}

async function apply(session: SimSession, namespace: string, manifest: Manifest): Promise<void> {
  ensureNamespace(session.sim, namespace);
  const url = `${session.sim.url}/apis/ray.io/v1/namespaces/${namespace}/rayservices/${manifest.metadata.name}?fieldManager=test`;
  const response = await fetch(url, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/apply-patch+yaml' },
    body: JSON.stringify(manifest),
  });
  assert.ok(response.ok, await response.text());
}

interface Expected {
  readonly cluster: RegExp;
  readonly worker: (cluster: string) => RegExp;
  readonly conditions: boolean;
  readonly healthTimes: boolean;
  readonly finalizer: boolean;
  readonly versionAnnotation: string | undefined;
  readonly readyWorkerReplicas: boolean;
  readonly controllerGen: string;
}

const BEFORE_1_4 = new RegExp(`^${NAME}-raycluster-[a-z0-9]{5}$`);
const FROM_1_4 = new RegExp(`^${NAME}-[a-z0-9]{5}$`);
const GROUP_WORKER = (cluster: string) => new RegExp(`^${cluster}-gpu-worker-[a-z0-9]{5}$`);

const EXPECTED: Record<'1.1' | '1.2' | '1.3' | '1.5' | '1.7', Expected> = {
  '1.1': {
    cluster: BEFORE_1_4,
    worker: (c) => new RegExp(`^${c}-worker-gpu-[a-z0-9]{5}$`),
    conditions: false,
    healthTimes: true,
    finalizer: false,
    versionAnnotation: undefined,
    readyWorkerReplicas: false,
    controllerGen: 'v0.13.0',
  },
  '1.2': {
    cluster: BEFORE_1_4,
    worker: GROUP_WORKER,
    conditions: false,
    healthTimes: true,
    finalizer: false,
    versionAnnotation: 'v1.2.2',
    readyWorkerReplicas: true,
    controllerGen: 'v0.15.0',
  },
  '1.3': {
    cluster: BEFORE_1_4,
    worker: GROUP_WORKER,
    conditions: true,
    healthTimes: false,
    finalizer: false,
    versionAnnotation: 'v1.3.0',
    readyWorkerReplicas: true,
    controllerGen: 'v0.15.0',
  },
  '1.5': {
    cluster: FROM_1_4,
    worker: GROUP_WORKER,
    conditions: true,
    healthTimes: false,
    finalizer: false,
    versionAnnotation: 'v1.5.0',
    readyWorkerReplicas: true,
    controllerGen: 'v0.16.5',
  },
  '1.7': {
    cluster: FROM_1_4,
    worker: GROUP_WORKER,
    conditions: true,
    healthTimes: false,
    finalizer: true,
    versionAnnotation: 'v1.7.0',
    readyWorkerReplicas: true,
    controllerGen: 'v0.16.5',
  },
};

describe('the example on each KubeRay release, read over the API', () => {
  for (const [version, expected] of Object.entries(EXPECTED) as [KubeRayVersion, Expected][]) {
    test(`KubeRay ${version}: it serves, with that release's names and status shapes`, async () => {
      await withSession(version, async (session) => {
        const ns = `v${version.replace('.', '-')}`;
        await deployExample(session, ns);
        await untilServing(session, ns);
        const objects = session.kc.makeApiClient(k8s.CustomObjectsApi);
        const rayService = (await objects.getNamespacedCustomObject({
          ...RAY,
          namespace: ns,
          plural: 'rayservices',
          name: NAME,
        })) as KObject;
        const status = rayService.status;
        const clusterName: string = status.activeServiceStatus.rayClusterName;
        assert.match(clusterName, expected.cluster);
        assert.equal(status.pendingServiceStatus?.rayClusterName, undefined);
        assert.equal(status.serviceStatus, 'Running');
        assert.ok(status.numServeEndpoints > 0);
        assert.equal(status.observedGeneration, rayService.metadata.generation);
        assert.equal(Array.isArray(status.conditions), expected.conditions, 'conditions from 1.3');
        if (expected.conditions) {
          assert.deepEqual(
            status.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`).sort(),
            ['Ready=True', 'UpgradeInProgress=False'],
          );
        }
        const app = status.activeServiceStatus.applicationStatuses[NAME];
        assert.equal(app.status, 'RUNNING');
        assert.equal(
          typeof app.healthLastUpdateTime === 'string',
          expected.healthTimes,
          'healthLastUpdateTime up to 1.2',
        );
        assert.equal(
          Object.values(app.serveDeploymentStatuses).every(
            (d) => typeof (d as { healthLastUpdateTime?: string }).healthLastUpdateTime === 'string',
          ),
          expected.healthTimes,
        );
        assert.equal(
          (rayService.metadata.finalizers ?? []).includes('ray.io/rayservice-finalizer'),
          expected.finalizer,
          'the finalizer from 1.7',
        );

        const cluster = (await objects.getNamespacedCustomObject({
          ...RAY,
          namespace: ns,
          plural: 'rayclusters',
          name: clusterName,
        })) as KObject;
        assert.equal(cluster.metadata.annotations?.['ray.io/kuberay-version'], expected.versionAnnotation);
        assert.equal(Array.isArray(cluster.status.conditions), expected.conditions, 'RayCluster conditions from 1.3');
        if (expected.conditions)
          assert.equal(
            cluster.status.conditions.find((c: { type: string }) => c.type === 'HeadPodReady').status,
            'True',
          );
        assert.equal(
          'readyWorkerReplicas' in cluster.status,
          expected.readyWorkerReplicas,
          'readyWorkerReplicas from 1.2',
        );
        assert.equal('podName' in cluster.status.head, expected.readyWorkerReplicas, 'head.podName from 1.2');

        const pods = (
          await session.kc
            .makeApiClient(k8s.CoreV1Api)
            .listNamespacedPod({ namespace: ns, labelSelector: `ray.io/cluster=${clusterName}` })
        ).items;
        const worker = pods.find((p) => p.metadata?.labels?.['ray.io/node-type'] === 'worker');
        assert.match(worker?.metadata?.name ?? '', expected.worker(clusterName));
        assert.match(
          pods.find((p) => p.metadata?.labels?.['ray.io/node-type'] === 'head')?.metadata?.name ?? '',
          new RegExp(`^${clusterName}-head-[a-z0-9]{5}$`),
        );

        const crd = await session.kc
          .makeApiClient(k8s.ApiextensionsV1Api)
          .readCustomResourceDefinition({ name: 'rayservices.ray.io' });
        assert.equal(crd.metadata?.annotations?.['controller-gen.kubebuilder.io/version'], expected.controllerGen);
      });
    });
  }
});

describe('KubeRay 1.1–1.2 serviceStatus, on a stepped clock', () => {
  test('1.1: Restarting, WaitForServeDeploymentReady, then Running while the serve Service has no endpoint yet; never a condition', async () => {
    await withSession('1.1', async (session) => {
      await deployExample(session, 'seq-1');
      const seen: { serviceStatus: string; endpoints: number; active: boolean }[] = [];
      await runUntil(
        session.sim,
        'endpoints counted',
        () => {
          const s = service(session, 'seq-1');
          assert.equal(s?.status?.conditions, undefined);
          const now = {
            serviceStatus: s?.status?.serviceStatus ?? '',
            endpoints: s?.status?.numServeEndpoints ?? 0,
            active: Boolean(s?.status?.activeServiceStatus?.rayClusterName),
          };
          const last = seen.at(-1);
          if (
            !last ||
            last.serviceStatus !== now.serviceStatus ||
            last.endpoints !== now.endpoints ||
            last.active !== now.active
          )
            seen.push(now);
          return now.endpoints > 0;
        },
        { maxSimSeconds: 60 },
      );
      assert.deepEqual(
        seen.map((s) => s.serviceStatus),
        ['', 'Restarting', 'WaitForServeDeploymentReady', 'Running', 'Running'],
      );
      assert.deepEqual(
        seen.at(-2),
        { serviceStatus: 'Running', endpoints: 0, active: true },
        'Running is written before any endpoint is counted',
      );
      assert.deepEqual(events(session, 'seq-1', 'ServiceNotReady').length, 1, 'said once, not on every reconcile');
      assert.equal(events(session, 'seq-1', 'CreatedRayCluster').length, 0, '1.1 records no cluster events');
    });
  });

  test('1.1: a changed rayClusterConfig is Restarting while the old cluster still serves, then Running on the new one', async () => {
    await withSession('1.1', async (session) => {
      const manifest = manifestFor('up-1');
      await apply(session, 'up-1', manifest);
      await untilServing(session, 'up-1');
      const before = service(session, 'up-1')!.status.activeServiceStatus.rayClusterName;
      manifest.spec.rayClusterConfig.workerGroupSpecs[0]!.template.metadata = { labels: { tier: 'gpu-v2' } };
      await apply(session, 'up-1', manifest);
      const restarting = await runUntil(
        session.sim,
        'a pending cluster named',
        () =>
          service(session, 'up-1')!.status.pendingServiceStatus?.rayClusterName ? service(session, 'up-1') : undefined,
        { maxSimSeconds: 5 },
      );
      assert.equal(restarting!.status.serviceStatus, 'Restarting', 'not Running, though the old cluster serves');
      assert.equal(servedBy(session, 'up-1'), before);
      const after: string = restarting!.status.pendingServiceStatus.rayClusterName;
      assert.match(after, BEFORE_1_4);
      await runUntil(
        session.sim,
        'the new cluster active',
        () => service(session, 'up-1')!.status.activeServiceStatus?.rayClusterName === after || undefined,
        { maxSimSeconds: 60 },
      );
      const upgraded = service(session, 'up-1')!;
      assert.equal(upgraded.status.serviceStatus, 'Running');
      assert.equal(upgraded.status.pendingServiceStatus, undefined);
      assert.equal(servedBy(session, 'up-1'), after);
      step(session.sim, 62);
      assert.deepEqual(clusterNames(session, 'up-1'), [after], 'the old cluster goes after 60 s');
    });
  });

  test('1.2: deleting the RayService needs no finalizer; the garbage collector takes its clusters', async () => {
    await withSession('1.2', async (session) => {
      await deployExample(session, 'del-1');
      await untilServing(session, 'del-1');
      const objects = session.kc.makeApiClient(k8s.CustomObjectsApi);
      await objects.deleteNamespacedCustomObject({ ...RAY, namespace: 'del-1', plural: 'rayservices', name: NAME });
      assert.equal(service(session, 'del-1'), undefined, 'gone at once');
      await runUntil(session.sim, 'the clusters gone', () => clusterNames(session, 'del-1').length === 0, {
        maxSimSeconds: 5,
      });
    });
  });
});

describe('validation and the initializing timeout, as each release has them', () => {
  const withTimeout = (ns: string, value: string) => {
    const manifest = manifestFor(ns);
    manifest.metadata.annotations = { ...manifest.metadata.annotations, 'ray.io/initializing-timeout': value };
    return manifest;
  };

  test('ray.io/initializing-timeout is not honoured before 1.5: 1.3 stays Initializing, 1.5 fails for good', async () => {
    for (const [version, reason] of [
      ['1.3', 'Initializing'],
      ['1.5', 'InitializingTimeout'],
    ] as const) {
      await withSession(
        version,
        async (session) => {
          await apply(session, 'to-1', withTimeout('to-1', '2m'));
          step(session.sim, 125);
          const ready = service(session, 'to-1')!.status.conditions.find((c: { type: string }) => c.type === 'Ready');
          assert.equal(ready.reason, reason, version);
        },
        { gpuNodes: 0 },
      );
    }
  });

  test('a bad annotation value: ignored by 1.3, an event and a requeue on 1.5 (no condition), Ready=False/ValidationFailed on 1.7', async () => {
    await withSession('1.3', async (session) => {
      await apply(session, 'bad-1', withTimeout('bad-1', 'soon'));
      step(session.sim, 3);
      assert.equal(clusterNames(session, 'bad-1').length, 1, '1.3 does not know the annotation');
      assert.deepEqual(events(session, 'bad-1', 'InvalidRayServiceMetadata'), []);
    });
    await withSession('1.5', async (session) => {
      await apply(session, 'bad-1', withTimeout('bad-1', 'soon'));
      step(session.sim, 10);
      assert.deepEqual(clusterNames(session, 'bad-1'), []);
      assert.equal(service(session, 'bad-1')!.status, undefined, 'the status is not written');
      const said = events(session, 'bad-1', 'InvalidRayServiceMetadata');
      assert.equal(said.length, 1);
      assert.match(
        said[0]!,
        new RegExp(
          `^The RayService metadata is invalid bad-1/${NAME}: RayService annotations is invalid: annotation ray\\.io/initializing-timeout has invalid format: soon`,
        ),
      );
      // A requeue, not a terminal state: fixed, it proceeds.
      await apply(session, 'bad-1', withTimeout('bad-1', '10m'));
      step(session.sim, 3);
      assert.equal(clusterNames(session, 'bad-1').length, 1);
    });
    await withSession('1.7', async (session) => {
      await apply(session, 'bad-1', withTimeout('bad-1', 'soon'));
      step(session.sim, 3);
      const ready = service(session, 'bad-1')!.status.conditions.find((c: { type: string }) => c.type === 'Ready');
      assert.deepEqual([ready.status, ready.reason], ['False', 'ValidationFailed']);
      assert.deepEqual(clusterNames(session, 'bad-1'), []);
    });
  });
});

describe('rayservice-ci sim --kuberay-version', () => {
  test('a release it does not play is a usage error naming those it does', async () => {
    await assert.rejects(simCommand(['--kuberay-version', '1.8'], recordingIo()), (error: Error) => {
      assert.ok(error instanceof UsageError);
      assert.match(error.message, /--kuberay-version "1\.8".*1\.1, 1\.2, 1\.3, 1\.4, 1\.5, 1\.6, 1\.7/);
      return true;
    });
  });

  test("--kuberay-version 1.2: the ready line says so, and kubectl sees 1.2's CRDs", async () => {
    const kubeconfig = join(mkdtempSync(join(tmpdir(), 'rsci-kv-')), 'kubeconfig');
    const io = recordingIo();
    const running = simCommand(['--kuberay-version', '1.2', '--kubeconfig', kubeconfig], io);
    try {
      const line = await eventually('the ready line', () => io.out.join('') || undefined, 20_000);
      assert.match(
        line,
        /^rayservice-ci sim ready: http:\/\/127\.0\.0\.1:\d+ kubeconfig=\S+ kuberay=1\.2 \(export KUBECONFIG=\S+\)\n$/,
      );
      const crd = await kubectlAsync(kubeconfig, [
        'get',
        'crd',
        'rayclusters.ray.io',
        '-o',
        'jsonpath={.metadata.annotations.controller-gen\\.kubebuilder\\.io/version}',
      ]);
      assert.equal(crd.stdout, 'v0.15.0', crd.stderr);
    } finally {
      io.shutdown('SIGINT');
    }
    assert.equal(await running, 0);
  });
});
