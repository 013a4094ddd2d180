// The assertions on hand-built Timelines: for each kind a pass, a fail and an inconclusive case, at the boundary of
// its window (reached on the last second passes, one second later fails), and gaps that hide the deciding moment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  VERDICT,
  decideVerdict,
  evaluateAssertions,
  exitCodeFor,
  overallOutcome,
  type AssertionResult,
} from '../../src/assert/index.ts';
import { checkContract } from '../../src/contracts/index.ts';
import { APP, M, S, T0, expectations, loadSpan, opt, timeline, type State } from './build.ts';

const LOAD_END = 10 * M;
const load = loadSpan(0, LOAD_END, () => ({ completed: 10, ttftP95: 800, e2eP95: 9000 }));

/** Up from 1 to 4 RUNNING at `upAt`, back to 1 at `downAt` (ms after the load's start). */
function scaling(upAt: number, downAt: number): (t: number) => State {
  return (t) => {
    if (t >= downAt) return { running: 1 };
    if (t >= upAt) return { running: 4 };
    if (t >= 40 * S) return { running: 1, starting: 3, target: 4, podsRunning: 1, podsPending: 3 };
    return { running: 1 };
  };
}

function byId(results: readonly AssertionResult[], id: string): AssertionResult {
  const found = results.find((r) => r.id === id);
  assert.ok(found, `no result ${id} in ${results.map((r) => r.id).join(', ')}`);
  return found;
}

test('scale-up: reached within the window passes, with when and the limit in words', () => {
  const tl = timeline(scaling(3 * M + 12 * S, LOAD_END + 11 * M), { end: LOAD_END + 13 * M });
  const r = byId(evaluateAssertions(expectations(), tl, load), 'scale-up');
  assert.equal(r.outcome, 'pass');
  assert.equal(r.measured, 'reached 4 RUNNING replicas 3m12s after the load started; limit 5m');
  assert.equal(r.at, T0 + 3 * M + 12 * S);
  assert.deepEqual(r.window, { from: T0, to: T0 + 5 * M });
  assert.equal(r.limit, '5m');
  assert.deepEqual(r.source, { kind: 'option', name: '--test' });
});

