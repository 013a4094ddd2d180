// A minimal HTTP/1.1 client for plain http: origins (127.0.0.1, a port-forward): keep-alive connections, one request
// at a time on each (no pipelining: a long SSE stream would hold up every request behind it), each request's head
// and body serialised once into one buffer and reused while the request is constant, and the response parsed
// incrementally — chunked bodies are handed on as slices of the network buffers, so SSE bytes reach the SSE parser
// without a copy. It exists because undici's Pool cost a third of the request rate autocannon reaches on the same
// server (autocannon's lib/httpClient.js keeps raw sockets and prebuilt requests for the same reason). It speaks the
// handler side of undici's dispatch API (onRequestStart … onResponseError), so one exchange serves both; timeouts are
// the runner's (on its clock), none are kept here.
import { connect, type Socket } from 'node:net';

/** What a response is told to: the part of undici's Dispatcher.DispatchHandler the exchange implements. */
export interface ResponseHandler {
  onRequestStart(controller: Controller): void;
  onResponseStart(controller: Controller, status: number, headers: Record<string, string | string[] | undefined>): void;
  onResponseData(controller: Controller, chunk: Buffer): void;
  onResponseEnd(controller: Controller, trailers: Record<string, string>): void;
  onResponseError(controller: Controller, error: Error): void;
}

export interface Controller {
  abort(reason: Error): void;
}

export interface SendRequest {
  readonly method: string;
  readonly path: string;
  /** Flat name, value, name, value… */
  readonly headers: readonly string[];
  readonly body: Buffer | string | null;
  /** Close the connection after this request (keepalive: false). */
  readonly reset: boolean;
}

/** A response head larger than this is not an API's answer. */
const MAX_HEAD_BYTES = 64 * 1024;
const CRLF2 = Buffer.from('\r\n\r\n');
const CRLF = Buffer.from('\r\n');
const COLON = 58;
const SP = 32;
const HTAB = 9;

/**
 * The response headers handed on: those that frame the body and those the exchange reads (content-type; Retry-After
 * for a retry). Others are skipped without becoming strings: a million answers' Date headers are garbage to collect.
 */
const KEPT_HEADERS = [
  'content-length',
  'transfer-encoding',
  'connection',
  'content-type',
  'retry-after',
  'retry-after-ms',
] as const;
const KEPT_BYTES = KEPT_HEADERS.map((name) => Buffer.from(name, 'latin1'));

/** The kept header whose name is buffer[start, end) in any case, if it is one. */
function keptName(buffer: Buffer, start: number, end: number): string | undefined {
  const length = end - start;
  for (let k = 0; k < KEPT_BYTES.length; k++) {
    const name = KEPT_BYTES[k]!;
    if (name.length !== length) continue;
    let i = 0;
    for (; i < length; i++) {
      const c = buffer[start + i]!;
      if ((c >= 65 && c <= 90 ? c | 32 : c) !== name[i]) break;
    }
    if (i === length) return KEPT_HEADERS[k];
  }
  return undefined;
}

