// Reading Prometheus range answers: labels kept per GPU, NaN and Inf left out, errors as problems; and a query
// against a server that refuses it says Prometheus's own reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gpuLabels, matrixSamples, queryRange } from '../../src/observe/prometheus-source.ts';
import { WALL_CLOCK } from '../../src/observe/index.ts';

test('a matrix becomes samples per GPU; NaN and ±Inf are not measurements', () => {
  const body = {
    status: 'success',
    data: {
      resultType: 'matrix',
      result: [
        {
          metric: { __name__: 'DCGM_FI_DEV_GPU_UTIL', gpu: '0', pod: 'w-1', UUID: 'GPU-1', namespace: 'ns' },
          values: [
            [1767225600, '87'],
            [1767225601, 'NaN'],
            [1767225602.5, '+Inf'],
            [1767225603, '12.5'],
          ],
        },
        { metric: { exported_pod: 'w-2', GpuIndex: '1' }, values: [[1767225600, '0']] },
      ],
    },
  };
  const read = matrixSamples(body, 'gpu_utilization_percent');
  assert.ok(read.ok);
  assert.deepEqual(read.samples, [
    { time: 1767225600000, metric: 'gpu_utilization_percent', labels: { pod: 'w-1', gpu: '0' }, value: 87 },
    { time: 1767225603000, metric: 'gpu_utilization_percent', labels: { pod: 'w-1', gpu: '0' }, value: 12.5 },
    { time: 1767225600000, metric: 'gpu_utilization_percent', labels: { pod: 'w-2', gpu: '1' }, value: 0 },
  ]);
  assert.deepEqual(
    gpuLabels({ __name__: 'x', instance: 'a:1', job: 'j' }),
    { instance: 'a:1', job: 'j' },
    'no pod or gpu: every label but the name',
  );
  assert.deepEqual(matrixSamples({ status: 'error', errorType: 'bad_data', error: 'parse error' }, 'm'), {
    ok: false,
    problem: 'parse error',
  });
  assert.deepEqual(matrixSamples({ status: 'success', data: { resultType: 'vector', result: [] } }, 'm'), {
    ok: false,
    problem: 'the result is not a matrix',
  });
});

test('a query Prometheus rejects is an HTTP failure with its reason', async () => {
  const server: Server = createServer((req, res) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    res.writeHead(400, { 'Content-Type': 'application/json' });
    res.end(
      JSON.stringify({
        status: 'error',
        errorType: 'bad_data',
        error: `invalid parameter "query": 1:5: parse error (step ${query.get('step')})`,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answer = await queryRange(
      { baseUrl: url, fetch, requestTimeoutMs: 5000, clock: WALL_CLOCK },
      { metric: 'm', expr: 'sum(' },
      0,
      10_000,
      1000,
      new AbortController().signal,
    );
    assert.deepEqual(answer, {
      ok: false,
      failure: {
        kind: 'http',
        status: 400,
        retryAfterMs: undefined,
        detail: 'invalid parameter "query": 1:5: parse error (step 1)',
      },
    });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
