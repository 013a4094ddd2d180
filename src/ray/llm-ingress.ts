// The ingress deployment build_openai_app puts in front of the models (LLMRouter, later OpenAiIngress), sized from the models' own
// autoscaling configs: Ray 2.4x routers/router.py as_deployment and, from 2.48, builder_ingress.py
// infer_num_ingress_replicas. Each model's autoscaling_config is read as AutoscalingConfig(**dict) reads it
// (min 1, max 1, initial unset when absent), summed over models and multiplied by the router-to-model ratio.
import { atLeast, type RayVersion } from './version.ts';
import { dict, list, numberOr } from './values.ts';
import { LLM_UNBOUNDED } from './autoscaling-defaults.ts';
import { llmIngressName } from './llm-names.ts';

/** RAY_SERVE_LLM_ROUTER_TO_MODEL_REPLICA_RATIO's default. */
export const ROUTER_TO_MODEL_REPLICA_RATIO = 2;

export interface LlmIngress {
  readonly name: string;
  readonly minReplicas: number;
  readonly initialReplicas: number;
  readonly maxReplicas: number;
  readonly targetOngoingRequests: number;
  readonly maxOngoingRequests: number;
  /** experimental_configs fixed the replica count (num_router_replicas, later num_ingress_replicas). */
  readonly fixed: boolean;
}

export function llmIngress(args: unknown, version: RayVersion | undefined): LlmIngress {
  const llmConfigs = dict(args)['llm_configs'];
  // PR #54696 (2.48) made the ingress's target and queue cap effectively infinite; before, the router aimed at 16
  // ongoing requests per replica (PR #50876) with a backlog of 1000.
  const unbounded = version !== undefined && atLeast(version, '2.48.0');
  let min = 0;
  let initial = 0;
  let max = 0;
  let fixed = 0;
  for (const raw of list(llmConfigs)) {
    const config = dict(raw);
    const experimental = dict(config['experimental_configs']);
    fixed = Math.max(
      fixed,
      numberOr(experimental['num_ingress_replicas'], 0),
      numberOr(experimental['num_router_replicas'], 0),
    );
    const autoscaling = dict(dict(config['deployment_config'])['autoscaling_config']);
    const modelMin = numberOr(autoscaling['min_replicas'], 1);
    min += modelMin;
    initial += numberOr(autoscaling['initial_replicas'], undefined) || modelMin;
    max += numberOr(autoscaling['max_replicas'], 1);
  }
  const scaled = (n: number) => Math.trunc(n * ROUTER_TO_MODEL_REPLICA_RATIO);
  return {
    name: llmIngressName(args, version),
    minReplicas: fixed || scaled(min),
    initialReplicas: fixed || scaled(initial),
    maxReplicas: fixed || scaled(max),
    targetOngoingRequests: unbounded ? LLM_UNBOUNDED : 16,
    maxOngoingRequests: unbounded ? LLM_UNBOUNDED : 1000,
    fixed: fixed > 0,
  };
}
