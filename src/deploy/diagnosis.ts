// Why a deploy did not come up: the DeployDiagnosis file (status, conditions, pods with their waiting and scheduling
// reasons, recent events) and the one readable message made from it, with what to do. Pure: built from the last
// snapshot, so the file and the message always agree.
import { API_VERSION, defineContract } from '../contracts/index.ts';
import { formatDuration } from '../time/duration.ts';
import { redactTokens, safeInline } from '../sanitize/index.ts';
import { FAILURE_CAUSES, type Condition, type Readiness } from './readiness.ts';
import { appSummary, conditionSummary, podSummary } from './progress.ts';
import type { EventView, PodView, Snapshot } from './snapshot.ts';

export const DEPLOY_FAILURES = [
  ...FAILURE_CAUSES,
  'Unschedulable',
  'Timeout',
  'ProbeFailed',
  'Deleted',
  'ApiUnavailable',
] as const;
export type DeployFailure = (typeof DEPLOY_FAILURES)[number];

export interface DeployDiagnosis {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: 'DeployDiagnosis';
  readonly namespace: string;
  readonly rayService: string;
  readonly cause: DeployFailure;
  /** One line: what went wrong. */
  readonly message: string;
  readonly waitedMs: number;
  /** What to do, most likely first. */
  readonly hints: readonly string[];
  readonly readiness: {
    readonly shape: string;
    readonly waitingFor: readonly string[];
    readonly serveEndpoints: number;
    readonly cluster?: string | undefined;
  };
  readonly conditions: readonly Condition[];
  /** The RayService status as the cluster reported it. */
  readonly status: unknown;
  readonly pods: readonly PodView[];
  /** The most recent events of the namespace, oldest first. */
  readonly events: readonly EventView[];
}

export const deployDiagnosisSchema = {
  type: 'object',
  required: [
    'apiVersion',
    'kind',
    'namespace',
    'rayService',
    'cause',
    'message',
    'waitedMs',
    'hints',
    'readiness',
    'conditions',
    'pods',
    'events',
  ],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: 'DeployDiagnosis' },
    namespace: { type: 'string' },
    rayService: { type: 'string' },
    cause: { enum: DEPLOY_FAILURES },
    message: { type: 'string' },
    waitedMs: { type: 'number' },
    hints: { type: 'array', items: { type: 'string' } },
    readiness: { type: 'object', required: ['shape', 'waitingFor', 'serveEndpoints'] },
    conditions: { type: 'array' },
    pods: { type: 'array', items: { type: 'object', required: ['name', 'group', 'phase'] } },
    events: { type: 'array', items: { type: 'object', required: ['type', 'reason', 'message', 'object'] } },
  },
} as const;

export const DEPLOY_DIAGNOSIS = defineContract<DeployDiagnosis>('DeployDiagnosis', deployDiagnosisSchema);

const MAX_EVENTS = 50;

function hintsFor(
  cause: DeployFailure,
  pods: readonly PodView[],
  events: readonly EventView[],
  readiness: Readiness,
): string[] {
  const hints: string[] = [];
  const noGpu = pods.filter((p) => p.unschedulable && /Insufficient nvidia\.com\/gpu/.test(p.unschedulable));
  if (noGpu.length) {
    const gpus = [...new Set(noGpu.map((p) => p.gpus))].join(' or ');
    hints.push(
      `The cluster has no free nvidia.com/gpu for ${noGpu.length} pod${noGpu.length === 1 ? '' : 's'} asking for ${gpus} GPU${gpus === '1' ? '' : 's'} each: add GPU nodes (or let Karpenter / the Cluster Autoscaler provision them, allowing for their start-up in --unschedulable-grace), or lower the worker group's replicas and minReplicas.`,
    );
  } else if (pods.some((p) => p.unschedulable && /didn't match Pod's node affinity\/selector/.test(p.unschedulable))) {
    hints.push(
      "No node matches the pod's nodeSelector or node affinity (see the scheduler's message above): the nodes it selects do not exist yet. Check the selector against `kubectl get nodes --show-labels`, or that the provisioner it names (a Karpenter NodePool, a node group) can create them within --unschedulable-grace.",
    );
  } else if (pods.some((p) => p.unschedulable)) {
    hints.push(
      "A pod fits no node (see the scheduler's message above): check its resources, nodeSelector, affinity and tolerations against the nodes.",
    );
  }
  if (events.some((e) => /exceeded quota/.test(e.message)))
    hints.push(
      "The namespace's ResourceQuota refuses pods: raise --max-gpus, or lower the replicas the service starts with.",
    );
  const waiting = new Set(pods.flatMap((p) => p.waiting.map((w) => w.reason)));
  if (waiting.has('ImagePullBackOff') || waiting.has('ErrImagePull') || waiting.has('InvalidImageName'))
    hints.push(
      'An image cannot be pulled: check the image name and tag, and the imagePullSecrets of the pod templates.',
    );
  if (waiting.has('CrashLoopBackOff') || pods.some((p) => p.lastTermination))
    hints.push(
      'A Ray container keeps exiting (see its last termination above): read its logs; OOMKilled means it needs a higher memory limit.',
    );
  if (waiting.has('CreateContainerConfigError'))
    hints.push(
      'A container cannot be configured: a Secret or ConfigMap it refers to is probably missing (pass it with --secret-env at render and a value at deploy).',
    );
  if (events.some((e) => e.reason === 'FailedToUpdateServeApplications'))
    hints.push(
      "KubeRay could not submit serveConfigV2 to the Ray dashboard: run rayservice-ci lint on the manifest; the event above has Ray's message.",
    );
  switch (cause) {
    case 'ValidationFailed':
      hints.push(
        'KubeRay refused the RayService as written (message above); rayservice-ci lint checks the same rules before deploy.',
      );
      break;
    case 'InitializingTimeout':
      hints.push(
        "KubeRay gave up after the ray.io/initializing-timeout annotation and deleted the clusters; the pods and events above show what kept it from starting. If it only needs longer, raise render's --initializing-timeout.",
      );
      break;
    case 'DEPLOY_FAILED':
      hints.push(
        'Ray Serve could not deploy an application (message above): check import_path, runtime_env and the model settings in serveConfigV2.',
      );
      break;
    case 'Timeout':
      if (!hints.length)
        hints.push(
          `Still waiting for ${readiness.waitingFor[0] ?? 'the HTTP probe'} when --timeout ran out: if the cluster is only slow (node start, image pull, model load), raise --timeout.`,
        );
      break;
    case 'ProbeFailed':
      hints.push(
        "The status says the service is ready but its endpoint did not answer: check the head container declares the serve port, and that the applications' route_prefix serves /v1/models.",
      );
      break;
    case 'Deleted':
      hints.push(
        'Something else deleted the RayService (or its namespace) while deploy waited: another job, the janitor, or a person.',
      );
      break;
    case 'ApiUnavailable':
      hints.push('The Kubernetes API stopped answering: check the cluster, then run teardown for the namespace.');
      break;
    case 'Unschedulable':
      break;
  }
  return hints;
}

