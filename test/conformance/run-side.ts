// One scenario on one side (real Ray or the sim), the same way on both: the dashboard observer from a steady start,
// the scenario's load by the load stage at the serve address, then the cooldown; the Timeline and when the load ran.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runLoad, WALL_CLOCK, type LoadSample } from '../../src/load/index.ts';
import { RAY_NODES_METRIC, readClusterStatus, startDashboardObserver, type Timeline } from '../../src/observe/index.ts';
import { loadProfile, type Scenario } from './scenarios.ts';

export interface SideRun {
  readonly timeline: Timeline;
  readonly loadStart: number;
  readonly loadEnd: number;
  /** When the users stopped sending: the load's start + hold-for. */
  readonly holdEnd: number;
  /** The load stage's samples (requests in flight, once a second). */
  readonly loadSamples: readonly LoadSample[];
  /** Requests that completed, and that failed, as the load stage counted them. */
  readonly requests: number;
  readonly errors: number;
  readonly wallS: number;
}

export interface SideOptions {
  readonly side: 'real' | 'sim';
  readonly dashboard: string;
  readonly serve: string;
  readonly workDir: string;
  readonly modelId: string;
  readonly deployment: string;
  readonly nodeType: string;
  readonly pollMs: number;
  readonly log: (line: string) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long past the cooldown a side may take to settle back to its start before the observation ends anyway. */
const SETTLE_MS = 30_000;

async function json(url: string): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** The deployment's target and RUNNING replicas, and the GPU group's active nodes, as the dashboard tells them. */
async function steadyState(options: SideOptions): Promise<{ target: number; running: number; nodes: number }> {
  const apps = (await json(`${options.dashboard}/api/serve/applications/`)) as {
    applications?: Record<
      string,
      { deployments?: Record<string, { target_num_replicas?: number; replicas?: { state: string }[] }> }
    >;
  };
  const deployment = Object.values(apps.applications ?? {})
    .map((a) => a.deployments?.[options.deployment])
    .find((d) => d !== undefined);
  const status = readClusterStatus(await json(`${options.dashboard}/api/cluster_status`));
  return {
    target: deployment?.target_num_replicas ?? -1,
    running: deployment?.replicas?.filter((r) => r.state === 'RUNNING').length ?? -1,
    nodes: status.ok ? (status.nodes?.active[options.nodeType] ?? 0) : -1,
  };
}

type State = Awaited<ReturnType<typeof steadyState>>;

/** Polls the side every 500 ms until it is in `want`, for `withinMs` at most; whether it got there, and the last seen. */
async function reach(options: SideOptions, want: State, withinMs: number): Promise<{ reached: boolean; seen: State }> {
  let seen: State = { target: -1, running: -1, nodes: -1 };
  for (const deadline = Date.now() + withinMs; ; await sleep(500)) {
    try {
      seen = await steadyState(options);
      if (seen.target === want.target && seen.running === want.running && seen.nodes === want.nodes)
        return { reached: true, seen };
    } catch {
      // the dashboard is still coming up
    }
    if (Date.now() > deadline) return { reached: false, seen };
  }
}

export async function runSide(scenario: Scenario, options: SideOptions): Promise<SideRun> {
  const began = Date.now();
  // From a steady start: the minimum of replicas RUNNING on the minimum of GPU nodes (bounded).
  const want = { target: 1, running: 1, nodes: scenario.workers.min };
  const start = await reach(options, want, 180_000);
  if (!start.reached)
    throw new Error(
      `${options.side}: no steady start in 180 s (saw ${JSON.stringify(start.seen)}, want ${JSON.stringify(want)})`,
    );
  const profilePath = join(options.workDir, `${scenario.name}-load.yaml`);
  writeFileSync(profilePath, loadProfile(scenario, options.modelId));
  const observer = startDashboardObserver({
    dashboardUrl: options.dashboard,
    clock: WALL_CLOCK,
    intervalMs: options.pollMs,
    maxDurationMs: (scenario.load.holdS + scenario.cooldownS + 60 + SETTLE_MS / 1000) * 1000,
    label: `${scenario.name}-${options.side}`,
  });
  try {
    await sleep(3000);
    const loadStart = Date.now();
    const run = await runLoad(
      { cwd: options.workDir, env: {}, clock: WALL_CLOCK, signal: new AbortController().signal, note: () => {} },
      { profile: profilePath, address: options.serve, seed: 7, out: `${scenario.name}-${options.side}-load.json` },
    );
    const loadEnd = Date.now();
    if (!run.ok) throw new Error(`${options.side}: the load did not run: ${run.problems.join('; ')}`);
    if (run.dryRun) throw new Error('unreachable: not a dry run');
    options.log(
      `conformance: ${scenario.name} on ${options.side}: ${run.results.summary.requests} requests, ${run.results.summary.errors} errors in ${((loadEnd - loadStart) / 1000).toFixed(1)} s`,
    );
    await sleep(scenario.cooldownS * 1000);
    // Then until the side has settled back to its start (bounded): an idle GPU node goes only after the idle
    // timeout plus an autoscaler update, which a busy 2-core machine can push past the cooldown — and a side cut
    // off just before it reads as a node that never came back down.
    await reach(options, want, SETTLE_MS);
    const timeline = await observer.stop();
    writeFileSync(join(options.workDir, `${scenario.name}-${options.side}-timeline.json`), JSON.stringify(timeline));
    return {
      timeline,
      loadStart,
      loadEnd,
      holdEnd: loadStart + scenario.load.holdS * 1000,
      loadSamples: run.results.samples,
      requests: run.results.summary.requests,
      errors: run.results.summary.errors,
      wallS: (Date.now() - began) / 1000,
    };
  } finally {
    await observer.stop();
  }
}

/**
 * A fake node's start as real Ray showed it: from the first GPU node pending (the autoscaler launched it) to one
 * more replica RUNNING, less the replica's own start. The dashboard's node counts move only when the autoscaler
 * writes its status (every update interval), so the active count alone would round the start up to that interval.
 */
export function measuredNodeStartS(
  timeline: Timeline,
  nodeType: string,
  deployment: string,
  replicaStartupS: number,
): number | undefined {
  const ordered = [...timeline.samples].sort((a, b) => a.time - b.time);
  const launched = ordered.find(
    (s) =>
      s.metric === RAY_NODES_METRIC &&
      s.labels['node_type'] === nodeType &&
      s.labels['state'] === 'pending' &&
      s.value > 0,
  );
  if (!launched) return undefined;
  const running = (s: (typeof ordered)[number]) =>
    s.metric === 'serve_replicas' && s.labels['deployment'] === deployment && s.labels['state'] === 'RUNNING';
  const before = ordered.filter((s) => running(s) && s.time <= launched.time).at(-1)?.value ?? 0;
  const more = ordered.find((s) => running(s) && s.time > launched.time && s.value > before);
  return more ? Math.max(0.5, (more.time - launched.time) / 1000 - replicaStartupS) : undefined;
}
