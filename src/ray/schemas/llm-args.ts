// `args` of `ray.serve.llm:build_openai_app` (LLMServingArgs / LLMConfig), from Ray's
// python/ray/llm/_internal/serve/configs/server_models.py (2.47, `extra="forbid"`) and the newer
// core/configs/llm_config.py. deployment_config takes Serve's deployment options minus placement groups,
// which LLMConfig rejects (it places the engine's GPUs itself).
import { anyValue, bool, closed, int, list, nullable, num, open, str, type Schema } from './builders.ts';
import { deploymentOptionProperties, runtimeEnvSchema } from './serve-config.ts';

const { max_concurrent_queries: _old, ...llmDeploymentOptions } = deploymentOptionProperties;

export const llmConfigSchema: Schema = closed(
  {
    runtime_env: nullable(runtimeEnvSchema),
    model_loading_config: closed(
      {
        model_id: str,
        model_source: {
          anyOf: [{ type: 'string' }, { type: 'object' }, { type: 'null' }],
          'x-expect': 'a path, a model id or a cloud mirror',
        },
        tokenizer_source: nullable(str),
      },
      ['model_id'],
    ),
    llm_engine: str,
    engine_kwargs: open({
      tensor_parallel_size: int,
      pipeline_parallel_size: int,
      max_model_len: int,
    }),
    resources_per_bundle: nullable(open()),
    accelerator_type: nullable(str),
    lora_config: nullable(
      closed({
        dynamic_lora_loading_path: nullable(str),
        max_num_adapters_per_replica: int,
        download_timeout_s: num,
        max_download_tries: int,
      }),
    ),
    deployment_config: closed({ ...llmDeploymentOptions, max_replicas_per_node: int }),
    experimental_configs: open(),
    log_engine_metrics: bool,
    callback_config: anyValue,
    placement_group_config: nullable(open()),
  },
  ['model_loading_config'],
);

export const llmServingArgsSchema: Schema = closed(
  {
    llm_configs: list({
      if: { type: 'object' },
      then: llmConfigSchema,
      else: { type: 'string', 'x-expect': 'an LLM config or a path to one' },
    }),
    ingress_cls_config: open(),
    ingress_deployment_config: open(),
  },
  ['llm_configs'],
);
