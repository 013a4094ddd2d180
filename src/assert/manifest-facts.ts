// What assert takes from the rendered RayService: the model's Serve deployment, the autoscaling settings it runs with
// (the user's, or Ray's defaults for the rayVersion) with the line each is written on, and the GPU worker groups.
import { formatYamlPath, parseYamlFile, type YamlPath, type YamlSource } from '../manifest/index.ts';
import {
  dict,
  effectiveDeployment,
  parseRayVersion,
  rayGroups,
  serveDeployments,
  stringOr,
  type EffectiveAutoscaling,
  type RayGroup,
  type RayVersion,
  type ServeDeploymentModel,
} from '../ray/index.ts';
import type { ExpectationSource } from './types.ts';

/** One autoscaling setting with where it comes from, for messages and for derived expectations. */
export interface Setting {
  readonly value: number;
  /** "rendered.yaml line 29", or "Ray 2.47.1's default". */
  readonly place: string;
  readonly source: ExpectationSource;
}

export interface ManifestFacts {
  readonly file: string;
  readonly rayVersion: RayVersion | undefined;
  readonly app: string;
  readonly deployment: string;
  readonly gpusPerReplica: number | undefined;
  /** The deployment's autoscaling_config as render's --set writes it (spec.serveConfigV2.applications[0]…). */
  readonly autoscalingSetPath: string;
  readonly autoscaling: EffectiveAutoscaling;
  readonly settings: {
    readonly minReplicas: Setting;
    readonly maxReplicas: Setting;
    readonly upscaleDelayS: Setting;
    readonly downscaleDelayS: Setting;
    readonly downscaleToZeroDelayS: Setting | undefined;
    readonly lookBackPeriodS: Setting;
    readonly metricsIntervalS: Setting;
  };
  /** Worker groups whose pods offer GPUs, with the line of each group's maxReplicas/minReplicas. */
  readonly gpuGroups: readonly (RayGroup & { readonly place: string })[];
}

export type FactsResult =
  { readonly ok: true; readonly facts: ManifestFacts } | { readonly ok: false; readonly problem: string };

const SERVE_CONFIG: YamlPath = ['spec', 'serveConfigV2'];
const CLUSTER: YamlPath = ['spec', 'rayClusterConfig'];

const SETTING_KEYS = {
  minReplicas: 'min_replicas',
  maxReplicas: 'max_replicas',
  upscaleDelayS: 'upscale_delay_s',
  downscaleDelayS: 'downscale_delay_s',
  downscaleToZeroDelayS: 'downscale_to_zero_delay_s',
  lookBackPeriodS: 'look_back_period_s',
  metricsIntervalS: 'metrics_interval_s',
} as const;

/**
 * The model's deployment of a RayService manifest. `pick` names it when the Serve config has several (by deployment
 * name or model id); without it the one ray.serve.llm model deployment is taken.
 */
