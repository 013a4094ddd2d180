// From a request as the profile wrote it to one the client sends: templates evaluated in the user's scope, the URL
// joined to the base address, and in LLM mode "stream": true with stream_options.include_usage added unless the
// profile says "stream": false. Whatever has nothing to evaluate is built once and reused, so a constant request
// costs no allocation per send (the preserialised requests autocannon's requestIterator keeps, for the same reason).
import { isMapping } from './profile-reader.ts';
import type { LlmApi, RequestSpec } from './profile.ts';
import { renderTemplate, type TemplateScope } from './template.ts';

export interface PreparedRequest {
  readonly label: string;
  readonly method: string;
  readonly origin: string;
  readonly path: string;
  /** Flat name, value, name, value… as undici takes them. */
  readonly headers: readonly string[];
  readonly body: Buffer | string | null;
  readonly llm: LlmApi | undefined;
  /** Read the answer as an SSE stream. */
  readonly stream: boolean;
  readonly timeoutMs: number;
  /** keepalive: false — close the connection after this request. */
  readonly closeConnection: boolean;
  /** Nothing in it is evaluated per send: the same object comes back each time, and its bytes can be kept. */
  readonly constant: boolean;
}

export type Prepared =
  { readonly ok: true; readonly request: PreparedRequest } | { readonly ok: false; readonly message: string };

/** Adds stream: true and stream_options.include_usage to a completion request body (a JSON object). */
export function streamingBody(body: Record<string, unknown>): Record<string, unknown> {
  const options = isMapping(body['stream_options']) ? body['stream_options'] : {};
  return { ...body, stream: true, stream_options: { ...options, include_usage: true } };
}

export function joinUrl(base: string | undefined, url: string): { origin: string; path: string } | string {
  let full = url;
  if (!/^https?:\/\//i.test(url)) {
    if (base === undefined) return `the URL "${url}" is relative and there is no address to join it to`;
    full = `${base.replace(/\/+$/, '')}${url.startsWith('/') ? '' : '/'}${url}`;
  }
  try {
    const parsed = new URL(full);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `the URL "${url}" is not http or https`;
    return { origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` };
  } catch {
    return `"${full.slice(0, 200)}" is not a valid URL`;
  }
}

/** One request of the profile, with what can be built once already built. */
export class RequestBuilder {
  readonly spec: RequestSpec;
  private readonly stream: boolean;
  private readonly closeConnection: boolean;
  private readonly constantHeaders: readonly string[] | undefined;
  private readonly constantBody: Buffer | null | undefined;
  private readonly constantBodyProblem: string | undefined;
  private urlCache: { base: string | undefined; origin: string; path: string } | undefined;
  private constantCache: { base: string | undefined; prepared: Prepared } | undefined;

  constructor(spec: RequestSpec, keepalive: boolean) {
    this.spec = spec;
    this.stream = spec.llm !== undefined && !spec.streamOff;
    this.closeConnection = !keepalive;
    if (spec.headers.every((h) => h.value.constant !== undefined))
      this.constantHeaders = this.headerList((h) => h.value.constant!);
    if (spec.body === undefined) this.constantBody = null;
    else if (spec.body.constant !== undefined) {
      const body = this.finishBody(spec.body.constant);
      if (typeof body === 'string') this.constantBodyProblem = body;
      else this.constantBody = body;
    }
  }

  private headerList(value: (h: RequestSpec['headers'][number]) => string): string[] {
    const out: string[] = [];
    let accept = false;
    for (const h of this.spec.headers) {
      if (h.name.toLowerCase() === 'accept') accept = true;
      out.push(h.name, value(h));
    }
    if (this.stream && !accept) out.push('accept', 'text/event-stream');
    if (
      this.spec.body !== undefined &&
      !this.spec.headers.some((h) => h.name.toLowerCase() === 'content-type') &&
      this.spec.llm
    )
      out.push('content-type', 'application/json');
    return out;
  }

  /** The body bytes, with streaming turned on in LLM mode; a string is a problem. */
  private finishBody(text: string): Buffer | string {
    if (!this.stream) return Buffer.from(text);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return 'the body is not JSON after substitution (a substituted value with " or \\ breaks a JSON string; JMeter substitutes raw text too)';
    }
    if (!isMapping(parsed)) return 'the body of a completion request is not a JSON object';
    return Buffer.from(JSON.stringify(streamingBody(parsed)));
  }

  prepare(scope: TemplateScope, base: string | undefined): Prepared {
    const cached = this.constantCache;
    if (cached && cached.base === base) return cached.prepared;
    const spec = this.spec;
    let origin: string;
    let path: string;
    if (spec.url.constant !== undefined && this.urlCache && this.urlCache.base === base)
      ({ origin, path } = this.urlCache);
    else {
      const joined = joinUrl(base, renderTemplate(spec.url, scope));
      if (typeof joined === 'string') return { ok: false, message: joined };
      ({ origin, path } = joined);
      if (spec.url.constant !== undefined) this.urlCache = { base, origin, path };
    }
    const headers = this.constantHeaders ?? this.headerList((h) => renderTemplate(h.value, scope));
    let body: Buffer | string | null;
    if (this.constantBodyProblem) return { ok: false, message: this.constantBodyProblem };
    if (this.constantBody !== undefined) body = this.constantBody;
    else {
      const finished = this.finishBody(renderTemplate(spec.body!, scope));
      if (typeof finished === 'string') return { ok: false, message: finished };
      body = finished;
    }
    const constant =
      spec.url.constant !== undefined && this.constantHeaders !== undefined && this.constantBody !== undefined;
    const prepared: Prepared = {
      ok: true,
      request: {
        label: spec.label,
        method: spec.method,
        origin,
        path,
        headers,
        body,
        llm: spec.llm,
        stream: this.stream,
        timeoutMs: spec.timeoutMs,
        closeConnection: this.closeConnection,
        constant,
      },
    };
    if (constant) this.constantCache = { base, prepared };
    return prepared;
  }
}