/** "HTTP/1.x NNN …": the status and whether the server speaks HTTP/1.0. */
function statusOf(buffer: Buffer): { status: number; http10: boolean } {
  const ok =
    buffer.length >= 12 &&
    buffer.toString('latin1', 0, 7) === 'HTTP/1.' &&
    (buffer[7] === 48 || buffer[7] === 49) &&
    buffer[8] === SP &&
    isDigit(buffer[9]!) &&
    isDigit(buffer[10]!) &&
    isDigit(buffer[11]!) &&
    (buffer[12] === SP || buffer[12] === 13);
  if (!ok) throw new Http1Error('HPE_INVALID_CONSTANT', 'not an HTTP/1.x status line');
  return { status: (buffer[9]! - 48) * 100 + (buffer[10]! - 48) * 10 + (buffer[11]! - 48), http10: buffer[7] === 48 };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An error with a code, as the exchange maps them (ECONNRESET, HPE_*). */
export class Http1Error extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BAD_VALUE = /[\r\n\0]/;
const BAD_TARGET = /[\s\0]/;

/**
 * The request's bytes: request line, host, the headers, content-length, and the body. Names and values that could
 * split the head (CR, LF, NUL; a name that is not a token) are refused, as undici refuses them.
 */
export function serializeRequest(host: string, request: SendRequest): Buffer | Http1Error {
  if (!TOKEN.test(request.method)) return new Http1Error('ERR_INVALID_METHOD', 'the method is not an HTTP token');
  if (BAD_TARGET.test(request.path) || !request.path.startsWith('/'))
    return new Http1Error('ERR_INVALID_PATH', 'the path has spaces or control characters');
  let head = `${request.method} ${request.path} HTTP/1.1\r\nhost: ${host}\r\n`;
  const h = request.headers;
  let hasLength = false;
  for (let i = 0; i + 1 < h.length; i += 2) {
    const name = h[i]!;
    const value = h[i + 1]!;
    if (!TOKEN.test(name) || BAD_VALUE.test(value))
      return new Http1Error('ERR_INVALID_HEADER', `the header "${name.slice(0, 40)}" has characters HTTP forbids`);
    const lower = name.toLowerCase();
    // Framing is ours to write: a profile's own would contradict the bytes sent.
    if (lower === 'host' || lower === 'transfer-encoding' || lower === 'connection') continue;
    if (lower === 'content-length') {
      hasLength = true;
      continue;
    }
    head += `${name}: ${value}\r\n`;
  }
  const body =
    request.body === null ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body);
  if (body !== undefined || hasLength || request.method === 'POST' || request.method === 'PUT')
    head += `content-length: ${body?.length ?? 0}\r\n`;
  if (request.reset) head += 'connection: close\r\n';
  head += '\r\n';
  const headBytes = Buffer.from(head, 'latin1');
  return body ? Buffer.concat([headBytes, body]) : headBytes;
}

const Body = { None: 0, Length: 1, ChunkSize: 2, ChunkData: 3, ChunkEnd: 4, Trailers: 5, UntilClose: 6 } as const;
type Body = (typeof Body)[keyof typeof Body];

interface Pending {
  readonly bytes: Buffer;
  readonly handler: ResponseHandler;
  readonly reset: boolean;
  readonly method: string;
  /** Sent once already on a kept-alive connection that closed before answering a byte. */
  retried: boolean;
  aborted: boolean;
}

/** One kept-alive connection: at most one request on it at a time. */
class Connection implements Controller {
  private readonly pool: Http1Pool;
  readonly socket: Socket;
  private current: Pending | undefined;
  private connected = false;
  /** Requests this connection has answered: a failure before any byte of the first one is not a keep-alive race. */
  private answered = 0;
  private received = 0;
  private head: Buffer | undefined;
  private status = 0;
  private body: Body = Body.None;
  private remaining = 0;
  private sizeLine = '';
  private keepAlive = true;
  private closed = false;

  constructor(pool: Http1Pool, socket: Socket) {
    this.pool = pool;
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('connect', () => {
      this.connected = true;
      if (this.current) this.socket.write(this.current.bytes);
    });
    socket.on('end', () => this.ended());
    socket.on('error', (error: Error & { code?: string }) =>
      this.failed(new Http1Error(error.code ?? 'ECONNRESET', error.message)),
    );
    socket.on('close', () => this.failed(new Http1Error('UND_ERR_SOCKET', 'the other side closed the connection')));
  }

  start(pending: Pending): void {
    this.current = pending;
    this.received = 0;
    this.head = undefined;
    this.status = 0;
    this.body = Body.None;
    this.keepAlive = !pending.reset;
    if (this.connected) this.socket.write(pending.bytes);
  }

  /** The controller handed to the handler: aborting ends the connection (a response cannot be half read). */
  abort(reason: Error): void {
    const pending = this.current;
    if (!pending || pending.aborted) return;
    pending.aborted = true;
    this.current = undefined;
    this.close();
    pending.handler.onResponseError(this, reason);
  }

  /** `length` bytes read into the pool's buffer: valid only during this call (whatever is kept is copied). */
  read(length: number, into: Buffer): void {
    this.data(into.subarray(0, length));
  }

  private data(chunk: Buffer): void {
    const pending = this.current;
    if (!pending) {
      // Bytes nobody asked for: the connection is out of step; end it.
      this.close();
      return;
    }
    this.received += chunk.length;
    try {
      this.parse(pending, chunk);
    } catch (error) {
      this.abort(error as Error);
    }
  }

