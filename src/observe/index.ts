// observe: the timeline of a run — Serve replicas, Ray worker pods, GPUs, GPU metrics and events. Everything other
// folders may use of it.
export { WALL_CLOCK, type Clock } from '../time/clock.ts';
export { timelineCsv } from './csv.ts';
export { RAY_NODES_METRIC, readClusterStatus, type RayNodeCounts } from './cluster-status.ts';
export { startDashboardObserver, type DashboardObserver, type DashboardObserverOptions } from './dashboard-observer.ts';
export { startObserver, type Observer, type ObserverDeps } from './observer.ts';
export {
  DEFAULT_GPU_QUERIES,
  planObservation,
  type ObservationPlan,
  type ObserveRequest,
  type PlanResult,
  type PrometheusRequest,
} from './plan.ts';
export type { SampleListener } from './timeline-recorder.ts';
export {
  METRIC,
  METRIC_SOURCE,
  POD_PHASES,
  REPLICA_STATES,
  SOURCES,
  TIMELINE,
  type Gap,
  type ObservedEvent,
  type ObserveMetric,
  type PodPhase,
  type Sample,
  type SourceName,
  type Timeline,
  type TimelineSource,
} from './types.ts';
export {
  describeTimeline,
  runObserve,
  type ObserveContext,
  type ObserveRun,
  type ObserveRunRequest,
  type ReachOpener,
} from './run.ts';
