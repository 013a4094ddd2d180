// Ray's own cases for the Serve autoscaling policy, from ray-project/ray python/ray/serve/tests/unit/
// test_autoscaling_policy.py (the 2.4x version, and the newer one at commit 01624ad4 for the ≥ 2.50 wrapper), run
// against our port. Cases are numbered in the order that file defines them; each name cites Ray's test function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyBounds,
  applyScalingFactors,
  decide,
  desiredReplicas247,
  type PolicyConfig,
  type PolicyState,
  type PolicyVariant,
} from '../../src/sim/serve/policy.ts';

const config = (c: Partial<PolicyConfig> = {}): PolicyConfig => ({
  targetOngoingRequests: 2,
  upscaleDelayS: 30,
  downscaleDelayS: 600,
  downscaleToZeroDelayS: undefined,
  upscalingFactor: 1,
  downscalingFactor: 1,
  ...c,
});

function run(
  variant: PolicyVariant,
  c: PolicyConfig,
  min: number,
  max: number,
  state: PolicyState,
  target: number,
  running: number,
  total: number,
  nowS = 0,
): number {
  return applyBounds(
    decide(
      variant,
      { target, running, totalRequests: total, config: c, minReplicas: min, maxReplicas: max, nowS },
      state,
    ),
    min,
    max,
  );
}

test('case 1 (test_bounds_checking): desired stays within [min, max]', () => {
  const c = config({ targetOngoingRequests: 100 });
  assert.equal(desiredReplicas247(c, 1500, 10, 9, 11), 11);
  assert.equal(desiredReplicas247(c, 500, 10, 9, 11), 9);
  for (let total = 500; total < 1500; total += 10) {
    const d = desiredReplicas247(c, total, 10, 9, 11);
    assert.ok(d >= 9 && d <= 11);
  }
});

test('cases 2–3 (test_scale_up / test_scale_down): 2× load doubles, ½ load halves', () => {
  for (const t of [0.5, 1, 1.5]) {
    assert.equal(desiredReplicas247(config({ targetOngoingRequests: t }), 2 * t * 10, 10, 0, 100), 20);
    assert.equal(desiredReplicas247(config({ targetOngoingRequests: t }), 0.5 * t * 10, 10, 0, 100), 5);
  }
});

test('cases 4–6 (test_smoothing_factor*): factors damp each direction separately', () => {
  assert.deepEqual(
    [80, 2.5].map((total) =>
      desiredReplicas247(config({ upscalingFactor: 0.5, downscalingFactor: 0.5 }), total, 10, 0, 100),
    ),
    [25, 6],
  );
  // Only the up factor set: down stays 1, so 2.5 requests over 10 replicas go straight to 2.
  assert.deepEqual(
    [80, 2.5].map((total) => desiredReplicas247(config({ upscalingFactor: 0.5 }), total, 10, 0, 100)),
    [25, 2],
  );
  assert.deepEqual(
    [80, 2.5].map((total) => desiredReplicas247(config({ downscalingFactor: 0.5 }), total, 10, 0, 100)),
    [40, 6],
  );
});

test('case 7 (test_downscaling_with_fractional_scaling_factor): the "stuck" rule still moves down by one', () => {
  for (const [running, total, f] of [
    [2, 0.6, 0.5],
    [5, 2.0, 0.2],
    [10, 4.0, 0.1],
  ] as const) {
    assert.equal(
      desiredReplicas247(config({ targetOngoingRequests: 1, downscalingFactor: f }), total, running, 0, 100),
      running - 1,
    );
  }
});

test('case 8 (test_scaling_factor_scale_up_from_0_replicas): from zero at once, then bounded', () => {
  assert.equal(run('v2.47', config({ upscalingFactor: 10 }), 0, 2, {}, 0, 0, 1), 2);
  assert.equal(
    decide(
      'v2.47',
      {
        target: 0,
        running: 0,
        totalRequests: 1,
        config: config({ upscalingFactor: 10 }),
        minReplicas: 0,
        maxReplicas: 2,
        nowS: 0,
      },
      {},
    ),
    10,
  );
  assert.equal(run('v2.47', config({ upscalingFactor: 0.5 }), 0, 2, {}, 0, 0, 1), 1);
});

test('case 9 (test_scaling_factor_scale_down_to_0_replicas): 2.47 goes to 0 at once; 2.50+ goes 5→1→0', () => {
  const c = config({ downscalingFactor: 10, upscaleDelayS: 0, downscaleDelayS: 0 });
  assert.equal(run('v2.47', c, 0, 5, {}, 5, 5, 0), 0);
  assert.equal(run('wrapper-ticks', c, 0, 5, {}, 5, 5, 0), 1);
  assert.equal(run('wrapper-ticks', c, 0, 5, {}, 1, 1, 0), 0);
});

test('case 10: a fractional down factor still reaches 0, one step at a time on 2.47', () => {
  const c = config({ downscalingFactor: 0.2, upscaleDelayS: 0, downscaleDelayS: 0 });
  const seen: number[] = [];
  let n = 5;
  for (let i = 0; i < 5; i++) {
    n = run('v2.47', c, 0, 5, {}, n, n, 0);
    seen.push(n);
  }
  assert.deepEqual(seen, [4, 3, 2, 1, 0]);
});

