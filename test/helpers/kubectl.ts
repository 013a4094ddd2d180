// Runs a real kubectl against a sim: the one scripts/test-setup.ts found or fetched (KUBECTL overrides it there).
import { spawnSync } from 'node:child_process';
import { runAsync } from './run.ts';
import { toolPath } from './tools.ts';

export const KUBECTL = toolPath('kubectl');

export function kubectl(
  kubeconfigPath: string,
  args: readonly string[],
  input?: string,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(KUBECTL, ['--kubeconfig', kubeconfigPath, ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Same, without blocking the event loop (the sim runs in this process). */
export function kubectlAsync(
  kubeconfigPath: string,
  args: readonly string[],
  input?: string,
  timeoutMs = 60_000,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return runAsync(KUBECTL, ['--kubeconfig', kubeconfigPath, ...args], {
    ...(input === undefined ? {} : { input }),
    timeoutMs,
  });
}
