// The Ray dashboard's Serve API on the head pod (port 8265): GET /api/serve/applications/ in Ray's
// ServeInstanceDetails shape (python/ray/serve/schema.py, 2.47, exclude_unset), PUT to deploy, GET
// /api/cluster_status (autoscaler view) and GET /api/ray/version.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RayClusterRuntime } from '../raycluster/runtime.ts';
import { readBody, sendJson } from '../http.ts';

const json = sendJson;

function actor(nodeId: string | undefined, ip: string | undefined, actorId: string | null, name: string, log: string) {
  return {
    node_id: nodeId ?? null,
    node_ip: ip ?? null,
    node_instance_id: '',
    actor_id: actorId,
    actor_name: name,
    worker_id: actorId ? `${actorId}${actorId}`.slice(0, 56) : null,
    log_file_path: actorId ? log : null,
  };
}

export function serveInstanceDetails(runtime: RayClusterRuntime): Record<string, unknown> {
  const serve = runtime.serve;
  if (serve.apps.size === 0)
    return { deploy_mode: 'MULTI_APP', controller_info: {}, proxies: {}, applications: {}, target_capacity: null };
  const head = runtime.head();
  const nodesWithReplicas = runtime.nodes().filter((n) => n.isHead || serve.replicasOn(n.podName) > 0);
  return {
    controller_info: actor(
      head?.nodeId,
      head?.ip,
      serve.controllerActorId,
      'SERVE_CONTROLLER_ACTOR',
      '/serve/controller.log',
    ),
    proxy_location: 'EveryNode',
    http_options: { host: '0.0.0.0', port: 8000 },
    grpc_options: { port: 9000, grpc_servicer_functions: [] },
    proxies: Object.fromEntries(
      nodesWithReplicas.map((n) => [
        n.nodeId,
        {
          ...actor(n.nodeId, n.ip, n.nodeId.slice(0, 32), `SERVE_PROXY_ACTOR-${n.nodeId}`, `/serve/proxy_${n.ip}.log`),
          status: 'HEALTHY',
        },
      ]),
    ),
    deploy_mode: 'MULTI_APP',
    applications: Object.fromEntries(
      [...serve.apps.values()].map((app) => [
        app.name,
        {
          name: app.name,
          route_prefix: app.routePrefix,
          docs_path: app.isLlm ? '/docs' : null,
          status: app.status,
          message: app.message,
          last_deployed_time_s: app.deployedAtS,
          deployed_app_config: app.config,
          source: 'declarative',
          deployments: Object.fromEntries(
            app.deployments.map((d) => [
              d.spec.name,
              {
                name: d.spec.name,
                status: d.status,
                status_trigger: d.trigger,
                message: d.message,
                deployment_config: d.spec.reportedConfig,
                target_num_replicas: d.target,
                required_resources: { CPU: 1.0 },
                replicas: d.replicas.map((r) => ({
                  ...actor(
                    r.node?.nodeId,
                    r.node?.ip,
                    r.actorId,
                    `SERVE_REPLICA::${app.name}#${d.spec.name}#${r.id}`,
                    `/serve/replica_${app.name}_${d.spec.name}_${r.id}.log`,
                  ),
                  replica_id: r.id,
                  state: r.state,
                  pid: r.pid,
                  start_time_s: r.startTimeS,
                })),
              },
            ]),
          ),
        },
      ]),
    ),
    target_capacity: null,
  };
}

/**
 * The autoscaler's view as Ray 2.47's dashboard serves it (dashboard/modules/reporter/reporter_head.py
 * get_cluster_status): `autoscalingStatus` is the `ray status` text, `clusterStatus` the monitor's debug status
 * (autoscaler/_private/monitor.py) with the dashboard's camelCase keys: autoscalerReport.activeNodes per node type
 * (the head as "headgroup", as KubeRay names its type), pendingNodes as [ip, type, status] for pods not yet Ray
 * nodes, and loadMetricsReport's usage and GPU demand. Checked against a real 2.47.1 answer (test/conformance).
 */
