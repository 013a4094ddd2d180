// Whether a RayService serves, read from its status the way each KubeRay from 1.1 to 1.7 writes it. The shape of
// the status says which rules apply: `status.conditions` exists from KubeRay 1.3 (ray-operator/apis/ray/v1/
// rayservice_types.go, kuberay PR #2817), where `serviceStatus` is only "Running" or "" and equals Ready=True; up to
// 1.2 there are no conditions and `serviceStatus: Running` is set once every app is RUNNING, independently of the
// serve endpoints (ray-operator/controllers/ray/rayservice_controller.go at v1.1.0). Pure: status in, verdict out.
import { dict, list, serveApps } from '../ray/index.ts';
import { parseYamlText } from '../manifest/index.ts';

export interface Condition {
  readonly type: string;
  readonly status: string;
  readonly reason?: string;
  readonly message?: string;
  readonly observedGeneration?: number;
}

export interface AppStatus {
  readonly status?: string;
  readonly message?: string;
  readonly serveDeploymentStatuses?: Readonly<Record<string, { readonly status?: string; readonly message?: string }>>;
}

export interface ClusterServiceStatus {
  readonly rayClusterName?: string;
  readonly applicationStatuses?: Readonly<Record<string, AppStatus>>;
  readonly rayClusterStatus?: unknown;
}

/** The parts of a RayService deploy reads; everything optional, as a status is filled in over time. */
export interface RayServiceObject {
  readonly metadata?: {
    readonly name?: string;
    readonly namespace?: string;
    readonly generation?: number;
    readonly deletionTimestamp?: string;
  };
  readonly spec?: {
    readonly serveConfigV2?: unknown;
    readonly serveService?: { readonly metadata?: { readonly name?: string } };
  };
  readonly status?: {
    readonly conditions?: readonly Condition[];
    readonly serviceStatus?: string;
    readonly numServeEndpoints?: number;
    readonly observedGeneration?: number;
    readonly activeServiceStatus?: ClusterServiceStatus;
    readonly pendingServiceStatus?: ClusterServiceStatus;
  };
}

/** `conditions`: KubeRay ≥ 1.3; `serviceStatus`: KubeRay 1.1–1.2. */
export type StatusShape = 'conditions' | 'serviceStatus';

/** Reasons KubeRay gives up for good; an app's DEPLOY_FAILED is Serve's, and Serve retries it. */
export const FAILURE_CAUSES = ['ValidationFailed', 'InitializingTimeout', 'DEPLOY_FAILED'] as const;
export type FailureCause = (typeof FAILURE_CAUSES)[number];

export interface Failure {
  readonly cause: FailureCause;
  readonly message: string;
  /** True for DEPLOY_FAILED: KubeRay keeps retrying it, so the caller may allow a grace before giving up. */
  readonly retried: boolean;
}

export interface Readiness {
  readonly ready: boolean;
  readonly shape: StatusShape;
  /** What is not there yet, in order; empty when ready. */
  readonly waitingFor: readonly string[];
  readonly failure?: Failure;
  /** The active RayCluster, from status (never derived from the name: its format changed in KubeRay 1.4). */
  readonly cluster?: string;
  readonly serveEndpoints: number;
}

/** The Serve application names the config deploys, as Ray names them ("default" when unnamed). */
export function expectedApps(serveConfigV2: unknown): string[] {
  if (typeof serveConfigV2 !== 'string') return [];
  const parsed = parseYamlText(serveConfigV2);
  return parsed.problems.length ? [] : serveApps(parsed.value).map((app) => app.name);
}

/** The serve Service's name: spec.serveService.metadata.name when set, else KubeRay's `<name>-serve-svc` (common/service.go). */
export function serveServiceName(service: RayServiceObject): string {
  return service.spec?.serveService?.metadata?.name || `${service.metadata?.name ?? ''}-serve-svc`;
}

function appLine(name: string, app: AppStatus | undefined): string {
  return `${name} ${app?.status ?? 'not reported'}`;
}

