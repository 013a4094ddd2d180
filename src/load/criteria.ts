// Pass/fail criteria: the subset of Taurus's passfail we support (bzt/modules/passfail.py, DataCriterion: the line
// grammar "subject [of label] op threshold[, stop|continue [as failed|non-failed]]", evaluated on the whole run) and
// k6-style thresholds on our metrics (k6 metrics/thresholds_parser.go: "aggregation op value", e.g. p(95)<2s).
// Each has three outcomes (STYLE 9): a criterion over a metric with no samples is inconclusive, never a pass.
//
// A Taurus criterion describes failure ("p95>10s" fails when p95 is above 10 s); a threshold describes success
// ("p(95)<2s" passes when p95 is below 2 s). Taurus's timeframes are judged on one-second windows as the run goes
// (timeframes.ts): "for T", the condition held in every second for T; "within T" and "over T", on the seconds of the
// last T aggregated, "over" only once they span T.
import { safeInline } from '../sanitize/index.ts';
import type { CriterionSource } from './profile.ts';
import { parseTaurusDuration } from './taurus-duration.ts';
import type { CriterionResult, LabelSummary, LatencyStats, LoadSummary } from './types.ts';

type Op = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type TimeframeLogic = 'for' | 'within' | 'over';
type TrendName = 'ttft_ms' | 'e2e_ms' | 'tpot_ms' | 'itl_ms' | 'ttfb_ms';
type Aggregation = { kind: 'percentile'; p: number } | { kind: 'avg' | 'min' | 'max' | 'stdev' };

/** What a criterion reads from the results. */
type Subject =
  | { readonly kind: 'trend'; readonly metric: TrendName; readonly agg: Aggregation }
  | { readonly kind: 'count'; readonly what: CountName; readonly ratio: boolean }
  | { readonly kind: 'status'; readonly pattern: RegExp; readonly ratio: boolean }
  | { readonly kind: 'gauge'; readonly what: GaugeName };

type CountName =
  | 'requests'
  | 'errors'
  | 'hits'
  | 'timeouts'
  | 'incomplete_streams'
  | 'stream_errors'
  | 'rejected_429'
  | 'rejected_503'
  | 'dropped_arrivals'
  | 'output_tokens'
  | 'cancelled';
type GaugeName = 'request_throughput' | 'output_tokens_per_s' | 'goodput_rps' | 'max_users' | 'max_in_flight';

export interface Criterion {
  readonly source: CriterionSource;
  readonly subject: Subject;
  readonly op: Op;
  /** In the subject's unit: ms for trends, a fraction (0..1) for ratios, a number otherwise. */
  readonly threshold: number;
  readonly label: string | undefined;
  /** true: Taurus (the condition is failure); false: threshold (the condition is success). */
  readonly conditionIsFailure: boolean;
  readonly failsRun: boolean;
  /** Said once in the results (a Taurus `stop` has no effect: criteria are evaluated at the end). */
  readonly note: string | undefined;
  /** "for|within|over T": judged on one-second windows as the run goes (timeframes.ts); `stop` ends the run when it fires. */
  readonly timeframe?: { readonly logic: TimeframeLogic; readonly ms: number; readonly stop: boolean } | undefined;
}

const TAURUS_LINE =
  /^\s*(?:([^:<>=!]+?):\s*)?([\w?*.%-]+)(?:\s+of\s+(.+?))?\s*(<=|>=|==|!=|=|<|>)\s*(\S+?)(?:\s+(for|within|over)\s+(\S+))?\s*(?:,\s*(stop|continue)(?:\s+as\s+(failed|non-failed))?)?\s*$/i;

const TRENDS: readonly TrendName[] = ['ttft_ms', 'e2e_ms', 'tpot_ms', 'itl_ms', 'ttfb_ms'];
const COUNTS: readonly CountName[] = [
  'requests',
  'errors',
  'hits',
  'timeouts',
  'incomplete_streams',
  'stream_errors',
  'rejected_429',
  'rejected_503',
  'dropped_arrivals',
  'output_tokens',
  'cancelled',
];
const GAUGES: readonly GaugeName[] = [
  'request_throughput',
  'output_tokens_per_s',
  'goodput_rps',
  'max_users',
  'max_in_flight',
];
/** Counters whose `rate` k6 would give: the share of requests that ended that way. */
const RATES: readonly CountName[] = [
  'errors',
  'timeouts',
  'incomplete_streams',
  'stream_errors',
  'rejected_429',
  'rejected_503',
  'dropped_arrivals',
];

