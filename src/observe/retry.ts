// What a failed request to the cluster, the dashboard or Prometheus was, in words for a gap's reason, and how long to
// wait before the next try: exponential backoff, Retry-After honoured, nothing invented for failures that persist.

/** A request that did not give an answer the observer could use. */
export type Failure =
  | {
      readonly kind: 'http';
      readonly status: number;
      readonly retryAfterMs?: number | undefined;
      readonly detail?: string | undefined;
    }
  | { readonly kind: 'network'; readonly code: string }
  | { readonly kind: 'timeout' }
  /** A 200 whose body is not what the endpoint answers (not JSON, another shape). */
  | { readonly kind: 'invalid'; readonly detail: string };

export interface Backoff {
  readonly initialMs: number;
  readonly maxMs: number;
  /** The longest Retry-After honoured; a server asking for more is asked again after this. */
  readonly maxRetryAfterMs: number;
}

/**
 * 250 ms doubling to 5 s. client-go's reflector starts at 800 ms and caps at 30 s (k8s.io/client-go/tools/cache,
 * NewReflectorWithOptions); the observer resolves changes to one second, so it comes back sooner, and it is one
 * client per run, not a fleet.
 */
export const DEFAULT_BACKOFF: Backoff = { initialMs: 250, maxMs: 5000, maxRetryAfterMs: 30_000 };

/** Whether trying again can help soon: throttling, server errors, the network, timeouts. */
export function isTransient(failure: Failure): boolean {
  switch (failure.kind) {
    case 'http':
      return failure.status === 408 || failure.status === 429 || failure.status >= 500;
    case 'network':
    case 'timeout':
      return true;
    case 'invalid':
      return false;
  }
}

/**
 * The wait before try number `attempt + 1` after `attempt` consecutive failures (1 for the first). A failure that is
 * not transient (403, a 404 namespace, a body of another shape) is tried again at the slowest pace: it may be fixed
 * while the run goes on (RBAC granted, the namespace created), and a gap records it meanwhile.
 */
export function retryDelay(attempt: number, failure: Failure, backoff: Backoff = DEFAULT_BACKOFF): number {
  const exponential = isTransient(failure)
    ? Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(30, Math.max(0, attempt - 1)))
    : backoff.maxMs;
  const asked =
    failure.kind === 'http' && failure.retryAfterMs !== undefined
      ? Math.min(failure.retryAfterMs, backoff.maxRetryAfterMs)
      : 0;
  return Math.max(exponential, asked);
}

export function describeFailure(failure: Failure): string {
  switch (failure.kind) {
    case 'http':
      return `HTTP ${failure.status}${failure.detail ? ` (${failure.detail})` : ''}`;
    case 'network':
      return `connection failed (${failure.code})`;
    case 'timeout':
      return 'no answer in time';
    case 'invalid':
      return `unexpected answer: ${failure.detail}`;
  }
}

/** Retry-After in ms: delta-seconds, or an HTTP date relative to `nowMs`. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

const NETWORK_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/;

/**
 * The Failure a thrown error stands for, whichever client threw it: fetch (undici's TypeError with a `cause`),
 * AbortSignal.timeout's TimeoutError, client-node's ApiException (`code`, `headers`) or Watch error (`statusCode`).
 */
export function failureOf(error: unknown, nowMs: number): Failure {
  const e = error as
    | { name?: unknown; code?: unknown; statusCode?: unknown; headers?: unknown; cause?: unknown; message?: unknown }
    | null
    | undefined;
  if (e && (e.name === 'TimeoutError' || e.name === 'AbortError')) return { kind: 'timeout' };
  const status = typeof e?.statusCode === 'number' ? e.statusCode : typeof e?.code === 'number' ? e.code : undefined;
  if (status !== undefined) {
    const headers = (e?.headers ?? {}) as Record<string, unknown>;
    const retryAfter = headers['retry-after'] ?? headers['Retry-After'];
    return {
      kind: 'http',
      status,
      retryAfterMs: parseRetryAfter(typeof retryAfter === 'string' ? retryAfter : undefined, nowMs),
    };
  }
  // Follow the cause chain to the socket's own code (fetch wraps it once or twice).
  let cursor: unknown = error;
  for (let depth = 0; depth < 5 && cursor; depth++) {
    const code = (cursor as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODE.test(code)) return { kind: 'network', code };
    if ((cursor as { name?: unknown }).name === 'TimeoutError') return { kind: 'timeout' };
    cursor = (cursor as { cause?: unknown }).cause;
  }
  const message = typeof e?.message === 'string' ? e.message : String(error);
  return { kind: 'network', code: message.slice(0, 80) || 'unknown' };
}