  private parse(pending: Pending, input: Buffer): void {
    let chunk = input;
    while (chunk.length > 0 && this.current === pending) {
      if (this.status === 0) {
        const rest = this.parseHead(pending, chunk);
        if (rest === undefined) return;
        chunk = rest;
        continue;
      }
      switch (this.body) {
        case Body.Length: {
          const take = Math.min(this.remaining, chunk.length);
          const part = take === chunk.length ? chunk : chunk.subarray(0, take);
          this.remaining -= take;
          pending.handler.onResponseData(this, part);
          if (this.current !== pending) return;
          if (this.remaining === 0) return this.finish(pending, chunk.length > take);
          return;
        }
        case Body.UntilClose:
          pending.handler.onResponseData(this, chunk);
          return;
        case Body.ChunkSize:
        case Body.ChunkEnd:
        case Body.Trailers: {
          const lf = chunk.indexOf(10);
          const line = lf < 0 ? chunk : chunk.subarray(0, lf);
          if (this.sizeLine.length + line.length > 1024)
            throw new Http1Error('HPE_INVALID_CHUNK_SIZE', 'a chunk-size line longer than 1 KiB');
          if (lf < 0) {
            this.sizeLine += line.toString('latin1');
            return;
          }
          const text = (this.sizeLine + line.toString('latin1')).replace(/\r$/, '');
          this.sizeLine = '';
          chunk = chunk.subarray(lf + 1);
          if (this.body === Body.ChunkEnd) {
            if (text !== '') throw new Http1Error('HPE_INVALID_CHUNK', 'a chunk not followed by CRLF');
            this.body = Body.ChunkSize;
          } else if (this.body === Body.Trailers) {
            if (text === '') return this.finish(pending, chunk.length > 0);
          } else {
            const hex = text.split(';', 1)[0]!.trim();
            if (!/^[0-9a-fA-F]{1,8}$/.test(hex))
              throw new Http1Error('HPE_INVALID_CHUNK_SIZE', 'a chunk size that is not hexadecimal');
            const size = parseInt(hex, 16);
            if (size === 0) this.body = Body.Trailers;
            else {
              this.remaining = size;
              this.body = Body.ChunkData;
            }
          }
          continue;
        }
        case Body.ChunkData: {
          const take = Math.min(this.remaining, chunk.length);
          this.remaining -= take;
          pending.handler.onResponseData(this, take === chunk.length ? chunk : chunk.subarray(0, take));
          if (this.remaining === 0) this.body = Body.ChunkEnd;
          chunk = chunk.subarray(take);
          continue;
        }
        case Body.None:
          // Bytes after a complete answer that had no body: out of step.
          throw new Http1Error('HPE_UNEXPECTED_CONTENT', 'bytes after the end of the answer');
      }
    }
  }

  /** Reads the head from `chunk` (with what came before); returns the bytes after it, undefined until complete. */
  private parseHead(pending: Pending, chunk: Buffer): Buffer | undefined {
    let buffer = chunk;
    let from = 0;
    if (this.head) {
      from = Math.max(0, this.head.length - 3);
      buffer = Buffer.concat([this.head, chunk]);
    }
    const end = buffer.indexOf(CRLF2, from);
    if (end < 0) {
      if (buffer.length > MAX_HEAD_BYTES)
        throw new Http1Error('HPE_HEADER_OVERFLOW', `a response head over ${MAX_HEAD_BYTES / 1024} KiB`);
      this.head = buffer === chunk ? Buffer.from(chunk) : buffer;
      return undefined;
    }
    if (end > MAX_HEAD_BYTES)
      throw new Http1Error('HPE_HEADER_OVERFLOW', `a response head over ${MAX_HEAD_BYTES / 1024} KiB`);
    this.head = undefined;
    const { status, http10 } = statusOf(buffer);
    // Only KEPT_HEADERS names are set: a plain object stays small and fast.
    const headers: Record<string, string | undefined> = {};
    let line = buffer.indexOf(CRLF, 0) + 2;
    while (line < end + 2) {
      const next = buffer.indexOf(CRLF, line);
      const colon = buffer.indexOf(COLON, line);
      if (colon <= line || colon > next)
        throw new Http1Error('HPE_INVALID_HEADER_TOKEN', 'a header line without a name');
      const name = keptName(buffer, line, colon);
      if (name !== undefined) {
        let from = colon + 1;
        let to = next;
        while (from < to && (buffer[from] === SP || buffer[from] === HTAB)) from++;
        while (to > from && (buffer[to - 1] === SP || buffer[to - 1] === HTAB)) to--;
        const value = buffer.toString('latin1', from, to);
        const before = headers[name];
        headers[name] = before === undefined ? value : `${before}, ${value}`;
      }
      line = next + 2;
    }
    const rest = buffer.subarray(end + 4);
    // 1xx (100 Continue, 103 Early Hints): the real answer follows on the same connection.
    if (status < 200) return rest;
    this.status = status;
    const connection = headers['connection']?.toLowerCase() ?? '';
    if (http10 ? !connection.includes('keep-alive') : connection.includes('close')) this.keepAlive = false;
    const te = headers['transfer-encoding'];
    const length = headers['content-length'];
    if (pending.method === 'HEAD' || status === 204 || status === 304) this.body = Body.None;
    else if (te !== undefined) {
      if (!/(^|,)\s*chunked\s*$/i.test(te))
        throw new Http1Error('HPE_INVALID_TRANSFER_ENCODING', 'a transfer-encoding that does not end in chunked');
      this.body = Body.ChunkSize;
      this.sizeLine = '';
    } else if (length !== undefined) {
      if (!/^\d{1,15}$/.test(length)) throw new Http1Error('HPE_INVALID_CONTENT_LENGTH', 'an invalid content-length');
      this.remaining = Number(length);
      this.body = this.remaining === 0 ? Body.None : Body.Length;
    } else {
      this.body = Body.UntilClose;
      this.keepAlive = false;
    }
    pending.handler.onResponseStart(this, status, headers);
    if (this.current !== pending) return undefined;
    if (this.body === Body.None) {
      this.finish(pending, rest.length > 0);
      return undefined;
    }
    return rest;
  }

