// Port-forward carries real volumes byte-exact through kubectl's SPDY/3.1 variants, and keeps SPDY flow control.

// Through one kubectl port-forward per variant (tunnelled in WebSocket, and the `Upgrade: SPDY/3.1` fallback):
// 10 MiB down, 1 MiB up, 10 concurrent connections; client-node's WebSocket forward for comparison; and against a
// peer written from the spec, the windows it opens and the WINDOW_UPDATEs it needs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createCipheriv, createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import * as k8s from '@kubernetes/client-node';
import { KUBECTL } from '../helpers/kubectl.ts';
import { eventually, simSession, type SimSession } from '../helpers/sim.ts';
import {
  encode,
  FrameReader,
  FrameType,
  headerBlock,
  parse,
  SETTINGS_INITIAL_WINDOW_SIZE,
  type Frame,
} from '../../src/sim/spdy/frames.ts';
import { HeaderCompression } from '../../src/sim/spdy/header-compression.ts';
import { SpdySession, type SpdyStream } from '../../src/sim/spdy/session.ts';

const NS = 'portforward';
const POD = 'blob';
const PORT = 9000;
const MiB = 1024 * 1024;
const TEST = { timeout: 60_000 };

/** Deterministic pseudo-random bytes: the AES-CTR keystream under a key derived from `seed`. */
function seededBytes(size: number, seed: string): Buffer {
  const key = createHash('sha256').update(seed).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  return Buffer.concat([cipher.update(Buffer.alloc(size)), cipher.final()]);
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** What listens on the test pod's port: GET /bytes/SIZE/SEED returns seeded bytes; POST /digest hashes the body. */
function blobServer(req: IncomingMessage, res: ServerResponse): void {
  const download = /^\/bytes\/(\d+)\/([\w-]+)$/.exec(req.url ?? '');
  if (req.method === 'GET' && download) {
    const body = seededBytes(Number(download[1]), download[2]!);
    res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length });
    res.end(body);
    return;
  }
  if (req.method === 'POST' && req.url === '/digest') {
    const hash = createHash('sha256');
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      bytes += chunk.length;
    });
    req.on('end', () => res.end(JSON.stringify({ bytes, sha256: hash.digest('hex') })));
    return;
  }
  res.writeHead(404).end();
}

/** One HTTP exchange on its own TCP connection (agent: false), bounded by `timeoutMs`. */
function exchange(
  port: number,
  method: string,
  path: string,
  body?: Buffer,
  timeoutMs = 45_000,
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path, agent: false, headers: body ? { 'Content-Length': body.length } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${path} timed out after ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(body);
  });
}

async function download(port: number, size: number, seed: string): Promise<{ seconds: number }> {
  const started = performance.now();
  const response = await exchange(port, 'GET', `/bytes/${size}/${seed}`);
  const seconds = (performance.now() - started) / 1000;
  assert.equal(response.status, 200);
  assert.equal(response.body.length, size, `${seed}: ${response.body.length} of ${size} bytes`);
  assert.equal(sha256(response.body), sha256(seededBytes(size, seed)), `${seed}: the bytes differ`);
  return { seconds };
}

async function upload(port: number, size: number, seed: string): Promise<{ seconds: number }> {
  const body = seededBytes(size, seed);
  const started = performance.now();
  const response = await exchange(port, 'POST', '/digest', body);
  const seconds = (performance.now() - started) / 1000;
  assert.equal(response.status, 200);
  assert.deepEqual(JSON.parse(response.body.toString()), { bytes: size, sha256: sha256(body) });
  return { seconds };
}

const rate = (bytes: number, seconds: number) =>
  `${bytes} bytes in ${seconds.toFixed(3)} s (${(bytes / MiB / seconds).toFixed(1)} MiB/s)`;

/**
 * A TCP relay between kubectl and the sim that notes how each port-forward request asks to upgrade, so a test can
 * tell which protocol kubectl chose. kubectl dials a fresh connection for each upgrade, so its first bytes are the
 * request.
 */
