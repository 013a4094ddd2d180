// `rayservice-ci sim` as a user runs it: one ready line with the kubeconfig, kubectl works, Ctrl-C stops it cleanly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kubectlAsync } from '../helpers/kubectl.ts';

test('sim prints one ready line, serves kubectl, and exits 0 on SIGINT', async () => {
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'rsci-simcli-')), 'kubeconfig');
  const child = spawn(process.execPath, ['src/cli/main.ts', 'sim', '--kubeconfig', kubeconfig, '--gpu-nodes', '2'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const deadline = Date.now() + 20_000;
    while (!stdout.includes('\n') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.match(
      stdout,
      /^rayservice-ci sim ready: http:\/\/127\.0\.0\.1:\d+ kubeconfig=\S+ \(export KUBECONFIG=\S+\)\n$/,
    );
    assert.ok(stdout.includes(kubeconfig));
    const nodes = await kubectlAsync(kubeconfig, ['get', 'nodes', '-o', 'name']);
    assert.equal(
      nodes.stdout
        .trim()
        .split('\n')
        .filter((n) => n.includes('gpu')).length,
      2,
    );
    const crds = await kubectlAsync(kubeconfig, ['get', 'rayservices', '-A']);
    assert.equal(crds.status, 0, crds.stderr);
  } finally {
    child.kill('SIGINT');
  }
  assert.equal(await exited, 0, stderr);
  assert.match(stderr, /stopped on SIGINT/);
});

test('sim rejects a bad option value with the accepted values, exit 2', async () => {
  const child = spawn(process.execPath, ['src/cli/main.ts', 'sim', '--profile', 'slow'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 2);
  assert.match(stderr, /fast or realistic/);
});
