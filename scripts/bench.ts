// Prints figures for the speed goals (no timed assertions in tests): lint on the example, cold start against a bare
// `node -e 0` and warm, and the simulated cluster: time to Ready, chat throughput through the serve Service, memory.
// `--lint-only` stops after the lint figures; the load generator's figures follow (scripts/bench-load.ts) unless
// `--no-load` is given.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as k8s from '@kubernetes/client-node';
import { parse } from 'yaml';
import { lintText } from '../src/lint/index.ts';
import { renderManifest } from '../src/render/index.ts';
import { startSim, type RunningSim } from '../src/sim/index.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const example = 'examples/llama32-3b/rayservice.yaml';
const text = readFileSync(example, 'utf8');

// `--dist DIR` measures a build made elsewhere (`node scripts/build.ts --out DIR`) instead of dist/.
const distArg = process.argv.indexOf('--dist');
const dist = distArg === -1 ? 'dist' : process.argv[distArg + 1]!;
const cli = join(dist, 'cli.js');

/**
 * Medians of N interleaved rounds of fresh processes, same node binary: `node -e 0` and a whole lint of the example;
 * with `withPhases`, between them the CLI's start alone (`--help`) and with the lint bundle loaded (`lint --help`). `env`
 * gives each round's environment (a fresh cache directory, say; `lint --help` would fill it, so no phases then).
 */
function lintColdStart(
  runs: number,
  env: () => NodeJS.ProcessEnv = () => process.env,
  withPhases = false,
): { lint: number; bare: number; cliStart: number; bundleLoaded: number } {
  const time = (args: string[], runEnv: NodeJS.ProcessEnv) => {
    const start = performance.now();
    const ran = spawnSync(process.execPath, args, { stdio: 'ignore', env: runEnv });
    if (ran.status !== 0) throw new Error(`${args.join(' ')} exited ${ran.status}`);
    return performance.now() - start;
  };
  const rounds = { bare: [] as number[], cliStart: [] as number[], bundleLoaded: [] as number[], lint: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const runEnv = env();
    rounds.bare.push(time(['-e', '0'], runEnv));
    if (withPhases) {
      rounds.cliStart.push(time([cli, '--help'], runEnv));
      rounds.bundleLoaded.push(time([cli, 'lint', '--help'], runEnv));
    }
    rounds.lint.push(time([cli, 'lint', example], runEnv));
  }
  return {
    bare: median(rounds.bare),
    cliStart: withPhases ? median(rounds.cliStart) : NaN,
    bundleLoaded: withPhases ? median(rounds.bundleLoaded) : NaN,
    lint: median(rounds.lint),
  };
}

const ratio = (r: { lint: number; bare: number }) =>
  `${r.lint.toFixed(0)} ms vs ${r.bare.toFixed(0)} ms (${(r.lint / r.bare).toFixed(2)}×)`;
const phases = (r: ReturnType<typeof lintColdStart>) =>
  `node -e 0 ${r.bare.toFixed(1)} ms, cli.js start +${(r.cliStart - r.bare).toFixed(1)} ms, lint bundle loaded +${(r.bundleLoaded - r.cliStart).toFixed(1)} ms, lint of the example +${(r.lint - r.bundleLoaded).toFixed(1)} ms`;
