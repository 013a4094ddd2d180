// One HTTP exchange on undici's dispatch API (Dispatcher.md, dispatcher.dispatch: onRequestStart, onResponseStart,
// onResponseData, onResponseEnd, onResponseError), timestamped on the injected clock at each callback: headers (TTFB),
// every network chunk of an SSE stream (TTFT, ITL, E2E), the end. No body is buffered but an error's first 64 KiB and
// a non-streamed completion (bounded), so a thousand streams cost what their parsers hold.
import type { Dispatcher } from 'undici';
import type { Clock } from '../time/clock.ts';
import { errorMessage, OpenAiStream } from './openai-stream.ts';
import type { RequestOutcome } from './outcome.ts';
import type { PreparedRequest } from './prepare.ts';
import { SseParser } from './sse-parser.ts';
import type { ErrorKind } from './types.ts';

const MAX_ERROR_BODY = 64 * 1024;
const MAX_JSON_BODY = 8 * 1024 * 1024;

/** Why the runner aborts a request: its total deadline passed, or the grace period after the end ran out. */
export type AbortCause = 'deadline' | 'cancel';

/** What the runner holds of a request in flight. */
export interface InFlight {
  readonly deadline: number;
  abort(cause: AbortCause): void;
}

const Mode = { Discard: 0, Sse: 1, Json: 2, ErrorBody: 3 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

type Finish = (outcome: RequestOutcome) => void;

class Exchange implements Dispatcher.DispatchHandler, InFlight {
  readonly deadline: number;
  private readonly request: PreparedRequest;
  private readonly clock: Clock;
  private readonly startedAt: number;
  private readonly finish: Finish;
  private controller: Dispatcher.DispatchController | undefined;
  private abortCause: AbortCause | undefined;
  private done = false;
  private status: number | undefined;
  private ttfbMs: number | undefined;
  private mode: Mode = Mode.Discard;
  private body: Buffer[] | undefined;
  private bodyBytes = 0;
  private retryAfterMs: number | undefined;
  private parser: SseParser | undefined;
  private stream: OpenAiStream | undefined;
  private chunkAt = 0;
  private firstTokenAt: number | undefined;
  private lastTokenAt = 0;
  private gaps: number[] | undefined;

  constructor(request: PreparedRequest, clock: Clock, startedAt: number, deadline: number, finish: Finish) {
    this.request = request;
    this.clock = clock;
    this.startedAt = startedAt;
    this.deadline = deadline;
    this.finish = finish;
  }

  abort(cause: AbortCause): void {
    if (this.done) return;
    this.abortCause ??= cause;
    // Not yet on a socket (queued in the pool): onRequestStart aborts it when it gets there.
    this.controller?.abort(
      new Error(cause === 'deadline' ? 'total deadline' : 'cancelled at the end of the grace period'),
    );
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    if (this.abortCause) controller.abort(new Error('aborted'));
  }

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    // 1xx informational answers come before the real one.
    if (statusCode < 200) return;
    this.status = statusCode;
    this.ttfbMs = this.clock.now() - this.startedAt;
    const request = this.request;
    if (statusCode >= 400) {
      this.mode = Mode.ErrorBody;
      this.body = [];
      this.retryAfterMs = retryAfter(headers);
      return;
    }
    if (!request.llm || statusCode >= 300) return;
    const type = String(headers['content-type'] ?? '');
    if (request.stream && type.includes('text/event-stream')) {
      this.mode = Mode.Sse;
      this.stream = new OpenAiStream(request.llm, this);
      this.parser = new SseParser({ event: (data) => this.stream!.event(data, this.chunkAt) });
      this.gaps = [];
    } else {
      // "stream": false, or a server that ignored stream: true: one JSON document.
      this.mode = Mode.Json;
      this.body = [];
    }
  }

  /** A chunk with tokens arrived (OpenAiStream calls this). */
  token(at: number): void {
    if (this.firstTokenAt === undefined) this.firstTokenAt = at;
    else this.gaps!.push(at - this.lastTokenAt);
    this.lastTokenAt = at;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    switch (this.mode) {
      case Mode.Discard:
        return;
      case Mode.Sse:
        this.chunkAt = this.clock.now();
        this.parser!.push(chunk);
        return;
      case Mode.Json:
      case Mode.ErrorBody: {
        const limit = this.mode === Mode.Json ? MAX_JSON_BODY : MAX_ERROR_BODY;
        if (this.bodyBytes >= limit) return;
        const part = chunk.length + this.bodyBytes > limit ? chunk.subarray(0, limit - this.bodyBytes) : chunk;
        this.body!.push(Buffer.from(part));
        this.bodyBytes += part.length;
      }
    }
  }

  onResponseEnd(): void {
    if (this.done) return;
    const end = this.clock.now();
    switch (this.mode) {
      case Mode.Discard:
        return this.complete({ e2eMs: end - this.startedAt });
      case Mode.ErrorBody:
        return this.fail('http', `HTTP ${this.status}: ${this.errorText()}`);
      case Mode.Json:
        return this.endJson(end);
      case Mode.Sse:
        return this.endStream();
    }
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    if (this.done) return;
    if (this.abortCause === 'cancel') return this.settle({ cancelled: true });
    if (this.abortCause === 'deadline')
      return this.fail(
        'timeout',
        `no end within the total deadline (${Math.round(this.deadline - this.startedAt)} ms)`,
      );
    const code = (error as { code?: string }).code ?? '';
    const seconds = `${Math.round(this.request.timeoutMs / 100) / 10} s`;
    if (code === 'UND_ERR_HEADERS_TIMEOUT') return this.fail('timeout', `no response headers within ${seconds}`);
    if (code === 'UND_ERR_BODY_TIMEOUT') return this.fail('timeout', `no data for ${seconds} while reading the answer`);
    if (code === 'UND_ERR_CONNECT_TIMEOUT') return this.fail('timeout', `no connection within ${seconds}`);
    // A stream cut short by the connection is still an incomplete stream once tokens flowed.
    if (this.mode === Mode.Sse && this.stream && this.stream.tokenChunks > 0)
      return this.fail(
        'incomplete_stream',
        `the connection ended mid-stream (${code || error.message}) after ${this.stream.tokenChunks} chunks`,
      );
    this.fail('connection', `${code || 'connection error'}: ${error.message}`.slice(0, 300));
  }

  private errorText(): string {
    const text = Buffer.concat(this.body ?? []).toString('utf8');
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null)
        return (errorMessage(parsed as Record<string, unknown>) ?? text).slice(0, 300);
    } catch {
      // Not JSON: the text itself.
    }
    return text.trim().slice(0, 300) || '(no body)';
  }

  private endJson(end: number): void {
    let parsed: Record<string, unknown>;
    try {
      const value: unknown = JSON.parse(Buffer.concat(this.body ?? []).toString('utf8'));
      if (typeof value !== 'object' || value === null) throw new Error('not an object');
      parsed = value as Record<string, unknown>;
    } catch {
      return this.fail('invalid_response', 'the answer is not a JSON object');
    }
    const error = errorMessage(parsed);
    if (error !== undefined) return this.fail('stream_error', error.slice(0, 300));
    const usage = parsed['usage'] as Record<string, unknown> | undefined;
    const choices = Array.isArray(parsed['choices']) ? (parsed['choices'] as Record<string, unknown>[]) : [];
    const finishReason =
      typeof choices[0]?.['finish_reason'] === 'string' ? (choices[0]['finish_reason'] as string) : undefined;
    const tokens =
      typeof usage?.['completion_tokens'] === 'number' ? (usage['completion_tokens'] as number) : undefined;
    if (choices.length === 0 || tokens === 0) return this.fail('no_tokens', 'the answer has no completion');
    this.complete({
      e2eMs: end - this.startedAt,
      outputTokens: tokens,
      tokensFrom: tokens === undefined ? undefined : 'usage',
      promptTokens: typeof usage?.['prompt_tokens'] === 'number' ? (usage['prompt_tokens'] as number) : undefined,
      finishReason,
    });
  }

  private endStream(): void {
    const stream = this.stream!;
    const parser = this.parser!;
    const cut = parser.end();
    if (parser.failed) return this.fail('invalid_response', parser.failed);
    if (stream.error !== undefined) return this.fail('stream_error', stream.error.slice(0, 300), stream.finishReason);
    if (!stream.done)
      return this.fail(
        'incomplete_stream',
        `the stream ended without [DONE] after ${stream.tokenChunks} chunks${cut ? ' (in the middle of an event)' : ''}`,
        stream.finishReason,
      );
    if (stream.invalidEvents > 0)
      return this.fail('invalid_response', `${stream.invalidEvents} events were not JSON`, stream.finishReason);
    if (stream.tokenChunks === 0 || this.firstTokenAt === undefined)
      return this.fail('no_tokens', 'the stream carried no token', stream.finishReason);
    const fromUsage = stream.completionTokens !== undefined;
    this.complete({
      ttftMs: this.firstTokenAt - this.startedAt,
      e2eMs: this.lastTokenAt - this.startedAt,
      gapsMs: this.gaps!,
      outputTokens: fromUsage ? stream.completionTokens : stream.tokenChunks,
      tokensFrom: fromUsage ? 'usage' : 'chunks',
      promptTokens: stream.promptTokens,
      finishReason: stream.finishReason,
    });
  }

  private complete(values: Partial<RequestOutcome> & { e2eMs: number }): void {
    this.settle(values);
  }

  private fail(kind: ErrorKind, message: string, finishReason?: string): void {
    this.settle({ error: { kind, message }, finishReason, e2eMs: this.clock.now() - this.startedAt });
  }

  private settle(values: Partial<RequestOutcome>): void {
    if (this.done) return;
    this.done = true;
    this.finish({
      label: this.request.label,
      startedAt: this.startedAt,
      status: this.status,
      ttfbMs: this.ttfbMs,
      ttftMs: undefined,
      e2eMs: 0,
      gapsMs: NO_GAPS,
      outputTokens: undefined,
      tokensFrom: undefined,
      promptTokens: undefined,
      finishReason: undefined,
      error: undefined,
      cancelled: false,
      retries: 0,
      retryAfterMs: this.retryAfterMs,
      ...values,
    });
  }
}

