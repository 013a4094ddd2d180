// The planner: Taurus's stepped ramp exactly (1 user at t=0, 10 from t=9 s, the end at ramp-up + hold-for), the
// linear ramp, durations, the throughput cap's steps, seeded open-loop arrivals, and hard caps refusing a plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  parseProfileText,
  planLoad,
  plannedUsers,
  throughputSteps,
  userSteps,
  arrivalSchedule,
  parseTaurusDuration,
} from '../../src/load/index.ts';
import type { ClosedShape } from '../../src/load/profile.ts';

const SEED_PROFILE = readFileSync('examples/llama32-3b/load-test.yaml', 'utf8');
const noFiles = () => ({ problem: 'no files in this test' });

function seedShape(): ClosedShape {
  const read = parseProfileText('load-test.yaml', SEED_PROFILE, noFiles);
  assert.ok(read.ok, read.ok ? '' : JSON.stringify(read.problems));
  const shape = read.profile.executions[0]!.shape;
  assert.equal(shape.kind, 'closed');
  return shape as ClosedShape;
}

test('the seed profile: 1 user at t=0, one more each second, 10 from t=9 s until ramp-up + hold-for = 1810 s', () => {
  const shape = seedShape();
  assert.deepEqual(shape, {
    kind: 'closed',
    users: 10,
    rampUpMs: 10_000,
    steps: 10,
    holdForMs: 1_800_000,
    iterations: undefined,
    throughput: undefined,
  });
  assert.equal(plannedUsers(shape, 0), 1);
  assert.equal(plannedUsers(shape, 999), 1);
  assert.equal(plannedUsers(shape, 1000), 2);
  assert.equal(plannedUsers(shape, 8999), 9);
  assert.equal(plannedUsers(shape, 9000), 10);
  // At t == ramp-up the stepped formula would give 11; Taurus's level is clamped to concurrency.
  assert.equal(plannedUsers(shape, 10_000), 10);
  assert.equal(plannedUsers(shape, 1_809_999), 10);
  assert.equal(plannedUsers(shape, 1_810_000), 0);
  assert.deepEqual(
    userSteps(shape),
    Array.from({ length: 10 }, (_, k) => ({ atMs: k * 1000, users: k + 1 })),
  );
  const planned = planLoad(parseProfileTextOk(SEED_PROFILE), { seed: 1 });
  assert.ok(planned.ok);
  const execution = planned.runnable.plan.executions[0]!;
  assert.equal(execution.endMs, 1_810_000);
  assert.equal(planned.runnable.plan.endMs, 1_810_000);
  // JMeter runs a timer before its sampler: each user's first request comes 5 s after it starts.
  assert.deepEqual(execution.firstRequests!.listed.slice(0, 3), [
    { user: 1, atMs: 5000 },
    { user: 2, atMs: 6000 },
    { user: 3, atMs: 7000 },
  ]);
  assert.equal(execution.firstRequests!.total, 10);
  assert.deepEqual(execution.requests[0], {
    label: 'chat_completion',
    method: 'POST',
    url: '/v1/chat/completions',
    llm: 'chat',
    stream: true,
    thinkTime: '5s',
    timeout: '30s',
  });
});

function parseProfileTextOk(text: string) {
  const read = parseProfileText('p.yaml', text, noFiles);
  assert.ok(read.ok, read.ok ? '' : JSON.stringify(read.problems));
  return read.profile;
}

test('a linear ramp (no steps) adds users where round(C/R·t) grows; steps that do not divide C round as Java does', () => {
  const linear: ClosedShape = {
    kind: 'closed',
    users: 4,
    rampUpMs: 8000,
    steps: 0,
    holdForMs: 1000,
    iterations: undefined,
    throughput: undefined,
  };
  assert.deepEqual(userSteps(linear), [
    { atMs: 0, users: 0 },
    { atMs: 1000, users: 1 },
    { atMs: 3000, users: 2 },
    { atMs: 5000, users: 3 },
    { atMs: 7000, users: 4 },
  ]);
  assert.equal(plannedUsers(linear, 999), 0);
  assert.equal(plannedUsers(linear, 1000), 1);
  const uneven: ClosedShape = { ...linear, users: 3, steps: 2, rampUpMs: 10_000 };
  // C/steps = 1.5: round(1.5) = 2 from t=0, then 3 from 5 s.
  assert.deepEqual(userSteps(uneven), [
    { atMs: 0, users: 2 },
    { atMs: 5000, users: 3 },
  ]);
  const noRamp: ClosedShape = { ...linear, rampUpMs: 0 };
  assert.deepEqual(userSteps(noRamp), [{ atMs: 0, users: 4 }]);
});

test('Taurus durations: parts summed, bare numbers are seconds, units case-insensitive, inf refused', () => {
  assert.equal(parseTaurusDuration('1h30m'), 5_400_000);
  assert.equal(parseTaurusDuration('500ms'), 500);
  assert.equal(parseTaurusDuration('1s500ms'), 1500);
  assert.equal(parseTaurusDuration('10'), 10_000);
  assert.equal(parseTaurusDuration(10), 10_000);
  assert.equal(parseTaurusDuration('1m30'), 90_000);
  assert.equal(parseTaurusDuration('2M'), 120_000);
  assert.equal(parseTaurusDuration('1.5m'), 90_000);
  assert.equal(parseTaurusDuration(' 1h 30m '), 5_400_000);
  assert.match(String(parseTaurusDuration('inf')), /finite duration/);
  assert.match(String(parseTaurusDuration('10 parsecs')), /not a duration/);
  assert.match(String(parseTaurusDuration(-1)), /not a duration/);
});

