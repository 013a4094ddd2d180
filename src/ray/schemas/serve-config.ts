// The Ray Serve config that KubeRay sends to the dashboard (`PUT /api/serve/applications/`), as Ray's
// python/ray/serve/schema.py (ServeDeploySchema, ServeApplicationSchema, DeploymentSchema) and config.py
// (AutoscalingConfig) define it from Ray 2.9 to 2.5x. Keys from every version are listed; which version accepts
// which key is a rule of its own (version-gated-key). Unknown keys are errors: Ray silently drops most of them.
import {
  anyValue,
  bool,
  closed,
  int,
  list,
  nullable,
  num,
  oneOfStrings,
  open,
  str,
  stringMap,
  type Schema,
} from './builders.ts';

const nonNegativeNumber: Schema = { type: 'number', 'x-expect': 'a number' };

export const runtimeEnvSchema: Schema = open({
  env_vars: stringMap,
  working_dir: str,
  py_modules: list(str),
  pip: anyValue,
  uv: anyValue,
  conda: anyValue,
  config: open(),
});

export const autoscalingConfigSchema: Schema = closed({
  min_replicas: int,
  initial_replicas: nullable(int),
  max_replicas: int,
  target_ongoing_requests: nullable(num),
  metrics_interval_s: num,
  look_back_period_s: num,
  smoothing_factor: num,
  upscale_smoothing_factor: nullable(num),
  downscale_smoothing_factor: nullable(num),
  upscaling_factor: nullable(num),
  downscaling_factor: nullable(num),
  downscale_delay_s: nonNegativeNumber,
  downscale_to_zero_delay_s: nullable(num),
  upscale_delay_s: nonNegativeNumber,
  aggregation_function: oneOfStrings('mean', 'max', 'min', 'MEAN', 'MAX', 'MIN'),
  policy: anyValue,
  prometheus_metrics: nullable(list(str)),
  // Removed from Ray but still written by old configs; reported by deprecated-serve-key.
  target_num_ongoing_requests_per_replica: num,
});

export const rayActorOptionsSchema: Schema = closed({
  runtime_env: runtimeEnvSchema,
  num_cpus: num,
  num_gpus: num,
  memory: num,
  object_store_memory: num,
  resources: open(),
  accelerator_type: str,
  label_selector: stringMap,
});

export const loggingConfigSchema: Schema = closed({
  encoding: oneOfStrings('TEXT', 'JSON'),
  log_level: { anyOf: [{ type: 'string' }, { type: 'integer' }], 'x-expect': 'a log level name or number' },
  logs_dir: nullable(str),
  enable_access_log: bool,
  additional_log_standard_attrs: list(str),
});

const numReplicas: Schema = {
  anyOf: [{ type: 'integer' }, { const: 'auto' }, { type: 'null' }],
  'x-expect': 'an integer ≥ 1 or "auto"',
};

/** Options a deployment accepts in Serve's DeploymentConfig; shared by `deployments[]` and LLM deployment_config. */
export const deploymentOptionProperties: Record<string, Schema> = {
  name: str,
  num_replicas: numReplicas,
  max_ongoing_requests: num,
  max_queued_requests: int,
  user_config: anyValue,
  autoscaling_config: nullable(autoscalingConfigSchema),
  graceful_shutdown_wait_loop_s: num,
  graceful_shutdown_timeout_s: num,
  health_check_period_s: num,
  health_check_timeout_s: num,
  ray_actor_options: rayActorOptionsSchema,
  logging_config: loggingConfigSchema,
  request_router_config: open(),
  max_constructor_retry_count: int,
  // Renamed to max_ongoing_requests in Ray 2.10; reported by deprecated-serve-key.
  max_concurrent_queries: num,
};

export const deploymentSchema: Schema = closed(
  {
    ...deploymentOptionProperties,
    placement_group_bundles: list(open()),
    placement_group_strategy: oneOfStrings('PACK', 'SPREAD', 'STRICT_PACK', 'STRICT_SPREAD'),
    max_replicas_per_node: int,
    route_prefix: nullable(str),
  },
  ['name'],
);

export const applicationSchema: Schema = closed(
  {
    name: str,
    route_prefix: nullable(str),
    import_path: str,
    runtime_env: runtimeEnvSchema,
    host: str,
    port: int,
    deployments: list(deploymentSchema),
    args: open(),
    logging_config: loggingConfigSchema,
    external_scaler_enabled: bool,
    autoscaling_policy: anyValue,
  },
  ['import_path'],
);

export const serveConfigSchema: Schema = closed(
  {
    proxy_location: oneOfStrings('Disabled', 'HeadOnly', 'EveryNode', 'NoServer'),
    http_options: closed({
      host: str,
      port: int,
      root_path: str,
      request_timeout_s: nullable(num),
      keep_alive_timeout_s: num,
      ssl_keyfile: nullable(str),
      ssl_certfile: nullable(str),
      ssl_keyfile_password: nullable(str),
      ssl_ca_certs: nullable(str),
      middlewares: anyValue,
      location: str,
    }),
    grpc_options: closed({
      port: int,
      grpc_servicer_functions: list(str),
      request_timeout_s: nullable(num),
    }),
    logging_config: loggingConfigSchema,
    applications: list(applicationSchema),
    target_capacity: nullable(num),
  },
  ['applications'],
);
