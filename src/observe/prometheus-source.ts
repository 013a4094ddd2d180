// The prometheus source: per-GPU utilisation and memory by PromQL range queries (GET /api/v1/query_range,
// https://prometheus.io/docs/prometheus/latest/querying/api/#range-queries), fetched in windows as the run goes and
// once more at its end. Prometheus keeps what it scraped, so a failed window is asked again later; only a window
// still missing at the end is a gap. Times are Prometheus's (wall time), so this source assumes a wall-clock run.
import { sleepUnlessAborted, type Clock } from '../time/clock.ts';
import {
  DEFAULT_BACKOFF,
  describeFailure,
  failureOf,
  parseRetryAfter,
  retryDelay,
  type Backoff,
  type Failure,
} from './retry.ts';
import type { TimelineRecorder } from './timeline-recorder.ts';
import type { Sample } from './types.ts';

export interface PromQuery {
  /** The timeline metric its series become. */
  readonly metric: string;
  readonly expr: string;
}

export interface PrometheusSourceOptions {
  readonly baseUrl: string;
  readonly queries: readonly PromQuery[];
  readonly stepMs: number;
  /** How often a window is fetched during the run. */
  readonly intervalMs: number;
  /** How far behind now a window ends, so that the last scrape is in before it is asked for. */
  readonly lagMs: number;
  readonly requestTimeoutMs: number;
  readonly clock: Clock;
  readonly fetch: typeof fetch;
  readonly recorder: TimelineRecorder;
  readonly start: number;
  readonly signal: AbortSignal;
  readonly backoff?: Backoff;
  readonly maxRounds: number;
}

/** Prometheus refuses a range query of more than 11,000 points per series (web/api/v1/api.go). */
const MAX_POINTS = 10_000;
/** Tries of the final window when the run ends, so stopping stays bounded. */
const FINAL_TRIES = 3;

export type RangeAnswer =
  { readonly ok: true; readonly samples: Sample[] } | { readonly ok: false; readonly failure: Failure };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The labels a GPU series keeps: pod and gpu (the DCGM exporter's, or exported_pod / GpuIndex as a scrape or Ray's
 * exporter name them); a series with neither keeps all of its labels but the metric name, so none collide.
 */
export function gpuLabels(metric: Record<string, unknown>): Record<string, string> {
  const pick = (...names: string[]) =>
    names.map((n) => metric[n]).find((v): v is string => typeof v === 'string' && v !== '');
  const pod = pick('pod', 'exported_pod');
  const gpu = pick('gpu', 'GpuIndex');
  if (pod !== undefined || gpu !== undefined)
    return { ...(pod !== undefined ? { pod } : {}), ...(gpu !== undefined ? { gpu } : {}) };
  return Object.fromEntries(
    Object.entries(metric).filter(([k, v]) => k !== '__name__' && typeof v === 'string'),
  ) as Record<string, string>;
}

/** A query_range answer's matrix as samples of `metric`; NaN and ±Inf are not measurements and are left out. */
export function matrixSamples(
  body: unknown,
  metric: string,
): { ok: true; samples: Sample[] } | { ok: false; problem: string } {
  if (!isObject(body) || body['status'] !== 'success') {
    const error = isObject(body) && typeof body['error'] === 'string' ? body['error'] : 'status is not success';
    return { ok: false, problem: error };
  }
  const data = body['data'];
  if (!isObject(data) || data['resultType'] !== 'matrix' || !Array.isArray(data['result']))
    return { ok: false, problem: 'the result is not a matrix' };
  const samples: Sample[] = [];
  for (const series of data['result']) {
    if (!isObject(series) || !isObject(series['metric']) || !Array.isArray(series['values'])) continue;
    const labels = gpuLabels(series['metric']);
    for (const point of series['values']) {
      if (!Array.isArray(point) || typeof point[0] !== 'number') continue;
      const value = Number(point[1]);
      if (!Number.isFinite(value)) continue;
      samples.push({ time: Math.round(point[0] * 1000), metric, labels, value });
    }
  }
  return { ok: true, samples };
}

