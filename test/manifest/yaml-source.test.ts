// The door for untrusted YAML: whatever a file holds becomes values plus problems with a place, never an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlFile, YAML_LIMITS } from '../../src/manifest/index.ts';

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
].join('\n');

function only(text: string) {
  const file = parseYamlFile('x.yaml', text);
  assert.equal(file.documents.length, 1);
  return file.documents[0]!;
}

test('an unresolved alias is a problem at the alias, and the value is null', () => {
  const doc = only('kind: RayService\nmetadata: {name: x, labels: {a: *nope}}\n');
  assert.equal(doc.value, null);
  assert.equal(doc.problems.length, 1);
  assert.match(doc.problems[0]!.message, /Unresolved alias/);
  assert.deepEqual(doc.problems[0]!.span.start, { line: 2, column: 33 });
});

test('an alias expansion bomb is a problem, in the outer file and inside an embedded document', () => {
  const outer = only(`${BOMB}\n`);
  assert.equal(outer.value, null);
  assert.match(outer.problems[0]!.message, new RegExp(`more than ${YAML_LIMITS.maxAliasCount} times`));
  const indented = BOMB.split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  const host = only(`spec:\n  serveConfigV2: |\n${indented}\n`);
  assert.deepEqual(host.problems, []);
  const inner = host.embedded(['spec', 'serveConfigV2'])!;
  assert.equal(inner.value, null);
  assert.match(inner.problems[0]!.message, /more than 100 times/);
  assert.equal(inner.problems[0]!.span.start.line, 4, 'the place is in the outer file');
  // A few aliases are ordinary YAML and stay values.
  const fine = only('base: &b {cpu: 1}\none: *b\ntwo: *b\n');
  assert.deepEqual(fine.problems, []);
  assert.deepEqual(fine.value, { base: { cpu: 1 }, one: { cpu: 1 }, two: { cpu: 1 } });
});

test('a repeated key is a problem at its second occurrence, in block and flow style, per mapping', () => {
  const doc = only('metadata:\n  labels: {a: b, a: c}\n  name: x\n  name: y\nother:\n  name: z\n');
  assert.deepEqual(
    doc.problems.map((p) => [p.message, p.span.start.line, p.span.start.column]),
    [
      ['Map keys must be unique; "a" is repeated', 2, 18],
      ['Map keys must be unique; "name" is repeated', 4, 3],
    ],
  );
  // Keys of different types are different keys, as YAML and the yaml package see them.
  assert.deepEqual(only('1: a\n"1": b\n').problems, []);
});

test('a file over the size limit is one problem and no parse', () => {
  const line = 'key: value\n';
  const text = line.repeat(Math.ceil((YAML_LIMITS.maxBytes + 1) / line.length));
  const file = parseYamlFile('big.yaml', text);
  assert.equal(file.documents.length, 1);
  assert.equal(file.documents[0]!.value, null);
  assert.match(file.documents[0]!.problems[0]!.message, /rayservice-ci reads YAML files up to 8\.0 MB/);
  // A 5 MB manifest is well inside the limit.
  const five = parseYamlFile('five.yaml', `items:\n${`- ${'v'.repeat(1021)}\n`.repeat(5 * 1024)}`);
  assert.deepEqual(five.documents[0]!.problems, []);
});

test("the yaml package's warnings (a collection as a key) never reach the process: they would print the file's text raw", async () => {
  const warnings: string[] = [];
  const listen = (warning: Error) => void warnings.push(warning.message);
  process.on('warning', listen);
  try {
    const doc = only('? [a, "x\\n::error::y"]\n: 1\n');
    assert.ok(doc.value !== undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    process.off('warning', listen);
  }
  assert.deepEqual(warnings, []);
});
