// Connections: per origin, as many as users (or max-in-flight), no pipelining (a long stream would hold up every
// request behind it), keep-alive — our own HTTP/1.1 client for plain http: (127.0.0.1, port-forwards: where the
// request rate is the client's to lose), undici's Pool for https:; and the endpoint, which with --deployment is a
// port-forward that is opened again when connections through it keep failing — breaks counted, never hidden.
import type { Dispatcher, Pool } from 'undici';
import type { OpenReach } from '../kube/index.ts';
import type { Clock } from '../time/clock.ts';
import { Http1Pool, type ResponseHandler } from './http1.ts';
import type { PreparedRequest } from './prepare.ts';
import type { ExecutionSpec } from './profile.ts';

/** Sends a prepared request on some connection; the handler hears the answer. */
export interface Sender {
  send(request: PreparedRequest, handler: ResponseHandler): void;
  close(): Promise<void>;
}

/** Which client plain http: origins use: ours (the default), or undici's for every origin. */
export type ClientChoice = 'http1' | 'undici';

function http1Sender(origin: string, connections: number): Sender {
  const pool = new Http1Pool(origin, connections);
  return {
    send: (request, handler) =>
      pool.dispatch(
        {
          method: request.method,
          path: request.path,
          headers: request.headers,
          body: request.body,
          reset: request.closeConnection,
        },
        handler,
        request.constant ? request : undefined,
      ),
    close: () => pool.destroy(),
  };
}

let undici: Promise<typeof import('undici')> | undefined;

/**
 * undici is loaded only when an https: origin (or the bench's comparison) needs it: loading it costs about 28 MB of
 * RSS (its HTTP parser is WebAssembly), a fifth of a long run's memory when every request goes to a plain http: port.
 */
export function loadUndici(): Promise<typeof import('undici')> {
  // undici is CommonJS: its exports are the namespace's default, in Node and in an esbuild chunk alike.
  undici ??= import('undici').then((m) => ('Pool' in m.default ? m.default : m) as typeof import('undici'));
  return undici;
}

/** Whether a run may need undici: a client choice, or https: in an address or a request URL as written. */
export function mayNeedUndici(executions: readonly ExecutionSpec[], client: ClientChoice | undefined): boolean {
  if (client === 'undici') return true;
  const https = (text: string | undefined) => text !== undefined && /https:/i.test(text);
  return executions.some((e) => https(e.scenario.address) || e.scenario.requests.some((r) => https(r.url.source)));
}

function undiciSender(origin: string, connections: number, connectTimeoutMs: number): Sender {
  let pool: Pool | undefined;
  // Requests sent before undici has loaded (an https: origin only a variable made) wait for it.
  let waiting: [PreparedRequest, ResponseHandler][] = [];
  const dispatch = (request: PreparedRequest, handler: ResponseHandler) =>
    pool!.dispatch(
      {
        origin: request.origin,
        path: request.path,
        method: request.method as Dispatcher.HttpMethod,
        headers: request.headers as string[],
        body: request.body,
        reset: request.closeConnection,
      },
      handler as Dispatcher.DispatchHandler,
    );
  const ready = loadUndici().then(
    ({ Pool }) => {
      pool = new Pool(origin, {
        connections,
        pipelining: 1,
        connectTimeout: connectTimeoutMs,
        // Headers and idle timeouts are the runner's, on its clock (runner.ts); undici's would be a second, coarser
        // set (its timers tick about once a second).
        headersTimeout: 0,
        bodyTimeout: 0,
        keepAliveTimeout: 30_000,
        keepAliveMaxTimeout: 600_000,
      });
      for (const [request, handler] of waiting) dispatch(request, handler);
      waiting = [];
    },
    (error: unknown) => {
      const failed = new Error(`the https client could not be loaded: ${(error as Error).message}`);
      for (const [, handler] of waiting) handler.onResponseError({ abort() {} }, failed);
      waiting = [];
    },
  );
  return {
    send: (request, handler) => (pool ? dispatch(request, handler) : void waiting.push([request, handler])),
    close: async () => {
      await ready;
      await pool?.destroy();
    },
  };
}

