// What an OpenAI-compatible completion stream says, event by event: token-bearing chunks (their times give TTFT,
// ITL and E2E), finish reasons, the usage chunk, an error inside a 200 stream, and [DONE].
//
// Definitions follow vLLM's benchmark (vllm/benchmarks/lib/endpoint_request_func.py, the openai chat and
// completions request functions; vllm/benchmarks/serve.py calculate_metrics), with one documented difference: a
// chunk counts as a token only when its delta carries non-empty content, reasoning or tool calls, so vLLM's opening
// {"role":"assistant","content":""} chunk (sent before generation on some servers) does not end TTFT early.
// - usage arrives in a chunk with empty (or null, or missing) choices before [DONE] when
//   stream_options.include_usage is set; it is not a token and does not move E2E (vLLM ends E2E at the last chunk
//   with choices). With continuous usage stats every chunk carries usage: the last one counts.
// - an error payload inside a 200 stream ({"error":{…}}, or the older top-level {"object":"error",…}) is what vLLM's
//   create_streaming_error_response sends; openai-node raises APIError on it, and so is it a failed request here.
import type { LlmApi } from './profile.ts';

export interface StreamObserver {
  /** A chunk with at least one token (content, reasoning or tool calls), at the time it arrived. */
  token(at: number): void;
}

export class OpenAiStream {
  private readonly api: LlmApi;
  private readonly observer: StreamObserver;
  tokenChunks = 0;
  completionTokens: number | undefined;
  promptTokens: number | undefined;
  finishReason: string | undefined;
  done = false;
  /** The message of an error the server put in the stream. */
  error: string | undefined;
  /** Events that were not JSON (a broken proxy, a non-OpenAI server). */
  invalidEvents = 0;

  constructor(api: LlmApi, observer: StreamObserver) {
    this.api = api;
    this.observer = observer;
  }

  /** One SSE event's data at time `at`. Events after [DONE] are ignored. */
  event(data: string, at: number): void {
    if (this.done) return;
    if (data === '[DONE]') {
      this.done = true;
      return;
    }
    let chunk: unknown;
    try {
      chunk = JSON.parse(data);
    } catch {
      this.invalidEvents++;
      return;
    }
    if (typeof chunk !== 'object' || chunk === null) {
      this.invalidEvents++;
      return;
    }
    const c = chunk as Record<string, unknown>;
    const error = errorMessage(c);
    if (error !== undefined) {
      this.error ??= error;
      return;
    }
    const usage = c['usage'];
    if (typeof usage === 'object' && usage !== null) {
      const u = usage as Record<string, unknown>;
      if (typeof u['completion_tokens'] === 'number') this.completionTokens = u['completion_tokens'];
      if (typeof u['prompt_tokens'] === 'number') this.promptTokens = u['prompt_tokens'];
    }
    const choices = c['choices'];
    if (!Array.isArray(choices)) return;
    let token = false;
    for (const choice of choices) {
      if (typeof choice !== 'object' || choice === null) continue;
      const ch = choice as Record<string, unknown>;
      if (this.api === 'chat') {
        const delta = ch['delta'];
        if (typeof delta === 'object' && delta !== null && deltaHasToken(delta as Record<string, unknown>))
          token = true;
      } else if (typeof ch['text'] === 'string' && ch['text'] !== '') token = true;
      const finish = ch['finish_reason'];
      if (typeof finish === 'string' && finish) this.finishReason = finish;
    }
    if (token) {
      this.tokenChunks++;
      this.observer.token(at);
    }
  }
}

function deltaHasToken(delta: Record<string, unknown>): boolean {
  const content = delta['content'];
  if (typeof content === 'string' && content !== '') return true;
  // Reasoning models stream reasoning_content (vLLM) or reasoning (newer servers) before the answer.
  for (const key of ['reasoning_content', 'reasoning']) {
    const value = delta[key];
    if (typeof value === 'string' && value !== '') return true;
  }
  const calls = delta['tool_calls'];
  return Array.isArray(calls) && calls.length > 0;
}

/** The message of an error object, as OpenAI ({"error":{message}}) or older vLLM ({"object":"error",message}) send it. */
export function errorMessage(body: Record<string, unknown>): string | undefined {
  const error = body['error'];
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null) {
    const message = (error as Record<string, unknown>)['message'];
    return typeof message === 'string' ? message : JSON.stringify(error).slice(0, 200);
  }
  if (body['object'] === 'error') return typeof body['message'] === 'string' ? body['message'] : 'error';
  return undefined;
}