export function clusterStatus(runtime: RayClusterRuntime, nowMs: number): Record<string, unknown> {
  const nodes = runtime.nodes();
  const pods = runtime.pods().filter((p) => !p.metadata.deletionTimestamp);
  const started = new Set(nodes.map((n) => n.podName));
  const typeOf = (n: { isHead: boolean; group: string }) => (n.isHead ? 'headgroup' : n.group);
  const active = nodes.reduce<Record<string, number>>(
    (acc, n) => ({ ...acc, [typeOf(n)]: (acc[typeOf(n)] ?? 0) + 1 }),
    {},
  );
  const pending = pods
    .filter((p) => !started.has(p.metadata.name))
    .map((p) => [
      String(p.status?.podIP ?? ''),
      p.metadata.labels?.['ray.io/node-type'] === 'head'
        ? 'headgroup'
        : (p.metadata.labels?.['ray.io/group'] ?? 'unknown'),
      'setting-up',
    ]);
  const gpusTotal = nodes.reduce((s, n) => s + n.gpus, 0);
  const gpusUsed = nodes.reduce((s, n) => s + runtime.serve.usedGpus(n.podName), 0);
  const demands = runtime.serve.pendingGpuDemands();
  const text = [
    `Cluster status: ${nodes.length} nodes`,
    'Worker node types:',
    ...Object.entries(active)
      .filter(([type]) => type !== 'headgroup')
      .map(([type, count]) => ` - ${type}: ${count}`),
  ].join('\n');
  return {
    result: true,
    msg: 'Got cluster status.',
    data: {
      autoscalingStatus: text,
      autoscalingError: null,
      clusterStatus: {
        time: nowMs / 1000,
        autoscalerReport: {
          activeNodes: active,
          idleNodes: null,
          pendingNodes: pending,
          pendingLaunches: {},
          failedNodes: [],
          pendingResources: {},
          legacy: true,
        },
        loadMetricsReport: {
          usage: { GPU: [gpusUsed, gpusTotal] },
          resourceDemand: demands.length ? [[{ GPU: demands[0] }, demands.length]] : [],
          pgDemand: [],
          requestDemand: [],
        },
      },
    },
  };
}

export function createDashboardHandler(runtime: () => RayClusterRuntime | undefined) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cluster = runtime();
    const path = new URL(req.url ?? '/', 'http://sim').pathname;
    if (!cluster) return json(res, 503, { result: false, msg: 'Ray is not running.' });
    if (path === '/api/serve/applications/' || path === '/api/serve/applications') {
      if (req.method === 'GET') return json(res, 200, serveInstanceDetails(cluster));
      if (req.method === 'PUT') {
        const raw = await readBody(req);
        if (!raw) return json(res, 413, { result: false, msg: 'The request body is too large.' });
        let config: unknown;
        try {
          config = JSON.parse(raw.toString('utf8'));
        } catch {
          return json(res, 400, { result: false, msg: 'The request body is not JSON.' });
        }
        // Serve's deploy API takes a config object; anything else is the client's mistake, not a crash in deploy.
        if (typeof config !== 'object' || config === null || Array.isArray(config))
          return json(res, 400, { result: false, msg: 'The request body must be a JSON object (a Serve config).' });
        const error = cluster.serve.deploy(config as Record<string, unknown>);
        return error ? json(res, 400, { result: false, msg: error }) : json(res, 200, {});
      }
    }
    if (path === '/api/cluster_status') return json(res, 200, clusterStatus(cluster, cluster.now()));
    if (path === '/api/ray/version' || path === '/api/version') {
      return json(res, 200, {
        version: '4',
        ray_version: cluster.rayVersion?.text ?? 'unknown',
        ray_commit: '{{RAY_COMMIT_SHA}}',
        session_name: cluster.sessionName,
      });
    }
    json(res, 404, { result: false, msg: `Not found: ${path}` });
  };
}
