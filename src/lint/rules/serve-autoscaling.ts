// Rules on Serve autoscaling settings, from AutoscalingConfig's validators (python/ray/serve/config.py),
// DeploymentSchema (schema.py) and the ray.serve.llm defaults per version (see ray/autoscaling-defaults.ts).
import {
  atLeast,
  dict,
  effectiveDeployment,
  llmDefaultsBand,
  LLM_UNBOUNDED,
  METRICS_INTERVAL,
  numberOr,
  RENAMED_SERVE_KEYS,
  renamedKeyState,
  valueAt,
  type ServeDeploymentModel,
} from '../../ray/index.ts';
import type { YamlPath } from '../../manifest/index.ts';
import { versionLabel, type LintTarget, type Rule } from '../target.ts';

function autoscalingPath(deployment: ServeDeploymentModel, key?: string): YamlPath {
  const base = [...deployment.optionsPath, 'autoscaling_config'];
  return key === undefined ? base : [...base, key];
}

/** Points at a key when the config has it, otherwise at the autoscaling_config (or the deployment options). */
function where(deployment: ServeDeploymentModel, key: string): YamlPath {
  if (deployment.autoscaling && key in deployment.autoscaling) return autoscalingPath(deployment, key);
  return deployment.autoscaling ? autoscalingPath(deployment) : deployment.optionsPath;
}

export const autoscalingBounds: Rule = {
  meta: {
    id: 'autoscaling-bounds',
    severity: 'error',
    description:
      'min_replicas ≤ initial_replicas ≤ max_replicas, max_replicas ≥ 1, target_ongoing_requests > 0, delays ≥ 0, factors > 0.',
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const user = deployment.autoscaling;
      if (!user) continue;
      const effective = effectiveDeployment(deployment, target.rayVersion).autoscaling;
      if (!effective) continue;
      const label = `Deployment "${deployment.name}" (application "${deployment.appName}")`;
      const value = (key: string) => numberOr(user[key], undefined);
      const fail = (key: string, message: string, hint: string) =>
        report({ message: `${label}: ${message}`, at: { in: 'serve', path: where(deployment, key) }, hint });
      const { minReplicas: min, maxReplicas: max, initialReplicas: initial } = effective;
      const shown = (key: string, n: number) => (value(key) === undefined ? `${n} (Ray's default)` : String(n));
      if (!Number.isInteger(min) || min < 0)
        fail(
          'min_replicas',
          `min_replicas ${min} must be a whole number ≥ 0.`,
          'Use 0 to allow scale to zero, or 1 or more.',
        );
      if (!Number.isInteger(max) || max < 1)
        fail(
          'max_replicas',
          `max_replicas ${max} must be a whole number ≥ 1.`,
          'Set max_replicas to the largest replica count you can afford.',
        );
      if (max < min) {
        fail(
          value('max_replicas') === undefined ? 'min_replicas' : 'max_replicas',
          `max_replicas ${shown('max_replicas', max)} is below min_replicas ${shown('min_replicas', min)}; Ray rejects the config.`,
          'Set max_replicas ≥ min_replicas.',
        );
      }
      if (initial !== undefined && (initial < min || initial > max)) {
        fail(
          'initial_replicas',
          `initial_replicas ${initial} is outside [min_replicas ${min}, max_replicas ${max}]; Ray rejects the config.`,
          'Set initial_replicas between min_replicas and max_replicas.',
        );
      }
      const target_ = value('target_ongoing_requests');
      if (target_ !== undefined && target_ <= 0)
        fail(
          'target_ongoing_requests',
          `target_ongoing_requests ${target_} must be > 0.`,
          'A small positive number such as 1 scales eagerly.',
        );
      for (const key of ['upscale_delay_s', 'downscale_delay_s', 'downscale_to_zero_delay_s']) {
        const delay = value(key);
        if (delay !== undefined && delay < 0) fail(key, `${key} ${delay} must be ≥ 0.`, 'Use 0 for no delay.');
      }
      for (const key of [
        'look_back_period_s',
        'metrics_interval_s',
        'upscaling_factor',
        'downscaling_factor',
        'smoothing_factor',
        'upscale_smoothing_factor',
        'downscale_smoothing_factor',
      ]) {
        const n = value(key);
        if (n !== undefined && n <= 0)
          fail(key, `${key} ${n} must be > 0.`, 'Use a positive number (1 is the default).');
      }
    }
  },
};

