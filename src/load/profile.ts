// The load profile as the planner reads it, whichever file it came from (a Taurus YAML or our own LoadProfile):
// scenarios with compiled request templates, executions with their load shape, criteria with their source text.
import type { Template } from './template.ts';

/** Where something is in the profile the user wrote (1-based). */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A problem with the profile: what, where, and (in the message) how to fix it. */
export interface ProfileProblem {
  readonly message: string;
  readonly place?: Place | undefined;
}

export function formatProblem(problem: ProfileProblem): string {
  const at = problem.place ? `${problem.place.file}:${problem.place.line}:${problem.place.column}: ` : '';
  return `${at}${problem.message}`;
}

/** Think time before a request (JMeter's timers, bzt/utils.py parse_think_time): a constant or a distribution. */
export type ThinkTime =
  | { readonly kind: 'constant'; readonly ms: number }
  /** mean ± dev, uniformly (JMeter's UniformRandomTimer as Taurus writes it). */
  | { readonly kind: 'uniform'; readonly meanMs: number; readonly devMs: number }
  /** normal around mean with deviation dev, never below 0 (GaussianRandomTimer). */
  | { readonly kind: 'gaussian'; readonly meanMs: number; readonly devMs: number }
  /**
   * Taurus's poisson(mean, dev): dev as a constant delay plus a Poisson draw with lambda = mean − dev milliseconds
   * (bzt/jmx/tools.py JMeterScenarioBuilder._get_timer writes get_poisson_timer(lam=mean - dev, delay=dev); JMeter's
   * PoissonRandomTimer adds the draw to the delay). The mean is `mean`; the spread is only √lambda ms.
   */
  | { readonly kind: 'poisson'; readonly lambdaMs: number; readonly delayMs: number };

export type LlmApi = 'chat' | 'completions';

export interface RequestSpec {
  readonly label: string;
  readonly method: string;
  /** The URL as written (absolute, or relative to the scenario's address). */
  readonly url: Template;
  /** Scenario headers overridden by the request's (names compared case-insensitively, bzt/requests_model.py). */
  readonly headers: readonly { readonly name: string; readonly value: Template }[];
  readonly body: Template | undefined;
  readonly thinkTime: ThinkTime | undefined;
  /** Connect and idle (between bytes) timeout: Taurus's `timeout`, default 30 s. */
  readonly timeoutMs: number;
  /** An OpenAI-compatible completion route: its answers are read as LLM streams. */
  readonly llm: LlmApi | undefined;
  /** The body says "stream": false: the answer is one JSON document and TTFT, TPOT and ITL are not measured. */
  readonly streamOff: boolean;
  readonly place: Place | undefined;
}

export interface ScenarioSpec {
  readonly name: string;
  /** default-address: scheme://host:port (and optional path prefix) that relative URLs are joined to. */
  readonly address: string | undefined;
  readonly requests: readonly RequestSpec[];
  /** User-defined variables, the start value of each virtual user's variables. */
  readonly variables: Readonly<Record<string, string>>;
  readonly keepalive: boolean;
}

/** Closed loop: Taurus's concurrency, ramp-up, steps, hold-for, iterations and throughput. */
export interface ClosedShape {
  readonly kind: 'closed';
  readonly users: number;
  readonly rampUpMs: number;
  /** 0: a linear ramp. */
  readonly steps: number;
  readonly holdForMs: number;
  /** Iterations of the scenario per user; undefined: loop until the end. */
  readonly iterations: number | undefined;
  /** Requests per second cap over all users (Taurus's throughput). */
  readonly throughput: number | undefined;
}

/** Open loop: arrivals on a schedule, whatever the answers do (our own LoadProfile). */
export interface OpenShape {
  readonly kind: 'open';
  readonly arrivals: 'constant' | 'poisson';
  /** Arrivals per second (once the ramp is over). */
  readonly rate: number;
  readonly durationMs: number;
  /**
   * An open-loop ramp: over the first rampUpMs of the duration the arrival rate rises linearly from startRate (default
   * 0) to rate, as k6's ramping-arrival-rate stage or vLLM bench's --ramp-up-strategy linear do; then rate.
   */
  readonly rampUpMs?: number | undefined;
  readonly startRate?: number | undefined;
  /** Requests in flight at most; an arrival beyond it is dropped and counted. */
  readonly maxInFlight: number;
}

export type LoadShape = ClosedShape | OpenShape;

export interface ExecutionSpec {
  readonly scenario: ScenarioSpec;
  readonly shape: LoadShape;
  readonly place: Place | undefined;
}

/** A pass/fail criterion as written: a Taurus passfail line or a k6-style threshold on one of our metrics. */
export interface CriterionSource {
  readonly syntax: 'taurus' | 'threshold';
  readonly text: string;
  /** For a threshold: the metric it is on (ttft_ms, errors…). */
  readonly metric?: string | undefined;
  readonly place: Place | undefined;
}

/** Hard caps: a run past them stops, and a plan past them is refused before anything is sent. */
export interface Limits {
  readonly maxDurationMs: number;
  readonly maxRequests: number;
  readonly maxConnections: number;
}

export const DEFAULT_LIMITS: Limits = { maxDurationMs: 3 * 3_600_000, maxRequests: 200_000, maxConnections: 1_000 };

export interface RetryPolicy {
  /** Retries per request; 0 (the default): none. */
  readonly max: number;
  /** Status codes retried; connection failures are retried too when max > 0. */
  readonly statuses: readonly number[];
}

/**
 * Service-level objectives for goodput (vLLM bench --goodput, after DistServe): a completed request is good when each
 * given metric is at or under its objective; TPOT counts as 0 for a request with one output token.
 */
export interface Slo {
  readonly ttftMs?: number | undefined;
  readonly tpotMs?: number | undefined;
  readonly e2eMs?: number | undefined;
}

export interface LoadSettings {
  readonly seed: number | undefined;
  /** Goodput's objectives; none: no goodput figures. */
  readonly slo?: Slo | undefined;
  /** A whole request's deadline, from its start to its last byte (default 10 min). */
  readonly totalTimeoutMs: number;
  /** After the end (or a stop), how long requests in flight may finish (default 30 s). */
  readonly graceMs: number;
  readonly retry: RetryPolicy;
}

export const DEFAULT_SETTINGS: LoadSettings = {
  seed: undefined,
  totalTimeoutMs: 10 * 60_000,
  graceMs: 30_000,
  retry: { max: 0, statuses: [429, 503] },
};

export interface LoadProfile {
  readonly format: 'taurus' | 'rayservice-ci';
  readonly path: string;
  readonly executions: readonly ExecutionSpec[];
  readonly criteria: readonly CriterionSource[];
  readonly limits: Partial<Limits>;
  readonly settings: LoadSettings;
  /** Accepted but not acted on (BlazeMeter upload settings, unknown JMeter functions), each with its place. */
  readonly warnings: readonly ProfileProblem[];
}