async function upgradeRecorder(target: URL): Promise<{ url: string; upgrades: string[]; close(): Promise<void> }> {
  const upgrades: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.once('data', (first: Buffer) => {
      const head = first.toString('latin1');
      if (/^(GET|POST) \S*\/portforward\S* HTTP/.test(head)) {
        const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
        upgrades.push(
          `${header('upgrade')}${header('sec-websocket-protocol') ? ` ${header('sec-websocket-protocol')}` : ''}`.toLowerCase(),
        );
      }
      upstream.write(first);
      client.pipe(upstream);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    upgrades,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

interface Forward {
  readonly port: number;
  readonly upgrades: string[];
  stop(): Promise<void>;
}

/** `kubectl port-forward pod/blob :9000` through an upgrade recorder; resolves once kubectl says where it listens. */
async function kubectlForward(session: SimSession, env: Record<string, string>): Promise<Forward> {
  const recorder = await upgradeRecorder(new URL(session.sim.url));
  const kubeconfig = `${session.kubeconfig}.recorded`;
  writeFileSync(kubeconfig, readFileSync(session.kubeconfig, 'utf8').replaceAll(session.sim.url, recorder.url), {
    mode: 0o600,
  });
  const child: ChildProcess = spawn(
    KUBECTL,
    ['--kubeconfig', kubeconfig, 'port-forward', '-n', NS, `pod/${POD}`, `:${PORT}`, '--address', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
    await recorder.close();
  };
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  try {
    const port = await eventually(
      'kubectl port-forward to listen',
      () => {
        if (child.exitCode !== null) throw new Error(`kubectl port-forward exited ${child.exitCode}: ${output}`);
        const match = /Forwarding from 127\.0\.0\.1:(\d+) ->/.exec(output);
        return match ? Number(match[1]) : undefined;
      },
      20_000,
    );
    return { port, upgrades: recorder.upgrades, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

let session: SimSession;

before(async () => {
  session = await simSession();
  const core = session.kc.makeApiClient(k8s.CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: NS } } });
  await core.createNamespacedPod({
    namespace: NS,
    body: { metadata: { name: POD }, spec: { containers: [{ name: 'blob', image: 'registry.example/blob:1' }] } },
  });
  await eventually(
    'the pod to run',
    async () =>
      (await core.readNamespacedPod({ namespace: NS, name: POD })).status?.phase === 'Running' ? true : undefined,
    30_000,
  );
  // The sim has no API for serving on a pod port; the test answers the network's lookup for its own pod's port.
  const network = session.sim.network;
  const lookup = network.handler.bind(network);
  network.handler = (namespace, pod, port) =>
    namespace === NS && pod === POD && port === PORT ? blobServer : lookup(namespace, pod, port);
});
after(async () => session?.stop());

const VARIANTS: readonly { name: string; env: Record<string, string>; upgrade: string }[] = [
  {
    name: 'SPDY/3.1 tunnelled in WebSocket',
    env: { KUBECTL_PORT_FORWARD_WEBSOCKETS: 'true' },
    upgrade: 'websocket spdy/3.1+portforward.k8s.io',
  },
  // kubectl ≥ 1.31 tries the WebSocket tunnel first; KUBECTL_PORT_FORWARD_WEBSOCKETS=false turns it off
  // (k8s.io/kubectl/pkg/cmd/util/helpers.go: PortForwardWebsockets.IsDisabled), leaving the upgrade.
  { name: 'SPDY/3.1 upgrade', env: { KUBECTL_PORT_FORWARD_WEBSOCKETS: 'false' }, upgrade: 'spdy/3.1' },
];

for (const variant of VARIANTS) {
  describe(`kubectl port-forward, ${variant.name}`, () => {
    let forward: Forward | undefined;
    before(async () => {
      forward = await kubectlForward(session, variant.env);
    });
    after(async () => forward?.stop());

    test('10 MiB from the pod arrive byte-exact', TEST, async (t) => {
      const { seconds } = await download(forward!.port, 10 * MiB, 'download');
      t.diagnostic(`download: ${rate(10 * MiB, seconds)}`);
      assert.deepEqual(
        [...new Set(forward!.upgrades)],
        [variant.upgrade],
        'kubectl spoke the protocol this variant is about',
      );
    });

    test('1 MiB to the pod arrives byte-exact', TEST, async (t) => {
      const { seconds } = await upload(forward!.port, MiB, 'upload');
      t.diagnostic(`upload: ${rate(MiB, seconds)}`);
    });

    test('10 concurrent connections through the same forward, each byte-exact both ways', TEST, async (t) => {
      const started = performance.now();
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          await Promise.all([
            download(forward!.port, MiB + i * 4099, `concurrent-down-${i}`),
            upload(forward!.port, 256 * 1024 + i * 4099, `concurrent-up-${i}`),
          ]);
        }),
      );
      t.diagnostic(`10 × (1 MiB down + 256 KiB up): ${((performance.now() - started) / 1000).toFixed(3)} s`);
      assert.deepEqual([...new Set(forward!.upgrades)], [variant.upgrade]);
    });
  });
}

describe('client-node port-forward (WebSocket v4.channel.k8s.io), for comparison', () => {
  let server: Server | undefined;
  let port = 0;
  before(async () => {
    const forward = new k8s.PortForward(session.kc);
    server = createServer((socket) => void forward.portForward(NS, POD, [PORT], socket, null, socket));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  test('10 MiB down and 1 MiB up arrive byte-exact', TEST, async (t) => {
    t.diagnostic(`download: ${rate(10 * MiB, (await download(port, 10 * MiB, 'client-node-down')).seconds)}`);
    t.diagnostic(`upload: ${rate(MiB, (await upload(port, MiB, 'client-node-up')).seconds)}`);
  });
});

/** The client end of a SPDY session, written from the spec, to check the server against a peer that keeps windows. */
class Peer {
  readonly data: Buffer[] = [];
  readonly updates: { streamId: number; delta: number }[] = [];
  fin = false;
  private readonly reader = new FrameReader();
  private readonly compression = new HeaderCompression();
  private readonly socket: Socket;

  constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
      for (let frame = this.reader.next(); frame; frame = this.reader.next()) this.onFrame(frame);
    });
  }

  get received(): number {
    return this.data.reduce((sum, chunk) => sum + chunk.length, 0);
  }

  private onFrame(frame: Frame): void {
    if (frame.kind === 'data') {
      this.data.push(frame.data);
      this.fin ||= frame.fin;
    } else if (frame.type === FrameType.WINDOW_UPDATE) this.updates.push(parse.windowUpdate(frame.payload));
    else if (frame.type === FrameType.SYN_REPLY)
      void this.compression.decompress(parse.streamHeaders(frame.payload).headerBlock);
  }

  private control(type: number, flags: number, payload: Buffer): void {
    const head = Buffer.alloc(8);
    head.writeUInt16BE(0x8003, 0);
    head.writeUInt16BE(type, 2);
    head[4] = flags;
    head.writeUIntBE(payload.length, 5, 3);
    this.socket.write(Buffer.concat([head, payload]));
  }

  async open(streamId: number, headers: Record<string, string>): Promise<void> {
    const ids = Buffer.alloc(10);
    ids.writeUInt32BE(streamId, 0);
    this.control(FrameType.SYN_STREAM, 0, Buffer.concat([ids, await this.compression.compress(headerBlock(headers))]));
  }

  initialWindow(size: number): void {
    const entry = Buffer.alloc(12);
    entry.writeUInt32BE(1, 0);
    entry.writeUInt32BE(SETTINGS_INITIAL_WINDOW_SIZE, 4);
    entry.writeUInt32BE(size, 8);
    this.control(FrameType.SETTINGS, 0, entry);
  }

  grant(streamId: number, delta: number): void {
    this.socket.write(encode.windowUpdate(streamId, delta));
  }

  send(streamId: number, data: Buffer, fin: boolean): void {
    this.socket.write(encode.data(streamId, data, fin));
  }

  close(): void {
    this.compression.close();
    this.socket.destroy();
  }
}

