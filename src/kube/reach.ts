// Reaching a port of the service from this machine: a URL the user gave, or a local port-forward to the Ray head
// pod (client-node's PortForward over WebSocket), one tunnel per local connection. The head is looked up again when
// it is replaced (a crash, or a zero-downtime upgrade that moves the service to a new RayCluster), so a forward opened
// once serves a whole load test while workers come and go.
import { createServer, type Server, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import * as k8s from '@kubernetes/client-node';
import { attempt, callOptions } from './call.ts';

/** How a stage reaches a port of the service: a port-forward it opens itself, or a URL the user gave. */
export type Reach =
  /**
   * Forward to the Ray head pod. `podSelector` finds it again if it is replaced within its RayCluster; with
   * `rayService`, the head of that RayService's active cluster (status.activeServiceStatus.rayClusterName) is
   * taken instead, which also follows a zero-downtime upgrade to a new cluster.
   */
  | {
      readonly kind: 'port-forward';
      readonly namespace: string;
      readonly podSelector: string;
      readonly pod: string;
      readonly port: number;
      readonly rayService?: string | undefined;
    }
  | { readonly kind: 'url'; readonly url: string };

export interface ReachOptions {
  /** How long a head pod once found is trusted before it is looked up again (default 5 s). */
  readonly recheckMs?: number;
  /** Told when the forward moves to another pod. */
  readonly note?: (line: string) => void;
  /** Monotonic milliseconds, for the recheck (default performance.now). */
  readonly now?: () => number;
}

export interface OpenReach {
  /** Base URL with no trailing slash: http://127.0.0.1:PORT for a forward. */
  readonly url: string;
  /** The pod a forward currently goes to; undefined for a URL or before the first connection. */
  pod(): string | undefined;
  close(): Promise<void>;
}

const DEFAULT_RECHECK_MS = 5_000;

/** KubeRay's head pod labels (ray-operator/controllers/ray/common/pod.go, labelPod). */
export function headSelector(cluster: string): string {
  return `ray.io/cluster=${cluster},ray.io/node-type=head`;
}

/** The running head to forward to: not being deleted, Running, Ready first, newest first. */
export function pickHeadPod(pods: readonly k8s.V1Pod[]): string | undefined {
  const ready = (p: k8s.V1Pod) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  const created = (p: k8s.V1Pod) => new Date(p.metadata?.creationTimestamp ?? 0).getTime();
  const candidates = pods.filter((p) => !p.metadata?.deletionTimestamp && p.status?.phase === 'Running');
  candidates.sort((a, b) => Number(ready(b)) - Number(ready(a)) || created(b) - created(a));
  return candidates[0]?.metadata?.name;
}

export async function openReach(kc: k8s.KubeConfig, reach: Reach, options: ReachOptions = {}): Promise<OpenReach> {
  if (reach.kind === 'url') {
    const url = reach.url.replace(/\/+$/, '');
    return { url, pod: () => undefined, close: async () => {} };
  }
  return openForward(kc, reach, options);
}

type ForwardReach = Extract<Reach, { kind: 'port-forward' }>;

async function openForward(kc: k8s.KubeConfig, reach: ForwardReach, options: ReachOptions): Promise<OpenReach> {
  const now = options.now ?? (() => performance.now());
  const recheckMs = options.recheckMs ?? DEFAULT_RECHECK_MS;
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const custom = kc.makeApiClient(k8s.CustomObjectsApi);
  const forward = new k8s.PortForward(kc, true);
  const closing = new AbortController();
  const sockets = new Set<Socket>();
  const tunnels = new Set<{ close(): void }>();
  let current: { pod: string; at: number } | undefined = { pod: reach.pod, at: now() };
  let lookingUp: Promise<string | undefined> | undefined;

  const selectorNow = async (): Promise<string> => {
    if (!reach.rayService) return reach.podSelector;
    const service = await attempt(() =>
      custom.getNamespacedCustomObject(
        { group: 'ray.io', version: 'v1', plural: 'rayservices', namespace: reach.namespace, name: reach.rayService! },
        callOptions({ signal: closing.signal, timeoutMs: 10_000 }),
      ),
    );
    const active = service.ok
      ? (service.value as { status?: { activeServiceStatus?: { rayClusterName?: string } } }).status
          ?.activeServiceStatus?.rayClusterName
      : undefined;
    return active ? headSelector(active) : reach.podSelector;
  };

  const lookUp = async (): Promise<string | undefined> => {
    const selector = await selectorNow();
    const pods = await attempt(() =>
      core.listNamespacedPod(
        { namespace: reach.namespace, labelSelector: selector },
        callOptions({ signal: closing.signal, timeoutMs: 10_000 }),
      ),
    );
    const pod = pods.ok ? pickHeadPod(pods.value.items) : undefined;
    if (pod && current && pod !== current.pod)
      options.note?.(
        `port-forward ${reach.namespace}/${current.pod}:${reach.port} now goes to ${pod} (the head pod was replaced)`,
      );
    if (pod) current = { pod, at: now() };
    return pod;
  };

  /** The pod to dial: the one found last while it is fresh, else a lookup (shared by connections that arrive together). */
  const target = (force: boolean): Promise<string | undefined> => {
    if (!force && current && now() - current.at < recheckMs) return Promise.resolve(current.pod);
    lookingUp ??= lookUp().finally(() => (lookingUp = undefined));
    return lookingUp;
  };

  const forget = (pod: string) => {
    if (current?.pod === pod) current = { pod, at: -Infinity };
  };

  /** One tunnel for one local connection; false when the pod would not take it (gone, port closed). */
  const tunnel = async (socket: Socket, pod: string): Promise<boolean> => {
    let refused = false;
    // The error channel carries text only when the kubelet could not connect to the pod port.
    const errors = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (chunk.length > 0) {
          refused = true;
          forget(pod);
          socket.destroy();
        }
        done();
      },
    });
    let ws: { close(): void; on(event: string, listener: () => void): void };
    try {
      ws = (await forward.portForward(
        reach.namespace,
        pod,
        [reach.port],
        socket,
        errors,
        socket,
      )) as unknown as typeof ws;
    } catch {
      forget(pod);
      return false;
    }
    const entry = { close: () => ws.close() };
    tunnels.add(entry);
    ws.on('close', () => {
      tunnels.delete(entry);
      socket.destroy();
    });
    ws.on('error', () => socket.destroy());
    socket.on('close', () => ws.close());
    return !refused;
  };

  const accept = async (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    // Bytes the client sends meanwhile wait in the socket: nothing reads it until the tunnel is open.
    for (let tries = 0; tries < 2 && !closing.signal.aborted && !socket.destroyed; tries++) {
      const pod = await target(tries > 0);
      if (!pod) break;
      if (await tunnel(socket, pod)) return;
    }
    socket.destroy();
  };

  const server: Server = createServer((socket) => void accept(socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    pod: () => current?.pod,
    close: async () => {
      closing.abort();
      for (const t of tunnels) t.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
