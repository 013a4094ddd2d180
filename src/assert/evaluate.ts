// The assertions themselves: pure functions from expectations, a Timeline and the load's span and samples to
// results with three outcomes. A condition seen is a pass; a condition not seen is a fail only when the whole window
// was observed without a gap; otherwise it is inconclusive, and says why. No data is never a pass.
import type { Sample } from '../contracts/index.ts';
import { LOAD_METRIC } from '../load/index.ts';
import { METRIC, METRIC_SOURCE, type ObserveMetric, type Timeline } from '../observe/index.ts';
import { safeInline } from '../sanitize/index.ts';
import { formatDuration } from '../time/duration.ts';
import { formatLatency, formatRate } from './limits.ts';
import { gapsIn, lastEvent, summed, type Point } from './series.ts';
import type { AssertionResult, ResolvedExpectations, Sourced, WindowExpectation, WindowId } from './types.ts';

/** What assert needs of the load: its span (the windows' anchors) and its per-second samples. */
export interface LoadSpan {
  readonly start: number;
  readonly end: number;
  readonly samples: readonly Sample[];
}

/** Every assertion of `expectations`, in a stable order: windows first, then the hold's. */
export function evaluateAssertions(
  expectations: ResolvedExpectations,
  timeline: Timeline,
  loadSpan: LoadSpan,
): AssertionResult[] {
  const load = wholeMilliseconds(loadSpan);
  const results = expectations.windows.map((w) => evaluateWindow(w, expectations, timeline, load));
  const hold = expectations.hold;
  const from = load.start + Math.round(hold.after.value);
  const span = { from, to: load.end };
  if (hold.maxReplicaChanges)
    results.push(evaluateFlapping(hold.maxReplicaChanges, expectations, timeline, span, hold.after));
  if (hold.maxErrorRate) results.push(evaluateErrorRate(hold.maxErrorRate, load, span, hold.after));
  if (hold.maxTtftP95)
    results.push(evaluateLatency('ttft-p95', 'TTFT', LOAD_METRIC.ttftP95, hold.maxTtftP95, load, span, hold.after));
  if (hold.maxE2eP95)
    results.push(evaluateLatency('e2e-p95', 'E2E latency', LOAD_METRIC.e2eP95, hold.maxE2eP95, load, span, hold.after));
  return results;
}

/**
 * The load's span in whole milliseconds: the load runs on a clock that tells fractions, and the Verdict's windows and
 * moments are integers on the Timeline's clock, as its samples are.
 */
function wholeMilliseconds(load: LoadSpan): LoadSpan {
  return { ...load, start: Math.round(load.start), end: Math.round(load.end) };
}

interface WindowShape {
  readonly metric: ObserveMetric;
  readonly match: (labels: Readonly<Record<string, string>>) => boolean;
  readonly up: boolean;
  /** "RUNNING replicas", "worker pods Running", "GPUs held". */
  readonly noun: string;
  readonly title: string;
}

const ACTIVE_POD_PHASES = new Set(['Pending', 'Running', 'Terminating', 'Unknown']);

function shapeOf(w: WindowExpectation, e: ResolvedExpectations): WindowShape {
  const ofDeployment = (l: Readonly<Record<string, string>>) =>
    l['deployment'] === e.deployment && (e.app === undefined || l['app'] === e.app);
  const ofGroup = (l: Readonly<Record<string, string>>) => e.workerGroup === undefined || l['group'] === e.workerGroup;
  const group = e.workerGroup ? ` of group ${e.workerGroup}` : '';
  const n = w.count.text;
  switch (w.id) {
    case 'scale-up':
      return {
        metric: METRIC.serveReplicas,
        match: (l) => ofDeployment(l) && l['state'] === 'RUNNING',
        up: true,
        noun: 'RUNNING replicas',
        title: `Serve replicas of ${e.deployment} reach ${n} RUNNING after the load starts`,
      };
    case 'scale-down':
      return {
        metric: METRIC.serveReplicas,
        match: ofDeployment,
        up: false,
        noun: 'replicas (any state)',
        title: `Serve replicas of ${e.deployment} are back to ${n} after the load ends`,
      };
    case 'worker-pods-up':
      return {
        metric: METRIC.rayWorkerPods,
        match: (l) => ofGroup(l) && l['phase'] === 'Running',
        up: true,
        noun: `worker pods Running${group}`,
        title: `Ray worker pods${group} reach ${n} Running after the load starts`,
      };
    case 'worker-pods-down':
      return {
        metric: METRIC.rayWorkerPods,
        match: (l) => ofGroup(l) && ACTIVE_POD_PHASES.has(l['phase'] ?? ''),
        up: false,
        noun: `worker pods${group} (not yet gone)`,
        title: `Ray worker pods${group} are down to ${n} after the load ends`,
      };
    case 'gpus-up':
      return {
        metric: METRIC.gpusRequested,
        match: ofGroup,
        up: true,
        noun: `GPUs held by worker pods${group}`,
        title: `GPUs held by worker pods${group} reach ${n} after the load starts`,
      };
    case 'gpus-down':
      return {
        metric: METRIC.gpusRequested,
        match: ofGroup,
        up: false,
        noun: `GPUs held by worker pods${group}`,
        title: `GPUs held by worker pods${group} are down to ${n} after the load ends`,
      };
  }
}

