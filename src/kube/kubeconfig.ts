// Which cluster and credentials a stage talks to: a kubeconfig from --kubeconfig, $KUBECONFIG (a list, merged as
// kubectl merges it) or ~/.kube/config, else the in-cluster service account; then the context. Problems are values
// that name the file and the context, never the file's contents.
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { safeInline } from '../sanitize/index.ts';

export interface KubeConfigRequest {
  /** A kubeconfig file (relative to cwd); else $KUBECONFIG, ~/.kube/config, or in-cluster. */
  readonly kubeconfig?: string | undefined;
  readonly context?: string | undefined;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export type KubeConfigResult =
  | { readonly ok: true; readonly kc: k8s.KubeConfig; readonly context: string; readonly server: string }
  | { readonly ok: false; readonly problem: string };

function loadFile(kc: k8s.KubeConfig, path: string): string | undefined {
  try {
    kc.loadFromFile(path);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `the kubeconfig ${path} does not exist`;
    if (code) return `cannot read the kubeconfig ${path} (${code})`;
    // client-node's parse errors can quote the file; say where, not what.
    return `the kubeconfig ${path} is not a valid kubeconfig (YAML with clusters, users and contexts)`;
  }
}

export function loadKubeConfig(request: KubeConfigRequest): KubeConfigResult {
  const kc = new k8s.KubeConfig();
  const problem = (text: string): KubeConfigResult => ({ ok: false, problem: safeInline(text) });
  if (request.kubeconfig) {
    const failed = loadFile(kc, resolve(request.cwd, request.kubeconfig));
    if (failed) return problem(`${failed}; pass --kubeconfig with a readable file.`);
  } else if (request.env['KUBECONFIG']) {
    // kubectl's rule: every file in the list is merged, the first to set a value wins.
    const files = request.env['KUBECONFIG']
      .split(delimiter)
      .filter(Boolean)
      .map((f) => resolve(request.cwd, f))
      .filter((f) => existsSync(f));
    if (!files.length)
      return problem('no file in $KUBECONFIG exists; set KUBECONFIG to your kubeconfig, or pass --kubeconfig.');
    for (const [i, file] of files.entries()) {
      const next = i === 0 ? kc : new k8s.KubeConfig();
      const failed = loadFile(next, file);
      if (failed) return problem(`${failed} (from $KUBECONFIG).`);
      if (i > 0) kc.mergeConfig(next, true);
    }
  } else if (request.env['HOME'] && existsSync(join(request.env['HOME'], '.kube', 'config'))) {
    const failed = loadFile(kc, join(request.env['HOME'], '.kube', 'config'));
    if (failed) return problem(`${failed}.`);
  } else if (request.env['KUBERNETES_SERVICE_HOST']) {
    try {
      kc.loadFromCluster();
    } catch {
      return problem('running in a pod, but its service account token cannot be read; pass --kubeconfig.');
    }
  } else {
    return problem('no kubeconfig: pass --kubeconfig FILE, set KUBECONFIG, or create ~/.kube/config.');
  }
  if (request.context) {
    const names = kc.getContexts().map((c) => c.name);
    if (!names.includes(request.context)) {
      return problem(
        `the kubeconfig has no context "${request.context}"; it has: ${names.length ? names.join(', ') : 'none'}.`,
      );
    }
    kc.setCurrentContext(request.context);
  }
  const context = kc.getCurrentContext();
  const cluster = kc.getCurrentCluster();
  if (!context || !cluster) return problem('the kubeconfig names no current context; pass --context NAME.');
  return { ok: true, kc, context, server: cluster.server };
}
