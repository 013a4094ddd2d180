// --secret-env NAME=SECRET/KEY: the variable comes from a Secret in every container of every Ray pod, and no
// plaintext value of it is left anywhere in the RayService (container env of any container list, the autoscaler's
// env, or runtime_env env_vars in the Serve config). What render cannot move it refuses, naming the place.
import { formatYamlPath, type YamlPath } from '../manifest/index.ts';
import { dict, list, rayGroups, runtimeEnvPaths, valueAt } from '../ray/index.ts';
import { plaintextCredentialPaths, safeInline } from '../sanitize/index.ts';
import { SERVE, type Session } from './session.ts';
import type { SecretReference } from './types.ts';

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;
const CLUSTER: YamlPath = ['spec', 'rayClusterConfig'];

export function parseSecretEnv(raws: readonly string[]): { secrets: SecretReference[]; problems: string[] } {
  const secrets: SecretReference[] = [];
  const problems: string[] = [];
  for (const raw of raws) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=([a-z0-9]([-a-z0-9.]*[a-z0-9])?)\/([-._a-zA-Z0-9]+)$/.exec(raw);
    if (!match) {
      problems.push(`--secret-env "${safeInline(raw)}" is not NAME=SECRET/KEY (e.g. HF_TOKEN=hf-token/token).`);
      continue;
    }
    const secret = { env: match[1]!, secretName: match[2]!, key: match[4]! };
    if (secrets.some((s) => s.env === secret.env)) {
      problems.push(`--secret-env names ${secret.env} more than once; give each variable one Secret.`);
      continue;
    }
    secrets.push(secret);
  }
  return { secrets, problems };
}

function secretEntry(secret: SecretReference) {
  return { name: secret.env, valueFrom: { secretKeyRef: { name: secret.secretName, key: secret.key } } };
}

/** Points every env entry of the variable at the Secret, and adds it to each Ray pod's first container. */
export function moveToSecret(session: Session, secret: SecretReference): void {
  const serve = session.serveValue;
  for (const path of runtimeEnvPaths(serve)) {
    if (secret.env in dict(dict(valueAt(serve, path))['env_vars']))
      session.delete([...SERVE, ...path, 'env_vars', secret.env]);
  }
  const entry = secretEntry(secret);
  const replaceIn = (envPath: YamlPath, env: unknown[]): boolean => {
    const at = env.findIndex((e) => dict(e)['name'] === secret.env);
    if (at < 0) return false;
    const current = dict(env[at]);
    if (JSON.stringify(current['valueFrom']) !== JSON.stringify(entry.valueFrom) || 'value' in current)
      session.set([...envPath, at], entry);
    return true;
  };
  for (const group of rayGroups(dict(dict(session.value['spec'])['rayClusterConfig']), CLUSTER)) {
    const spec = dict(dict(dict(valueAt(session.value, group.path))['template'])['spec']);
    let present = false;
    for (const kind of CONTAINER_LISTS) {
      list(spec[kind]).forEach((container, c) => {
        present =
          replaceIn([...group.path, 'template', 'spec', kind, c, 'env'], list(dict(container)['env'])) || present;
      });
    }
    // Ray workers inherit the container's environment, so the first container of every group is enough.
    if (!present && list(spec['containers']).length > 0)
      session.append([...group.path, 'template', 'spec', 'containers', 0, 'env'], entry);
  }
  const autoscaler = [...CLUSTER, 'autoscalerOptions', 'env'];
  replaceIn(autoscaler, list(valueAt(session.value, autoscaler)));
}

/** Every place a plaintext value of the variable is still written: what render could not move. */
export function plaintextLeft(session: Session, name: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: YamlPath) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const entry = dict(item);
        if (entry['name'] === name && 'value' in entry) found.push(formatYamlPath([...path, i]));
        walk(item, [...path, i]);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'env_vars' && typeof child === 'object' && child !== null && name in child)
          found.push(formatYamlPath([...path, key, name]));
        walk(child, [...path, key]);
      }
    }
  };
  walk(session.value, []);
  walk(session.serveValue, SERVE);
  return found;
}

/** Every place the RayService (or its Serve config) still holds a credential in plain text, as paths. */
export function plaintextCredentials(session: Session): string[] {
  const spec = dict(session.value['spec']);
  // The Serve config is checked as the document it is, not as one long string.
  const outer =
    typeof spec['serveConfigV2'] === 'string'
      ? { ...session.value, spec: { ...spec, serveConfigV2: undefined } }
      : session.value;
  return [...plaintextCredentialPaths(outer), ...plaintextCredentialPaths(session.serveValue, SERVE)].map((path) =>
    formatYamlPath(path),
  );
}
