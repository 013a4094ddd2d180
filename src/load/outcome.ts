// What one request came to: the record the executor hands to the metrics, one per request, times in ms from the
// request's start (the send, or in open loop the intended arrival).
import type { ErrorKind } from './types.ts';

export interface RequestOutcome {
  readonly label: string;
  /** When the request was sent (or, in open loop, intended to be), on the run's clock. */
  readonly startedAt: number;
  readonly status: number | undefined;
  readonly ttfbMs: number | undefined;
  /** LLM streams only. */
  readonly ttftMs: number | undefined;
  readonly e2eMs: number;
  /** Gaps between token-bearing chunks, for ITL (pooled); empty when not a stream. */
  readonly gapsMs: readonly number[];
  readonly outputTokens: number | undefined;
  readonly tokensFrom: 'usage' | 'chunks' | undefined;
  readonly promptTokens: number | undefined;
  readonly finishReason: string | undefined;
  readonly error: { readonly kind: ErrorKind; readonly message: string } | undefined;
  /** Aborted at the end of the grace period: neither a success nor a failure. */
  readonly cancelled: boolean;
  readonly retries: number;
  /** A rejection's Retry-After (retry-after-ms or retry-after), for a retry when retries are asked for. */
  readonly retryAfterMs?: number | undefined;
}
