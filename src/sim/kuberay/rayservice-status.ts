// The RayService status as KubeRay computes it (rayservice_controller.go calculateConditions and setCondition, v1.7;
// conditions follow apimachinery's meta.SetStatusCondition: lastTransitionTime moves only when the status does).
import { formatGoDuration } from '../../time/go-duration.ts';
import { timestamp } from '../api/store.ts';

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

function setCondition(status: ServiceStatus, now: number, type: string, value: Condition['status'], reason: string, message: string): void {
  const conditions = (status.conditions ??= []);
  const existing = conditions.find((c) => c.type === type);
  const fields = { status: value, reason, message, observedGeneration: status.observedGeneration };
  if (!existing) conditions.push({ type, ...fields, lastTransitionTime: timestamp(now) });
  else Object.assign(existing, fields, existing.status === value ? {} : { lastTransitionTime: timestamp(now) });
}

export interface ConditionInputs {
  /** A validation failure: only Ready changes (reason ValidationFailed). */
  readonly ready?: { status: Condition['status']; reason: string; message: string };
  /** ray.io/initializing-timeout, parsed. */
  readonly initializingTimeoutMs?: number;
  readonly onTimeout?: (message: string) => void;
}

/** calculateConditions, then serviceStatus, which by definition equals Ready=True. */
export function applyConditions(input: ServiceStatus, now: number, inputs: ConditionInputs): ServiceStatus {
  const status: ServiceStatus = structuredClone(input);
  if (inputs.ready) {
    setCondition(status, now, 'Ready', inputs.ready.status, inputs.ready.reason, inputs.ready.message);
    return status;
  }
  if (!status.conditions?.length) {
    setCondition(status, now, 'Ready', 'False', 'Initializing', 'RayService is initializing');
    setCondition(status, now, 'UpgradeInProgress', 'False', 'Initializing', 'RayService is initializing');
  }
  const ready = status.conditions!.find((c) => c.type === 'Ready')!;
  if ((status.numServeEndpoints ?? 0) > 0) {
    setCondition(status, now, 'Ready', 'True', 'NonZeroServeEndpoints', 'Number of serve endpoints is greater than 0');
  } else if (ready.status === 'True') {
    setCondition(status, now, 'Ready', 'False', 'ZeroServeEndpoints', 'Number of serve endpoints dropped to 0');
  } else if (inputs.initializingTimeoutMs !== undefined && ready.reason === 'Initializing') {
    const spent = now - Date.parse(ready.lastTransitionTime);
    if (spent >= inputs.initializingTimeoutMs) {
      // Clearing the names is what makes KubeRay delete the clusters; the service stays failed from here on.
      if (status.activeServiceStatus) delete status.activeServiceStatus.rayClusterName;
      if (status.pendingServiceStatus) delete status.pendingServiceStatus.rayClusterName;
      const timeout = formatGoDuration(inputs.initializingTimeoutMs);
      setCondition(status, now, 'Ready', 'False', 'InitializingTimeout', `RayService failed to become ready within the configured timeout of ${timeout}. Time spent initializing: ${formatGoDuration(spent)}`);
      inputs.onTimeout?.(`RayService initializing timeout exceeded after ${formatGoDuration(spent)} (configured timeout: ${timeout})`);
    }
  }
  const active = status.activeServiceStatus?.rayClusterName;
  const pending = status.pendingServiceStatus?.rayClusterName;
  if (active && pending) setCondition(status, now, 'UpgradeInProgress', 'True', 'BothActivePendingClustersExist', 'Both active and pending Ray clusters exist');
  else if (active) setCondition(status, now, 'UpgradeInProgress', 'False', 'NoPendingCluster', 'Active Ray cluster exists and no pending Ray cluster');
  else {
    const upgrade = status.conditions!.find((c) => c.type === 'UpgradeInProgress');
    if (!upgrade || (upgrade.reason !== 'Initializing' && upgrade.reason !== 'InitializingTimeout')) {
      setCondition(status, now, 'UpgradeInProgress', 'Unknown', 'NoActiveCluster', 'No active Ray cluster exists, and the RayService is not initializing. Please open a GitHub issue in the KubeRay repository.');
    }
  }
  status.serviceStatus = status.conditions!.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : '';
  return status;
}