export const numReplicasWithAutoscaling: Rule = {
  meta: {
    id: 'num-replicas-with-autoscaling',
    severity: 'error',
    description: 'A fixed num_replicas cannot be combined with autoscaling_config; num_replicas must be ≥ 1 or "auto".',
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const n = deployment.numReplicas;
      if (typeof n === 'number' && deployment.autoscaling) {
        report({
          message: `Deployment "${deployment.name}": num_replicas ${n} is set together with autoscaling_config; Ray rejects the config ("Manually setting num_replicas is not allowed when autoscaling_config is provided").`,
          at: { in: 'serve', path: [...deployment.optionsPath, 'num_replicas'] },
          hint: 'Remove num_replicas, or set it to "auto".',
        });
      } else if (typeof n === 'number' && (!Number.isInteger(n) || n < 1)) {
        report({
          message: `Deployment "${deployment.name}": num_replicas ${n} must be a whole number ≥ 1 or "auto".`,
          at: { in: 'serve', path: [...deployment.optionsPath, 'num_replicas'] },
          hint: 'Use autoscaling_config with min_replicas: 0 to scale to zero.',
        });
      }
    }
  },
};

export const maxOngoingBelowTarget: Rule = {
  meta: {
    id: 'max-ongoing-below-target',
    severity: 'warning',
    description: 'max_ongoing_requests below target_ongoing_requests keeps replicas from ever reaching the target.',
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const effective = effectiveDeployment(deployment, target.rayVersion);
      const max = effective.maxOngoingRequests;
      const goal = effective.autoscaling?.targetOngoingRequests;
      if (effective.mode !== 'autoscaling' || max === undefined || goal === undefined || max >= goal) continue;
      report({
        message: `Deployment "${deployment.name}": max_ongoing_requests ${max} is below target_ongoing_requests ${goal}; a replica can never hold its target load, so requests queue in the proxy and scaling reacts to queueing instead.`,
        at: {
          in: 'serve',
          path:
            deployment.maxOngoingRequests !== undefined
              ? [...deployment.optionsPath, 'max_ongoing_requests']
              : where(deployment, 'target_ongoing_requests'),
        },
        hint: `Set max_ongoing_requests to at least ${Math.ceil(goal)} (a common choice is 2–4 × the target).`,
      });
    }
  },
};

// Renamed in Ray 2.10 alongside target_ongoing_requests' rename; still read by Serve as fallbacks for the factors.
const SMOOTHING: Record<string, string> = {
  smoothing_factor: 'upscaling_factor and downscaling_factor',
  upscale_smoothing_factor: 'upscaling_factor',
  downscale_smoothing_factor: 'downscaling_factor',
};

const short = (version: string) => version.replace(/\.0$/, '');