export class Transports {
  private readonly senders = new Map<string, Sender>();
  private readonly connections: number;
  private readonly connectTimeoutMs: number;
  private readonly client: ClientChoice;

  constructor(connections: number, connectTimeoutMs: number, client: ClientChoice = 'http1') {
    this.connections = connections;
    this.connectTimeoutMs = connectTimeoutMs;
    this.client = client;
  }

  get(origin: string): Sender {
    let sender = this.senders.get(origin);
    if (!sender) {
      sender =
        this.client === 'http1' && origin.startsWith('http:')
          ? http1Sender(origin, this.connections)
          : undiciSender(origin, this.connections, this.connectTimeoutMs);
      this.senders.set(origin, sender);
    }
    return sender;
  }

  /** Drops the connections to an origin that is gone (an old port-forward's port). */
  forget(origin: string): void {
    const sender = this.senders.get(origin);
    this.senders.delete(origin);
    void sender?.close().catch(() => undefined);
  }

  async close(): Promise<void> {
    const senders = [...this.senders.values()];
    this.senders.clear();
    await Promise.all(senders.map((s) => s.close().catch(() => undefined)));
  }
}

/** Where requests go when the caller gave the address (--address, --deployment) rather than the profile. */
export interface Endpoint {
  /** The base address now (no trailing slash); undefined: each scenario's own default-address. */
  base(): string | undefined;
  /** A request could not connect, or its connection broke. */
  connectionFailed(): void;
  /** A request got an answer over a connection. */
  connectionOk(): void;
  readonly breaks: number;
  readonly reopens: number;
  close(): Promise<void>;
}

export function fixedEndpoint(base: string | undefined): Endpoint {
  return { base: () => base, connectionFailed() {}, connectionOk() {}, breaks: 0, reopens: 0, close: async () => {} };
}

export interface ReopeningOptions {
  readonly open: () => Promise<OpenReach>;
  readonly clock: Clock;
  readonly note: (line: string) => void;
  /** Told the old origin when the forward moves, so its pool is closed. */
  readonly moved?: (oldBase: string) => void;
  /** Connection failures in a row (no answer between them) before the forward is opened again. */
  readonly failuresBeforeReopen?: number;
  /** At most this many re-opens in a run; then failures are only counted. */
  readonly maxReopens?: number;
}

/**
 * A port-forward (src/kube openReach: it already follows a replaced head pod per connection) that is closed and
 * opened anew when connections through it fail several times in a row with no answer between: the local listener or
 * its API connection is what broke then. At most one re-open at a time, spaced by a second, bounded in count.
 */
export async function reopeningEndpoint(options: ReopeningOptions): Promise<Endpoint> {
  let reach = await options.open();
  let failuresInRow = 0;
  let breaks = 0;
  let reopens = 0;
  let reopening: Promise<void> | undefined;
  let lastReopen = -Infinity;
  let closed = false;
  const threshold = options.failuresBeforeReopen ?? 3;
  const maxReopens = options.maxReopens ?? 20;
  const reopen = async () => {
    const old = reach;
    try {
      const next = await options.open();
      if (closed) return void (await next.close());
      reach = next;
      reopens++;
      options.note(
        `the port-forward broke (${failuresInRow} failed connections in a row); opened it again at ${next.url}`,
      );
      options.moved?.(old.url);
      await old.close().catch(() => undefined);
    } catch (error) {
      options.note(`the port-forward broke and could not be opened again: ${(error as Error).message}`);
    } finally {
      failuresInRow = 0;
      lastReopen = options.clock.now();
    }
  };
  return {
    base: () => reach.url,
    connectionFailed() {
      breaks++;
      failuresInRow++;
      if (
        failuresInRow >= threshold &&
        !reopening &&
        !closed &&
        reopens < maxReopens &&
        options.clock.now() - lastReopen >= 1000
      )
        reopening = reopen().finally(() => (reopening = undefined));
    },
    connectionOk() {
      failuresInRow = 0;
    },
    get breaks() {
      return breaks;
    },
    get reopens() {
      return reopens;
    },
    close: async () => {
      closed = true;
      await reopening;
      await reach.close();
    },
  };
}