  private finish(pending: Pending, extraBytes: boolean): void {
    this.current = undefined;
    this.answered++;
    if (!this.keepAlive || extraBytes) this.close();
    pending.handler.onResponseEnd(this, {});
    if (!this.closed) this.pool.released(this);
  }

  private ended(): void {
    const pending = this.current;
    if (pending && this.status !== 0 && this.body === Body.UntilClose) {
      this.current = undefined;
      this.close();
      pending.handler.onResponseEnd(this, {});
      return;
    }
    this.failed(new Http1Error('UND_ERR_SOCKET', 'the other side closed the connection'));
  }

  private failed(error: Http1Error): void {
    const pending = this.current;
    this.current = undefined;
    this.close();
    if (!pending || pending.aborted) return;
    // The keep-alive race: the server closed an idle connection as the request went out. Nothing of the request
    // was answered, so it is sent once more on a fresh connection (as browsers and undici do for idempotent ones).
    if (this.answered > 0 && this.received === 0 && !pending.retried) {
      pending.retried = true;
      this.pool.requeue(pending);
      return;
    }
    pending.aborted = true;
    pending.handler.onResponseError(this, error);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pool.gone(this);
    this.socket.destroy();
  }
}

/** A queued request's controller: aborting takes it out of the queue. */
class QueuedController implements Controller {
  private readonly pool: Http1Pool;
  private readonly pending: Pending;
  constructor(pool: Http1Pool, pending: Pending) {
    this.pool = pool;
    this.pending = pending;
  }
  abort(reason: Error): void {
    if (this.pending.aborted) return;
    this.pending.aborted = true;
    this.pool.dequeue(this.pending);
    this.pending.handler.onResponseError(this, reason);
  }
}

/** Connections to one origin, at most `connections` open; requests beyond wait in order. */
export class Http1Pool {
  private readonly host: string;
  private readonly hostname: string;
  private readonly port: number;
  private readonly connections: number;
  private readonly idle: Connection[] = [];
  private readonly open = new Set<Connection>();
  private queue: Pending[] = [];
  private queueHead = 0;
  private readonly wire = new WeakMap<object, Buffer>();
  /**
   * Every connection reads into this one buffer (net's onread): reads are handled one at a time on this thread, and
   * a read allocating nothing keeps a million responses from costing a million buffers.
   */
  private readonly readBuffer = Buffer.allocUnsafe(64 * 1024);
  private destroyed = false;

  constructor(origin: string, connections: number) {
    const url = new URL(origin);
    if (url.protocol !== 'http:') throw new Error(`${origin} is not a plain http: origin`);
    this.host = url.host;
    this.hostname = url.hostname.replace(/^\[|\]$/g, '');
    this.port = Number(url.port || 80);
    this.connections = Math.max(1, connections);
  }