test('scale-up: reached on the window’s last second passes; one second later fails, saying what held it back', () => {
  const onTime = timeline(scaling(5 * M, LOAD_END + 11 * M), { end: LOAD_END + 13 * M });
  assert.equal(byId(evaluateAssertions(expectations(), onTime, load), 'scale-up').outcome, 'pass');
  const late = timeline(scaling(5 * M + S, LOAD_END + 11 * M), { end: LOAD_END + 13 * M });
  const r = byId(evaluateAssertions(expectations(), late, load), 'scale-up');
  assert.equal(r.outcome, 'fail');
  assert.match(r.measured, /^at most 1 RUNNING replicas/);
  assert.match(r.reason!, /never reached 4 RUNNING replicas within 5m of the load's start/);
  assert.match(r.reason!, /Serve's target was 4 from 40s, but the replicas did not all start/);
  assert.match(r.reason!, /3 worker pod\(s\) Pending at the window's end/);
});

test('scale-up: an observation that ended before the window closed is inconclusive, never a fail or a pass', () => {
  const tl = timeline(scaling(6 * M, LOAD_END + 11 * M), { end: 4 * M });
  const r = byId(evaluateAssertions(expectations(), tl, load), 'scale-up');
  assert.equal(r.outcome, 'inconclusive');
  assert.match(r.reason!, /the observation ended 4m after the load started, before the 5m window closed/);
  // …but what was seen before the end still decides a pass.
  const early = timeline(scaling(2 * M, LOAD_END + 11 * M), { end: 4 * M });
  assert.equal(byId(evaluateAssertions(expectations(), early, load), 'scale-up').outcome, 'pass');
});

test('scale-up: a gap in the window makes a miss inconclusive; a gap elsewhere does not', () => {
  const gapInWindow = timeline(scaling(6 * M, LOAD_END + 11 * M), {
    end: LOAD_END + 13 * M,
    gaps: [{ from: 2 * M, to: 2 * M + 30 * S }],
  });
  const r = byId(evaluateAssertions(expectations(), gapInWindow, load), 'scale-up');
  assert.equal(r.outcome, 'inconclusive');
  assert.match(
    r.reason!,
    /the serve source could not see from 2m to 2m30s after the load started \(dashboard: HTTP 503/,
  );
  // A gap of the pods source says nothing about Serve's replicas.
  const podsGap = timeline(scaling(6 * M, LOAD_END + 11 * M), {
    end: LOAD_END + 13 * M,
    gaps: [{ from: 2 * M, to: 3 * M, source: 'pods' }],
  });
  assert.equal(byId(evaluateAssertions(expectations(), podsGap, load), 'scale-up').outcome, 'fail');
  // A pass seen after a gap is still a pass.
  const passAfterGap = timeline(scaling(3 * M, LOAD_END + 11 * M), {
    end: LOAD_END + 13 * M,
    gaps: [{ from: M, to: 2 * M }],
  });
  assert.equal(byId(evaluateAssertions(expectations(), passAfterGap, load), 'scale-up').outcome, 'pass');
});

test('no data for the deployment is inconclusive, and other deployments never count', () => {
  const tl = timeline(scaling(M, LOAD_END + M), { end: LOAD_END + 13 * M });
  const other = { ...expectations(), deployment: 'LLMDeploymentother' };
  const results = evaluateAssertions(other, tl, load);
  for (const id of ['scale-up', 'scale-down']) {
    const r = byId(results, id);
    assert.equal(r.outcome, 'inconclusive', id);
    assert.match(r.reason!, /no sample of serve_replicas/);
    // It names the deployments the Timeline has, in case the manifest's rayVersion named the model wrongly.
    assert.match(r.reason!, /It has samples of "LLMDeploymentLlama-3_2-3B-Instruct", "LLMRouter": .*rayVersion/);
  }
  // LLMRouter has 8 RUNNING all along, which would pass a scale-up to 4 if it were counted.
  const late = timeline(scaling(6 * M, LOAD_END + M), { end: LOAD_END + 13 * M });
  assert.equal(byId(evaluateAssertions(expectations(), late, load), 'scale-up').outcome, 'fail');
});

test('scale-down: back to the floor within the window passes; still up at its end fails; observed too short is inconclusive', () => {
  const ok = timeline(scaling(M, LOAD_END + 11 * M), { end: LOAD_END + 13 * M });
  const pass = byId(evaluateAssertions(expectations(), ok, load), 'scale-down');
  assert.equal(pass.outcome, 'pass');
  assert.equal(pass.measured, 'down to 1 replicas (any state) 11m after the load ended; limit 12m');
  const slow = timeline(scaling(M, LOAD_END + 12 * M + S), { end: LOAD_END + 13 * M });
  const fail = byId(evaluateAssertions(expectations(), slow, load), 'scale-down');
  assert.equal(fail.outcome, 'fail');
  assert.match(fail.reason!, /never came down to 1 replicas \(any state\) within 12m of the load's end/);
  const short = timeline(scaling(M, LOAD_END + 11 * M), { end: LOAD_END + 5 * M });
  const unknown = byId(evaluateAssertions(expectations(), short, load), 'scale-down');
  assert.equal(unknown.outcome, 'inconclusive');
  assert.match(unknown.reason!, /ended 5m after the load ended, before the 12m window closed/);
});

test('scale-down counts replicas in every state: STOPPING ones still hold their GPUs', () => {
  const tl = timeline(
    (t) => (t >= LOAD_END + 11 * M ? { running: 1, stopping: t < LOAD_END + 13 * M ? 3 : 0 } : { running: 4 }),
    {
      end: LOAD_END + 14 * M,
    },
  );
  const r = byId(evaluateAssertions(expectations(), tl, load), 'scale-down');
  assert.equal(r.outcome, 'fail');
  assert.match(r.measured, /at least 4 replicas/);
});

test('worker pods and GPUs: up and down windows pass and fail on the pods source', () => {
  const e = {
    ...expectations(),
    windows: [
      { id: 'worker-pods-up' as const, count: opt(4, '4'), within: opt(5 * M, '5m') },
      { id: 'gpus-up' as const, count: opt(4, '4'), within: opt(5 * M, '5m') },
      { id: 'worker-pods-down' as const, count: opt(1, '1'), within: opt(12 * M, '12m') },
      { id: 'gpus-down' as const, count: opt(1, '1'), within: opt(12 * M, '12m') },
    ],
  };
  const good = evaluateAssertions(e, timeline(scaling(3 * M, LOAD_END + 11 * M), { end: LOAD_END + 13 * M }), load);
  assert.deepEqual(
    good.map((r) => [r.id, r.outcome]),
    [
      ['worker-pods-up', 'pass'],
      ['gpus-up', 'pass'],
      ['worker-pods-down', 'pass'],
      ['gpus-down', 'pass'],
    ],
  );
  const slow = evaluateAssertions(e, timeline(scaling(6 * M, LOAD_END + 12 * M + S), { end: LOAD_END + 13 * M }), load);
  assert.deepEqual(
    slow.map((r) => r.outcome),
    ['fail', 'fail', 'fail', 'fail'],
  );
  // Pending pods are not yet down: counted until they are gone.
  const pending = evaluateAssertions(
    e,
    timeline((t) => (t >= LOAD_END ? { running: 1, podsRunning: 1, podsPending: 2 } : { running: 4 }), {
      end: LOAD_END + 13 * M,
    }),
    load,
  );
  assert.equal(byId(pending, 'worker-pods-down').outcome, 'fail');
  assert.equal(byId(pending, 'gpus-down').outcome, 'pass', 'a Pending pod holds no GPU');
  // A gap of the pods source in the windows: the misses cannot be told from what the watch missed.
  const blind = evaluateAssertions(
    e,
    timeline(scaling(6 * M, LOAD_END + 12 * M + S), {
      end: LOAD_END + 13 * M,
      gaps: [
        { from: 2 * M, to: 2 * M + 10 * S, source: 'pods' },
        { from: LOAD_END + 3 * M, to: LOAD_END + 3 * M + 10 * S, source: 'pods' },
      ],
    }),
    load,
  );
  assert.deepEqual(
    blind.map((r) => r.outcome),
    ['inconclusive', 'inconclusive', 'inconclusive', 'inconclusive'],
  );
  assert.match(
    byId(blind, 'worker-pods-up').reason!,
    /the pods source could not see from 2m to 2m10s after the load started/,
  );
});

/** Target 4 from 40 s; during the hold (after 5m) it moves at each of `moves` (ms after the load's start). */
function flapping(moves: number[]): (t: number) => State {
  return (t) => {
    const flips = moves.filter((m) => t >= m).length;
    const target = t < 40 * S ? 1 : flips % 2 === 0 ? 4 : 3;
    return { running: target, target };
  };
}

test('flapping: more target changes than allowed during the hold fail; as many pass; the scale-up before the hold does not count', () => {
  const tl = timeline(flapping([6 * M, 7 * M]), { end: LOAD_END + M });
  const fail = byId(evaluateAssertions(expectations({ maxReplicaChanges: opt(1, '1') }), tl, load), 'flapping');
  assert.equal(fail.outcome, 'fail');
  assert.equal(fail.at, T0 + 7 * M);
  assert.match(fail.measured, /2 change\(s\) of Serve's target during the hold \(4→3 at 6m, 3→4 at 7m\)/);
  const pass = byId(evaluateAssertions(expectations({ maxReplicaChanges: opt(2, '2') }), tl, load), 'flapping');
  assert.equal(pass.outcome, 'pass');
  assert.equal(pass.limit, '≤ 2 changes');
});

test('flapping: a gap in the hold or an observation that ended early is inconclusive; an empty hold too', () => {
  const gap = timeline(flapping([6 * M]), { end: LOAD_END + M, gaps: [{ from: 8 * M, to: 8 * M + 20 * S }] });
  const r = byId(evaluateAssertions(expectations({ maxReplicaChanges: opt(2, '2') }), gap, load), 'flapping');
  assert.equal(r.outcome, 'inconclusive');
  assert.match(r.reason!, /could not see from 8m to 8m20s/);
  const short = timeline(flapping([]), { end: 8 * M });
  assert.equal(
    byId(evaluateAssertions(expectations({ maxReplicaChanges: opt(0, '0') }), short, load), 'flapping').outcome,
    'inconclusive',
  );
  const shortLoad = loadSpan(0, 4 * M, () => ({ completed: 1 }));
  const empty = byId(
    evaluateAssertions(
      expectations({ maxReplicaChanges: opt(0, '0') }),
      timeline(flapping([]), { end: 20 * M }),
      shortLoad,
    ),
    'flapping',
  );
  assert.equal(empty.outcome, 'inconclusive');
  assert.match(empty.reason!, /the hold is empty: the load ran 4m and the hold starts 5m after its start/);
});

test('error rate during the hold: at the limit passes, above fails, no request is inconclusive', () => {
  const tl = timeline(scaling(M, LOAD_END + M), { end: LOAD_END + 13 * M });
  // 1 error per 99 completed in each second of the hold: exactly 1%.
  const atLimit = loadSpan(0, LOAD_END, (t) => (t > 5 * M ? { completed: 99, errors: 1 } : { errors: 50 }));
  const pass = byId(evaluateAssertions(expectations({ maxErrorRate: opt(0.01, '1%') }), tl, atLimit), 'error-rate');
  assert.equal(pass.outcome, 'pass', pass.measured);
  assert.equal(pass.measured, '1% of 30000 requests failed during the hold (300 errors)');
  const above = loadSpan(0, LOAD_END, (t) => (t > 5 * M ? { completed: 98, errors: 2 } : {}));
  const fail = byId(evaluateAssertions(expectations({ maxErrorRate: opt(0.01, '1%') }), tl, above), 'error-rate');
  assert.equal(fail.outcome, 'fail');
  assert.match(fail.reason!, /the error rate 2% is above 1%/);
  const none = loadSpan(0, LOAD_END, () => ({}));
  assert.equal(
    byId(evaluateAssertions(expectations({ maxErrorRate: opt(0.01, '1%') }), tl, none), 'error-rate').outcome,
    'inconclusive',
  );
});

test('p95 TTFT and E2E during the hold: every second at or under the limit passes; one second above fails, named', () => {
  const tl = timeline(scaling(M, LOAD_END + M), { end: LOAD_END + 13 * M });
  const limits = { maxTtftP95: opt(1000, '1s'), maxE2eP95: opt(10_000, '10s') };
  const steady = loadSpan(0, LOAD_END, (t) => ({ completed: 5, ttftP95: t < 5 * M ? 5000 : 1000, e2eP95: 9000 }));
  const ok = evaluateAssertions(expectations(limits), tl, steady);
  assert.equal(byId(ok, 'ttft-p95').outcome, 'pass', 'the slow seconds before the hold do not count');
  assert.equal(byId(ok, 'e2e-p95').outcome, 'pass');
  const spike = loadSpan(0, LOAD_END, (t) => ({ completed: 5, ttftP95: t === 7 * M ? 1500 : 900, e2eP95: 9000 }));
  const r = byId(evaluateAssertions(expectations(limits), tl, spike), 'ttft-p95');
  assert.equal(r.outcome, 'fail');
  assert.equal(r.at, T0 + 7 * M);
  assert.match(r.reason!, /the p95 TTFT was 1\.5s in the second ending 7m after the load started, above 1s/);
  const silent = loadSpan(0, LOAD_END, () => ({}));
  assert.equal(byId(evaluateAssertions(expectations(limits), tl, silent), 'e2e-p95').outcome, 'inconclusive');
});

test('the app label narrows the deployment: the same deployment name in another app is not counted', () => {
  const tl = timeline(scaling(M, LOAD_END + M), { end: LOAD_END + 13 * M });
  const elsewhere = { ...expectations(), app: `${APP}-other` };
  assert.equal(byId(evaluateAssertions(elsewhere, tl, load), 'scale-up').outcome, 'inconclusive');
  assert.equal(byId(evaluateAssertions({ ...expectations(), app: undefined }, tl, load), 'scale-up').outcome, 'pass');
});

test('a failed scale-up names the last FailedScheduling event of the window, bounded', () => {
  const base = timeline(
    (t) => ({ running: 1, starting: t >= 40 * S ? 3 : 0, target: t >= 40 * S ? 4 : 1, podsPending: 3 }),
    {
      end: LOAD_END + 13 * M,
    },
  );
  const event = (time: number, message: string) => ({
    time: T0 + time,
    observedAt: T0 + time,
    type: 'Warning',
    reason: 'FailedScheduling',
    message,
    object: { kind: 'Pod', name: 'svc-gpu-worker-abcde' },
    count: 1,
  });
  const tl = {
    ...base,
    events: [
      event(M, 'first'),
      event(2 * M, `0/2 nodes are available: 2 Insufficient nvidia.com/gpu.${'x'.repeat(1000)}`),
      event(6 * M, 'after the window'),
    ],
  };
  const r = evaluateAssertions(expectations(), tl, load)[0]!;
  assert.equal(r.outcome, 'fail');
  assert.match(r.reason!, /Pod svc-gpu-worker-abcde: 0\/2 nodes are available: 2 Insufficient nvidia\.com\/gpu\./);
  assert.ok(!r.reason!.includes('after the window'));
  assert.ok(r.reason!.length < 700, `reason of ${r.reason!.length} characters`);
});

test('a load on a clock with fractions of a millisecond gives a Verdict of whole milliseconds that passes its contract', async () => {
  const tl = timeline(scaling(3 * M, LOAD_END + 11 * M), { end: LOAD_END + 13 * M });
  const fractional = { ...load, start: load.start + 0.4, end: load.end + 0.6 };
  const results = evaluateAssertions(
    expectations({ maxReplicaChanges: opt(0, '0'), maxErrorRate: opt(0.01, '1%') }),
    tl,
    fractional,
  );
  for (const r of results) {
    assert.ok(Number.isInteger(r.window!.from) && Number.isInteger(r.window!.to), `${r.id} window`);
    assert.ok(r.at === undefined || Number.isInteger(r.at), `${r.id} at`);
  }
  const verdict = decideVerdict({
    assertions: results,
    policy: 'fail',
    load: fractional,
    inputs: {},
    decidedAt: new Date(T0),
  });
  const checked = await checkContract('verdict', VERDICT, JSON.parse(JSON.stringify(verdict)));
  assert.ok(checked.ok, checked.ok ? '' : checked.problem);
  assert.equal(verdict.outcome, 'pass');
});

test('the verdict: any fail fails; otherwise any inconclusive, or nothing asserted, is inconclusive; exit codes by policy', () => {
  const r = (outcome: 'pass' | 'fail' | 'inconclusive') => ({
    id: 'x',
    title: 'x',
    outcome,
    limit: '1m',
    measured: '',
    source: { kind: 'option' as const, name: '--x' },
  });
  assert.equal(overallOutcome([r('pass'), r('inconclusive'), r('fail')]), 'fail');
  assert.equal(overallOutcome([r('pass'), r('inconclusive')]), 'inconclusive');
  assert.equal(overallOutcome([r('pass'), r('pass')]), 'pass');
  assert.equal(overallOutcome([]), 'inconclusive');
  assert.deepEqual(
    (['pass', 'fail', 'inconclusive'] as const).map((o) => [exitCodeFor(o, 'fail'), exitCodeFor(o, 'pass')]),
    [
      [0, 0],
      [1, 1],
      [1, 0],
    ],
  );
});
