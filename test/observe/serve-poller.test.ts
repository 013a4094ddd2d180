// The serve source on its own: one poll's outcomes (an answer, Retry-After, not JSON, an address that never comes),
// and the loop on a stepped clock — on the 1 s grid while the dashboard answers, backing off and marking a gap
// while it does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pollServe, runServePoller } from '../../src/observe/serve-poller.ts';
import { SourceHealth } from '../../src/observe/source-health.ts';
import { TimelineRecorder } from '../../src/observe/timeline-recorder.ts';
import { WALL_CLOCK, type Gap } from '../../src/observe/index.ts';
import { ManualClock } from '../../src/sim/index.ts';

const SERVE = JSON.stringify({
  applications: {
    a: { name: 'a', deployments: { d: { name: 'd', target_num_replicas: 1, replicas: [{ state: 'RUNNING' }] } } },
  },
});

async function dashboard(
  answer: (n: number) => { status: number; body: string; headers?: Record<string, string> },
): Promise<{ url: string; server: Server; asked: () => number }> {
  let n = 0;
  const server = createServer((_req, res) => {
    const a = answer(++n);
    res.writeHead(a.status, { 'Content-Type': 'application/json', ...a.headers });
    res.end(a.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, asked: () => n };
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

test('one poll: the deployments, Retry-After on a 503, a body that is not JSON, an address that never comes', async () => {
  const answers = [
    { status: 200, body: SERVE },
    { status: 503, body: 'Failed to get a response from the controller.', headers: { 'Retry-After': '2' } },
    { status: 200, body: '<html>' },
  ];
  const { url, server } = await dashboard((n) => answers[n - 1]!);
  const options = {
    dashboardUrl: async () => url,
    fetch,
    requestTimeoutMs: 2000,
    signal: new AbortController().signal,
    clock: WALL_CLOCK,
  };
  try {
    const ok = await pollServe(options);
    assert.ok(ok.ok && ok.deployments[0]!.states['RUNNING'] === 1);
    assert.deepEqual(await pollServe(options), {
      ok: false,
      failure: { kind: 'http', status: 503, retryAfterMs: 2000 },
    });
    assert.deepEqual(await pollServe(options), { ok: false, failure: { kind: 'invalid', detail: 'not JSON' } });
    const started = Date.now();
    assert.deepEqual(
      await pollServe({ ...options, requestTimeoutMs: 200, dashboardUrl: () => new Promise<string>(() => {}) }),
      { ok: false, failure: { kind: 'timeout' } },
    );
    assert.ok(Date.now() - started < 2000);
  } finally {
    await close(server);
  }
});

test('the loop: samples on the grid, backoff while failing, and the failing span a gap', async () => {
  // Polls 3 and 4 fail; the rest answer.
  const { url, server, asked } = await dashboard((n) =>
    n === 3 || n === 4 ? { status: 500, body: '{}' } : { status: 200, body: SERVE },
  );
  const clock = new ManualClock();
  const start = clock.now();
  const recorder = new TimelineRecorder();
  const gaps: Gap[] = [];
  const health = new SourceHealth({ source: 'serve', startAt: start, minGapMs: 0, record: (g) => gaps.push(g) });
  const stop = new AbortController();
  const loop = runServePoller({
    clock,
    start,
    intervalMs: 1000,
    requestTimeoutMs: 2000,
    dashboardUrl: async () => url,
    fetch,
    recorder,
    health,
    signal: stop.signal,
    maxPolls: 100,
  });
  try {
    for (let tick = 0; tick < 60; tick++) {
      // Enough turns for a loopback request to be answered before time moves on.
      for (let turn = 0; turn < 100; turn++) await new Promise((resolve) => setImmediate(resolve));
      clock.advance(100);
    }
  } finally {
    stop.abort();
    await loop;
    await close(server);
  }
  const times = recorder
    .timeline({ namespace: 'ns', start, end: clock.now(), sources: [] })
    .samples.filter((s) => s.metric === 'serve_target_replicas')
    .map((s) => s.time - start);
  // Polls at 0 and 1 s answer (the first one's new connection may take a tick); 2 s fails, the retry 250 ms later
  // fails, the next 500 ms after that answers (2.75 s, seen at the tick); then back on the grid.
  assert.ok(times[0]! <= 100, `first poll answered at ${times[0]}`);
  assert.deepEqual(times.slice(1), [1000, 2800, 3000, 4000, 5000]);
  assert.ok(asked() >= 8, `${asked()} polls`);
  assert.deepEqual(
    gaps.map((g) => ({ ...g, from: g.from - start, to: g.to - start })),
    [{ source: 'serve', from: 2000, to: 2800, reason: 'dashboard /api/serve/applications/: HTTP 500 (2 failures)' }],
  );
});
