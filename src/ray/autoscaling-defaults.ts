// The autoscaling settings a deployment actually runs with, per Ray version: AutoscalingConfig defaults
// (python/ray/serve/config.py), num_replicas "auto" (_private/config.py handle_num_replicas_auto), and the
// ray.serve.llm deployment defaults, which changed three times (LLM_DEFAULT_BANDS below, read from the released
// wheels' python/ray/llm/_internal/serve sources).
import { atLeast, bandOf, type RayVersion } from './version.ts';
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

/** From Ray 2.49 the LLM deployment's default target and queue cap are 1e9: it never scales on its own. */
export const LLM_UNBOUNDED = 1e9;

function serveDefaults(version: RayVersion | undefined) {
  // Ray 2.32 (PR #45943) lowered max_ongoing_requests to 5 and raised target_ongoing_requests to 2.
  const modern = version === undefined || atLeast(version, '2.32.0');
  return { target: modern ? 2 : 1, maxOngoing: modern ? 5 : 100 };
}

/**
 * How ray.serve.llm sets a model deployment's defaults in one band of Ray releases.
 * `decorator`: the LLM deployment class carries an autoscaling_config; a user autoscaling_config replaces it whole
 * (Deployment.options). `none`: no autoscaling default at all, so without a user autoscaling_config Serve runs one
 * fixed replica. `deep-merge`: the defaults are merged key by key under the user's dict, so a user
 * autoscaling_config without target_ongoing_requests inherits the default target.
 */
export interface LlmDefaultsBand {
  readonly since?: string;
  readonly mode: 'decorator' | 'none' | 'deep-merge';
  readonly autoscaling?: {
    readonly min: number;
    readonly initial?: number;
    readonly max: number;
    readonly target: number;
  };
  readonly maxOngoing: number;
  /** Where the band's behaviour is written upstream. */
  readonly source: string;
}

export const LLM_DEFAULT_BANDS: readonly LlmDefaultsBand[] = [
  {
    mode: 'decorator',
    autoscaling: { min: 1, initial: 1, max: 10, target: 10 },
    maxOngoing: 20,
    source: 'ray python/ray/llm/_internal/serve/deployments/llm/llm_server.py (@serve.deployment of LLMDeployment)',
  },
  {
    since: '2.49.0',
    mode: 'decorator',
    autoscaling: { min: 1, initial: 1, max: 10, target: LLM_UNBOUNDED },
    maxOngoing: LLM_UNBOUNDED,
    source:
      'ray python/ray/llm/_internal/serve/configs/constants.py (DEFAULT_MAX_TARGET_ONGOING_REQUESTS = 1e9) used by llm_server.py',
  },
  {
    since: '2.50.0',
    mode: 'none',
    maxOngoing: LLM_UNBOUNDED,
    source:
      'ray python/ray/llm/_internal/serve/deployments/llm/builder_llm_server.py (DEFAULT_DEPLOYMENT_OPTIONS has no autoscaling_config)',
  },
  {
    since: '2.53.0',
    mode: 'deep-merge',
    autoscaling: { min: 1, max: 1, target: LLM_UNBOUNDED },
    maxOngoing: LLM_UNBOUNDED,
    source:
      'ray PR #59323: python/ray/llm/_internal/common/dict_utils.py maybe_apply_llm_deployment_config_defaults over core/server/builder.py DEFAULT_DEPLOYMENT_OPTIONS',
  },
];

/** The LLM defaults band of a Ray version; the oldest band when the version is unknown. */
export function llmDefaultsBand(version: RayVersion | undefined): LlmDefaultsBand {
  return version === undefined ? LLM_DEFAULT_BANDS[0]! : bandOf(LLM_DEFAULT_BANDS, version);
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
  const llm = deployment.kind === 'llm' ? llmDefaultsBand(version) : undefined;
  const maxOngoing = deployment.maxOngoingRequests ?? llm?.maxOngoing ?? serve.maxOngoing;
  if (deployment.maxOngoingRequests === undefined) defaulted.push('max_ongoing_requests');
  const result = (autoscaling: EffectiveAutoscaling | undefined, fixedReplicas?: number): EffectiveDeployment => ({
    mode: autoscaling ? 'autoscaling' : 'fixed',
    autoscaling,
    fixedReplicas,
    maxOngoingRequests: maxOngoing,
    defaulted,
  });
  if (typeof deployment.numReplicas === 'number' && deployment.autoscaling === undefined) {
    return result(undefined, deployment.numReplicas);
  }
  if (deployment.numReplicas === 'auto') {
    return result(fromConfig(deployment.autoscaling ?? {}, { min: 1, max: 100, target: serve.target }, defaulted));
  }
  if (deployment.autoscaling !== undefined) {
    // Only the deep-merge band fills a missing target from the LLM defaults; the others fall back to Serve's.
    const target = llm?.mode === 'deep-merge' ? llm.autoscaling!.target : serve.target;
    return result(fromConfig(deployment.autoscaling, { min: 1, max: 1, target }, defaulted));
  }
  if (llm !== undefined) {
    defaulted.push('autoscaling_config');
    // Serve's own default when no autoscaling_config reaches it: one fixed replica.
    if (llm.autoscaling === undefined) return result(undefined, 1);
    return result(fromConfig({}, llm.autoscaling, []));
  }
  return {
    mode: 'unknown',
    autoscaling: undefined,
    fixedReplicas: undefined,
    maxOngoingRequests: deployment.maxOngoingRequests,
    defaulted,
  };
}
