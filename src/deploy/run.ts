// The one deploy call the CLI and the action share: preflight, the run's namespace, Secrets and GPU quota, server-side
// apply, the wait, the HTTP probe, and the Deployment file. Problems are values; what it creates is reported to
// `record` before it is created, so a cancelled or crashed run can still be torn down.
import { dirname, join, resolve } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { API_VERSION, writeContract } from '../contracts/index.ts';
import {
  attempt,
  callOptions,
  headSelector,
  loadKubeConfig,
  serverSideApply,
  type CallBounds,
  type Reach,
} from '../kube/index.ts';
import { dict, list, serveApps } from '../ray/index.ts';
import { parseYamlText } from '../manifest/index.ts';
import { parseDuration } from '../time/duration.ts';
import { safeInline } from '../sanitize/index.ts';
import type { Clock } from '../time/clock.ts';
import { DEPLOY_DIAGNOSIS, diagnose, explain, type DeployDiagnosis, type DeployFailure } from './diagnosis.ts';
import { readDeployManifest, type DeployManifest } from './manifest.ts';
import { createRunNamespace } from './namespace.ts';
import { preflight } from './preflight.ts';
import { probe } from './probe.ts';
import type { Progress } from './progress.ts';
import { serveServiceName } from './readiness.ts';
import { buildSecrets, gpuQuota } from './secrets.ts';
import { DEPLOYMENT, type Deployment } from './types.ts';
import { waitUntilServing } from './wait.ts';

export interface DeployRequest {
  /** The rendered YAML. */
  readonly manifest: string;
  /** Its RenderedManifest; default beside the YAML (rendered.yaml → rendered.json). */
  readonly rendered?: string | undefined;
  readonly kubeconfig?: string | undefined;
  readonly context?: string | undefined;
  /** The whole deploy's limit, preflight to probe (default 20m). */
  readonly timeout?: string | undefined;
  /** How long a pod may stay unschedulable before deploy gives up (default 5m: a node autoscaler needs minutes). */
  readonly unschedulableGrace?: string | undefined;
  readonly maxGpus?: number | undefined;
  /** Reach the service here instead of through a port-forward. */
  readonly endpointUrl?: string | undefined;
  readonly dashboardUrl?: string | undefined;
  /** Secret values by env var name (the action's secrets input); else the environment. */
  readonly secretValues?: Readonly<Record<string, string>> | undefined;
  /** Where to write the Deployment. */
  readonly out: string;
  /** Where to write the DeployDiagnosis on failure (default deploy-diagnosis.json beside --out). */
  readonly diagnosis?: string | undefined;
}

/** What deploy creates, told before it is created. */
export interface CreatedResource {
  readonly kind: 'namespace';
  readonly name: string;
  readonly context: string;
  readonly runId: string;
}

export interface DeployContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  readonly signal?: AbortSignal | undefined;
  readonly progress: Progress;
  readonly record?: (resource: CreatedResource) => void | Promise<void>;
  /** Told every secret value before it is sent anywhere (the action masks them in the log). */
  readonly mask?: (value: string) => void;
  /** Poll interval of the wait and the probe (default 2 s). */
  readonly pollMs?: number;
}

export type DeployRun =
  | { readonly ok: true; readonly deployment: Deployment; readonly notes: readonly string[] }
  | {
      readonly ok: false;
      /** input: exit 2; failed: exit 1 with a diagnosis where there is one; cancelled: stopped by a signal. */
      readonly kind: 'input' | 'failed' | 'cancelled';
      readonly problems: readonly string[];
      /** Set once the namespace may exist: what teardown must remove. */
      readonly namespace?: string | undefined;
      readonly diagnosis?: DeployDiagnosis | undefined;
      readonly diagnosisFile?: string | undefined;
    };

const DEFAULT_TIMEOUT = '20m';
const DEFAULT_UNSCHEDULABLE_GRACE = '5m';
const DEPLOY_FAILED_GRACE_MS = 30_000;
const RAY_CLUSTERS = { group: 'ray.io', version: 'v1', plural: 'rayclusters' } as const;

/** The head container's port by name, KubeRay's default when it declares none (common/service.go). */
function headPort(manifest: DeployManifest, name: string, fallback: number): number {
  const head = dict(dict(dict(manifest.rayService.spec)['rayClusterConfig'])['headGroupSpec']);
  const container = dict(list(dict(dict(head['template'])['spec'])['containers'])[0]);
  const port = list(container['ports'])
    .map(dict)
    .find((p) => p['name'] === name);
  return typeof port?.['containerPort'] === 'number' ? port['containerPort'] : fallback;
}

/** ray.serve.llm's OpenAI app lists its models at /v1/models; any other Serve app is probed at the proxy's /-/routes. */
function probePath(manifest: DeployManifest): string {
  const config = manifest.rayService.spec?.serveConfigV2;
  const parsed = typeof config === 'string' ? parseYamlText(config) : undefined;
  return parsed && serveApps(parsed.value).some((app) => app.isLlm) ? '/v1/models' : '/-/routes';
}

