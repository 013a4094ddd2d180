// The serve source: GET /api/serve/applications/ on the Ray dashboard once per interval, on the observer's clock, with
// backoff while it fails (the head pod restarting, the controller busy, a port-forward re-resolving) and each
// failed span a gap. The dashboard's base URL is asked for before every poll: a forward may have moved.
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
import { readServeApplications, serveSamples, type DeploymentReplicas } from './serve-applications.ts';
import type { SourceHealth } from './source-health.ts';
import type { TimelineRecorder } from './timeline-recorder.ts';

/** The Serve REST API's path (trailing slash: the dashboard routes it so; ray dashboard/modules/serve/serve_head.py). */
export const SERVE_APPLICATIONS_PATH = '/api/serve/applications/';

/** Larger answers are not a Serve instance the observer can use (a big app's answer is tens of kB). */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

export interface ServePollerOptions {
  readonly clock: Clock;
  readonly start: number;
  readonly intervalMs: number;
  /** Per request, wall time: bounds a hung connection. */
  readonly requestTimeoutMs: number;
  readonly dashboardUrl: () => Promise<string>;
  readonly fetch: typeof fetch;
  readonly recorder: TimelineRecorder;
  readonly health: SourceHealth;
  readonly signal: AbortSignal;
  readonly backoff?: Backoff;
  /** Polls at most; the observer's maximum duration over the interval bounds it too. */
  readonly maxPolls: number;
}

export type Poll =
  | { readonly ok: true; readonly deployments: readonly DeploymentReplicas[] }
  | { readonly ok: false; readonly failure: Failure };

/** One poll: the deployments the dashboard reports, or what kept it from answering usefully. */
export async function pollServe(
  options: Pick<ServePollerOptions, 'dashboardUrl' | 'fetch' | 'requestTimeoutMs' | 'signal' | 'clock'>,
): Promise<Poll> {
  // One bound for the whole poll, the dashboard's address included (a forward being re-resolved may take a while).
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.requestTimeoutMs)]);
  try {
    const base = (await untilAborted(options.dashboardUrl(), signal)).replace(/\/+$/, '');
    const response = await options.fetch(`${base}${SERVE_APPLICATIONS_PATH}`, {
      signal,
      headers: { Accept: 'application/json' },
    });
    const body = await response.text();
    if (!response.ok) {
      return {
        ok: false,
        failure: {
          kind: 'http',
          status: response.status,
          retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), options.clock.now()),
        },
      };
    }
    if (body.length > MAX_ANSWER_BYTES)
      return { ok: false, failure: { kind: 'invalid', detail: `an answer of ${body.length} bytes` } };
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      return { ok: false, failure: { kind: 'invalid', detail: 'not JSON' } };
    }
    const reading = readServeApplications(json);
    return reading.ok
      ? { ok: true, deployments: reading.deployments }
      : { ok: false, failure: { kind: 'invalid', detail: reading.problem } };
  } catch (error) {
    return { ok: false, failure: failureOf(error, options.clock.now()) };
  }
}

/** `promise`, or the signal's reason once it aborts (what the promise stood for is then abandoned). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/** The next tick of the grid start + k·interval after `at`: polls stay on the grid whatever a request took. */
export function nextTick(start: number, intervalMs: number, at: number): number {
  return start + (Math.floor((at - start) / intervalMs) + 1) * intervalMs;
}

/** Polls until `signal` aborts (or maxPolls); never rejects. */
export async function runServePoller(options: ServePollerOptions): Promise<void> {
  const { clock, signal, health, recorder } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let next = options.start;
  let attempt = 0;
  for (let poll = 0; poll < options.maxPolls && !signal.aborted; poll++) {
    await sleepUnlessAborted(clock, next - clock.now(), signal);
    if (signal.aborted) break;
    const askedAt = clock.now();
    const result = await pollServe(options);
    if (signal.aborted) break;
    const at = clock.now();
    if (result.ok) {
      health.ok(at);
      for (const sample of serveSamples(result.deployments, at)) recorder.sample(sample);
      attempt = 0;
      next = nextTick(options.start, options.intervalMs, at);
    } else {
      // Blind from the poll that failed: until then the last answer was current.
      health.failed(`dashboard ${SERVE_APPLICATIONS_PATH}: ${describeFailure(result.failure)}`, askedAt);
      next = at + retryDelay(++attempt, result.failure, backoff);
    }
  }
}
