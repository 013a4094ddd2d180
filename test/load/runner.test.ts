// The runner on a ManualClock, against real HTTP on 127.0.0.1: the schedule (think times, the end) and the timeouts
// follow the injected clock, not the wall — a request that waits 1.5 s of the run's time for headers or for its next
// byte times out though only milliseconds of wall time pass, and one that waits 0.75 s does not.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfileText, planLoad, runPlan, type RunOutput } from '../../src/load/index.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { abortableClock } from '../../src/time/clock.ts';
import { sleep, stubServer, type Stub } from './helpers.ts';

let stub: Stub;
/** The clock of the run in progress, for a stub that answers after some of its time. */
let manualClock: ManualClock | undefined;

before(async () => {
  stub = await stubServer((req, res) => {
    if (req.url === '/silent') return; // never answers: the headers timeout
    if (req.url === '/slow') {
      // Answers once 400 ms of the run's clock have passed (well inside the 1 s timeout).
      const clock = manualClock!;
      const due = clock.now() + 400;
      const poll = () => (clock.now() >= due || res.destroyed ? res.end('ok') : setTimeout(poll, 1));
      return poll();
    }
    if (req.url === '/stalls') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first bytes'); // then nothing: the idle timeout
      return;
    }
    res.end('ok');
  });
});

after(() => stub.close());

function planOf(extra: string) {
  const text = `apiVersion: rayservice-ci.io/v1alpha1
kind: LoadProfile
seed: 7
target: { address: ${stub.url}, timeout: 1s }
${extra}`;
  const read = parseProfileText('runner.yaml', text, () => ({ problem: 'no files' }));
  assert.ok(read.ok, read.ok ? '' : JSON.stringify(read.problems));
  const planned = planLoad(read.profile, { seed: 7 });
  assert.ok(planned.ok, planned.ok ? '' : JSON.stringify(planned.problems));
  return planned.runnable;
}

/** Runs the plan on a ManualClock moved `stepMs` at a time, real I/O getting a few ms between steps; bounded. */
async function runManually(extra: string, stepMs: number): Promise<{ run: RunOutput; wallMs: number }> {
  const manual = new ManualClock();
  manualClock = manual;
  const wallStart = performance.now();
  let output: RunOutput | undefined;
  const running = runPlan(planOf(extra), {
    clock: abortableClock(manual),
    signal: new AbortController().signal,
  }).then((r) => (output = r));
  for (let i = 0; i < 2000 && !output; i++) {
    manual.advance(stepMs);
    await sleep(2);
  }
  await Promise.race([running, sleep(1000)]);
  assert.ok(output, 'the run ended within 2000 steps of the manual clock');
  return { run: output, wallMs: performance.now() - wallStart };
}

test('closed loop on a ManualClock: a poisson(2s, 500ms) think time before each request, no request at or past the end', async () => {
  const { run } = await runManually(
    'think-time: poisson(2s, 500ms)\nrequests: [/]\nload: { closed: { users: 2, hold-for: 9s } }\n',
    50,
  );
  const summary = run.metrics.summary((run.end - run.start) / 1000);
  // Each user waits about 2 s (500 ms + a Poisson draw of mean 1500 ms, spread √1500 ≈ 39 ms) before each request:
  // at ≈2, 4, 6 and 8 s; the fifth would come at ≈10 s, past the 9 s end.
  assert.equal(summary.sent, 8);
  assert.equal(summary.requests, 8);
  assert.equal(summary.errors, 0);
  assert.equal(run.stop.reason, 'completed');
  const started = run.metrics
    .windowSamples()
    .filter((s) => s.metric === 'load_requests_started_per_s' && s.value > 0)
    .map((s) => Math.round((s.time - run.start) / 1000));
  // Windows end on whole seconds of the run: the starts fall in the windows ending at 2 or 3, 4 or 5, …
  assert.ok(started.length >= 4 && started.every((t) => t >= 2 && t <= 9), `starts in windows ${started}`);
});