console.log(`lint ${example} (Node ${process.version}, ${cli})`);
// One run first: it fills the code cache (src/cli/cached-load.ts), as any earlier run on the machine has.
spawnSync(process.execPath, [cli, 'lint', example], { stdio: 'ignore' });
const cold = lintColdStart(15, undefined, true);
console.log(`  lint cold start: ${ratio(cold)} for node -e 0, median of 15 interleaved runs (goal: at most 1.5×)`);
console.log(`    phases (medians): ${phases(cold)}`);
// A fresh CI runner: an empty cache directory each run, so lint compiles from source and writes the cache.
const scratch = mkdtempSync(join(tmpdir(), 'rsci-bench-'));
let fresh = 0;
const first = lintColdStart(9, () => ({ ...process.env, NODE_COMPILE_CACHE: join(scratch, String(fresh++)) }));
rmSync(scratch, { recursive: true, force: true });
console.log(`  first run, empty cache (a fresh CI runner): ${ratio(first)}`);
const uncached = lintColdStart(9, () => ({ ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' }));
console.log(`  NODE_DISABLE_COMPILE_CACHE=1: ${ratio(uncached)}`);
lintText(example, text); // warm the code paths once
const warm: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  lintText(example, text);
  warm.push(performance.now() - start);
}
console.log(
  `  warm in-process (200 runs): median ${median(warm).toFixed(2)} ms, min ${Math.min(...warm).toFixed(2)} ms`,
);
if (process.argv.includes('--lint-only')) process.exit(0);

/** Deploys the example into namespace "bench" and returns the chat URL through the serve Service. */
async function deploy(sim: RunningSim): Promise<string> {
  const kc = new k8s.KubeConfig();
  kc.loadFromString(sim.kubeconfig);
  await kc.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name: 'bench' } } });
  const rendered = renderManifest(example, text, {
    namespace: 'bench',
    runId: 'bench',
    ttlMs: 3600_000,
    now: new Date(),
    secretEnv: ['HF_TOKEN=hf/token'],
  });
  if (!rendered.ok) throw new Error(rendered.problems.join('\n'));
  await k8s.KubernetesObjectApi.makeApiClient(kc).patch(
    parse(rendered.text),
    undefined,
    undefined,
    'bench',
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  const base = `${sim.url}/api/v1/namespaces/bench/services/llama32-3b-autoscale-serve-svc:8000/proxy/v1`;
  for (let i = 0; i < 1200 && !(await fetch(`${base}/models`).then((r) => r.ok)); i++)
    await new Promise((r) => setTimeout(r, 50));
  return `${base}/chat/completions`;
}

/** Closed-loop chat load, bounded in count and time: returns requests done and seconds taken. */
async function chat(
  url: string,
  maxRequests: number,
  concurrency: number,
  maxMs: number,
): Promise<{ done: number; seconds: number }> {
  const body = JSON.stringify({
    model: 'Llama-3.2-3B-Instruct',
    messages: [{ role: 'user', content: 'Name three prime numbers.' }],
    max_tokens: 4,
  });
  const started = performance.now();
  const deadline = Date.now() + maxMs;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (done < maxRequests && Date.now() < deadline) {
        done++;
        await (
          await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
        ).arrayBuffer();
      }
    }),
  );
  return { done, seconds: (performance.now() - started) / 1000 };
}

console.log('sim (fast profile, time scale 1)');
const rssBefore = process.memoryUsage().rss;
const sim = await startSim({ seed: 1 });
try {
  const applied = performance.now();
  const url = await deploy(sim);
  console.log(`  apply → serving: ${((performance.now() - applied) / 1000).toFixed(1)} s`);
  const { done, seconds } = await chat(url, 400, 10, 60_000);
  console.log(
    `  chat through the serve Service (max_tokens 4, 10 concurrent): ${done} requests in ${seconds.toFixed(1)} s = ${(done / seconds).toFixed(0)} req/s (bounded by the simulated latency)`,
  );
  console.log(
    `  memory: RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (+${((process.memoryUsage().rss - rssBefore) / 2 ** 20).toFixed(0)} MiB for the sim)`,
  );
} finally {
  await sim.stop();
}

// The sim's own overhead: at 1000× the simulated latency all but vanishes, so this is HTTP + proxy + Serve routing.
const fast = await startSim({ seed: 1, timeScale: 1000 });
try {
  const { done, seconds } = await chat(await deploy(fast), 2000, 10, 30_000);
  console.log(
    `sim at time scale 1000 (its own overhead): ${done} chat requests in ${seconds.toFixed(1)} s = ${(done / seconds).toFixed(0)} req/s`,
  );
} finally {
  await fast.stop();
}

// The load generator's figures, in processes of their own (see scripts/bench-load.ts).
if (!process.argv.includes('--no-load')) {
  spawnSync(process.execPath, [join(import.meta.dirname, 'bench-load.ts')], { stdio: 'inherit' });
}
