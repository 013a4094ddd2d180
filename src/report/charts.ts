// Which charts a run gets, from its Timeline and LoadResults: Serve replicas (RUNNING and target) per deployment,
// Ray worker pods and GPUs, GPU utilisation when Prometheus was observed, load (users, requests/s) and latency
// (p50/p95). All share one time axis, from the start of the observation (or of the load when nothing was observed).
import type { Verdict } from '../assert/types.ts';
import type { LoadResults } from '../load/index.ts';
import type { Gap, Sample, Timeline } from '../observe/index.ts';
import type { ChartSpec } from './chart.ts';
import { md, plainText } from './escape.ts';
import { axisOf, bucketSeries, clockLabel, labelValues, MAX_POINTS, type Axis } from './series.ts';

// Metric names as observe and load write them (src/observe/types.ts METRIC, src/load/types.ts LOAD_METRIC); the
// report reads the files, not those modules' internals.
const M = {
  serveReplicas: 'serve_replicas',
  serveTarget: 'serve_target_replicas',
  workerPods: 'ray_worker_pods',
  gpus: 'gpus_requested',
  gpuSeconds: 'gpu_seconds',
  gpuUtil: 'gpu_utilization_percent',
  users: 'load_active_users',
  completed: 'load_requests_completed_per_s',
  errors: 'load_errors_per_s',
  ttftP50: 'load_ttft_p50_ms',
  ttftP95: 'load_ttft_p95_ms',
  e2eP50: 'load_e2e_p50_ms',
  e2eP95: 'load_e2e_p95_ms',
} as const;

/** Deployments charted one by one; a service with more is unusual for an LLM app, and each chart costs space. */
const MAX_DEPLOYMENT_CHARTS = 3;
const MAX_GAP_NOTES = 5;

export type ChartKind = 'replicas' | 'pods' | 'gpu-utilization' | 'load' | 'latency';

export interface ReportChart extends ChartSpec {
  readonly kind: ChartKind;
}

export interface ChartInputs {
  readonly timeline?: Timeline | undefined;
  readonly load?: LoadResults | undefined;
  readonly verdict?: Verdict | undefined;
  readonly maxPoints?: number | undefined;
}

/** The load's span on the timeline's clock: the verdict's anchors, else the load results' own start and end. */
function loadSpan(input: ChartInputs): { from: number; to: number } | undefined {
  if (input.verdict?.load) return { from: input.verdict.load.start, to: input.verdict.load.end };
  if (input.load) return { from: input.load.start, to: input.load.end };
  return undefined;
}

function gapNotes(gaps: readonly Gap[], axis: Axis, sources: readonly string[]): string[] {
  const relevant = gaps.filter((g) => sources.includes(g.source));
  const notes = relevant
    .slice(0, MAX_GAP_NOTES)
    .map(
      (g) =>
        `Not seen from ${clockLabel(g.from - axis.origin)} to ${clockLabel(g.to - axis.origin)} (${md(g.source)}: ${md(g.reason, 160)}); the chart carries the last value through it.`,
    );
  if (relevant.length > MAX_GAP_NOTES)
    notes.push(`${relevant.length - MAX_GAP_NOTES} more gaps are in the timeline file.`);
  return notes;
}

function hasAny(series: { values: readonly (number | null)[] }[]): boolean {
  return series.some((s) => s.values.some((v) => v !== null));
}