  /**
   * Sends `request`; the handler hears the answer. `key`, when given, is an object that stands for the same bytes
   * each time (a constant prepared request): they are serialised once.
   */
  dispatch(request: SendRequest, handler: ResponseHandler, key?: object): void {
    let bytes = key ? this.wire.get(key) : undefined;
    if (!bytes) {
      const built = serializeRequest(this.host, request);
      if (built instanceof Http1Error) {
        handler.onResponseError({ abort() {} }, built);
        return;
      }
      bytes = built;
      if (key) this.wire.set(key, bytes);
    }
    const pending: Pending = {
      bytes,
      handler,
      reset: request.reset,
      method: request.method,
      retried: false,
      aborted: false,
    };
    if (this.destroyed) {
      handler.onResponseError({ abort() {} }, new Http1Error('UND_ERR_DESTROYED', 'the pool is closed'));
      return;
    }
    const connection = this.idle.pop();
    if (connection) {
      handler.onRequestStart(connection);
      if (!pending.aborted) connection.start(pending);
    } else if (this.open.size < this.connections) {
      const fresh = this.connect();
      handler.onRequestStart(fresh);
      if (!pending.aborted) fresh.start(pending);
    } else {
      this.queue.push(pending);
      handler.onRequestStart(new QueuedController(this, pending));
    }
  }

  private connect(): Connection {
    let connection: Connection | undefined = undefined;
    const socket = connect({
      host: this.hostname,
      port: this.port,
      onread: {
        buffer: this.readBuffer,
        callback: (length: number) => {
          connection?.read(length, this.readBuffer);
          return true;
        },
      },
    });
    connection = new Connection(this, socket);
    this.open.add(connection);
    return connection;
  }

  /** A connection finished its request and stays open. */
  released(connection: Connection): void {
    const next = this.next();
    if (next) {
      next.handler.onRequestStart(connection);
      if (!next.aborted) connection.start(next);
      return;
    }
    this.idle.push(connection);
  }

  requeue(pending: Pending): void {
    if (this.destroyed) {
      pending.aborted = true;
      pending.handler.onResponseError({ abort() {} }, new Http1Error('UND_ERR_DESTROYED', 'the pool is closed'));
      return;
    }
    const connection = this.idle.pop() ?? this.connect();
    pending.handler.onRequestStart(connection);
    if (!pending.aborted) connection.start(pending);
  }

  private next(): Pending | undefined {
    while (this.queueHead < this.queue.length) {
      const pending = this.queue[this.queueHead]!;
      this.queue[this.queueHead++] = undefined as unknown as Pending;
      if (this.queueHead > 1024 && this.queueHead * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.queueHead);
        this.queueHead = 0;
      }
      if (!pending.aborted) return pending;
    }
    return undefined;
  }

  dequeue(pending: Pending): void {
    const at = this.queue.indexOf(pending, this.queueHead);
    if (at >= 0) this.queue.splice(at, 1);
  }

  /** A connection closed: it is neither idle nor open any more; a queued request gets a new one. */
  gone(connection: Connection): void {
    this.open.delete(connection);
    const at = this.idle.indexOf(connection);
    if (at >= 0) this.idle.splice(at, 1);
    if (this.destroyed) return;
    const next = this.queueHead < this.queue.length ? this.next() : undefined;
    if (next) {
      const fresh = this.connect();
      next.handler.onRequestStart(fresh);
      if (!next.aborted) fresh.start(next);
    }
  }

  /** Closes every connection; requests in flight end with an error, queued ones too. */
  async destroy(): Promise<void> {
    this.destroyed = true;
    const queued = this.queue.slice(this.queueHead);
    this.queue = [];
    this.queueHead = 0;
    for (const pending of queued)
      if (pending && !pending.aborted) {
        pending.aborted = true;
        pending.handler.onResponseError({ abort() {} }, new Http1Error('UND_ERR_DESTROYED', 'the pool is closed'));
      }
    const sockets = [...this.open].map((c) => c.socket);
    for (const c of [...this.open]) c.close();
    this.idle.length = 0;
    await Promise.all(
      sockets.map((s) => (s.closed ? undefined : new Promise<void>((resolve) => s.once('close', () => resolve())))),
    );
  }
}
