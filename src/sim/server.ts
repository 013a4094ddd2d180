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
}

export interface RunningSim {
  readonly url: string;
  readonly kubeconfig: string;
  readonly kubeconfigPath: string | undefined;
  readonly store: ObjectStore;
  readonly clock: Clock;
  readonly world: World;
  stop(): Promise<void>;
}

export async function startSim(options: SimOptions = {}): Promise<RunningSim> {
  const realtime = options.clock ? undefined : new RealtimeClock(options.timeScale ?? 1);
  const clock = options.clock ?? realtime!;
  const random = seededRandom(options.seed ?? 1);
  const store = new ObjectStore(clock, random);
  bootstrap(store, options.nodePool ?? DEFAULT_NODE_POOL);
  const world = startWorld(store, clock, random, PROFILES[options.profile ?? 'fast']);
  const stops: Cancel[] = [() => world.stop()];

  let address = '127.0.0.1:0';
  const handler = createApiHandler({ store, clock, serverAddress: () => address, unknownFields });
  const server: Server = createServer((req, res) => void handler(req, res));
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
    async stop() {
      for (const stop of stops) stop();
      realtime?.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
