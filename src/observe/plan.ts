// What an observation will do, decided before anything runs: the sources, their intervals and targets, the PromQL
// after defaults and substitution, the bounds. Pure; `observe --dry-run` prints it, and startObserver runs it.
import { WORKER_SELECTOR } from './kube-collections.ts';
import type { PromQuery } from './prometheus-source.ts';
import { SERVE_APPLICATIONS_PATH } from './serve-poller.ts';
import { METRIC, type TimelineSource } from './types.ts';

/**
 * The DCGM exporter's default counters (NVIDIA/dcgm-exporter etc/default-counters.csv): DCGM_FI_DEV_GPU_UTIL in %,
 * DCGM_FI_DEV_FB_USED in MiB (so × 2^20 for bytes). With the exporter's Kubernetes pod mapping, `namespace` and `pod`
 * name the workload pod using the GPU. `$namespace` is replaced by the observed namespace.
 */
export const DEFAULT_GPU_QUERIES = {
  utilization: 'DCGM_FI_DEV_GPU_UTIL{namespace="$namespace"}',
  memory: 'DCGM_FI_DEV_FB_USED{namespace="$namespace"} * 1048576',
} as const;

export interface PrometheusRequest {
  readonly url: string;
  readonly utilizationQuery?: string | undefined;
  readonly memoryQuery?: string | undefined;
  /** Resolution of the range queries (default 1 s, the observer's own). */
  readonly stepMs?: number | undefined;
  /** How often a window is fetched while the run goes (default 15 s). */
  readonly intervalMs?: number | undefined;
  /** How far behind now a window ends (default 5 s: a couple of scrape intervals). */
  readonly lagMs?: number | undefined;
}

export interface ObserveRequest {
  readonly namespace: string;
  readonly rayService?: string | undefined;
  /** How often the sources observe (default 1 s). */
  readonly intervalMs?: number | undefined;
  /** The observer stops itself after this long (default 6 h), whoever forgets to stop it. */
  readonly maxDurationMs?: number | undefined;
  /** Which pods are Ray workers (default KubeRay's ray.io/node-type=worker). */
  readonly workerSelector?: string | undefined;
  /** Per request to the dashboard, the API server or Prometheus (default 10 s). */
  readonly requestTimeoutMs?: number | undefined;
  readonly prometheus?: PrometheusRequest | undefined;
}

export interface ObservationPlan {
  readonly namespace: string;
  readonly rayService: string | undefined;
  readonly intervalMs: number;
  readonly maxDurationMs: number;
  readonly requestTimeoutMs: number;
  readonly workerSelector: string;
  readonly prometheus:
    | {
        readonly url: string;
        readonly queries: readonly PromQuery[];
        readonly stepMs: number;
        readonly intervalMs: number;
        readonly lagMs: number;
      }
    | undefined;
  /** As the Timeline lists them. */
  readonly sources: readonly TimelineSource[];
}

export type PlanResult =
  { readonly ok: true; readonly plan: ObservationPlan } | { readonly ok: false; readonly problems: readonly string[] };

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

interface Bound {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

const BOUNDS = {
  interval: { name: 'the sampling interval', min: 100, max: 60_000 },
  maxDuration: { name: 'the maximum duration', min: 1000, max: 7 * 86_400_000 },
  requestTimeout: { name: 'the request timeout', min: 100, max: 300_000 },
  step: { name: 'the Prometheus step', min: 100, max: 3_600_000 },
  promInterval: { name: 'the Prometheus query interval', min: 1000, max: 3_600_000 },
  lag: { name: 'the Prometheus lag', min: 0, max: 3_600_000 },
} as const satisfies Record<string, Bound>;

export function planObservation(request: ObserveRequest): PlanResult {
  const problems: string[] = [];
  const within = (bound: Bound, value: number | undefined, fallback: number) => {
    const v = value ?? fallback;
    if (!Number.isFinite(v) || v < bound.min || v > bound.max)
      problems.push(`${bound.name} must be from ${bound.min} to ${bound.max} ms, not ${v}.`);
    return v;
  };
  if (!DNS_LABEL.test(request.namespace))
    problems.push(`"${request.namespace}" is not a namespace name (lowercase letters, digits and "-", at most 63).`);
  const intervalMs = within(BOUNDS.interval, request.intervalMs, 1000);
  const maxDurationMs = within(BOUNDS.maxDuration, request.maxDurationMs, 6 * 3_600_000);
  const requestTimeoutMs = within(BOUNDS.requestTimeout, request.requestTimeoutMs, 10_000);
  const workerSelector = request.workerSelector?.trim() || WORKER_SELECTOR;
  let prometheus: ObservationPlan['prometheus'];
  if (request.prometheus) {
    const p = request.prometheus;
    const url = prometheusUrl(p.url);
    if (typeof url !== 'string') problems.push(url.problem);
    const substitute = (expr: string) => expr.replaceAll('$namespace', request.namespace);
    const queries: PromQuery[] = [
      {
        metric: METRIC.gpuUtilization,
        expr: substitute(p.utilizationQuery?.trim() || DEFAULT_GPU_QUERIES.utilization),
      },
      { metric: METRIC.gpuMemoryUsed, expr: substitute(p.memoryQuery?.trim() || DEFAULT_GPU_QUERIES.memory) },
    ];
    prometheus = {
      url: typeof url === 'string' ? url : '',
      queries,
      stepMs: within(BOUNDS.step, p.stepMs, 1000),
      intervalMs: within(BOUNDS.promInterval, p.intervalMs, 15_000),
      lagMs: within(BOUNDS.lag, p.lagMs, 5000),
    };
  }
  if (problems.length) return { ok: false, problems };
  const sources: TimelineSource[] = [
    { name: 'serve', intervalMs, target: `Ray dashboard ${SERVE_APPLICATIONS_PATH}` },
    { name: 'pods', intervalMs, target: `pods in ${request.namespace} (${workerSelector})` },
    { name: 'events', intervalMs, target: `events in ${request.namespace}` },
  ];
  if (prometheus)
    for (const q of prometheus.queries)
      sources.push({
        name: 'prometheus',
        intervalMs: prometheus.stepMs,
        target: `${prometheus.url} ${q.metric}: ${q.expr}`,
      });
  return {
    ok: true,
    plan: {
      namespace: request.namespace,
      rayService: request.rayService,
      intervalMs,
      maxDurationMs,
      requestTimeoutMs,
      workerSelector,
      prometheus,
      sources,
    },
  };
}

/** A Prometheus base URL the observer can ask: http(s), no credentials in it (fetch refuses them, and they would be written out). */
function prometheusUrl(raw: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: `--prometheus "${raw}" is not a URL; pass one like http://127.0.0.1:9090.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { problem: `--prometheus must be an http or https URL, not ${url.protocol}.` };
  if (url.username || url.password)
    return {
      problem:
        '--prometheus must not carry credentials in the URL; put an authenticating proxy or port-forward in front of Prometheus.',
    };
  if (url.search || url.hash)
    return { problem: '--prometheus takes the base URL only (no query or fragment), e.g. http://127.0.0.1:9090.' };
  return url.toString().replace(/\/+$/, '');
}
