// Every semantic rule, in the order their findings read best.
import type { Rule } from '../target.ts';
import {
  appHostPort,
  duplicateModelId,
  importPath,
  routePrefix,
  runtimeEnvRemoteUri,
  uniqueApplications,
} from './serve-structure.ts';
import {
  autoscalingBounds,
  deprecatedServeKey,
  llmAutoscalingDefault,
  maxOngoingBelowTarget,
  numReplicasWithAutoscaling,
  versionGatedKey,
} from './serve-autoscaling.ts';
import {
  autoscalerDisabled,
  fractionalRayResource,
  gpuCapacity,
  maxReplicasPerNodeAutoscaler,
  numGpusMismatch,
  tensorParallelFit,
} from './gpu.ts';
import {
  deprecatedRayServiceField,
  initializingTimeout,
  rayServiceName,
  rayVersionImage,
  serveConfigMissing,
  servePortMissing,
  workerGroupBounds,
} from './cluster.ts';
import { plaintextSecret } from './secrets.ts';

export const RULES: readonly Rule[] = [
  rayServiceName,
  initializingTimeout,
  serveConfigMissing,
  servePortMissing,
  deprecatedRayServiceField,
  rayVersionImage,
  workerGroupBounds,
  numGpusMismatch,
  fractionalRayResource,
  routePrefix,
  uniqueApplications,
  importPath,
  appHostPort,
  runtimeEnvRemoteUri,
  duplicateModelId,
  autoscalingBounds,
  numReplicasWithAutoscaling,
  maxOngoingBelowTarget,
  deprecatedServeKey,
  llmAutoscalingDefault,
  versionGatedKey,
  gpuCapacity,
  tensorParallelFit,
  autoscalerDisabled,
  maxReplicasPerNodeAutoscaler,
  plaintextSecret,
];
