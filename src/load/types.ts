// The LoadResults contract: what load hands to assert and report — a cumulative summary, per-label summaries, the
// per-second windows as samples of the one stream observe writes too ({time, metric, labels, value}), the criteria
// with their outcomes, and how the run ended. Metric definitions are written into the file, since tools disagree on
// the names (guidellm's ITL is vLLM's TPOT).
import { API_VERSION, defineContract, sampleSchema, type Sample } from '../contracts/index.ts';

/** A latency distribution in milliseconds; the percentiles are null when no request gave a value. */
export interface LatencyStats {
  readonly count: number;
  readonly min: number | null;
  readonly mean: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly p99: number | null;
  readonly max: number | null;
  readonly stdev: number | null;
}

/** Why a request failed. */
export const ERROR_KINDS = [
  /** A status of 400 or above (429 and 503 also counted apart in `rejected`). */
  'http',
  /** No connection, or the connection broke before the answer ended. */
  'connection',
  /** Connect, headers, idle or total timeout. */
  'timeout',
  /** A 200 stream that carried an error payload. */
  'stream_error',
  /** A 200 stream that ended without [DONE]. */
  'incomplete_stream',
  /** A 200 stream or answer with no token at all. */
  'no_tokens',
  /** An answer we could not read (events that are not JSON, an SSE event over the size limit). */
  'invalid_response',
  /** The request could not be built (a body that is not JSON after substitution). */
  'invalid_request',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface LoadSummary {
  /** Requests that completed successfully. */
  readonly requests: number;
  /** Requests that failed (any kind in errors_by_kind). */
  readonly errors: number;
  /** Requests sent (completed + failed + cancelled). */
  readonly sent: number;
  /** In flight when the grace period after the end ran out; aborted, neither completed nor failed. */
  readonly cancelled: number;
  readonly errors_by_kind: Readonly<Record<ErrorKind, number>>;
  /** Responses by HTTP status code. */
  readonly status: Readonly<Record<string, number>>;
  /** Rejections as Ray Serve sends them: 429 (BackpressureConfig with status 429) and 503 (default, or unavailable). */
  readonly rejected_429: number;
  readonly rejected_503: number;
  readonly timeouts: number;
  readonly incomplete_streams: number;
  readonly stream_errors: number;
  readonly finish_reasons: Readonly<Record<string, number>>;
  readonly retries: number;
  /** Open loop: arrivals not sent because max-in-flight requests were in flight. */
  readonly dropped_arrivals: number;
  readonly output_tokens: number;
  readonly prompt_tokens: number;
  /** Where output token counts came from: the usage chunk, counted chunks (an estimate), both, or no LLM request. */
  readonly tokens_source: 'usage' | 'chunks' | 'mixed' | 'none';
  /** Requests whose token count is the number of chunks because no usage came. */
  readonly tokens_from_chunks: number;
  /** From the start to the end of the last request, seconds. */
  readonly duration_s: number;
  /** Completed requests per second of duration_s. */
  readonly request_throughput: number;
  /** Output tokens of completed requests per second of duration_s. */
  readonly output_tokens_per_s: number;
  /** With slo: completed requests meeting every objective, per second of duration_s, and their share. */
  readonly good_requests?: number;
  readonly goodput_rps?: number;
  readonly slo_attainment?: number | null;
  readonly max_users: number;
  readonly max_in_flight: number;
  readonly ttft_ms: LatencyStats;
  readonly e2e_ms: LatencyStats;
  readonly tpot_ms: LatencyStats;
  readonly itl_ms: LatencyStats;
  readonly ttfb_ms: LatencyStats;
}

export interface LabelSummary {
  readonly requests: number;
  readonly errors: number;
  readonly status: Readonly<Record<string, number>>;
  readonly output_tokens: number;
  readonly ttft_ms: LatencyStats;
  readonly e2e_ms: LatencyStats;
  readonly tpot_ms: LatencyStats;
  readonly ttfb_ms: LatencyStats;
}

/** A point of the load's sample stream: the shape every stage's samples share (src/contracts/sample.ts). */
export type LoadSample = Sample;

export type CriterionOutcome = 'pass' | 'fail' | 'inconclusive';

export interface CriterionResult {
  /** As the user wrote it. */
  readonly source: string;
  readonly syntax: 'taurus' | 'threshold';
  readonly outcome: CriterionOutcome;
  /** The measured value, in the unit of `unit`; null when there was none. */
  readonly actual: number | null;
  readonly unit: string;
  readonly message: string;
  /** Taurus's "as non-failed": reported, but the run is not failed by it. */
  readonly failsRun: boolean;
}

export type StopReason = 'completed' | 'signal' | 'max-duration' | 'max-requests' | 'criteria';

export interface LoadResults {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: 'LoadResults';
  readonly profile: { readonly path: string; readonly format: 'taurus' | 'rayservice-ci' };
  /** The base address requests went to (never credentials: user info is removed). */
  readonly target: string;
  readonly seed: number;
  /** ms since the epoch on the run's clock, and `start` in ISO 8601. */
  readonly start: number;
  readonly end: number;
  readonly startedAt: string;
  readonly stop: { readonly reason: StopReason; readonly detail?: string | undefined };
  readonly summary: LoadSummary;
  readonly labels: Readonly<Record<string, LabelSummary>>;
  /** Per-second windows; metric names in LOAD_METRIC. A window with no value of a percentile has no sample for it. */
  readonly samples: readonly LoadSample[];
  /** With --deployment: connections that broke through the port-forward, and how often it was opened again. */
  readonly connection: { readonly breaks: number; readonly reopens: number };
  readonly criteria: readonly CriterionResult[];
  /** pass: every criterion passed; fail: one failed; inconclusive: none failed, one had no data; none: no criteria. */
  readonly outcome: CriterionOutcome | 'none';
  /** Distinct error messages seen (bounded), for the report. */
  readonly error_samples: readonly {
    readonly kind: ErrorKind;
    readonly status?: number | undefined;
    readonly message: string;
    readonly count: number;
  }[];
  readonly warnings: readonly string[];
  readonly definitions: Readonly<Record<string, string>>;
}

/** Metric names of the per-second windows (labels: {} for the whole run). */
export const LOAD_METRIC = {
  users: 'load_active_users',
  inFlight: 'load_in_flight',
  requestsStarted: 'load_requests_started_per_s',
  requestsCompleted: 'load_requests_completed_per_s',
  errors: 'load_errors_per_s',
  outputTokens: 'load_output_tokens_per_s',
  droppedArrivals: 'load_dropped_arrivals_per_s',
  ttftP50: 'load_ttft_p50_ms',
  ttftP95: 'load_ttft_p95_ms',
  e2eP50: 'load_e2e_p50_ms',
  e2eP95: 'load_e2e_p95_ms',
  goodput: 'load_goodput_per_s',
} as const;

export const METRIC_DEFINITIONS: Readonly<Record<string, string>> = {
  ttft_ms: 'time to first token: from the request start to the first chunk carrying content, reasoning or tool calls',
  e2e_ms:
    'end-to-end latency: from the request start to the last chunk with choices (the usage chunk excluded); for a non-streamed answer, its last byte',
  tpot_ms:
    'time per output token, per request: (e2e - ttft) / (output tokens - 1), requests with more than one token (vLLM TPOT; guidellm and genai-perf call it ITL)',
  itl_ms:
    'inter-token latency: every gap between consecutive token-bearing chunks, pooled over requests (vLLM ITL); chunks read together have a gap of 0',
  ttfb_ms: 'time to first byte: from the request start to the response headers (Taurus/JMeter latency, lt)',
  request_start:
    'closed loop: when the request was sent; open loop: its intended arrival time, so queueing in the generator counts (no coordinated omission)',
  output_tokens_per_s: 'output tokens of completed requests / duration_s',
  request_throughput: 'completed requests / duration_s',
  goodput_rps:
    'completed requests meeting every objective of slo (ttft, tpot, e2e: at or under) / duration_s (vLLM bench --goodput); slo_attainment: their share of completed requests',
  windows:
    'samples: one per metric per second; time is the end of the second (ms since the epoch); rates are per that second, users and in-flight are the value at its end',
};

const stats = {
  type: 'object',
  required: ['count', 'min', 'mean', 'p50', 'p90', 'p95', 'p99', 'max', 'stdev'],
  properties: {
    count: { type: 'integer', minimum: 0 },
    ...Object.fromEntries(
      ['min', 'mean', 'p50', 'p90', 'p95', 'p99', 'max', 'stdev'].map((k) => [k, { type: ['number', 'null'] }]),
    ),
  },
} as const;
const counts = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } } as const;