test('no headers within the timeout, measured on the run clock: a timeout after 1 s of it, in milliseconds of wall time', async () => {
  const { run, wallMs } = await runManually(
    'requests: [/silent]\nload: { closed: { users: 1, hold-for: 2s, iterations: 1 } }\ngrace: 5s\n',
    250,
  );
  const summary = run.metrics.summary(1);
  assert.equal(summary.errors_by_kind.timeout, 1);
  assert.match(run.metrics.errorSampleList()[0]!.message, /no response headers within 1 s/);
  assert.ok(wallMs < 5000, `wall time ${wallMs} ms`);
});

test('an answer that goes quiet times out after 1 s of the run clock without a byte; one that keeps talking does not', async () => {
  const stalled = await runManually(
    'requests: [/stalls]\nload: { closed: { users: 1, hold-for: 2s, iterations: 1 } }\ngrace: 5s\n',
    250,
  );
  const s = stalled.run.metrics.summary(1);
  assert.equal(s.errors_by_kind.timeout, 1);
  assert.match(stalled.run.metrics.errorSampleList()[0]!.message, /no data for 1 s while reading the answer/);
  // The same request to a server that answers at once: done before any timeout could fire.
  const fine = await runManually('requests: [/]\nload: { closed: { users: 1, hold-for: 2s, iterations: 1 } }\n', 250);
  const f = fine.run.metrics.summary(1);
  assert.equal(f.requests, 1);
  assert.equal(f.errors, 0);
});

test('goodput: completed requests meeting every objective per second; without objectives no goodput figure at all', async () => {
  const load = 'requests: [/, /slow]\nload: { closed: { users: 1, hold-for: 5s, iterations: 2 } }\n';
  const { run } = await runManually(`slo: { e2e: 200ms }\n${load}`, 50);
  const summary = run.metrics.summary((run.end - run.start) / 1000);
  assert.equal(summary.requests, 4);
  // "/" answers at once (0 ms on the manual clock); "/slow" after 400 ms of it.
  assert.ok(summary.e2e_ms.max! > 200, `e2e max ${summary.e2e_ms.max}`);
  assert.equal(summary.good_requests, 2);
  assert.equal(summary.slo_attainment, 0.5);
  assert.equal(summary.goodput_rps, Math.round((2 / summary.duration_s) * 1000) / 1000);
  const windows = run.metrics.windowSamples().filter((s) => s.metric === 'load_goodput_per_s');
  // A goodput sample in every window (a rate: the last, partial window is scaled to its length).
  assert.ok(windows.length >= 1 && windows.some((w) => w.value > 0), JSON.stringify(windows));
  const none = await runManually(load, 50);
  const plain = none.run.metrics.summary(1);
  assert.equal(plain.goodput_rps, undefined);
  assert.equal(none.run.metrics.windowSamples().filter((s) => s.metric === 'load_goodput_per_s').length, 0);
});

test('"for" criteria on a ManualClock: one that holds for its timeframe stops the run and fails it; one that never holds passes', async () => {
  const load = 'requests: [/slow]\nload: { closed: { users: 1, hold-for: 20s } }\n';
  // Every answer takes 400 ms of the run clock: avg-rt is about 400 ms in every second.
  const fired = await runManually(`criteria: ["avg-rt>300ms for 3s, stop as failed"]\n${load}`, 50);
  assert.equal(fired.run.stop.reason, 'criteria');
  assert.ok(fired.run.end - fired.run.start < 8000, `stopped after ${fired.run.end - fired.run.start} ms`);
  const result = [...fired.run.timeframes.values()][0]!;
  assert.equal(result.outcome, 'fail');
  assert.match(result.message, /held in every second for 3 s/);
  const quiet = await runManually(`criteria: ["avg-rt>1s for 3s, stop as failed"]\n${load.replace('20s', '4s')}`, 50);
  assert.equal(quiet.run.stop.reason, 'completed');
  assert.equal([...quiet.run.timeframes.values()][0]!.outcome, 'pass');
});
