// Secrets written into the manifest: container env values and Serve runtime_env env_vars whose names say they are
// credentials (judged by words: HF_TOKEN is, MAX_NUM_BATCHED_TOKENS is not) and whose values could be one (numbers,
// booleans, $VAR references and empty values cannot). Messages never repeat the value.
import { dict, list, runtimeEnvPaths, valueAt } from '../../ray/index.ts';
import type { YamlPath } from '../../manifest/index.ts';
import { CLUSTER_PATH, type Rule } from '../target.ts';
import { isPlaceholderValue, isSecretName, looksLikeRealToken } from '../../sanitize/index.ts';

// Values no credential has: numbers, booleans, and references to another variable that Kubernetes ($(VAR)) or a
// shell (${VAR}, $VAR) expands. A placeholder (YOUR_HF_TOKEN, <token>) is reported on its own terms below.
const NOT_A_CREDENTIAL =
  /^(?:[-+]?\d+(?:\.\d+)?|true|false|yes|no|on|off|none|null|\$\(?\{?[A-Za-z_][A-Za-z0-9_]*\}?\)?)$/i;

/** Whether a value could be a credential by its shape alone. */
export function couldBeCredential(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && !NOT_A_CREDENTIAL.test(trimmed);
}

interface PlainValue {
  readonly name: string;
  readonly value: string;
  readonly in: 'manifest' | 'serve';
  readonly path: YamlPath;
  readonly context: string;
}

function containerEnvValues(resource: Record<string, unknown>): PlainValue[] {
  const found: PlainValue[] = [];
  const cluster = dict(dict(resource['spec'])['rayClusterConfig']);
  const templates: { path: YamlPath; spec: unknown }[] = [
    {
      path: [...CLUSTER_PATH, 'headGroupSpec', 'template', 'spec'],
      spec: dict(dict(cluster['headGroupSpec'])['template'])['spec'],
    },
    ...list(cluster['workerGroupSpecs']).map((group, i) => ({
      path: [...CLUSTER_PATH, 'workerGroupSpecs', i, 'template', 'spec'],
      spec: dict(dict(group)['template'])['spec'],
    })),
  ];
  for (const template of templates) {
    for (const kind of ['containers', 'initContainers']) {
      list(dict(template.spec)[kind]).forEach((container, c) => {
        list(dict(container)['env']).forEach((env, e) => {
          const entry = dict(env);
          if (typeof entry['name'] === 'string' && typeof entry['value'] === 'string') {
            found.push({
              name: entry['name'],
              value: entry['value'],
              in: 'manifest',
              path: [...template.path, kind, c, 'env', e, 'value'],
              context: 'container env',
            });
          }
        });
      });
    }
  }
  list(dict(cluster['autoscalerOptions'])['env']).forEach((env, e) => {
    const entry = dict(env);
    if (typeof entry['name'] === 'string' && typeof entry['value'] === 'string') {
      found.push({
        name: entry['name'],
        value: entry['value'],
        in: 'manifest',
        path: [...CLUSTER_PATH, 'autoscalerOptions', 'env', e, 'value'],
        context: 'autoscaler env',
      });
    }
  });
  return found;
}

/** Every runtime_env.env_vars entry in the Serve config, wherever Ray accepts one. */
function serveEnvValues(serve: Record<string, unknown> | undefined): PlainValue[] {
  const found: PlainValue[] = [];
  for (const path of runtimeEnvPaths(serve)) {
    for (const [name, value] of Object.entries(dict(dict(valueAt(serve, path))['env_vars']))) {
      if (typeof value === 'string')
        found.push({ name, value, in: 'serve', path: [...path, 'env_vars', name], context: 'runtime_env.env_vars' });
    }
  }
  return found;
}

export const plaintextSecret: Rule = {
  meta: {
    id: 'plaintext-secret',
    severity: 'warning',
    description:
      'Credentials written into the manifest: env or env_vars whose name ends in a credential word (HF_TOKEN, *_API_KEY, *_PASSWORD, *_SECRET) and whose value could be one; an error when the value looks like a real token.',
  },
  check(target, report) {
    const values = [...containerEnvValues(target.resource), ...serveEnvValues(target.serve?.value)];
    for (const entry of values) {
      const real = looksLikeRealToken(entry.value);
      if (!real && (!isSecretName(entry.name) || !couldBeCredential(entry.value))) continue;
      const placeholder = !real && isPlaceholderValue(entry.value);
      const hint =
        entry.in === 'serve'
          ? `Keep it in a Kubernetes Secret and inject it as a container env var with valueFrom.secretKeyRef (Ray workers inherit it); \`rayservice-ci render --secret-env ${entry.name}=SECRET/KEY\` does this for a test run.`
          : 'Use valueFrom.secretKeyRef with a Kubernetes Secret instead of value.';
      let message: string;
      if (real)
        message = `${entry.name} in ${entry.context} holds what looks like a real credential, in plain text in the manifest (value not shown). Revoke it and move it to a Secret.`;
      else if (placeholder && entry.in === 'serve')
        // runtime_env env_vars are set in the replica's process after the container env, so they win.
        message = `${entry.name} in ${entry.context} holds a placeholder, not a credential: it overrides any real ${entry.name} the container gets from a Secret, so the replicas see the placeholder.`;
      else if (placeholder)
        message = `${entry.name} in ${entry.context} holds a placeholder where a credential goes; whoever fills it in writes the credential into the manifest.`;
      else message = `${entry.name} in ${entry.context} is a credential written in plain text in the manifest.`;
      report({ message, at: { in: entry.in, path: entry.path }, hint, severity: real ? 'error' : 'warning' });
    }
  },
};
