// Criteria: Taurus passfail lines and k6-style thresholds parsed and evaluated with three outcomes (no data is never
// a pass), and the command's exit codes — 0 ok, 1 error, 3 a criterion failed or could not be decided — with the
// results written in every case, Ctrl-C included; open-loop arrivals dropped at the in-flight cap.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCommand } from '../../src/cli/load-command.ts';
import { evaluateCriterion, parseCriterion } from '../../src/load/index.ts';
import type { LoadSummary } from '../../src/load/index.ts';
import { recordingIo } from '../helpers/cli-io.ts';
import { sleep, stubServer, type Stub } from './helpers.ts';

let stub: Stub;
let dir: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rsci-load-criteria-'));
  stub = await stubServer(async (req, res) => {
    if (req.url === '/slow') await sleep(200);
    if (req.url === '/fail') {
      res.writeHead(500);
      return res.end('boom');
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
  });
});

after(async () => {
  await stub?.close();
});

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function taurus(url: string, criteria: string[], load = 'concurrency: 2\n  iterations: 5'): string {
  return `execution:\n- scenario: s\n  ${load}\nscenarios:\n  s:\n    default-address: ${stub.url}\n    requests:\n    - label: get\n      url: ${url}\nreporting:\n- module: passfail\n  criteria:\n${criteria.map((c) => `  - "${c}"`).join('\n')}\n`;
}

const stats = (count: number, value: number | null) => ({
  count,
  min: value,
  mean: value,
  p50: value,
  p90: value,
  p95: value,
  p99: value,
  max: value,
  stdev: value === null ? null : 0,
});

function summary(over: Partial<LoadSummary>): LoadSummary {
  return {
    requests: 10,
    errors: 0,
    sent: 10,
    cancelled: 0,
    errors_by_kind: {
      http: 0,
      connection: 0,
      timeout: 0,
      stream_error: 0,
      incomplete_stream: 0,
      no_tokens: 0,
      invalid_response: 0,
      invalid_request: 0,
    },
    status: { '200': 10 },
    rejected_429: 0,
    rejected_503: 0,
    timeouts: 0,
    incomplete_streams: 0,
    stream_errors: 0,
    finish_reasons: {},
    retries: 0,
    dropped_arrivals: 0,
    output_tokens: 0,
    prompt_tokens: 0,
    tokens_source: 'none',
    tokens_from_chunks: 0,
    duration_s: 10,
    request_throughput: 1,
    output_tokens_per_s: 0,
    max_users: 1,
    max_in_flight: 1,
    ttft_ms: stats(0, null),
    e2e_ms: stats(10, 1500),
    tpot_ms: stats(0, null),
    itl_ms: stats(0, null),
    ttfb_ms: stats(10, 100),
    ...over,
  };
}

function evaluate(syntax: 'taurus' | 'threshold', text: string, s: LoadSummary, metric?: string) {
  const parsed = parseCriterion({ syntax, text, metric, place: undefined });
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problem);
  return evaluateCriterion(parsed.criterion, s, {});
}

test('Taurus lines describe failure, thresholds success; times with units (Taurus bare numbers are seconds)', () => {
  const s = summary({});
  assert.equal(evaluate('taurus', 'p95>1s', s).outcome, 'fail');
  assert.equal(evaluate('taurus', 'p95>2', s).outcome, 'pass');
  assert.equal(evaluate('taurus', 'avg-rt>=1500ms, stop as failed', s).outcome, 'fail');
  assert.match(evaluate('taurus', 'avg-rt>=1500ms, stop as failed', s).message, /stop has no effect/);
  assert.equal(evaluate('taurus', 'p95>1s, continue as non-failed', s).failsRun, false);
  assert.equal(evaluate('taurus', 'fail>5%', summary({ requests: 9, errors: 1 })).outcome, 'fail');
  assert.equal(evaluate('taurus', 'rc5??>0', summary({ status: { '200': 9, '503': 1 } })).outcome, 'fail');
  assert.equal(evaluate('taurus', 'rc429>0', summary({ status: { '200': 9, '503': 1 } })).outcome, 'pass');
  assert.equal(evaluate('threshold', 'p(95)<2s', s, 'e2e_ms').outcome, 'pass');
  assert.equal(evaluate('threshold', 'p(95)<1000', s, 'e2e_ms').outcome, 'fail');
  assert.equal(evaluate('threshold', 'rate<0.01', summary({ requests: 99, errors: 1 }), 'errors').outcome, 'fail');
  assert.equal(evaluate('threshold', 'value>0.5', s, 'request_throughput').outcome, 'pass');
});

test('a criterion over a metric with no samples is inconclusive, never a pass', () => {
  const s = summary({});
  const ttft = evaluate('taurus', 'ttft-p95>2s', s);
  assert.equal(ttft.outcome, 'inconclusive');
  assert.equal(ttft.actual, null);
  assert.equal(evaluate('threshold', 'p(95)<2000', s, 'ttft_ms').outcome, 'inconclusive');
  const nothing = summary({ requests: 0, errors: 0, sent: 0, status: {}, e2e_ms: stats(0, null) });
  assert.equal(evaluate('taurus', 'fail>5%', nothing).outcome, 'inconclusive');
  assert.equal(evaluate('threshold', 'count<1', nothing, 'errors').outcome, 'inconclusive');
});