export const deprecatedServeKey: Rule = {
  meta: {
    id: 'deprecated-serve-key',
    severity: 'warning',
    description:
      'Renamed or deprecated Serve options, judged for the Ray version in use: what that version does with them (applies them, warns, or drops them silently).',
    bands: [
      {
        versions: 'Ray < 2.10',
        behaviour:
          'target_num_ongoing_requests_per_replica and max_concurrent_queries are the current names: no finding.',
      },
      {
        versions: 'Ray 2.10 – 2.32',
        behaviour: 'they are deprecated aliases Ray still applies (ray#43454, ray#43007): warning, removed in 2.33.',
      },
      {
        versions: 'Ray ≥ 2.33',
        behaviour:
          'removed (ray#46392, ray#46427) and ignored without a word, so the default applies: error (warning when the new name is also set).',
      },
      { versions: 'Ray < 2.49', behaviour: 'metrics_interval_s is a live setting: no finding.' },
      {
        versions: 'Ray ≥ 2.49',
        behaviour:
          'metrics_interval_s other than 10 is deprecated (ray#55102) but still used as the push interval: warning.',
      },
    ],
  },
  check(target, report) {
    const inUse = target.versionInUse;
    const label = versionLabel(inUse);
    for (const deployment of target.deployments) {
      const who = `Deployment "${deployment.name}"`;
      for (const entry of RENAMED_SERVE_KEYS) {
        const holder = entry.scope === 'autoscaling' ? deployment.autoscaling : deployment.options;
        if (!holder || !(entry.key in holder)) continue;
        const path =
          entry.scope === 'autoscaling'
            ? autoscalingPath(deployment, entry.key)
            : [...deployment.optionsPath, entry.key];
        const state = inUse ? renamedKeyState(entry, inUse.version) : undefined;
        if (state === 'current') continue;
        const written = holder[entry.key];
        const alsoNew = entry.replacement in holder;
        const effective = effectiveDeployment(deployment, inUse?.version);
        const fallback =
          entry.replacement === 'target_ongoing_requests'
            ? effective.autoscaling?.targetOngoingRequests
            : effective.maxOngoingRequests;
        const shownFallback =
          fallback === undefined
            ? "Ray's default"
            : fallback >= LLM_UNBOUNDED
              ? fallback.toExponential()
              : String(fallback);
        let message: string;
        let severity: 'warning' | 'error' = 'warning';
        if (state === 'deprecated') {
          message = `${who}: ${entry.key} is a deprecated alias of ${entry.replacement} since Ray ${short(entry.deprecatedIn)} (${entry.deprecatedBy}); ${label} still applies it, but Ray ${short(entry.removedIn)} removed it (${entry.removedBy}) and from then on ignores it silently.`;
        } else if (state === 'ignored') {
          if (alsoNew) {
            message = `${who}: ${entry.key} was removed in Ray ${short(entry.removedIn)} (${entry.removedBy}); ${label} ignores it and uses ${entry.replacement}, which is also set.`;
          } else {
            severity = 'error';
            message = `${who}: ${entry.key} was removed in Ray ${short(entry.removedIn)} (${entry.removedBy}); ${label} ignores it without a word, so the deployment runs with ${entry.replacement} ${shownFallback} instead of ${String(written)}.`;
          }
        } else {
          message = `${who}: ${entry.key} was renamed ${entry.replacement} in Ray ${short(entry.deprecatedIn)} and is ignored from Ray ${short(entry.removedIn)}; the Ray version is unknown (${label}).`;
        }
        report({
          message,
          at: { in: 'serve', path, part: 'key' },
          hint: `Rename it to ${entry.replacement}${alsoNew ? ' (and keep one value)' : ''}.`,
          severity,
        });
      }
      const autoscaling = deployment.autoscaling;
      if (!autoscaling) continue;
      // Before 2.10 the smoothing factors were the only names (the *_factor ones came with the 2.10 renames).
      const before210 = inUse !== undefined && !atLeast(inUse.version, '2.10.0');
      for (const [key, replacement] of Object.entries(SMOOTHING)) {
        if (!(key in autoscaling) || before210) continue;
        report({
          message: `${who}: autoscaling_config.${key} is deprecated; ${label} still reads it where ${replacement} is not set.`,
          at: { in: 'serve', path: autoscalingPath(deployment, key), part: 'key' },
          hint: `Use ${replacement}.`,
        });
      }
      const interval = autoscaling[METRICS_INTERVAL.key];
      if (interval === undefined || interval === METRICS_INTERVAL.default) continue;
      if (!inUse || !atLeast(inUse.version, METRICS_INTERVAL.deprecatedIn)) continue;
      report({
        message: `${who}: autoscaling_config.metrics_interval_s is deprecated since Ray ${short(METRICS_INTERVAL.deprecatedIn)} (${METRICS_INTERVAL.deprecatedBy}); ${label} still pushes metrics every ${String(interval)} s as written and logs a DeprecationWarning, and a later release replaces it with the RAY_SERVE_*_AUTOSCALING_METRIC_PUSH_INTERVAL_S environment variables.`,
        at: { in: 'serve', path: autoscalingPath(deployment, METRICS_INTERVAL.key), part: 'key' },
        hint: 'Remove it (the default is 10 s), or set RAY_SERVE_REPLICA_AUTOSCALING_METRIC_PUSH_INTERVAL_S and RAY_SERVE_HANDLE_AUTOSCALING_METRIC_PUSH_INTERVAL_S in the container env.',
      });
    }
  },
};

