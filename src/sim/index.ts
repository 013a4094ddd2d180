// sim: the simulated cluster. Everything other folders may use of it.
export { startSim, type SimOptions, type RunningSim, type FaultOptions } from './server.ts';
export { ManualClock, RealtimeClock, type Clock } from './clock.ts';
export { simKubeconfig, SIM_CONTEXT } from './kubeconfig.ts';
export { DEFAULT_NODE_POOL, type NodePool } from './cluster/bootstrap.ts';
