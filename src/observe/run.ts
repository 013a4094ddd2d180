// The one observe call the CLI (and later the pipeline) makes: reads the Deployment deploy wrote, plans, reaches the
// dashboard (openReach: a port-forward that follows the head pod, or the user's URL), observes until the duration
// passes or the caller stops it, and writes the Timeline and its CSV. Problems are values.
import { writeFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { readContract, writeContract } from '../contracts/index.ts';
import { DEPLOYMENT, type Deployment } from '../deploy/index.ts';
import { loadKubeConfig, openReach, type OpenReach, type Reach } from '../kube/index.ts';
import { parseDuration } from '../time/duration.ts';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Clock } from '../time/clock.ts';
import { timelineCsv } from './csv.ts';
import { startObserver, type Observer } from './observer.ts';
import { planObservation, type ObservationPlan } from './plan.ts';
import { TIMELINE, type Timeline } from './types.ts';

export interface ObserveRunRequest {
  /** The Deployment file deploy wrote. */
  readonly deployment: string;
  /** Where the Timeline goes. */
  readonly out: string;
  /** Where the CSV goes (default: `out` with .csv for .json). */
  readonly csv?: string | undefined;
  /** How long to observe ("10m"); default until stopped (at most 6 h). */
  readonly duration?: string | undefined;
  /** The sampling interval (default 1s). */
  readonly interval?: string | undefined;
  readonly kubeconfig?: string | undefined;
  /** Default: the context deploy used, from the Deployment. */
  readonly context?: string | undefined;
  readonly prometheus?: string | undefined;
  readonly gpuUtilizationQuery?: string | undefined;
  readonly gpuMemoryQuery?: string | undefined;
  /** Only plan: nothing is contacted or written. */
  readonly dryRun?: boolean | undefined;
}

export type ReachOpener = (kc: KubeConfig, reach: Reach, note: (line: string) => void) => Promise<OpenReach>;

export interface ObserveContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  /** Aborted when the user asks to stop (Ctrl-C): the Timeline so far is written. */
  readonly signal: AbortSignal;
  /** Progress lines for the user. */
  readonly note: (line: string) => void;
  /** How the dashboard is reached (default: src/kube's openReach). */
  readonly openReach?: ReachOpener;
  /** Told the live observer once it runs: a caller that runs load beside it reads snapshots to decide when to stop. */
  readonly started?: (observer: Observer) => void;
  /** How the caller ends an observation without --duration, for the user (default: "until stopped (Ctrl-C)"). */
  readonly until?: string;
}

export type ObserveRun =
  | { readonly ok: true; readonly dryRun: true; readonly plan: ObservationPlan }
  | { readonly ok: true; readonly dryRun: false; readonly timeline: Timeline; readonly files: readonly string[] }
  /** input: exit 2 (nothing observed); empty: exit 1, the Timeline was written but holds no sample at all. */
  | {
      readonly ok: false;
      readonly kind: 'input' | 'empty';
      readonly problems: readonly string[];
      readonly files?: readonly string[];
    };

const MAX_DURATION_MS = 6 * 3_600_000;

function csvPath(out: string): string {
  return extname(out) === '.json' ? `${out.slice(0, -'.json'.length)}.csv` : `${out}.csv`;
}

function durationOf(name: string, text: string | undefined): number | undefined | { problem: string } {
  if (text === undefined) return undefined;
  const ms = parseDuration(text);
  return typeof ms === 'string' ? { problem: `--${name}: ${ms}` } : ms;
}

const defaultOpener: ReachOpener = (kc, reach, note) => openReach(kc, reach, { note });