export type CriterionParse =
  { readonly ok: true; readonly criterion: Criterion } | { readonly ok: false; readonly problem: string };

export function parseCriterion(source: CriterionSource): CriterionParse {
  return source.syntax === 'taurus' ? parseTaurus(source) : parseThreshold(source);
}

function fail(problem: string): CriterionParse {
  return { ok: false, problem };
}

function parseTaurus(source: CriterionSource): CriterionParse {
  const text = safeInline(source.text);
  const m = TAURUS_LINE.exec(source.text);
  if (!m)
    return fail(
      `"${text}" is not a pass/fail criterion; write one like "p95>10s", "avg-rt of chat_completion>2s", "fail>5%" or "ttft-p95>2s".`,
    );
  const [, , subjectText, label, opText, valueText, logic, timeframeText, stop, asWhat] = m;
  const subject = taurusSubject(subjectText!.toLowerCase());
  if (typeof subject === 'string') return fail(`"${text}": ${subject}`);
  let timeframe: Criterion['timeframe'];
  if (logic) {
    const how = logic.toLowerCase() as TimeframeLogic;
    const ms = parseTaurusDuration(timeframeText!);
    if (typeof ms === 'string' || ms <= 0)
      return fail(`"${text}": the timeframe is a duration above 0, as in "${how} 30s".`);
    const windowed =
      (subject.kind === 'trend' &&
        (subject.metric === 'e2e_ms' || subject.metric === 'ttft_ms') &&
        (subject.agg.kind === 'avg' || subject.agg.kind === 'percentile')) ||
      (subject.kind === 'count' && ['requests', 'errors', 'hits'].includes(subject.what));
    if (!windowed || label)
      return fail(
        `"${text}": "${how} …" works on the whole run's avg-rt, pNN, ttft-/e2e- avg or pNN, hits, succ and fail (no "of label"); use it on one of those or drop the timeframe.`,
      );
    timeframe = { logic: how, ms, stop: stop?.toLowerCase() !== 'continue' };
  }
  const op = (opText === '=' ? '==' : opText) as Op;
  const percent = valueText!.endsWith('%');
  let threshold: number;
  if (subject.kind === 'trend') {
    const ms = parseTaurusDuration(valueText!);
    if (typeof ms === 'string')
      return fail(
        `"${text}": the threshold of a time subject is a duration (bare numbers are seconds, as in Taurus): ${ms}`,
      );
    threshold = ms;
  } else {
    const n = Number(percent ? valueText!.slice(0, -1) : valueText);
    if (!Number.isFinite(n)) return fail(`"${text}": "${safeInline(valueText!)}" is not a number.`);
    threshold = percent ? n / 100 : n;
  }
  const withRatio: Subject =
    subject.kind === 'count' || subject.kind === 'status' ? { ...subject, ratio: percent } : subject;
  if (percent && withRatio.kind !== 'count' && withRatio.kind !== 'status')
    return fail(`"${text}": only counts (succ, fail, rcNNN) take a percentage.`);
  return {
    ok: true,
    criterion: {
      source,
      subject: withRatio,
      op,
      threshold,
      label: label?.trim(),
      conditionIsFailure: true,
      failsRun: asWhat?.toLowerCase() !== 'non-failed',
      note:
        stop?.toLowerCase() === 'stop' && !timeframe
          ? 'stop has no effect without a timeframe: such a criterion is evaluated once, at the end of the run'
          : undefined,
      timeframe,
    },
  };
}

