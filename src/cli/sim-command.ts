// `rayservice-ci sim`: the simulated cluster in the foreground, until SIGINT/SIGTERM.
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_NODE_POOL, startSim } from '../sim/index.ts';
import { UsageError, type CliIo } from './io.ts';
import { parseDuration } from '../time/duration.ts';

export const SIM_USAGE = `Usage: rayservice-ci sim [options]

Runs a simulated GPU cluster on 127.0.0.1: the Kubernetes API (for kubectl and client libraries), KubeRay,
the Ray autoscaler and Ray Serve with an OpenAI-compatible endpoint. Stops on Ctrl-C.

Options:
  --port N              API server port (default: 0, a free port)
  --kubeconfig FILE     where to write the kubeconfig (default: .rayservice-ci/sim.kubeconfig)
  --profile NAME        fast (seconds) or realistic (node start, image pull, model load) (default: fast)
  --time-scale X        simulated seconds per real second (default: 1)
  --gpu-nodes N         GPU nodes in the pool (default: ${DEFAULT_NODE_POOL.gpuNodes})
  --gpus-per-node N     nvidia.com/gpu per node (default: ${DEFAULT_NODE_POOL.gpusPerNode})
  --seed N              seed for names, jitter and output lengths (default: 1)
  --no-zero-downtime    as KubeRay with ENABLE_ZERO_DOWNTIME=false: a changed rayClusterConfig makes no second
                        cluster (a RayService's spec.upgradeStrategy.type still wins)
  --fault-rate P        answer this share (0–1) of API requests with 429 or 500, for reliability tests
  --fault-paths REGEX   which API paths --fault-rate applies to (default: every API path)
  --drop-watches-after DURATION
                        end every watch after this long (e.g. 30s), as API servers do`;

function number(name: string, raw: string | undefined, fallback: number, { min = 0, integer = true } = {}): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) throw new UsageError(`--${name} takes ${integer ? 'a whole number' : 'a number'} ≥ ${min}, not "${raw}".`);
  return n;
}

export async function simCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      kubeconfig: { type: 'string' },
      profile: { type: 'string' },
      'time-scale': { type: 'string' },
      'gpu-nodes': { type: 'string' },
      'gpus-per-node': { type: 'string' },
      seed: { type: 'string' },
      'no-zero-downtime': { type: 'boolean' },
      'fault-rate': { type: 'string' },
      'fault-paths': { type: 'string' },
      'drop-watches-after': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  void positionals;
  if (values.help) {
    io.stdout(`${SIM_USAGE}\n`);
    return 0;
  }
  const profile = values.profile ?? 'fast';
  if (profile !== 'fast' && profile !== 'realistic') throw new UsageError(`--profile "${profile}" is not a profile; use fast or realistic.`);
  const rate = number('fault-rate', values['fault-rate'], 0, { min: 0, integer: false });
  if (rate > 1) throw new UsageError(`--fault-rate takes a share between 0 and 1, not "${values['fault-rate']}".`);
  let dropWatchesAfterMs: number | undefined;
  if (values['drop-watches-after'] !== undefined) {
    const parsed = parseDuration(values['drop-watches-after']);
    if (typeof parsed === 'string') throw new UsageError(`--drop-watches-after: ${parsed}`);
    dropWatchesAfterMs = parsed;
  }
  if (values['fault-paths'] !== undefined) {
    try {
      new RegExp(values['fault-paths']);
    } catch {
      throw new UsageError(`--fault-paths "${values['fault-paths']}" is not a regular expression.`);
    }
  }
  const kubeconfigPath = resolve(io.cwd, values.kubeconfig ?? '.rayservice-ci/sim.kubeconfig');
  await mkdir(dirname(kubeconfigPath), { recursive: true });
  const sim = await startSim({
    port: number('port', values.port, 0, { min: 0 }),
    kubeconfigPath,
    profile,
    timeScale: number('time-scale', values['time-scale'], 1, { min: 0.01, integer: false }),
    seed: number('seed', values.seed, 1),
    ...(values['no-zero-downtime'] ? { zeroDowntime: false } : {}),
    ...(rate > 0 || dropWatchesAfterMs ? { faults: { rate, ...(values['fault-paths'] ? { paths: values['fault-paths'] } : {}), ...(dropWatchesAfterMs ? { dropWatchesAfterMs } : {}) } } : {}),
    nodePool: { ...DEFAULT_NODE_POOL, gpuNodes: number('gpu-nodes', values['gpu-nodes'], DEFAULT_NODE_POOL.gpuNodes), gpusPerNode: number('gpus-per-node', values['gpus-per-node'], DEFAULT_NODE_POOL.gpusPerNode, { min: 1 }) },
  });
  io.stdout(`rayservice-ci sim ready: ${sim.url} kubeconfig=${kubeconfigPath} (export KUBECONFIG=${kubeconfigPath})\n`);
  const signal = await io.shutdownRequested();
  await sim.stop();
  io.stderr(`rayservice-ci sim: stopped on ${signal}.\n`);
  return 0;
}
