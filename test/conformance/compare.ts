// Holds two Timelines of one scenario side by side (real Ray, the sim): when Serve decided each scale step, when each
// replica count was RUNNING, how many GPU nodes there were and when, and the RUNNING count over time; each figure
// with a tolerance argued from how Ray works. Pure: Timelines in, rows out.
import { LOAD_METRIC } from '../../src/load/index.ts';
import { RAY_NODES_METRIC, type Sample, type Timeline } from '../../src/observe/index.ts';
import type { Scenario } from './scenarios.ts';

type Series = readonly (readonly [number, number])[];

export interface SideSummary {
  /** Seconds from the load's start, per level: the first time Serve's target reached it. */
  readonly upDecisions: ReadonlyMap<number, number>;
  /** After the peak, the first time the target came down to each level. */
  readonly downDecisions: ReadonlyMap<number, number>;
  /**
   * Per level, the first time the load's requests in flight fell to what that level serves (level × the target per
   * replica) for good. Serve scales down on requests, so this, not the load's start, is where a decision's delay runs
   * from; undefined when the load never went above it.
   */
  readonly loadFellTo: ReadonlyMap<number, number>;
  readonly targetOngoingRequests: number;
  /** The first time each count of replicas was RUNNING. */
  readonly running: ReadonlyMap<number, number>;
  readonly peakTarget: number;
  readonly peakRunning: number;
  readonly finalTarget: number;
  readonly finalRunning: number;
  readonly peakNodes: number;
  readonly peakNodesAt: number | undefined;
  readonly finalNodes: number;
  /** After the peak, the first time the active GPU nodes were back at the final count. */
  readonly nodesDownAt: number | undefined;
  /** From the first scale-down decision to no replica STOPPING (the drain), seconds. */
  readonly drainS: number | undefined;
  /** Whether requests were still in flight at the first scale-down: a stopping replica then drains them. */
  readonly drainWithRequestsInFlight: boolean;
  /** Replicas STARTING when the users stopped sending (placed nowhere or still starting). */
  readonly startingAtLoadEnd: number;
  readonly runningSeries: Series;
}

export interface SummaryOptions {
  /** When the load started, on the Timeline's clock (ms). */
  readonly loadStart: number;
  readonly loadEnd: number;
  /** When the users stopped sending (the load's start + hold-for), ms: requests in flight then still finish. */
  readonly holdEnd: number;
  readonly deployment: string;
  /** The worker node type of the GPU group. */
  readonly nodeType: string;
  /** The load stage's samples (its requests in flight, once a second, on the Timeline's clock). */
  readonly loadSamples: readonly Sample[];
  /** The deployment's target_ongoing_requests. */
  readonly targetOngoingRequests: number;
}

function series(
  timeline: { readonly samples: readonly Sample[] },
  metric: string,
  match: (labels: Readonly<Record<string, string>>) => boolean,
  t0: number,
): Series {
  return timeline.samples
    .filter((s) => s.metric === metric && match(s.labels))
    .map((s) => [(s.time - t0) / 1000, s.value] as const)
    .sort((a, b) => a[0] - b[0]);
}

function firstAtLeast(points: Series, level: number, from = -Infinity): number | undefined {
  return points.find(([t, v]) => t >= from && v >= level)?.[0];
}

function firstAtMost(points: Series, level: number, from: number): number | undefined {
  return points.find(([t, v]) => t >= from && v <= level)?.[0];
}

/** The first sample at or below `level` after the last one above it (0 when none was above). */
function fellTo(points: Series, level: number): number | undefined {
  const lastAbove = points.findLastIndex(([, v]) => v > level);
  if (lastAbove < 0) return undefined;
  return points[lastAbove + 1]?.[0];
}

const peakOf = (points: Series, from = -Infinity) =>
  points.filter(([t]) => t >= from).reduce((m, [, v]) => Math.max(m, v), 0);
const last = (points: Series) => points.at(-1)?.[1] ?? 0;