const at = (ms: number) => formatDuration(Math.max(0, ms));
const MAX_EVENT_TEXT = 300;

export function evaluateWindow(
  w: WindowExpectation,
  expectations: ResolvedExpectations,
  timeline: Timeline,
  loadSpan: LoadSpan,
): AssertionResult {
  const load = wholeMilliseconds(loadSpan);
  const shape = shapeOf(w, expectations);
  const anchor = shape.up ? load.start : load.end;
  const event = shape.up ? 'the load started' : 'the load ended';
  const window = { from: anchor, to: anchor + w.within.value };
  const met = (p: Point) => (shape.up ? p.value >= w.count.value : p.value <= w.count.value);
  const points = summed(timeline.samples, shape.metric, shape.match).filter(
    (p) => p.time >= window.from && p.time <= window.to,
  );
  const base = {
    id: w.id,
    title: shape.title,
    limit: w.within.text,
    source: w.within.source,
    targetSource: w.count.source,
    window,
  };
  const hit = points.find(met);
  if (hit)
    return {
      ...base,
      outcome: 'pass',
      at: hit.time,
      measured: `${shape.up ? 'reached' : 'down to'} ${hit.value} ${shape.noun} ${at(hit.time - anchor)} after ${event}; limit ${w.within.text}`,
    };

  const best = points.reduce<Point | undefined>(
    (b, p) => (b === undefined || (shape.up ? p.value > b.value : p.value < b.value) ? p : b),
    undefined,
  );
  const bestText = best
    ? `${shape.up ? 'at most' : 'at least'} ${best.value} ${shape.noun} (${shape.up ? 'first' : 'lowest'} ${at(best.time - anchor)} after ${event})`
    : `no sample of ${shape.noun}`;
  const inconclusive = (reason: string): AssertionResult => ({
    ...base,
    outcome: 'inconclusive',
    measured: `${bestText} in the ${at(Math.min(timeline.end, window.to) - window.from)} observed of the ${w.within.text} window`,
    reason,
  });
  if (timeline.end < window.to) {
    return inconclusive(
      timeline.end <= window.from
        ? `the observation ended before ${event}, so nothing of the window was seen; observe longer (or pass --deployment so assert keeps watching).`
        : `the observation ended ${at(timeline.end - anchor)} after ${event}, before the ${w.within.text} window closed; observe longer (or pass --deployment so assert keeps watching).`,
    );
  }
  const source = METRIC_SOURCE[shape.metric];
  const gaps = gapsIn(timeline, source, shape.metric, window.from, window.to);
  if (gaps.length) {
    const g = gaps[0]!;
    return inconclusive(
      `the ${source} source could not see from ${at(g.from - anchor)} to ${at(g.to - anchor)} after ${event} (${g.reason})${gaps.length > 1 ? ` and ${gaps.length - 1} more span(s)` : ''}; the condition may have held then.`,
    );
  }
  if (points.length === 0)
    return inconclusive(
      `the Timeline has no sample of ${shape.metric} for ${shape.up || w.id !== 'scale-down' ? shape.noun : expectations.deployment} in the window; check the deployment and group names.${otherDeployments(timeline, shape.metric, expectations.deployment)}`,
    );
  return {
    ...base,
    outcome: 'fail',
    at: window.to,
    measured: `${bestText} within ${w.within.text}`,
    reason: `${shape.up ? 'never reached' : 'never came down to'} ${w.count.text} ${shape.noun} within ${w.within.text} of the load's ${shape.up ? 'start' : 'end'}${whyNot(w.id, w.count.value, expectations, timeline, window)}.`,
  };
}

