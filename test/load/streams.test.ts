// LLM streams from a local stub with known behaviour, through the real client: timing, tokens from usage or counted
// chunks, and the failures that must not look like successes — no [DONE], an error inside a 200 stream, 429 and 503
// apart, a body split at awkward places, a stream past its deadline. No retries unless asked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad, WALL_CLOCK, type LoadResults } from '../../src/load/index.ts';
import { chunk, sleep, stubServer, usageChunk, type Stub } from './helpers.ts';

let stub: Stub;
let dir: string;
const seen: string[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rsci-load-streams-'));
  stub = await stubServer(async (_req, res, body) => {
    const request = JSON.parse(body || '{}');
    const behaviour: string = request.messages?.[0]?.content ?? 'ok';
    seen.push(`${behaviour}:${request.stream}:${request.stream_options?.include_usage}`);
    if (behaviour === '429' || behaviour === '503') {
      res.writeHead(Number(behaviour), { 'content-type': 'application/json', 'retry-after': '1' });
      return res.end(
        JSON.stringify({ error: { message: `rejected with ${behaviour}`, type: 'x', code: Number(behaviour) } }),
      );
    }
    if (behaviour === 'plain') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(
        JSON.stringify({
          choices: [{ message: { content: 'hi' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 1, completion_tokens: 9 },
        }),
      );
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.flushHeaders();
    if (behaviour === 'slow') {
      for (let i = 0; i < 100 && !res.destroyed; i++) {
        res.write(chunk('x'));
        await sleep(50);
      }
      return res.end();
    }
    await sleep(60);
    const parts = [chunk('Hello'), chunk(' there'), chunk(' moon'), chunk(' and'), chunk(' stars', 'stop')];
    for (const [i, part] of parts.entries()) {
      if (behaviour === 'split') {
        // Split inside the data line, between CR and LF style, one byte at a time around the blank line.
        const bytes = Buffer.from(part);
        res.write(bytes.subarray(0, 7));
        res.write(bytes.subarray(7, bytes.length - 1));
        res.write(bytes.subarray(bytes.length - 1));
      } else res.write(part);
      if (behaviour === 'error' && i === 1) {
        res.write(
          `data: ${JSON.stringify({ error: { message: 'The engine died', type: 'InternalServerError', code: 500 } })}\n\n`,
        );
        return res.end('data: [DONE]\n\n');
      }
      if (i < parts.length - 1) await sleep(20);
    }
    if (behaviour === 'nodone') return res.end();
    if (behaviour !== 'nousage') res.write(usageChunk(5));
    res.end('data: [DONE]\n\n');
  });
});

after(async () => {
  await stub?.close();
});

function profile(name: string, behaviours: string[], extra = ''): string {
  const path = join(dir, `${name}.yaml`);
  const requests = behaviours
    .map(
      (b) =>
        `- label: ${b}\n  method: POST\n  url: /v1/chat/completions\n  body: { model: m, messages: [{ role: user, content: "${b}" }]${b === 'plain' ? ', stream: false' : ''} }`,
    )
    .join('\n');
  writeFileSync(
    path,
    `apiVersion: rayservice-ci.io/v1alpha1\nkind: LoadProfile\nseed: 1\ntarget: { address: ${stub.url}, timeout: 2s }\nrequests:\n${requests}\nload: { closed: { users: 1, iterations: 1 } }\n${extra}`,
  );
  return path;
}

async function run(path: string, extra: Partial<Parameters<typeof runLoad>[1]> = {}): Promise<LoadResults> {
  const notes: string[] = [];
  const run = await runLoad(
    { cwd: dir, env: {}, clock: WALL_CLOCK, signal: new AbortController().signal, note: (l) => notes.push(l) },
    { profile: path, ...extra },
  );
  assert.ok(run.ok && !run.dryRun, JSON.stringify(run));
  return run.results;
}

test("a good stream: stream and include_usage added, TTFT and TPOT from the stub's timing, tokens from usage", async () => {
  seen.length = 0;
  const results = await run(profile('good', ['ok', 'split', 'nousage', 'plain']));
  assert.deepEqual(seen, ['ok:true:true', 'split:true:true', 'nousage:true:true', 'plain:false:undefined']);
  const { summary, labels } = results;
  assert.equal(summary.requests, 4, JSON.stringify(results.error_samples));
  assert.equal(summary.errors, 0);
  for (const label of ['ok', 'split', 'nousage']) {
    const l = labels[label]!;
    assert.ok(l.ttft_ms.p50! >= 55 && l.ttft_ms.p50! < 250, `${label} ttft ${l.ttft_ms.p50}`);
    assert.ok(l.tpot_ms.p50! >= 18 && l.tpot_ms.p50! < 45, `${label} tpot ${l.tpot_ms.p50}`);
    assert.equal(l.output_tokens, 5);
  }
  // Without the usage chunk the count is the chunks', flagged.
  assert.equal(summary.tokens_source, 'mixed');
  assert.equal(summary.tokens_from_chunks, 1);
  assert.equal(summary.itl_ms.count, 12);
  assert.equal(summary.finish_reasons['stop'], 4);
  // stream: false is honoured: E2E only, no TTFT.
  assert.equal(labels['plain']!.ttft_ms.count, 0);
  assert.equal(labels['plain']!.output_tokens, 9);
});

test('failures inside a 200 and rejections are errors of their kind, 429 and 503 apart, without retries', async () => {
  seen.length = 0;
  const results = await run(profile('bad', ['nodone', 'error', '429', '503']));
  const { summary } = results;
  assert.equal(seen.length, 4, 'no retries');
  assert.equal(summary.requests, 0);
  assert.equal(summary.errors, 4);
  assert.equal(summary.incomplete_streams, 1);
  assert.equal(summary.stream_errors, 1);
  assert.equal(summary.rejected_429, 1);
  assert.equal(summary.rejected_503, 1);
  assert.equal(summary.errors_by_kind.http, 2);
  assert.equal(summary.status['200'], 2);
  assert.ok(results.error_samples.some((e) => e.message === 'The engine died'));
  assert.ok(results.error_samples.some((e) => e.message === 'HTTP 429: rejected with 429'));
  // No request completed, so the run is not a success.
  assert.equal(summary.ttft_ms.count, 0);
  assert.equal(summary.ttft_ms.p50, null);
});

test('retries when asked: 429 retried after Retry-After, latency from the first attempt', async () => {
  seen.length = 0;
  const results = await run(profile('retry', ['429'], 'retry: { max: 1 }\n'));
  assert.equal(seen.length, 2);
  assert.equal(results.summary.retries, 1);
  assert.equal(results.summary.errors, 1);
});

test('a stream past its total deadline is a timeout, and the run still ends', async () => {
  const results = await run(profile('slow', ['slow'], 'total-timeout: 300ms\n'));
  assert.equal(results.summary.timeouts, 1, JSON.stringify(results.error_samples));
  assert.match(results.error_samples[0]!.message, /total deadline/);
});
