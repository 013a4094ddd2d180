// The Serve deployment names ray.serve.llm's build_openai_app gives a model and its ingress, per Ray release: the
// names `serve status`, the dashboard's /api/serve/applications/ and Serve's metrics carry, so observe and assert
// look for the right deployment and the sim reports what Ray would. Read from the released wheels (band sources
// below). The character replacements ("/" → "--", then "." → "_") are the same in every release.
import { atLeast, bandOf, type RayVersion } from './version.ts';

export interface LlmNamesBand {
  readonly since?: string;
  /** Put before the model's part of the name. */
  readonly modelPrefix: string;
  /** Whether deployment_config.name replaces the model id's part (the prefix stays either way). */
  readonly honoursName: boolean;
  readonly ingress: string;
  readonly source: string;
}

export const LLM_NAME_BANDS: readonly LlmNamesBand[] = [
  {
    modelPrefix: 'LLMDeployment:',
    honoursName: false,
    ingress: 'LLMRouter',
    source:
      'ray python/ray/llm/_internal/serve/builders/application_builders.py build_llm_deployment (name_prefix="LLMDeployment:"), configs/server_models.py LLMConfig.get_serve_options; deployments/routers/router.py LLMRouter.as_deployment',
  },
  {
    since: '2.47.0',
    modelPrefix: 'LLMDeployment',
    honoursName: true,
    ingress: 'LLMRouter',
    source:
      'ray PR #53099: application_builders.py build_llm_deployment (name_prefix or "LLMDeployment", no colon); server_models.py get_serve_options keeps a given deployment_config name',
  },
  {
    since: '2.49.0',
    modelPrefix: 'LLMServer:',
    honoursName: true,
    ingress: 'LLMRouter',
    source: 'ray application_builders.py build_llm_deployment (name_prefix or "LLMServer:")',
  },
  {
    since: '2.50.0',
    modelPrefix: 'LLMServer:',
    honoursName: true,
    ingress: 'OpenAiIngress',
    source:
      'ray deployments/llm/builder_llm_server.py build_llm_deployment (the class name LLMServer + ":"); deployments/routers/builder_ingress.py build_openai_app (make_fastapi_ingress(OpenAiIngress), named after its class)',
  },
];

/** The names' band of a Ray version; the oldest when the version is unknown (as the LLM defaults). */
export function llmNamesBand(version: RayVersion | undefined): LlmNamesBand {
  return version === undefined ? LLM_NAME_BANDS[0]! : bandOf(LLM_NAME_BANDS, version);
}

/** A model's deployment name: the band's prefix, then deployment_config.name where honoured, else the model id. */
export function llmDeploymentName(
  modelId: string,
  override: string | undefined,
  version: RayVersion | undefined,
): string {
  const band = llmNamesBand(version);
  const own =
    band.honoursName && override !== undefined ? override : modelId.replaceAll('/', '--').replaceAll('.', '_');
  return `${band.modelPrefix}${own}`;
}

/**
 * The ingress deployment's name. From Ray 2.51 args.ingress_deployment_config.name replaces it (core/ingress/
 * builder.py build_openai_app, LLMServingArgs).
 */
export function llmIngressName(args: unknown, version: RayVersion | undefined): string {
  const override =
    version !== undefined && atLeast(version, '2.51.0') && typeof args === 'object' && args !== null
      ? (args as { ingress_deployment_config?: { name?: unknown } }).ingress_deployment_config?.name
      : undefined;
  return typeof override === 'string' && override !== '' ? override : llmNamesBand(version).ingress;
}
