// Reads the Ray dashboard's GET /api/cluster_status answer into Ray nodes per node type, active and pending: the node
// count where there are no pods to watch (a Ray cluster outside Kubernetes, as the conformance tier runs).
//
// Shape (Ray 2.47, dashboard/modules/reporter/reporter_head.py get_cluster_status): `data.clusterStatus` is the
// autoscaler's debug status from GCS (python/ray/autoscaler/_private/monitor.py, AutoscalerSummary in util.py), keys
// turned to camelCase by the dashboard's rest_response: autoscalerReport.activeNodes {type: count},
// pendingNodes [[ip, type, status]], pendingLaunches {type: count}. Null before the autoscaler's first report.
import type { Sample } from './types.ts';

/** `ray_nodes{node_type,state}`: Ray nodes per node type, state `active` or `pending` (launching or starting). */
export const RAY_NODES_METRIC = 'ray_nodes';

export interface RayNodeCounts {
  readonly active: Readonly<Record<string, number>>;
  readonly pending: Readonly<Record<string, number>>;
}

export type ClusterStatusReading =
  { readonly ok: true; readonly nodes: RayNodeCounts | undefined } | { readonly ok: false; readonly problem: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Node counts from an answer; `nodes` undefined while the autoscaler has not reported yet. */
export function readClusterStatus(body: unknown): ClusterStatusReading {
  if (!isObject(body) || !isObject(body['data'])) return { ok: false, problem: 'no data object' };
  const status = body['data']['clusterStatus'];
  if (status === null || status === undefined) return { ok: true, nodes: undefined };
  if (!isObject(status) || !isObject(status['autoscalerReport']))
    return { ok: false, problem: 'clusterStatus has no autoscalerReport' };
  const report = status['autoscalerReport'];
  const active: Record<string, number> = {};
  const pending: Record<string, number> = {};
  const add = (into: Record<string, number>, type: unknown, count: unknown) => {
    if (typeof type !== 'string' || typeof count !== 'number' || !Number.isFinite(count) || count < 0) return;
    into[type] = (into[type] ?? 0) + Math.floor(count);
  };
  if (isObject(report['activeNodes'])) for (const [t, n] of Object.entries(report['activeNodes'])) add(active, t, n);
  if (isObject(report['pendingLaunches']))
    for (const [t, n] of Object.entries(report['pendingLaunches'])) add(pending, t, n);
  if (Array.isArray(report['pendingNodes']))
    for (const node of report['pendingNodes']) if (Array.isArray(node)) add(pending, node[1], 1);
  return { ok: true, nodes: { active, pending } };
}

/** One sample per node type and state (zeros included for a type seen in either state). */
export function rayNodeSamples(nodes: RayNodeCounts, time: number): Sample[] {
  const types = new Set([...Object.keys(nodes.active), ...Object.keys(nodes.pending)]);
  return [...types].sort().flatMap((type) => [
    { time, metric: RAY_NODES_METRIC, labels: { node_type: type, state: 'active' }, value: nodes.active[type] ?? 0 },
    { time, metric: RAY_NODES_METRIC, labels: { node_type: type, state: 'pending' }, value: nodes.pending[type] ?? 0 },
  ]);
}