/** For a scale-up that failed: whether Serve asked for the replicas, and whether pods could not be scheduled. */
function whyNot(
  id: WindowId,
  count: number,
  e: ResolvedExpectations,
  timeline: Timeline,
  window: { from: number; to: number },
): string {
  if (id !== 'scale-up' && id !== 'worker-pods-up' && id !== 'gpus-up') return '';
  const parts: string[] = [];
  if (id === 'scale-up') {
    const target = summed(
      timeline.samples,
      METRIC.serveTargetReplicas,
      (l) => l['deployment'] === e.deployment && (e.app === undefined || l['app'] === e.app),
    ).filter((p) => p.time >= window.from && p.time <= window.to);
    const asked = target.find((p) => p.value >= count);
    if (asked)
      parts.push(
        `Serve's target was ${asked.value} from ${at(asked.time - window.from)}, but the replicas did not all start`,
      );
    else if (target.length)
      parts.push(
        `Serve's target stayed at most ${Math.max(...target.map((p) => p.value))}: the autoscaler never asked for ${count}`,
      );
  }
  const pending = summed(
    timeline.samples,
    METRIC.rayWorkerPods,
    (l) => l['phase'] === 'Pending' && (e.workerGroup === undefined || l['group'] === e.workerGroup),
  ).filter((p) => p.time <= window.to);
  const pendingAtEnd = pending[pending.length - 1];
  if (pendingAtEnd && pendingAtEnd.value > 0)
    parts.push(`${pendingAtEnd.value} worker pod(s) Pending at the window's end`);
  const scheduling = lastEvent(timeline, 'FailedScheduling', window.from, window.to);
  // An event's message is the cluster's text: bounded here, escaped wherever it is printed.
  // Its "preemption: …" tail says why evicting pods would not help, which no reader of a scale-up asks.
  if (scheduling)
    parts.push(
      `${scheduling.object.kind} ${scheduling.object.name}: ${scheduling.message.replace(/\s*preemption: .*$/s, '')}`.slice(
        0,
        MAX_EVENT_TEXT,
      ),
    );
  return parts.length ? `; ${parts.join('; ')}` : '';
}

interface HoldSpan {
  readonly from: number;
  readonly to: number;
}

function emptyHold(span: HoldSpan, after: Sourced<number>, load: { start: number; end: number }): string | undefined {
  if (span.from < span.to) return undefined;
  return `the hold is empty: the load ran ${at(load.end - load.start)} and the hold starts ${after.text} after its start; lengthen the load or set hold.after.`;
}

export function evaluateFlapping(
  limit: Sourced<number>,
  e: ResolvedExpectations,
  timeline: Timeline,
  span: HoldSpan,
  after: Sourced<number>,
): AssertionResult {
  const base = {
    id: 'flapping',
    title: `Serve's target for ${e.deployment} changes at most ${limit.text} time(s) during the hold`,
    limit: `≤ ${limit.text} changes`,
    source: limit.source,
    window: span,
  };
  const points = summed(
    timeline.samples,
    METRIC.serveTargetReplicas,
    (l) => l['deployment'] === e.deployment && (e.app === undefined || l['app'] === e.app),
  );
  const loadSpan = { start: span.from - after.value, end: span.to };
  const empty = emptyHold(span, after, loadSpan);
  if (empty) return { ...base, outcome: 'inconclusive', measured: 'no hold', reason: empty };
  let previous = points.filter((p) => p.time <= span.from).at(-1)?.value;
  const changes: { time: number; from: number; to: number }[] = [];
  let seen = previous !== undefined;
  for (const p of points) {
    if (p.time <= span.from || p.time > span.to) continue;
    seen = true;
    if (previous !== undefined && p.value !== previous) changes.push({ time: p.time, from: previous, to: p.value });
    previous = p.value;
  }
  const list = changes
    .slice(0, 5)
    .map((c) => `${c.from}→${c.to} at ${at(c.time - loadSpan.start)}`)
    .join(', ');
  const measured = `${changes.length} change(s) of Serve's target during the hold${list ? ` (${list}${changes.length > 5 ? ', …' : ''})` : ''}`;
  if (changes.length > limit.value)
    return {
      ...base,
      outcome: 'fail',
      at: changes[limit.value]!.time,
      measured,
      reason: `Serve's target changed ${changes.length} times during the hold, more than ${limit.text}: the autoscaler flaps under steady load (look at target_ongoing_requests and the delays).`,
    };
  const inconclusive = (reason: string): AssertionResult => ({ ...base, outcome: 'inconclusive', measured, reason });
  if (timeline.end < span.to)
    return inconclusive(
      `the observation ended ${at(span.to - timeline.end)} before the load did, so part of the hold was not seen.`,
    );
  const gaps = gapsIn(timeline, 'serve', METRIC.serveTargetReplicas, span.from, span.to);
  if (gaps.length)
    return inconclusive(
      `the serve source could not see from ${at(gaps[0]!.from - loadSpan.start)} to ${at(gaps[0]!.to - loadSpan.start)} after the load started (${gaps[0]!.reason}); the target may have changed then.`,
    );
  if (!seen)
    return inconclusive(`the Timeline has no sample of ${METRIC.serveTargetReplicas} for ${e.deployment} in the hold.`);
  return { ...base, outcome: 'pass', measured };
}