test('case 11 (test_upscale_downscale_delay): 301st up tick scales up, 6001st down tick scales down', () => {
  for (const variant of ['v2.47', 'wrapper-ticks'] as const) {
    const c = config({ targetOngoingRequests: 1 });
    const state: PolicyState = {};
    assert.equal(run(variant, c, 0, 2, state, 0, 0, 1), 1);
    for (let i = 0; i < 300; i++) assert.equal(run(variant, c, 0, 2, state, 1, 1, 100), 1);
    assert.equal(run(variant, c, 0, 2, state, 1, 1, 100), 2);
    for (let i = 0; i < 6000; i++) assert.equal(run(variant, c, 0, 2, state, 2, 2, 0), 2);
    assert.equal(run(variant, c, 0, 2, state, 2, 2, 0), variant === 'v2.47' ? 0 : 1);
    if (variant === 'wrapper-ticks') {
      // case 11c: the last replica goes after another downscale_delay_s (no downscale_to_zero_delay_s set).
      for (let i = 0; i < 6000; i++) assert.equal(run(variant, c, 0, 2, state, 1, 1, 0), 1);
      assert.equal(run(variant, c, 0, 2, state, 1, 1, 0), 0);
    }
  }
});

test('case 11d: a tick in the other direction resets the upscale count', () => {
  const c = config({ targetOngoingRequests: 1 });
  const state: PolicyState = {};
  for (let i = 0; i < 150; i++) assert.equal(run('v2.47', c, 0, 2, state, 1, 1, 100), 1);
  assert.equal(run('v2.47', c, 0, 2, state, 1, 1, 0), 1);
  for (let i = 0; i < 300; i++) assert.equal(run('v2.47', c, 0, 2, state, 1, 1, 100), 1);
  assert.equal(run('v2.47', c, 0, 2, state, 1, 1, 100), 2);
});

test('case 12 (test_replicas_delayed_startup): desired follows running replicas, not the target', () => {
  const c = config({ targetOngoingRequests: 1, upscaleDelayS: 0, downscaleDelayS: 100000 });
  const state: PolicyState = {};
  const steps: [number, number, number][] = [
    [1, 1, 100],
    [100, 1, 100],
    [100, 3, 123],
    [123, 4, 10],
  ];
  assert.deepEqual(
    steps.map(([target, running, total]) => run('v2.47', c, 1, 200, state, target, running, total)),
    [100, 100, 123, 123],
  );
});

test('case 13 (test_fluctuating_ongoing_requests): alternating load never scales with delays, flips without', () => {
  const state: PolicyState = {};
  const delayed = config({ targetOngoingRequests: 50, upscaleDelayS: 30, downscaleDelayS: 30 });
  for (let i = 0; i < 1000; i++) {
    assert.equal(run('v2.47', delayed, 1, 10, state, 1, 1, 100), 1);
    assert.equal(run('v2.47', delayed, 1, 10, state, 2, 2, 40), 2);
  }
  const immediate = config({ targetOngoingRequests: 50, upscaleDelayS: 0, downscaleDelayS: 0 });
  assert.equal(run('v2.47', immediate, 1, 10, {}, 1, 1, 100), 2);
  assert.equal(run('v2.47', immediate, 1, 10, {}, 2, 2, 40), 1);
});

test('case 14 (test_single_replica_receives_all_requests): the total counts, however it is spread', () => {
  const c = config({ targetOngoingRequests: 5, upscaleDelayS: 0, downscaleDelayS: 0 });
  assert.deepEqual(
    [20, 100, 10].map((total) => run('v2.47', c, 1, 50, {}, 4, 4, total)),
    [4, 20, 2],
  );
});

test('cases 15–17 (_apply_scaling_factors): factors on the distance, with the stuck rule', () => {
  assert.equal(applyScalingFactors(20, 10, { upscalingFactor: 0.5, downscalingFactor: 1 }), 15);
  assert.equal(applyScalingFactors(5, 20, { upscalingFactor: 1, downscalingFactor: 0.5 }), 13);
  assert.equal(applyScalingFactors(9, 10, { upscalingFactor: 1, downscalingFactor: 0.5 }), 9);
});

test('cases 19–20 (wall-clock delays, ray PR #62144): scale when elapsed ≥ delay, two-stage to zero', () => {
  const up = config({ targetOngoingRequests: 1, upscaleDelayS: 0.3 });
  const state: PolicyState = {};
  assert.deepEqual(
    [1000, 1000.05, 1000.1, 1000.31].map((t) => run('wrapper-clock', up, 0, 10, state, 1, 1, 5, t)),
    [1, 1, 1, 5],
  );
  const down = config({ targetOngoingRequests: 1, downscaleDelayS: 0.3, downscaleToZeroDelayS: 0.4 });
  const s2: PolicyState = {};
  assert.deepEqual(
    [0, 0.05, 0.1, 0.31].map((t) => run('wrapper-clock', down, 0, 10, s2, 4, 4, 0, 2000 + t)),
    [4, 4, 4, 1],
  );
  assert.deepEqual(
    [0.5, 0.6, 0.7, 0.91].map((t) => run('wrapper-clock', down, 0, 10, s2, 1, 1, 0, 2000 + t)),
    [1, 1, 1, 0],
  );
});

test('case 21: slow control loops stretch tick-counted delays but not wall-clock ones', () => {
  const c = config({ targetOngoingRequests: 1, upscaleDelayS: 100 });
  const fired = (variant: PolicyVariant) => {
    const state: PolicyState = {};
    for (let i = 0; i < 5000; i++) {
      const t = i * 0.6;
      if (run(variant, c, 1, 10, state, 1, 1, 5, t) === 5) return t;
    }
    return Infinity;
  };
  const clock = fired('wrapper-clock');
  assert.ok(clock >= 100 && clock <= 100.6, String(clock));
  assert.ok(fired('wrapper-ticks') > 500, 'ticks at 0.6 s each take about 600 s');
});