function deployFailure(apps: Readonly<Record<string, AppStatus>>): Failure | undefined {
  const failed = Object.entries(apps).filter(([, app]) => app.status === 'DEPLOY_FAILED');
  if (!failed.length) return undefined;
  const message = failed
    .map(([name, app]) => {
      const deployments = Object.entries(app.serveDeploymentStatuses ?? {})
        .filter(([, d]) => d.message)
        .map(([d, s]) => `${d}: ${s.message}`);
      return `application ${name} DEPLOY_FAILED${app.message ? `: ${app.message}` : ''}${deployments.length ? ` (${deployments.join('; ')})` : ''}`;
    })
    .join('; ');
  return { cause: 'DEPLOY_FAILED', message, retried: true };
}

export function readiness(service: RayServiceObject): Readiness {
  const status = service.status ?? {};
  const conditions = list(status.conditions) as Condition[];
  const shape: StatusShape = conditions.length > 0 ? 'conditions' : 'serviceStatus';
  const ready = conditions.find((c) => c.type === 'Ready');
  const serveEndpoints = typeof status.numServeEndpoints === 'number' ? status.numServeEndpoints : 0;
  const active = status.activeServiceStatus;
  const pending = status.pendingServiceStatus;
  const cluster = active?.rayClusterName || undefined;
  const base = { shape, serveEndpoints, ...(cluster ? { cluster } : {}) };

  // Terminal first: a ValidationFailed condition keeps the old observedGeneration (rayservice_controller.go, v1.6+),
  // so waiting for the generation first would wait forever.
  if (ready?.status === 'False' && (ready.reason === 'ValidationFailed' || ready.reason === 'InitializingTimeout')) {
    return {
      ...base,
      ready: false,
      waitingFor: [],
      failure: { cause: ready.reason, message: ready.message ?? ready.reason, retried: false },
    };
  }
  const failure = deployFailure({
    ...dict(pending?.applicationStatuses),
    ...dict(active?.applicationStatuses),
  } as Record<string, AppStatus>);

  const waitingFor: string[] = [];
  const generation = service.metadata?.generation;
  if (generation !== undefined && (status.observedGeneration ?? 0) < generation) {
    waitingFor.push(`KubeRay to observe generation ${generation} (it has seen ${status.observedGeneration ?? 'none'})`);
  }
  if (shape === 'conditions') {
    if (ready?.status !== 'True')
      waitingFor.push(
        `the Ready condition (now ${ready?.status ?? 'unset'}${ready?.reason ? `: ${ready.reason}` : ''})`,
      );
  } else if (status.serviceStatus !== 'Running') {
    waitingFor.push(`serviceStatus Running (it is ${status.serviceStatus ? status.serviceStatus : 'unset'})`);
  }
  if (serveEndpoints <= 0) waitingFor.push('serve endpoints (0 ready)');
  // KubeRay creates a first cluster as pending and promotes it to active once its apps run (rayservice_controller.go).
  if (!cluster)
    waitingFor.push(
      pending?.rayClusterName
        ? `RayCluster ${pending.rayClusterName} to become active (KubeRay promotes it once its apps run)`
        : 'a RayCluster',
    );
  else if (pending?.rayClusterName) waitingFor.push(`the upgrade to RayCluster ${pending.rayClusterName} to finish`);
  const apps = dict(active?.applicationStatuses) as Record<string, AppStatus>;
  const pendingApps = dict(pending?.applicationStatuses) as Record<string, AppStatus>;
  const wanted = expectedApps(service.spec?.serveConfigV2);
  const names = wanted.length ? wanted : [...new Set([...Object.keys(apps), ...Object.keys(pendingApps)])];
  const notRunning = names.filter((name) => apps[name]?.status !== 'RUNNING');
  if (!names.length) waitingFor.push('Serve applications');
  else if (notRunning.length)
    waitingFor.push(
      `applications RUNNING (${notRunning.map((name) => (apps[name] ? appLine(name, apps[name]) : pendingApps[name] ? `${appLine(name, pendingApps[name])} on the pending cluster` : `${name} not reported`)).join(', ')})`,
    );
  return { ...base, ready: waitingFor.length === 0 && !failure, waitingFor, ...(failure ? { failure } : {}) };
}
