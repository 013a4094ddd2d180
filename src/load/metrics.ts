// The run's numbers in bounded memory: HdrHistograms (hdr-histogram-js; integer microseconds, 3 significant digits,
// as Taurus's aggregator and autocannon keep theirs) for TTFT, E2E, TPOT, ITL and TTFB, cumulative and per label, two
// per-second ones for the windows, and counters. A 30-minute run's millions of ITL gaps cost the same memory as ten.
import * as hdr from 'hdr-histogram-js';
import type { RequestOutcome } from './outcome.ts';
import type { WindowView } from './criteria.ts';
import type { Slo } from './profile.ts';
import {
  ERROR_KINDS,
  LOAD_METRIC,
  type ErrorKind,
  type LabelSummary,
  type LatencyStats,
  type LoadSample,
  type LoadSummary,
} from './types.ts';

/** Labels kept apart; past this, requests count under "(other labels)" so a label from a variable cannot grow memory. */
const MAX_LABELS = 100;
const OTHER_LABELS = '(other labels)';
/** Distinct error messages kept for the report. */
const MAX_ERROR_SAMPLES = 20;

export class Latency {
  private readonly histogram = hdr.build({
    bitBucketSize: 32,
    autoResize: true,
    lowestDiscernibleValue: 1,
    highestTrackableValue: 3_600_000_000,
    numberOfSignificantValueDigits: 3,
  });
  private count = 0;
  private sum = 0;
  private sumSquares = 0;
  private min = Infinity;
  private max = -Infinity;

  record(ms: number): void {
    const value = ms > 0 ? ms : 0;
    this.histogram.recordValue(Math.round(value * 1000));
    this.count++;
    this.sum += value;
    this.sumSquares += value * value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }

  get size(): number {
    return this.count;
  }

  /** The p-th percentile in ms (HdrHistogram's, within 0.1%), or null with no values. */
  percentile(p: number): number | null {
    if (this.count === 0) return null;
    if (p >= 100) return round(this.max);
    if (p <= 0) return round(this.min);
    return round(Math.min(this.max, Math.max(this.min, this.histogram.getValueAtPercentile(p) / 1000)));
  }

  mean(): number | null {
    return this.count ? round(this.sum / this.count) : null;
  }

  stats(): LatencyStats {
    if (this.count === 0)
      return { count: 0, min: null, mean: null, p50: null, p90: null, p95: null, p99: null, max: null, stdev: null };
    const mean = this.sum / this.count;
    const variance = Math.max(0, this.sumSquares / this.count - mean * mean);
    return {
      count: this.count,
      min: round(this.min),
      mean: round(mean),
      p50: this.percentile(50),
      p90: this.percentile(90),
      p95: this.percentile(95),
      p99: this.percentile(99),
      max: round(this.max),
      stdev: round(Math.sqrt(variance)),
    };
  }

