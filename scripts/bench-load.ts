// Prints the load generator's figures (no timed assertions in tests), each server and client in its own process on
// 127.0.0.1: requests/s against a minimal HTTP server at 10 and 100 users with no think time, beside autocannon at the
// same connections without pipelining, as a ratio from the same run; 1000 concurrent SSE streams from a stub with
// known timing — client CPU, and measured TTFT/E2E against the stub's own record; RSS over 1,000,000 requests.
// The clients run the load library bundled by esbuild as dist/ ships it (plain JavaScript: Node's type stripping of
// the sources costs its own memory and start-up, which a user never pays).
// `node scripts/bench-load.ts [--seconds 5] [--rounds 3] [--only http|sse|rss] [--requests N]`.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import type { LoadSummary } from '../src/load/index.ts';

type LoadLibrary = typeof import('../src/load/index.ts');

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    seconds: { type: 'string' },
    only: { type: 'string' },
    url: { type: 'string' },
    users: { type: 'string' },
    requests: { type: 'string' },
    bundle: { type: 'string' },
    client: { type: 'string' },
    young: { type: 'string' },
    rounds: { type: 'string' },
  },
});
const SECONDS = Number(values.seconds ?? 5);
/** Rounds of the requests/s comparison: one round's ratio at 100 users moves by ±5 % on a shared 2-core machine. */
const ROUNDS = Number(values.rounds ?? 3);

type Message = Record<string, unknown>;

/**
 * The load library bundled as scripts/build.ts bundles dist/ (Node 24, ESM, split): what it loads only on demand (the
 * Kubernetes client for --deployment, undici for https:) goes to chunks of its own, as in dist/chunks, so the
 * client's memory is what a run against a plain http: address carries.
 */
async function bundleLibrary(dir: string): Promise<string> {
  await build({
    entryPoints: { load: join(import.meta.dirname, '../src/load/index.ts') },
    bundle: true,
    platform: 'node',
    target: 'node24',
    format: 'esm',
    splitting: true,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);",
    },
  });
  return join(dir, 'load.mjs');
}

let bundlePath = '';

