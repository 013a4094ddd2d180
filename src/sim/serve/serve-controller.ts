// The Serve controller of one Ray cluster: applications and deployments from the submitted config, the control
// loop (every 0.1 s), replicas placed on Ray nodes with free GPUs, started, drained and stopped, and the GPU demand
// the Ray autoscaler sees for replicas that fit nowhere (ray python/ray/serve/_private/{controller,
// deployment_state,deployment_scheduler}.py, 2.4x).
import { parse } from 'yaml';
import {
  dict,
  effectiveDeployment,
  list,
  llmIngress,
  numberOr,
  serveApps,
  serveDeployments,
  type RayVersion,
} from '../../ray/index.ts';
import type { Clock } from '../clock.ts';
import type { Random } from '../random.ts';
import { DeploymentRuntime } from './deployment-runtime.ts';
import { policyVariant } from './policy.ts';
import type { AppStatus, DeploymentSpec, RayNode, Replica } from './types.ts';

export const CONTROL_LOOP_MS = 100;

export interface AppRuntime {
  readonly name: string;
  readonly routePrefix: string | null;
  readonly importPath: string;
  readonly config: Record<string, unknown>;
  readonly deployedAtS: number;
  readonly deployments: DeploymentRuntime[];
  readonly isLlm: boolean;
  status: AppStatus;
  message: string;
}

export interface ServeControllerDeps {
  readonly clock: Clock;
  readonly random: Random;
  readonly rayVersion: RayVersion | undefined;
  /** Ray nodes that are up. */
  readonly nodes: () => readonly RayNode[];
  /** How long a replica takes to initialize on a node (vLLM engine start for model replicas). */
  readonly startupMs: (node: RayNode, spec: DeploymentSpec) => number;
}

export class ServeController {
  readonly apps = new Map<string, AppRuntime>();
  readonly controllerActorId: string;
  /** HTTP requests by "application|route|method|status", for ray_serve_num_http_requests_total. */
  readonly httpRequests = new Map<string, number>();
  private readonly deps: ServeControllerDeps;

  constructor(deps: ServeControllerDeps) {
    this.deps = deps;
    this.controllerActorId = hex(deps.random, 32);
  }

  get deployments(): DeploymentRuntime[] {
    return [...this.apps.values()].flatMap((app) => app.deployments);
  }

  /** PUT /api/serve/applications/: returns an error message for a config Ray would reject. */
  deploy(serveConfig: string | Record<string, unknown>): string | undefined {
    let config: Record<string, unknown>;
    try {
      config = typeof serveConfig === 'string' ? dict(parse(serveConfig)) : serveConfig;
    } catch (error) {
      return `Failed to parse serveConfigV2: ${(error as Error).message.split('\n')[0]}`;
    }
    const apps = serveApps(config);
    if (!apps.length) return 'serveConfigV2 has no applications.';
    const variant = policyVariant(this.deps.rayVersion);
    const nowS = this.deps.clock.now() / 1000;
    const rawApps = list(config['applications']);
    // Applications no longer in the config are deleted (their replicas stop).
    for (const [name, app] of this.apps) {
      if (apps.some((a) => a.name === name)) continue;
      for (const d of app.deployments) {
        d.target = 0;
        d.abandonQueue(`application ${name} was deleted`);
      }
      app.status = 'DELETING';
    }
    for (const app of apps) {
      const specs = this.specsOf(config, app.index, app.name, app.isLlm);
      const existing = this.apps.get(app.name);
      if (existing && existing.status !== 'DELETING') {
        if (JSON.stringify(existing.config) === JSON.stringify(dict(rawApps[app.index]))) continue;
        // In-place update: deployments keep their replicas and take the new options.
        const kept = specs.map((spec) => {
          const current = existing.deployments.find((d) => d.spec.name === spec.name);
          if (current) {
            current.reconfigure(spec);
            return current;
          }
          return new DeploymentRuntime(spec, this.deps.clock, this.deps.random, variant);
        });
        for (const gone of existing.deployments.filter((d) => !kept.includes(d)))
          gone.abandonQueue(`deployment ${gone.spec.name} was removed`);
        this.apps.set(app.name, {
          ...existing,
          config: dict(rawApps[app.index]),
          deployedAtS: nowS,
          deployments: kept,
          status: 'DEPLOYING',
          message: '',
        });
        for (const d of kept) d.everHealthy = d.status === 'HEALTHY';
        continue;
      }
      this.apps.set(app.name, {
        name: app.name,
        routePrefix: app.routePrefix === undefined ? '/' : app.routePrefix,
        importPath: app.importPath ?? '',
        config: dict(rawApps[app.index]),
        deployedAtS: nowS,
        deployments: specs.map((spec) => new DeploymentRuntime(spec, this.deps.clock, this.deps.random, variant)),
        isLlm: app.isLlm,
        status: 'DEPLOYING',
        message: '',
      });
    }
    return undefined;
  }

