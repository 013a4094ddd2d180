// Ray Serve's default autoscaling policy, per Ray version. Ported from ray python/ray/serve/autoscaling_policy.py:
// - `v2.47`: replica_queue_length_autoscaling_policy + _calculate_desired_num_replicas (Ray 2.3x–2.49), delays
//   counted in control-loop ticks (CONTROL_LOOP_INTERVAL_S = 0.1);
// - `wrapper-ticks`: the ~2.50+ _apply_autoscaling_config wrapper (factors on desired − current, two-stage
//   N→1→0 downscale with downscale_to_zero_delay_s), still counting ticks;
// - `wrapper-clock`: the same after ray PR #62144 (2026-04), measuring delays in wall-clock seconds.
// The caller clamps the decision to [min, max] (autoscaling_state.apply_bounds).
import { atLeast, type EffectiveAutoscaling, type RayVersion } from '../../ray/index.ts';

export type PolicyVariant = 'v2.47' | 'wrapper-ticks' | 'wrapper-clock';

/** Which policy a rayVersion runs. Release boundaries are ±1 minor (see the notes): 2.50 wrapper, 2.55 wall clock. */
export function policyVariant(version: RayVersion | undefined): PolicyVariant {
  if (version === undefined) return 'v2.47';
  if (atLeast(version, '2.55.0')) return 'wrapper-clock';
  if (atLeast(version, '2.50.0')) return 'wrapper-ticks';
  return 'v2.47';
}

export const CONTROL_LOOP_INTERVAL_S = 0.1;

export interface PolicyInput {
  /** The deployment's current target replica count. */
  readonly target: number;
  /** RUNNING replicas. */
  readonly running: number;
  /** Queued plus running requests, as the controller aggregates them. */
  readonly totalRequests: number;
  readonly config: PolicyConfig;
  /** Capacity-adjusted bounds (used by 2.47's desired-replica calculation). */
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Seconds, for the wall-clock variant. */
  readonly nowS: number;
}

export type PolicyConfig = Pick<
  EffectiveAutoscaling,
  | 'targetOngoingRequests'
  | 'upscaleDelayS'
  | 'downscaleDelayS'
  | 'downscaleToZeroDelayS'
  | 'upscalingFactor'
  | 'downscalingFactor'
>;

/** Persists between calls for one deployment (Ray's policy_state dict). */
export type PolicyState = { counter?: number; since?: number };

const ticks = (delayS: number) => Math.trunc(delayS / CONTROL_LOOP_INTERVAL_S);

/** _calculate_desired_num_replicas (2.47). */
export function desiredReplicas247(
  config: PolicyConfig,
  total: number,
  running: number,
  min: number,
  max: number,
): number {
  const errorRatio = total / (config.targetOngoingRequests * running);
  const factor = errorRatio >= 1 ? config.upscalingFactor : config.downscalingFactor;
  const smoothed = 1 + (errorRatio - 1) * factor;
  let desired = Math.ceil(running * smoothed);
  // A fractional down factor could otherwise never move a small deployment down.
  if (Math.ceil(running * errorRatio) < running && desired === running) desired -= 1;
  return Math.max(min, Math.min(max, desired));
}

function policy247(input: PolicyInput, state: PolicyState): number {
  const { config, target, running, totalRequests } = input;
  if (running === 0) return totalRequests > 0 ? Math.max(Math.ceil(config.upscalingFactor), target) : target;
  let counter = state.counter ?? 0;
  let decision = target;
  const desired = desiredReplicas247(config, totalRequests, running, input.minReplicas, input.maxReplicas);
  if (desired > target) {
    if (counter < 0) counter = 0;
    counter += 1;
    if (counter > ticks(config.upscaleDelayS)) {
      counter = 0;
      decision = desired;
    }
  } else if (desired < target) {
    if (counter > 0) counter = 0;
    counter -= 1;
    if (counter < -ticks(config.downscaleDelayS)) {
      counter = 0;
      decision = desired;
    }
  } else counter = 0;
  state.counter = counter;
  return decision;
}

/** _apply_scaling_factors (~2.50+): factors act on the distance from the current count. */
export function applyScalingFactors(
  desired: number,
  current: number,
  config: Pick<PolicyConfig, 'upscalingFactor' | 'downscalingFactor'>,
): number {
  const delta = desired - current;
  const factor = delta > 0 ? config.upscalingFactor : config.downscalingFactor;
  let scaled = Math.ceil(current + factor * delta);
  if (Math.ceil(desired) < current && scaled === current) scaled -= 1;
  return scaled;
}

function wrapped(input: PolicyInput, state: PolicyState, clock: boolean): number {
  const { config, target, running, totalRequests } = input;
  // Cold start: replicas from zero at once, no delay.
  if (running === 0) return totalRequests > 0 ? Math.max(Math.ceil(config.upscalingFactor), target) : target;
  let desired = Math.max(0, applyScalingFactors(totalRequests / config.targetOngoingRequests, running, config));
  let delayS: number;
  let direction: 1 | -1;
  if (desired > target) {
    delayS = config.upscaleDelayS;
    direction = 1;
  } else if (desired < target) {
    direction = -1;
    if (target === 1) delayS = config.downscaleToZeroDelayS ?? config.downscaleDelayS;
    else {
      delayS = config.downscaleDelayS;
      // Two stages: N → 1 on downscale_delay_s, then 1 → 0 on downscale_to_zero_delay_s.
      desired = Math.max(1, desired);
    }
  } else {
    delete state.counter;
    delete state.since;
    return target;
  }
  if (clock) {
    if (state.counter === undefined || Math.sign(state.counter) !== direction) {
      state.counter = direction;
      state.since = input.nowS;
    }
    if (input.nowS - (state.since ?? input.nowS) + 1e-6 >= delayS) {
      delete state.counter;
      delete state.since;
      return desired;
    }
    return target;
  }
  let counter = state.counter ?? 0;
  if (Math.sign(counter) === -direction) counter = 0;
  counter += direction;
  if (Math.abs(counter) > ticks(delayS)) {
    delete state.counter;
    return desired;
  }
  state.counter = counter;
  return target;
}

export function decide(variant: PolicyVariant, input: PolicyInput, state: PolicyState): number {
  switch (variant) {
    case 'v2.47':
      return policy247(input, state);
    case 'wrapper-ticks':
      return wrapped(input, state, false);
    case 'wrapper-clock':
      return wrapped(input, state, true);
  }
}

export function applyBounds(decision: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, decision));
}
