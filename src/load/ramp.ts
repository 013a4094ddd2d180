// Taurus's load shapes as pure functions of time: the concurrency ramp of jmeter-plugins' ConcurrencyThreadGroup
// (undera/jmeter-plugins plugins/casutg/src/main/java/com/blazemeter/jmeter/threads/concurrency/
// ConcurrencyThreadStarter.java, getPlannedConcurrency), which Taurus writes for every execution (bzt/jmx/base.py),
// and the throughput shaper's schedule (bzt/jmx/tools.py, the VariableThroughputTimer steps).
import type { ClosedShape } from './profile.ts';

/** ramp-up + hold-for (bzt/engine/modules.py get_load); undefined when neither is set (iterations end the run). */
export function closedDurationMs(shape: ClosedShape): number | undefined {
  const total = shape.rampUpMs + shape.holdForMs;
  return total > 0 ? total : undefined;
}

/**
 * Users planned at `t` ms after the start:
 *   t >= ramp-up + hold          → 0 (the end)
 *   ramp-up == 0 or t > ramp-up  → C
 *   steps > 0                    → round(C/steps · (floor(t / (ramp-up/steps)) + 1)), at most C
 *   otherwise (linear)           → round(C/ramp-up · t)
 * The first step starts at t = 0; at t == ramp-up the stepped formula would give C + C/steps, clamped to C.
 */
export function plannedUsers(shape: ClosedShape, t: number): number {
  const duration = closedDurationMs(shape);
  if (duration !== undefined && t >= duration) return 0;
  const C = shape.users;
  const R = shape.rampUpMs;
  if (R === 0 || t > R) return C;
  if (shape.steps > 0) return Math.min(C, javaRound((C / shape.steps) * (Math.floor(t / (R / shape.steps)) + 1)));
  return Math.min(C, javaRound((C / R) * t));
}

/** Java's Math.round: halves go up. */
function javaRound(x: number): number {
  return Math.floor(x + 0.5);
}

export interface UserStep {
  readonly atMs: number;
  readonly users: number;
}

/** The times the planned users change during the ramp, and the level from each (the last one holds to the end). */
export function userSteps(shape: ClosedShape): UserStep[] {
  const C = shape.users;
  const R = shape.rampUpMs;
  const steps: UserStep[] = [];
  const push = (atMs: number, users: number) => {
    const last = steps[steps.length - 1];
    if (last && last.users === users) return;
    if (last && last.atMs === atMs) steps.pop();
    steps.push({ atMs, users });
  };
  if (R === 0) return [{ atMs: 0, users: C }];
  if (shape.steps > 0) {
    const width = R / shape.steps;
    for (let k = 0; k < shape.steps; k++) push(k * width, plannedUsers(shape, k * width));
  } else {
    // Linear: user n arrives when C/R·t reaches n − ½ (where round() first gives n).
    push(0, 0);
    for (let n = 1; n <= C; n++) push(Math.max(0, ((n - 0.5) * R) / C), n);
  }
  // Past the ramp the level is C (the formula's "t > ramp-up" branch).
  push(R, C);
  return steps.filter((s) => closedDurationMs(shape) === undefined || s.atMs < closedDurationMs(shape)!);
}

export interface RateStep {
  readonly atMs: number;
  /** Requests per second from atMs; `linearTo` when the rate ramps linearly to the next step. */
  readonly rps: number;
  readonly linearTo?: number | undefined;
}

/**
 * The throughput cap over time (bzt/jmx/tools.py): with steps, plateaus of throughput/steps·k, each ramp-up/steps
 * long; without steps, a linear ramp over ramp-up from max(1, throughput/duration) rps; then throughput.
 */
export function throughputSteps(shape: ClosedShape): RateStep[] | undefined {
  const target = shape.throughput;
  if (target === undefined) return undefined;
  const R = shape.rampUpMs;
  if (R === 0) return [{ atMs: 0, rps: target }];
  if (shape.steps > 0) {
    const width = R / shape.steps;
    const out: RateStep[] = [];
    for (let k = 1; k <= shape.steps; k++) out.push({ atMs: (k - 1) * width, rps: (target / shape.steps) * k });
    out.push({ atMs: R, rps: target });
    return out;
  }
  const durationS = (closedDurationMs(shape) ?? R) / 1000;
  const start = Math.min(target, Math.max(1, target / durationS));
  return [
    { atMs: 0, rps: start, linearTo: target },
    { atMs: R, rps: target },
  ];
}

/** The cap at `t`, from its steps. */
export function rateAt(steps: readonly RateStep[], t: number, rampEndMs: number): number {
  let current = steps[0]!;
  for (const s of steps) if (s.atMs <= t) current = s;
  if (current.linearTo !== undefined && rampEndMs > current.atMs)
    return (
      current.rps + (current.linearTo - current.rps) * Math.min(1, (t - current.atMs) / (rampEndMs - current.atMs))
    );
  return current.rps;
}
