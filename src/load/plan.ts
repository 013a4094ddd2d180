// The pure planner: a profile, the caller's overrides and the hard caps in; the plan out, as data — users over time,
// the throughput cap, the expected request schedule, the criteria — or problems with their places. --dry-run prints
// it; the runner executes it (STYLE 4). Nothing here reads a clock, a file or the network.
import { formatDuration } from '../time/duration.ts';
import { parseCriterion, type Criterion } from './criteria.ts';
import {
  DEFAULT_LIMITS,
  formatProblem,
  type ExecutionSpec,
  type Limits,
  type LoadProfile,
  type LoadShape,
  type OpenShape,
  type ProfileProblem,
  type ThinkTime,
} from './profile.ts';
import { randomExponential, seededRandom } from './random.ts';
import { closedDurationMs, throughputSteps, userSteps, type RateStep, type UserStep } from './ramp.ts';

export interface PlanOptions {
  /** Replaces every execution's hold-for (an open-loop run's duration). */
  readonly holdForMs?: number | undefined;
  /** Replaces every scenario's default-address. */
  readonly address?: string | undefined;
  readonly seed: number;
  /** Caps given on the command line or as action inputs; they win over the profile's. */
  readonly limits?: Partial<Limits> | undefined;
}

/** How many planned arrivals or first requests the printed plan lists (the rest are counted). */
const LISTED = 50;

export interface RequestPlan {
  readonly label: string;
  readonly method: string;
  readonly url: string;
  /** chat or completions when the answer is read as an LLM stream; "stream": false turns streaming off. */
  readonly llm: string | null;
  readonly stream: boolean;
  readonly thinkTime: string | null;
  readonly timeout: string;
}

export interface ExecutionPlan {
  readonly scenario: string;
  readonly address: string | null;
  readonly mode: 'closed' | 'open';
  /** ms from the start to when requests stop being issued; null: when every user has done its iterations. */
  readonly endMs: number | null;
  readonly requests: readonly RequestPlan[];
  /** Closed loop. */
  readonly users?: readonly UserStep[];
  readonly iterations?: number | null;
  readonly throughput?: readonly RateStep[] | null;
  /** When each user sends its first request: its start plus the think time before it (JMeter timers run first). */
  readonly firstRequests?: {
    readonly listed: readonly { readonly user: number; readonly atMs: number }[];
    readonly total: number;
  };
  /** Open loop. */
  readonly arrivals?: {
    readonly distribution: 'constant' | 'poisson';
    readonly rate: number;
    /** The ramp: the first rampUpMs rise linearly from startRate to rate. */
    readonly rampUpMs?: number;
    readonly startRate?: number;
    readonly maxInFlight: number;
    readonly expected: number;
    readonly listedMs: readonly number[];
  };
  /** The most requests the schedule allows if every answer came at once; null when only latency bounds it. */
  readonly maxRequests: number | null;
}

export interface LoadPlan {
  readonly profile: string;
  readonly format: 'taurus' | 'rayservice-ci';
  readonly seed: number;
  readonly limits: Limits;
  readonly endMs: number | null;
  readonly executions: readonly ExecutionPlan[];
  readonly criteria: readonly string[];
  readonly warnings: readonly string[];
}

/** The plan and what the runner needs beside it (compiled templates, parsed criteria). */
export interface RunnablePlan {
  readonly plan: LoadPlan;
  readonly executions: readonly ExecutionSpec[];
  readonly criteria: readonly Criterion[];
  readonly profile: LoadProfile;
}

export type PlanResult =
  | { readonly ok: true; readonly runnable: RunnablePlan }
  | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

function describeThink(t: ThinkTime | undefined): string | null {
  if (!t) return null;
  switch (t.kind) {
    case 'constant':
      return formatDuration(t.ms);
    case 'uniform':
      return `uniform(${formatDuration(t.meanMs)} ± ${formatDuration(t.devMs)})`;
    case 'gaussian':
      return `gaussian(${formatDuration(t.meanMs)}, σ ${formatDuration(t.devMs)})`;
    case 'poisson':
      return `${formatDuration(t.delayMs)} + poisson(λ ${formatDuration(t.lambdaMs)})`;
  }
}

function meanThink(t: ThinkTime | undefined): number {
  if (!t) return 0;
  if (t.kind === 'poisson') return t.delayMs + t.lambdaMs;
  return t.kind === 'constant' ? t.ms : t.meanMs;
}