export function summarize(timeline: Timeline, options: SummaryOptions): SideSummary {
  const t0 = options.loadStart;
  const ofDeployment = (labels: Readonly<Record<string, string>>) => labels['deployment'] === options.deployment;
  const target = series(timeline, 'serve_target_replicas', ofDeployment, t0);
  const running = series(timeline, 'serve_replicas', (l) => ofDeployment(l) && l['state'] === 'RUNNING', t0);
  const starting = series(timeline, 'serve_replicas', (l) => ofDeployment(l) && l['state'] === 'STARTING', t0);
  const stopping = series(timeline, 'serve_replicas', (l) => ofDeployment(l) && l['state'] === 'STOPPING', t0);
  const nodes = series(
    timeline,
    RAY_NODES_METRIC,
    (l) => l['node_type'] === options.nodeType && l['state'] === 'active',
    t0,
  );
  // Before the load, the deployment sits at its minimum; levels above that are what the load made.
  const base = target.filter(([t]) => t <= 0).at(-1)?.[1] ?? target[0]?.[1] ?? 0;
  const peakTarget = peakOf(target, 0);
  const up = new Map<number, number>();
  for (let level = base + 1; level <= peakTarget; level++) {
    const t = firstAtLeast(target, level, 0);
    if (t !== undefined) up.set(level, t);
  }
  const peakAt = firstAtLeast(target, peakTarget, 0) ?? 0;
  const finalTarget = last(target);
  const down = new Map<number, number>();
  for (let level = peakTarget - 1; level >= finalTarget; level--) {
    const t = firstAtMost(target, level, peakAt);
    if (t !== undefined && peakTarget > base) down.set(level, t);
  }
  const inFlight = series({ samples: options.loadSamples }, LOAD_METRIC.inFlight, () => true, t0);
  const loadFell = new Map<number, number>();
  for (const level of down.keys()) {
    const t = fellTo(inFlight, level * options.targetOngoingRequests);
    if (t !== undefined) loadFell.set(level, t);
  }
  const firstDown = Math.min(...down.values());
  const drained = Number.isFinite(firstDown) ? firstAtMost(stopping, 0, firstDown + 0.001) : undefined;
  const baseRunning = running.filter(([t]) => t <= 0).at(-1)?.[1] ?? 0;
  const peakRunning = peakOf(running, 0);
  const runningAt = new Map<number, number>();
  for (let level = baseRunning + 1; level <= peakRunning; level++) {
    const t = firstAtLeast(running, level, 0);
    if (t !== undefined) runningAt.set(level, t);
  }
  const peakNodes = peakOf(nodes, 0);
  const peakNodesAt = firstAtLeast(nodes, peakNodes, 0);
  const finalNodes = last(nodes);
  // Pending replicas are counted when the users stop sending, not when the last request ends: a long request's
  // tail can outlast the scale-down, on either side, as the request lengths drawn decide.
  const endS = (options.holdEnd - t0) / 1000;
  const startingAtEnd = starting.filter(([t]) => t <= endS).at(-1)?.[1] ?? 0;
  return {
    upDecisions: up,
    downDecisions: down,
    loadFellTo: loadFell,
    targetOngoingRequests: options.targetOngoingRequests,
    running: runningAt,
    peakTarget,
    peakRunning,
    finalTarget,
    finalRunning: last(running),
    peakNodes,
    peakNodesAt,
    finalNodes,
    nodesDownAt: peakNodes > finalNodes ? firstAtMost(nodes, finalNodes, peakNodesAt ?? 0) : undefined,
    drainS: drained === undefined ? undefined : drained - firstDown,
    drainWithRequestsInFlight: Number.isFinite(firstDown) && (options.loadEnd - t0) / 1000 > firstDown,
    startingAtLoadEnd: startingAtEnd,
    runningSeries: running,
  };
}

/** Mean |real − sim| of the RUNNING count over [0, until] s, both read as steps from their samples. */
export function meanRunningDifference(real: Series, sim: Series, until: number, stepS = 0.25): number {
  const at = (points: Series, t: number) => {
    let value = points[0]?.[1] ?? 0;
    for (const [time, v] of points) {
      if (time > t) break;
      value = v;
    }
    return value;
  };
  let total = 0;
  let n = 0;
  for (let t = 0; t <= until; t += stepS, n++) total += Math.abs(at(real, t) - at(sim, t));
  return n ? total / n : 0;
}

