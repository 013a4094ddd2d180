// pods/portforward, in the protocols real clients speak:
// - WebSocket `v4.channel.k8s.io` (@kubernetes/client-node): per port a data and an error channel, each message
//   prefixed by its channel byte, each channel opening with the port number (2 bytes, little-endian);
// - SPDY/3.1 (kubectl): over WebSocket with subprotocol `SPDY/3.1+portforward.k8s.io` (KEP-4006, kubectl ≥ 1.31
//   tries it first), or as an `Upgrade: SPDY/3.1` HTTP upgrade (kubectl with KUBECTL_PORT_FORWARD_WEBSOCKETS=false,
//   or when the WebSocket upgrade fails); streams carry `streamtype` (data|error), `port` and `requestid` headers.
//   The SPDY session, flow control included, is src/sim/spdy/.
// Each forwarded connection is piped to the pod port's handler through an internal HTTP server on 127.0.0.1.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, createWebSocketStream, type WebSocket } from 'ws';
import type { HttpHandler, PodNetwork } from './network.ts';
import { RstStatus } from './spdy/frames.ts';
import { SpdySession, type SpdyStream } from './spdy/session.ts';

const PORTFORWARD_PATH = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/portforward$/;
const CHANNELS = 'v4.channel.k8s.io';
const TUNNELLED_SPDY = 'SPDY/3.1+portforward.k8s.io';
// ws admits only RFC 6455 tokens as subprotocols, and `/` is not one: it answered kubectl's tunnel with 400, and
// kubectl fell back to the upgrade every time. Kubernetes' server (gorilla/websocket) takes the name as it is, so
// it is swapped for a token before ws reads the header, and answered under its real name.
const TUNNELLED_SPDY_TOKEN = 'spdy-3.1-portforward.k8s.io';

function tokenizeProtocols(req: IncomingMessage): void {
  const header = req.headers['sec-websocket-protocol'];
  if (header)
    req.headers['sec-websocket-protocol'] = header
      .split(',')
      .map((p) => (p.trim() === TUNNELLED_SPDY ? TUNNELLED_SPDY_TOKEN : p.trim()))
      .join(', ');
}

/** Internal loopback listeners, one per handler, that forwarded bytes are piped into. */
class Listeners {
  private readonly servers = new Map<HttpHandler, Promise<number>>();
  private readonly open: Server[] = [];

  portFor(handler: HttpHandler): Promise<number> {
    let port = this.servers.get(handler);
    if (!port) {
      const server = createServer((req, res) => void handler(req, res));
      this.open.push(server);
      port = new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
      });
      this.servers.set(handler, port);
    }
    return port;
  }

  async close(): Promise<void> {
    await Promise.all(
      this.open.map((server) => {
        server.closeAllConnections();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      }),
    );
  }
}

async function dial(
  listeners: Listeners,
  network: PodNetwork,
  namespace: string,
  pod: string,
  port: number,
): Promise<Socket | string> {
  const handler = network.handler(namespace, pod, port);
  if (!handler)
    return `error forwarding port ${port} to pod ${pod}, uid : failed to execute portforward in network namespace: failed to connect to localhost:${port} inside namespace: connection refused`;
  const local = await listeners.portFor(handler);
  return connect(local, '127.0.0.1');
}

function channelProtocol(
  ws: WebSocket,
  listeners: Listeners,
  network: PodNetwork,
  namespace: string,
  pod: string,
  ports: number[],
): void {
  const portHeader = (port: number) => {
    const buffer = Buffer.alloc(3);
    buffer.writeUInt16LE(port, 1);
    return buffer;
  };
  const sockets = new Map<number, Socket>();
  ports.forEach((port, index) => {
    const data = index * 2;
    const error = data + 1;
    ws.send(Buffer.concat([Buffer.from([data]), portHeader(port).subarray(1)]));
    ws.send(Buffer.concat([Buffer.from([error]), portHeader(port).subarray(1)]));
    void dial(listeners, network, namespace, pod, port).then((socket) => {
      if (typeof socket === 'string') {
        ws.send(Buffer.concat([Buffer.from([error]), Buffer.from(socket)]));
        ws.close();
        return;
      }
      sockets.set(data, socket);
      socket.on(
        'data',
        (chunk: Buffer) => ws.readyState === ws.OPEN && ws.send(Buffer.concat([Buffer.from([data]), chunk])),
      );
      socket.on('close', () => ws.readyState === ws.OPEN && ws.close());
      socket.on('error', () => ws.close());
    });
  });
  const pending: Buffer[] = [];
  ws.on('message', (message: Buffer) => {
    const channel = message[0]!;
    const socket = sockets.get(channel);
    if (socket) socket.write(message.subarray(1));
    else pending.push(message);
  });
  const flush = setInterval(() => {
    for (const message of pending.splice(0)) {
      const socket = sockets.get(message[0]!);
      if (socket) socket.write(message.subarray(1));
      else pending.push(message);
    }
  }, 10);
  ws.on('close', () => {
    clearInterval(flush);
    for (const socket of sockets.values()) socket.destroy();
  });
}

