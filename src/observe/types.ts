// The Timeline contract: what observe hands to assert and report — one stream of samples, the namespace's Kubernetes
// events, and the spans where a source saw nothing — plus the metric vocabulary the observer writes into it.
import { API_VERSION, defineContract, sampleSchema, type Sample } from '../contracts/index.ts';

/**
 * Samples (src/contracts/sample.ts) as the observer writes them. One observation: `value` of `metric` for the series named by `labels`, at `time`.
 *
 * `time` is integer milliseconds since the Unix epoch on the observer's clock (wall time for a run against a
 * cluster; the sim's simulated time when the observer runs on it, as a forecast does). Milliseconds rather than
 * ISO strings: assert and report do arithmetic on them, and a 40-minute run writes tens of thousands.
 *
 * A sample is a point, not a step: it says what was seen at `time`. A source observes every `intervalMs` (its
 * entry in `sources`) and on every change it hears of, so a series has a sample at least that often while its
 * source can see; where it could not, there is a gap, never a repeated or made-up value. The load stage adds its
 * own metrics to the same stream.
 */
export type { Sample };

/** The observer's sources. */
export const SOURCES = ['serve', 'pods', 'events', 'prometheus'] as const;
export type SourceName = (typeof SOURCES)[number];

/**
 * A span in which a source could not see (requests failing, a watch down, a re-list after 410 Gone) up to its next
 * good observation (or the end of the run). A poll's gap starts at the poll that failed; a watch's, one interval
 * after it ended, since what it held stays current that long — a watch down for less than its interval is no gap.
 * Samples of the source's metrics inside a gap are missing on purpose; assertions treat the span as unknown.
 */
export interface Gap {
  readonly source: SourceName;
  readonly from: number;
  readonly to: number;
  /** What went wrong, in order (up to three causes), and how many failures: "dashboard …: HTTP 503 (4 failures)". */
  readonly reason: string;
  /** For a source with several queries (prometheus): the metric the gap is in. */
  readonly metric?: string | undefined;
}

/**
 * One occurrence of a Kubernetes Event in the namespace. The API server folds repeats into one object with a
 * count; each count the observer sees is an entry (count 3 seen after count 1 is one entry with count 3).
 */
export interface ObservedEvent {
  /** When it happened, by the event's own timestamps (lastTimestamp, eventTime, series, creation), in ms. */
  readonly time: number;
  /** When the observer learnt of it, on the observer's clock. */
  readonly observedAt: number;
  readonly type: string;
  readonly reason: string;
  readonly message: string;
  readonly object: { readonly kind: string; readonly name: string };
  readonly count: number;
  /** The component that reported it (kubelet, default-scheduler, kuberay-operator…). */
  readonly component?: string | undefined;
}

export interface TimelineSource {
  readonly name: SourceName;
  /** How often the source observes; a sample is current for this long. */
  readonly intervalMs: number;
  /** What it observes: the dashboard path, the label selector, the PromQL (never credentials). */
  readonly target: string;
}

export interface Timeline {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: 'Timeline';
  readonly namespace: string;
  readonly rayService?: string | undefined;
  /** The observed span, ms since the epoch on the observer's clock; `startedAt` is `start` in ISO 8601. */
  readonly start: number;
  readonly end: number;
  readonly startedAt: string;
  readonly sources: readonly TimelineSource[];
  /** Ordered by time. */
  readonly samples: readonly Sample[];
  /** Ordered by time. */
  readonly events: readonly ObservedEvent[];
  /** Ordered by `from`. */
  readonly gaps: readonly Gap[];
  /** Samples or events not kept because the run went past the observer's bounds (a long run, an event storm). */
  readonly dropped?: { readonly samples: number; readonly events: number } | undefined;
}