export const llmAutoscalingDefault: Rule = {
  meta: {
    id: 'llm-autoscaling-default',
    severity: 'warning',
    description:
      'A ray.serve.llm model that can scale (min_replicas < max_replicas, or no autoscaling_config) without an explicit target_ongoing_requests relies on defaults that changed three times.',
    bands: [
      {
        versions: 'Ray < 2.49',
        behaviour:
          'the LLM default (1–10 replicas, target 10) applies; a user autoscaling_config replaces it whole, so Serve’s default target (2; 1 before 2.32) applies.',
      },
      {
        versions: 'Ray 2.49',
        behaviour:
          'the LLM default target is 1e9: without autoscaling_config the model never scales up; a user autoscaling_config still replaces the default whole (Serve’s target 2).',
      },
      {
        versions: 'Ray 2.50 – 2.52',
        behaviour:
          'no LLM autoscaling default: without autoscaling_config one fixed replica; with one, Serve’s default target 2.',
      },
      {
        versions: 'Ray ≥ 2.53',
        behaviour:
          'the LLM defaults are deep-merged under the user’s (ray#59323): a user autoscaling_config without a target gets 1e9 and never scales above min_replicas.',
      },
    ],
  },
  check(target, report) {
    const inUse = target.versionInUse;
    const label = versionLabel(inUse);
    const band = llmDefaultsBand(inUse?.version);
    for (const deployment of target.deployments) {
      if (deployment.kind !== 'llm' || typeof deployment.numReplicas === 'number') continue;
      if (deployment.autoscaling && 'target_ongoing_requests' in deployment.autoscaling) continue;
      const effective = effectiveDeployment(deployment, inUse?.version).autoscaling;
      // With min_replicas == max_replicas the target cannot change the replica count.
      if (deployment.autoscaling && effective && effective.minReplicas === effective.maxReplicas) continue;
      const who = `Deployment "${deployment.name}"`;
      let message: string;
      if (deployment.autoscaling) {
        if (band.mode === 'deep-merge') {
          message = `${who}: autoscaling_config has no target_ongoing_requests; ${label} merges the LLM defaults under it (ray#59323), so the target is ${LLM_UNBOUNDED.toExponential()} and the model never scales above min_replicas ${effective?.minReplicas ?? 1}.`;
        } else {
          const how = band.mode === 'decorator' ? 'replaces the LLM defaults whole' : 'gets no LLM default target';
          message = `${who}: autoscaling_config has no target_ongoing_requests; on ${label} it ${how}, so Serve's default target of ${effective?.targetOngoingRequests ?? 2} applies, and from Ray 2.53 the same config never scales (the LLM default of ${LLM_UNBOUNDED.toExponential()} is merged in).`;
        }
      } else if (band.mode === 'none') {
        message = `${who}: no autoscaling_config; ${label} gives LLM deployments no autoscaling default, so it runs one fixed replica and never scales.`;
      } else if (effective && effective.targetOngoingRequests >= LLM_UNBOUNDED) {
        message = `${who}: no autoscaling_config; on ${label} the LLM default target_ongoing_requests is ${LLM_UNBOUNDED.toExponential()}, so it stays at ${effective.minReplicas} replica(s) and never scales up.`;
      } else {
        message = `${who}: no autoscaling_config; ${label} uses the LLM default (${effective?.minReplicas ?? 1}–${effective?.maxReplicas ?? 10} replicas, target_ongoing_requests ${effective?.targetOngoingRequests ?? 10}); from Ray 2.49 the default stops scaling altogether.`;
      }
      report({
        message,
        at: {
          in: 'serve',
          path: deployment.autoscaling
            ? autoscalingPath(deployment)
            : (deployment.llm?.configPath ?? deployment.optionsPath),
        },
        hint: 'Set deployment_config.autoscaling_config with min_replicas, max_replicas and target_ongoing_requests.',
      });
    }
  },
};

/** Keys that only some Ray releases accept: older ones drop them silently. */
const VERSION_GATED: {
  readonly scope: 'autoscaling' | 'options' | 'llm-args' | 'llm-config';
  readonly key: string;
  readonly since: string;
}[] = [
  { scope: 'autoscaling', key: 'downscale_to_zero_delay_s', since: '2.50.0' },
  { scope: 'autoscaling', key: 'policy', since: '2.50.0' },
  { scope: 'autoscaling', key: 'prometheus_metrics', since: '2.50.0' },
  { scope: 'autoscaling', key: 'aggregation_function', since: '2.55.0' },
  { scope: 'options', key: 'request_router_config', since: '2.46.0' },
  { scope: 'llm-args', key: 'ingress_cls_config', since: '2.50.0' },
  { scope: 'llm-args', key: 'ingress_deployment_config', since: '2.50.0' },
  { scope: 'llm-config', key: 'placement_group_config', since: '2.50.0' },
];

function gatedIn(
  target: LintTarget,
  scope: (typeof VERSION_GATED)[number]['scope'],
  visit: (holder: YamlPath) => void,
) {
  for (const deployment of target.deployments) {
    if (scope === 'autoscaling' && deployment.autoscaling) visit(autoscalingPath(deployment));
    if (scope === 'options') visit(deployment.optionsPath);
    if (scope === 'llm-config' && deployment.llm) visit(deployment.llm.configPath);
  }
  if (scope === 'llm-args') {
    for (const app of target.apps) if (app.isLlm) visit(['applications', app.index, 'args']);
  }
}

export const versionGatedKey: Rule = {
  meta: {
    id: 'version-gated-key',
    severity: 'warning',
    description: 'Serve options that the rayVersion in use does not know yet (it drops them silently).',
    bands: VERSION_GATED.map((gate) => ({
      versions: `Ray < ${gate.since.replace(/\.0$/, '')}`,
      behaviour: `${gate.key} (${gate.scope}) is dropped silently: warning.`,
    })),
  },
  check(target, report) {
    const version = target.rayVersion;
    if (!version) return;
    for (const gate of VERSION_GATED) {
      if (atLeast(version, gate.since)) continue;
      gatedIn(target, gate.scope, (path) => {
        if (!(gate.key in dict(valueAt(target.serve?.value, path)))) return;
        const since = gate.since.replace(/\.0$/, '');
        report({
          message: `${gate.key} needs Ray ${since} or later; rayVersion ${version.text} ignores it.`,
          at: { in: 'serve', path: [...path, gate.key], part: 'key' },
          hint: `Upgrade rayVersion and the image to ${since}+, or remove ${gate.key}.`,
        });
      });
    }
  },
};