/** A SpdySession on one end of a loopback TCP connection, a Peer on the other. */
async function sessionPair(onStream: (stream: SpdyStream) => void): Promise<{ peer: Peer; close(): Promise<void> }> {
  const sessions: SpdySession[] = [];
  const server = createServer((socket) => {
    const spdy = new SpdySession(socket);
    spdy.on('stream', onStream);
    sessions.push(spdy);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  const peer = new Peer(socket);
  return {
    peer,
    close: () => {
      peer.close();
      for (const spdy of sessions) spdy.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function within<T>(what: string, promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Waits until `value()` reaches `expected`, then a while longer to see that it stays there. */
async function settlesAt(what: string, value: () => number, expected: number): Promise<void> {
  await eventually(`${what} to reach ${expected}`, () => (value() >= expected ? true : undefined), 10_000);
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(value(), expected, what);
}

describe('SPDY/3.1 flow control against a peer that keeps windows', () => {
  test('the server sends no more than the stream and session windows the peer opened', TEST, async () => {
    const body = seededBytes(100 * 1024, 'windows');
    const pair = await sessionPair((stream) => {
      stream.respond();
      stream.end(body);
    });
    try {
      const { peer } = pair;
      peer.initialWindow(16 * 1024);
      await peer.open(1, { streamtype: 'data', port: '9000', requestid: '0' });
      await settlesAt('bytes within the 16 KiB stream window', () => peer.received, 16 * 1024);
      peer.grant(1, 1024 * 1024);
      await settlesAt('bytes within the 64 KiB session window', () => peer.received, 64 * 1024);
      peer.grant(0, 20 * 1024);
      await settlesAt('bytes after the session grew by 20 KiB', () => peer.received, 84 * 1024);
      peer.grant(0, 1024 * 1024);
      await eventually('the rest and FIN', () => (peer.fin ? true : undefined), 10_000);
      assert.ok(Buffer.concat(peer.data).equals(body));
    } finally {
      await pair.close();
    }
  });

  test(
    'the server returns WINDOW_UPDATEs for stream and session as it consumes, so a windowed upload completes',
    TEST,
    async () => {
      const body = seededBytes(512 * 1024, 'upload-windows');
      let received: Promise<Buffer> | undefined;
      const pair = await sessionPair((stream) => {
        stream.respond();
        received = new Promise((resolve) => {
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => resolve(Buffer.concat(chunks)));
        });
      });
      try {
        const { peer } = pair;
        await peer.open(1, { streamtype: 'data', port: '9000', requestid: '0' });
        // Sends only what both 64 KiB windows allow, as a conforming client must, and waits for the server's credit.
        const granted = (streamId: number) =>
          64 * 1024 + peer.updates.filter((u) => u.streamId === streamId).reduce((sum, u) => sum + u.delta, 0);
        let sent = 0;
        for (let rounds = 0; sent < body.length && rounds < 1000; rounds++) {
          const room = Math.min(granted(0), granted(1)) - sent;
          if (room <= 0) {
            const before = peer.updates.length;
            await eventually(
              'a WINDOW_UPDATE from the server',
              () => (peer.updates.length > before ? true : undefined),
              10_000,
            );
            continue;
          }
          const size = Math.min(room, 16 * 1024, body.length - sent);
          peer.send(1, body.subarray(sent, sent + size), sent + size === body.length);
          sent += size;
        }
        assert.equal(sent, body.length);
        assert.ok(received, 'the server saw the stream');
        assert.ok((await within('the server side to read the upload', received, 10_000)).equals(body));
        assert.ok(
          peer.updates.some((u) => u.streamId === 0) && peer.updates.some((u) => u.streamId === 1),
          JSON.stringify(peer.updates),
        );
      } finally {
        await pair.close();
      }
    },
  );
});