test('the throughput cap: plateaus with steps, a linear ramp without, then the target', () => {
  const stepped: ClosedShape = {
    kind: 'closed',
    users: 10,
    rampUpMs: 10_000,
    steps: 2,
    holdForMs: 10_000,
    iterations: undefined,
    throughput: 4,
  };
  assert.deepEqual(throughputSteps(stepped), [
    { atMs: 0, rps: 2 },
    { atMs: 5000, rps: 4 },
    { atMs: 10_000, rps: 4 },
  ]);
  const linear: ClosedShape = { ...stepped, steps: 0, throughput: 40 };
  assert.deepEqual(throughputSteps(linear), [
    { atMs: 0, rps: 2, linearTo: 40 },
    { atMs: 10_000, rps: 40 },
  ]);
});

test('open-loop arrivals: constant spacing, Poisson gaps with the same times for the same seed', () => {
  const shape = { kind: 'open' as const, arrivals: 'constant' as const, rate: 4, durationMs: 1000, maxInFlight: 10 };
  assert.deepEqual([...arrivalSchedule(shape, 1, 0)], [0, 250, 500, 750]);
  const poisson = { ...shape, arrivals: 'poisson' as const, rate: 100, durationMs: 10_000 };
  const a = [...arrivalSchedule(poisson, 42, 0)];
  const b = [...arrivalSchedule(poisson, 42, 0)];
  const c = [...arrivalSchedule(poisson, 43, 0)];
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  // About 1000 arrivals in 10 s at 100/s (a Poisson count: well within ±15%).
  assert.ok(a.length > 850 && a.length < 1150, String(a.length));
  assert.ok(a.every((t, i) => i === 0 || t >= a[i - 1]!));
});

test('hard caps refuse a plan before anything is sent: duration, connections, expected requests', () => {
  const profile = parseProfileTextOk(SEED_PROFILE);
  const long = planLoad(profile, { seed: 1, limits: { maxDurationMs: 600_000 } });
  assert.ok(!long.ok);
  assert.match(long.problems[0]!.message, /runs 30m10s \(ramp-up \+ hold-for\), beyond max-duration 10m/);
  assert.equal(long.problems[0]!.place?.line, 3);
  const wide = planLoad(profile, { seed: 1, limits: { maxConnections: 5 } });
  assert.ok(!wide.ok);
  assert.match(wide.problems[0]!.message, /needs 10 connections/);
  const open = parseProfileTextOk(`apiVersion: rayservice-ci.io/v1alpha1
kind: LoadProfile
target: { address: http://127.0.0.1:1 }
requests: [/]
load: { open: { rate: 100, duration: 1h, max-in-flight: 10 } }
`);
  const many = planLoad(open, { seed: 1 });
  assert.ok(!many.ok);
  assert.match(many.problems[0]!.message, /about 360000 requests .* beyond max-requests 200000/);
  // --hold-for shortens it into the caps.
  assert.ok(planLoad(open, { seed: 1, holdForMs: 60_000 }).ok);
});

test('open-loop ramp: the rate rises linearly from start-rate to rate over ramp-up, then holds; a ramp past the duration is refused', () => {
  const shape = {
    kind: 'open' as const,
    arrivals: 'constant' as const,
    rate: 10,
    durationMs: 20_000,
    maxInFlight: 10,
    rampUpMs: 10_000,
    startRate: 0,
  };
  const times = [...arrivalSchedule(shape, 1, 0)];
  // Λ(t) over the ramp is 10/s · t² / (2 · 10 s): 12.5 arrivals expected by 5 s, 50 by 10 s; then 10/s for 10 s.
  assert.equal(times.length, 150);
  assert.equal(times[0], 0);
  assert.equal(times.filter((t) => t < 5000).length, 13);
  assert.equal(times.filter((t) => t < 10_000).length, 50);
  const held = times.filter((t) => t >= 10_000);
  assert.equal(held.length, 100);
  assert.ok(held.every((t, i) => i === 0 || Math.abs(t - held[i - 1]! - 100) < 1e-6));
  // Poisson with the same ramp: about as many, fewer in the first half of the ramp than in its second.
  const poisson = [...arrivalSchedule({ ...shape, arrivals: 'poisson' as const }, 1, 0)];
  assert.ok(poisson.length > 110 && poisson.length < 190, `${poisson.length} arrivals`);
  assert.ok(poisson.filter((t) => t < 5000).length < poisson.filter((t) => t >= 5000 && t < 10_000).length);

  const profile = (open: string) => `apiVersion: rayservice-ci.io/v1alpha1
kind: LoadProfile
target: { address: http://127.0.0.1:1 }
requests: [/]
load: { open: { ${open} } }
`;
  const ok = parseProfileText(
    'o.yaml',
    profile('rate: 10, ramp-up: 10s, start-rate: 2, duration: 20s, max-in-flight: 5'),
    noFiles,
  );
  assert.ok(ok.ok, ok.ok ? '' : JSON.stringify(ok.problems));
  assert.deepEqual(ok.profile.executions[0]!.shape, {
    kind: 'open',
    arrivals: 'constant',
    rate: 10,
    durationMs: 20_000,
    maxInFlight: 5,
    rampUpMs: 10_000,
    startRate: 2,
  });
  const past = parseProfileText('o.yaml', profile('rate: 10, ramp-up: 30s, duration: 20s, max-in-flight: 5'), noFiles);
  assert.ok(!past.ok && past.problems.some((p) => /make ramp-up at most the duration/.test(p.message)));
  const noRamp = parseProfileText(
    'o.yaml',
    profile('rate: 10, start-rate: 2, duration: 20s, max-in-flight: 5'),
    noFiles,
  );
  assert.ok(!noRamp.ok && noRamp.problems.some((p) => /start-rate .* needs ramp-up/.test(p.message)));
});
