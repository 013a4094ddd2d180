// The pod network, for what reaches it from outside (port-forward, the API server's service proxy): which handler
// answers on a pod's port. A Ray head serves the dashboard (8265); every Ray pod with a Serve proxy serves 8000;
// every Ray pod exports metrics on 8080. Every handler it gives out runs inside the request boundary, whoever calls it.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { guarded, type GuardedHandler } from './boundary.ts';
import type { SimLog } from './log.ts';
import { typeByKind } from './api/resources.ts';
import type { KObject, ObjectStore } from './api/store.ts';
import { parseLabelSelector } from './api/selectors.ts';
import type { Clock } from './clock.ts';
import { LABEL } from './kuberay/names.ts';
import type { Random } from './random.ts';
import { createDashboardHandler } from './serve/dashboard.ts';
import { createProxyHandler } from './serve/openai.ts';
import type { World } from './world.ts';
import { podExposition } from './metrics.ts';
import { podReady } from './cluster/pod-status.ts';

export type HttpHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const POD = typeByKind('v1', 'Pod')!;
const SERVICE = typeByKind('v1', 'Service')!;

export interface PodNetwork {
  /** The handler on a pod's port, or undefined when nothing listens there. The sim's own never throw or reject. */
  handler(namespace: string, podName: string, port: number): HttpHandler | undefined;
  /** A ready pod behind a Service and the target port for a service port (name or number). */
  resolveService(namespace: string, name: string, port: string): { pod: KObject; port: number } | undefined;
}

export function podNetwork(store: ObjectStore, clock: Clock, random: Random, world: World, log: SimLog): PodNetwork {
  const handlers = new Map<string, GuardedHandler>();
  // One handler per pod port: port-forward keeps a listener per handler, so a new one per call would leak them.
  const cached = (key: string, what: string, make: () => HttpHandler) => {
    let handler = handlers.get(key);
    if (!handler) handlers.set(key, (handler = guarded(make(), log, what)));
    return handler;
  };
  return {
    handler(namespace, podName, port) {
      const pod = store.get(POD, namespace, podName);
      if (!pod || !world.kubelet.started(pod)) return undefined;
      const cluster = pod.metadata.labels?.[LABEL.cluster];
      if (!cluster) return undefined;
      const runtime = () => world.runtimeFor(namespace, cluster);
      const isHead = pod.metadata.labels?.[LABEL.nodeType] === 'head';
      if (port === 8265 && isHead)
        return cached(`${namespace}/${cluster}/dashboard`, 'the Ray dashboard', () => createDashboardHandler(runtime));
      if (port === 8000)
        return cached(`${namespace}/${cluster}/proxy`, 'the Serve proxy', () =>
          createProxyHandler({ serve: () => runtime()?.serve, clock, random }),
        );
      if (port === 8080) {
        return cached(`${namespace}/${cluster}/${podName}/metrics`, "a pod's metrics", () => (_req, res) => {
          const cluster = runtime();
          const text = cluster ? podExposition(cluster, podName) : '';
          res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' });
          res.end(text);
        });
      }
      return undefined;
    },
    resolveService(namespace, name, port) {
      const service = store.get(SERVICE, namespace, name);
      if (!service) return undefined;
      const ports = (service.spec?.ports ?? []) as { name?: string; port: number; targetPort?: number | string }[];
      const match = port === '' ? ports[0] : ports.find((p) => p.name === port || String(p.port) === port);
      if (!match) return undefined;
      const selector = parseLabelSelector(
        Object.entries(service.spec?.selector ?? {})
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(','),
      );
      const pods = store
        .scan(POD, namespace)
        .filter(
          (p) => !p.metadata.deletionTimestamp && selector(p.metadata.labels ?? {}) && p.status?.phase === 'Running',
        );
      const ready = pods.filter(podReady);
      const pod = (ready.length ? ready : service.spec?.publishNotReadyAddresses ? pods : [])[0];
      if (!pod) return undefined;
      return { pod, port: typeof match.targetPort === 'number' ? match.targetPort : match.port };
    },
  };
}