  private specsOf(
    config: Record<string, unknown>,
    appIndex: number,
    appName: string,
    isLlm: boolean,
  ): DeploymentSpec[] {
    const version = this.deps.rayVersion;
    const models = serveDeployments(config, version).filter((d) => d.appIndex === appIndex);
    const specs: DeploymentSpec[] = models.map((model) => {
      const effective = effectiveDeployment(model, version);
      const options = model.options;
      const autoscaling = effective.mode === 'autoscaling' ? effective.autoscaling : undefined;
      return {
        app: appName,
        name: model.name,
        autoscaling,
        fixedReplicas: effective.fixedReplicas ?? 1,
        maxOngoingRequests: effective.maxOngoingRequests ?? 5,
        maxQueuedRequests: numberOr(options['max_queued_requests'], -1),
        gpusPerReplica: model.gpusPerReplica ?? 0,
        gracefulShutdownTimeoutS: numberOr(options['graceful_shutdown_timeout_s'], 20),
        gracefulShutdownWaitLoopS: numberOr(options['graceful_shutdown_wait_loop_s'], 2),
        ...(model.llm ? { model: { id: model.llm.modelId, maxModelLen: model.llm.maxModelLen ?? null } } : {}),
        reportedConfig: reported(model.name, options, autoscaling, effective.maxOngoingRequests ?? 5),
      };
    });
    if (isLlm && specs.length) {
      const ingress = llmIngress(dict(dict(list(config['applications'])[appIndex])['args']), version);
      const autoscaling = {
        minReplicas: ingress.minReplicas,
        initialReplicas: ingress.initialReplicas,
        maxReplicas: ingress.maxReplicas,
        targetOngoingRequests: ingress.targetOngoingRequests,
        upscaleDelayS: 30,
        downscaleDelayS: 600,
        downscaleToZeroDelayS: undefined,
        upscalingFactor: 1,
        downscalingFactor: 1,
        lookBackPeriodS: 30,
        metricsIntervalS: 10,
      };
      specs.unshift({
        app: appName,
        name: ingress.name,
        autoscaling,
        fixedReplicas: ingress.initialReplicas,
        maxOngoingRequests: ingress.maxOngoingRequests,
        maxQueuedRequests: -1,
        gpusPerReplica: 0,
        gracefulShutdownTimeoutS: 20,
        ingress: true,
        reportedConfig: reported(ingress.name, {}, autoscaling, ingress.maxOngoingRequests),
      });
    }
    if (!specs.length) {
      specs.push({
        app: appName,
        name: 'default',
        autoscaling: undefined,
        fixedReplicas: 1,
        maxOngoingRequests: 5,
        maxQueuedRequests: -1,
        gpusPerReplica: 0,
        gracefulShutdownTimeoutS: 20,
        reportedConfig: reported('default', {}, undefined, 5),
      });
    }
    return specs;
  }

