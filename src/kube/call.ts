// One Kubernetes API call: bounded (the run's abort signal and a per-call timeout ride on every request) and its
// failure a value, { code, reason, message } taken from the API server's Status, never client-node's error text,
// which carries the response headers and body verbatim.
import { Observable, type CoreV1Api, type RequestContext, type ResponseContext } from '@kubernetes/client-node';
import { setTimeout as delay } from 'node:timers/promises';
import { redactTokens, safeInline } from '../sanitize/index.ts';

/** The per-call options client-node's request-object API takes (its type is not exported by name). */
export type CallOptions = NonNullable<Parameters<CoreV1Api['readNamespace']>[1]>;

export interface CallBounds {
  /** Aborted when the run is cancelled (SIGINT/SIGTERM) or its deadline passes. */
  readonly signal?: AbortSignal | undefined;
  /** One request's limit; the API server answers in milliseconds, so 30 s means it is not answering. */
  readonly timeoutMs?: number;
  readonly headers?: Readonly<Record<string, string>>;
}

export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

export function boundedSignal(bounds: CallBounds): AbortSignal {
  const timeout = AbortSignal.timeout(bounds.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
  return bounds.signal ? AbortSignal.any([bounds.signal, timeout]) : timeout;
}

/** Options that put the bounds (and any headers) on a request, after client-node's own middleware. */
export function callOptions(bounds: CallBounds = {}): CallOptions {
  const middleware = {
    pre: (context: RequestContext) => {
      context.setSignal(boundedSignal(bounds));
      for (const [name, value] of Object.entries(bounds.headers ?? {})) context.setHeaderParam(name, value);
      return new Observable(Promise.resolve(context));
    },
    post: (response: ResponseContext) => new Observable(Promise.resolve(response)),
  };
  return { middleware: [middleware], middlewareMergeStrategy: 'append' };
}

export interface ApiFailure {
  /** The HTTP status, or undefined when no answer came (timeout, refused connection, cancelled). */
  readonly code: number | undefined;
  /** Kubernetes' reason (NotFound, Forbidden, Conflict…), or Timeout / Aborted / Unreachable. */
  readonly reason: string;
  /** One line, safe to print. */
  readonly message: string;
}

export type Attempt<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ApiFailure };

export interface AttemptOptions {
  /** Tries in all for a transient failure (429, 5xx, timeout, refused connection); default 3. Every call made
   * through `attempt` is one that may be repeated: reads, server-side apply, deletes and creates whose 404/409 the
   * caller handles. */
  readonly tries?: number;
  /** Stops the retries (and their waits) when aborted. */
  readonly signal?: AbortSignal | undefined;
}

/** Backoff between tries: an API server that throttled or restarted is usually back within a second or two. */
const RETRY_DELAYS_MS = [250, 1_000, 2_000];

/** Runs a call, again after a transient failure; a failure comes back as a value. */
export async function attempt<T>(call: () => Promise<T>, options: AttemptOptions = {}): Promise<Attempt<T>> {
  const tries = Math.max(1, options.tries ?? 3);
  let failure: ApiFailure | undefined;
  for (let i = 0; i < tries; i++) {
    if (i > 0) {
      const waited = await delay(RETRY_DELAYS_MS[Math.min(i - 1, RETRY_DELAYS_MS.length - 1)], undefined, {
        signal: options.signal,
      }).then(
        () => true,
        () => false,
      );
      if (!waited) break;
    }
    try {
      return { ok: true, value: await call() };
    } catch (error) {
      failure = apiFailure(error);
      if (!isTransient(failure) || options.signal?.aborted) break;
    }
  }
  return { ok: false, failure: failure! };
}

function clean(text: string): string {
  return safeInline(redactTokens(text)).slice(0, 500);
}

/** What went wrong with a call, in the API server's words where it answered. */
export function apiFailure(error: unknown): ApiFailure {
  const e = error as {
    code?: unknown;
    body?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: { code?: unknown; name?: unknown };
  };
  if (typeof e?.code === 'number') {
    let status: { reason?: unknown; message?: unknown } = {};
    if (typeof e.body === 'string') {
      try {
        status = JSON.parse(e.body) as typeof status;
      } catch {
        status = { message: e.body };
      }
    } else if (typeof e.body === 'object' && e.body !== null) status = e.body as typeof status;
    const reason = typeof status.reason === 'string' && status.reason ? status.reason : `HTTP ${e.code}`;
    const message =
      typeof status.message === 'string' && status.message ? status.message : `the API server answered ${e.code}`;
    return { code: e.code, reason, message: clean(message) };
  }
  const name = e?.name ?? e?.cause?.name;
  if (name === 'TimeoutError')
    return { code: undefined, reason: 'Timeout', message: 'the API server did not answer in time' };
  if (name === 'AbortError') return { code: undefined, reason: 'Aborted', message: 'the request was cancelled' };
  const cause = typeof e?.cause?.code === 'string' ? e.cause.code : typeof e?.code === 'string' ? e.code : undefined;
  if (cause) return { code: undefined, reason: 'Unreachable', message: `cannot reach the API server (${cause})` };
  // undici's fetch fails with "fetch failed" and the reason in its cause.
  if (e?.message === 'fetch failed') {
    const why =
      typeof (e.cause as { message?: unknown } | undefined)?.message === 'string'
        ? (e.cause as { message: string }).message
        : 'no connection';
    return { code: undefined, reason: 'Unreachable', message: `cannot reach the API server (${clean(why)})` };
  }
  return { code: undefined, reason: 'Error', message: clean(String(e?.message ?? error)) };
}

export const isNotFound = (failure: ApiFailure) => failure.code === 404;
export const isConflict = (failure: ApiFailure) => failure.code === 409;
/** Worth another try on the next poll: the server was busy, briefly away, or slow. */
export const isTransient = (failure: ApiFailure) =>
  failure.code === 429 ||
  failure.code === 500 ||
  failure.code === 502 ||
  failure.code === 503 ||
  failure.code === 504 ||
  failure.reason === 'Timeout' ||
  failure.reason === 'Unreachable';