/**
 * The observer's metric names. Counts are whole numbers; labels are strings.
 *
 * - `serve_replicas{app,deployment,state}`: Serve replicas in each state Ray reports (STARTING, UPDATING,
 *   RECOVERING, RUNNING, STOPPING, PENDING_MIGRATION; zeros included), from the dashboard's /api/serve/applications/.
 * - `serve_target_replicas{app,deployment}`: Serve's target_num_replicas, the autoscaler's decision.
 * - `ray_worker_pods{cluster,group,phase}`: worker pods by phase (Pending, Running, Succeeded, Failed, Unknown), a
 *   pod being deleted counting as Terminating, as kubectl shows it; zeros included for every phase.
 * - `gpus_requested{cluster,group}`: the GPU limits (resource names ending in "gpu") of Running worker pods,
 *   Terminating ones included: a pod holds its GPUs until it is gone.
 * - `gpu_seconds{cluster,group}`: `gpus_requested` integrated over the time the pods source could see, cumulative.
 * - `gpu_utilization_percent{pod,gpu}`, `gpu_memory_used_bytes{pod,gpu}`: per GPU, from Prometheus (DCGM exporter).
 */
export const METRIC = {
  serveReplicas: 'serve_replicas',
  serveTargetReplicas: 'serve_target_replicas',
  rayWorkerPods: 'ray_worker_pods',
  gpusRequested: 'gpus_requested',
  gpuSeconds: 'gpu_seconds',
  gpuUtilization: 'gpu_utilization_percent',
  gpuMemoryUsed: 'gpu_memory_used_bytes',
} as const;
export type ObserveMetric = (typeof METRIC)[keyof typeof METRIC];

/** Which source writes each of the observer's metrics: a gap of that source is a gap in these series. */
export const METRIC_SOURCE: Readonly<Record<ObserveMetric, SourceName>> = {
  serve_replicas: 'serve',
  serve_target_replicas: 'serve',
  ray_worker_pods: 'pods',
  gpus_requested: 'pods',
  gpu_seconds: 'pods',
  gpu_utilization_percent: 'prometheus',
  gpu_memory_used_bytes: 'prometheus',
};

/** Ray Serve's replica states (python/ray/serve/_private/common.py, ReplicaState), every one written, zeros too. */
export const REPLICA_STATES = [
  'STARTING',
  'UPDATING',
  'RECOVERING',
  'RUNNING',
  'STOPPING',
  'PENDING_MIGRATION',
] as const;

/** Pod phases (core/v1 PodStatus.phase), plus Terminating for a pod with a deletionTimestamp. */
export const POD_PHASES = ['Pending', 'Running', 'Terminating', 'Succeeded', 'Failed', 'Unknown'] as const;
export type PodPhase = (typeof POD_PHASES)[number];

export const timelineSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'namespace', 'start', 'end', 'startedAt', 'sources', 'samples', 'events', 'gaps'],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: 'Timeline' },
    namespace: { type: 'string' },
    rayService: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    startedAt: { type: 'string' },
    sources: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'intervalMs', 'target'],
        properties: {
          name: { enum: SOURCES },
          intervalMs: { type: 'number', exclusiveMinimum: 0 },
          target: { type: 'string' },
        },
      },
    },
    samples: { type: 'array', items: sampleSchema },
    events: {
      type: 'array',
      items: {
        type: 'object',
        required: ['time', 'observedAt', 'type', 'reason', 'message', 'object', 'count'],
        properties: {
          time: { type: 'integer' },
          observedAt: { type: 'integer' },
          type: { type: 'string' },
          reason: { type: 'string' },
          message: { type: 'string' },
          object: {
            type: 'object',
            required: ['kind', 'name'],
            properties: { kind: { type: 'string' }, name: { type: 'string' } },
          },
          count: { type: 'integer', minimum: 1 },
          component: { type: 'string' },
        },
      },
    },
    gaps: {
      type: 'array',
      items: {
        type: 'object',
        required: ['source', 'from', 'to', 'reason'],
        properties: {
          source: { enum: SOURCES },
          from: { type: 'integer' },
          to: { type: 'integer' },
          reason: { type: 'string' },
          metric: { type: 'string' },
        },
      },
    },
    dropped: {
      type: 'object',
      required: ['samples', 'events'],
      properties: { samples: { type: 'integer' }, events: { type: 'integer' } },
    },
  },
} as const;

export const TIMELINE = defineContract<Timeline>('Timeline', timelineSchema);
