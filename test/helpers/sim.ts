// A sim for a test file, with the seed example rendered into a namespace and applied with server-side apply, and the
// drivers of a sim on a ManualClock: step (synchronous), run and runUntil (real HTTP clients progress between ticks).
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { parse } from 'yaml';
import { renderManifest } from '../../src/render/index.ts';
import { ManualClock, startSim, type RunningSim, type SimOptions } from '../../src/sim/index.ts';
import { RESOURCE_TYPES } from '../../src/sim/api/resources.ts';
import { EXAMPLE, EXAMPLE_PATH } from './variants.ts';

export interface SimSession {
  readonly sim: RunningSim;
  readonly kubeconfig: string;
  readonly kc: k8s.KubeConfig;
  stop(): Promise<void>;
}

export async function simSession(options: SimOptions = {}): Promise<SimSession> {
  const kubeconfig = join(mkdtempSync(join(tmpdir(), 'rsci-sim-')), 'kubeconfig');
  const sim = await startSim({ seed: 3, ...options, kubeconfigPath: kubeconfig });
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(kubeconfig);
  return { sim, kubeconfig, kc, stop: () => sim.stop() };
}

/** Renders the example for `namespace` with overrides, creates the namespace and applies it as deploy will. */
export async function deployExample(
  session: SimSession,
  namespace: string,
  sets: string[] = [],
): Promise<{ name: string }> {
  const rendered = renderManifest(EXAMPLE_PATH, EXAMPLE, {
    namespace,
    runId: namespace,
    ttlMs: 3600_000,
    now: new Date(session.sim.clock.now()),
    sets,
    secretEnv: ['HF_TOKEN=hf-token/token'],
  });
  if (!rendered.ok) throw new Error(rendered.problems.join('\n'));
  await session.kc.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name: namespace } } });
  const objects = k8s.KubernetesObjectApi.makeApiClient(session.kc);
  await objects.patch(
    parse(rendered.text) as k8s.KubernetesObject,
    undefined,
    undefined,
    'rayservice-ci-test',
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  return { name: rendered.result.name };
}

/**
 * Polls `check` every 100 ms of wall time until it returns a value, or fails after `timeoutMs` with what it last saw.
 * For what needs wall time (kubectl, Prometheus against a scaled sim); sim logic belongs on a ManualClock and runUntil.
 */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

export function serviceUrl(
  session: SimSession,
  namespace: string,
  service: string,
  port: number,
  path: string,
): string {
  return `${session.sim.url}/api/v1/namespaces/${namespace}/services/${service}:${port}/proxy${path}`;
}

/** The controllers' pace (Serve's control loop, CONTROL_LOOP_INTERVAL_S 0.1): a stepped clock moves in these ticks. */
const TICK_MS = 100;

/**
 * Event-loop turns given to I/O after each tick of `run`/`runUntil`. A request to the in-process sim over loopback
 * takes about three (client write, server handler, client read), so a request whose answer fell due in a tick is
 * delivered, and the client's next request sent, before simulated time moves on. Counted in turns, not ms: a loaded
 * machine makes them slower, not fewer.
 */
const IO_TURNS_PER_TICK = 6;

