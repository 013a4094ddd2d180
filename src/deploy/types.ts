// The Deployment contract: what deploy hands to load, observe, assert and teardown — where the RayService runs and
// how to reach its OpenAI endpoint and the Ray dashboard. Later stages open their own port-forward from it.
import { API_VERSION, defineContract } from '../contracts/index.ts';
import type { Reach } from '../kube/index.ts';

/** How a later stage reaches a port of the service (src/kube/reach.ts, where openReach opens it). */
export type { Reach };

export interface DeploymentTimings {
  /** When deploy started and when the service first answered, ISO 8601. */
  readonly startedAt: string;
  readonly readyAt?: string | undefined;
  readonly preflightMs: number;
  readonly applyMs: number;
  /** From apply to the first successful probe of the endpoint. */
  readonly readyMs?: number | undefined;
  /** From apply until the status said it serves (the readiness predicate held). */
  readonly statusReadyMs?: number | undefined;
  /** The HTTP probe through the endpoint, after the status said it serves. */
  readonly probeMs?: number | undefined;
}

export interface Deployment {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: 'Deployment';
  /** The kubeconfig context deploy used (never the kubeconfig itself: it holds credentials). */
  readonly context?: string | undefined;
  readonly namespace: string;
  readonly rayService: string;
  /** The active RayCluster when the service became ready, from status.activeServiceStatus.rayClusterName. */
  readonly rayCluster: string;
  /** The serve Service, from status (spec.serveService may rename it). */
  readonly serveService: string;
  /** The OpenAI-compatible endpoint (Serve's HTTP proxy, port 8000 on the head pod by default). */
  readonly endpoint: Reach;
  /** The Ray dashboard (port 8265 on the head pod): /api/serve/applications/, /api/cluster_status. */
  readonly dashboard: Reach;
  /** "1.7", "1.2"…, or "unknown" when the cluster does not say. */
  readonly kubeRayVersion: string;
  readonly rayVersion?: string | undefined;
  readonly timings: DeploymentTimings;
  /** The run label the namespace and the RayService carry (render's run id). */
  readonly runId: string;
}

const reachSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['kind', 'namespace', 'podSelector', 'pod', 'port'],
      properties: {
        kind: { const: 'port-forward' },
        namespace: { type: 'string' },
        podSelector: { type: 'string' },
        pod: { type: 'string' },
        port: { type: 'integer', minimum: 1, maximum: 65535 },
        rayService: { type: 'string' },
      },
    },
    { type: 'object', required: ['kind', 'url'], properties: { kind: { const: 'url' }, url: { type: 'string' } } },
  ],
} as const;

export const deploymentSchema = {
  type: 'object',
  required: [
    'apiVersion',
    'kind',
    'namespace',
    'rayService',
    'rayCluster',
    'serveService',
    'endpoint',
    'dashboard',
    'kubeRayVersion',
    'timings',
    'runId',
  ],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: 'Deployment' },
    context: { type: 'string' },
    namespace: { type: 'string' },
    rayService: { type: 'string' },
    rayCluster: { type: 'string' },
    serveService: { type: 'string' },
    endpoint: reachSchema,
    dashboard: reachSchema,
    kubeRayVersion: { type: 'string' },
    rayVersion: { type: 'string' },
    runId: { type: 'string' },
    timings: {
      type: 'object',
      required: ['startedAt', 'preflightMs', 'applyMs'],
      properties: {
        startedAt: { type: 'string' },
        readyAt: { type: 'string' },
        preflightMs: { type: 'number' },
        applyMs: { type: 'number' },
        readyMs: { type: 'number' },
        statusReadyMs: { type: 'number' },
        probeMs: { type: 'number' },
      },
    },
  },
} as const;

export const DEPLOYMENT = defineContract<Deployment>('Deployment', deploymentSchema);
