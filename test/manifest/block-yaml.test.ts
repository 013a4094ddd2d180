// The fast path (src/manifest/block-yaml.ts) against the yaml package's full parse: on every YAML file we have, on
// edge cases of the subset and just outside it, and on generated text, both give the same documents, values,
// problems, places of every path and embedded documents. Where the fast path gives up the full parse is used, so the
// comparison holds either way; the tests also check that the common files do take the fast path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseYamlFile, type YamlPath, type YamlSource } from '../../src/manifest/index.ts';
import { manifestCase } from '../fuzz/manifest-arbitraries.ts';
import { kubeRayFiles } from '../helpers/tools.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Every path in a value, and one missing child below each mapping (whose place is its nearest ancestor's). */
function pathsOf(value: unknown, path: YamlPath = [], out: YamlPath[] = []): YamlPath[] {
  out.push(path);
  if (Array.isArray(value)) {
    value.forEach((item, i) => pathsOf(item, [...path, i], out));
    out.push([...path, value.length]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], out);
    out.push([...path, 'no such key']);
  }
  return out;
}

function stringsOf(value: unknown, path: YamlPath = [], out: YamlPath[] = []): YamlPath[] {
  if (typeof value === 'string' && value.length < 10_000) out.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => stringsOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) stringsOf(item, [...path, key], out);
  return out;
}

/** Both documents alike in value, problems and the place of every path; embedded documents too (one level). */
function assertSameDocument(fast: YamlSource, full: YamlSource, label: string, embed: boolean): void {
  assert.deepEqual(fast.value, full.value, `${label}: value`);
  assert.deepEqual(fast.problems, full.problems, `${label}: problems`);
  for (const path of pathsOf(full.value)) {
    for (const part of ['key', 'value'] as const) {
      assert.deepEqual(
        fast.locate(path, part),
        full.locate(path, part),
        `${label}: ${part} of ${JSON.stringify(path)}`,
      );
    }
  }
  if (!embed) return;
  for (const path of stringsOf(full.value)) {
    const inner = fast.embedded(path);
    const innerFull = full.embedded(path, { fastPath: false });
    assert.equal(inner === undefined, innerFull === undefined, `${label}: embedded at ${JSON.stringify(path)}`);
    if (inner && innerFull) assertSameDocument(inner, innerFull, `${label} ${JSON.stringify(path)}`, false);
  }
}

/** Compares the two parses of a file; returns the parser that read each of its documents. */
function compare(text: string, label: string, embed = true): string[] {
  const fast = parseYamlFile('x.yaml', text);
  const full = parseYamlFile('x.yaml', text, { fastPath: false });
  assert.deepEqual(fast.slices, full.slices, `${label}: slices`);
  assert.equal(fast.documents.length, full.documents.length, `${label}: documents`);
  fast.documents.forEach((doc, i) => {
    assert.equal(full.documents[i]!.parser, 'yaml');
    assertSameDocument(doc, full.documents[i]!, `${label} #${i}`, embed);
  });
  return fast.documents.map((doc) => doc.parser);
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name));
}

test('the example and the fixtures read alike both ways, and the example (with its serveConfigV2) takes the fast path', () => {
  for (const file of [...yamlFilesUnder(join(ROOT, 'examples')), ...yamlFilesUnder(join(ROOT, 'src'))]) {
    compare(readFileSync(file, 'utf8'), file);
  }
  const example = parseYamlFile('x.yaml', readFileSync(join(ROOT, 'examples/llama32-3b/rayservice.yaml'), 'utf8'));
  assert.deepEqual(
    example.documents.map((doc) => doc.parser),
    ['block'],
  );
  assert.equal(example.documents[0]!.embedded(['spec', 'serveConfigV2'])!.parser, 'block');
});

test("KubeRay's own YAML files (samples, CRDs, config) read alike both ways; most take the fast path", (t) => {
  const files = yamlFilesUnder(kubeRayFiles().samples.replace(/samples$/, ''));
  assert.ok(files.length > 50, `only ${files.length} files`);
  const used: string[] = [];
  for (const file of files) used.push(...compare(readFileSync(file, 'utf8'), file, file.includes('samples')));
  const fast = used.filter((parser) => parser === 'block').length;
  t.diagnostic(`${files.length} files, ${used.length} documents: ${fast} by the fast path`);
  assert.ok(fast > used.length / 2, `${fast} of ${used.length} documents took the fast path`);
});

