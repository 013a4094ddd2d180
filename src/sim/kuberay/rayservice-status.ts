// The RayService status as KubeRay 1.3+ computes it (rayservice_controller.go calculateConditions and setCondition,
// K@v1.3.0 to K@v1.7.0; conditions follow apimachinery's meta.SetStatusCondition: lastTransitionTime moves only when
// the status does), with only the condition types and Ready reasons the release being played knows.
import { formatGoDuration } from '../../time/go-duration.ts';
import { timestamp } from '../api/store.ts';
import type { KubeRayFeatures, RayServiceConditionType, ReadyReason } from './versions.ts';

export interface Condition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  observedGeneration?: number;
  lastTransitionTime: string;
}

export interface ClusterServiceStatus {
  rayClusterName?: string;
  rayClusterStatus?: unknown;
  applicationStatuses?: Record<string, unknown>;
}

export interface ServiceStatus {
  conditions?: Condition[];
  serviceStatus?: string;
  numServeEndpoints?: number;
  observedGeneration?: number;
  activeServiceStatus?: ClusterServiceStatus;
  pendingServiceStatus?: ClusterServiceStatus;
  lastUpdateTime?: string;
}

export function conditionTrue(status: unknown, type: string): boolean {
  return ((status as ServiceStatus | undefined)?.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}

function setCondition(
  status: ServiceStatus,
  now: number,
  type: string,
  value: Condition['status'],
  reason: string,
  message: string,
): void {
  const conditions = (status.conditions ??= []);
  const existing = conditions.find((c) => c.type === type);
  const fields = { status: value, reason, message, observedGeneration: status.observedGeneration };
  if (!existing) conditions.push({ type, ...fields, lastTransitionTime: timestamp(now) });
  else Object.assign(existing, fields, existing.status === value ? {} : { lastTransitionTime: timestamp(now) });
}

export interface ConditionInputs {
  /** What the release knows; a condition it does not know is the sim's bug, thrown for the controller's report. */
  readonly known?: Pick<KubeRayFeatures, 'tag' | 'conditionTypes' | 'readyReasons'>;
  /** A validation failure: only Ready changes (reason ValidationFailed). */
  readonly ready?: { status: Condition['status']; reason: string; message: string };
  /** ray.io/initializing-timeout, parsed. */
  readonly initializingTimeoutMs?: number;
  readonly onTimeout?: (message: string) => void;
}

/** calculateConditions, then serviceStatus, which by definition equals Ready=True. */
export function applyConditions(input: ServiceStatus, now: number, inputs: ConditionInputs): ServiceStatus {
  const status: ServiceStatus = structuredClone(input);
  const known = inputs.known;
  const set = (type: RayServiceConditionType, value: Condition['status'], reason: string, message: string) => {
    if (
      known &&
      (!known.conditionTypes.includes(type) ||
        (type === 'Ready' && !known.readyReasons.includes(reason as ReadyReason)))
    ) {
      throw new Error(`KubeRay ${known.tag} has no ${type} condition with reason ${reason}`);
    }
    setCondition(status, now, type, value, reason, message);
  };
  if (inputs.ready) {
    set('Ready', inputs.ready.status, inputs.ready.reason, inputs.ready.message);
    return status;
  }
  if (!status.conditions?.length) {
    set('Ready', 'False', 'Initializing', 'RayService is initializing');
    set('UpgradeInProgress', 'False', 'Initializing', 'RayService is initializing');
  }
  const ready = status.conditions!.find((c) => c.type === 'Ready')!;
  if ((status.numServeEndpoints ?? 0) > 0) {
    set('Ready', 'True', 'NonZeroServeEndpoints', 'Number of serve endpoints is greater than 0');
  } else if (ready.status === 'True') {
    set('Ready', 'False', 'ZeroServeEndpoints', 'Number of serve endpoints dropped to 0');
  } else if (inputs.initializingTimeoutMs !== undefined && ready.reason === 'Initializing') {
    const spent = now - Date.parse(ready.lastTransitionTime);
    if (spent >= inputs.initializingTimeoutMs) {
      // Clearing the names is what makes KubeRay delete the clusters; the service stays failed from here on.
      if (status.activeServiceStatus) delete status.activeServiceStatus.rayClusterName;
      if (status.pendingServiceStatus) delete status.pendingServiceStatus.rayClusterName;
      const timeout = formatGoDuration(inputs.initializingTimeoutMs);
      set(
        'Ready',
        'False',
        'InitializingTimeout',
        `RayService failed to become ready within the configured timeout of ${timeout}. Time spent initializing: ${formatGoDuration(spent)}`,
      );
      inputs.onTimeout?.(
        `RayService initializing timeout exceeded after ${formatGoDuration(spent)} (configured timeout: ${timeout})`,
      );
    }
  }
  const active = status.activeServiceStatus?.rayClusterName;
  const pending = status.pendingServiceStatus?.rayClusterName;
  if (active && pending)
    set('UpgradeInProgress', 'True', 'BothActivePendingClustersExist', 'Both active and pending Ray clusters exist');
  else if (active)
    set('UpgradeInProgress', 'False', 'NoPendingCluster', 'Active Ray cluster exists and no pending Ray cluster');
  else {
    const upgrade = status.conditions!.find((c) => c.type === 'UpgradeInProgress');
    if (!upgrade || (upgrade.reason !== 'Initializing' && upgrade.reason !== 'InitializingTimeout')) {
      set(
        'UpgradeInProgress',
        'Unknown',
        'NoActiveCluster',
        'No active Ray cluster exists, and the RayService is not initializing. Please open a GitHub issue in the KubeRay repository.',
      );
    }
  }
  status.serviceStatus = status.conditions!.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : '';
  return status;
}
