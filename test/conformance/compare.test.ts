// The comparison's arithmetic on hand-made Timelines (no Python, no Ray): decisions per level, RUNNING per level,
// nodes, the mean difference, and a row beyond its tolerance on each side of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { API_VERSION } from '../../src/contracts/index.ts';
import type { Sample, Timeline } from '../../src/observe/index.ts';
import { compareSides, meanRunningDifference, summarize, tolerances } from './compare.ts';
import { SCENARIOS } from './scenarios.ts';

const T0 = 1_000_000;
const D = 'LLMDeployment:m';

/** A Timeline from steps: [seconds from the load's start, target, RUNNING, STARTING, active GPU nodes]. */
function timeline(steps: readonly (readonly [number, number, number, number, number])[]): Timeline {
  const samples: Sample[] = [];
  for (const [s, target, running, starting, nodes] of steps) {
    const time = T0 + s * 1000;
    samples.push({ time, metric: 'serve_target_replicas', labels: { app: 'a', deployment: D }, value: target });
    samples.push({
      time,
      metric: 'serve_replicas',
      labels: { app: 'a', deployment: D, state: 'RUNNING' },
      value: running,
    });
    samples.push({
      time,
      metric: 'serve_replicas',
      labels: { app: 'a', deployment: D, state: 'STARTING' },
      value: starting,
    });
    samples.push({ time, metric: 'ray_nodes', labels: { node_type: 'gpu', state: 'active' }, value: nodes });
  }
  return {
    apiVersion: API_VERSION,
    kind: 'Timeline',
    namespace: 'n',
    start: T0 - 3000,
    end: T0 + 100_000,
    startedAt: new Date(T0 - 3000).toISOString(),
    sources: [],
    samples,
    events: [],
    gaps: [],
  };
}

/** The load stage's requests in flight, once a second, as [seconds from the load's start, count] steps. */
function inFlight(steps: readonly (readonly [number, number])[], untilS: number): Sample[] {
  const samples: Sample[] = [];
  for (let s = 1; s <= untilS; s++) {
    const value = steps.filter(([from]) => from <= s).at(-1)?.[1] ?? 0;
    samples.push({ time: T0 + s * 1000, metric: 'load_in_flight', labels: {}, value });
  }
  return samples;
}

/** Four users until the users stop at 45 s; each last request ends within the second. */
const FOUR_USERS = inFlight(
  [
    [0, 4],
    [46, 0],
  ],
  46,
);

const options = {
  loadStart: T0,
  loadEnd: T0 + 45_000,
  holdEnd: T0 + 45_000,
  deployment: D,
  nodeType: 'gpu',
  loadSamples: FOUR_USERS,
  targetOngoingRequests: 1,
};
const step = SCENARIOS.find((s) => s.name === 'step')!;
const tol = tolerances(step, { pollS: 0.5, autoscalerUpdateIntervalS: 5, nodeStartS: 8 });

const real = timeline([
  [-2, 1, 1, 0, 1],
  [3, 4, 1, 3, 1],
  [12, 4, 2, 2, 2],
  [20, 4, 4, 0, 4],
  [52, 1, 1, 0, 4],
  [70, 1, 1, 0, 1],
]);

test('summarize: the target reached each level when it first did; RUNNING and nodes likewise', () => {
  const s = summarize(real, options);
  assert.deepEqual(
    [...s.upDecisions],
    [
      [2, 3],
      [3, 3],
      [4, 3],
    ],
  );
  assert.deepEqual(
    [...s.running],
    [
      [2, 12],
      [3, 20],
      [4, 20],
    ],
  );
  assert.deepEqual(
    [...s.downDecisions],
    [
      [3, 52],
      [2, 52],
      [1, 52],
    ],
  );
  assert.deepEqual(
    [...s.loadFellTo],
    [
      [3, 46],
      [2, 46],
      [1, 46],
    ],
  );
  assert.equal(s.peakNodes, 4);
  assert.equal(s.peakNodesAt, 20);
  assert.equal(s.nodesDownAt, 70);
  assert.equal(s.finalTarget, 1);
  assert.equal(s.startingAtLoadEnd, 0);
});

test('summarize: no scale-up means no decisions and no nodes going down', () => {
  const s = summarize(
    timeline([
      [-2, 1, 1, 0, 1],
      [10, 1, 1, 0, 1],
    ]),
    options,
  );
  assert.equal(s.upDecisions.size, 0);
  assert.equal(s.downDecisions.size, 0);
  assert.equal(s.nodesDownAt, undefined);
});

test('a sim within the tolerances passes every row; one decided later than the tolerance fails that row only', () => {
  const within = timeline([
    [-2, 1, 1, 0, 1],
    [3 + tol.decisionS - 0.5, 4, 1, 3, 1],
    [14, 4, 2, 2, 2],
    [21, 4, 4, 0, 4],
    [52, 1, 1, 0, 4],
    [71, 1, 1, 0, 1],
  ]);
  const rows = compareSides(summarize(real, options), summarize(within, options), tol, 85);
  assert.deepEqual(
    rows.filter((r) => !r.ok),
    [],
  );
  const late = timeline([
    [-2, 1, 1, 0, 1],
    [3 + tol.decisionS + 0.5, 4, 1, 3, 1],
    [14, 4, 2, 2, 2],
    [21, 4, 4, 0, 4],
    [52, 1, 1, 0, 4],
    [71, 1, 1, 0, 1],
  ]);
  const bad = compareSides(summarize(real, options), summarize(late, options), tol, 85).filter((r) => !r.ok);
  assert.deepEqual(
    bad.map((r) => r.quantity),
    ['scale-up decided: target ≥ 2', 'scale-up decided: target ≥ 3', 'scale-up decided: target ≥ 4'],
  );
});