// Each case is inside the subset or just outside it; both give the same result either way.
const EDGE_CASES: readonly string[] = [
  'a: 1 # c\nb:\n  - x\n  -\n  - "q" \n  # cm\nc:\n  d: e\n\n\nf: |\n  lit\n\n# end\n',
  'a:\nb:   # c\nc:  \n  \nd: x\ne:',
  '- \n-   # c\n-\n- x',
  'a: {}\nb: [] # c\nc: x',
  '# lead\n---\na: 1\n---\n# mid\nb: 2\n',
  'a: 1\n# between\n---\nb: 2\n',
  'a: 1\n\n---\n\nb: 2\n\n',
  'a: 1\n---\nb: 2\n...\n',
  'a: 1\n---\n',
  '---\n---\n',
  '',
  '# only\n',
  'a: |\n  x',
  'a: |-\n  x\n\n  y\n\n',
  'a: |\n\n  x\n',
  'a: |\n    \n  x\n',
  'a: |\n  x\n    y\n  z\n',
  'a: |+\n  x\n\n',
  'a: |2\n   x\n',
  'a: >\n  x\n  y\n\n  z\n\n\nb: 1',
  'a: >-\n  x\n  y\n',
  'a: >\n  x\n    y\n  z\n',
  'a: | # c\n  x\nb: 2',
  'a: |\nb: 1',
  'k:\n- a\n- b: 1\n  c:\n- ',
  'k:\n- a\n# end',
  'k:\n  - a\n  # t\nb: 1',
  'a:\n  b: 1\n  # t\nc: 2',
  'a:\n  b: 1\n# t\nc: 2',
  'a:\n  b: 1\n    # t\nc: 2',
  'a:\n  b: 1\n # t\n',
  'a:\n  # lead\n  b: 1\n',
  'a: # c\n  b: 1\n',
  '- # c\n  a: 1\n',
  '- - a\n  - b\n',
  '-   a: 1\n    b: 2\n-   c: 3\n',
  '- "k": v\n  \'j\': w\n',
  "\"a b\": 1\n'c''d': 2\n",
  "a: \"x\\ty\\u00e9\\x41\\U0001F600\\\"\\\\\\/\\ \\_\\N\"\nb: 'it''s'\n",
  'a: "bad \\q escape"\n',
  'a: "multi\n  line"\n',
  'a: plain\n  continued\n',
  'a: plain\n\n  continued after a blank\n',
  'a: b: c\n',
  'a: b #c: d\nx: y#z\n',
  'url: http://x:80/a#b\nlist: a,b,[c]\n',
  'n: [1, 2]\nm: {a: 1}\n',
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  '? a\n: 1\n',
  'a: 1\na: 2\n',
  '__proto__: 1\n',
  '<<: 1\n',
  '1: a\ntrue: b\nnull: c\n~: d\n',
  'a  : 1\n',
  'a:1\n',
  'ints: [0o17, 0x1F, +5, -0, 007, 12345678901234567890]\n',
  'a: 0o17\nb: 0x1F\nc: +5\nd: -0\ne: 007\nf: 12345678901234567890\ng: 1e3\nh: .5\ni: -.inf\nj: .NaN\nk: 1.\nl: 1.10\nm: +.5e-3\n',
  'a: ~\nb: Null\nc: NULL\nd: nUll\ne: True\nf: FALSE\ng: yes\nh: off\ni: 0b1\nj: 1_000\n',
  'a: -\nb: --x\nc: -1\nd: ?x\ne: :x\nf: "-"\n',
  'a:\n- x\n- y\nb: 1\n',
  'a:\n  - x\n - y\n',
  '  a: 1\n',
  'a:\n  b: 1\n   c: 2\n',
  'a: 1\n- b\n',
  'a:\n\tb: 1\n',
  'a: 1\r\nb: 2\r\n',
  '\ufeffa: 1\n',
  'a: "\u0085"\n',
  '%YAML 1.2\n---\na: 1\n',
  '--- a: 1\n',
  '--- \na: 1\n',
  'a: 1\n--- # c\nb: 2\n',
  'just a scalar\n',
  'a:\n  just a scalar\n',
  `${'k'.repeat(1100)}: 1\n`,
  'a: x # c\n  # deeper comment\nb: 2\n',
  'a:\n    b: 1\n  c: 2\n',
  'spec:\n  serveConfigV2: |\n    applications:\n    - name: a\n      max: 3\n',
  'spec:\n  serveConfigV2: "applications:\\n- name: a\\n  x: 1\\n"\n',
  "spec:\n  serveConfigV2: 'a: 1'\n",
];

