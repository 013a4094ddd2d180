// sim: the simulated cluster. Everything other folders may use of it.
export {
  startSim,
  SimStartError,
  type SimOptions,
  type RunningSim,
  type FaultOptions,
  type SimStartProblem,
} from './server.ts';
export type { SimLog } from './log.ts';
export type { AccessRule } from './api/access-control.ts';
export { ManualClock, RealtimeClock, type Clock } from './clock.ts';
export { simKubeconfig, SIM_CONTEXT } from './kubeconfig.ts';
export { DEFAULT_NODE_POOL, type NodePool } from './cluster/bootstrap.ts';
export {
  KUBERAY_VERSIONS,
  DEFAULT_KUBERAY_VERSION,
  isKubeRayVersion,
  type KubeRayVersion,
} from './kuberay/versions.ts';
