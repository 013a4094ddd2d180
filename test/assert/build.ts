// Hand-built Timelines and load spans for the assertion tests: a poll every second of Serve's replicas by state and
// target, worker pods by phase and GPUs, as the observer writes them, with gaps where a test says.
import type { Sample } from '../../src/contracts/index.ts';
import type { Gap, Timeline } from '../../src/observe/index.ts';
import type { LoadSpan, ResolvedExpectations, Sourced } from '../../src/assert/index.ts';
import { ERROR_KINDS, type ErrorKind } from '../../src/load/types.ts';
import { METRIC_DEFINITIONS, type LoadResults } from '../../src/load/index.ts';

export const T0 = Date.UTC(2026, 0, 1, 12);
export const S = 1000;
export const M = 60_000;
export const APP = 'llama';
export const DEPLOYMENT = 'LLMDeploymentLlama-3_2-3B-Instruct';

/** The state of the cluster at a moment: RUNNING and other replicas, Serve's target, pods, GPUs. */
export interface State {
  running: number;
  starting?: number;
  stopping?: number;
  target?: number;
  podsRunning?: number;
  podsPending?: number;
}

/**
 * A Timeline from `start` to `end` polled every second; `stateAt(t)` says what was there (t in ms after `start`).
 * Seconds inside a gap have no samples.
 */
export function timeline(
  stateAt: (t: number) => State,
  options: { end: number; gaps?: { from: number; to: number; source?: Gap['source'] }[]; start?: number },
): Timeline {
  const start = options.start ?? T0;
  const gaps: Gap[] = (options.gaps ?? []).map((g) => ({
    source: g.source ?? 'serve',
    from: start + g.from,
    to: start + g.to,
    reason: 'dashboard: HTTP 503 (3 failures)',
  }));
  const samples: Sample[] = [];
  for (let t = 0; t <= options.end; t += S) {
    const time = start + t;
    const s = stateAt(t);
    const blind = (source: string) => gaps.some((g) => g.source === source && time >= g.from && time < g.to);
    if (!blind('serve')) {
      const d = { app: APP, deployment: DEPLOYMENT };
      samples.push({ time, metric: 'serve_replicas', labels: { ...d, state: 'RUNNING' }, value: s.running });
      samples.push({ time, metric: 'serve_replicas', labels: { ...d, state: 'STARTING' }, value: s.starting ?? 0 });
      samples.push({ time, metric: 'serve_replicas', labels: { ...d, state: 'STOPPING' }, value: s.stopping ?? 0 });
      samples.push({ time, metric: 'serve_target_replicas', labels: d, value: s.target ?? s.running });
      // Another deployment's replicas must never count.
      samples.push({
        time,
        metric: 'serve_replicas',
        labels: { app: APP, deployment: 'LLMRouter', state: 'RUNNING' },
        value: 8,
      });
    }
    if (!blind('pods')) {
      const g = { cluster: 'c', group: 'gpu' };
      const running = s.podsRunning ?? s.running;
      samples.push({ time, metric: 'ray_worker_pods', labels: { ...g, phase: 'Running' }, value: running });
      samples.push({ time, metric: 'ray_worker_pods', labels: { ...g, phase: 'Pending' }, value: s.podsPending ?? 0 });
      samples.push({ time, metric: 'gpus_requested', labels: g, value: running });
    }
  }
  return {
    apiVersion: 'rayservice-ci.io/v1alpha1',
    kind: 'Timeline',
    namespace: 'ns',
    rayService: 'svc',
    start,
    end: start + options.end,
    startedAt: new Date(start).toISOString(),
    sources: [
      { name: 'serve', intervalMs: 1000, target: '/api/serve/applications/' },
      { name: 'pods', intervalMs: 1000, target: 'ray.io/node-type=worker' },
    ],
    samples,
    events: [],
    gaps,
  };
}