/** The axis every chart shares: the observation's span, widened to take in the load. */
export function reportAxis(input: ChartInputs): Axis | undefined {
  const spans: { from: number; to: number }[] = [];
  if (input.timeline) spans.push({ from: input.timeline.start, to: input.timeline.end });
  if (input.load) spans.push({ from: input.load.start, to: input.load.end });
  if (!spans.length) return undefined;
  const from = Math.min(...spans.map((s) => s.from));
  const to = Math.max(...spans.map((s) => s.to));
  if (!Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  return axisOf(from, to, input.maxPoints ?? MAX_POINTS);
}

function scaledFirst(samples: readonly Sample[], deployments: readonly string[]): string[] {
  const targets = new Map<string, Set<number>>();
  for (const s of samples)
    if (s.metric === M.serveTarget && s.labels['deployment'] !== undefined) {
      const seen = targets.get(s.labels['deployment']) ?? new Set<number>();
      seen.add(s.value);
      targets.set(s.labels['deployment'], seen);
    }
  const scaled = (d: string) => ((targets.get(d)?.size ?? 0) > 1 ? 0 : 1);
  return [...deployments].sort((a, b) => scaled(a) - scaled(b));
}

export function buildCharts(input: ChartInputs): ReportChart[] {
  const axis = reportAxis(input);
  if (!axis) return [];
  const band = loadSpan(input);
  const loadBand = band ? { name: 'load running', ...band } : undefined;
  const charts: ReportChart[] = [];
  const timeline = input.timeline;
  if (timeline) {
    const samples = timeline.samples;
    // The deployments that scaled first (an LLM app's model deployment, not its fixed-size router).
    const deployments = scaledFirst(
      samples,
      labelValues(samples, M.serveReplicas, 'deployment', MAX_DEPLOYMENT_CHARTS + 1),
    );
    const serveGaps = gapNotes(timeline.gaps, axis, ['serve']);
    for (const deployment of deployments.slice(0, MAX_DEPLOYMENT_CHARTS)) {
      const lines = [
        bucketSeries(samples, axis, {
          name: 'RUNNING replicas',
          metric: M.serveReplicas,
          where: { deployment, state: 'RUNNING' },
          combine: 'sum',
          aggregate: 'last',
        }),
        bucketSeries(samples, axis, {
          name: 'target replicas',
          metric: M.serveTarget,
          where: { deployment },
          combine: 'sum',
          aggregate: 'last',
        }),
      ];
      charts.push({
        kind: 'replicas',
        title: `Serve replicas of ${plainText(deployment, 60)}`,
        yLabel: 'replicas',
        axis,
        lines,
        band: loadBand,
        notes: [
          ...(deployments.length > MAX_DEPLOYMENT_CHARTS && deployment === deployments[MAX_DEPLOYMENT_CHARTS - 1]
            ? ['More deployments are in the timeline file; the first ones are charted.']
            : []),
          ...serveGaps,
        ],
      });
    }
    const podLines = [
      bucketSeries(samples, axis, {
        name: 'worker pods Running',
        metric: M.workerPods,
        where: { phase: 'Running' },
        combine: 'sum',
        aggregate: 'last',
      }),
      bucketSeries(samples, axis, {
        name: 'worker pods Pending',
        metric: M.workerPods,
        where: { phase: 'Pending' },
        combine: 'sum',
        aggregate: 'last',
      }),
      bucketSeries(samples, axis, { name: 'GPUs', metric: M.gpus, combine: 'sum', aggregate: 'last' }),
    ];
    if (hasAny(podLines))
      charts.push({
        kind: 'pods',
        title: 'Ray worker pods and GPUs',
        yLabel: 'pods / GPUs',
        axis,
        lines: podLines,
        band: loadBand,
        notes: gapNotes(timeline.gaps, axis, ['pods']),
      });
    const prometheus = timeline.sources.find((s) => s.name === 'prometheus');
    const stale = prometheus ? prometheus.intervalMs * 3 : Number.POSITIVE_INFINITY;
    const utilLines = [
      bucketSeries(
        samples,
        axis,
        { name: 'mean over GPUs', metric: M.gpuUtil, combine: 'mean', aggregate: 'mean' },
        stale,
      ),
      bucketSeries(samples, axis, { name: 'busiest GPU', metric: M.gpuUtil, combine: 'max', aggregate: 'max' }, stale),
    ];
    if (hasAny(utilLines))
      charts.push({
        kind: 'gpu-utilization',
        title: 'GPU utilisation',
        yLabel: 'percent',
        axis,
        lines: utilLines,
        band: loadBand,
        yMax: 100,
        notes: gapNotes(timeline.gaps, axis, ['prometheus']),
      });
  }
  const load = input.load;
  if (load) {
    const samples = load.samples;
    const loadLines = [
      bucketSeries(samples, axis, { name: 'active users', metric: M.users, combine: 'sum', aggregate: 'max' }),
      bucketSeries(samples, axis, { name: 'requests/s', metric: M.completed, combine: 'sum', aggregate: 'mean' }),
      bucketSeries(samples, axis, { name: 'errors/s', metric: M.errors, combine: 'sum', aggregate: 'mean' }),
    ];
    if (hasAny(loadLines))
      charts.push({
        kind: 'load',
        title: 'Load',
        yLabel: 'users, requests/s',
        axis,
        lines: loadLines,
        band: loadBand,
        notes: ['Users: the most active in each interval; rates: the mean of its seconds.'],
      });
    const latencyLines = [
      bucketSeries(samples, axis, { name: 'TTFT p50 (ms)', metric: M.ttftP50, combine: 'sum', aggregate: 'mean' }),
      bucketSeries(samples, axis, { name: 'TTFT p95 (ms)', metric: M.ttftP95, combine: 'sum', aggregate: 'mean' }),
      bucketSeries(samples, axis, { name: 'E2E p50 (ms)', metric: M.e2eP50, combine: 'sum', aggregate: 'mean' }),
      bucketSeries(samples, axis, { name: 'E2E p95 (ms)', metric: M.e2eP95, combine: 'sum', aggregate: 'mean' }),
    ];
    if (hasAny(latencyLines))
      charts.push({
        kind: 'latency',
        title: 'Latency',
        yLabel: 'ms',
        axis,
        lines: latencyLines,
        band: loadBand,
        notes: [
          "Each point is the mean of the per-second percentiles in its interval (the whole run's are in the load summary).",
        ],
      });
  }
  return charts;
}

/** GPU-seconds the run used: the last cumulative gpu_seconds of each worker group, summed. */
export function gpuSecondsOf(timeline: Timeline | undefined): number | undefined {
  if (!timeline) return undefined;
  const last = new Map<string, number>();
  for (const s of timeline.samples)
    if (s.metric === M.gpuSeconds && Number.isFinite(s.value))
      last.set(`${s.labels?.['cluster']}/${s.labels?.['group']}`, s.value);
  if (!last.size) return undefined;
  let total = 0;
  for (const v of last.values()) total += v;
  return total;
}