export const loadResultsSchema = {
  type: 'object',
  required: [
    'apiVersion',
    'kind',
    'profile',
    'target',
    'seed',
    'start',
    'end',
    'startedAt',
    'stop',
    'summary',
    'labels',
    'samples',
    'connection',
    'criteria',
    'outcome',
    'error_samples',
    'warnings',
    'definitions',
  ],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: 'LoadResults' },
    profile: {
      type: 'object',
      required: ['path', 'format'],
      properties: { path: { type: 'string' }, format: { enum: ['taurus', 'rayservice-ci'] } },
    },
    target: { type: 'string' },
    seed: { type: 'integer' },
    start: { type: 'number' },
    end: { type: 'number' },
    startedAt: { type: 'string' },
    stop: {
      type: 'object',
      required: ['reason'],
      properties: {
        reason: { enum: ['completed', 'signal', 'max-duration', 'max-requests', 'criteria'] },
        detail: { type: 'string' },
      },
    },
    summary: {
      type: 'object',
      required: [
        'requests',
        'errors',
        'sent',
        'errors_by_kind',
        'status',
        'ttft_ms',
        'e2e_ms',
        'tpot_ms',
        'itl_ms',
        'ttfb_ms',
        'duration_s',
        'request_throughput',
        'output_tokens_per_s',
      ],
      properties: {
        requests: { type: 'integer', minimum: 0 },
        errors: { type: 'integer', minimum: 0 },
        sent: { type: 'integer', minimum: 0 },
        errors_by_kind: counts,
        status: counts,
        finish_reasons: counts,
        ttft_ms: stats,
        e2e_ms: stats,
        tpot_ms: stats,
        itl_ms: stats,
        ttfb_ms: stats,
        duration_s: { type: 'number', minimum: 0 },
        request_throughput: { type: 'number', minimum: 0 },
        output_tokens_per_s: { type: 'number', minimum: 0 },
        good_requests: { type: 'integer', minimum: 0 },
        goodput_rps: { type: 'number', minimum: 0 },
        slo_attainment: { type: ['number', 'null'], minimum: 0, maximum: 1 },
        tokens_source: { enum: ['usage', 'chunks', 'mixed', 'none'] },
      },
    },
    labels: { type: 'object', additionalProperties: { type: 'object', required: ['requests', 'errors'] } },
    samples: { type: 'array', items: sampleSchema },
    connection: {
      type: 'object',
      required: ['breaks', 'reopens'],
      properties: { breaks: { type: 'integer' }, reopens: { type: 'integer' } },
    },
    criteria: {
      type: 'array',
      items: {
        type: 'object',
        required: ['source', 'syntax', 'outcome', 'actual', 'unit', 'message', 'failsRun'],
        properties: { outcome: { enum: ['pass', 'fail', 'inconclusive'] }, actual: { type: ['number', 'null'] } },
      },
    },
    outcome: { enum: ['pass', 'fail', 'inconclusive', 'none'] },
    error_samples: { type: 'array', items: { type: 'object', required: ['kind', 'message', 'count'] } },
    warnings: { type: 'array', items: { type: 'string' } },
    definitions: { type: 'object', additionalProperties: { type: 'string' } },
  },
} as const;

export const LOAD_RESULTS = defineContract<LoadResults>('LoadResults', loadResultsSchema);
