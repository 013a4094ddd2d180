// The report's view of the sample streams: series picked out of a Timeline or LoadResults by metric and labels,
// bucketed onto a bounded number of points along one time axis ("mm:ss" since the run's start), as the charts and
// their tables show them. Pure; linear in the number of samples.
import type { Sample } from '../contracts/index.ts';

/** How the samples inside one bucket become its point. */
export type Aggregate =
  /** The last value seen up to the bucket's end (a gauge: replicas, pods); carried into empty buckets. */
  | 'last'
  /** The mean of the bucket's samples (rates, latencies); an empty bucket has no point. */
  | 'mean'
  /** The highest value in the bucket; an empty bucket has no point. */
  | 'max';

export interface SeriesSpec {
  readonly name: string;
  readonly metric: string;
  /** Samples must carry these labels with these values. */
  readonly where?: Readonly<Record<string, string>>;
  /** At one instant, the values of the matching series (several deployments, groups, GPUs) are summed or averaged. */
  readonly combine: 'sum' | 'mean' | 'max';
  readonly aggregate: Aggregate;
}

/** A series on the report's axis: one value per bucket, null where there was nothing to show. */
export interface BucketedSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
}

export interface Axis {
  /** ms on the samples' clock of the axis's zero. */
  readonly origin: number;
  /** The end of each bucket, ms on the samples' clock. */
  readonly ends: readonly number[];
}

/** Most points a chart shows: xychart draws every category label, and more than this crowds them. */
export const MAX_POINTS = 40;

// Bucket widths a reader counts in: labels then fall on round times.
const STEPS_S = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 86400];

/** Buckets of a round width (at least one second), at most `maxPoints` of them, covering [start, end]. */
export function axisOf(start: number, end: number, maxPoints = MAX_POINTS): Axis {
  const span = Math.max(end - start, 1000);
  const wanted = span / maxPoints / 1000;
  const step = (STEPS_S.find((s) => s >= wanted) ?? Math.ceil(wanted)) * 1000;
  const count = Math.min(maxPoints, Math.max(1, Math.ceil(span / step)));
  const ends: number[] = [];
  for (let i = 1; i <= count; i++) ends.push(start + i * step);
  return { origin: start, ends };
}

/** "mm:ss" since the axis's origin; minutes go past 59 for long runs. A negative offset gets a minus sign. */
export function clockLabel(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const seconds = Math.round(Math.abs(ms) / 1000);
  return `${sign}${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

function matches(sample: Sample, spec: SeriesSpec): boolean {
  if (sample.metric !== spec.metric || !Number.isFinite(sample.value)) return false;
  if (spec.where) for (const [k, v] of Object.entries(spec.where)) if (sample.labels?.[k] !== v) return false;
  return true;
}

function seriesKey(labels: Readonly<Record<string, string>>): string {
  return Object.keys(labels ?? {})
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(',');
}

/**
 * One series of the stream on the axis. Samples at one time from several label sets are first combined per
 * instant (each label set's latest value not older than `staleMs`: summed, averaged or the highest); a gauge then takes the last
 * combined value up to each bucket's end, a rate the mean or max of the bucket's.
 */
export function bucketSeries(
  samples: readonly Sample[],
  axis: Axis,
  spec: SeriesSpec,
  staleMs = Number.POSITIVE_INFINITY,
): BucketedSeries {
  const n = axis.ends.length;
  const values: (number | null)[] = new Array<number | null>(n).fill(null);
  if (n === 0) return { name: spec.name, values };
  const step = n > 1 ? axis.ends[1]! - axis.ends[0]! : axis.ends[0]! - axis.origin;
  const last = axis.ends[n - 1]!;
  const indexOf = (time: number): number =>
    time <= axis.origin ? 0 : Math.min(n - 1, Math.ceil((time - axis.origin) / step) - 1);
  const matching = samples.filter((s) => s.time <= last && matches(s, spec));
  const latest = new Map<string, { time: number; value: number }>();
  const sums = new Array<number>(n).fill(0);
  const counts = new Array<number>(n).fill(0);
  let carried: number | null = null;
  let filled = -1;
  for (let i = 0; i < matching.length; i++) {
    const sample = matching[i]!;
    latest.set(seriesKey(sample.labels), { time: sample.time, value: sample.value });
    if (matching[i + 1]?.time === sample.time) continue; // combine once per instant
    let combined = spec.combine === 'max' ? Number.NEGATIVE_INFINITY : 0;
    let size = 0;
    for (const [key, entry] of latest) {
      if (sample.time - entry.time > staleMs) {
        latest.delete(key);
        continue;
      }
      combined = spec.combine === 'max' ? Math.max(combined, entry.value) : combined + entry.value;
      size++;
    }
    if (!size) continue;
    if (spec.combine === 'mean' && size) combined /= size;
    const index = indexOf(sample.time);
    if (spec.aggregate === 'last') {
      for (let b = filled + 1; b < index; b++) values[b] = carried;
      values[index] = combined;
      carried = combined;
      filled = Math.max(filled, index);
    } else if (spec.aggregate === 'max') {
      sums[index] = counts[index] ? Math.max(sums[index]!, combined) : combined;
      counts[index]!++;
    } else {
      sums[index]! += combined;
      counts[index]!++;
    }
  }
  // A gauge is carried only as far as its stream went: after its last sample the chart makes no values up.
  if (spec.aggregate !== 'last')
    for (let b = 0; b < n; b++) if (counts[b]) values[b] = spec.aggregate === 'max' ? sums[b]! : sums[b]! / counts[b]!;
  return { name: spec.name, values };
}

/** The distinct values of a label among a metric's samples, in order of first appearance, at most `limit`. */
export function labelValues(samples: readonly Sample[], metric: string, label: string, limit: number): string[] {
  const seen = new Set<string>();
  for (const s of samples) {
    if (s.metric !== metric) continue;
    const v = s.labels?.[label];
    if (v !== undefined && !seen.has(v)) {
      seen.add(v);
      if (seen.size >= limit) break;
    }
  }
  return [...seen];
}

/** The largest value of any series (0 when all are empty). */
export function peak(series: readonly BucketedSeries[]): number {
  let max = 0;
  for (const s of series) for (const v of s.values) if (v !== null && v > max) max = v;
  return max;
}

/** A round upper bound for the y-axis: 1, 2, 5 × 10ⁿ at or above the peak (at least 1). */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (m * magnitude >= value) return m * magnitude;
  return 10 * magnitude;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/** A Unicode sparkline of a series (a space where it has no value), readable where Mermaid is not rendered. */
export function sparkline(values: readonly (number | null)[], max: number): string {
  return values
    .map((v) => (v === null ? ' ' : BLOCKS[Math.min(7, Math.max(0, Math.round((v / (max || 1)) * 7)))]))
    .join('');
}
