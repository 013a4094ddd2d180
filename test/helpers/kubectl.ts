// Runs a real kubectl against a sim: the one scripts/test-setup.ts found or fetched (KUBECTL overrides it there).
import { spawn, spawnSync } from 'node:child_process';
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
  return new Promise((resolve, reject) => {
    const child = spawn(KUBECTL, ['--kubeconfig', kubeconfigPath, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}
