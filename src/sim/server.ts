// startSim: one HTTP server on 127.0.0.1 speaking the Kubernetes API, with the controllers that make it behave
// like a GPU cluster running KubeRay, the Ray autoscaler and Ray Serve.
import { createServer, type Server } from 'node:http';
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createApiHandler } from './api/handler.ts';
import { unknownFields } from './api/field-validation.ts';
import { ObjectStore } from './api/store.ts';
import { bootstrap, DEFAULT_NODE_POOL, type NodePool } from './cluster/bootstrap.ts';
import { PROFILES, type ProfileName } from './cluster/profiles.ts';
import { RealtimeClock, type Cancel, type Clock } from './clock.ts';
import { simKubeconfig } from './kubeconfig.ts';
import { seededRandom } from './random.ts';
import { startWorld, type World } from './world.ts';
import { exposition } from './metrics.ts';
import { podNetwork, type PodNetwork } from './network.ts';
import { portForwarder } from './portforward.ts';
import { typeByKind } from './api/resources.ts';
import type { Route } from './api/handler.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface SimOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  /** Where to write the kubeconfig; not written when undefined. */
  readonly kubeconfigPath?: string | undefined;
  readonly seed?: number;
  /** Simulated seconds per real second. */
  readonly timeScale?: number;
  readonly nodePool?: NodePool;
  /** For tests: a clock they drive; the sim then never reads wall time. */
  readonly clock?: Clock;
  readonly profile?: ProfileName;
  readonly faults?: FaultOptions;
  /** The KubeRay operator's ENABLE_ZERO_DOWNTIME (default true): false makes rayClusterConfig changes wait for a redeploy. */
  readonly zeroDowntime?: boolean;
}

/** For reliability tests of clients: some API requests fail, and watches end early. */
export interface FaultOptions {
  /** Probability (0–1) that a matching request gets one of `codes` instead of an answer. */
  readonly rate: number;
  /** Which requests: a regular expression on the path (default: every API path). */
  readonly paths?: string;
  readonly codes?: readonly number[];
  /** Watches end after this many ms of simulated time (the sim's clock), as API servers close them. */
  readonly dropWatchesAfterMs?: number;
}

export interface RunningSim {
  readonly url: string;
  readonly kubeconfig: string;
  readonly kubeconfigPath: string | undefined;
  readonly store: ObjectStore;
  readonly clock: Clock;
  readonly world: World;
  readonly network: PodNetwork;
  stop(): Promise<void>;
}

export async function startSim(options: SimOptions = {}): Promise<RunningSim> {
  const realtime = options.clock ? undefined : new RealtimeClock(options.timeScale ?? 1);
  const clock = options.clock ?? realtime!;
  const random = seededRandom(options.seed ?? 1);
  const store = new ObjectStore(clock, random);
  bootstrap(store, options.nodePool ?? DEFAULT_NODE_POOL);
  const world = startWorld(store, clock, random, PROFILES[options.profile ?? 'fast'], { ...(options.zeroDowntime === undefined ? {} : { zeroDowntime: options.zeroDowntime }) });
  const stops: Cancel[] = [() => world.stop()];

  const metrics = () => exposition(world.runtimes.values());
  const network = podNetwork(store, clock, random, world);
  let address = '127.0.0.1:0';
  const faults = options.faults;
  const faultRandom = seededRandom((options.seed ?? 1) + 7919);
  const faultPaths = new RegExp(faults?.paths ?? '^/apis?/');
  const handler = createApiHandler({
    store,
    clock,
    serverAddress: () => address,
    unknownFields,
    subresources: (route, req, res) => proxy(network, route, req, res),
    ...(faults?.dropWatchesAfterMs ? { watchCloseMs: faults.dropWatchesAfterMs } : {}),
    ...(faults && faults.rate > 0
      ? {
          fault: (req: IncomingMessage) => {
            const path = new URL(req.url ?? '/', 'http://sim').pathname;
            if (!faultPaths.test(path) || faultRandom.next() >= faults.rate) return undefined;
            const codes = faults.codes?.length ? faults.codes : [429, 500];
            return codes[Math.floor(faultRandom.next() * codes.length)];
          },
        }
      : {}),
  });
  const server: Server = createServer((req, res) => {
    if (req.url === '/metrics') {
      res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
      res.end(metrics());
      return;
    }
    void handler(req, res);
  });
  const POD = typeByKind('v1', 'Pod')!;
  const forwarder = portForwarder(network, (namespace, pod) => store.get(POD, namespace, pod) !== undefined);
  server.on('upgrade', (req, socket, head) => {
    if (!forwarder.upgrade(req, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  address = `127.0.0.1:${port}`;
  const url = `http://${address}`;
  const kubeconfig = simKubeconfig(url);
  if (options.kubeconfigPath) await writeFile(options.kubeconfigPath, kubeconfig, { mode: 0o600 });

  return {
    url,
    kubeconfig,
    kubeconfigPath: options.kubeconfigPath,
    store,
    clock,
    world,
    network,
    async stop() {
      for (const stop of stops) stop();
      realtime?.stop();
      await forwarder.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * The API server's proxy subresources: /api/v1/namespaces/NS/services/NAME:PORT/proxy/PATH and the same for pods.
 * The request is handed to whatever listens on that pod port, with the path rewritten.
 */
function proxy(network: PodNetwork, route: Route, req: IncomingMessage, res: ServerResponse): boolean {
  if (route.subresource !== 'proxy' || !route.namespace || !route.name) return false;
  const [name, port = ''] = route.name.split(':');
  let target: { podName: string; port: number } | undefined;
  if (route.type.kind === 'Service') {
    const resolved = network.resolveService(route.namespace, name!, port);
    if (resolved) target = { podName: resolved.pod.metadata.name, port: resolved.port };
  } else if (route.type.kind === 'Pod') {
    target = { podName: name!, port: Number(port || 80) };
  }
  const handler = target && network.handler(route.namespace, target.podName, target.port);
  if (!handler) {
    const body = JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `no endpoints available for ${route.type.plural.slice(0, -1)} "${route.name}"`, reason: 'ServiceUnavailable', code: 503 });
    res.writeHead(503, { 'Content-Type': 'application/json' });
    res.end(body);
    return true;
  }
  const search = new URL(req.url ?? '/', 'http://sim').search;
  req.url = `/${route.rest}${search}`;
  void handler(req, res);
  return true;
}
