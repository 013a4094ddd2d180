// The Serve objects the runtime, the dashboard, the data plane and the metrics all read.
import type { EffectiveAutoscaling } from '../../ray/index.ts';

/** A Ray node: one started pod of the RayCluster. */
export interface RayNode {
  readonly podName: string;
  readonly nodeId: string;
  readonly ip: string;
  readonly gpus: number;
  readonly isHead: boolean;
  readonly group: string;
}

export type ReplicaState = 'STARTING' | 'RUNNING' | 'STOPPING';

export interface Replica {
  readonly id: string;
  state: ReplicaState;
  node: RayNode | undefined;
  readonly gpus: number;
  ongoing: number;
  readonly startTimeS: number;
  pid: number | null;
  actorId: string | null;
  /** Simulated ms when a placed STARTING replica finishes loading. */
  readyAt: number | undefined;
  /** Simulated ms after which a STOPPING replica is gone, drained or not. */
  stopBy: number | undefined;
  /** Simulated ms when a STOPPING replica next counts its requests (it exits at the first count of none). */
  drainCheckAt?: number | undefined;
}

export interface DeploymentSpec {
  readonly app: string;
  readonly name: string;
  readonly autoscaling: EffectiveAutoscaling | undefined;
  readonly fixedReplicas: number;
  readonly maxOngoingRequests: number;
  /** -1: unbounded, as Ray's default. */
  readonly maxQueuedRequests: number;
  readonly gpusPerReplica: number;
  readonly gracefulShutdownTimeoutS: number;
  /** graceful_shutdown_wait_loop_s (Ray's default 2): how often a stopping replica counts its requests. */
  readonly gracefulShutdownWaitLoopS?: number;
  /** The ingress of a ray.serve.llm app (LLMRouter): every request holds one of its replicas too. */
  readonly ingress?: boolean;
  /** Set for the model deployment of a ray.serve.llm app. */
  readonly model?: { readonly id: string; readonly maxModelLen: number | null };
  /** The deployment_config Ray reports (options as the user set them, with defaults filled in). */
  readonly reportedConfig: Record<string, unknown>;
}

export type DeploymentStatus = 'UPDATING' | 'HEALTHY' | 'UNHEALTHY' | 'UPSCALING' | 'DOWNSCALING';
export type StatusTrigger =
  | 'CONFIG_UPDATE_STARTED'
  | 'CONFIG_UPDATE_COMPLETED'
  | 'UPSCALE_COMPLETED'
  | 'DOWNSCALE_COMPLETED'
  | 'AUTOSCALING'
  | 'UNSPECIFIED';
export type AppStatus = 'NOT_STARTED' | 'DEPLOYING' | 'DEPLOY_FAILED' | 'RUNNING' | 'UNHEALTHY' | 'DELETING';
