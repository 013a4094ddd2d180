// The Serve deployments a serveConfigV2 creates, with the settings autoscaling depends on and the paths
// (inside the Serve config) where each is written, so lint can point at them and the sim can run them.
import type { YamlPath } from '../manifest/index.ts';
import { llmDeploymentName } from './llm-names.ts';
import { dict, isDict, list, numberOr, stringOr, type Dict } from './values.ts';
import type { RayVersion } from './version.ts';

export const LLM_BUILDERS = new Set(['ray.serve.llm:build_openai_app', 'ray.serve.llm.build_openai_app']);

export interface ServeDeploymentModel {
  readonly appIndex: number;
  readonly appName: string;
  /** `llm`: one model of build_openai_app (its deployment_config); `override`: an entry of `deployments:`. */
  readonly kind: 'llm' | 'override';
  /** Deployment name as Ray reports it (Ray 2.47–2.48: `LLMDeploymentLlama-3_2-3B-Instruct`; llm-names.ts). */
  readonly name: string;
  /** Path of the deployment options (deployment_config or deployments[k]) in the Serve config. */
  readonly optionsPath: YamlPath;
  readonly options: Dict;
  readonly autoscaling: Dict | undefined;
  readonly numReplicas: number | 'auto' | undefined;
  readonly maxOngoingRequests: number | undefined;
  /** GPUs one replica holds, and where that number comes from; undefined when the code decides. */
  readonly gpusPerReplica: number | undefined;
  readonly gpusPath: YamlPath | undefined;
  readonly llm?: {
    readonly modelId: string;
    readonly modelIdPath: YamlPath;
    readonly tensorParallel: number;
    readonly pipelineParallel: number;
    readonly maxModelLen: number | undefined;
    readonly configPath: YamlPath;
  };
}

export interface ServeAppModel {
  readonly index: number;
  readonly name: string;
  readonly importPath: string | undefined;
  readonly routePrefix: string | null | undefined;
  readonly isLlm: boolean;
}

export function serveApps(serveConfig: unknown): ServeAppModel[] {
  return list(dict(serveConfig)['applications']).map((raw, index) => {
    const app = dict(raw);
    const importPath = stringOr(app['import_path'], undefined);
    const routePrefix = app['route_prefix'] === null ? null : stringOr(app['route_prefix'], undefined);
    return {
      index,
      name: stringOr(app['name'], 'default'),
      importPath,
      routePrefix,
      isLlm: importPath !== undefined && LLM_BUILDERS.has(importPath),
    };
  });
}

/** The deployments of a Serve config, named as the given Ray release names them (llm-names.ts). */
export function serveDeployments(serveConfig: unknown, version: RayVersion | undefined): ServeDeploymentModel[] {
  const out: ServeDeploymentModel[] = [];
  const apps = list(dict(serveConfig)['applications']);
  for (const app of serveApps(serveConfig)) {
    const raw = dict(apps[app.index]);
    const appPath = ['applications', app.index];
    if (app.isLlm) {
      list(dict(raw['args'])['llm_configs']).forEach((config, j) => {
        if (!isDict(config)) return;
        const configPath = [...appPath, 'args', 'llm_configs', j];
        const options = dict(config['deployment_config']);
        const engine = dict(config['engine_kwargs']);
        const modelId = stringOr(dict(config['model_loading_config'])['model_id'], `model-${j}`);
        const tensorParallel = numberOr(engine['tensor_parallel_size'], 1);
        const pipelineParallel = numberOr(engine['pipeline_parallel_size'], 1);
        const gpusPath =
          engine['tensor_parallel_size'] !== undefined
            ? [...configPath, 'engine_kwargs', 'tensor_parallel_size']
            : engine['pipeline_parallel_size'] !== undefined
              ? [...configPath, 'engine_kwargs', 'pipeline_parallel_size']
              : [...configPath, 'model_loading_config', 'model_id'];
        out.push({
          appIndex: app.index,
          appName: app.name,
          kind: 'llm',
          name: llmDeploymentName(modelId, stringOr(options['name'], undefined), version),
          optionsPath: [...configPath, 'deployment_config'],
          options,
          ...autoscalingFields(options),
          gpusPerReplica: tensorParallel * pipelineParallel,
          gpusPath,
          llm: {
            modelId,
            modelIdPath: [...configPath, 'model_loading_config', 'model_id'],
            tensorParallel,
            pipelineParallel,
            maxModelLen: numberOr(engine['max_model_len'], undefined),
            configPath,
          },
        });
      });
    }
    list(raw['deployments']).forEach((deployment, k) => {
      if (!isDict(deployment)) return;
      const optionsPath = [...appPath, 'deployments', k];
      const actor = dict(deployment['ray_actor_options']);
      const gpus = numberOr(actor['num_gpus'], undefined);
      out.push({
        appIndex: app.index,
        appName: app.name,
        kind: 'override',
        name: stringOr(deployment['name'], `#${k}`),
        optionsPath,
        options: deployment,
        ...autoscalingFields(deployment),
        gpusPerReplica: gpus,
        gpusPath: gpus === undefined ? undefined : [...optionsPath, 'ray_actor_options', 'num_gpus'],
      });
    });
  }
  return out;
}

function autoscalingFields(options: Dict) {
  const numReplicas = options['num_replicas'];
  return {
    autoscaling: isDict(options['autoscaling_config']) ? options['autoscaling_config'] : undefined,
    numReplicas: numReplicas === 'auto' ? ('auto' as const) : numberOr(numReplicas, undefined),
    maxOngoingRequests: numberOr(options['max_ongoing_requests'], undefined),
  };
}

/** Every place a Serve config accepts a runtime_env (app, deployment overrides, LLM configs and their actors). */
export function runtimeEnvPaths(serveConfig: unknown): YamlPath[] {
  const paths: YamlPath[] = [];
  list(dict(serveConfig)['applications']).forEach((raw, a) => {
    const app = dict(raw);
    const base = ['applications', a];
    if (app['runtime_env'] !== undefined) paths.push([...base, 'runtime_env']);
    list(app['deployments']).forEach((d, k) => {
      if (dict(dict(d)['ray_actor_options'])['runtime_env'] !== undefined)
        paths.push([...base, 'deployments', k, 'ray_actor_options', 'runtime_env']);
    });
    list(dict(app['args'])['llm_configs']).forEach((config, j) => {
      const c = dict(config);
      const llm = [...base, 'args', 'llm_configs', j];
      if (c['runtime_env'] !== undefined) paths.push([...llm, 'runtime_env']);
      if (dict(dict(c['deployment_config'])['ray_actor_options'])['runtime_env'] !== undefined) {
        paths.push([...llm, 'deployment_config', 'ray_actor_options', 'runtime_env']);
      }
    });
  });
  return paths;
}