function loadSamplesIn(load: LoadSpan, metric: string, span: HoldSpan): Sample[] {
  // A window's sample is stamped at the end of its second: the second that ends just after the hold still lies in it.
  return load.samples.filter((s) => s.metric === metric && s.time > span.from && s.time < span.to + 1000);
}

export function evaluateErrorRate(
  limit: Sourced<number>,
  load: LoadSpan,
  span: HoldSpan,
  after: Sourced<number>,
): AssertionResult {
  const base = {
    id: 'error-rate',
    title: 'Requests that failed during the hold',
    limit: `≤ ${limit.text}`,
    source: limit.source,
    window: span,
  };
  const empty = emptyHold(span, after, load);
  if (empty) return { ...base, outcome: 'inconclusive', measured: 'no hold', reason: empty };
  const sum = (metric: string) => loadSamplesIn(load, metric, span).reduce((n, s) => n + s.value, 0);
  const errors = sum(LOAD_METRIC.errors);
  const completed = sum(LOAD_METRIC.requestsCompleted);
  const ended = errors + completed;
  if (ended === 0)
    return {
      ...base,
      outcome: 'inconclusive',
      measured: 'no request ended during the hold',
      reason: 'no request completed or failed during the hold, so there is no rate to judge; check the load ran.',
    };
  const rate = errors / ended;
  const measured = `${formatRate(rate)} of ${ended} requests failed during the hold (${errors} errors)`;
  return rate > limit.value
    ? { ...base, outcome: 'fail', measured, reason: `the error rate ${formatRate(rate)} is above ${limit.text}.` }
    : { ...base, outcome: 'pass', measured };
}

export function evaluateLatency(
  id: string,
  what: string,
  metric: string,
  limit: Sourced<number>,
  load: LoadSpan,
  span: HoldSpan,
  after: Sourced<number>,
): AssertionResult {
  const base = {
    id,
    title: `p95 ${what} of every second of the hold`,
    limit: `≤ ${limit.text}`,
    source: limit.source,
    window: span,
  };
  const empty = emptyHold(span, after, load);
  if (empty) return { ...base, outcome: 'inconclusive', measured: 'no hold', reason: empty };
  const samples = loadSamplesIn(load, metric, span);
  if (samples.length === 0)
    return {
      ...base,
      outcome: 'inconclusive',
      measured: `no p95 ${what} sample in the hold`,
      reason: `no request finished with a ${what} during the hold; check the load ran.`,
    };
  const worst = samples.reduce((w, s) => (s.value > w.value ? s : w));
  const measured = `worst second's p95 ${what} ${formatLatency(worst.value)} at ${at(worst.time - load.start)} after the load started (${samples.length} seconds)`;
  const first = samples.find((s) => s.value > limit.value);
  if (first)
    return {
      ...base,
      outcome: 'fail',
      at: first.time,
      measured,
      reason: `the p95 ${what} was ${formatLatency(first.value)} in the second ending ${at(first.time - load.start)} after the load started, above ${limit.text}${samples.filter((s) => s.value > limit.value).length > 1 ? ` (${samples.filter((s) => s.value > limit.value).length} seconds above)` : ''}.`,
    };
  return { ...base, outcome: 'pass', measured };
}

/**
 * The deployments the Timeline does have samples of, when the asserted one has none: ray.serve.llm names a model's
 * deployment differently per Ray release (LLMDeployment:, LLMDeployment, LLMServer:), so a rayVersion that is not
 * the Ray the image runs shows up here.
 */
function otherDeployments(timeline: Timeline, metric: string, deployment: string): string {
  const seen = new Set<string>();
  for (const s of timeline.samples)
    if (s.metric === metric && s.labels['deployment'] !== undefined && s.labels['deployment'] !== deployment)
      seen.add(s.labels['deployment']);
  if (seen.size === 0) return '';
  const names = [...seen].sort();
  const shown = names
    .slice(0, 5)
    .map((n) => `"${safeInline(n)}"`)
    .join(', ');
  return ` It has samples of ${shown}${names.length > 5 ? ` and ${names.length - 5} more` : ''}: if one is the model, the manifest's rayVersion may not be the Ray its image runs (Ray names the deployment per release); set rayVersion to it, or name the deployment.`;
}
