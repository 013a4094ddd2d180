// Secrets written into the manifest: container env values and Serve runtime_env env_vars whose names say
// they are credentials. Messages never repeat the value.
import { dict, list, runtimeEnvPaths, valueAt } from '../../ray/index.ts';
import type { YamlPath } from '../../manifest/index.ts';
import { CLUSTER_PATH, type Rule } from '../target.ts';
import { looksLikeRealToken } from '../../sanitize/index.ts';

const SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;

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
      'Credentials written into the manifest (env or env_vars named *TOKEN*, *KEY*, *SECRET*, *PASSWORD*); an error when the value looks like a real token.',
  },
  check(target, report) {
    const values = [...containerEnvValues(target.resource), ...serveEnvValues(target.serve?.value)];
    for (const entry of values) {
      const real = looksLikeRealToken(entry.value);
      if (!real && (!SECRET_NAME.test(entry.name) || entry.value.trim() === '')) continue;
      const hint =
        entry.in === 'serve'
          ? `Keep it in a Kubernetes Secret and inject it as a container env var with valueFrom.secretKeyRef (Ray workers inherit it); \`rayservice-ci render --secret-env ${entry.name}=SECRET/KEY\` does this for a test run.`
          : 'Use valueFrom.secretKeyRef with a Kubernetes Secret instead of value.';
      report({
        message: real
          ? `${entry.name} in ${entry.context} holds what looks like a real credential, in plain text in the manifest (value not shown). Revoke it and move it to a Secret.`
          : `${entry.name} in ${entry.context} is a credential written in plain text in the manifest.`,
        at: { in: entry.in, path: entry.path },
        hint,
        severity: real ? 'error' : 'warning',
      });
    }
  },
};
