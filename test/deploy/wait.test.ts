// The wait loop on the sim's ManualClock: minutes of simulated time in a moment, so the graces, KubeRay's own
// terminal reasons and the 30-second progress promise are checked in the time the sim keeps, not wall time.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import * as k8s from '@kubernetes/client-node';
import { parse } from 'yaml';
import { abortableClock } from '../../src/deploy/index.ts';
import { waitUntilServing, type WaitOutcome, type WaitRequest } from '../../src/deploy/wait.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { run, runUntil, simSession, type SimSession } from '../helpers/sim.ts';
import { renderExample } from './helpers.ts';

const TEST = { timeout: 90_000 };

/** Creates the namespace and applies the rendered example, with `edit` applied to the RayService first. */
async function apply(
  session: SimSession,
  namespace: string,
  options: Parameters<typeof renderExample>[1] = {},
  edit: (service: k8s.KubernetesObject) => void = () => undefined,
): Promise<string> {
  const pair = await renderExample(namespace, options);
  const service = parse(readFileSync(pair.manifest, 'utf8')) as k8s.KubernetesObject;
  edit(service);
  await session.kc.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name: namespace } } });
  await k8s.KubernetesObjectApi.makeApiClient(session.kc).patch(
    service,
    undefined,
    undefined,
    'test',
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  return service.metadata!.name!;
}

/** Runs the wait on the sim's clock, stepping simulated time until it ends; lines carry the simulated ms they were said at. */
async function waitOnSim(
  session: SimSession,
  request: Omit<WaitRequest, 'deadline'> & { deadlineS: number },
  maxSimSeconds: number,
): Promise<{ outcome: WaitOutcome; lines: { at: number; text: string }[]; tookS: number }> {
  const clock = session.sim.clock;
  const start = clock.now();
  const lines: { at: number; text: string }[] = [];
  let outcome: WaitOutcome | undefined;
  void waitUntilServing(
    session.kc,
    { ...request, deadline: start + request.deadlineS * 1000 },
    {
      clock: abortableClock(clock),
      progress: { line: (text) => lines.push({ at: clock.now() - start, text }) },
      bounds: { timeoutMs: 10_000 },
    },
  ).then((o) => (outcome = o));
  await runUntil(session.sim, 'the wait to end', () => outcome, { maxSimSeconds, checkEveryMs: 500 });
  return { outcome: outcome!, lines, tookS: (clock.now() - start) / 1000 };
}

const GRACES = { unschedulableGraceMs: 300_000, deployFailedGraceMs: 30_000, pollMs: 2_000 };

describe('waiting on a stepped clock, with GPUs', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession({ clock: new ManualClock() });
  });
  after(() => session?.stop());

  test('the example serves within seconds of simulated time', TEST, async () => {
    const name = await apply(session, 'w-ok');
    const { outcome, tookS } = await waitOnSim(session, { namespace: 'w-ok', name, deadlineS: 600, ...GRACES }, 120);
    assert.equal(outcome.ok, true, outcome.ok ? '' : outcome.message);
    assert.ok(tookS < 30, `${tookS} s`);
    assert.equal(outcome.ok && outcome.readiness.shape, 'conditions');
  });

  test(
    'a RayService KubeRay refuses (ValidationFailed) fails at once, though its generation is never observed',
    TEST,
    async () => {
      const name = await apply(
        session,
        'w-invalid',
        {},
        (s) => void (s.metadata!.annotations = { ...s.metadata!.annotations, 'ray.io/initializing-timeout': 'soon' }),
      );
      const { outcome, tookS } = await waitOnSim(
        session,
        { namespace: 'w-invalid', name, deadlineS: 600, ...GRACES },
        60,
      );
      assert.equal(outcome.ok, false);
      assert.equal(!outcome.ok && outcome.cause, 'ValidationFailed');
      assert.match(
        !outcome.ok ? outcome.message : '',
        /annotation ray\.io\/initializing-timeout has invalid format: soon/,
      );
      assert.ok(tookS < 10, `${tookS} s`);
    },
  );
});

describe('waiting on a stepped clock, without GPUs', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession({ clock: new ManualClock(), nodePool: { gpuNodes: 0, gpusPerNode: 1, cpuNodes: 1 } });
  });
  after(() => session?.stop());

  test(
    'an unschedulable worker fails the wait once the grace has passed, and progress is never silent for 30 s',
    TEST,
    async () => {
      const name = await apply(session, 'w-nogpu');
      const { outcome, lines, tookS } = await waitOnSim(
        session,
        { namespace: 'w-nogpu', name, deadlineS: 1200, ...GRACES },
        420,
      );
      assert.equal(!outcome.ok && outcome.cause, 'Unschedulable');
      assert.match(
        !outcome.ok ? outcome.message : '',
        /has been unschedulable for 5m\d*s? \(grace 5m\): 0\/1 nodes are available: 1 node\(s\) didn't match Pod's node affinity\/selector/,
      );
      assert.ok(tookS >= 300 && tookS < 320, `${tookS} s`);
      const gaps = lines.slice(1).map((line, i) => line.at - lines[i]!.at);
      assert.ok(
        Math.max(...gaps) <= 32_000,
        `longest silence ${Math.max(...gaps)} ms:\n${lines.map((l) => `${l.at} ${l.text}`).join('\n')}`,
      );
      assert.ok(lines.some((l) => /still waiting for the Ready condition \(now False: Initializing\)/.test(l.text)));
      assert.ok(lines.some((l) => /event: Warning FailedScheduling Pod\//.test(l.text)));
    },
  );

  test("KubeRay's initializing timeout ends the wait with its reason, before deploy's own grace", TEST, async () => {
    const name = await apply(session, 'w-init', { initializingTimeout: '2m' });
    const { outcome, tookS } = await waitOnSim(session, { namespace: 'w-init', name, deadlineS: 1200, ...GRACES }, 200);
    assert.equal(!outcome.ok && outcome.cause, 'InitializingTimeout');
    assert.match(
      !outcome.ok ? outcome.message : '',
      /RayService failed to become ready within the configured timeout of 2m0s/,
    );
    assert.ok(tookS >= 120 && tookS < 130, `${tookS} s`);
  });

  test('the deadline ends the wait and says what it was still waiting for', TEST, async () => {
    const name = await apply(session, 'w-deadline');
    const { outcome, tookS } = await waitOnSim(
      session,
      { namespace: 'w-deadline', name, deadlineS: 45, ...GRACES },
      60,
    );
    assert.equal(!outcome.ok && outcome.cause, 'Timeout');
    assert.match(!outcome.ok ? outcome.message : '', /not serving within 45s; still waiting for the Ready condition/);
    assert.ok(tookS >= 45 && tookS < 48, `${tookS} s`);
  });

  test('a cancelled wait stops at once', TEST, async () => {
    const name = await apply(session, 'w-cancel');
    const controller = new AbortController();
    const clock = session.sim.clock;
    let outcome: WaitOutcome | undefined;
    void waitUntilServing(
      session.kc,
      { namespace: 'w-cancel', name, deadline: clock.now() + 600_000, ...GRACES },
      { clock: abortableClock(clock), signal: controller.signal, progress: { line: () => undefined }, bounds: {} },
    ).then((o) => (outcome = o));
    await run(session.sim, 5);
    controller.abort('SIGINT');
    await runUntil(session.sim, 'the wait to stop', () => outcome, { maxSimSeconds: 1 });
    assert.deepEqual(!outcome!.ok && [outcome!.cause, outcome!.message], ['Cancelled', 'cancelled (SIGINT)']);
  });
});
