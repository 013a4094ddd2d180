// startSim: one HTTP server on 127.0.0.1 speaking the Kubernetes API, with the controllers that make it behave
// like a GPU cluster running KubeRay, the Ray autoscaler and Ray Serve.
import { createServer, type Server } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApiHandler } from './api/handler.ts';
import { guarded, guardedUpgrade, requestUrl } from './boundary.ts';
import { describeError, type SimLog } from './log.ts';
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
import { accessControl, type AccessRule } from './api/access-control.ts';
import { DEFAULT_KUBERAY_VERSION, KUBERAY_FEATURES, type KubeRayVersion } from './kuberay/versions.ts';

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
  /** The KubeRay release the operator and its CRDs behave as (default 1.7); what differs is in src/sim/kuberay/versions.ts. */
  readonly kubeRayVersion?: KubeRayVersion;
  /** Where the sim reports its internal errors and dropped watches, one line each (default: standard error). */
  readonly log?: SimLog;
  /** Permissions the user lacks: SelfSubjectAccessReviews say so and such requests get 403 (default: all allowed). */
  readonly deny?: readonly AccessRule[];
}

/** Why a sim could not start: the port, or the kubeconfig file. `code` is the system's (EADDRINUSE, EACCES, …). */
export type SimStartProblem =
  | { readonly kind: 'port'; readonly port: number; readonly code: string }
  | { readonly kind: 'kubeconfig'; readonly path: string; readonly code: string };

/** startSim's one failure: what could not be had, for the caller to explain; nothing of the sim is left running. */
export class SimStartError extends Error {
  readonly problem: SimStartProblem;
  constructor(problem: SimStartProblem, message: string) {
    super(message);
    this.problem = problem;
  }
}

/** The same internal error from a controller on every tick is one line, not thousands. */
const MAX_DISTINCT_REPORTS = 100;

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
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
  const log = options.log ?? defaultLog;
  const reported = new Set<string>();
  const report = (where: string) => (error: unknown) => {
    const line = `rayservice-ci sim: internal error in ${where} (please report it): ${describeError(error)}`;
    if (reported.has(line) || reported.size >= MAX_DISTINCT_REPORTS) return;
    reported.add(line);
    log(line);
  };
  const realtime = options.clock
    ? undefined
    : new RealtimeClock(options.timeScale ?? 1, undefined, report('a controller'));
  const clock = options.clock ?? realtime!;
  const random = seededRandom(options.seed ?? 1);
  const store = new ObjectStore(clock, random, report('a store subscriber'));
  const features = KUBERAY_FEATURES[options.kubeRayVersion ?? DEFAULT_KUBERAY_VERSION];
  bootstrap(store, options.nodePool ?? DEFAULT_NODE_POOL, {
    'controller-gen.kubebuilder.io/version': features.controllerGen,
  });
  const world = startWorld(store, clock, random, PROFILES[options.profile ?? 'fast'], {
    features,
    ...(options.zeroDowntime === undefined ? {} : { zeroDowntime: options.zeroDowntime }),
  });
  const stops: Cancel[] = [() => world.stop()];

  const metrics = () => exposition(world.runtimes.values());
  const network = podNetwork(store, clock, random, world, log);
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
    log,
    ...(faults?.dropWatchesAfterMs ? { watchCloseMs: faults.dropWatchesAfterMs } : {}),
    ...(faults && faults.rate > 0
      ? {
          fault: (req: IncomingMessage) => {
            const path = requestUrl(req).pathname;
            if (!faultPaths.test(path) || faultRandom.next() >= faults.rate) return undefined;
            const codes = faults.codes?.length ? faults.codes : [429, 500];
            return codes[Math.floor(faultRandom.next() * codes.length)];
          },
        }
      : {}),
  });
  const access = options.deny?.length ? accessControl(options.deny) : undefined;
  // Every request goes through one boundary: the API, /metrics, and (through the proxy) what pods serve.
  const serve = guarded(
    (req, res) => {
      const refused = access?.(req, res);
      if (refused) return refused;
      if (req.url === '/metrics') {
        res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
        res.end(metrics());
        return;
      }
      return handler(req, res);
    },
    log,
    'the API server',
  );
  const server: Server = createServer((req, res) => void serve(req, res));
  const POD = typeByKind('v1', 'Pod')!;
  const forwarder = portForwarder(network, (namespace, pod) => store.get(POD, namespace, pod) !== undefined);
  server.on(
    'upgrade',
    guardedUpgrade((req, socket, head) => forwarder.upgrade(req, socket, head), log),
  );
  const stop = async () => {
    for (const cancel of stops) cancel();
    realtime?.stop();
    await forwarder.close();
    server.closeAllConnections();
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  const requestedPort = options.port ?? 0;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(requestedPort, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await stop();
    const code = String((error as { code?: unknown }).code ?? 'UNKNOWN');
    throw new SimStartError(
      { kind: 'port', port: requestedPort, code },
      `cannot listen on 127.0.0.1:${requestedPort}: ${(error as Error).message}`,
    );
  }
  // After the start, a listener error (out of file descriptors, say) is the operator's to know, not a crash.
  server.on('error', (error) => log(`rayservice-ci sim: server error: ${describeError(error)}`));
  const port = (server.address() as AddressInfo).port;
  address = `127.0.0.1:${port}`;
  const url = `http://${address}`;
  const kubeconfig = simKubeconfig(url);
  if (options.kubeconfigPath) {
    try {
      await mkdir(dirname(options.kubeconfigPath), { recursive: true });
      await writeFile(options.kubeconfigPath, kubeconfig, { mode: 0o600 });
    } catch (error) {
      await stop();
      const code = String((error as { code?: unknown }).code ?? 'UNKNOWN');
      throw new SimStartError(
        { kind: 'kubeconfig', path: options.kubeconfigPath, code },
        `cannot write the kubeconfig to ${options.kubeconfigPath}: ${(error as Error).message}`,
      );
    }
  }

  return {
    url,
    kubeconfig,
    kubeconfigPath: options.kubeconfigPath,
    store,
    clock,
    world,
    network,
    stop,
  };
}

/**
 * The API server's proxy subresources: /api/v1/namespaces/NS/services/NAME:PORT/proxy/PATH and the same for pods.
 * The request is handed to whatever listens on that pod port, with the path rewritten; the promise settles when
 * that handler has answered.
 */
function proxy(
  network: PodNetwork,
  route: Route,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> | undefined {
  if (route.subresource !== 'proxy' || !route.namespace || !route.name) return undefined;
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
    const body = JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: `no endpoints available for ${route.type.plural.slice(0, -1)} "${route.name}"`,
      reason: 'ServiceUnavailable',
      code: 503,
    });
    res.writeHead(503, { 'Content-Type': 'application/json' });
    res.end(body);
    return Promise.resolve();
  }
  const search = requestUrl(req).search;
  req.url = `/${route.rest}${search}`;
  return Promise.resolve(handler(req, res));
}