/** Taurus subjects (passfail.py DataCriterion) and our LLM ones (ttft-p95, tpot-avg, output-tps…). */
function taurusSubject(s: string): Subject | string {
  const percentile = /^p(\d{1,2}(?:\.\d+)?|100)$/.exec(s);
  if (percentile) return { kind: 'trend', metric: 'e2e_ms', agg: { kind: 'percentile', p: Number(percentile[1]) } };
  switch (s) {
    case 'avg-rt':
      return { kind: 'trend', metric: 'e2e_ms', agg: { kind: 'avg' } };
    case 'stdev-rt':
      return { kind: 'trend', metric: 'e2e_ms', agg: { kind: 'stdev' } };
    case 'avg-lt':
      return { kind: 'trend', metric: 'ttfb_ms', agg: { kind: 'avg' } };
    case 'hits':
      return { kind: 'count', what: 'hits', ratio: false };
    case 'succ':
    case 'success':
      return { kind: 'count', what: 'requests', ratio: false };
    case 'fail':
    case 'failures':
      return { kind: 'count', what: 'errors', ratio: false };
    case 'output-tps':
      return { kind: 'gauge', what: 'output_tokens_per_s' };
    case 'rps':
      return { kind: 'gauge', what: 'request_throughput' };
    case 'goodput':
      return { kind: 'gauge', what: 'goodput_rps' };
    case 'avg-ct':
      return 'avg-ct (connect time) is not measured by rayservice-ci; use avg-lt (time to first byte) or ttfb-avg.';
    case 'bytes':
      return 'bytes is not measured by rayservice-ci; use output-tps for tokens per second.';
  }
  if (s.startsWith('concurr')) return { kind: 'gauge', what: 'max_users' };
  const rc = /^rc([\d?*]{1,3}|\*)$/.exec(s);
  if (rc)
    return {
      kind: 'status',
      pattern: new RegExp(`^${rc[1]!.replace(/\?/g, '\\d').replace(/\*/g, '\\d*')}$`),
      ratio: false,
    };
  const llm = /^(ttft|tpot|itl|e2e|ttfb)-(avg|min|max|stdev|p(\d{1,2}(?:\.\d+)?|100))$/.exec(s);
  if (llm) {
    const agg: Aggregation =
      llm[3] !== undefined
        ? { kind: 'percentile', p: Number(llm[3]) }
        : { kind: llm[2] as 'avg' | 'min' | 'max' | 'stdev' };
    return { kind: 'trend', metric: `${llm[1]}_ms` as TrendName, agg };
  }
  return `"${s}" is not a subject rayservice-ci evaluates: Taurus's avg-rt, avg-lt, stdev-rt, pNN, hits, succ, fail, rcNNN, concurrency, or ours: ttft-/tpot-/itl-/e2e-/ttfb- with avg, min, max, stdev or pNN, output-tps, rps.`;
}

const THRESHOLD =
  /^\s*(avg|min|max|med|stdev|count|rate|value|p\(\s*(\d{1,2}(?:\.\d+)?|100)\s*\))\s*(<=|>=|===|==|!=|<|>)\s*(\S+)\s*$/;

function parseThreshold(source: CriterionSource): CriterionParse {
  const metric = source.metric ?? '';
  const text = safeInline(`${metric}: ${source.text}`);
  const m = THRESHOLD.exec(source.text);
  if (!m)
    return fail(
      `"${text}" is not a threshold; write one like "p(95)<2s", "avg<500", "rate<0.01", "count>100" or "value>0.5".`,
    );
  const [, aggText, p, opText, valueText] = m;
  const op = (opText === '===' ? '==' : opText) as Op;
  let subject: Subject;
  let threshold: number;
  if ((TRENDS as readonly string[]).includes(metric)) {
    if (['count', 'rate', 'value'].includes(aggText!))
      return fail(`"${text}": ${metric} is a trend; use avg, min, max, med, stdev or p(N).`);
    const agg: Aggregation =
      p !== undefined
        ? { kind: 'percentile', p: Number(p) }
        : aggText === 'med'
          ? { kind: 'percentile', p: 50 }
          : { kind: aggText as 'avg' | 'min' | 'max' | 'stdev' };
    subject = { kind: 'trend', metric: metric as TrendName, agg };
    // k6: a trend's bare number is milliseconds; a unit may be written (2s, 150ms).
    const ms = /^-?\d+(\.\d+)?$/.test(valueText!) ? Number(valueText) : parseTaurusDuration(valueText!);
    if (typeof ms === 'string')
      return fail(`"${text}": "${safeInline(valueText!)}" is not a time (milliseconds, or with a unit: 2s, 150ms).`);
    threshold = ms;
  } else if ((COUNTS as readonly string[]).includes(metric)) {
    if (aggText === 'rate' && !(RATES as readonly string[]).includes(metric))
      return fail(`"${text}": ${metric} has a count, not a rate.`);
    if (aggText !== 'count' && aggText !== 'rate') return fail(`"${text}": ${metric} is a counter; use count or rate.`);
    subject = { kind: 'count', what: metric as CountName, ratio: aggText === 'rate' };
    threshold = Number(valueText);
  } else if ((GAUGES as readonly string[]).includes(metric)) {
    if (aggText !== 'value') return fail(`"${text}": ${metric} is a single value; use value, e.g. value>0.5.`);
    subject = { kind: 'gauge', what: metric as GaugeName };
    threshold = Number(valueText);
  } else
    return fail(
      `"${safeInline(metric)}" is not a metric thresholds can use: ${[...TRENDS, ...COUNTS, ...GAUGES].join(', ')}.`,
    );
  if (!Number.isFinite(threshold)) return fail(`"${text}": "${safeInline(valueText!)}" is not a number.`);
  return {
    ok: true,
    criterion: {
      source,
      subject,
      op,
      threshold,
      label: undefined,
      conditionIsFailure: false,
      failsRun: true,
      note: undefined,
    },
  };
}