test('criteria we cannot evaluate are refused with what to write instead', () => {
  const refuse = (syntax: 'taurus' | 'threshold', text: string, metric?: string) => {
    const parsed = parseCriterion({ syntax, text, metric, place: undefined });
    assert.ok(!parsed.ok);
    return parsed.problem;
  };
  assert.match(refuse('taurus', 'avg-rt of chat>2s within 30s'), /"within …" works on the whole run's/);
  assert.match(refuse('taurus', 'avg-rt>2s over 0s'), /a duration above 0, as in "over 30s"/);
  assert.match(refuse('taurus', 'avg-rt of chat>2s for 30s'), /"for …" works on the whole run's/);
  assert.match(refuse('taurus', 'rc503>0 for 30s'), /"for …" works on the whole run's/);
  assert.ok(parseCriterion({ syntax: 'taurus', text: 'avg-rt>2s for 30s, stop as failed', place: undefined }).ok);
  assert.match(refuse('taurus', 'avg-ct>1s'), /connect time\) is not measured/);
  assert.match(refuse('taurus', 'nonsense'), /not a pass\/fail criterion/);
  assert.match(refuse('threshold', 'count>1', 'ttft_ms'), /is a trend/);
  assert.match(refuse('threshold', 'p(95)<2s', 'latency'), /not a metric thresholds can use/);
});

test('exit codes: 0 when criteria pass, 3 when one fails, 3 when one has no data, 1 for an unusable profile', async () => {
  const io = () => recordingIo(dir);
  const pass = io();
  assert.equal(
    await loadCommand([write('pass.yaml', taurus('/', ['p95>10s', 'fail>0%'])), '--out', 'pass.json'], pass),
    0,
    pass.err.join(''),
  );
  const results = JSON.parse(readFileSync(join(dir, 'pass.json'), 'utf8'));
  assert.equal(results.outcome, 'pass');
  assert.equal(results.summary.requests, 10);
  assert.match(pass.out.join(''), /PASS/);
  const failing = io();
  assert.equal(
    await loadCommand([write('fail.yaml', taurus('/fail', ['fail>50%'])), '--out', 'fail.json'], failing),
    3,
  );
  assert.equal(JSON.parse(readFileSync(join(dir, 'fail.json'), 'utf8')).outcome, 'fail');
  const noData = io();
  assert.equal(
    await loadCommand([write('nodata.yaml', taurus('/', ['ttft-p95>2s'])), '--out', 'nodata.json'], noData),
    3,
  );
  assert.match(noData.err.join(''), /criteria inconclusive/);
  const unsupported = io();
  assert.equal(
    await loadCommand(
      [write('bad.yaml', taurus('/', ['p95>1s']).replace('execution:', 'settings: {}\nexecution:'))],
      unsupported,
    ),
    1,
  );
  assert.match(
    unsupported.err.join(''),
    /bad\.yaml:1:1: settings: "settings" \(engine settings\) is a Taurus feature rayservice-ci does not support/,
  );
  const nothingCompleted = io();
  assert.equal(
    await loadCommand([write('errors.yaml', taurus('/fail', []).replace(/reporting:[\s\S]*$/, ''))], nothingCompleted),
    1,
  );
});

test('SIGINT stops issuing, requests in flight finish, the results are still written (exit 1: stopped early)', async () => {
  let stop!: (signal: string) => void;
  const io = recordingIo(dir, {}, new Promise<string>((resolve) => (stop = resolve)));
  const profile = write(
    'long.yaml',
    taurus('/slow', [], 'concurrency: 3\n  hold-for: 1h').replace(/reporting:[\s\S]*$/, ''),
  );
  const running = loadCommand([profile, '--out', 'stopped.json'], io);
  await sleep(700);
  stop('SIGINT');
  const code = await running;
  assert.equal(code, 1);
  const results = JSON.parse(readFileSync(join(dir, 'stopped.json'), 'utf8'));
  assert.equal(results.stop.reason, 'signal');
  assert.ok(results.summary.requests >= 3);
  assert.equal(results.summary.cancelled, 0);
  assert.equal(results.summary.requests + results.summary.errors, results.summary.sent);
  assert.match(io.err.join(''), /SIGINT: no new requests/);
});

test('a hard cap stops a runaway profile: max-requests', async () => {
  const io = recordingIo(dir);
  const profile = write(
    'runaway.yaml',
    taurus('/', [], 'concurrency: 2\n  hold-for: 1h').replace(/reporting:[\s\S]*$/, ''),
  );
  assert.equal(await loadCommand([profile, '--max-requests', '50', '--out', 'capped.json'], io), 1);
  const results = JSON.parse(readFileSync(join(dir, 'capped.json'), 'utf8'));
  assert.equal(results.stop.reason, 'max-requests');
  assert.equal(results.summary.sent, 50);
});

test('open loop: arrivals on schedule, dropped at max-in-flight and counted, latency from the intended start', async () => {
  const io = recordingIo(dir);
  const profile = write(
    'open.yaml',
    `apiVersion: rayservice-ci.io/v1alpha1\nkind: LoadProfile\nseed: 3\ntarget: { address: ${stub.url} }\nrequests: [/slow]\nload: { open: { rate: 20, duration: 1s, max-in-flight: 2 } }\nthresholds:\n  dropped_arrivals: ["count>0"]\n`,
  );
  assert.equal(await loadCommand([profile, '--out', 'open.json'], io), 0, io.err.join(''));
  const results = JSON.parse(readFileSync(join(dir, 'open.json'), 'utf8'));
  // 20 arrivals in 1 s, each request 200 ms, 2 at a time: about 10 sent, the rest dropped.
  assert.equal(results.summary.sent + results.summary.dropped_arrivals, 20);
  assert.ok(results.summary.dropped_arrivals >= 8, JSON.stringify(results.summary));
  assert.ok(results.summary.e2e_ms.min >= 195);
});
