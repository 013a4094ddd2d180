// Reading the sample stream for assertions: one quantity (a sum over the series that match) as points in time, the
// spans a source could not see, and the Kubernetes events of a span. Samples are points; between two of them a
// series holds its last value, and a gap is a span where nothing is known.
import type { Sample } from '../contracts/index.ts';
import type { Gap, ObservedEvent, SourceName, Timeline } from '../observe/index.ts';

export interface Point {
  readonly time: number;
  readonly value: number;
}

/**
 * The sum over every series of `metric` whose labels `match`, at each time one of them was sampled: each series
 * counts with its last value (the observer writes all the states of a poll at one time, so a sum is never half old).
 */
export function summed(
  samples: readonly Sample[],
  metric: string,
  match: (labels: Readonly<Record<string, string>>) => boolean,
): Point[] {
  const last = new Map<string, number>();
  const points: Point[] = [];
  let total = 0;
  for (const s of samples) {
    if (s.metric !== metric || !match(s.labels)) continue;
    const key = seriesKey(s.labels);
    total += s.value - (last.get(key) ?? 0);
    last.set(key, s.value);
    const previous = points[points.length - 1];
    if (previous?.time === s.time) points[points.length - 1] = { time: s.time, value: total };
    else points.push({ time: s.time, value: total });
  }
  return points;
}

function seriesKey(labels: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The gaps of `source` (for `metric`, when the gap names one) that overlap [from, to]. */
export function gapsIn(timeline: Timeline, source: SourceName, metric: string, from: number, to: number): Gap[] {
  return timeline.gaps.filter(
    (g) => g.source === source && (g.metric === undefined || g.metric === metric) && g.from < to && g.to > from,
  );
}

/** The last event of `reason` in [from, to], if any (FailedScheduling says why a pod pends). */
export function lastEvent(timeline: Timeline, reason: string, from: number, to: number): ObservedEvent | undefined {
  let found: ObservedEvent | undefined;
  for (const e of timeline.events) if (e.reason === reason && e.time >= from && e.time <= to) found = e;
  return found;
}