export function manifestFacts(
  file: string,
  text: string,
  pick: { readonly deployment?: string | undefined; readonly app?: string | undefined } = {},
): FactsResult {
  const fail = (problem: string): FactsResult => ({ ok: false, problem });
  const parsed = parseYamlFile(file, text);
  const doc = parsed.documents.find((d) => dict(d.value)['kind'] === 'RayService');
  if (!doc) {
    const first = parsed.documents[0]?.problems[0];
    return fail(
      first
        ? `${file}:${first.span.start.line}:${first.span.start.column}: ${first.message}.`
        : `${file} holds no RayService; pass the manifest render wrote.`,
    );
  }
  const serve = doc.embedded(SERVE_CONFIG);
  if (!serve || serve.problems.length > 0 || typeof serve.value !== 'object' || serve.value === null)
    return fail(`${file}: spec.serveConfigV2 is not a YAML mapping of applications; run rayservice-ci lint on it.`);
  const cluster = dict(dict(dict(doc.value)['spec'])['rayClusterConfig']);
  const versionText = stringOr(cluster['rayVersion'], undefined);
  const rayVersion = versionText === undefined ? undefined : parseRayVersion(versionText);

  const all = serveDeployments(serve.value, rayVersion);
  const candidates = pick.deployment
    ? all.filter(
        (d) =>
          (d.name === pick.deployment || d.llm?.modelId === pick.deployment) &&
          (pick.app === undefined || d.appName === pick.app),
      )
    : all.filter((d) => d.kind === 'llm' && (pick.app === undefined || d.appName === pick.app));
  if (candidates.length !== 1) {
    const names = all.map((d) => `${d.name} (app ${d.appName})`).join(', ') || 'none';
    return fail(
      candidates.length === 0
        ? `${file}: no Serve deployment ${pick.deployment ? `named ${pick.deployment}` : 'of a ray.serve.llm model'}${pick.app ? ` in app ${pick.app}` : ''}; the Serve config has: ${names}.`
        : `${file}: several deployments match (${candidates.map((d) => d.name).join(', ')}); name one with deployment: (and app:) in the expectations file.`,
    );
  }
  const model = candidates[0]!;
  const effective = effectiveDeployment(model, rayVersion);
  if (effective.mode !== 'autoscaling' || !effective.autoscaling)
    return fail(
      `${file}: deployment ${model.name} does not autoscale (${effective.mode === 'fixed' ? `num_replicas ${effective.fixedReplicas}` : 'its replicas are set in code'}); there is nothing to assert about scaling.`,
    );
  const autoscaling = effective.autoscaling;
  const setting = (field: keyof typeof SETTING_KEYS, value: number): Setting =>
    settingOf(file, serve, model, SETTING_KEYS[field], value, versionText);
  const gpuGroups = rayGroups(cluster, CLUSTER)
    .filter((g) => g.kind === 'worker' && g.gpusPerPod > 0)
    .map((g) => ({ ...g, place: `${file} line ${doc.locate([...g.path, 'maxReplicas']).span.start.line}` }));
  return {
    ok: true,
    facts: {
      file,
      rayVersion,
      app: model.appName,
      deployment: model.name,
      gpusPerReplica: model.gpusPerReplica,
      autoscalingSetPath: formatYamlPath([...SERVE_CONFIG, ...model.optionsPath, 'autoscaling_config']),
      autoscaling,
      settings: {
        minReplicas: setting('minReplicas', autoscaling.minReplicas),
        maxReplicas: setting('maxReplicas', autoscaling.maxReplicas),
        upscaleDelayS: setting('upscaleDelayS', autoscaling.upscaleDelayS),
        downscaleDelayS: setting('downscaleDelayS', autoscaling.downscaleDelayS),
        downscaleToZeroDelayS:
          autoscaling.downscaleToZeroDelayS === undefined
            ? undefined
            : setting('downscaleToZeroDelayS', autoscaling.downscaleToZeroDelayS),
        lookBackPeriodS: setting('lookBackPeriodS', autoscaling.lookBackPeriodS),
        metricsIntervalS: setting('metricsIntervalS', autoscaling.metricsIntervalS),
      },
      gpuGroups,
    },
  };
}

function settingOf(
  file: string,
  serve: YamlSource,
  model: ServeDeploymentModel,
  key: string,
  value: number,
  versionText: string | undefined,
): Setting {
  const written = model.autoscaling !== undefined && key in model.autoscaling;
  if (written) {
    const at = serve.locate([...model.optionsPath, 'autoscaling_config', key]).span.start;
    const place = `${file} line ${at.line}`;
    return { value, place, source: { kind: 'derived', from: `${key} of ${model.name} (${place})` } };
  }
  const place = `Ray ${versionText ?? '(version not given)'}'s default`;
  return { value, place, source: { kind: 'derived', from: `${key} of ${model.name}, ${place}` } };
}
