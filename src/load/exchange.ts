// One HTTP exchange as a handler of undici's dispatch API (Dispatcher.md, dispatcher.dispatch: onRequestStart,
// onResponseStart, onResponseData, onResponseEnd, onResponseError), which our HTTP/1.1 client (http1.ts) speaks too,
// timestamped on the injected clock at each callback: headers (TTFB), every network chunk of an SSE stream (TTFT,
// ITL, E2E), the end. No body is buffered but an error's first 64 KiB and a non-streamed completion (bounded), so a
// thousand streams cost what their parsers hold. Its timeouts are on the same clock: the runner's sweep asks each
// request in flight whether its headers are late or its answer has gone quiet (Taurus's timeout, which JMeter
// applies to each wait for the server — apache/jmeter xdocs/usermanual/component_reference.xml, HTTP Request), so a
// timeout and the latencies beside it are measured by one clock.
import type { Clock } from '../time/clock.ts';
import type { Controller, ResponseHandler } from './http1.ts';
import { errorMessage, OpenAiStream } from './openai-stream.ts';
import type { RequestOutcome } from './outcome.ts';
import type { PreparedRequest } from './prepare.ts';
import { SseParser } from './sse-parser.ts';
import type { Sender } from './transport.ts';
import type { ErrorKind } from './types.ts';

const MAX_ERROR_BODY = 64 * 1024;
const MAX_JSON_BODY = 8 * 1024 * 1024;

/**
 * Why the runner aborts a request: its total deadline passed, no headers came within the timeout, the answer went
 * quiet for the timeout, or the grace period after the end ran out.
 */
export type AbortCause = 'deadline' | 'headers' | 'idle' | 'cancel';

/** What the runner holds of a request in flight. */
export interface InFlight {
  readonly deadline: number;
  /** Aborts the request if, at `now`, its deadline has passed or it has waited longer than its timeout. */
  check(now: number): void;
  abort(cause: AbortCause): void;
}

const Mode = { Discard: 0, Sse: 1, Json: 2, ErrorBody: 3 } as const;
type Mode = (typeof Mode)[keyof typeof Mode];

type Finish = (outcome: RequestOutcome) => void;

class Exchange implements ResponseHandler, InFlight {
  readonly deadline: number;
  private readonly request: PreparedRequest;
  private readonly clock: Clock;
  private readonly startedAt: number;
  /** When it was handed to the client, and when a byte last came: its timeouts count from these. */
  private readonly sentAt: number;
  private lastDataAt = 0;
  private readonly finish: Finish;
  /** The runner's set of requests in flight: this one leaves it as it settles. */
  private readonly inFlight: Set<InFlight>;
  private controller: Controller | undefined;
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

  constructor(
    request: PreparedRequest,
    clock: Clock,
    startedAt: number,
    deadline: number,
    finish: Finish,
    inFlight: Set<InFlight>,
  ) {
    this.inFlight = inFlight;
    this.request = request;
    this.clock = clock;
    this.startedAt = startedAt;
    this.deadline = deadline;
    this.finish = finish;
    this.sentAt = clock.now();
  }

  check(now: number): void {
    if (this.done) return;
    if (now >= this.deadline) this.abort('deadline');
    else if (this.status === undefined) {
      if (now - this.sentAt >= this.request.timeoutMs) this.abort('headers');
    } else if (now - this.lastDataAt >= this.request.timeoutMs) this.abort('idle');
  }

  abort(cause: AbortCause): void {
    if (this.done) return;
    this.abortCause ??= cause;
    // Not yet on a socket (queued in the pool): onRequestStart aborts it when it gets there.
    this.controller?.abort(new Error(`aborted: ${cause}`));
  }

  onRequestStart(controller: Controller): void {
    this.controller = controller;
    if (this.abortCause) controller.abort(new Error('aborted'));
  }

  onResponseStart(
    _controller: Controller,
    statusCode: number,
    headers: Record<string, string | string[] | undefined>,
  ): void {
    // 1xx informational answers come before the real one.
    if (statusCode < 200) return;
    this.status = statusCode;
    const now = this.clock.now();
    this.lastDataAt = now;
    this.ttfbMs = now - this.startedAt;
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

  onResponseData(_controller: Controller, chunk: Buffer): void {
    const now = this.clock.now();
    this.lastDataAt = now;
    switch (this.mode) {
      case Mode.Discard:
        return;
      case Mode.Sse:
        this.chunkAt = now;
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

  onResponseError(_controller: Controller | undefined, error: Error): void {
    if (this.done) return;
    const seconds = `${Math.round(this.request.timeoutMs / 100) / 10} s`;
    switch (this.abortCause) {
      case 'cancel':
        return this.settle({ cancelled: true });
      case 'deadline':
        return this.fail(
          'timeout',
          `no end within the total deadline (${Math.round(this.deadline - this.startedAt)} ms)`,
        );
      case 'headers':
        return this.fail('timeout', `no response headers within ${seconds}`);
      case 'idle':
        return this.fail('timeout', `no data for ${seconds} while reading the answer`);
    }
    const code = (error as { code?: string }).code ?? '';
    if (code === 'UND_ERR_CONNECT_TIMEOUT') return this.fail('timeout', `no connection within ${seconds}`);
    // A request our client refused to write (a header value with CR or LF from a variable, say).
    if (code.startsWith('ERR_INVALID_')) return this.fail('invalid_request', error.message.slice(0, 300));
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
    this.inFlight.delete(this);
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
 * Sends one request with `sender` and resolves with its outcome; never rejects. The request is in `inFlight` (for the
 * timeout sweep and the end-of-grace cancel) until it settles.
 */
export function exchange(
  sender: Sender,
  request: PreparedRequest,
  clock: Clock,
  startedAt: number,
  deadline: number,
  inFlight: Set<InFlight>,
): Promise<RequestOutcome> {
  let handler!: Exchange;
  const outcome = new Promise<RequestOutcome>((resolve) => {
    handler = new Exchange(request, clock, startedAt, deadline, resolve, inFlight);
  });
  inFlight.add(handler);
  try {
    sender.send(request, handler);
  } catch (error) {
    handler.onResponseError(undefined, error as Error);
  }
  return outcome;
}
