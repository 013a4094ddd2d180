// Connections: one undici Pool per origin, as many connections as users (or max-in-flight), no pipelining (a long
// stream would hold up every request behind it), keep-alive; and the endpoint, which with --deployment is a
// port-forward that is opened again when connections through it keep failing — breaks counted, never hidden.
import { Pool, type Dispatcher } from 'undici';
import type { OpenReach } from '../kube/index.ts';
import type { Clock } from '../time/clock.ts';

export class Transports {
  private readonly pools = new Map<string, Pool>();
  private readonly connections: number;
  private readonly connectTimeoutMs: number;

  constructor(connections: number, connectTimeoutMs: number) {
    this.connections = connections;
    this.connectTimeoutMs = connectTimeoutMs;
  }

  get(origin: string): Dispatcher {
    let pool = this.pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: this.connections,
        pipelining: 1,
        connectTimeout: this.connectTimeoutMs,
        // Headers and body timeouts are set per request (the profile's timeout).
        keepAliveTimeout: 30_000,
        keepAliveMaxTimeout: 600_000,
      });
      this.pools.set(origin, pool);
    }
    return pool;
  }

  /** Drops the pool of an origin that is gone (an old port-forward's port). */
  forget(origin: string): void {
    const pool = this.pools.get(origin);
    this.pools.delete(origin);
    void pool?.destroy().catch(() => undefined);
  }

  async close(): Promise<void> {
    const pools = [...this.pools.values()];
    this.pools.clear();
    await Promise.all(pools.map((p) => p.destroy().catch(() => undefined)));
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
