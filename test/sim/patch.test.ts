// The API server's patch types and selectors, case by case (RFC 7386, RFC 6902, strategic merge keys, SSA lists).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyPatch, jsonPatch, mergePatch, strategicMerge } from '../../src/sim/api/patch.ts';
import { parseFieldSelector, parseLabelSelector } from '../../src/sim/api/selectors.ts';

test('JSON merge patch: maps merge, null deletes, lists replace', () => {
  assert.deepEqual(mergePatch({ a: 1, b: { c: 2, d: 3 }, l: [1, 2] }, { b: { c: null, e: 4 }, l: [3] }), {
    a: 1,
    b: { d: 3, e: 4 },
    l: [3],
  });
});

test('JSON patch: add, replace, remove, test, move, copy; errors name the path', () => {
  const doc = { spec: { workerGroupSpecs: [{ replicas: 1, scaleStrategy: { workersToDelete: [] } }] } };
  const out = jsonPatch(doc, [
    { op: 'replace', path: '/spec/workerGroupSpecs/0/replicas', value: 3 },
    { op: 'replace', path: '/spec/workerGroupSpecs/0/scaleStrategy', value: { workersToDelete: ['w-1'] } },
    { op: 'test', path: '/spec/workerGroupSpecs/0/replicas', value: 3 },
    { op: 'add', path: '/spec/workerGroupSpecs/-', value: { replicas: 0 } },
    { op: 'copy', from: '/spec/workerGroupSpecs/1', path: '/spec/copy' },
    { op: 'move', from: '/spec/copy', path: '/spec/moved' },
    { op: 'remove', path: '/spec/workerGroupSpecs/1' },
  ]);
  assert.deepEqual(out, {
    spec: { workerGroupSpecs: [{ replicas: 3, scaleStrategy: { workersToDelete: ['w-1'] } }], moved: { replicas: 0 } },
  });
  assert.equal(doc.spec.workerGroupSpecs[0]!.replicas, 1, 'the input is not mutated');
  assert.throws(
    () => jsonPatch(doc, [{ op: 'replace', path: '/spec/nope', value: 1 }]),
    /doc is missing key: \/spec\/nope/,
  );
  assert.throws(
    () => jsonPatch(doc, [{ op: 'test', path: '/spec/workerGroupSpecs/0/replicas', value: 2 }]),
    /testing value/,
  );
});

test('strategic merge: containers and env merge by name, $patch: delete removes, other lists replace', () => {
  const pod = {
    spec: {
      containers: [
        { name: 'a', image: 'x', env: [{ name: 'K', value: '1' }] },
        { name: 'b', image: 'y' },
      ],
      args: ['1'],
    },
  };
  const out = strategicMerge(pod, {
    spec: {
      containers: [
        { name: 'a', env: [{ name: 'L', value: '2' }] },
        { name: 'b', $patch: 'delete' },
      ],
      args: ['2'],
    },
  });
  assert.deepEqual(out, {
    spec: {
      containers: [
        {
          name: 'a',
          image: 'x',
          env: [
            { name: 'K', value: '1' },
            { name: 'L', value: '2' },
          ],
        },
      ],
      args: ['2'],
    },
  });
});

test('server-side apply on ray.io: workerGroupSpecs is atomic, conditions merge by type', () => {
  const live = {
    spec: { workerGroupSpecs: [{ groupName: 'gpu', replicas: 3 }, { groupName: 'cpu' }] },
    status: {
      conditions: [
        { type: 'Ready', status: 'False' },
        { type: 'UpgradeInProgress', status: 'False' },
      ],
    },
  };
  const out = applyPatch(
    live,
    {
      spec: { workerGroupSpecs: [{ groupName: 'gpu', maxReplicas: 2 }] },
      status: { conditions: [{ type: 'Ready', status: 'True' }] },
    },
    'ray.io',
  );
  assert.deepEqual(out.spec.workerGroupSpecs, [{ groupName: 'gpu', maxReplicas: 2 }]);
  assert.deepEqual(out.status.conditions, [
    { type: 'Ready', status: 'True' },
    { type: 'UpgradeInProgress', status: 'False' },
  ]);
});

test('label selectors: equality, inequality, set-based, existence', () => {
  const labels = { 'ray.io/cluster': 'c1', 'ray.io/node-type': 'worker', tier: 'gpu' };
  const yes = [
    'ray.io/cluster=c1,ray.io/node-type=worker',
    'tier in (gpu,cpu)',
    'tier notin (cpu)',
    'ray.io/cluster',
    '!missing',
    'tier!=cpu',
    'ray.io/node-type==worker',
  ];
  const no = ['ray.io/cluster=c2', 'tier in (cpu)', 'tier notin (gpu)', 'missing', '!tier', 'tier!=gpu'];
  for (const s of yes) assert.ok(parseLabelSelector(s)(labels), s);
  for (const s of no) assert.ok(!parseLabelSelector(s)(labels), s);
  assert.throws(() => parseLabelSelector('a in b'), /unable to parse requirement/);
});

test('field selectors over dotted paths', () => {
  const event = { involvedObject: { name: 'p1', kind: 'Pod' }, status: { phase: 'Running' } };
  assert.ok(parseFieldSelector('involvedObject.name=p1,involvedObject.kind=Pod')(event));
  assert.ok(!parseFieldSelector('status.phase!=Running')(event));
  assert.ok(parseFieldSelector('spec.nodeName=')(event), 'a missing field equals the empty string');
});