  reset(): void {
    this.histogram.reset();
    this.count = 0;
    this.sum = 0;
    this.sumSquares = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function zeroKinds(): Record<ErrorKind, number> {
  return Object.fromEntries(ERROR_KINDS.map((k) => [k, 0])) as Record<ErrorKind, number>;
}

class LabelMetrics {
  requests = 0;
  errors = 0;
  outputTokens = 0;
  readonly status = new Map<number, number>();
  readonly ttft = new Latency();
  readonly e2e = new Latency();
  readonly tpot = new Latency();
  readonly ttfb = new Latency();

  summary(): LabelSummary {
    return {
      requests: this.requests,
      errors: this.errors,
      status: statusRecord(this.status),
      output_tokens: this.outputTokens,
      ttft_ms: this.ttft.stats(),
      e2e_ms: this.e2e.stats(),
      tpot_ms: this.tpot.stats(),
      ttfb_ms: this.ttfb.stats(),
    };
  }
}

function statusRecord(map: Map<number, number>): Record<string, number> {
  return Object.fromEntries([...map].sort((a, b) => a[0] - b[0]).map(([k, v]) => [String(k), v]));
}

/** Gauges the runner reads at the end of each window. */
export interface Gauges {
  readonly users: number;
  readonly inFlight: number;
}

export class LoadMetrics {
  readonly ttft = new Latency();
  readonly e2e = new Latency();
  readonly tpot = new Latency();
  readonly itl = new Latency();
  readonly ttfb = new Latency();
  requests = 0;
  errors = 0;
  sent = 0;
  cancelled = 0;
  retries = 0;
  droppedArrivals = 0;
  outputTokens = 0;
  promptTokens = 0;
  tokensFromUsage = 0;
  tokensFromChunks = 0;
  maxUsers = 0;
  maxInFlight = 0;
  readonly errorsByKind = zeroKinds();
  readonly status = new Map<number, number>();
  readonly finishReasons = new Map<string, number>();
  private readonly labels = new Map<string, LabelMetrics>();
  private readonly errorSamples = new Map<
    string,
    { kind: ErrorKind; status?: number | undefined; message: string; count: number }
  >();

  // The current window.
  private readonly windowTtft = new Latency();
  private readonly windowE2e = new Latency();
  private windowStarted = 0;
  private windowCompleted = 0;
  private windowErrors = 0;
  private windowTokens = 0;
  private windowDropped = 0;
  private readonly samples: LoadSample[] = [];
  private readonly maxSamples: number;
  private readonly slo: Slo | undefined;
  goodRequests = 0;
  private windowGood = 0;
  /** Told each window before it is reset (the "for" criteria read it). */
  windowObserver: ((view: WindowView, seconds: number, time: number) => void) | undefined;

  constructor(maxWindows: number, slo?: Slo) {
    // Twelve metrics per window at most; a run is capped in duration, and so is this.
    this.maxSamples = maxWindows * 12;
    this.slo = slo;
  }

  /** vLLM serve.py calculate_metrics (goodput): every objective given is met; TPOT is 0 with one output token. */
  private good(outcome: RequestOutcome, tpot: number | undefined): boolean {
    const slo = this.slo!;
    if (slo.ttftMs !== undefined && (outcome.ttftMs === undefined || outcome.ttftMs > slo.ttftMs)) return false;
    if (slo.e2eMs !== undefined && outcome.e2eMs > slo.e2eMs) return false;
    if (slo.tpotMs !== undefined) {
      const value = tpot ?? (outcome.outputTokens === 1 ? 0 : undefined);
      if (value === undefined || value > slo.tpotMs) return false;
    }
    return true;
  }

  started(): void {
    this.sent++;
    this.windowStarted++;
  }

  dropped(): void {
    this.droppedArrivals++;
    this.windowDropped++;
  }

  observeGauges(gauges: Gauges): void {
    if (gauges.users > this.maxUsers) this.maxUsers = gauges.users;
    if (gauges.inFlight > this.maxInFlight) this.maxInFlight = gauges.inFlight;
  }

  private label(name: string): LabelMetrics {
    let m = this.labels.get(name);
    if (!m) {
      const key = this.labels.size >= MAX_LABELS ? OTHER_LABELS : name;
      m = this.labels.get(key);
      if (!m) {
        m = new LabelMetrics();
        this.labels.set(key, m);
      }
    }
    return m;
  }

  record(outcome: RequestOutcome): void {
    this.retries += outcome.retries;
    if (outcome.cancelled) {
      this.cancelled++;
      return;
    }
    const label = this.label(outcome.label);
    if (outcome.status !== undefined) {
      this.status.set(outcome.status, (this.status.get(outcome.status) ?? 0) + 1);
      label.status.set(outcome.status, (label.status.get(outcome.status) ?? 0) + 1);
    }
    if (outcome.finishReason)
      this.finishReasons.set(outcome.finishReason, (this.finishReasons.get(outcome.finishReason) ?? 0) + 1);
    if (outcome.error) {
      this.errors++;
      label.errors++;
      this.windowErrors++;
      this.errorsByKind[outcome.error.kind]++;
      this.sampleError(outcome);
      return;
    }
    this.requests++;
    label.requests++;
    this.windowCompleted++;
    if (outcome.ttfbMs !== undefined) {
      this.ttfb.record(outcome.ttfbMs);
      label.ttfb.record(outcome.ttfbMs);
    }
    this.e2e.record(outcome.e2eMs);
    label.e2e.record(outcome.e2eMs);
    this.windowE2e.record(outcome.e2eMs);
    if (outcome.ttftMs !== undefined) {
      this.ttft.record(outcome.ttftMs);
      label.ttft.record(outcome.ttftMs);
      this.windowTtft.record(outcome.ttftMs);
    }
    for (const gap of outcome.gapsMs) this.itl.record(gap);
    const tokens = outcome.outputTokens;
    let tpot: number | undefined;
    if (tokens !== undefined) {
      this.outputTokens += tokens;
      label.outputTokens += tokens;
      this.windowTokens += tokens;
      if (outcome.tokensFrom === 'usage') this.tokensFromUsage++;
      else if (outcome.tokensFrom === 'chunks') this.tokensFromChunks++;
      // vLLM serve.py calculate_metrics: TPOT only for requests with more than one output token.
      if (tokens > 1 && outcome.ttftMs !== undefined) {
        tpot = (outcome.e2eMs - outcome.ttftMs) / (tokens - 1);
        this.tpot.record(tpot);
        label.tpot.record(tpot);
      }
    }
    if (outcome.promptTokens !== undefined) this.promptTokens += outcome.promptTokens;
    if (this.slo && this.good(outcome, tpot)) {
      this.goodRequests++;
      this.windowGood++;
    }
  }

  private sampleError(outcome: RequestOutcome): void {
    const error = outcome.error!;
    const key = `${error.kind}|${outcome.status ?? ''}|${error.message}`;
    const known = this.errorSamples.get(key);
    if (known) known.count++;
    else if (this.errorSamples.size < MAX_ERROR_SAMPLES)
      this.errorSamples.set(key, {
        kind: error.kind,
        status: outcome.status,
        message: error.message.slice(0, 300),
        count: 1,
      });
  }

  /** Closes the window ending at `time` (ms since the epoch) and returns its samples. */
  closeWindow(time: number, gauges: Gauges, seconds = 1): LoadSample[] {
    this.observeGauges(gauges);
    const t = Math.round(time);
    const out: LoadSample[] = [];
    const add = (metric: string, value: number | null) => {
      if (value !== null) out.push({ time: t, metric, labels: {}, value: Math.round(value * 1000) / 1000 });
    };
    const per = (n: number) => n / seconds;
    add(LOAD_METRIC.users, gauges.users);
    add(LOAD_METRIC.inFlight, gauges.inFlight);
    add(LOAD_METRIC.requestsStarted, per(this.windowStarted));
    add(LOAD_METRIC.requestsCompleted, per(this.windowCompleted));
    add(LOAD_METRIC.errors, per(this.windowErrors));
    add(LOAD_METRIC.outputTokens, per(this.windowTokens));
    if (this.windowDropped || this.droppedArrivals) add(LOAD_METRIC.droppedArrivals, per(this.windowDropped));
    add(LOAD_METRIC.ttftP50, this.windowTtft.percentile(50));
    add(LOAD_METRIC.ttftP95, this.windowTtft.percentile(95));
    add(LOAD_METRIC.e2eP50, this.windowE2e.percentile(50));
    add(LOAD_METRIC.e2eP95, this.windowE2e.percentile(95));
    if (this.slo) add(LOAD_METRIC.goodput, per(this.windowGood));
    this.windowObserver?.(
      { e2e: this.windowE2e, ttft: this.windowTtft, completed: this.windowCompleted, errors: this.windowErrors },
      seconds,
      time,
    );
    this.windowStarted = this.windowCompleted = this.windowErrors = this.windowTokens = this.windowDropped = 0;
    this.windowGood = 0;
    this.windowTtft.reset();
    this.windowE2e.reset();
    if (this.samples.length + out.length <= this.maxSamples) this.samples.push(...out);
    return out;
  }

  windowSamples(): readonly LoadSample[] {
    return this.samples;
  }

  errorSampleList(): LoadSummaryErrors {
    return [...this.errorSamples.values()];
  }

  summary(durationS: number): LoadSummary {
    const source =
      this.tokensFromUsage && this.tokensFromChunks
        ? 'mixed'
        : this.tokensFromUsage
          ? 'usage'
          : this.tokensFromChunks
            ? 'chunks'
            : 'none';
    const rate = (n: number) => (durationS > 0 ? Math.round((n / durationS) * 1000) / 1000 : 0);
    return {
      requests: this.requests,
      errors: this.errors,
      sent: this.sent,
      cancelled: this.cancelled,
      errors_by_kind: { ...this.errorsByKind },
      status: statusRecord(this.status),
      rejected_429: this.status.get(429) ?? 0,
      rejected_503: this.status.get(503) ?? 0,
      timeouts: this.errorsByKind.timeout,
      incomplete_streams: this.errorsByKind.incomplete_stream,
      stream_errors: this.errorsByKind.stream_error,
      finish_reasons: Object.fromEntries([...this.finishReasons].sort()),
      retries: this.retries,
      dropped_arrivals: this.droppedArrivals,
      output_tokens: this.outputTokens,
      prompt_tokens: this.promptTokens,
      tokens_source: source,
      tokens_from_chunks: this.tokensFromChunks,
      duration_s: Math.round(durationS * 1000) / 1000,
      request_throughput: rate(this.requests),
      output_tokens_per_s: rate(this.outputTokens),
      ...(this.slo
        ? {
            good_requests: this.goodRequests,
            goodput_rps: rate(this.goodRequests),
            slo_attainment: this.requests ? Math.round((this.goodRequests / this.requests) * 10000) / 10000 : null,
          }
        : {}),
      max_users: this.maxUsers,
      max_in_flight: this.maxInFlight,
      ttft_ms: this.ttft.stats(),
      e2e_ms: this.e2e.stats(),
      tpot_ms: this.tpot.stats(),
      itl_ms: this.itl.stats(),
      ttfb_ms: this.ttfb.stats(),
    };
  }

  labelSummaries(): Record<string, LabelSummary> {
    return Object.fromEntries([...this.labels].map(([k, v]) => [k, v.summary()]));
  }
}

export type LoadSummaryErrors = { kind: ErrorKind; status?: number | undefined; message: string; count: number }[];