  /** One control-loop step for every deployment. */
  tick(): void {
    const now = this.deps.clock.now();
    const nodes = this.deps.nodes();
    const alive = new Set(nodes.map((n) => n.podName));
    for (const deployment of this.deployments) {
      // Replicas on nodes that went away died with them.
      deployment.replicas = deployment.replicas.filter((r) => !r.node || alive.has(r.node.podName));
      deployment.tick();
      this.scale(deployment);
      for (const replica of deployment.replicas) {
        if (replica.state === 'STARTING' && replica.readyAt !== undefined && replica.readyAt <= now) {
          replica.state = 'RUNNING';
          replica.pid = this.deps.random.int(300, 9000);
          deployment.drainQueue();
        }
      }
      deployment.replicas = deployment.replicas.filter((r) => !stopped(r, now, deployment.spec));
    }
    this.place(nodes);
    for (const [name, app] of this.apps) {
      if (app.status === 'DEPLOYING' && app.deployments.every((d) => d.everHealthy)) app.status = 'RUNNING';
      if (app.status === 'DELETING' && app.deployments.every((d) => d.replicas.length === 0)) this.apps.delete(name);
    }
  }

  private scale(deployment: DeploymentRuntime): void {
    const now = this.deps.clock.now();
    const active = deployment.replicas.filter((r) => r.state !== 'STOPPING');
    const delta = deployment.target - active.length;
    if (delta > 0) {
      // Stopping replicas do not hold back new ones: Ray counts STARTING, UPDATING, RUNNING (and RECOVERING) against
      // the target (python/ray/serve/_private/deployment_state.py, scale_deployment_replicas, 2.47).
      for (let i = 0; i < delta; i++) {
        deployment.replicas.push({
          id: this.deps.random.suffix(8),
          state: 'STARTING',
          node: undefined,
          gpus: deployment.spec.gpusPerReplica,
          ongoing: 0,
          startTimeS: now / 1000,
          pid: null,
          actorId: null,
          readyAt: undefined,
          stopBy: undefined,
        });
      }
    } else if (delta < 0) {
      const perNode = new Map<string, number>();
      for (const r of active) if (r.node) perNode.set(r.node.podName, (perNode.get(r.node.podName) ?? 0) + 1);
      const rank = (r: Replica) => [
        r.state !== 'RUNNING' ? 0 : 1,
        r.node?.isHead ? 1 : 0,
        r.node ? (perNode.get(r.node.podName) ?? 0) : 0,
        -r.startTimeS,
      ];
      const order = [...active].sort((a, b) => {
        const ra = rank(a);
        const rb = rank(b);
        for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
        return 0;
      });
      for (const replica of order.slice(0, -delta)) {
        replica.state = 'STOPPING';
        replica.stopBy = now + deployment.spec.gracefulShutdownTimeoutS * 1000;
        replica.drainCheckAt = now + (deployment.spec.gracefulShutdownWaitLoopS ?? 2) * 1000;
      }
    }
  }

  /** GPUs held on a node by replicas that are placed there. */
  usedGpus(podName: string): number {
    let used = 0;
    for (const d of this.deployments) for (const r of d.replicas) if (r.node?.podName === podName) used += r.gpus;
    return used;
  }

  /**
   * Replicas placed on a node in any state: a stopping replica's actor holds its resources until it exits, so its
   * node is not idle to the Ray autoscaler (python/ray/autoscaler/_private/autoscaler.py terminates a worker idle
   * past idle_timeout_minutes by load_metrics' last-used time, which moves while any resource is in use).
   */
  replicasPlacedOn(podName: string): number {
    let count = 0;
    for (const d of this.deployments) for (const r of d.replicas) if (r.node?.podName === podName) count++;
    return count;
  }

  replicasOn(podName: string): number {
    let count = 0;
    for (const d of this.deployments)
      for (const r of d.replicas) if (r.node?.podName === podName && r.state !== 'STOPPING') count++;
    return count;
  }