export interface Tolerances {
  /** Seconds, for a decision of Serve's autoscaler (up or down). */
  readonly decisionS: number;
  /** Seconds, for a scale-down's delay after the load fell to its level (known to one load window on each side). */
  readonly downDecisionS: number;
  /** Seconds, for a count of replicas to be RUNNING (a node may have had to start). */
  readonly runningS: number;
  /** Seconds, for the GPU node count to reach its peak, and to come back down. */
  readonly nodesS: number;
  /** Seconds, for how long replicas stay STOPPING after a scale-down. */
  readonly drainS: number;
  /** Replicas, the mean RUNNING difference over the scenario. */
  readonly meanReplicas: number;
}

export interface TimingFacts {
  /** How often both sides' dashboards were polled. */
  readonly pollS: number;
  /** The Ray autoscaler's update interval (AUTOSCALER_UPDATE_INTERVAL_S). */
  readonly autoscalerUpdateIntervalS: number;
  /** A fake node's start, launch to Ray node. */
  readonly nodeStartS: number;
}

/**
 * What two correct runs of one config may differ by, from how Ray works:
 * - a scale-down decision: that, counted from when the load's requests in flight fell to the level, which each side
 *   knows to one of the load stage's 1 s windows; from the load's start it would hold the request lengths drawn,
 *   which differ between the two sides (a long request's tail keeps one more replica busy for seconds);
 * - a decision: Serve acts on request counts the handles push every metrics_interval_s, averaged over
 *   look_back_period_s (ray python/ray/serve/_private/router.py, autoscaling_state.py), so the moment the average
 *   crosses the threshold can lie anywhere in one push period plus the window; each side is seen one poll late at
 *   most; the control loop's 0.1 s ticks run late on a loaded 2-core machine (counted in the poll slack);
 * - a RUNNING count: that, plus the autoscaler's next update (0 to AUTOSCALER_UPDATE_INTERVAL_S away; python/ray/
 *   autoscaler/_private/monitor.py) and a quarter of a node's start (processes on a shared 2-core machine);
 * - the node count's changes: the decision, plus one update interval at each end (launch, and idle termination);
 * - a drain (replicas STOPPING): both sides count a stopping replica's requests every graceful_shutdown_wait_loop_s
 *   (2 s), so a request still in flight at a count, which depends on the request lengths drawn, adds a whole loop;
 *   plus the polls' resolution;
 * - the RUNNING count over time: half a replica on average (one side one step ahead for a few seconds each step).
 */
/** The load stage samples its requests in flight once a second. */
const LOAD_WINDOW_S = 1;

export function tolerances(scenario: Scenario, facts: TimingFacts): Tolerances {
  const a = scenario.autoscaling;
  const decisionS = a.metrics_interval_s + a.look_back_period_s + 2 * facts.pollS;
  return {
    decisionS,
    downDecisionS: decisionS + LOAD_WINDOW_S,
    runningS: decisionS + facts.autoscalerUpdateIntervalS + 0.25 * facts.nodeStartS,
    nodesS: decisionS + 2 * facts.autoscalerUpdateIntervalS,
    // Ray's default graceful_shutdown_wait_loop_s: the example does not set it.
    drainS: 2 + 2 * facts.pollS,
    meanReplicas: 0.5,
  };
}

export interface Row {
  readonly quantity: string;
  readonly real: string;
  readonly sim: string;
  readonly difference: string;
  readonly tolerance: string;
  readonly ok: boolean;
}