/** One second of the run, as a "for" criterion reads it. */
export interface WindowView {
  readonly e2e: { mean(): number | null; percentile(p: number): number | null };
  readonly ttft: { mean(): number | null; percentile(p: number): number | null };
  readonly completed: number;
  readonly errors: number;
}

/** A windowed criterion's value in one window (null: no samples); whether its (failure) condition holds. */
export function windowCondition(criterion: Criterion, view: WindowView): { value: number | null; holds: boolean } {
  const s = criterion.subject;
  let value: number | null = null;
  if (s.kind === 'trend') {
    const latency = s.metric === 'ttft_ms' ? view.ttft : view.e2e;
    value = s.agg.kind === 'percentile' ? latency.percentile(s.agg.p) : latency.mean();
  } else if (s.kind === 'count') {
    const finished = view.completed + view.errors;
    const n = s.what === 'requests' ? view.completed : s.what === 'errors' ? view.errors : finished;
    value = s.ratio ? (finished ? n / finished : null) : n;
  }
  return { value, holds: value !== null && compare(value, criterion.op, criterion.threshold) };
}

/** Whether a criterion's (failure) condition holds of a value. */
export function conditionHolds(criterion: Criterion, value: number): boolean {
  return compare(value, criterion.op, criterion.threshold);
}

