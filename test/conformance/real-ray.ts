// Real Ray for one scenario: test/conformance/harness.py in the conformance venv, in a process group of its own.
// The harness cleans up after itself (its processes carry a marker it sweeps by); stop() closes its stdin, then
// signals the group, then sweeps the marker from here too, so nothing of Ray outlives a run whatever ended it.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LATENCY } from '../../src/sim/serve/latency.ts';
import { freePort } from '../helpers/prometheus.ts';
import type { Scenario } from './scenarios.ts';

export const HARNESS = join(import.meta.dirname, 'harness.py');
const MARKER = 'RSCI_CONFORMANCE_RUN';

/** What both sides share beyond the scenario: the stand-in's replica start, the fake node's timing, sizes. */
export interface RealRayOptions {
  readonly python: string;
  readonly rayVersion: string;
  readonly workDir: string;
  readonly modelId: string;
  readonly deploymentName: string;
  readonly appName: string;
  /** The example's deployment_config with the scenario's overrides, plus what build_openai_app sets. */
  readonly deploymentOptions: Record<string, unknown>;
  readonly replicaStartupS: number;
  readonly autoscalerUpdateIntervalS: number;
  readonly setupTimeoutMs: number;
  readonly log: (line: string) => void;
}

export interface RealRay {
  readonly dashboard: string;
  readonly serve: string;
  readonly setupS: number;
  stop(): Promise<void>;
}

/** PIDs whose environment carries this run's marker (Linux /proc). */
function markedPids(runId: string): number[] {
  const needle = `${MARKER}=${runId}`;
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(needle)) pids.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

function killAll(pids: readonly number[], signal: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  return Promise.race([
    new Promise<boolean>((resolve) => child.once('exit', () => resolve(true))),
    sleep(ms).then(() => false),
  ]);
}

export async function startRealRay(scenario: Scenario, options: RealRayOptions): Promise<RealRay> {
  const runId = `${scenario.name}-${process.pid}-${Date.now()}`;
  const config = {
    runId,
    rayVersion: options.rayVersion,
    tmpDir: '/tmp',
    ports: { gcs: await freePort(), dashboard: await freePort(), serve: await freePort() },
    // Logical CPUs: the Serve controller and proxy on the head; one per fake GPU worker, as a GPU pod has some.
    head: { cpus: 2, objectStoreBytes: 100_000_000 },
    workerGroup: {
      name: 'gpu',
      cpus: 1,
      gpus: 1,
      min: scenario.workers.min,
      max: scenario.workers.max,
      objectStoreBytes: 80_000_000,
    },
    idleTimeoutS: scenario.idleTimeoutS,
    autoscalerUpdateIntervalS: options.autoscalerUpdateIntervalS,
    latency: DEFAULT_LATENCY,
    modelId: options.modelId,
    replicaStartupS: options.replicaStartupS,
    streamBatchMs: 50,
    seed: 3,
    appName: options.appName,
    deploymentName: options.deploymentName,
    deploymentOptions: options.deploymentOptions,
  };
  const configPath = join(options.workDir, `ray-${scenario.name}.json`);
  writeFileSync(configPath, JSON.stringify(config, null, 2));
  const child = spawn(options.python, [HARNESS, configPath], {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, [MARKER]: runId, PYTHONUNBUFFERED: '1' },
  });
  let stderrTail = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
  });
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      child.stdin!.end();
      if (!(await exited(child, 30_000))) {
        options.log(`conformance: the harness of ${scenario.name} did not stop in 30 s; signalling its group`);
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // gone
        }
        if (!(await exited(child, 15_000))) process.kill(-child.pid!, 'SIGKILL');
      }
      for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
        const left = markedPids(runId);
        if (!left.length) break;
        killAll(left, signal);
        await sleep(3000);
      }
    })());
  const onExit = () => {
    // The driver is exiting without having stopped Ray: take Ray's whole tree down with it.
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // gone
    }
    killAll(markedPids(runId), 'SIGKILL');
  };
  process.once('exit', onExit);
  try {
    const ready = await new Promise<{ dashboard: string; serve: string; setupS: number }>((resolve, reject) => {
      let buffer = '';
      const timer = setTimeout(
        () => reject(new Error(`Ray did not come up in ${options.setupTimeoutMs / 1000} s`)),
        options.setupTimeoutMs,
      );
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', (chunk: string) => {
        buffer += chunk;
        for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
          const line = buffer.slice(0, i).trim();
          buffer = buffer.slice(i + 1);
          if (!line.startsWith('{')) continue;
          let message: { ready?: { dashboard: string; serve: string; setupS: number }; error?: string };
          try {
            message = JSON.parse(line) as typeof message;
          } catch {
            continue;
          }
          clearTimeout(timer);
          if (message.ready) resolve(message.ready);
          else reject(new Error(message.error ?? line));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the harness exited (${code}) before Ray was ready: ${stderrTail.slice(-800)}`));
      });
    });
    return {
      ...ready,
      stop: async () => {
        await stop();
        process.removeListener('exit', onExit);
      },
    };
  } catch (error) {
    await stop();
    process.removeListener('exit', onExit);
    throw error;
  }
}