function spdyProtocol(
  transport: Duplex,
  listeners: Listeners,
  network: PodNetwork,
  namespace: string,
  pod: string,
): SpdySession {
  const session = new SpdySession(transport);
  const errors = new Map<string, SpdyStream>();
  session.on('stream', (stream) => {
    const type = stream.headers['streamtype'];
    const port = Number(stream.headers['port']);
    const requestId = stream.headers['requestid'] ?? '';
    stream.respond();
    if (type === 'error') {
      errors.set(requestId, stream);
      stream.on('close', () => {
        if (errors.get(requestId) === stream) errors.delete(requestId);
      });
      stream.resume(); // the client writes nothing here but its FIN
      return;
    }
    if (type !== 'data') {
      stream.reset(RstStatus.REFUSED_STREAM);
      return;
    }
    void dial(listeners, network, namespace, pod, port).then((target) => {
      const error = errors.get(requestId);
      if (typeof target === 'string') {
        error?.end(target);
        stream.resume();
        stream.end();
        return;
      }
      stream.pipe(target);
      target.pipe(stream);
      // As the kubelet does (pkg/kubelet/cri/streaming/portforward/httpstream.go, portForward): the pair closes when
      // the pod connection does; kubectl finishes a connection only once the error stream has ended. What the
      // client still sends then has nowhere to go, and is drained so that it does not hold the session back.
      target.on('close', () => {
        error?.end();
        stream.resume();
      });
      target.on('error', () => stream.end());
      stream.on('error', () => target.destroy());
      stream.on('close', () => target.destroy());
    });
  });
  return session;
}

export interface PortForwarder {
  /** Handles an HTTP upgrade; false when the request is not a port-forward. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  close(): Promise<void>;
}

export function portForwarder(
  network: PodNetwork,
  podExists: (namespace: string, pod: string) => boolean,
): PortForwarder {
  const listeners = new Listeners();
  const wss = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) =>
      protocols.has(CHANNELS) ? CHANNELS : protocols.has(TUNNELLED_SPDY_TOKEN) ? TUNNELLED_SPDY : false,
  });
  const live = new Set<Duplex>();
  return {
    upgrade(req, socket, head) {
      const url = new URL(req.url ?? '/', 'http://sim');
      const match = PORTFORWARD_PATH.exec(url.pathname);
      if (!match) return false;
      const [, namespace, pod] = match as unknown as [string, string, string];
      live.add(socket);
      socket.on('close', () => live.delete(socket));
      if (!podExists(namespace, pod)) {
        socket.end(
          `HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n${JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message: `pods "${pod}" not found`, reason: 'NotFound', code: 404 })}`,
        );
        return true;
      }
      const upgrade = String(req.headers.upgrade ?? '').toLowerCase();
      if (upgrade === 'websocket') {
        tokenizeProtocols(req);
        wss.handleUpgrade(req, socket, head, (ws) => {
          if (ws.protocol === CHANNELS) {
            const ports = url.searchParams
              .getAll('ports')
              .flatMap((p) => p.split(','))
              .map(Number)
              .filter((p) => p > 0);
            channelProtocol(ws, listeners, network, namespace, pod, ports);
          } else {
            spdyProtocol(createWebSocketStream(ws), listeners, network, namespace, pod);
          }
        });
        return true;
      }
      if (upgrade === 'spdy/3.1') {
        socket.write(
          'HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\nX-Stream-Protocol-Version: portforward.k8s.io\r\n\r\n',
        );
        if (head.length) socket.unshift(head);
        spdyProtocol(socket, listeners, network, namespace, pod);
        return true;
      }
      socket.end(
        'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\nport-forward needs a WebSocket or SPDY/3.1 upgrade',
      );
      return true;
    },
    async close() {
      for (const socket of live) socket.destroy();
      wss.close();
      await listeners.close();
    },
  };
}
