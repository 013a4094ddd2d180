// A sim for a test file, with the seed example rendered into a namespace and applied with server-side apply.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { parse } from 'yaml';
import { renderManifest } from '../../src/render/index.ts';
import { startSim, type ManualClock, type RunningSim, type SimOptions } from '../../src/sim/index.ts';
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
export async function deployExample(session: SimSession, namespace: string, sets: string[] = []): Promise<{ name: string }> {
  const rendered = renderManifest(EXAMPLE_PATH, EXAMPLE, { namespace, runId: namespace, ttlMs: 3600_000, now: new Date(session.sim.clock.now()), sets, secretEnv: ['HF_TOKEN=hf-token/token'] });
  if (!rendered.ok) throw new Error(rendered.problems.join('\n'));
  await session.kc.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name: namespace } } });
  const objects = k8s.KubernetesObjectApi.makeApiClient(session.kc);
  await objects.patch(parse(rendered.text) as k8s.KubernetesObject, undefined, undefined, 'rayservice-ci-test', true, k8s.PatchStrategy.ServerSideApply);
  return { name: rendered.result.name };
}

/** Polls `check` every 100 ms until it returns a value, or fails after `timeoutMs` with what it last saw. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
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

export function serviceUrl(session: SimSession, namespace: string, service: string, port: number, path: string): string {
  return `${session.sim.url}/api/v1/namespaces/${namespace}/services/${service}:${port}/proxy${path}`;
}

/** Steps a sim started with a ManualClock in 100 ms ticks, the controllers' pace; `each` runs after every tick. */
export function step(sim: RunningSim, seconds: number, each?: () => void): void {
  for (let i = 0; i < seconds * 10; i++) {
    (sim.clock as ManualClock).advance(100);
    each?.();
  }
}

/** An Active namespace, straight into the store (no namespace controller round trip on a stepped clock). */
export function ensureNamespace(sim: RunningSim, name: string): void {
  const type = RESOURCE_TYPES.find((t) => t.kind === 'Namespace')!;
  if (sim.store.get(type, undefined, name)) return;
  sim.store.create(type, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } as never, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
}
