// The autoscaling settings a deployment actually runs with, per Ray version: AutoscalingConfig defaults
// (python/ray/serve/config.py), num_replicas "auto" (_private/config.py handle_num_replicas_auto), and the
// ray.serve.llm deployment defaults (2.4x builders; PR #54696 in 2.48 made target/max_ongoing effectively
// infinite). A user autoscaling_config replaces the LLM decorator's dict wholesale, as .options() does.
import { atLeast, type RayVersion } from './version.ts';
import type { ServeDeploymentModel } from './serve-model.ts';
import { numberOr, type Dict } from './values.ts';

export interface EffectiveAutoscaling {
  readonly minReplicas: number;
  readonly initialReplicas: number | undefined;
  readonly maxReplicas: number;
  readonly targetOngoingRequests: number;
  readonly upscaleDelayS: number;
  readonly downscaleDelayS: number;
  readonly downscaleToZeroDelayS: number | undefined;
  readonly upscalingFactor: number;
  readonly downscalingFactor: number;
  readonly lookBackPeriodS: number;
  readonly metricsIntervalS: number;
}

export interface EffectiveDeployment {
  /** `fixed`: num_replicas without autoscaling; `unknown`: set in code we cannot see. */
  readonly mode: 'autoscaling' | 'fixed' | 'unknown';
  readonly autoscaling: EffectiveAutoscaling | undefined;
  readonly fixedReplicas: number | undefined;
  readonly maxOngoingRequests: number | undefined;
  /** Which settings came from Ray's defaults rather than the config (for messages). */
  readonly defaulted: readonly string[];
}

/** From Ray 2.48 the LLM deployment's default target and queue cap are 1e9: it never scales on its own. */
export const LLM_UNBOUNDED = 1e9;

function serveDefaults(version: RayVersion | undefined) {
  // Ray 2.32 (PR #45943) lowered max_ongoing_requests to 5 and raised target_ongoing_requests to 2.
  const modern = version === undefined || atLeast(version, '2.32.0');
  return { target: modern ? 2 : 1, maxOngoing: modern ? 5 : 100 };
}

function llmDefaults(version: RayVersion | undefined) {
  const unbounded = version !== undefined && atLeast(version, '2.48.0');
  return unbounded
    ? { min: 1, initial: 1, max: 10, target: LLM_UNBOUNDED, maxOngoing: LLM_UNBOUNDED }
    : { min: 1, initial: 1, max: 10, target: 10, maxOngoing: 20 };
}

function fromConfig(
  user: Dict,
  base: { min: number; max: number; target: number; initial?: number },
  defaulted: string[],
): EffectiveAutoscaling {
  const pick = (key: string, fallback: number) => {
    const value = numberOr(user[key], undefined);
    if (value === undefined) defaulted.push(key);
    return value ?? fallback;
  };
  const smoothing = numberOr(user['smoothing_factor'], 1);
  const factor = (key: string, alias: string) =>
    numberOr(user[key], undefined) ?? numberOr(user[alias], undefined) ?? smoothing;
  return {
    minReplicas: pick('min_replicas', base.min),
    initialReplicas: numberOr(user['initial_replicas'], base.initial),
    maxReplicas: pick('max_replicas', base.max),
    targetOngoingRequests: pick('target_ongoing_requests', base.target),
    upscaleDelayS: pick('upscale_delay_s', 30),
    downscaleDelayS: pick('downscale_delay_s', 600),
    downscaleToZeroDelayS: numberOr(user['downscale_to_zero_delay_s'], undefined),
    upscalingFactor: factor('upscaling_factor', 'upscale_smoothing_factor'),
    downscalingFactor: factor('downscaling_factor', 'downscale_smoothing_factor'),
    lookBackPeriodS: numberOr(user['look_back_period_s'], 30),
    metricsIntervalS: numberOr(user['metrics_interval_s'], 10),
  };
}

export function effectiveDeployment(
  deployment: ServeDeploymentModel,
  version: RayVersion | undefined,
): EffectiveDeployment {
  const defaulted: string[] = [];
  const serve = serveDefaults(version);
  const llm = deployment.kind === 'llm' ? llmDefaults(version) : undefined;
  const maxOngoing = deployment.maxOngoingRequests ?? llm?.maxOngoing ?? serve.maxOngoing;
  if (deployment.maxOngoingRequests === undefined) defaulted.push('max_ongoing_requests');
  if (typeof deployment.numReplicas === 'number' && deployment.autoscaling === undefined) {
    return {
      mode: 'fixed',
      autoscaling: undefined,
      fixedReplicas: deployment.numReplicas,
      maxOngoingRequests: maxOngoing,
      defaulted,
    };
  }
  if (deployment.numReplicas === 'auto') {
    const config = fromConfig(deployment.autoscaling ?? {}, { min: 1, max: 100, target: serve.target }, defaulted);
    return {
      mode: 'autoscaling',
      autoscaling: config,
      fixedReplicas: undefined,
      maxOngoingRequests: maxOngoing,
      defaulted,
    };
  }
  if (deployment.autoscaling !== undefined) {
    const config = fromConfig(deployment.autoscaling, { min: 1, max: 1, target: serve.target }, defaulted);
    return {
      mode: 'autoscaling',
      autoscaling: config,
      fixedReplicas: undefined,
      maxOngoingRequests: maxOngoing,
      defaulted,
    };
  }
  if (llm !== undefined) {
    defaulted.push('autoscaling_config');
    const config = fromConfig({}, llm, []);
    return {
      mode: 'autoscaling',
      autoscaling: config,
      fixedReplicas: undefined,
      maxOngoingRequests: maxOngoing,
      defaulted,
    };
  }
  return {
    mode: 'unknown',
    autoscaling: undefined,
    fixedReplicas: undefined,
    maxOngoingRequests: deployment.maxOngoingRequests,
    defaulted,
  };
}
