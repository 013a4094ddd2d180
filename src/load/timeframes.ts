// Taurus passfail criteria with a timeframe, judged on one-second windows as the run goes, as Taurus judges them
// (bzt/modules/passfail.py, FailCriterion.process_criteria_logic and the window aggregators):
// - "for T": fires when the condition held in every second for T. A second with no sample breaks the streak.
// - "within T": the seconds of the last T are aggregated — summed for a count (hits, succ, fail), averaged for
//   anything else, percentages and percentiles included (Taurus's own simplification) — and it fires as soon as the
//   aggregate meets the condition, even before T has passed.
// - "over T": the same aggregate, but it fires only once the seconds held span T.
// A second with no sample adds nothing to a within/over window (Taurus skips a second without the label's data).
// With "stop" the run stops when one fires; the exit is Taurus's 3 (AutomatedShutdown).
import { conditionHolds, windowCondition, type Criterion, type WindowView } from './criteria.ts';
import type { CriterionResult } from './types.ts';

interface Watch {
  readonly criterion: Criterion;
  streakMs: number;
  /** within/over: the last T seconds' values, oldest first, at seconds from the start. */
  readonly points: { atS: number; value: number }[];
  seen: boolean;
  firedAt: number | undefined;
  firedValue: number | null;
}

/** Whether a within/over window sums its seconds (a count, not as a percentage) or averages them. */
function sums(criterion: Criterion): boolean {
  return criterion.subject.kind === 'count' && !criterion.subject.ratio;
}

export class TimeframeWatch {
  private readonly watches: Watch[];
  private readonly stop: (detail: string) => void;

  constructor(criteria: readonly Criterion[], stop: (detail: string) => void) {
    this.watches = criteria
      .filter((c) => c.timeframe)
      .map((criterion) => ({
        criterion,
        streakMs: 0,
        points: [],
        seen: false,
        firedAt: undefined,
        firedValue: null,
      }));
    this.stop = stop;
  }

  get active(): boolean {
    return this.watches.length > 0;
  }

  /** One closed window of `seconds` ending `atMs` from the start. */
  observe(view: WindowView, seconds: number, atMs: number): void {
    for (const w of this.watches) {
      if (w.firedAt !== undefined) continue;
      const { value, holds } = windowCondition(w.criterion, view);
      if (value !== null) w.seen = true;
      const fired =
        w.criterion.timeframe!.logic === 'for'
          ? this.streak(w, holds, seconds, value)
          : value === null
            ? undefined
            : this.window(w, value, atMs / 1000);
      if (fired === undefined) continue;
      w.firedAt = atMs;
      w.firedValue = fired;
      if (w.criterion.timeframe!.stop) this.stop(`"${w.criterion.source.text}" fired`);
    }
  }

  /** "for": the last second's value when it fired (NaN: none), or undefined. */
  private streak(w: Watch, holds: boolean, seconds: number, value: number | null): number | undefined {
    w.streakMs = holds ? w.streakMs + seconds * 1000 : 0;
    if (w.streakMs < w.criterion.timeframe!.ms) return undefined;
    return value ?? NaN;
  }

  /** "within"/"over": the aggregate that fired, or undefined. */
  private window(w: Watch, value: number, atS: number): number | undefined {
    const spanS = w.criterion.timeframe!.ms / 1000;
    w.points.push({ atS, value });
    while (w.points.length > 0 && w.points[0]!.atS <= atS - spanS) w.points.shift();
    const total = w.points.reduce((sum, p) => sum + p.value, 0);
    const aggregate = sums(w.criterion) ? total : total / w.points.length;
    if (!conditionHolds(w.criterion, aggregate)) return undefined;
    // Taurus counts whole seconds: the window spans from its oldest second's start to now.
    const coveredS = atS - w.points[0]!.atS + 1;
    if (w.criterion.timeframe!.logic === 'over' && coveredS < spanS - 1e-9) return undefined;
    return aggregate;
  }

  /** The result of each criterion with a timeframe: fail when it fired, pass when it was measured and never did. */
  results(): Map<Criterion, CriterionResult> {
    const out = new Map<Criterion, CriterionResult>();
    for (const w of this.watches) {
      const c = w.criterion;
      const { logic, ms, stop } = c.timeframe!;
      const base = { source: c.source.text, syntax: c.source.syntax, failsRun: c.failsRun };
      const seconds = ms / 1000;
      const unit = c.subject.kind === 'trend' ? 'ms' : 'value';
      const aggregate = sums(c) ? 'sum' : 'average';
      if (w.firedAt !== undefined) {
        const until = `${Math.round(w.firedAt / 1000)} s into the run${stop ? '; the run was stopped' : ''}`;
        const how =
          logic === 'for'
            ? `the condition held in every second for ${seconds} s, until ${until}`
            : logic === 'within'
              ? `the ${aggregate} of the seconds within the last ${seconds} s met the condition at ${until}`
              : `the ${aggregate} over a full ${seconds} s met the condition at ${until}`;
        out.set(c, {
          ...base,
          outcome: 'fail',
          actual: w.firedValue === null || Number.isNaN(w.firedValue) ? null : Math.round(w.firedValue * 1e6) / 1e6,
          unit,
          message: `failed: ${how}`,
        });
      } else if (w.seen)
        out.set(c, {
          ...base,
          outcome: 'pass',
          actual: null,
          unit,
          message:
            logic === 'for'
              ? `passed: the condition never held for ${seconds} s in a row`
              : `passed: no ${logic === 'over' ? 'full ' : ''}${seconds} s window's ${aggregate} met the condition`,
        });
      else
        out.set(c, {
          ...base,
          outcome: 'inconclusive',
          actual: null,
          unit: '',
          message: 'no data: no second of the run had a sample of the metric',
        });
    }
    return out;
  }
}