test('a level only one side reached is beyond tolerance, as is a different node count', () => {
  const two = timeline([
    [-2, 1, 1, 0, 1],
    [3, 2, 1, 1, 1],
    [12, 2, 2, 0, 2],
    [52, 1, 1, 0, 2],
    [70, 1, 1, 0, 1],
  ]);
  const rows = compareSides(summarize(real, options), summarize(two, options), tol, 85);
  const bad = rows.filter((r) => !r.ok).map((r) => r.quantity);
  assert.ok(bad.includes('peak target replicas'));
  assert.ok(bad.includes('scale-up decided: target ≥ 3'));
  assert.ok(bad.includes('peak GPU nodes'));
  assert.ok(!bad.includes('scale-up decided: target ≥ 2'));
});

test('meanRunningDifference: steps held between samples; equal series differ by 0', () => {
  const a = [
    [0, 1],
    [10, 3],
  ] as const;
  assert.equal(meanRunningDifference(a, a, 20), 0);
  const b = [
    [0, 1],
    [15, 3],
  ] as const;
  // 2 replicas apart from 10 s to 15 s (exclusive) of 0..20 s at 0.25 s steps: 20 of 81 points.
  assert.equal(meanRunningDifference(a, b, 20), (20 * 2) / 81);
});

test('the drain: from the first scale-down decision to no replica STOPPING; equal drains and one a wait loop longer pass, two loops longer fails', () => {
  const withDrain = (drainS: number) => {
    const base = timeline([
      [-2, 1, 1, 0, 1],
      [3, 2, 1, 1, 1],
      [12, 2, 2, 0, 2],
      [50, 1, 1, 0, 2],
      [70, 1, 1, 0, 1],
    ]);
    const stopping = (s: number, value: number): Sample => ({
      time: T0 + s * 1000,
      metric: 'serve_replicas',
      labels: { app: 'a', deployment: D, state: 'STOPPING' },
      value,
    });
    return {
      ...base,
      samples: [...base.samples, stopping(-2, 0), stopping(50, 1), stopping(50 + drainS, 0)].sort(
        (a, b) => a.time - b.time,
      ),
    };
  };
  const two = summarize(withDrain(2), options);
  assert.equal(two.drainS, 2);
  const row = (sim: number) =>
    compareSides(two, summarize(withDrain(sim), options), tol, 85).find(
      (r) => r.quantity === 'replicas STOPPING after scale-down',
    )!;
  assert.equal(row(2).ok, true);
  assert.equal(row(4).ok, true);
  assert.equal(row(6).ok, false);
});

test('a drain with requests still in flight at the scale-down is shown, not held to the tolerance', () => {
  const s = summarize(real, { ...options, loadEnd: T0 + 60_000 });
  assert.equal(s.drainWithRequestsInFlight, true);
  assert.equal(summarize(real, options).drainWithRequestsInFlight, false);
});

test("scale-down decisions count from when each side's load fell to their level: a longer tail moves them, one too early is beyond", () => {
  // Real Ray: two requests outlast the users by 8 s; Serve keeps 2 replicas, then 1 six seconds after they end.
  const realTail = timeline([
    [-2, 1, 1, 0, 1],
    [3, 4, 1, 3, 1],
    [20, 4, 4, 0, 4],
    [53.5, 2, 2, 0, 4],
    [60, 1, 1, 0, 4],
    [75, 1, 1, 0, 1],
  ]);
  const realLoad = inFlight(
    [
      [0, 4],
      [46, 2],
      [54, 0],
    ],
    54,
  );
  // The sim: one request outlasts the users by 11 s, and one replica serves it: all the way down at once.
  const simTail = (downAtS: number) =>
    timeline([
      [-2, 1, 1, 0, 1],
      [3, 4, 1, 3, 1],
      [20, 4, 4, 0, 4],
      [downAtS, 1, 1, 0, 4],
      [75, 1, 1, 0, 1],
    ]);
  const simLoad = inFlight(
    [
      [0, 4],
      [46, 1],
      [57, 0],
    ],
    57,
  );
  const compare = (sim: Timeline, load: Sample[]) =>
    compareSides(
      summarize(realTail, { ...options, loadSamples: realLoad }),
      summarize(sim, { ...options, loadSamples: load }),
      tol,
      85,
    );
  const down = (sim: Timeline, load: Sample[]) =>
    compare(sim, load).filter((r) => r.quantity.startsWith('scale-down decided'));
  const rows = down(simTail(54.5), simLoad);
  assert.deepEqual(
    rows.map((r) => [r.quantity, r.real, r.sim, r.ok]),
    [
      ['scale-down decided: target ≤ 3, from ≤ 3 in flight', '7.5 s (at 53.5 s)', '8.5 s (at 54.5 s)', true],
      ['scale-down decided: target ≤ 2, from ≤ 2 in flight', '7.5 s (at 53.5 s)', '8.5 s (at 54.5 s)', true],
      ['scale-down decided: target ≤ 1, from ≤ 1 in flight', '6.0 s (at 60.0 s)', '8.5 s (at 54.5 s)', true],
    ],
  );
  const nodes = compare(simTail(54.5), simLoad).find((r) => r.quantity.startsWith('GPU nodes back down'))!;
  assert.deepEqual([nodes.real, nodes.sim], ['15.0 s (at 75.0 s)', '20.5 s (at 75.0 s)']);
  // The same decision after the same tail as real Ray's is 5.5 s early: beyond.
  const early = down(simTail(54.5), realLoad);
  assert.deepEqual(
    early.filter((r) => !r.ok).map((r) => r.quantity),
    ['scale-down decided: target ≤ 1, from ≤ 1 in flight'],
  );
});
