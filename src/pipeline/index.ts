// pipeline: the whole run (lint → render → deploy → load while observing → assert → report, teardown always) as one
// call for `rayservice-ci run` and the root action. Everything other folders may use of it.
export { runPipeline, type PublishRequest, type RunArtifacts } from './run.ts';
export { openCluster, type OpenCluster } from './cluster.ts';
export { SIM_SECRET_PLACEHOLDER } from './steps.ts';
export {
  OUT_FILES,
  type ClusterChoice,
  type CreatedNamespace,
  type OutFile,
  type PipelineContext,
  type PipelineRequest,
  type PipelineResult,
} from './types.ts';
