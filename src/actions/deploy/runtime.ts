// What the deploy and teardown actions need of the runner beyond ActionIo: state handed from main to post
// (core.saveState, read back as STATE_* by post), masking, plain warnings, and cancellation (the runner sends SIGINT,
// then SIGTERM 7.5 s later, then kills the process tree 2.5 s after that). Also the kubeconfig from a secret input:
// written under RUNNER_TEMP with mode 0600, its credentials masked first, removed by post.
import * as core from '@actions/core';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ActionIo } from '../action-io.ts';

export interface RunnerExtras {
  saveState(name: string, value: string): void;
  getState(name: string): string;
  mask(value: string): void;
  warning(message: string): void;
  /** Aborted when the runner cancels the step. */
  readonly signal: AbortSignal;
}

export type DeployActionIo<Input extends string> = ActionIo<Input> & RunnerExtras;

/** The real runner's extras; the process's SIGINT/SIGTERM abort `signal`. */
export function runnerExtras(): RunnerExtras {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort(name));
  return {
    saveState: (name, value) => core.saveState(name, value),
    getState: (name) => core.getState(name),
    mask: (value) => core.setSecret(value),
    warning: (message) => core.warning(message),
    signal: controller.signal,
  };
}

/** The state keys main saves for post. */
export const STATE = {
  kubeconfigDir: 'kubeconfig-dir',
  namespace: 'namespace',
  context: 'context',
  runId: 'run-id',
  teardown: 'teardown',
} as const;

// Kubeconfig keys whose values are credentials (user entries, exec and auth-provider configs).
const CREDENTIAL_KEY =
  /^\s*-?\s*(token|password|client-key-data|client-certificate-data|id-token|refresh-token|access-token|client-secret)\s*:\s*["']?([^"'\s]+)["']?\s*$/;

/** The credential values of a kubeconfig, for masking before anything could print them. */
export function kubeconfigCredentials(text: string): string[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const match = CREDENTIAL_KEY.exec(line);
    return match ? [match[2]!] : [];
  });
}

/** A kubeconfig input as YAML: taken as is, or decoded when it is base64 (as Azure/k8s-set-context accepts it). */
export function kubeconfigText(input: string): string {
  const compact = input.replace(/\s+/g, '');
  if (!input.includes(':') && /^[A-Za-z0-9+/=]+$/.test(compact)) return Buffer.from(compact, 'base64').toString('utf8');
  return input;
}

/**
 * Writes the kubeconfig input to a fresh directory under RUNNER_TEMP (never the workspace), recording the directory
 * for post before the file exists, so even a crash right after leaves nothing behind. Returns the file's path.
 */
export async function writeKubeconfig(io: DeployActionIo<string>, input: string): Promise<string> {
  const text = kubeconfigText(input);
  io.mask(input.trim());
  for (const credential of kubeconfigCredentials(text)) io.mask(credential);
  const dir = await mkdtemp(join(io.tempDir, 'rayservice-ci-kube-'));
  io.saveState(STATE.kubeconfigDir, dir);
  const path = join(dir, 'kubeconfig');
  await writeFile(path, text, { mode: 0o600 });
  return path;
}

export async function removeKubeconfig(dir: string): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}
