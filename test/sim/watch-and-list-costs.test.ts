// What a read costs the sim stays bounded whatever clients do (issue 7): a watch whose client stops reading is
// closed once it falls too far behind, as kube-apiserver closes slow watchers, instead of being buffered without
// limit; a list copies only the page it returns, not every object of the kind.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { ManualClock } from '../../src/sim/index.ts';
import { typeByKind } from '../../src/sim/api/resources.ts';
import type { KObject } from '../../src/sim/api/store.ts';
import { ensureNamespace, rawRequest, settle, simSession, step, type SimSession } from '../helpers/sim.ts';

setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/** Heap and off-heap memory the process holds after a full collection: what a leak or a buffer shows in. */
function held(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external + usage.arrayBuffers;
}

const MiB = 1024 * 1024;
const CONFIGMAP = typeByKind('v1', 'ConfigMap')!;
const POD = typeByKind('v1', 'Pod')!;

let session: SimSession;
const logged: string[] = [];
before(async () => {
  // A stepped clock that never moves: no controller, bookmark or watch timeout runs behind the test's back.
  session = await simSession({ clock: new ManualClock(), log: (line) => logged.push(line) });
});
after(async () => session?.stop());

test('20 watches whose clients stopped reading are closed as they fall behind; memory stays bounded and a reading watch gets every event', async () => {
  const { sim } = session;
  const { port } = new URL(sim.url);
  const subscribers = sim.store.subscriberCount;
  const stalled: Socket[] = [];
  for (let i = 0; i < 20; i++) {
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => {});
    socket.write('GET /api/v1/namespaces/stalled/configmaps?watch=true HTTP/1.1\r\nHost: sim\r\n\r\n');
    // It never reads: what the sim sends piles up in the kernel, then in the sim, until the sim lets go.
    socket.pause();
    stalled.push(socket);
  }
  const namespace = await fetch(`${sim.url}/api/v1/namespaces`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ metadata: { name: 'stalled' } }),
  });
  assert.equal(namespace.status, 201);
  await settle('the 20 watches to open', () => sim.store.subscriberCount === subscribers + 20);

  // A client that reads, alongside: it must not be dropped, and must see every event.
  const reading = await fetch(`${sim.url}/api/v1/namespaces/stalled/configmaps?watch=true`);
  const reader = reading.body!.getReader();
  let received = 0;
  let text = '';
  const readAll = (async () => {
    // Bounded by the 120 events the test makes.
    while (received < 120) {
      const { value, done } = await reader.read();
      if (done) break;
      text += Buffer.from(value).toString('utf8');
      const lines = text.split('\n');
      text = lines.pop()!;
      received += lines.filter((line) => line.startsWith('{"type":"ADDED"')).length;
    }
  })();

  const start = held();
  const blob = 'x'.repeat(100 * 1024);
  // 120 events of 100 KiB: 12 MiB to each of 20 stalled watchers, 240 MiB if they were buffered without bound.
  for (let i = 0; i < 120; i++) {
    const created = await fetch(`${sim.url}/api/v1/namespaces/stalled/configmaps`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ metadata: { name: `cm-${i}` }, data: { blob } }),
    });
    assert.equal(created.status, 201);
    await created.arrayBuffer();
  }
  await readAll;
  const grown = held() - start;
  for (const socket of stalled) socket.destroy();
  await reader.cancel();

  assert.equal(received, 120, 'the reading watch got every event');
  // The store keeps the 12 MiB of objects and its event log another 12 MiB; the watchers may add a little.
  assert.ok(grown < 64 * MiB, `memory held grew by ${(grown / MiB).toFixed(1)} MiB`);
  const closed = logged.filter((line) => /closed a watch of configmaps in stalled for falling behind/.test(line));
  assert.equal(closed.length, 20, logged.join('\n'));
  assert.equal((await rawRequest(sim, { path: '/version' })).status, 200, 'the sim answers afterwards');
});

test('a list with limit=10 over 2,000 objects copies the 10 it returns, and continue pages on in key order', async () => {
  const { sim } = session;
  const ns = 'paged';
  assert.equal(
    (
      await fetch(`${sim.url}/api/v1/namespaces`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ metadata: { name: ns } }),
      })
    ).status,
    201,
  );
  for (let i = 0; i < 2000; i++)
    sim.store.create(CONFIGMAP, ns, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `cm-${String(i).padStart(4, '0')}` } as KObject['metadata'],
      data: { i: String(i) },
    });

  const before = sim.store.clonedObjects;
  const first = (await (await fetch(`${sim.url}/api/v1/namespaces/${ns}/configmaps?limit=10`)).json()) as {
    items: KObject[];
    metadata: { continue?: string; remainingItemCount?: number };
  };
  assert.equal(sim.store.clonedObjects - before, 10, 'only the returned page is copied');
  assert.deepEqual(
    first.items.map((o) => o.metadata.name),
    Array.from({ length: 10 }, (_, i) => `cm-000${i}`),
  );
  assert.equal(first.metadata.remainingItemCount, 1990);

  const second = (await (
    await fetch(`${sim.url}/api/v1/namespaces/${ns}/configmaps?limit=10&continue=${first.metadata.continue}`)
  ).json()) as { items: KObject[] };
  assert.deepEqual(
    second.items.map((o) => o.metadata.name),
    Array.from({ length: 10 }, (_, i) => `cm-00${10 + i}`),
  );

  // A label selector matching nothing copies nothing.
  const none = sim.store.clonedObjects;
  const empty = (await (
    await fetch(`${sim.url}/api/v1/namespaces/${ns}/configmaps?labelSelector=app%3Dnone`)
  ).json()) as { items: KObject[] };
  assert.equal(empty.items.length, 0);
  assert.equal(sim.store.clonedObjects - none, 0);
});

test('the controllers read the store in place: 500 running pods cost no copies per tick, and stored objects are frozen', async () => {
  const { sim } = session;
  ensureNamespace(sim, 'steady');
  for (let i = 0; i < 500; i++)
    sim.store.create(POD, 'steady', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `pod-${i}` } as KObject['metadata'],
      spec: { containers: [{ name: 'c', image: 'i' }] },
    });
  // The fast profile starts a CPU pod within seconds; the bound keeps a stuck pod from hanging the test.
  for (let s = 0; s < 120 && !sim.store.scan(POD, 'steady').every((p) => p.status?.phase === 'Running'); s++)
    step(sim, 1);
  assert.ok(
    sim.store.scan(POD, 'steady').every((p) => p.status?.phase === 'Running'),
    'every pod runs',
  );
  step(sim, 2);

  const before = sim.store.clonedObjects;
  // Ten simulated seconds: 50 kubelet passes, 10 scheduler passes, 20 of each KubeRay and endpoints controller.
  step(sim, 10);
  const copies = sim.store.clonedObjects - before;
  assert.ok(
    copies < 100,
    `${copies} objects copied in 10 s of a steady cluster of 500 pods (copying each pod per pass would be ~25,000)`,
  );

  const stored = sim.store.scan(POD, 'steady')[0]!;
  assert.ok(Object.isFrozen(stored) && Object.isFrozen(stored.metadata) && Object.isFrozen(stored.spec.containers[0]));
  assert.throws(() => {
    (stored.metadata as { name: string }).name = 'changed';
  }, TypeError);
  assert.equal(Object.isFrozen(sim.store.get(POD, 'steady', 'pod-0')), false, 'get still hands out a copy to change');
});
