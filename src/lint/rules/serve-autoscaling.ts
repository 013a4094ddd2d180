// Rules on Serve autoscaling settings, from AutoscalingConfig's validators (python/ray/serve/config.py),
// DeploymentSchema (schema.py) and the ray.serve.llm defaults per version (see ray/autoscaling-defaults.ts).
import {
  atLeast,
  dict,
  effectiveDeployment,
  LLM_UNBOUNDED,
  numberOr,
  valueAt,
  type ServeDeploymentModel,
} from '../../ray/index.ts';
import type { YamlPath } from '../../manifest/index.ts';
import type { LintTarget, Rule } from '../target.ts';

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

const DEPRECATED_AUTOSCALING: Record<string, string> = {
  target_num_ongoing_requests_per_replica:
    'was renamed target_ongoing_requests in Ray 2.10 and is ignored by current Ray: the deployment runs with the default target',
  smoothing_factor: 'is deprecated; use upscaling_factor and downscaling_factor',
  upscale_smoothing_factor: 'is deprecated; use upscaling_factor',
  downscale_smoothing_factor: 'is deprecated; use downscaling_factor',
  metrics_interval_s: 'is deprecated and will be removed; Ray pushes metrics on its own interval',
};

const RENAMES: Record<string, string> = {
  target_num_ongoing_requests_per_replica: 'target_ongoing_requests',
  smoothing_factor: 'upscaling_factor / downscaling_factor',
  upscale_smoothing_factor: 'upscaling_factor',
  downscale_smoothing_factor: 'downscaling_factor',
  max_concurrent_queries: 'max_ongoing_requests',
};

export const deprecatedServeKey: Rule = {
  meta: {
    id: 'deprecated-serve-key',
    severity: 'warning',
    description:
      'Deprecated or renamed Serve options (target_num_ongoing_requests_per_replica, max_concurrent_queries, *smoothing_factor, metrics_interval_s).',
  },
  check(target, report) {
    // Before Ray 2.10 (PRs #43454, #43007) these were the current names.
    const before210 = target.rayVersion !== undefined && !atLeast(target.rayVersion, '2.10.0');
    for (const deployment of target.deployments) {
      for (const [key, why] of Object.entries(DEPRECATED_AUTOSCALING)) {
        if (!deployment.autoscaling || !(key in deployment.autoscaling)) continue;
        if (before210) continue;
        if (key === 'metrics_interval_s' && deployment.autoscaling[key] === 10) continue;
        report({
          message: `Deployment "${deployment.name}": autoscaling_config.${key} ${why}.`,
          at: { in: 'serve', path: autoscalingPath(deployment, key), part: 'key' },
          hint: RENAMES[key] ? `Use ${RENAMES[key]}.` : 'Remove it.',
        });
      }
      if ('max_concurrent_queries' in deployment.options && !before210) {
        report({
          message: `Deployment "${deployment.name}": max_concurrent_queries was renamed max_ongoing_requests in Ray 2.10; current Ray ignores it and uses the default.`,
          at: { in: 'serve', path: [...deployment.optionsPath, 'max_concurrent_queries'], part: 'key' },
          hint: 'Use max_ongoing_requests.',
        });
      }
    }
  },
};

export const llmAutoscalingDefault: Rule = {
  meta: {
    id: 'llm-autoscaling-default',
    severity: 'warning',
    description:
      'A ray.serve.llm model without an explicit target_ongoing_requests relies on defaults that changed in Ray 2.48 (from then on it never scales).',
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      if (deployment.kind !== 'llm' || typeof deployment.numReplicas === 'number') continue;
      if (deployment.autoscaling && 'target_ongoing_requests' in deployment.autoscaling) continue;
      const effective = effectiveDeployment(deployment, target.rayVersion).autoscaling;
      const version = target.rayVersion ? `Ray ${target.rayVersion.text}` : 'this Ray version (rayVersion is not set)';
      let message: string;
      if (deployment.autoscaling) {
        message = `Deployment "${deployment.name}": autoscaling_config has no target_ongoing_requests; it replaces the LLM defaults wholesale, so ${version} uses Serve's default target of ${effective?.targetOngoingRequests ?? 2}.`;
      } else if (effective && effective.targetOngoingRequests >= LLM_UNBOUNDED) {
        message = `Deployment "${deployment.name}": no autoscaling_config; from Ray 2.48 the LLM deployment's default target_ongoing_requests is ${LLM_UNBOUNDED.toExponential()} and it never scales up on ${version}.`;
      } else {
        message = `Deployment "${deployment.name}": no autoscaling_config; ${version} uses the LLM default target_ongoing_requests ${effective?.targetOngoingRequests ?? 10}, and from Ray 2.48 the default stops scaling altogether.`;
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
