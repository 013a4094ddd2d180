// An HTTP proxy in front of the sim's API server for the observer's reliability tests: it passes requests through,
// and on demand resets connections (before an answer, or a watch mid-stream), blacks the server out, or answers
// a watch with the 200 + ERROR 410 event a real API server sends when the resourceVersion is too old (the sim
// answers that case with an HTTP 410 instead). Loopback only; stop() leaves nothing open.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { simKubeconfig } from '../../src/sim/index.ts';

export interface ProxiedRequest {
  readonly method: string;
  readonly path: string;
  readonly watch: boolean;
  /** When it came, by the `now` the proxy was given. */
  readonly at: number;
  /** The status passed on, or what the proxy did instead. */
  outcome: number | 'reset' | 'gone-event' | 'cut';
}

export interface UnreliableProxy {
  readonly url: string;
  /** A KubeConfig for client-node that goes through the proxy. */
  kubeConfig(): KubeConfig;
  /** Share (0–1) of requests whose connection is reset before any answer. */
  resetRate: number;
  /** Every open connection is reset, and new ones too, until unblock(). */
  block(): void;
  unblock(): void;
  /** The next watch whose path contains `pathPart` gets a 200 with an ERROR event (Status 410, Expired), then ends. */
  goneOnNextWatch(pathPart: string): void;
  /** Resets the open watches whose path contains `pathPart` mid-stream. */
  cutWatches(pathPart: string): number;
  readonly requests: readonly ProxiedRequest[];
  stop(): Promise<void>;
}

/** A small seeded generator (mulberry32), so a test's faults are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX_LOGGED = 20_000;

export async function startUnreliableProxy(
  target: string,
  now: () => number = Date.now,
  seed = 11,
): Promise<UnreliableProxy> {
  const upstream = new URL(target);
  const random = seeded(seed);
  const sockets = new Set<Socket>();
  const watches = new Set<{ path: string; cut: () => void }>();
  const requests: ProxiedRequest[] = [];
  let blocked = false;
  const gone: string[] = [];
  const state = { resetRate: 0 };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://proxy');
    const watch = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
    const entry: ProxiedRequest = { method: req.method ?? 'GET', path: url.pathname, watch, at: now(), outcome: 0 };
    if (requests.length < MAX_LOGGED) requests.push(entry);
    if (blocked || random() < state.resetRate) {
      entry.outcome = 'reset';
      req.socket.destroy();
      return;
    }
    const goneAt = watch ? gone.findIndex((part) => url.pathname.includes(part)) : -1;
    if (goneAt >= 0) {
      gone.splice(goneAt, 1);
      entry.outcome = 'gone-event';
      res.writeHead(200, { 'Content-Type': 'application/json' });
      const status = {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'too old resource version: 1 (2)',
        reason: 'Expired',
        code: 410,
      };
      res.end(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
      return;
    }
    const forward = request(
      { host: upstream.hostname, port: Number(upstream.port), method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        entry.outcome = answer.statusCode ?? 0;
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        // A watch's headers go at once, as the API server sends them: clients take them as the watch being open.
        res.flushHeaders();
        answer.pipe(res);
        if (watch) {
          const open = {
            path: url.pathname,
            cut: () => {
              entry.outcome = 'cut';
              answer.destroy();
              req.socket.destroy();
            },
          };
          watches.add(open);
          res.on('close', () => watches.delete(open));
        }
      },
    );
    forward.on('error', () => req.socket.destroy());
    req.on('error', () => forward.destroy());
    res.on('close', () => forward.destroy());
    req.pipe(forward);
  };

  const server: Server = createServer(handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    kubeConfig: () => {
      const kc = new KubeConfig();
      kc.loadFromString(simKubeconfig(url));
      return kc;
    },
    get resetRate() {
      return state.resetRate;
    },
    set resetRate(rate: number) {
      state.resetRate = rate;
    },
    block: () => {
      blocked = true;
      for (const socket of sockets) socket.destroy();
    },
    unblock: () => void (blocked = false),
    goneOnNextWatch: (part) => void gone.push(part),
    cutWatches: (part) => {
      let n = 0;
      for (const w of [...watches]) {
        if (!w.path.includes(part)) continue;
        w.cut();
        n++;
      }
      return n;
    },
    requests,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
