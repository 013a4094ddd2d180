// What deploy's tests share: the example rendered for a namespace into a temporary directory (as the render stage
// hands it over), a CliIo that records what a command prints, and the action entries run as GitHub runs them but
// without blocking this process (the sim they talk to runs in it).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../../src/cli/io.ts';
import { runRender } from '../../src/render/index.ts';
import { parseCommandFile } from '../helpers/run.ts';
import { EXAMPLE_PATH } from '../helpers/variants.ts';

export const SECRET_VALUE = 'hf_TestOnlyTokenValue1234567890abcdefXYZ';

export interface RenderedPair {
  readonly dir: string;
  readonly manifest: string;
  readonly rendered: string;
  readonly name: string;
}

/** Renders the example for `namespace` (run id = namespace) with HF_TOKEN moved into Secret hf-token/token. */
export async function renderExample(
  namespace: string,
  options: { sets?: string[]; initializingTimeout?: string; ttl?: string } = {},
): Promise<RenderedPair> {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-deploy-'));
  const manifest = join(dir, 'rendered.yaml');
  const rendered = join(dir, 'rendered.json');
  const run = await runRender(
    { cwd: process.cwd(), env: {}, now: () => new Date() },
    {
      manifest: EXAMPLE_PATH,
      namespace,
      runId: namespace,
      sets: options.sets ?? [],
      secretEnv: ['HF_TOKEN=hf-token/token'],
      ttl: options.ttl,
      initializingTimeout: options.initializingTimeout,
      output: manifest,
      resultFile: rendered,
    },
  );
  if (!run.ok) throw new Error(run.problems.join('\n'));
  return { dir, manifest, rendered, name: run.result.name };
}

export interface RecordingIo extends CliIo {
  readonly out: string[];
  readonly err: string[];
  /** Resolves the promise shutdownRequested() returned, as a signal would. */
  shutdown(signal: string): void;
}

export function recordingIo(env: Record<string, string | undefined> = {}, isTty = false): RecordingIo {
  const out: string[] = [];
  const err: string[] = [];
  let stop: (signal: string) => void = () => undefined;
  const requested = new Promise<string>((resolve) => (stop = resolve));
  return {
    cwd: process.cwd(),
    env,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTty,
    now: () => new Date(),
    shutdownRequested: () => requested,
    out,
    err,
    shutdown: (signal) => stop(signal),
  };
}

export interface ActionProcess {
  readonly done: Promise<{
    status: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
    outputs: Record<string, string>;
    state: Record<string, string>;
  }>;
  /** The state saved so far (GITHUB_STATE). */
  state(): Record<string, string>;
  kill(signal: NodeJS.Signals): void;
}

/** Runs an action entry (src/actions/<name>/<main|post>.ts) with INPUT_* and runner files, asynchronously. */
export function startAction(
  entry: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  dir = mkdtempSync(join(tmpdir(), 'rsci-action-')),
): ActionProcess {
  const files = { output: join(dir, 'output'), state: join(dir, 'state'), summary: join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '', { flag: 'a' });
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const child = spawn(process.execPath, [entry], {
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: process.cwd(),
      ...inputEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const state = () => parseCommandFile(readFileSync(files.state, 'utf8'));
  const timer = setTimeout(() => child.kill('SIGKILL'), 110_000);
  const done = new Promise<Awaited<ActionProcess['done']>>((resolve) => {
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({
        status,
        signal,
        stdout,
        stderr,
        outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
        state: state(),
      });
    });
  });
  return { done, state, kill: (signal) => child.kill(signal) };
}

/** The post step's environment: STATE_<name> for each saved state, as the runner sets it. */
export function stateEnv(state: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
}