const s = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)} s`);

function timeRow(quantity: string, real: number | undefined, sim: number | undefined, tol: number): Row {
  const both = real !== undefined && sim !== undefined;
  const diff = both ? sim - real : undefined;
  return {
    quantity,
    real: s(real),
    sim: s(sim),
    difference:
      diff === undefined ? (real === sim ? '' : 'only one side') : `${diff >= 0 ? '+' : ''}${diff.toFixed(1)} s`,
    tolerance: `±${tol.toFixed(1)} s`,
    ok: both ? Math.abs(diff!) <= tol : real === sim,
  };
}

function countRow(quantity: string, real: number, sim: number): Row {
  return {
    quantity,
    real: String(real),
    sim: String(sim),
    difference: real === sim ? '0' : `${sim - real > 0 ? '+' : ''}${sim - real}`,
    tolerance: 'exact',
    ok: real === sim,
  };
}

/**
 * A time compared from a reference on each side (when that side's load fell, its last decision), with the time
 * from the load's start beside it; a side without either has no figure.
 */
function sinceRow(
  quantity: string,
  at: (side: SideSummary) => number | undefined,
  from: (side: SideSummary) => number | undefined,
  real: SideSummary,
  sim: SideSummary,
  tol: number,
): Row {
  const since = (side: SideSummary) => {
    const t = at(side);
    const reference = from(side);
    return t === undefined || reference === undefined ? undefined : t - reference;
  };
  const absolute = (side: SideSummary) => {
    const t = at(side);
    return t === undefined ? '' : ` (at ${s(t)})`;
  };
  const row = timeRow(quantity, since(real), since(sim), tol);
  return { ...row, real: row.real + absolute(real), sim: row.sim + absolute(sim) };
}

export function compareSides(real: SideSummary, sim: SideSummary, tol: Tolerances, untilS: number): Row[] {
  const rows: Row[] = [];
  rows.push(countRow('peak target replicas', real.peakTarget, sim.peakTarget));
  const levels = (a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>) => [
    ...new Set([...a.keys(), ...b.keys()]),
  ];
  for (const level of levels(real.upDecisions, sim.upDecisions).sort((x, y) => x - y))
    rows.push(
      timeRow(
        `scale-up decided: target ≥ ${level}`,
        real.upDecisions.get(level),
        sim.upDecisions.get(level),
        tol.decisionS,
      ),
    );
  for (const level of levels(real.running, sim.running).sort((x, y) => x - y))
    rows.push(timeRow(`${level} RUNNING`, real.running.get(level), sim.running.get(level), tol.runningS));
  rows.push(countRow('replicas pending when the users stop', real.startingAtLoadEnd, sim.startingAtLoadEnd));
  for (const level of levels(real.downDecisions, sim.downDecisions).sort((x, y) => y - x))
    rows.push(
      sinceRow(
        `scale-down decided: target ≤ ${level}, from ≤ ${level * real.targetOngoingRequests} in flight`,
        (side) => side.downDecisions.get(level),
        (side) => side.loadFellTo.get(level),
        real,
        sim,
        tol.downDecisionS,
      ),
    );
  const drain = timeRow('replicas STOPPING after scale-down', real.drainS, sim.drainS, tol.drainS);
  // With requests in flight at the scale-down, the drain lasts as long as the longest of them: the stand-in's and
  // the sim's request lengths are different draws, so the figure is shown, not held to a tolerance.
  rows.push(
    real.drainWithRequestsInFlight || sim.drainWithRequestsInFlight
      ? { ...drain, tolerance: 'requests in flight: shown only', ok: true }
      : drain,
  );
  const finalSame = real.finalTarget === sim.finalTarget && real.finalRunning === sim.finalRunning;
  rows.push({
    quantity: 'final target / RUNNING',
    real: `${real.finalTarget} / ${real.finalRunning}`,
    sim: `${sim.finalTarget} / ${sim.finalRunning}`,
    difference: finalSame ? '0' : 'differs',
    tolerance: 'exact',
    ok: finalSame,
  });
  rows.push(countRow('peak GPU nodes', real.peakNodes, sim.peakNodes));
  rows.push(timeRow('GPU nodes at peak', real.peakNodesAt, sim.peakNodesAt, tol.nodesS));
  // The nodes go idle once the replicas of the last scale-down have stopped, so their return counts from that
  // decision: from the load's start it would carry the request tail's difference (see the scale-down rows).
  rows.push(
    sinceRow(
      'GPU nodes back down, from the last scale-down decision',
      (side) => side.nodesDownAt,
      (side) => side.downDecisions.get(side.finalTarget),
      real,
      sim,
      tol.nodesS,
    ),
  );
  rows.push(countRow('final GPU nodes', real.finalNodes, sim.finalNodes));
  const mean = meanRunningDifference(real.runningSeries, sim.runningSeries, untilS);
  rows.push({
    quantity: 'RUNNING over time, mean |sim − real|',
    real: '',
    sim: '',
    difference: `${mean.toFixed(2)} replicas`,
    tolerance: `≤ ${tol.meanReplicas} replicas`,
    ok: mean <= tol.meanReplicas,
  });
  return rows;
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    '| quantity | real Ray | sim | sim − real | tolerance | |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.quantity} | ${r.real} | ${r.sim} | ${r.difference} | ${r.tolerance} | ${r.ok ? 'ok' : '**beyond**'} |`,
    ),
  ];
  return lines.join('\n');
}
