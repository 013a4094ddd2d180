// Server-side apply's field ownership: managedFields in FieldsV1, conflicts, forced takeover, removal of fields a
// manager stops applying, and updates taking over what they change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  fieldSet,
  fromFieldsV1,
  printPath,
  recordUpdate,
  serverSideApply,
  toFieldsV1,
} from '../../src/sim/api/field-ownership.ts';
import { applyPatch, listShapes } from '../../src/sim/api/patch.ts';
import { ApiError } from '../../src/sim/api/status.ts';

const CORE = listShapes('');
const pod = (labels: Record<string, string>, image = 'ray:2.46') => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p', labels },
  spec: { containers: [{ name: 'ray', image }] },
});

function apply(live: any, applied: any, manager: string, force = false, now = '2026-01-01T00:00:00Z') {
  return serverSideApply({
    live,
    applied,
    merged: applyPatch(live, applied, ''),
    manager,
    force,
    shapes: CORE,
    apiVersion: 'v1',
    now,
  });
}

test('FieldsV1: list items by key and granular maps are members ("."), leaves are empty objects; it round-trips', () => {
  const set = fieldSet(pod({ app: 'x' }), CORE);
  const tree = toFieldsV1(set);
  assert.deepEqual(tree['f:metadata'], { 'f:labels': { '.': {}, 'f:app': {} } });
  assert.deepEqual(tree['f:spec']['f:containers']['k:{"name":"ray"}'], { '.': {}, 'f:image': {}, 'f:name': {} });
  assert.equal((tree['f:metadata'] as Record<string, unknown>)['f:name'], undefined, 'the name is not owned');
  assert.deepEqual([...fromFieldsV1(tree)].sort(), [...set].sort());
  const image = [...set].find((p) => p.endsWith('f:image'))!;
  assert.equal(printPath(image), '.spec.containers[name="ray"].image');
});

test('a field dropped from the applied configuration goes, unless another manager owns it too', () => {
  const first = apply(undefined, pod({ app: 'x', team: 'llm' }), 'ci');
  const dropped = apply(first, pod({ app: 'x' }), 'ci');
  assert.deepEqual(dropped.metadata.labels, { app: 'x' });

  const shared = apply(first, pod({ app: 'x', team: 'llm' }), 'other');
  const kept = apply(shared, pod({ app: 'x' }), 'ci');
  assert.deepEqual(kept.metadata.labels, { app: 'x', team: 'llm' }, '"other" still applies team');
});

test('changing a field another manager set is a 409 naming it; force takes it over', () => {
  const applied = apply(undefined, pod({ app: 'x' }), 'ci');
  const edited = recordUpdate({
    live: applied,
    next: { ...structuredClone(applied), spec: { containers: [{ name: 'ray', image: 'ray:2.47' }] } },
    manager: 'kubectl-edit',
    shapes: CORE,
    apiVersion: 'v1',
    now: '2026-01-01T00:01:00Z',
  });
  assert.throws(
    () => apply(edited, pod({ app: 'x' }), 'ci'),
    (error: ApiError) => {
      assert.equal(error.error.code, 409);
      assert.equal(error.error.reason, 'Conflict');
      assert.equal(
        error.error.message,
        'Apply failed with 1 conflict: conflict with "kubectl-edit" using v1 at 2026-01-01T00:01:00Z: .spec.containers[name="ray"].image',
      );
      assert.deepEqual(
        (error.error.details as { causes: { field: string }[] }).causes.map((c) => c.field),
        ['.spec.containers[name="ray"].image'],
      );
      return true;
    },
  );
  const forced = apply(edited, pod({ app: 'x' }), 'ci', true);
  assert.equal(forced.spec.containers[0].image, 'ray:2.46');
  assert.deepEqual(
    forced.metadata.managedFields.map((e: { manager: string }) => e.manager),
    ['ci'],
    'kubectl-edit owned nothing else and is gone',
  );
});

test('applying the value another manager holds shares the field without a conflict', () => {
  const applied = apply(undefined, pod({ app: 'x' }), 'ci');
  const same = apply(applied, pod({ app: 'x' }), 'deploy');
  assert.deepEqual(same.metadata.managedFields.map((e: { manager: string }) => e.manager).sort(), ['ci', 'deploy']);
});

test('an unchanged re-apply leaves managedFields as they were, time included', () => {
  const first = apply(undefined, pod({ app: 'x' }), 'ci', false, '2026-01-01T00:00:00Z');
  const again = apply(first, pod({ app: 'x' }), 'ci', false, '2026-01-01T05:00:00Z');
  assert.deepEqual(again.metadata.managedFields, first.metadata.managedFields);
  const changed = apply(first, pod({ app: 'y' }), 'ci', false, '2026-01-01T05:00:00Z');
  assert.equal(changed.metadata.managedFields[0].time, '2026-01-01T05:00:00Z');
});
