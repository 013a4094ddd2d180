// Ray and KubeRay semantics shared by every stage: versions, the Serve deployments a config creates, the
// settings they run with, the GPU shape of the cluster, and the schemas of the RayService and the Serve config.
export {
  parseRayVersion,
  compareRayVersions,
  atLeast,
  bandOf,
  formatRayVersion,
  rayVersionOfImage,
  rayVersionOfAnyImage,
  type ImageRayVersion,
  type RayVersion,
} from './version.ts';
export { KUBERAY_GATES, gatesBetween, type KubeRayGate } from './kuberay-gates.ts';
export {
  RENAMED_SERVE_KEYS,
  METRICS_INTERVAL,
  renamedKeyState,
  type RenamedKeyState,
  type RenamedServeKey,
} from './serve-renames.ts';
export { llmDeploymentName, llmIngressName, llmNamesBand, LLM_NAME_BANDS, type LlmNamesBand } from './llm-names.ts';
export { rayGroups, replicaSlots, gpuLimitOf, type RayGroup, type GpuLimit } from './cluster-model.ts';
export {
  serveApps,
  serveDeployments,
  runtimeEnvPaths,
  LLM_BUILDERS,
  type ServeAppModel,
  type ServeDeploymentModel,
} from './serve-model.ts';
export {
  effectiveDeployment,
  llmDefaultsBand,
  LLM_DEFAULT_BANDS,
  LLM_UNBOUNDED,
  type LlmDefaultsBand,
  type EffectiveAutoscaling,
  type EffectiveDeployment,
} from './autoscaling-defaults.ts';
export { canonicalJson, dict, list, isDict, numberOr, stringOr, valueAt, type Dict } from './values.ts';
export {
  DNS_1035_LABEL,
  INITIALIZING_TIMEOUT_ANNOTATION,
  MAX_RAYSERVICE_NAME,
  initializingTimeoutOf,
} from './rayservice-metadata.ts';
export { llmIngress, ROUTER_TO_MODEL_REPLICA_RATIO, type LlmIngress } from './llm-ingress.ts';
export { rayServiceSchema, rayClusterSpecSchema } from './schemas/rayservice.ts';
export { serveConfigSchema } from './schemas/serve-config.ts';
export { llmServingArgsSchema } from './schemas/llm-args.ts';
export { expectOf, type Schema } from './schemas/builders.ts';
export {
  validateRayService,
  validateRayCluster,
  validateServeConfig,
  validateLlmServingArgs,
  type SchemaValidator,
} from './schemas/validators.ts';