/** One range query over [fromMs, toMs]. */
export async function queryRange(
  options: Pick<PrometheusSourceOptions, 'baseUrl' | 'fetch' | 'requestTimeoutMs' | 'clock'>,
  query: PromQuery,
  fromMs: number,
  toMs: number,
  stepMs: number,
  signal: AbortSignal,
): Promise<RangeAnswer> {
  const params = new URLSearchParams({
    query: query.expr,
    start: String(fromMs / 1000),
    end: String(toMs / 1000),
    step: String(stepMs / 1000),
  });
  try {
    const response = await options.fetch(`${options.baseUrl.replace(/\/+$/, '')}/api/v1/query_range?${params}`, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(options.requestTimeoutMs)]),
      headers: { Accept: 'application/json' },
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) {
      const detail = isObject(body) && typeof body['error'] === 'string' ? body['error'].slice(0, 200) : undefined;
      return {
        ok: false,
        failure: {
          kind: 'http',
          status: response.status,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), options.clock.now()),
          detail,
        },
      };
    }
    const read = matrixSamples(body, query.metric);
    return read.ok
      ? { ok: true, samples: read.samples }
      : { ok: false, failure: { kind: 'invalid', detail: read.problem } };
  } catch (error) {
    return { ok: false, failure: failureOf(error, options.clock.now()) };
  }
}

const alignUp = (ms: number, step: number) => Math.ceil(ms / step) * step;
const alignDown = (ms: number, step: number) => Math.floor(ms / step) * step;

/** One query's progress: the first step not fetched yet, and what has kept it from moving on. */
class QueryCursor {
  readonly query: PromQuery;
  next: number;
  /** Consecutive failures, the first one's words, and when to try again. */
  failures = 0;
  firstFailure = '';
  retryAt = 0;

  constructor(query: PromQuery, start: number, stepMs: number) {
    this.query = query;
    this.next = alignUp(start, stepMs);
  }
}

export class PrometheusSource {
  private readonly options: PrometheusSourceOptions;
  private readonly cursors: QueryCursor[];

  constructor(options: PrometheusSourceOptions) {
    this.options = options;
    this.cursors = options.queries.map((q) => new QueryCursor(q, options.start, options.stepMs));
  }

  /** Fetches windows until `signal` aborts; never rejects. */
  async run(): Promise<void> {
    const { clock, signal } = this.options;
    for (let round = 0; round < this.options.maxRounds && !signal.aborted; round++) {
      await sleepUnlessAborted(clock, this.options.intervalMs, signal);
      if (signal.aborted) break;
      for (const cursor of this.cursors) {
        // A query backing off waits until its delay has passed.
        if (clock.now() >= cursor.retryAt) await this.fetch(cursor, clock.now() - this.options.lagMs, signal);
      }
    }
  }

  /**
   * The run's end: the windows still missing up to `end`, a few tries each within the caller's `signal`; what
   * cannot be had is a gap to the end.
   */
  async finish(end: number, signal: AbortSignal): Promise<void> {
    const last = alignDown(end, this.options.stepMs);
    for (const cursor of this.cursors) {
      for (let tryNumber = 1; tryNumber <= FINAL_TRIES && cursor.next <= last && !signal.aborted; tryNumber++) {
        const failure = await this.fetch(cursor, end, signal);
        if (failure && tryNumber < FINAL_TRIES)
          await sleepUnlessAborted(
            this.options.clock,
            retryDelay(tryNumber, failure, this.options.backoff ?? DEFAULT_BACKOFF),
            signal,
          );
      }
      if (cursor.next > last) continue;
      const reason = cursor.failures
        ? `${cursor.firstFailure}${cursor.failures > 1 ? ` (${cursor.failures} failures)` : ''}`
        : 'the run was stopped before it could be fetched';
      this.options.recorder.gap({
        source: 'prometheus',
        metric: cursor.query.metric,
        from: cursor.next,
        to: end,
        reason,
      });
    }
  }

  /** Fetches [next, until] in chunks Prometheus accepts; the failure that stopped it, if one did. */
  private async fetch(cursor: QueryCursor, until: number, signal: AbortSignal): Promise<Failure | undefined> {
    const { stepMs, recorder, clock } = this.options;
    const last = alignDown(until, stepMs);
    for (let chunk = 0; cursor.next <= last && chunk < 1000 && !signal.aborted; chunk++) {
      const to = Math.min(last, cursor.next + (MAX_POINTS - 1) * stepMs);
      const answer = await queryRange(this.options, cursor.query, cursor.next, to, stepMs, signal);
      if (!answer.ok) {
        if (cursor.failures++ === 0)
          cursor.firstFailure = `query_range for ${cursor.query.metric}: ${describeFailure(answer.failure)}`;
        cursor.retryAt =
          clock.now() + retryDelay(cursor.failures, answer.failure, this.options.backoff ?? DEFAULT_BACKOFF);
        return answer.failure;
      }
      for (const sample of answer.samples) recorder.sample(sample);
      cursor.next = to + stepMs;
      cursor.failures = 0;
      cursor.retryAt = 0;
    }
    return undefined;
  }
}