const NO_GAPS: readonly number[] = [];

/** retry-after-ms, else retry-after in seconds (openai-node src/client.ts reads them in that order). */
function retryAfter(headers: Record<string, string | string[] | undefined>): number | undefined {
  const ms = Number(headers['retry-after-ms']);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const seconds = Number(headers['retry-after']);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : undefined;
}

/**
 * Sends one request on `dispatcher` and resolves with its outcome; never rejects. `track` is given the request in
 * flight (for the deadline sweep and the end-of-grace cancel) and returns its release.
 */
export function exchange(
  dispatcher: Dispatcher,
  request: PreparedRequest,
  clock: Clock,
  startedAt: number,
  deadline: number,
  track: (inFlight: InFlight) => () => void,
): Promise<RequestOutcome> {
  return new Promise<RequestOutcome>((resolve) => {
    const releases: (() => void)[] = [];
    const handler = new Exchange(request, clock, startedAt, deadline, (outcome) => {
      releases.pop()?.();
      resolve(outcome);
    });
    releases.push(track(handler));
    try {
      dispatcher.dispatch(
        {
          origin: request.origin,
          path: request.path,
          method: request.method as Dispatcher.HttpMethod,
          headers: request.headers as string[],
          body: request.body,
          headersTimeout: request.timeoutMs,
          bodyTimeout: request.timeoutMs,
          reset: request.closeConnection,
        },
        handler,
      );
    } catch (error) {
      handler.onResponseError(undefined as unknown as Dispatcher.DispatchController, error as Error);
    }
  });
}
