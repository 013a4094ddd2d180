// Removing a run: the RayService first (KubeRay deletes its RayClusters, then releases ray.io/rayservice-finalizer —
// utils/constant.go, v1.7), a bounded wait, then the namespace. Idempotent (whatever is already gone is fine) and
// only for namespaces that carry rayservice-ci's ownership label. When the operator is gone and its finalizer would
// hold the RayService, and so the namespace, forever (kuberay#3388), the finalizer is removed as a loud last resort.
// The CLI's teardown, the deploy action's post step and the janitor all call tearDown.
import * as k8s from '@kubernetes/client-node';
import { attempt, callOptions, type CallBounds } from '../kube/index.ts';
import { formatDuration } from '../time/duration.ts';
import { safeInline } from '../sanitize/index.ts';
import type { Clock } from '../time/clock.ts';
import { isOurs, runIdOf, MANAGED_BY } from './namespace.ts';
import { LABELS } from '../render/index.ts';

/** KubeRay's finalizers on what a RayService owns (ray-operator/controllers/ray/utils/constant.go). */
export const KUBERAY_FINALIZERS = ['ray.io/rayservice-finalizer', 'ray.io/gcs-ft-redis-cleanup-finalizer'] as const;

export interface TeardownOptions {
  /** Only when the namespace carries this run id (the post step knows its own run). */
  readonly runId?: string | undefined;
  /** How long KubeRay gets to release its finalizers before they are removed (default 60 s). */
  readonly finalizerGraceMs?: number;
  /** How long to wait for the namespace to go once deleted (default 2m). */
  readonly namespaceWaitMs?: number;
  readonly pollMs?: number;
}

export interface TeardownContext {
  readonly clock: Clock;
  readonly signal?: AbortSignal | undefined;
  /** One line per step; the finalizer removal is said as a WARNING. */
  readonly say: (line: string) => void;
}

export type TeardownOutcome =
  | {
      readonly ok: true;
      readonly result: 'deleted' | 'already-gone' | 'terminating';
      readonly forcedFinalizers: readonly string[];
    }
  | { readonly ok: false; readonly refused: boolean; readonly problem: string };

const RAY = { group: 'ray.io', version: 'v1' } as const;

const isKubeRayFinalizer = (finalizer: string) => (KUBERAY_FINALIZERS as readonly string[]).includes(finalizer);

interface Held {
  readonly plural: 'rayservices' | 'rayclusters';
  readonly name: string;
  readonly finalizers: readonly string[];
  readonly deleting: boolean;
}

async function listRay(
  kc: k8s.KubeConfig,
  namespace: string,
  plural: Held['plural'],
  bounds: CallBounds,
): Promise<Held[] | string> {
  const listed = await attempt(
    () =>
      kc
        .makeApiClient(k8s.CustomObjectsApi)
        .listNamespacedCustomObject({ ...RAY, plural, namespace }, callOptions(bounds)) as Promise<{
        items?: k8s.KubernetesObject[];
      }>,
    { signal: bounds.signal },
  );
  if (!listed.ok) return listed.failure.code === 404 ? [] : listed.failure.message;
  return (listed.value.items ?? []).map((o) => ({
    plural,
    name: o.metadata?.name ?? '',
    finalizers: o.metadata?.finalizers ?? [],
    deleting: Boolean(o.metadata?.deletionTimestamp),
  }));
}

