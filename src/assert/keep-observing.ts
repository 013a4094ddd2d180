// With --deployment, assert watches on until every assertion is decided or its window has closed, so a run never
// stops watching before it can answer: the Timeline file and a live observation merged, re-evaluated every poll, on
// an injected clock (a ManualClock in tests), bounded by the largest window plus a margin.
import { sleepUnlessAborted, type Clock } from '../time/clock.ts';
import type { Gap, SourceName, Timeline } from '../observe/index.ts';
import type { AssertionResult } from './types.ts';

/** Past the last window's end: one more poll of every source, and the slack of a slow dashboard. */
export const OBSERVE_MARGIN_MS = 30_000;
const POLL_MS = 5_000;

/** What assert reads of a live observation (the observer's snapshot). */
export interface LiveTimeline {
  snapshot(): Timeline;
}

export interface KeepObserving {
  readonly clock: Clock;
  /** The Timeline file observe wrote. */
  readonly base: Timeline;
  readonly live: LiveTimeline;
  readonly evaluate: (timeline: Timeline) => readonly AssertionResult[];
  /** When to stop at the latest, on `clock` (see observationDeadline). */
  readonly deadline: number;
  readonly pollMs?: number | undefined;
  readonly signal?: AbortSignal | undefined;
  readonly note?: ((line: string) => void) | undefined;
}

/** Whether watching longer could change a result: an inconclusive one whose window has not closed yet. */
export function undecided(results: readonly AssertionResult[], observedUntil: number): AssertionResult[] {
  return results.filter((r) => r.outcome === 'inconclusive' && r.window !== undefined && r.window.to > observedUntil);
}

/**
 * The latest any undecided window closes (plus the margin), but no later than the largest window plus the margin from `now`:
 * a load file from long ago cannot keep assert watching for hours.
 */
export function observationDeadline(results: readonly AssertionResult[], now: number): number {
  // Only what is still open counts: a scale-up decided from the file does not keep assert watching to its window's end.
  const windows = results.flatMap((r) => (r.window && r.outcome === 'inconclusive' ? [r.window] : []));
  if (windows.length === 0) return now;
  const lastClose = Math.max(...windows.map((w) => w.to));
  const largest = Math.max(...windows.map((w) => w.to - w.from));
  return Math.min(lastClose + OBSERVE_MARGIN_MS, now + largest + OBSERVE_MARGIN_MS);
}

export async function keepObserving(
  options: KeepObserving,
): Promise<{ readonly timeline: Timeline; readonly results: readonly AssertionResult[] }> {
  const { clock, signal } = options;
  for (;;) {
    const timeline = mergeTimelines(options.base, options.live.snapshot());
    const results = options.evaluate(timeline);
    const open = undecided(results, timeline.end);
    const now = clock.now();
    if (open.length === 0 || now >= options.deadline || signal?.aborted) return { timeline, results };
    options.note?.(
      `waiting for ${open.map((r) => r.id).join(', ')} (windows close in up to ${Math.round((Math.max(...open.map((r) => r.window!.to)) - timeline.end) / 1000)} s)`,
    );
    await sleepUnlessAborted(clock, Math.min(options.pollMs ?? POLL_MS, options.deadline - now), signal);
  }
}

/**
 * One Timeline of a file and a later observation of the same namespace: samples, events and gaps of both in time
 * order, and a gap for each source between the two where nobody watched.
 */
export function mergeTimelines(base: Timeline, more: Timeline): Timeline {
  const unseen: Gap[] = [];
  for (const source of ['serve', 'pods'] as SourceName[]) {
    const interval = base.sources.find((s) => s.name === source)?.intervalMs ?? 1000;
    if (more.start - base.end > interval)
      unseen.push({
        source,
        from: base.end,
        to: more.start,
        reason: "not observed: between the end of the Timeline file and assert's own observation",
      });
  }
  const byTime = <T>(list: readonly T[], time: (x: T) => number) => [...list].sort((a, b) => time(a) - time(b));
  const dropped =
    base.dropped || more.dropped
      ? {
          samples: (base.dropped?.samples ?? 0) + (more.dropped?.samples ?? 0),
          events: (base.dropped?.events ?? 0) + (more.dropped?.events ?? 0),
        }
      : undefined;
  return {
    ...base,
    end: Math.max(base.end, more.end),
    samples: byTime([...base.samples, ...more.samples], (s) => s.time),
    events: byTime([...base.events, ...more.events], (e) => e.time),
    gaps: byTime([...base.gaps, ...unseen, ...more.gaps], (g) => g.from),
    ...(dropped ? { dropped } : {}),
  };
}
