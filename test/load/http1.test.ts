// Our HTTP/1.1 client against raw TCP servers on 127.0.0.1 that write exact bytes: a chunked answer split at every
// byte, content-length, a 100 Continue before the answer, connection: close, keep-alive reuse, and what it refuses —
// a header value with CR/LF (before anything is sent), a head over 64 KiB, a bad chunk size.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { Http1Pool, type Controller, type ResponseHandler } from '../../src/load/http1.ts';

const servers: Server[] = [];
after(() => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve)))));

/** A TCP server that answers each request (read up to its blank line) with `respond`; resolves with its origin. */
async function rawServer(
  respond: (socket: Socket, index: number) => void,
): Promise<{ origin: string; connections: () => number }> {
  let connections = 0;
  let index = 0;
  const server = createServer((socket) => {
    connections++;
    let seen = '';
    socket.on('data', (d) => {
      seen += d.toString('latin1');
      while (seen.includes('\r\n\r\n')) {
        seen = seen.slice(seen.indexOf('\r\n\r\n') + 4);
        respond(socket, index++);
      }
    });
    socket.on('error', () => undefined);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, connections: () => connections };
}

interface Heard {
  status?: number;
  headers?: Record<string, string | string[] | undefined>;
  body: string;
  error?: Error & { code?: string };
}

function send(pool: Http1Pool, path = '/', headers: string[] = []): Promise<Heard> {
  return new Promise((resolve) => {
    const heard: Heard = { body: '' };
    const handler: ResponseHandler = {
      onRequestStart: (_c: Controller) => undefined,
      onResponseStart: (_c, status, h) => {
        heard.status = status;
        heard.headers = h;
      },
      onResponseData: (_c, chunk) => void (heard.body += chunk.toString('utf8')),
      onResponseEnd: () => resolve(heard),
      onResponseError: (_c, error) => resolve({ ...heard, error }),
    };
    pool.dispatch({ method: 'GET', path, headers, body: null, reset: false }, handler);
  });
}

test('a chunked answer written one byte at a time, after a 100 Continue, reads whole; the connection is kept', async () => {
  const answer =
    'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n' +
    '5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nx-trailer: t\r\n\r\n';
  const server = await rawServer((socket) => {
    let i = 0;
    const next = () => {
      if (i < answer.length) socket.write(answer[i++]!, () => setImmediate(next));
    };
    next();
  });
  const pool = new Http1Pool(server.origin, 1);
  try {
    const first = await send(pool);
    assert.equal(first.error, undefined);
    assert.equal(first.status, 200);
    assert.equal(first.headers!['content-type'], 'text/event-stream');
    assert.equal(first.body, 'hello, world');
    const second = await send(pool);
    assert.equal(second.body, 'hello, world');
    assert.equal(server.connections(), 1, 'one kept-alive connection for both');
  } finally {
    await pool.destroy();
  }
});

test('content-length bodies and connection: close: the next request opens a new connection', async () => {
  const server = await rawServer((socket, n) =>
    socket.write(`HTTP/1.1 200 OK\r\nContent-Length: 2\r\n${n === 0 ? 'Connection: close\r\n' : ''}\r\nok`),
  );
  const pool = new Http1Pool(server.origin, 1);
  try {
    assert.equal((await send(pool)).body, 'ok');
    assert.equal((await send(pool)).body, 'ok');
    assert.equal(server.connections(), 2);
  } finally {
    await pool.destroy();
  }
});

test('refused: a header value with CR/LF is never sent; a head over 64 KiB and a bad chunk size end as errors', async () => {
  let requests = 0;
  const server = await rawServer((socket, n) => {
    requests++;
    if (n === 0) socket.write(`HTTP/1.1 200 OK\r\nX-Big: ${'a'.repeat(70 * 1024)}\r\n\r\n`);
    else socket.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n');
  });
  const pool = new Http1Pool(server.origin, 1);
  try {
    const injected = await send(pool, '/', ['x-user', 'a\r\nx-evil: 1']);
    assert.equal(injected.error?.code, 'ERR_INVALID_HEADER');
    const big = await send(pool);
    assert.equal(big.error?.code, 'HPE_HEADER_OVERFLOW');
    const badChunk = await send(pool);
    assert.equal(badChunk.error?.code, 'HPE_INVALID_CHUNK_SIZE');
    assert.equal(requests, 2, 'the refused request never reached the server');
  } finally {
    await pool.destroy();
  }
});