test('edge cases of the subset, inside and just outside it, read alike both ways', () => {
  for (const text of EDGE_CASES) compare(text, JSON.stringify(text));
});

test("the fuzzer's hostile manifests read alike both ways", () => {
  fc.assert(
    fc.property(manifestCase, ({ text, description }) => {
      compare(text, description);
    }),
    { numRuns: 150, seed: 6 },
  );
});

// Block-style documents: trees of mappings and sequences rendered the ways people write them (sequences at their
// key's indentation or indented, compact `- key:` items, block scalars, comments), at one to four spaces a level,
// then sometimes damaged (a line moved in or out, a comment inserted, a line dropped). Most stay inside the subset.
type Tree = { scalar: string } | { block: string; lines: string[] } | { map: [string, Tree][] } | { seq: Tree[] };
const keyText = fc.constantFrom('a', 'name', 'x-y', 'k8s.io/v', '"q k"', "'s'", 'a b', 'url', 'minReplicas');
const scalarText = fc.constantFrom(
  '',
  'v',
  'two words',
  '1',
  '-2',
  '0x1F',
  '1.50',
  '.inf',
  'null',
  'True',
  '--port=8000',
  '"dq \\"x\\" \\u00e9"',
  "'sq ''x'''",
  '{}',
  '[]',
  'x # comment',
  'http://h:1/p#f',
  '&a v',
  '[1, 2]',
);
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small' },
    scalarText.map((scalar) => ({ scalar })),
    fc.record({
      block: fc.constantFrom('|', '|-', '>', '>-', '| # c'),
      lines: fc.array(fc.constantFrom('text', 'more: text', '', '  indented', '# not a comment'), {
        minLength: 1,
        maxLength: 4,
      }),
    }),
    fc.uniqueArray(fc.tuple(keyText, tie('t')), { minLength: 1, maxLength: 4, selector: ([k]) => k }).map((map) => ({
      map,
    })),
    fc.array(tie('t'), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq })),
  ),
})).t;

function render(node: Tree, indent: number, step: number, flat: boolean, out: string[], lead: string): void {
  const pad = ' '.repeat(indent);
  if ('scalar' in node) out.push(`${lead}${node.scalar}`);
  else if ('block' in node) {
    out.push(`${lead}${node.block}`);
    for (const text of node.lines) out.push(text === '' ? '' : `${' '.repeat(indent + step)}${text}`);
  } else if ('map' in node) {
    node.map.forEach(([key, child], i) => {
      const first = i === 0 ? lead : pad;
      if ('map' in child || 'seq' in child) {
        out.push(`${first}${key}:`);
        const inner = 'seq' in child && flat ? indent : indent + step;
        render(child, inner, step, flat, out, ' '.repeat(inner));
      } else render(child, indent + step, step, flat, out, `${first}${key}: `);
    });
  } else {
    node.seq.forEach((item, i) => {
      const first = i === 0 ? lead : pad;
      if ('seq' in item) {
        out.push(`${first}-`);
        render(item, indent + 2, step, flat, out, ' '.repeat(indent + 2));
      } else render(item, indent + 2, step, flat, out, `${first}- `);
    });
  }
}

const damage = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 3 },
  fc.record({
    kind: fc.constantFrom('in', 'out', 'comment', 'drop'),
    at: fc.nat(),
    by: fc.integer({ min: 1, max: 3 }),
  }),
);

test('generated block YAML reads alike both ways', () => {
  let fast = 0;
  let all = 0;
  fc.assert(
    fc.property(tree, fc.integer({ min: 1, max: 4 }), fc.boolean(), damage, (root, step, flat, harm) => {
      const lines: string[] = ['# generated'];
      render(root, 0, step, flat, lines, '');
      if (harm) {
        const at = harm.at % lines.length;
        const line = lines[at]!;
        if (harm.kind === 'in') lines[at] = `${' '.repeat(harm.by)}${line}`;
        else if (harm.kind === 'out') lines[at] = line.replace(new RegExp(`^ {0,${harm.by}}`), '');
        else if (harm.kind === 'comment') lines.splice(at, 0, `${' '.repeat(harm.by * 2)}# inserted`);
        else lines.splice(at, 1);
      }
      const used = compare(`${lines.join('\n')}\n`, JSON.stringify(lines));
      all += used.length;
      fast += used.filter((parser) => parser === 'block').length;
    }),
    { numRuns: 2000, seed: 6 },
  );
  assert.ok(fast > all / 6, `${fast} of ${all} generated documents took the fast path`);
});
