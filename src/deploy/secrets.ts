// The Secrets render moved env vars into (RenderedManifest.secrets), built from values the caller passes (action
// inputs) or its environment. A value never appears in a message, a log or a file other than the Secret object.
import type { KubernetesObject } from '@kubernetes/client-node';
import type { SecretReference } from '../render/index.ts';

export type SecretsResult =
  | { readonly ok: true; readonly secrets: readonly KubernetesObject[]; readonly values: readonly string[] }
  | { readonly ok: false; readonly problem: string };

/**
 * One Secret per name with a key per reference. `given` (NAME → value, e.g. the action's secrets input) wins over
 * the environment variable of the same NAME. `values` lists what was used, for the caller to mask.
 */
export function buildSecrets(
  namespace: string,
  labels: Readonly<Record<string, string>>,
  references: readonly SecretReference[],
  given: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string | undefined>>,
): SecretsResult {
  const missing = references.filter((ref) => !(given[ref.env] ?? env[ref.env]));
  if (missing.length) {
    const names = [...new Set(missing.map((ref) => ref.env))];
    return {
      ok: false,
      problem: `No value for ${names.join(', ')}, which the manifest reads from Secret${missing.length === 1 ? '' : 's'} ${[...new Set(missing.map((r) => `${r.secretName}/${r.key}`))].join(', ')}: set ${names.length === 1 ? 'it' : 'them'} in the environment, or pass ${names.map((n) => `${n}=…`).join(', ')} in the deploy action's secrets input.`,
    };
  }
  const data = new Map<string, Record<string, string>>();
  const values: string[] = [];
  for (const ref of references) {
    const value = (given[ref.env] ?? env[ref.env])!;
    values.push(value);
    const secret = data.get(ref.secretName) ?? {};
    secret[ref.key] = Buffer.from(value, 'utf8').toString('base64');
    data.set(ref.secretName, secret);
  }
  const secrets = [...data].map(
    ([name, entries]) =>
      ({
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name, namespace, labels: { ...labels } },
        type: 'Opaque',
        data: entries,
      }) as KubernetesObject,
  );
  return { ok: true, secrets, values };
}

/** NAME=VALUE lines (the action's secrets input); a malformed line is named by its number, never echoed. */
export function parseSecretValues(lines: readonly string[]): { values: Record<string, string> } | { problem: string } {
  const values: Record<string, string> = {};
  for (const [i, line] of lines.entries()) {
    const eq = line.indexOf('=');
    const name = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      return { problem: `secrets: line ${i + 1} is not NAME=VALUE (NAME an environment variable name).` };
    values[name] = line.slice(eq + 1);
  }
  return { values };
}

/** A ResourceQuota that caps the GPUs pods of the namespace may request (extended resources take requests. only). */
export function gpuQuota(
  namespace: string,
  labels: Readonly<Record<string, string>>,
  maxGpus: number,
): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: { name: 'rayservice-ci-gpus', namespace, labels: { ...labels } },
    spec: { hard: { 'requests.nvidia.com/gpu': String(maxGpus) } },
  } as KubernetesObject;
}