export interface DiagnosisInput {
  readonly cause: DeployFailure;
  readonly message: string;
  readonly namespace: string;
  readonly rayService: string;
  readonly waitedMs: number;
  readonly snapshot: Snapshot | undefined;
  readonly readiness: Readiness | undefined;
}

export function diagnose(input: DiagnosisInput): DeployDiagnosis {
  const pods = input.snapshot?.pods ?? [];
  const events = (input.snapshot?.events ?? []).slice(-MAX_EVENTS);
  const readiness: Readiness = input.readiness ?? {
    ready: false,
    shape: 'serviceStatus',
    waitingFor: [],
    serveEndpoints: 0,
  };
  return {
    apiVersion: API_VERSION,
    kind: 'DeployDiagnosis',
    namespace: input.namespace,
    rayService: input.rayService,
    cause: input.cause,
    message: input.message,
    waitedMs: input.waitedMs,
    hints: hintsFor(input.cause, pods, events, readiness),
    readiness: {
      shape: readiness.shape,
      waitingFor: readiness.waitingFor,
      serveEndpoints: readiness.serveEndpoints,
      ...(readiness.cluster ? { cluster: readiness.cluster } : {}),
    },
    conditions: input.snapshot?.service?.status?.conditions ?? [],
    status: input.snapshot?.service?.status ?? null,
    pods,
    events,
  };
}

const clean = (text: string) => safeInline(redactTokens(text));

function podLine(pod: PodView): string | undefined {
  const why = [
    pod.unschedulable ? `unschedulable: ${pod.unschedulable}` : '',
    ...pod.waiting.map((w) => `${w.container} ${w.reason}${w.message ? ` (${w.message})` : ''}`),
    pod.lastTermination
      ? `${pod.lastTermination.container} restarted ${pod.lastTermination.restarts}×, last ${pod.lastTermination.reason}`
      : '',
  ].filter(Boolean);
  if (!why.length && pod.phase === 'Running') return undefined;
  return `${pod.name} (${pod.group}${pod.gpus ? `, ${pod.gpus} GPU` : ''}): ${pod.phase}${why.length ? `, ${why.join('; ')}` : ''}`;
}

/** The readable message: what went wrong, the state, the pods that are not running and why, warnings, what to do. */
export function explain(d: DeployDiagnosis, diagnosisFile?: string): string {
  const lines = [
    `${d.rayService} in namespace ${d.namespace} did not become ready after ${formatDuration(d.waitedMs)}: ${clean(d.message)}`,
  ];
  const service = d.status === null ? undefined : { status: d.status as never };
  const readiness = {
    ready: false,
    shape: d.readiness.shape as 'conditions',
    waitingFor: d.readiness.waitingFor,
    serveEndpoints: d.readiness.serveEndpoints,
  };
  if (service)
    lines.push(
      `  RayService: ${clean(conditionSummary(service, readiness))} | serve endpoints ${d.readiness.serveEndpoints} | apps: ${clean(appSummary(service))}`,
    );
  if (d.readiness.waitingFor.length) lines.push(`  waiting for: ${clean(d.readiness.waitingFor.join('; '))}`);
  lines.push(`  pods: ${clean(podSummary(d.pods))}`);
  for (const line of d.pods
    .map(podLine)
    .filter((l): l is string => l !== undefined)
    .slice(0, 8))
    lines.push(`    ${clean(line)}`);
  // A pod's FailedScheduling says what its line above already says.
  const warnings = d.events
    .filter(
      (e) =>
        e.type === 'Warning' && !(e.reason === 'FailedScheduling' && d.pods.some((p) => p.unschedulable === e.message)),
    )
    .slice(-5);
  if (warnings.length) {
    lines.push('  recent warnings:');
    for (const e of warnings)
      lines.push(`    ${clean(`${e.reason} ${e.object}: ${e.message}${e.count > 1 ? ` (×${e.count})` : ''}`)}`);
  }
  for (const hint of d.hints) lines.push(`  what to do: ${clean(hint)}`);
  if (diagnosisFile) lines.push(`  diagnostics: ${clean(diagnosisFile)}`);
  return lines.join('\n');
}