function compare(a: number, op: Op, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

type Source = LoadSummary | LabelSummary;

function trendValue(stats: LatencyStats, agg: Aggregation): number | null {
  if (stats.count === 0) return null;
  switch (agg.kind) {
    case 'avg':
      return stats.mean;
    case 'min':
      return stats.min;
    case 'max':
      return stats.max;
    case 'stdev':
      return stats.stdev;
    case 'percentile':
      return percentileOf(stats, agg.p);
  }
}

/** Percentiles kept in the summary; others are read from the histogram the evaluator is given. */
function percentileOf(stats: LatencyStats, p: number): number | null {
  const kept: Record<number, number | null> = {
    50: stats.p50,
    90: stats.p90,
    95: stats.p95,
    99: stats.p99,
    100: stats.max,
    0: stats.min,
  };
  return p in kept ? kept[p]! : null;
}

/** Reads what a criterion is about; null when there is no data (inconclusive). */
function actual(
  criterion: Criterion,
  source: Source,
  full: LoadSummary | undefined,
  percentile: PercentileReader | undefined,
): { value: number | null; unit: string } {
  const s = criterion.subject;
  const finished = source.requests + source.errors;
  switch (s.kind) {
    case 'trend': {
      const stats = source[s.metric as keyof Source] as LatencyStats | undefined;
      if (!stats) return { value: null, unit: 'ms' };
      let value = trendValue(stats, s.agg);
      if (value === null && stats.count > 0 && s.agg.kind === 'percentile')
        value = percentile?.(s.metric, s.agg.p, criterion.label) ?? null;
      return { value, unit: 'ms' };
    }
    case 'count': {
      if (finished === 0) return { value: null, unit: s.ratio ? '%' : 'count' };
      const counts: Record<CountName, number> = {
        requests: source.requests,
        errors: source.errors,
        hits: finished,
        timeouts: full?.timeouts ?? 0,
        incomplete_streams: full?.incomplete_streams ?? 0,
        stream_errors: full?.stream_errors ?? 0,
        rejected_429: source.status['429'] ?? 0,
        rejected_503: source.status['503'] ?? 0,
        dropped_arrivals: full?.dropped_arrivals ?? 0,
        output_tokens: source.output_tokens,
        cancelled: full?.cancelled ?? 0,
      };
      const n = counts[s.what];
      if (!s.ratio) return { value: n, unit: 'count' };
      const of = s.what === 'dropped_arrivals' ? finished + n : finished;
      return { value: n / of, unit: 'ratio' };
    }
    case 'status': {
      if (finished === 0) return { value: null, unit: s.ratio ? 'ratio' : 'count' };
      let n = 0;
      for (const [code, count] of Object.entries(source.status)) if (s.pattern.test(code)) n += count;
      return s.ratio ? { value: n / finished, unit: 'ratio' } : { value: n, unit: 'count' };
    }
    case 'gauge': {
      // goodput_rps exists only with slo: without objectives it is no figure at all, so inconclusive.
      const value = full?.[s.what];
      if (!full || full.sent === 0 || value === undefined) return { value: null, unit: 'value' };
      return {
        value,
        unit:
          s.what === 'output_tokens_per_s'
            ? 'tokens/s'
            : s.what === 'request_throughput' || s.what === 'goodput_rps'
              ? 'requests/s'
              : 'count',
      };
    }
  }
}

/** A percentile the summary does not keep (p75), from the run's histograms. */
export type PercentileReader = (metric: TrendName, p: number, label: string | undefined) => number | null;

export function evaluateCriterion(
  criterion: Criterion,
  summary: LoadSummary,
  labels: Readonly<Record<string, LabelSummary>>,
  percentile?: PercentileReader,
): CriterionResult {
  const base = {
    source:
      criterion.source.syntax === 'threshold'
        ? `${criterion.source.metric}: ${criterion.source.text}`
        : criterion.source.text,
    syntax: criterion.source.syntax,
    failsRun: criterion.failsRun,
  };
  const source: Source | undefined = criterion.label === undefined ? summary : labels[criterion.label];
  if (!source)
    return {
      ...base,
      outcome: 'inconclusive',
      actual: null,
      unit: '',
      message: `no request had the label "${safeInline(criterion.label!)}"`,
    };
  const { value, unit } = actual(criterion, source, criterion.label === undefined ? summary : undefined, percentile);
  if (value === null)
    return {
      ...base,
      outcome: 'inconclusive',
      actual: null,
      unit,
      message: 'no data: the metric has no samples, so the criterion is neither met nor broken',
    };
  const holds = compare(value, criterion.op, criterion.threshold);
  const failed = criterion.conditionIsFailure ? holds : !holds;
  const shown =
    unit === 'ratio'
      ? `${(value * 100).toFixed(2)}%`
      : `${Math.round(value * 1000) / 1000}${unit === 'ms' ? ' ms' : ''}`;
  const limit =
    unit === 'ratio'
      ? `${(criterion.threshold * 100).toFixed(2)}%`
      : `${criterion.threshold}${unit === 'ms' ? ' ms' : ''}`;
  const message = `${failed ? 'failed' : 'passed'}: measured ${shown} (${criterion.conditionIsFailure ? 'fails when' : 'passes when'} ${criterion.op} ${limit})${criterion.note ? `; ${criterion.note}` : ''}`;
  return { ...base, outcome: failed ? 'fail' : 'pass', actual: Math.round(value * 1e6) / 1e6, unit, message };
}

/** The run's verdict: fail if a criterion that fails the run failed; inconclusive if one had no data; pass; none. */
export function overallOutcome(results: readonly CriterionResult[]): CriterionResult['outcome'] | 'none' {
  if (results.length === 0) return 'none';
  if (results.some((r) => r.outcome === 'fail' && r.failsRun)) return 'fail';
  if (results.some((r) => r.outcome === 'inconclusive')) return 'inconclusive';
  return 'pass';
}