export async function runObserve(context: ObserveContext, request: ObserveRunRequest): Promise<ObserveRun> {
  const input = (problem: string): ObserveRun => ({ ok: false, kind: 'input', problems: [problem] });
  const duration = durationOf('duration', request.duration);
  if (typeof duration === 'object') return input(duration.problem);
  if (duration !== undefined && (duration < 1000 || duration > MAX_DURATION_MS))
    return input(`--duration must be from 1s to 6h, not ${request.duration}.`);
  const interval = durationOf('interval', request.interval);
  if (typeof interval === 'object') return input(interval.problem);
  const read = await readContract(resolve(context.cwd, request.deployment), DEPLOYMENT);
  if (!read.ok) return input(read.problem);
  const deployment: Deployment = read.value;
  const planned = planObservation({
    namespace: deployment.namespace,
    rayService: deployment.rayService,
    intervalMs: interval,
    maxDurationMs: duration ?? MAX_DURATION_MS,
    prometheus: request.prometheus
      ? { url: request.prometheus, utilizationQuery: request.gpuUtilizationQuery, memoryQuery: request.gpuMemoryQuery }
      : undefined,
  });
  if (!planned.ok) return { ok: false, kind: 'input', problems: planned.problems };
  if (request.dryRun) return { ok: true, dryRun: true, plan: planned.plan };

  const kube = loadKubeConfig({
    kubeconfig: request.kubeconfig,
    context: request.context ?? deployment.context,
    cwd: context.cwd,
    env: context.env,
  });
  if (!kube.ok) return input(kube.problem);
  let reach: OpenReach;
  try {
    reach = await (context.openReach ?? defaultOpener)(kube.kc, deployment.dashboard, context.note);
  } catch (error) {
    return input(
      `cannot reach the Ray dashboard (${(error as Error).message}); check the Deployment's dashboard and that this machine may port-forward.`,
    );
  }
  try {
    const plan = planned.plan;
    const observer = startObserver(plan, {
      kubeConfig: kube.kc,
      dashboardUrl: async () => reach.url,
      clock: context.clock,
    });
    context.started?.(observer);
    context.note(
      `observing ${deployment.namespace} (RayService ${deployment.rayService}) ${duration ? `for ${request.duration}` : (context.until ?? 'until stopped (Ctrl-C)')}: ` +
        `Serve every ${plan.intervalMs} ms from the dashboard, worker pods and events by watch${plan.prometheus ? `, GPU metrics from ${plan.prometheus.url}` : ''}`,
    );
    // The observer stops itself at its maximum duration (the --duration); the caller's signal stops it sooner.
    const stopAsked = new Promise<void>((resolveStop) =>
      context.signal.aborted
        ? resolveStop()
        : context.signal.addEventListener('abort', () => resolveStop(), { once: true }),
    );
    await Promise.race([observer.expired, stopAsked]);
    const timeline = await observer.stop();
    const out = resolve(context.cwd, request.out);
    const csv = resolve(context.cwd, request.csv ?? csvPath(request.out));
    const written = await writeContract(out, TIMELINE, timeline);
    if (written) return input(written);
    const csvProblem = await writeFile(csv, timelineCsv(timeline)).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => `Cannot write ${csv}: ${error.code ?? error.message}.`,
    );
    if (csvProblem) return input(csvProblem);
    const files = [out, csv];
    if (timeline.samples.length === 0) {
      const why = timeline.gaps.map((g) => `${g.source}: ${g.reason}`);
      return {
        ok: false,
        kind: 'empty',
        problems: [`observed nothing in ${deployment.namespace}${why.length ? `: ${why.join('; ')}` : ''}`],
        files,
      };
    }
    return { ok: true, dryRun: false, timeline, files };
  } finally {
    await reach.close();
  }
}

/** One paragraph on what a Timeline holds: samples, events, and each source's gaps. */
export function describeTimeline(timeline: Timeline): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const bySource = new Map<string, { count: number; ms: number }>();
  for (const g of timeline.gaps) {
    const entry = bySource.get(g.source) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += g.to - g.from;
    bySource.set(g.source, entry);
  }
  const gaps = bySource.size
    ? [...bySource].map(([source, g]) => `${source} ${g.count} (${seconds(g.ms)})`).join(', ')
    : 'none';
  return `${timeline.samples.length} samples and ${timeline.events.length} events over ${seconds(timeline.end - timeline.start)}; gaps: ${gaps}`;
}