  private place(nodes: readonly RayNode[]): void {
    const now = this.deps.clock.now();
    for (const deployment of this.deployments) {
      for (const replica of deployment.replicas) {
        if (replica.node || replica.state !== 'STARTING') continue;
        const node =
          replica.gpus > 0
            ? nodes.find((n) => n.gpus - this.usedGpus(n.podName) >= replica.gpus)
            : (nodes.find((n) => n.isHead) ?? nodes[0]);
        if (!node) continue;
        replica.node = node;
        replica.actorId = hex(this.deps.random, 32);
        replica.readyAt = now + this.deps.startupMs(node, deployment.spec);
      }
    }
  }

  /** GPU bundles of replicas waiting for resources: what `ray status` lists as pending demands. */
  pendingGpuDemands(): number[] {
    return this.deployments.flatMap((d) =>
      d.replicas.filter((r) => r.state === 'STARTING' && !r.node && r.gpus > 0).map((r) => r.gpus),
    );
  }

  shutdown(): void {
    for (const d of this.deployments) d.abandonQueue('Serve is shutting down');
    this.apps.clear();
  }
}

/**
 * Whether a STOPPING replica is gone by `now`. Ray's replica sleeps graceful_shutdown_wait_loop_s before it first
 * counts its ongoing requests, and again each time some are left, exiting at the first count of none
 * (python/ray/serve/_private/replica.py, _drain_ongoing_requests); the controller kills it at
 * graceful_shutdown_timeout_s whatever it holds. Seen against real 2.47.1: idle replicas STOPPING for 2 s.
 */
function stopped(replica: Replica, now: number, spec: DeploymentSpec): boolean {
  if (replica.state !== 'STOPPING') return false;
  if ((replica.stopBy ?? 0) <= now) return true;
  if (replica.drainCheckAt === undefined) return replica.ongoing === 0;
  if (now < replica.drainCheckAt) return false;
  if (replica.ongoing === 0) return true;
  replica.drainCheckAt += (spec.gracefulShutdownWaitLoopS ?? 2) * 1000;
  return false;
}

export function hex(random: Random, length: number): string {
  return Array.from({ length }, () => random.int(0, 15).toString(16)).join('');
}

/** The deployment_config the dashboard reports: the options set, with the autoscaling config filled in. */
function reported(
  name: string,
  options: Record<string, unknown>,
  autoscaling: DeploymentSpec['autoscaling'],
  maxOngoing: number,
): Record<string, unknown> {
  const { autoscaling_config: _a, num_replicas: numReplicas, ...rest } = options;
  return {
    name,
    max_ongoing_requests: maxOngoing,
    max_queued_requests: -1,
    user_config: null,
    ...(autoscaling
      ? {
          autoscaling_config: {
            min_replicas: autoscaling.minReplicas,
            initial_replicas: autoscaling.initialReplicas ?? null,
            max_replicas: autoscaling.maxReplicas,
            target_ongoing_requests: autoscaling.targetOngoingRequests,
            metrics_interval_s: autoscaling.metricsIntervalS,
            look_back_period_s: autoscaling.lookBackPeriodS,
            smoothing_factor: 1.0,
            upscale_smoothing_factor: null,
            downscale_smoothing_factor: null,
            upscaling_factor: autoscaling.upscalingFactor === 1 ? null : autoscaling.upscalingFactor,
            downscaling_factor: autoscaling.downscalingFactor === 1 ? null : autoscaling.downscalingFactor,
            downscale_delay_s: autoscaling.downscaleDelayS,
            upscale_delay_s: autoscaling.upscaleDelayS,
          },
        }
      : { num_replicas: typeof numReplicas === 'number' ? numReplicas : 1 }),
    graceful_shutdown_wait_loop_s: 2.0,
    graceful_shutdown_timeout_s: 20.0,
    health_check_period_s: 10.0,
    health_check_timeout_s: 30.0,
    ...rest,
  };
}