/** Starts this file again in a child process with a role; resolves with the first message it sends. */
function child(role: string, args: string[] = []): { process: ChildProcess; message: Promise<Message> } {
  const proc = fork(import.meta.filename, ['--role', role, '--bundle', bundlePath, ...args], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const message = new Promise<Message>((resolve, reject) => {
    proc.once('message', (m) => resolve(m as Message));
    proc.once('exit', (code) => reject(new Error(`${role} exited ${code} before answering`)));
  });
  return { process: proc, message };
}

function send(message: Message): void {
  process.send!(message);
}

// ---- roles run in child processes -------------------------------------------------------------------------------

/** The minimal HTTP server: 200 "ok", keep-alive. */
async function plainServer(): Promise<void> {
  const server = createServer((_req, res) => res.end('ok'));
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => send({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
}

/**
 * The SSE stub with known timing: TTFT uniform in 100-300 ms, then 50 tokens 20 ms apart, usage, [DONE]. It records
 * its own TTFT and E2E per request (first and last token written, from the request's arrival) and serves them on
 * /stats as percentiles.
 */
async function sseServer(): Promise<void> {
  const ttft: number[] = [];
  const e2e: number[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/stats')
      return res.end(JSON.stringify({ ttft: percentiles(ttft), e2e: percentiles(e2e), count: ttft.length }));
    const arrived = performance.now();
    req.resume();
    req.on('end', () => void stream(res, arrived));
  });
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const stream = async (res: ServerResponse, arrived: number) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const first = 100 + Math.random() * 200;
    await wait(Math.max(0, first - (performance.now() - arrived)));
    let firstAt = 0;
    for (let i = 0; i < 50; i++) {
      res.write(
        `data: {"choices":[{"index":0,"delta":{"content":" tok"},"finish_reason":${i === 49 ? '"length"' : 'null'}}]}\n\n`,
      );
      if (i === 0) firstAt = performance.now();
      if (i < 49) await wait(20);
    }
    const lastAt = performance.now();
    res.end('data: {"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":50}}\n\ndata: [DONE]\n\n');
    ttft.push(firstAt - arrived);
    e2e.push(lastAt - arrived);
  };
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => send({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
}

function percentiles(xs: number[]): { p50: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
  return { p50: at(50), p95: at(95) };
}

/** autocannon at `users` connections, no pipelining, for SECONDS. */
async function autocannonClient(url: string, users: number): Promise<void> {
  // autocannon ships no types; a devDependency of the bench only.
  const specifier = 'autocannon';
  const { default: autocannon } = (await import(specifier)) as {
    default: (o: object) => Promise<{ requests: { total: number }; duration: number }>;
  };
  const result = await autocannon({ url, connections: users, pipelining: 1, duration: SECONDS });
  send({ rps: result.requests.total / result.duration });
}

function profile(url: string, extra: string): string {
  return `apiVersion: rayservice-ci.io/v1alpha1\nkind: LoadProfile\nseed: 1\ntarget: { address: ${url} }\n${extra}`;
}

async function runOurs(
  text: string,
  onWindow?: (completed: number) => void,
): Promise<{ summary: LoadSummary; cpuMs: number }> {
  const { runPlan, planLoad, parseProfileText, WALL_CLOCK } = (await import(
    pathToFileURL(values.bundle!).href
  )) as LoadLibrary;
  const read = parseProfileText('bench.yaml', text, () => ({ problem: 'none' }));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const planned = planLoad(read.profile, { seed: 1 });
  if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
  const cpu = process.cpuUsage();
  const run = await runPlan(planned.runnable, {
    clock: WALL_CLOCK,
    signal: new AbortController().signal,
    progress: onWindow ? (p) => onWindow(p.completed) : undefined,
    client: values.client === 'undici' ? 'undici' : 'http1',
    youngGeneration: values.young === 'v8' ? 'v8' : 'held',
  });
  const used = process.cpuUsage(cpu);
  return { summary: run.metrics.summary((run.end - run.start) / 1000), cpuMs: (used.user + used.system) / 1000 };
}

/** Ours at `users`, no think time, for SECONDS. */
async function oursClient(url: string, users: number): Promise<void> {
  const limits = `limits: { max-requests: 100000000, max-connections: ${users} }\n`;
  const { summary } = await runOurs(
    profile(url, `requests: [/]\nload: { closed: { users: ${users}, hold-for: ${SECONDS}s } }\n${limits}`),
  );
  send({ rps: summary.requests / summary.duration_s, errors: summary.errors });
}

async function sseClient(url: string, users: number): Promise<void> {
  const body = `{"model":"m","messages":[{"role":"user","content":"hi"}],"max_tokens":50}`;
  const text = profile(
    url,
    `requests:\n- { label: chat, method: POST, url: /v1/chat/completions, body: '${body}' }\nload: { closed: { users: ${users}, ramp-up: 2s, hold-for: 20s, iterations: 3 } }\nlimits: { max-connections: ${users} }\n`,
  );
  const started = performance.now();
  const { summary, cpuMs } = await runOurs(text);
  send({
    wallMs: performance.now() - started,
    cpuMs,
    summary: {
      requests: summary.requests,
      errors: summary.errors,
      ttft: summary.ttft_ms,
      e2e: summary.e2e_ms,
      itl: summary.itl_ms,
      maxInFlight: summary.max_in_flight,
    },
  });
}

/**
 * The RSS client, written as a plain .mjs file beside the bundle: a .ts child would carry Node's type stripper
 * (about 17 MB), which no user's process has. It runs 100 users against the minimal server until `requests` are done,
 * marking RSS every 100,000.
 */
const RSS_CLIENT = `
const [bundle, url, requests, young] = process.argv.slice(2);
const mb = () => process.memoryUsage().rss / 1048576;
const { runPlan, planLoad, parseProfileText, WALL_CLOCK } = await import(bundle);
const loadedMb = mb();
const text = [
  'apiVersion: rayservice-ci.io/v1alpha1', 'kind: LoadProfile', 'seed: 1', 'target: { address: ' + url + ' }',
  'requests: [/]', 'load: { closed: { users: 100, hold-for: 30m } }',
  'limits: { max-requests: ' + requests + ', max-connections: 100 }', '',
].join('\\n');
const read = parseProfileText('bench.yaml', text, () => ({ problem: 'none' }));
const planned = planLoad(read.profile, { seed: 1 });
const marks = [];
let peakMb = 0;
let next = 100000;
const mark = (completed) => marks.push({ requests: completed, rssMb: mb(), heapMb: process.memoryUsage().heapTotal / 1048576 });
const run = await runPlan(planned.runnable, {
  youngGeneration: young,
  clock: WALL_CLOCK,
  signal: new AbortController().signal,
  progress: (p) => {
    peakMb = Math.max(peakMb, mb());
    if (p.completed >= next) { mark(p.completed); next += 100000; }
  },
});
mark(run.metrics.requests);
process.send({ marks, seconds: (run.end - run.start) / 1000, loadedMb, peakMb: Math.max(peakMb, mb()), errors: run.metrics.errors });
`;

/** Runs the RSS client with the runner's young generation `held` (as shipped) or as `v8` decides. */
async function rssRun(
  url: string,
  requests: number,
  young: 'held' | 'v8',
): Promise<{
  marks: { requests: number; rssMb: number; heapMb: number }[];
  seconds: number;
  loadedMb: number;
  peakMb: number;
  errors: number;
}> {
  const file = join(dirname(bundlePath), 'rss-client.mjs');
  writeFileSync(file, RSS_CLIENT);
  const proc = fork(file, [pathToFileURL(bundlePath).href, url, String(requests), young], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    return await new Promise((resolve, reject) => {
      proc.once('message', (m) => resolve(m as never));
      proc.once('exit', (code) => reject(new Error(`the RSS client exited ${code} before answering`)));
    });
  } finally {
    proc.kill();
  }
}

// ---- the parent -------------------------------------------------------------------------------------------------

async function withServer<T>(role: string, body: (url: string) => Promise<T>): Promise<T> {
  const server = child(role);
  try {
    const { url } = (await server.message) as { url: string };
    return await body(url);
  } finally {
    server.process.kill();
  }
}

async function clientRun(role: string, args: string[]): Promise<Message> {
  const c = child(role, args);
  try {
    return await c.message;
  } finally {
    c.process.kill();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-bench-load-'));
  try {
    bundlePath = await bundleLibrary(dir);
    await figures();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function figures(): Promise<void> {
  const only = values.only;
  if (!only || only === 'http') {
    console.log(
      `requests/s against a minimal node:http server, no think time, ${SECONDS} s each, autocannon without pipelining:`,
    );
    await withServer('plain-server', async (url) => {
      for (const users of [10, 100]) {
        const ratios: { ours: number[]; undici: number[]; v8Young: number[] } = { ours: [], undici: [], v8Young: [] };
        let errors = 0;
        for (let round = 0; round < ROUNDS; round++) {
          const args = ['--url', url, '--users', String(users)];
          const theirs = (await clientRun('autocannon', args)) as { rps: number };
          const ours = (await clientRun('ours', args)) as { rps: number; errors: number };
          const viaUndici = (await clientRun('ours', [...args, '--client', 'undici'])) as { rps: number };
          const v8Young = (await clientRun('ours', [...args, '--young', 'v8'])) as { rps: number };
          errors += ours.errors;
          ratios.ours.push(ours.rps / theirs.rps);
          ratios.undici.push(viaUndici.rps / theirs.rps);
          ratios.v8Young.push(v8Young.rps / theirs.rps);
          console.log(
            `  ${String(users).padStart(3)} users, round ${round + 1}: rayservice-ci ${ours.rps.toFixed(0)} req/s, autocannon ${theirs.rps.toFixed(0)} req/s → ${(ours.rps / theirs.rps).toFixed(2)}×`,
          );
        }
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
        const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
        console.log(
          `  ${String(users).padStart(3)} users: rayservice-ci / autocannon, median of ${ROUNDS}: ${median(ratios.ours).toFixed(2)}× (${range(ratios.ours)}; errors ${errors}); on undici's Pool instead ${median(ratios.undici).toFixed(2)}×; young generation as V8 decides ${median(ratios.v8Young).toFixed(2)}× (${range(ratios.v8Young)})`,
        );
      }
    });
  }
  if (!only || only === 'sse') {
    console.log(
      '1000 concurrent SSE streams (users ramped over 2 s, 3 streams each; TTFT 100-300 ms, 50 tokens 20 ms apart):',
    );
    await withServer('sse-server', async (url) => {
      const r = (await clientRun('sse', ['--url', url, '--users', '1000'])) as {
        wallMs: number;
        cpuMs: number;
        summary: {
          requests: number;
          errors: number;
          ttft: LoadSummary['ttft_ms'];
          e2e: LoadSummary['e2e_ms'];
          itl: LoadSummary['itl_ms'];
          maxInFlight: number;
        };
      };
      const stats = (await (await fetch(`${url}/stats`)).json()) as {
        ttft: { p50: number; p95: number };
        e2e: { p50: number; p95: number };
        count: number;
      };
      const s = r.summary;
      console.log(
        `  ${s.requests} streams completed, ${s.errors} errors, ${s.maxInFlight} in flight at most; client CPU ${(r.cpuMs / 1000).toFixed(2)} s over ${(r.wallMs / 1000).toFixed(1)} s (${((r.cpuMs / r.wallMs) * 100).toFixed(0)}% of one core)`,
      );
      console.log(
        `  TTFT p50 measured ${s.ttft.p50!.toFixed(1)} ms vs stub ${stats.ttft.p50.toFixed(1)} ms → error ${(s.ttft.p50! - stats.ttft.p50).toFixed(1)} ms; p95 ${s.ttft.p95!.toFixed(1)} vs ${stats.ttft.p95.toFixed(1)} ms`,
      );
      console.log(
        `  E2E  p50 measured ${s.e2e.p50!.toFixed(1)} ms vs stub ${stats.e2e.p50.toFixed(1)} ms → error ${(s.e2e.p50! - stats.e2e.p50).toFixed(1)} ms; p95 ${s.e2e.p95!.toFixed(1)} vs ${stats.e2e.p95.toFixed(1)} ms; ITL p50 ${s.itl.p50!.toFixed(1)} ms (stub: 20 ms)`,
      );
    });
  }
  if (!only || only === 'rss') {
    const requests = Number(values.requests ?? 1_000_000);
    console.log(`RSS of the client over ${requests} requests (100 users, minimal server):`);
    await withServer('plain-server', async (url) => {
      // V8 grows its young generation with the allocation rate; the runner holds it (src/load/young-generation.ts).
      // The second line is the same run with V8 left to decide, to show what holding it buys.
      for (const young of ['held', 'v8'] as const) {
        const r = await rssRun(url, requests, young);
        console.log(young === 'held' ? '  as shipped (young generation held):' : '  young generation as V8 decides:');
        console.log(
          `    ${r.marks.map((m) => `${(m.requests / 1000).toFixed(0)}k: ${m.rssMb.toFixed(0)} MB (heap ${m.heapMb.toFixed(0)})`).join(', ')}`,
        );
        const rss = r.marks.map((m) => m.rssMb);
        console.log(
          `    loaded, before the first request: ${r.loadedMb.toFixed(0)} MB; peak ${r.peakMb.toFixed(0)} MB; from the first mark on ${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)} MB (${r.seconds.toFixed(0)} s, errors ${r.errors})`,
        );
      }
    });
  }
}

switch (values.role) {
  case 'plain-server':
    await plainServer();
    break;
  case 'sse-server':
    await sseServer();
    break;
  case 'autocannon':
    await autocannonClient(values.url!, Number(values.users));
    break;
  case 'ours':
    await oursClient(values.url!, Number(values.users));
    break;
  case 'sse':
    await sseClient(values.url!, Number(values.users));
    break;
  default:
    await main();
}
