// An observer of a Ray cluster through its dashboard alone (no Kubernetes API): Serve's replicas and target from
// /api/serve/applications/ and Ray nodes per type from /api/cluster_status, into the same Timeline contract. For a
// Ray cluster with no pods to watch: the conformance tier's real Ray, and the sim held to the same view of it.
import { sleepUnlessAborted, type Clock } from '../time/clock.ts';
import { RAY_NODES_METRIC, rayNodeSamples, readClusterStatus } from './cluster-status.ts';
import { describeFailure, failureOf, retryDelay, type Failure } from './retry.ts';
import { nextTick, runServePoller, SERVE_APPLICATIONS_PATH } from './serve-poller.ts';
import { SourceHealth } from './source-health.ts';
import { TimelineRecorder } from './timeline-recorder.ts';
import type { Sample, Timeline } from './types.ts';

export const CLUSTER_STATUS_PATH = '/api/cluster_status';

export interface DashboardObserverOptions {
  /** The dashboard's base URL. */
  readonly dashboardUrl: string;
  readonly clock: Clock;
  readonly intervalMs: number;
  readonly maxDurationMs: number;
  /** Per request, wall time. */
  readonly requestTimeoutMs?: number;
  /** What the Timeline names as its namespace (a Ray cluster outside Kubernetes has none). */
  readonly label: string;
  readonly fetch?: typeof fetch;
}

export interface DashboardObserver {
  readonly start: number;
  record(sample: Sample): void;
  stop(): Promise<Timeline>;
}

const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

async function pollClusterStatus(
  base: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
  signal: AbortSignal,
  now: number,
): Promise<{ ok: true; samples: Sample[] } | { ok: false; failure: Failure }> {
  try {
    const response = await fetchFn(`${base}${CLUSTER_STATUS_PATH}`, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]),
      headers: { Accept: 'application/json' },
    });
    const text = await response.text();
    if (!response.ok) return { ok: false, failure: { kind: 'http', status: response.status, retryAfterMs: undefined } };
    if (text.length > MAX_ANSWER_BYTES)
      return { ok: false, failure: { kind: 'invalid', detail: `an answer of ${text.length} bytes` } };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, failure: { kind: 'invalid', detail: 'not JSON' } };
    }
    const reading = readClusterStatus(json);
    if (!reading.ok) return { ok: false, failure: { kind: 'invalid', detail: reading.problem } };
    return { ok: true, samples: reading.nodes ? rayNodeSamples(reading.nodes, now) : [] };
  } catch (error) {
    return { ok: false, failure: failureOf(error, now) };
  }
}

export function startDashboardObserver(options: DashboardObserverOptions): DashboardObserver {
  const clock: Clock = {
    now: () => Math.floor(options.clock.now()),
    sleep: (ms, signal) => options.clock.sleep(ms, signal),
  };
  const start = clock.now();
  const base = options.dashboardUrl.replace(/\/+$/, '');
  const fetchFn = options.fetch ?? fetch;
  const requestTimeoutMs = options.requestTimeoutMs ?? 5000;
  const recorder = new TimelineRecorder();
  const controller = new AbortController();
  const signal = controller.signal;
  const gap = recorder.gap.bind(recorder);
  const maxPolls = Math.ceil(options.maxDurationMs / options.intervalMs) + 1;
  const serveHealth = new SourceHealth({ source: 'serve', startAt: start, minGapMs: 0, record: gap });
  const nodeHealth = new SourceHealth({
    source: 'serve',
    metric: RAY_NODES_METRIC,
    startAt: start,
    minGapMs: 0,
    record: gap,
  });
  const loops = [
    runServePoller({
      clock,
      start,
      intervalMs: options.intervalMs,
      requestTimeoutMs,
      dashboardUrl: async () => base,
      fetch: fetchFn,
      recorder,
      health: serveHealth,
      signal,
      maxPolls: maxPolls * 4,
    }),
    (async () => {
      let next = start;
      let attempt = 0;
      for (let poll = 0; poll < maxPolls * 4 && !signal.aborted; poll++) {
        await sleepUnlessAborted(clock, next - clock.now(), signal);
        if (signal.aborted) break;
        const askedAt = clock.now();
        const result = await pollClusterStatus(base, fetchFn, requestTimeoutMs, signal, askedAt);
        if (signal.aborted) break;
        const at = clock.now();
        if (result.ok) {
          nodeHealth.ok(at);
          for (const sample of result.samples) recorder.sample({ ...sample, time: at });
          attempt = 0;
          next = nextTick(start, options.intervalMs, at);
        } else {
          nodeHealth.failed(`dashboard ${CLUSTER_STATUS_PATH}: ${describeFailure(result.failure)}`, askedAt);
          next = at + retryDelay(++attempt, result.failure);
        }
      }
    })(),
  ];
  let stopped: Promise<Timeline> | undefined;
  return {
    start,
    record: (sample) => recorder.sample(sample),
    stop: () =>
      (stopped ??= (async () => {
        const end = Math.min(clock.now(), start + options.maxDurationMs);
        controller.abort();
        await Promise.all(loops);
        serveHealth.finish(end);
        nodeHealth.finish(end);
        return recorder.timeline({
          namespace: options.label,
          start,
          end,
          sources: [
            {
              name: 'serve',
              intervalMs: options.intervalMs,
              target: `${SERVE_APPLICATIONS_PATH} and ${CLUSTER_STATUS_PATH}`,
            },
          ],
        });
      })()),
  };
}