/** A load from `start` to `end` (ms after T0) with per-second samples from `perSecond(t)`. */
export function loadSpan(
  start: number,
  end: number,
  perSecond: (t: number) => { completed?: number; errors?: number; ttftP95?: number; e2eP95?: number } = () => ({}),
): LoadSpan {
  const samples: Sample[] = [];
  for (let t = start + S; t <= end; t += S) {
    const v = perSecond(t);
    const time = T0 + t;
    samples.push({ time, metric: 'load_requests_completed_per_s', labels: {}, value: v.completed ?? 0 });
    samples.push({ time, metric: 'load_errors_per_s', labels: {}, value: v.errors ?? 0 });
    if (v.ttftP95 !== undefined) samples.push({ time, metric: 'load_ttft_p95_ms', labels: {}, value: v.ttftP95 });
    if (v.e2eP95 !== undefined) samples.push({ time, metric: 'load_e2e_p95_ms', labels: {}, value: v.e2eP95 });
  }
  return { start: T0 + start, end: T0 + end, samples };
}

export function opt<T>(value: T, text: string): Sourced<T> {
  return { value, text, source: { kind: 'option', name: '--test' } };
}

/** Scale up to 4 within 5m, back to 1 within 12m; hold assertions as given. */
export function expectations(hold: Partial<ResolvedExpectations['hold']> = {}): ResolvedExpectations {
  return {
    app: APP,
    deployment: DEPLOYMENT,
    workerGroup: 'gpu',
    windows: [
      { id: 'scale-up', count: opt(4, '4'), within: opt(5 * M, '5m') },
      { id: 'scale-down', count: opt(1, '1'), within: opt(12 * M, '12m') },
    ],
    hold: { after: opt(5 * M, '5m'), ...hold },
    inconclusive: opt('fail' as const, 'fail'),
  };
}

const noLatency = {
  count: 0,
  min: null,
  mean: null,
  p50: null,
  p90: null,
  p95: null,
  p99: null,
  max: null,
  stdev: null,
};

/** A LoadResults file around a span: the summary is the sum of its per-second samples. */
export function loadResults(span: LoadSpan): LoadResults {
  const total = (metric: string) => span.samples.filter((s) => s.metric === metric).reduce((n, s) => n + s.value, 0);
  const requests = total('load_requests_completed_per_s');
  const errors = total('load_errors_per_s');
  const durationS = (span.end - span.start) / 1000;
  return {
    apiVersion: 'rayservice-ci.io/v1alpha1',
    kind: 'LoadResults',
    profile: { path: 'load-test.yaml', format: 'taurus' },
    target: 'http://127.0.0.1:8000',
    seed: 1,
    start: span.start,
    end: span.end,
    startedAt: new Date(span.start).toISOString(),
    stop: { reason: 'completed' },
    summary: {
      requests,
      errors,
      sent: requests + errors,
      cancelled: 0,
      errors_by_kind: Object.fromEntries(ERROR_KINDS.map((k) => [k, k === 'http' ? errors : 0])) as Record<
        ErrorKind,
        number
      >,
      status: { '200': requests },
      rejected_429: 0,
      rejected_503: errors,
      timeouts: 0,
      incomplete_streams: 0,
      stream_errors: 0,
      finish_reasons: { stop: requests },
      retries: 0,
      dropped_arrivals: 0,
      output_tokens: requests * 100,
      prompt_tokens: requests * 20,
      tokens_source: 'usage',
      tokens_from_chunks: 0,
      duration_s: durationS,
      request_throughput: requests / durationS,
      output_tokens_per_s: (requests * 100) / durationS,
      max_users: 10,
      max_in_flight: 10,
      ttft_ms: noLatency,
      e2e_ms: noLatency,
      tpot_ms: noLatency,
      itl_ms: noLatency,
      ttfb_ms: noLatency,
    },
    labels: {},
    samples: span.samples,
    connection: { breaks: 0, reopens: 0 },
    criteria: [],
    outcome: 'none',
    error_samples: [],
    warnings: [],
    definitions: METRIC_DEFINITIONS,
  };
}
