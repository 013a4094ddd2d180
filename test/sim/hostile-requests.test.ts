// Requests that used to kill or hang the sim (issue 7): each is answered with the Status kube-apiserver would give
// (400 for a URL that does not parse or decode, 500 plus one log line for a handler's own failure), and the sim
// answers the next request.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rawRequest, simSession, type SimSession } from '../helpers/sim.ts';
import { createProxyHandler } from '../../src/sim/serve/openai.ts';
import type { ServeController } from '../../src/sim/serve/serve-controller.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { seededRandom } from '../../src/sim/random.ts';

let session: SimSession;
const logged: string[] = [];

before(async () => {
  session = await simSession({ log: (line) => logged.push(line) });
});
after(async () => session?.stop());

/** The sim answers a plain request after whatever the test did. */
async function stillAnswers(): Promise<void> {
  const version = await rawRequest(session.sim, { path: '/version' });
  assert.equal(version.status, 200, 'the sim answers afterwards');
}

function assertStatus(
  answer: { status: unknown; json: Record<string, unknown> | undefined; text: string },
  code: number,
  reason: string,
): void {
  assert.equal(answer.status, code, answer.text);
  assert.equal(answer.json?.['kind'], 'Status', answer.text);
  assert.equal(answer.json?.['apiVersion'], 'v1');
  assert.equal(answer.json?.['status'], 'Failure');
  assert.equal(answer.json?.['code'], code);
  assert.equal(answer.json?.['reason'], reason);
  assert.equal(typeof answer.json?.['message'], 'string');
}

// Tests that replace the pod network's lookups put them back.
const network = () => session.sim.network;
let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** Makes service `svc` in default resolve to a pod port served by `handler`, through the API server's proxy. */
function serveBehindProxy(handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>): string {
  const net = network();
  const { resolveService, handler: lookup } = net;
  net.resolveService = (namespace, name, port) =>
    namespace === 'default' && name === 'svc'
      ? { pod: { metadata: { name: 'pod-0' } } as never, port: 8000 }
      : resolveService.call(net, namespace, name, port);
  net.handler = (namespace, pod, port) =>
    namespace === 'default' && pod === 'pod-0' ? handler : lookup.call(net, namespace, pod, port);
  restore = () => {
    net.resolveService = resolveService;
    net.handler = lookup;
  };
  return '/api/v1/namespaces/default/services/svc:8000/proxy';
}

test('a path that is not a URL (//[) is a 400 BadRequest Status, not the end of the process', async () => {
  assertStatus(await rawRequest(session.sim, { path: '//[' }), 400, 'BadRequest');
  await stillAnswers();
});

test('the same path as a WebSocket upgrade is a 400 Status too; an upgrade nothing serves is a 404 Status', async () => {
  const upgrade = {
    Connection: 'Upgrade',
    Upgrade: 'websocket',
    'Sec-WebSocket-Version': '13',
    'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
  };
  assertStatus(await rawRequest(session.sim, { path: '//[', headers: upgrade }), 400, 'BadRequest');
  assertStatus(
    await rawRequest(session.sim, { path: '/api/v1/namespaces/default/configmaps', headers: upgrade }),
    404,
    'NotFound',
  );
  await stillAnswers();
});

test('a malformed percent escape in the API part of a path is a 400 BadRequest Status', async () => {
  for (const path of [
    '/api/v1/namespaces/%E0/configmaps',
    '/api/v1/namespaces/default/configmaps/%zz',
    '/apis/ray.io/v1/namespaces/default/rayservices/%E0%A4',
  ]) {
    assertStatus(await rawRequest(session.sim, { path }), 400, 'BadRequest');
  }
  await stillAnswers();
});

test("%E0 in a proxied path is passed on as written: 503 with no endpoints, and the pod's answer with one", async () => {
  assertStatus(
    await rawRequest(session.sim, { path: '/api/v1/namespaces/default/services/nothing:80/proxy/%E0' }),
    503,
    'ServiceUnavailable',
  );
  let seen = '';
  const proxy = serveBehindProxy((req, res) => {
    seen = req.url ?? '';
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not here');
  });
  const answer = await rawRequest(session.sim, { path: `${proxy}/v1/models/%E0?x=1` });
  assert.equal(answer.status, 404);
  assert.equal(seen, '/v1/models/%E0?x=1');
  await stillAnswers();
});

test('the OpenAI endpoint answers a model id that does not decode with its 404, not a URIError', async () => {
  const serve = { apps: new Map(), httpRequests: new Map() } as unknown as ServeController;
  const handler = createProxyHandler({ serve: () => serve, clock: new ManualClock(), random: seededRandom(1) });
  const proxy = serveBehindProxy(handler);
  const answer = await rawRequest(session.sim, { path: `${proxy}/v1/models/%E0` });
  assert.equal(answer.status, 404, answer.text);
  assert.match(String(answer.json?.['message']), /Could not find model with id "%E0"/);
  await stillAnswers();
});

test('a pod handler that throws, rejects, returns without answering or fails mid-answer: 500 Status or a cut connection, one log line each', async () => {
  const cases: {
    name: string;
    handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
    expect: 500 | 'reset';
  }[] = [
    {
      name: 'throws',
      handler: () => {
        throw new TypeError('boom in a handler');
      },
      expect: 500,
    },
    {
      name: 'rejects',
      handler: async () => {
        await Promise.resolve();
        throw new RangeError('async boom');
      },
      expect: 500,
    },
    { name: 'never answers', handler: () => {}, expect: 500 },
    {
      name: 'fails mid-answer',
      handler: (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('partial');
        throw new Error('mid-stream boom');
      },
      expect: 'reset',
    },
  ];
  for (const { name, handler, expect } of cases) {
    const before = logged.length;
    const proxy = serveBehindProxy(handler);
    const answer = await rawRequest(session.sim, { path: `${proxy}/anything` });
    restore?.();
    restore = undefined;
    if (expect === 500) {
      assertStatus(answer, 500, 'InternalError');
      assert.match(String(answer.json?.['message']), /^Internal error occurred: /, name);
    } else {
      assert.equal(answer.status, 'reset', `${name}: ${answer.text}`);
    }
    const lines = logged.slice(before);
    assert.equal(lines.length, 1, `${name}: ${lines.join('\n')}`);
    assert.match(
      lines[0]!,
      /^rayservice-ci sim: internal error in the API server answering GET \/api\/v1\/namespaces\/default\/services\/svc:8000\/proxy\/anything: /,
    );
    assert.ok(!lines[0]!.includes('\n'), 'one line');
    await stillAnswers();
  }
});

test('a body nested deeper than the sim can walk is a 400 BadRequest Status, not a stack overflow', async () => {
  const depth = 200_000;
  const body = `{"metadata":{"name":"deep"},"data":${'['.repeat(depth)}${']'.repeat(depth)}}`;
  const answer = await rawRequest(session.sim, {
    path: '/api/v1/namespaces/default/configmaps',
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
  });
  assertStatus(answer, 400, 'BadRequest');
  assert.match(String(answer.json?.['message']), /nests deeper than 100 levels/);
  await stillAnswers();
});

test('/metrics is served inside the boundary too', async () => {
  const metrics = await rawRequest(session.sim, { path: '/metrics' });
  assert.equal(metrics.status, 200);
  await stillAnswers();
});
