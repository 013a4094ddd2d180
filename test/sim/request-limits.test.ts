// Request bodies are bounded as kube-apiserver bounds them (3 MiB): a larger one is a 413, never held in memory,
// and the sim goes on answering. The data plane and the dashboard share the same reader and bound.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { simSession, type SimSession } from '../helpers/sim.ts';

let session: SimSession;
before(async () => {
  session = await simSession();
});
after(async () => session?.stop());

const OVER = 3 * 1024 * 1024 + 1;

test('a ConfigMap body over 3 MiB is refused with 413 RequestEntityTooLarge; one just under it is created', async () => {
  const url = `${session.sim.url}/api/v1/namespaces/default/configmaps`;
  const post = (size: number) =>
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: `cm-${size}` },
        data: { blob: 'x'.repeat(size) },
      }),
    });
  const large = await post(OVER);
  assert.equal(large.status, 413);
  const status = (await large.json()) as { kind: string; reason: string; message: string };
  assert.equal(status.kind, 'Status');
  assert.equal(status.reason, 'RequestEntityTooLarge');
  assert.match(status.message, /limit is 3145728/);
  const small = await post(1024 * 1024);
  assert.equal(small.status, 201, await small.text());
});

test('a body that streams past the limit without a Content-Length is cut off at the limit too', async () => {
  const chunk = new Uint8Array(256 * 1024).fill(120);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      // Bounded: 16 chunks (4 MiB) at most.
      if (sent >= 16) return controller.close();
      sent++;
      controller.enqueue(chunk);
    },
  });
  const response = await fetch(`${session.sim.url}/api/v1/namespaces/default/configmaps`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
  assert.equal(response.status, 413);
  assert.equal((await fetch(`${session.sim.url}/version`)).status, 200, 'the sim still answers');
});
