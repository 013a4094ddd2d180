// undici loads only when a run may need it (https:, or asked for), and the undici path still carries a whole run:
// requests sent before it has loaded wait for it rather than fail.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfileText, planLoad, runPlan, WALL_CLOCK } from '../../src/load/index.ts';
import { mayNeedUndici, Transports } from '../../src/load/transport.ts';
import type { PreparedRequest } from '../../src/load/prepare.ts';
import type { ResponseHandler } from '../../src/load/http1.ts';
import { stubServer, type Stub } from './helpers.ts';

let stub: Stub;
before(async () => {
  stub = await stubServer((req, res) => res.end(`answer to ${req.url}`));
});
after(() => stub.close());

function runnable(address: string, url = '/', extra = '') {
  const text = `apiVersion: rayservice-ci.io/v1alpha1
kind: LoadProfile
seed: 1
target: { address: ${address} }
requests: [${url}]
load: { closed: { users: 2, iterations: 3 } }
${extra}`;
  const read = parseProfileText('t.yaml', text, () => ({ problem: 'no files' }));
  assert.ok(read.ok, read.ok ? '' : JSON.stringify(read.problems));
  const planned = planLoad(read.profile, { seed: 1 });
  assert.ok(planned.ok, planned.ok ? '' : JSON.stringify(planned.problems));
  return planned.runnable;
}

test('undici is needed for an https: address or URL, or when asked; a plain http: run does without it', () => {
  assert.equal(mayNeedUndici(runnable('http://127.0.0.1:1').executions, undefined), false);
  assert.equal(mayNeedUndici(runnable('http://127.0.0.1:1').executions, 'http1'), false);
  assert.equal(mayNeedUndici(runnable('http://127.0.0.1:1').executions, 'undici'), true);
  assert.equal(mayNeedUndici(runnable('https://llm.example.com').executions, undefined), true);
  assert.equal(
    mayNeedUndici(runnable('http://127.0.0.1:1', 'HTTPS://other.example.com/v1/models').executions, undefined),
    true,
  );
});

test('a request sent on the undici path before undici has loaded is answered once it has', async () => {
  const transports = new Transports(1, 1000, 'undici');
  const request: PreparedRequest = {
    label: 'first',
    method: 'GET',
    origin: stub.url,
    path: '/first',
    headers: [],
    body: null,
    llm: undefined,
    stream: false,
    timeoutMs: 1000,
    closeConnection: false,
    constant: true,
  };
  try {
    // Sent in the same tick the sender is made: nothing in this process has loaded undici yet.
    const body = await new Promise<string>((resolve, reject) => {
      let text = '';
      const handler: ResponseHandler = {
        onRequestStart: () => undefined,
        onResponseStart: () => undefined,
        onResponseData: (_c, chunk) => void (text += chunk.toString('utf8')),
        onResponseEnd: () => resolve(text),
        onResponseError: (_c, error) => reject(error),
      };
      transports.get(stub.url).send(request, handler);
    });
    assert.equal(body, 'answer to /first');
  } finally {
    await transports.close();
  }
});

test("a run on undici's client completes every request, as on ours", async () => {
  for (const client of ['undici', 'http1'] as const) {
    const run = await runPlan(runnable(stub.url, '/x'), {
      clock: WALL_CLOCK,
      signal: new AbortController().signal,
      client,
    });
    assert.equal(run.metrics.requests, 6, client);
    assert.equal(run.metrics.errors, 0, client);
  }
});
