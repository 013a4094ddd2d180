// Holding a Timeline against the sim's own record: samples that disagree with what the sim held when they were
// taken, and how late each change the sim made showed up (or that a gap covers it).
import { METRIC, type Timeline } from '../../src/observe/index.ts';
import { at, inGap, series, type SimRecord } from './sim-record.ts';

/** The Serve controller's tick: a dashboard answer reflects the state at its tick or the one before. */
const SERVE_TICK_MS = 100;

/** Serve samples of `deployment` (RUNNING, STARTING, STOPPING, target) that match neither the sim's state when answered nor a tick before. */
export function serveMismatches(timeline: Timeline, record: SimRecord, deployment: string): string[] {
  const wrong: string[] = [];
  for (const s of timeline.samples) {
    if (s.labels['deployment'] !== deployment) continue;
    const read = (t: number) => {
      const d = at(record.serve, t)?.deployments[deployment];
      if (!d) return undefined;
      if (s.metric === METRIC.serveTargetReplicas) return d.target;
      if (s.metric === METRIC.serveReplicas) return d.states[s.labels['state']!] ?? 0;
      return undefined;
    };
    const now = read(s.time);
    const before = read(s.time - SERVE_TICK_MS);
    if (now === undefined && before === undefined) continue;
    if (s.value !== now && s.value !== before)
      wrong.push(
        `${s.metric}{${s.labels['state'] ?? ''}} at +${s.time - timeline.start} ms: ${s.value}, sim ${before}→${now}`,
      );
  }
  return wrong;
}

/** How late the observer learns that a connection broke on a stepped clock: the socket closes within a tick. */
const NOTICE_MS = 100;

/**
 * Worker pod samples of `phase` that match no state the sim held shortly before them. A watch's state is written
 * while the watch is up or down for less than an interval, so it may be that old plus the time it took to notice
 * the connection broke; it is never a state the sim did not have.
 */
export function podMismatches(timeline: Timeline, record: SimRecord, phase: string, intervalMs = 1000): string[] {
  const wrong: string[] = [];
  const window = intervalMs + NOTICE_MS;
  for (const s of series(timeline, METRIC.rayWorkerPods, { phase })) {
    const held = new Set<number>();
    const first = at(record.pods, s.time - window);
    if (first) held.add(first.phases[phase] ?? 0);
    for (const r of record.pods) if (r.t > s.time - window && r.t <= s.time) held.add(r.phases[phase] ?? 0);
    if (!held.has(s.value))
      wrong.push(`${phase} at +${s.time - timeline.start} ms: ${s.value}, sim held ${[...held].join('/')}`);
  }
  return wrong;
}

export interface ChangeLags {
  /** Changes seen outside gaps, and the worst delay among them. */
  readonly seen: number;
  readonly worstLagMs: number;
  /** Changes a gap of the source covers (seen late or superseded unseen, as the gap says). */
  readonly inGaps: number;
  /** Values the sim held for less than the allowed delay and that were never seen. */
  readonly superseded: number;
  /** Changes outside gaps never seen, or seen later than `allowedMs`. */
  readonly missed: string[];
}

/** How each change of `value(record)` showed up in the series `samples`. */
function lags<T extends { t: number }>(
  timeline: Timeline,
  records: readonly T[],
  value: (r: T) => number,
  samples: readonly { time: number; value: number }[],
  source: 'serve' | 'pods',
  allowedMs: number,
): ChangeLags {
  let seen = 0;
  let worst = 0;
  let covered = 0;
  let superseded = 0;
  const missed: string[] = [];
  for (let i = 1; i < records.length; i++) {
    const change = records[i]!;
    if (change.t < timeline.start || change.t > timeline.end - allowedMs || value(change) === value(records[i - 1]!))
      continue;
    const shown = samples.find((s) => s.time >= Math.floor(change.t) && s.value === value(change));
    const lag = shown ? shown.time - change.t : Infinity;
    const covering = timeline.gaps.some(
      (g) => g.source === source && g.from - allowedMs - NOTICE_MS <= change.t && change.t <= g.to,
    );
    // A value the sim held for less than the source's interval may fall between two observations.
    const next = records.slice(i + 1).find((r) => value(r) !== value(change));
    const brief = next !== undefined && next.t - change.t < allowedMs;
    if (covering || inGap(timeline.gaps, source, change.t)) covered++;
    else if (!shown && brief) superseded++;
    else if (lag > allowedMs)
      missed.push(
        `${value(records[i - 1]!)}→${value(change)} at +${Math.round(change.t - timeline.start)} ms: ${shown ? `seen ${Math.round(lag)} ms later` : 'never seen'}`,
      );
    else {
      seen++;
      worst = Math.max(worst, lag);
    }
  }
  return { seen, worstLagMs: Math.round(worst), inGaps: covered, superseded, missed };
}

export function podChangeLags(timeline: Timeline, record: SimRecord, phase = 'Running', allowedMs = 1000): ChangeLags {
  return lags(
    timeline,
    record.pods,
    (r) => r.phases[phase] ?? 0,
    series(timeline, METRIC.rayWorkerPods, { phase }),
    'pods',
    allowedMs,
  );
}

export function serveChangeLags(
  timeline: Timeline,
  record: SimRecord,
  deployment: string,
  state: string,
  allowedMs = 1100,
): ChangeLags {
  const records = record.serve.filter((r) => r.deployments[deployment]);
  return lags(
    timeline,
    records,
    (r) => r.deployments[deployment]!.states[state] ?? 0,
    series(timeline, METRIC.serveReplicas, { deployment, state }),
    'serve',
    allowedMs,
  );
}

/** Samples of a source's metrics strictly inside one of its gaps: there should be none. */
export function samplesInGaps(timeline: Timeline, source: 'serve' | 'pods', metrics: readonly string[]): string[] {
  return timeline.samples
    .filter(
      (s) =>
        metrics.includes(s.metric) &&
        timeline.gaps.some((g) => g.source === source && g.from < s.time && s.time < g.to),
    )
    .map((s) => `${s.metric} at +${s.time - timeline.start} ms`);
}

/** The sim's GPUs held by Running workers integrated over [from, to] minus the given spans, in GPU-seconds. */
export function simGpuSeconds(
  record: SimRecord,
  from: number,
  to: number,
  minus: readonly { from: number; to: number }[] = [],
): number {
  let total = 0;
  for (let i = 0; i < record.pods.length; i++) {
    const a = Math.max(record.pods[i]!.t, from);
    const b = Math.min(record.pods[i + 1]?.t ?? to, to);
    if (b <= a) continue;
    let span = b - a;
    for (const g of minus) span -= Math.max(0, Math.min(b, g.to) - Math.max(a, g.from));
    total += (record.pods[i]!.gpus * span) / 1000;
  }
  return total;
}