export async function tearDown(
  kc: k8s.KubeConfig,
  namespace: string,
  options: TeardownOptions,
  context: TeardownContext,
): Promise<TeardownOutcome> {
  const { clock, signal } = context;
  const say = (line: string) => context.say(safeInline(line));
  const bounds: CallBounds = { signal };
  const pollMs = options.pollMs ?? 1_000;
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const custom = kc.makeApiClient(k8s.CustomObjectsApi);

  const found = await attempt(() => core.readNamespace({ name: namespace }, callOptions(bounds)), {
    signal: bounds.signal,
  });
  if (!found.ok) {
    if (found.failure.code === 404) {
      say(`namespace ${namespace}: already gone`);
      return { ok: true, result: 'already-gone', forcedFinalizers: [] };
    }
    return { ok: false, refused: false, problem: `Cannot read the namespace ${namespace}: ${found.failure.message}` };
  }
  if (!isOurs(found.value))
    return {
      ok: false,
      refused: true,
      problem: `The namespace ${namespace} does not carry ${LABELS.managedBy}=${MANAGED_BY}; rayservice-ci deletes only namespaces it created. Nothing was deleted.`,
    };
  if (options.runId !== undefined && runIdOf(found.value) !== options.runId) {
    return {
      ok: false,
      refused: true,
      problem: `The namespace ${namespace} belongs to run ${runIdOf(found.value) ?? '(none)'}, not ${options.runId}. Nothing was deleted.`,
    };
  }

  // 1. The RayServices, so KubeRay deletes their clusters (and frees the GPUs) before the namespace goes.
  const services = await listRay(kc, namespace, 'rayservices', bounds);
  if (typeof services === 'string')
    return { ok: false, refused: false, problem: `Cannot list the RayServices in ${namespace}: ${services}` };
  for (const service of services.filter((s) => !s.deleting)) {
    const deleted = await attempt(
      () =>
        custom.deleteNamespacedCustomObject(
          { ...RAY, plural: 'rayservices', namespace, name: service.name, propagationPolicy: 'Background' },
          callOptions(bounds),
        ),
      { signal: bounds.signal },
    );
    if (!deleted.ok && deleted.failure.code !== 404)
      return {
        ok: false,
        refused: false,
        problem: `Cannot delete RayService ${namespace}/${service.name}: ${deleted.failure.message}`,
      };
    say(`RayService ${namespace}/${service.name}: deleted; waiting for KubeRay to remove its clusters`);
  }

  // 2. A bounded wait for KubeRay to finish; then, if its finalizers still hold, remove them (loudly). The same
  // release runs while the namespace terminates: a RayCluster's GCS-FT finalizer can hold it too (kuberay#3388).
  const forcedFinalizers: string[] = [];
  const graceMs = options.finalizerGraceMs ?? 60_000;
  const waitStarted = clock.now();
  /** Lists the ray.io objects left; past the grace, releases KubeRay's finalizers on those being deleted. */
  const sweep = async (): Promise<{ services: Held[]; stuck: Held[] } | string> => {
    const [services, clusters] = await Promise.all([
      listRay(kc, namespace, 'rayservices', bounds),
      listRay(kc, namespace, 'rayclusters', bounds),
    ]);
    if (typeof services === 'string' || typeof clusters === 'string')
      return `Cannot list what remains in ${namespace}: ${typeof services === 'string' ? services : clusters}`;
    const stuck = [...services, ...clusters].filter((h) => h.deleting && h.finalizers.some(isKubeRayFinalizer));
    if (clock.now() - waitStarted < graceMs) return { services, stuck };
    for (const held of stuck) {
      const keep = held.finalizers.filter((f) => !isKubeRayFinalizer(f));
      const removed = held.finalizers.filter((f) => isKubeRayFinalizer(f));
      say(
        `WARNING: ${held.plural === 'rayservices' ? 'RayService' : 'RayCluster'} ${namespace}/${held.name} is still held by ${removed.join(', ')} ${formatDuration(clock.now() - waitStarted)} after deletion: the KubeRay operator is not running or not reconciling. Removing the finalizer as a last resort so the namespace can go; check that nothing of this run is left outside the cluster (external storage, the GCS Redis).`,
      );
      // test-then-replace: if the operator wakes and changes the list meanwhile, the patch fails instead of undoing it.
      const patch = [
        { op: 'test', path: '/metadata/finalizers', value: held.finalizers },
        { op: 'replace', path: '/metadata/finalizers', value: keep },
      ];
      const patched = await attempt(
        () =>
          custom.patchNamespacedCustomObject(
            { ...RAY, plural: held.plural, namespace, name: held.name, body: patch },
            callOptions({ ...bounds, headers: { 'Content-Type': k8s.PatchStrategy.JsonPatch } }),
          ),
        { signal: bounds.signal },
      );
      if (!patched.ok && patched.failure.code !== 404 && patched.failure.code !== 422)
        return `Cannot remove the finalizer of ${held.plural} ${namespace}/${held.name}: ${patched.failure.message}`;
      if (patched.ok) forcedFinalizers.push(`${held.plural}/${held.name}`);
    }
    return { services, stuck };
  };
  const failed = (problem: string): TeardownOutcome => ({ ok: false, refused: false, problem });
  for (let poll = 0; poll < 10_000; poll++) {
    const left = await sweep();
    if (typeof left === 'string') return failed(left);
    if (signal?.aborted) return failed(`teardown of ${namespace} cancelled; run it again.`);
    if (!left.services.length && !left.stuck.length) break;
    await clock.sleep(pollMs, signal);
  }

  // 3. The namespace, and a bounded wait for it to go.
  const deleted = await attempt(
    () => core.deleteNamespace({ name: namespace, propagationPolicy: 'Background' }, callOptions(bounds)),
    { signal: bounds.signal },
  );
  if (!deleted.ok && deleted.failure.code !== 404)
    return failed(`Cannot delete the namespace ${namespace}: ${deleted.failure.message}`);
  say(`namespace ${namespace}: deleted; waiting for it to go`);
  const nsWaitMs = options.namespaceWaitMs ?? 120_000;
  const nsStarted = clock.now();
  for (let poll = 0; poll < 10_000; poll++) {
    const still = await attempt(() => core.readNamespace({ name: namespace }, callOptions(bounds)), {
      signal: bounds.signal,
    });
    if (!still.ok && still.failure.code === 404) {
      say(`namespace ${namespace}: gone (${formatDuration(clock.now() - waitStarted)})`);
      return { ok: true, result: 'deleted', forcedFinalizers };
    }
    if (signal?.aborted || clock.now() - nsStarted >= nsWaitMs) break;
    const swept = await sweep();
    if (typeof swept === 'string') return failed(swept);
    await clock.sleep(pollMs, signal);
  }
  say(
    `namespace ${namespace}: still Terminating after ${formatDuration(clock.now() - nsStarted)}; Kubernetes removes it once its contents are gone (the janitor checks again)`,
  );
  return { ok: true, result: 'terminating', forcedFinalizers };
}