function withOverrides(spec: ExecutionSpec, options: PlanOptions): ExecutionSpec {
  let shape: LoadShape = spec.shape;
  if (options.holdForMs !== undefined)
    shape =
      shape.kind === 'closed'
        ? { ...shape, holdForMs: options.holdForMs, iterations: shape.iterations }
        : { ...shape, durationMs: options.holdForMs };
  const scenario = options.address !== undefined ? { ...spec.scenario, address: options.address } : spec.scenario;
  return { ...spec, shape, scenario };
}

export function planLoad(profile: LoadProfile, options: PlanOptions): PlanResult {
  const problems: ProfileProblem[] = [];
  const limits: Limits = { ...DEFAULT_LIMITS, ...profile.limits, ...options.limits };
  const executions = profile.executions.map((e) => withOverrides(e, options));
  const criteria: Criterion[] = [];
  for (const source of profile.criteria) {
    const parsed = parseCriterion(source);
    if (parsed.ok) criteria.push(parsed.criterion);
    else problems.push({ message: parsed.problem, place: source.place });
  }
  const warnings = profile.warnings.map(formatProblem);
  let connections = 0;
  let end: number | null = 0;
  const plans: ExecutionPlan[] = executions.map((execution, index) => {
    const { scenario, shape } = execution;
    const requests: RequestPlan[] = scenario.requests.map((r) => ({
      label: r.label,
      method: r.method,
      url: r.url.source,
      llm: r.llm ?? null,
      stream: r.llm !== undefined && !r.streamOff,
      thinkTime: describeThink(r.thinkTime),
      timeout: formatDuration(r.timeoutMs),
    }));
    for (const r of scenario.requests)
      if (!/^https?:\/\//i.test(r.url.source) && !r.url.source.startsWith('${') && scenario.address === undefined)
        problems.push({
          message: `request "${r.label}" has a relative URL and scenario ${scenario.name} has no default-address; set default-address, or pass --address or --deployment.`,
          place: r.place,
        });
    const thinkPerIteration = scenario.requests.reduce((sum, r) => sum + meanThink(r.thinkTime), 0);
    if (shape.kind === 'closed') {
      connections += shape.users;
      const duration = closedDurationMs(shape);
      if (duration === undefined) end = null;
      else if (end !== null) end = Math.max(end, duration);
      if ((duration ?? 0) > limits.maxDurationMs)
        problems.push({
          message: `execution ${index} runs ${formatDuration(duration!)} (ramp-up + hold-for), beyond max-duration ${formatDuration(limits.maxDurationMs)}; shorten it or raise the limit (--max-duration, limits.max-duration).`,
          place: execution.place,
        });
      const steps = userSteps(shape);
      const firstThink = meanThink(scenario.requests[0]?.thinkTime);
      const starts: { user: number; atMs: number }[] = [];
      let total = 0;
      let previous = 0;
      for (const step of steps) {
        for (let u = previous; u < step.users; u++) {
          total++;
          if (starts.length < LISTED) starts.push({ user: u + 1, atMs: step.atMs + firstThink });
        }
        previous = Math.max(previous, step.users);
      }
      const throughput = throughputSteps(shape) ?? null;
      let maxRequests: number | null = null;
      const perIteration = scenario.requests.length;
      if (shape.iterations !== undefined) maxRequests = shape.iterations * shape.users * perIteration;
      if (duration !== undefined) {
        const byThink =
          thinkPerIteration > 0 ? Math.ceil((shape.users * duration) / (thinkPerIteration / perIteration)) : null;
        const byRate = shape.throughput !== undefined ? Math.ceil((shape.throughput * duration) / 1000) : null;
        const bounds = [maxRequests, byThink, byRate].filter((n): n is number => n !== null);
        maxRequests = bounds.length ? Math.min(...bounds) : null;
      }
      if (maxRequests === null || maxRequests > limits.maxRequests)
        warnings.push(
          `execution ${index} may send more than max-requests (${limits.maxRequests}); the run stops there (raise it with --max-requests or limits.max-requests).`,
        );
      return {
        scenario: scenario.name,
        address: scenario.address ?? null,
        mode: 'closed',
        endMs: duration ?? null,
        requests,
        users: steps,
        iterations: shape.iterations ?? null,
        throughput,
        firstRequests: { listed: starts, total },
        maxRequests,
      };
    }
    connections += shape.maxInFlight;
    if (end !== null) end = Math.max(end, shape.durationMs);
    if (shape.durationMs > limits.maxDurationMs)
      problems.push({
        message: `execution ${index} runs ${formatDuration(shape.durationMs)}, beyond max-duration ${formatDuration(limits.maxDurationMs)}.`,
        place: execution.place,
      });
    const expected = Math.ceil(expectedArrivals(shape, shape.durationMs));
    if (expected > limits.maxRequests)
      problems.push({
        message: `execution ${index} would send about ${expected} requests (${shape.rate}/s for ${formatDuration(shape.durationMs)}${shape.rampUpMs ? `, the first ${formatDuration(shape.rampUpMs)} a ramp from ${shape.startRate ?? 0}/s` : ''}), beyond max-requests ${limits.maxRequests}; lower the rate or raise the limit.`,
        place: execution.place,
      });
    return {
      scenario: scenario.name,
      address: scenario.address ?? null,
      mode: 'open',
      endMs: shape.durationMs,
      requests,
      arrivals: {
        distribution: shape.arrivals,
        rate: shape.rate,
        ...(shape.rampUpMs ? { rampUpMs: shape.rampUpMs, startRate: shape.startRate ?? 0 } : {}),
        maxInFlight: shape.maxInFlight,
        expected,
        listedMs: arrivalTimes(shape, options.seed, index, LISTED),
      },
      maxRequests: expected,
    };
  });
  if (connections > limits.maxConnections)
    problems.push({
      message: `the profile needs ${connections} connections (users and max-in-flight over all executions), beyond max-connections ${limits.maxConnections}; lower concurrency or raise the limit (--max-connections, limits.max-connections).`,
    });
  if (problems.length) return { ok: false, problems };
  const plan: LoadPlan = {
    profile: profile.path,
    format: profile.format,
    seed: options.seed,
    limits,
    endMs: end,
    executions: plans,
    criteria: profile.criteria.map((c) => (c.syntax === 'threshold' ? `${c.metric}: ${c.text}` : c.text)),
    warnings,
  };
  return { ok: true, runnable: { plan, executions, criteria, profile } };
}

/** Intended arrival times (ms from the start) of an open-loop execution, in order; the same seed, the same times. */
export function* arrivalSchedule(
  shape: Extract<LoadShape, { kind: 'open' }>,
  seed: number,
  execution: number,
): Generator<number, void, void> {
  const random = seededRandom(seed, 1_000_000 + execution);
  // Arrivals are the points where the expected count Λ(t) = ∫ rate crosses 0, 1, 2, … (constant), or crosses a sum
  // of unit exponential draws (Poisson: time-rescaling turns a unit-rate Poisson process into one with this rate).
  let s = 0;
  // Bounded: the planner refused schedules past max-requests, and the count is Λ(duration).
  for (let i = 0; i < Number.MAX_SAFE_INTEGER; i++) {
    if (shape.arrivals === 'poisson') s += randomExponential(random, 1);
    else s = i;
    const t = timeOfCount(shape, s);
    // Written so that NaN ends the schedule too.
    if (!(t < shape.durationMs)) return;
    yield t;
  }
}

/** Λ(t): the arrivals expected by `ms` from the start (rates per second; the ramp linear). */
export function expectedArrivals(shape: OpenShape, ms: number): number {
  const ramp = shape.rampUpMs ?? 0;
  const r0 = shape.startRate ?? 0;
  const r1 = shape.rate;
  if (ramp > 0 && ms <= ramp) return (r0 * ms + ((r1 - r0) * ms * ms) / (2 * ramp)) / 1000;
  return ((r0 + r1) * ramp) / 2000 + (r1 * (ms - ramp)) / 1000;
}

/** Λ⁻¹(count): when, in ms from the start, `count` arrivals are expected. */
function timeOfCount(shape: OpenShape, count: number): number {
  const ramp = shape.rampUpMs ?? 0;
  const inRamp = ramp > 0 ? expectedArrivals(shape, ramp) : 0;
  if (count >= inRamp) return ramp + ((count - inRamp) * 1000) / shape.rate;
  // Inside the ramp: a·t² + b·t = count with t in ms.
  const r0 = shape.startRate ?? 0;
  const a = (shape.rate - r0) / (2 * ramp * 1000);
  const b = r0 / 1000;
  if (Math.abs(a) < 1e-15) return count / b;
  return (-b + Math.sqrt(b * b + 4 * a * count)) / (2 * a);
}

/** The first `count` intended arrival times, for the printed plan. */
export function arrivalTimes(
  shape: Extract<LoadShape, { kind: 'open' }>,
  seed: number,
  execution: number,
  count: number,
): number[] {
  const out: number[] = [];
  for (const t of arrivalSchedule(shape, seed, execution)) {
    if (out.length >= count) break;
    out.push(Math.round(t * 1000) / 1000);
  }
  return out;
}