async function kubeRayVersion(
  kc: k8s.KubeConfig,
  namespace: string,
  cluster: string,
  bounds: CallBounds,
): Promise<string> {
  const clusters = await attempt(
    () =>
      kc
        .makeApiClient(k8s.CustomObjectsApi)
        .listNamespacedCustomObject({ ...RAY_CLUSTERS, namespace }, callOptions(bounds)) as Promise<{
        items?: k8s.KubernetesObject[];
      }>,
    { signal: bounds.signal },
  );
  const annotation = clusters.ok
    ? clusters.value.items?.find((c) => c.metadata?.name === cluster)?.metadata?.annotations?.['ray.io/kuberay-version']
    : undefined;
  return annotation ? annotation.replace(/^v/, '') : 'unknown';
}

export async function runDeploy(context: DeployContext, request: DeployRequest): Promise<DeployRun> {
  const { clock, signal } = context;
  // Model ids and API messages come from the cluster: one line each, nothing a terminal or runner would act on.
  const say = (text: string) => context.progress.line(safeInline(text));
  const input = (...problems: string[]): DeployRun => ({ ok: false, kind: 'input', problems });
  const startedAt = clock.now();
  const timeoutMs = parseDuration(request.timeout ?? DEFAULT_TIMEOUT);
  if (typeof timeoutMs === 'string') return input(`timeout: ${timeoutMs}`);
  const graceMs = parseDuration(request.unschedulableGrace ?? DEFAULT_UNSCHEDULABLE_GRACE);
  if (typeof graceMs === 'string') return input(`unschedulable-grace: ${graceMs}`);
  if (request.maxGpus !== undefined && (!Number.isInteger(request.maxGpus) || request.maxGpus < 0))
    return input(`max-gpus takes a whole number from 0, not ${request.maxGpus}.`);
  const deadline = startedAt + timeoutMs;
  const pollMs = context.pollMs ?? 2_000;
  const bounds: CallBounds = { signal };

  const read = await readDeployManifest(context.cwd, request.manifest, request.rendered);
  if (!read.ok) return input(...read.problems);
  const manifest = read.manifest;
  const { namespace, name, runId } = manifest.rendered;
  const secrets = buildSecrets(
    namespace,
    manifest.rendered.labels,
    manifest.rendered.secrets,
    request.secretValues ?? {},
    context.env,
  );
  if (!secrets.ok) return input(secrets.problem);
  for (const value of secrets.values) context.mask?.(value);
  const kube = loadKubeConfig({
    kubeconfig: request.kubeconfig,
    context: request.context,
    cwd: context.cwd,
    env: context.env,
  });
  if (!kube.ok) return input(kube.problem);
  const { kc } = kube;

  const cancelled = (namespaceMayExist: boolean): DeployRun => ({
    ok: false,
    kind: 'cancelled',
    problems: [
      `deploy cancelled (${String(signal?.reason ?? 'signal')})${namespaceMayExist ? `; teardown removes the namespace ${namespace}` : '; nothing was created'}.`,
    ],
    ...(namespaceMayExist ? { namespace } : {}),
  });
  const failed = (problem: string, namespaceMayExist: boolean): DeployRun => ({
    ok: false,
    kind: 'failed',
    problems: [problem],
    ...(namespaceMayExist ? { namespace } : {}),
  });

  // 1. Preflight: nothing is created unless the whole run, its teardown included, can go through.
  say(`preflight: ${kube.server} (context ${kube.context})`);
  const checked = await preflight(kc, {
    stage: 'deploy',
    namespace,
    server: kube.server,
    bounds,
    uses: { secrets: secrets.secrets.length > 0, quota: request.maxGpus !== undefined },
  });
  if (signal?.aborted) return cancelled(false);
  if (!checked.ok) return { ok: false, kind: 'failed', problems: checked.problems };
  const preflightMs = Math.round(clock.now() - startedAt);
  say(
    `preflight: Kubernetes ${checked.kubernetesVersion ?? '(version not told)'}, RayService served in ray.io/v1, permissions granted (${preflightMs} ms)`,
  );

  // 2. The namespace (recorded first), its Secrets and quota, then the manifest.
  const applyStarted = clock.now();
  await context.record?.({ kind: 'namespace', name: namespace, context: kube.context, runId });
  const notes: string[] = [];
  const ns = await createRunNamespace(kc, manifest.rendered, bounds);
  if (signal?.aborted) return cancelled(true);
  if (!ns.ok) return failed(ns.problem, false);
  if (!ns.created) notes.push(`The namespace ${namespace} already existed for run ${runId}; applied into it again.`);
  const objects = [
    ...secrets.secrets,
    ...(request.maxGpus !== undefined ? [gpuQuota(namespace, manifest.rendered.labels, request.maxGpus)] : []),
    ...manifest.objects,
  ];
  for (const object of objects) {
    const applied = await attempt(() => serverSideApply(kc, object, bounds), { signal: bounds.signal });
    if (signal?.aborted) return cancelled(true);
    // The Secret's own name is fine to say; its data is never in a message (the API server does not echo it).
    if (!applied.ok)
      return failed(`Cannot apply ${object.kind} ${object.metadata?.name}: ${applied.failure.message}`, true);
  }
  const applyMs = Math.round(clock.now() - applyStarted);
  say(
    `applied ${objects.map((o) => `${o.kind}/${o.metadata?.name}`).join(', ')} in ${namespace} (${applyMs} ms, field manager rayservice-ci)`,
  );

  // 3. Wait until the status says it serves.
  const waitStarted = clock.now();
  const waited = await waitUntilServing(
    kc,
    { namespace, name, deadline, unschedulableGraceMs: graceMs, deployFailedGraceMs: DEPLOY_FAILED_GRACE_MS, pollMs },
    { clock, signal, progress: context.progress, bounds },
  );
  const fail = async (cause: DeployFailure, message: string): Promise<DeployRun> => {
    const diagnosis = diagnose({
      cause,
      message,
      namespace,
      rayService: name,
      waitedMs: clock.now() - waitStarted,
      snapshot: waited.snapshot,
      readiness: waited.readiness,
    });
    const file = resolve(context.cwd, request.diagnosis ?? join(dirname(request.out), 'deploy-diagnosis.json'));
    const written = await writeContract(file, DEPLOY_DIAGNOSIS, diagnosis);
    return {
      ok: false,
      kind: 'failed',
      problems: [explain(diagnosis, written ? undefined : file), ...(written ? [written] : [])],
      namespace,
      diagnosis,
      ...(written ? {} : { diagnosisFile: file }),
    };
  };
  if (!waited.ok) return waited.cause === 'Cancelled' ? cancelled(true) : fail(waited.cause, waited.message);
  const statusReadyMs = Math.round(clock.now() - waitStarted);
  const cluster = waited.readiness.cluster!;
  const head = waited.snapshot.pods.find(
    (p) => p.nodeType === 'head' && p.cluster === cluster && p.phase === 'Running' && !p.deleting,
  );
  say(
    `status: serving (cluster ${cluster}, ${waited.readiness.serveEndpoints} serve endpoint${waited.readiness.serveEndpoints === 1 ? '' : 's'}, ${statusReadyMs} ms after apply)`,
  );

  // 4. The HTTP probe, through the endpoint later stages will use.
  const forward = (port: number): Reach => ({
    kind: 'port-forward',
    namespace,
    podSelector: headSelector(cluster),
    pod: head?.name ?? '',
    port,
    rayService: name,
  });
  const endpoint: Reach = request.endpointUrl
    ? { kind: 'url', url: request.endpointUrl }
    : forward(headPort(manifest, 'serve', 8000));
  const dashboard: Reach = request.dashboardUrl
    ? { kind: 'url', url: request.dashboardUrl }
    : forward(headPort(manifest, 'dashboard', 8265));
  const path = probePath(manifest);
  const probeStarted = clock.now();
  const probed = await probe(
    kc,
    { reach: endpoint, path, deadline, pollMs },
    { clock, signal, note: (line) => say(line) },
  );
  if (!probed.ok) return probed.cancelled ? cancelled(true) : fail('ProbeFailed', probed.message);
  const probeMs = Math.round(clock.now() - probeStarted);
  say(
    `probe: GET ${path} answered 200${probed.models.length ? ` (models: ${probed.models.join(', ')})` : ''} after ${probed.attempts} attempt${probed.attempts === 1 ? '' : 's'} (${probeMs} ms)`,
  );

  const readyAt = clock.now();
  const version = await kubeRayVersion(kc, namespace, cluster, bounds);
  if (version === 'unknown')
    notes.push(
      `The KubeRay version could not be told (no ray.io/kuberay-version on RayCluster ${cluster}); its status has ${waited.readiness.shape === 'conditions' ? 'conditions, so it is 1.3 or later' : 'no conditions, so it is 1.2 or earlier'}.`,
    );
  const rayVersion = dict(dict(manifest.rayService.spec)['rayClusterConfig'])['rayVersion'];
  const deployment: Deployment = {
    apiVersion: API_VERSION,
    kind: 'Deployment',
    context: kube.context,
    namespace,
    rayService: name,
    rayCluster: cluster,
    serveService: serveServiceName(manifest.rayService),
    endpoint,
    dashboard,
    kubeRayVersion: version,
    ...(typeof rayVersion === 'string' ? { rayVersion } : {}),
    runId,
    timings: {
      startedAt: new Date(startedAt).toISOString(),
      readyAt: new Date(readyAt).toISOString(),
      preflightMs,
      applyMs,
      readyMs: readyAt - waitStarted,
      statusReadyMs,
      probeMs,
    },
  };
  const written = await writeContract(resolve(context.cwd, request.out), DEPLOYMENT, deployment);
  if (written) return input(written);
  return { ok: true, deployment, notes };
}