function manualClock(sim: RunningSim): ManualClock {
  if (!(sim.clock instanceof ManualClock))
    throw new Error('step/run/runUntil drive a sim started with clock: new ManualClock()');
  return sim.clock;
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Steps a sim started with a ManualClock in 100 ms ticks, the controllers' pace; `each` runs after every tick.
 * Synchronous: no I/O runs meanwhile, so a request parked on the clock stays in flight until the caller yields.
 */
export function step(sim: RunningSim, seconds: number, each?: () => void): void {
  const clock = manualClock(sim);
  for (let i = 0; i < Math.round((seconds * 1000) / TICK_MS); i++) {
    clock.advance(TICK_MS);
    each?.();
  }
}

export interface RunUntilOptions {
  /** The bound on simulated time; the call fails when the condition has not held by then. */
  readonly maxSimSeconds: number;
  /** How often `check` runs, in simulated ms (rounded to ticks; default every tick). Checks over HTTP cost real time. */
  readonly checkEveryMs?: number;
}

/** What a check reports of the state it saw, for the failure message when the condition never holds. */
export type Saw = (state: unknown) => void;

/**
 * Advances a ManualClock sim in 100 ms ticks, yielding to the event loop between ticks so real HTTP clients of the
 * sim (in-process, over loopback) make progress, until `check` returns a value other than undefined/false, which is
 * returned. Simulated time stands still while `check` runs, so a check may make requests to the sim. Fails after
 * `maxSimSeconds` with the last state the check reported through `saw` and the last error it threw.
 */
export async function runUntil<T>(
  sim: RunningSim,
  what: string,
  check: (saw: Saw) => Promise<T | undefined | false> | T | undefined | false,
  options: RunUntilOptions,
): Promise<T> {
  const clock = manualClock(sim);
  const start = clock.now();
  const ticks = Math.ceil((options.maxSimSeconds * 1000) / TICK_MS);
  const checkEvery = Math.max(1, Math.round((options.checkEveryMs ?? TICK_MS) / TICK_MS));
  let seen: unknown;
  let error: unknown;
  for (let i = 0; i <= ticks; i++) {
    if (i % checkEvery === 0 || i === ticks) {
      try {
        const value = await check((state) => void (seen = state));
        if (value !== undefined && value !== false) return value;
        error = undefined;
      } catch (thrown) {
        error = thrown;
      }
    }
    if (i < ticks) await tick(clock);
  }
  const saw = seen === undefined ? '' : `; last saw ${typeof seen === 'string' ? seen : JSON.stringify(seen)}`;
  throw new Error(
    `no ${what} after ${(clock.now() - start) / 1000} simulated s${saw}${error ? `; last error: ${String(error)}` : ''}`,
  );
}

/** Runs a ManualClock sim for `seconds` of simulated time as `runUntil` does: ticks with I/O between them. */
export async function run(sim: RunningSim, seconds: number): Promise<void> {
  const clock = manualClock(sim);
  for (let i = 0; i < Math.round((seconds * 1000) / TICK_MS); i++) await tick(clock);
}

async function tick(clock: ManualClock): Promise<void> {
  clock.advance(TICK_MS);
  for (let t = 0; t < IO_TURNS_PER_TICK; t++) await turn();
}

/**
 * Yields to the event loop, with no simulated or wall time passing on purpose, until `check` holds: for requests
 * to reach the sim over loopback. Bounded in turns (a handful per request), not in milliseconds.
 */
export async function settle<T>(what: string, check: () => T | undefined | false, maxTurns = 2000): Promise<T> {
  for (let i = 0; i <= maxTurns; i++) {
    const value = check();
    if (value !== undefined && value !== false) return value;
    if (i < maxTurns) await turn();
  }
  throw new Error(`no ${what} after ${maxTurns} event-loop turns`);
}

/** An Active namespace, straight into the store (no namespace controller round trip on a stepped clock). */
export function ensureNamespace(sim: RunningSim, name: string): void {
  const type = RESOURCE_TYPES.find((t) => t.kind === 'Namespace')!;
  if (sim.store.get(type, undefined, name)) return;
  sim.store.create(type, undefined, {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name } as never,
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  });
}

export interface RawAnswer {
  /** The status code, or 'upgraded' (101) / 'reset' (the connection ended without an answer) / 'timeout'. */
  readonly status: number | 'upgraded' | 'reset' | 'timeout';
  readonly text: string;
  /** The body parsed as JSON, when it is JSON. */
  readonly json: Record<string, unknown> | undefined;
}

/**
 * One HTTP request to a sim exactly as written (fetch would normalise a path like `//[`), with upgrades allowed.
 * Resolves with what came back, whatever it is; fails only on a connection that could not be made.
 */
export function rawRequest(
  sim: RunningSim,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number },
): Promise<RawAnswer> {
  const { port } = new URL(sim.url);
  return new Promise((resolve, reject) => {
    const done = (status: RawAnswer['status'], text = '') => {
      let json: Record<string, unknown> | undefined;
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        json = undefined;
      }
      resolve({ status, text, json });
    };
    const req = request(
      {
        host: '127.0.0.1',
        port: Number(port),
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => done(res.statusCode ?? 0, text));
        res.on('error', () => done('reset', text));
      },
    );
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      done('upgraded');
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNREFUSED' ? reject(error) : done('reset')));
    req.setTimeout(options.timeoutMs ?? 10_000, () => {
      req.destroy();
      done('timeout');
    });
    req.end(options.body);
  });
}
