// Taurus passfail "for T" criteria judged as the run goes (bzt/modules/passfail.py: DataCriterion with the "for"
// logic fires when every one-second sample over the timeframe meets the condition; with "stop" the test stops, and
// the exit is Taurus's 3, AutomatedShutdown). A second with no sample breaks the streak: it met nothing.
import type { Criterion, WindowView } from './criteria.ts';
import { windowCondition } from './criteria.ts';
import type { CriterionResult } from './types.ts';

interface Watch {
  readonly criterion: Criterion;
  streakMs: number;
  seen: boolean;
  firedAt: number | undefined;
  firedValue: number | null;
}

export class TimeframeWatch {
  private readonly watches: Watch[];
  private readonly stop: (detail: string) => void;

  constructor(criteria: readonly Criterion[], stop: (detail: string) => void) {
    this.watches = criteria
      .filter((c) => c.timeframe)
      .map((criterion) => ({ criterion, streakMs: 0, seen: false, firedAt: undefined, firedValue: null }));
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
      w.streakMs = holds ? w.streakMs + seconds * 1000 : 0;
      if (w.streakMs >= w.criterion.timeframe!.ms) {
        w.firedAt = atMs;
        w.firedValue = value;
        if (w.criterion.timeframe!.stop) this.stop(`"${w.criterion.source.text}" held for its timeframe`);
      }
    }
  }

  /** The result of each "for" criterion: fail when it fired, pass when it was measured and never did. */
  results(): Map<Criterion, CriterionResult> {
    const out = new Map<Criterion, CriterionResult>();
    for (const w of this.watches) {
      const c = w.criterion;
      const base = { source: c.source.text, syntax: c.source.syntax, failsRun: c.failsRun };
      const seconds = c.timeframe!.ms / 1000;
      if (w.firedAt !== undefined)
        out.set(c, {
          ...base,
          outcome: 'fail',
          actual: w.firedValue === null ? null : Math.round(w.firedValue * 1e6) / 1e6,
          unit: c.subject.kind === 'trend' ? 'ms' : 'value',
          message: `failed: the condition held in every second for ${seconds} s, until ${Math.round(w.firedAt / 1000)} s into the run${c.timeframe!.stop ? '; the run was stopped' : ''}`,
        });
      else if (w.seen)
        out.set(c, {
          ...base,
          outcome: 'pass',
          actual: null,
          unit: c.subject.kind === 'trend' ? 'ms' : 'value',
          message: `passed: the condition never held for ${seconds} s in a row`,
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
