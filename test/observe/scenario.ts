// A scale-up observed on a ManualClock sim: the seed example deployed and serving, the observer started on the sim's
// clock, three concurrent long requests until Serve runs three replicas on three GPU workers, a few seconds more,
// then the observer stopped. The sim's own record is kept beside it for comparison.
import type { KubeConfig } from '@kubernetes/client-node';
import { planObservation, startObserver, type Observer, type Timeline } from '../../src/observe/index.ts';
import type { RunningSim } from '../../src/sim/index.ts';
import { deployExample, eventually, run, runUntil, serviceUrl, type SimSession } from '../helpers/sim.ts';
import { recordSim, type SimRecord } from './sim-record.ts';

export const SERVICE = 'llama32-3b-autoscale';
export const LLM_DEPLOYMENT = 'LLMDeploymentLlama-3_2-3B-Instruct';
const CONCURRENCY = 3;

export function dashboardUrl(session: SimSession, namespace: string): () => Promise<string> {
  return async () => serviceUrl(session, namespace, `${SERVICE}-head-svc`, 8265, '');
}

/** Deploys the example into `namespace` and runs until it serves. */
export async function deployServing(session: SimSession, namespace: string): Promise<void> {
  await deployExample(session, namespace);
  await runUntil(
    session.sim,
    'serving /v1/models',
    async () => {
      const response = await fetch(serviceUrl(session, namespace, `${SERVICE}-serve-svc`, 8000, '/v1/models'));
      await response.arrayBuffer();
      return response.ok || undefined;
    },
    { maxSimSeconds: 300, checkEveryMs: 1000 },
  );
}

/** For a sim on wall time: deploys, waits (bounded) until it serves, and gives a way to send one chat request. */
export async function deployServingOnWallTime(
  session: SimSession,
  namespace: string,
): Promise<{ chat(maxTokens: number): Promise<number> }> {
  await deployExample(session, namespace);
  await eventually(
    'the service to serve',
    async () =>
      (await fetch(serviceUrl(session, namespace, `${SERVICE}-serve-svc`, 8000, '/v1/models'))).ok || undefined,
    60_000,
  );
  const url = serviceUrl(session, namespace, `${SERVICE}-serve-svc`, 8000, '/v1/chat/completions');
  return {
    chat: async (maxTokens) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          model: 'Llama-3.2-3B-Instruct',
          messages: [{ role: 'user', content: 'Give me a haiku on rain.' }],
          max_tokens: maxTokens,
        }),
      });
      await response.arrayBuffer();
      return response.status;
    },
  };
}

/** RUNNING replicas of the LLM deployment and Running worker pods, read from the sim itself (no HTTP). */
export function scaledTo(sim: RunningSim, namespace: string): { running: number; workers: number } {
  const runtime = [...sim.world.runtimes.values()].find((r) => r.namespace === namespace);
  const d = runtime?.serve.deployments.find((x) => x.spec.name === LLM_DEPLOYMENT);
  const running = d?.replicas.filter((r) => r.state === 'RUNNING').length ?? 0;
  const workers =
    runtime
      ?.pods()
      .filter(
        (p) =>
          p.metadata.labels?.['ray.io/node-type'] === 'worker' &&
          (p.status as { phase?: string })?.phase === 'Running' &&
          !p.metadata.deletionTimestamp,
      ).length ?? 0;
  return { running, workers };
}

/**
 * Closed-loop load: each worker sends long requests back to back until told to stop; it never rejects. A request in
 * flight ends with simulated time moving on or the sim stopping: await `done` after one of those.
 */
export function startLoad(
  session: SimSession,
  namespace: string,
  concurrency = CONCURRENCY,
): { stop(): void; sent(): number; done: Promise<void> } {
  let stopped = false;
  let sent = 0;
  const url = serviceUrl(session, namespace, `${SERVICE}-serve-svc`, 8000, '/v1/chat/completions');
  const workers = Array.from({ length: concurrency }, async () => {
    try {
      for (let i = 0; i < 2000 && !stopped; i++) {
        sent++;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            model: 'Llama-3.2-3B-Instruct',
            messages: [{ role: 'user', content: 'Describe the moon.' }],
            max_tokens: 2000,
          }),
        });
        await response.arrayBuffer();
      }
    } catch {
      // The sim stopping ends a request; the scenario's assertions are on the timeline.
    }
  });
  return {
    sent: () => sent,
    stop: () => void (stopped = true),
    done: Promise.all(workers).then(() => undefined),
  };
}

export interface ScaleUpRun {
  readonly timeline: Timeline;
  readonly record: SimRecord;
  readonly loadStart: number;
  /** The LLM deployment's decisions from the sim's controller log. */
  readonly decisions: readonly { t: number; from: number; to: number }[];
  /** The load's requests ending: await it after the sim has stopped. */
  readonly loadDone: Promise<void>;
}

export interface ScaleUpOptions {
  readonly kubeConfig?: KubeConfig;
  readonly dashboardUrl?: () => Promise<string>;
  /** Runs after the observer started and before the load (e.g. to break the network under it). */
  readonly during?: (observer: Observer) => Promise<void> | void;
}

/** The scenario on a deployed, serving namespace; the observer is stopped and the load told to stop whatever happens. */
export async function observeScaleUp(
  session: SimSession,
  namespace: string,
  options: ScaleUpOptions = {},
): Promise<ScaleUpRun> {
  const { sim } = session;
  const planned = planObservation({ namespace, rayService: SERVICE });
  if (!planned.ok) throw new Error(planned.problems.join('\n'));
  const record = recordSim(sim, namespace);
  const observer = startObserver(planned.plan, {
    kubeConfig: options.kubeConfig ?? session.kc,
    dashboardUrl: options.dashboardUrl ?? dashboardUrl(session, namespace),
    clock: sim.clock,
  });
  let load: ReturnType<typeof startLoad> | undefined;
  try {
    await options.during?.(observer);
    const loadStart = sim.clock.now();
    load = startLoad(session, namespace);
    await runUntil(
      sim,
      '3 RUNNING replicas on 3 Running GPU workers',
      (saw) => {
        const now = scaledTo(sim, namespace);
        saw(now);
        return now.running === CONCURRENCY && now.workers === CONCURRENCY;
      },
      { maxSimSeconds: 600 },
    );
    // A few seconds more, so the last changes are seen at the sampling interval.
    await run(sim, 3);
    const timeline = await observer.stop();
    const runtime = [...sim.world.runtimes.values()].find((r) => r.namespace === namespace)!;
    const decisions = runtime.serve.deployments.find((d) => d.spec.name === LLM_DEPLOYMENT)!.decisions;
    return { timeline, record, loadStart, decisions, loadDone: load.done };
  } finally {
    record.stop();
    load?.stop();
    await observer.stop();
  }
}
