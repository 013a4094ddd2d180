// Retry policy: which failures are worth another try soon, how long to wait, and what a thrown error stands for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_BACKOFF,
  describeFailure,
  failureOf,
  isTransient,
  parseRetryAfter,
  retryDelay,
} from '../../src/observe/retry.ts';

test('backoff doubles from 250 ms to 5 s for transient failures; Retry-After is honoured up to 30 s', () => {
  const busy = { kind: 'http', status: 503 } as const;
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6, 50].map((n) => retryDelay(n, busy)),
    [250, 500, 1000, 2000, 4000, 5000, 5000],
  );
  assert.equal(retryDelay(1, { kind: 'http', status: 429, retryAfterMs: 1000 }), 1000);
  assert.equal(retryDelay(1, { kind: 'http', status: 429, retryAfterMs: 3_600_000 }), DEFAULT_BACKOFF.maxRetryAfterMs);
  assert.equal(retryDelay(1, { kind: 'network', code: 'ECONNRESET' }), 250);
  assert.equal(retryDelay(1, { kind: 'timeout' }), 250);
});

test('a failure that is not transient waits the longest backoff at once', () => {
  for (const failure of [
    { kind: 'http', status: 403 },
    { kind: 'http', status: 404 },
    { kind: 'invalid', detail: 'not JSON' },
  ] as const) {
    assert.equal(isTransient(failure), false);
    assert.equal(retryDelay(1, failure), DEFAULT_BACKOFF.maxMs);
  }
  for (const status of [408, 429, 500, 502, 503, 504])
    assert.equal(isTransient({ kind: 'http', status }), true, String(status));
});

test('Retry-After as seconds or an HTTP date; anything else is ignored', () => {
  const now = Date.UTC(2026, 0, 1);
  assert.equal(parseRetryAfter('2', now), 2000);
  assert.equal(parseRetryAfter(new Date(now + 5000).toUTCString(), now), 5000);
  assert.equal(parseRetryAfter(new Date(now - 5000).toUTCString(), now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

test('failureOf reads fetch, client-node and Watch errors', () => {
  const now = 0;
  assert.deepEqual(
    failureOf(
      Object.assign(new TypeError('fetch failed'), {
        cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      }),
      now,
    ),
    { kind: 'network', code: 'ECONNRESET' },
  );
  assert.deepEqual(
    failureOf(
      Object.assign(new TypeError('terminated'), {
        cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
      }),
      now,
    ),
    { kind: 'network', code: 'UND_ERR_SOCKET' },
  );
  assert.deepEqual(failureOf(new DOMException('timed out', 'TimeoutError'), now), { kind: 'timeout' });
  // client-node's ApiException: a numeric code and the response headers.
  assert.deepEqual(
    failureOf(Object.assign(new Error('HTTP-Code: 429'), { code: 429, headers: { 'retry-after': '1' } }), now),
    { kind: 'http', status: 429, retryAfterMs: 1000 },
  );
  // client-node's Watch: statusCode on a plain Error.
  assert.deepEqual(failureOf(Object.assign(new Error('Gone'), { statusCode: 410 }), now), {
    kind: 'http',
    status: 410,
    retryAfterMs: undefined,
  });
  assert.equal(failureOf('weird', now).kind, 'network');
  assert.equal(describeFailure({ kind: 'http', status: 503, detail: 'busy' }), 'HTTP 503 (busy)');
  assert.equal(describeFailure({ kind: 'network', code: 'ECONNREFUSED' }), 'connection failed (ECONNREFUSED)');
});
