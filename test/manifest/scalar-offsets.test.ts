import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Scalar, stringify } from 'yaml';
import { parseYamlFile } from '../../src/manifest/index.ts';

// The same embedded document written in every scalar style YAML has: positions of inner tokens must land on the
// very same characters in the outer file, whatever escaping, folding or indentation the style adds.
const INNER = [
  'applications:',
  '- name: app-1',
  '  route_prefix: "/x"',
  "  import_path: 'pkg.mod:build'",
  '  args: {k: [1, 2], "q": "tab\\there"}',
  '  deep:',
  '      more: indented   # comment',
  '',
  '  after_blank: yes',
  '',
].join('\n');

const STYLES = ['BLOCK_LITERAL', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'PLAIN'] as const;

function outerWith(style: (typeof STYLES)[number], inner: string): string {
  const scalar = new Scalar(inner);
  scalar.type = style;
  return stringify({ kind: 'RayService', spec: { serveConfigV2: scalar } }, { lineWidth: 40, minContentWidth: 10 });
}

for (const style of STYLES) {
  test(`inner tokens map onto the outer file (${style})`, (t) => {
    const outer = outerWith(style, INNER);
    const file = parseYamlFile('x.yaml', outer);
    const doc = file.documents[0]!;
    const decoded = doc.value as { spec: { serveConfigV2: string } };
    if (decoded.spec.serveConfigV2 !== INNER) {
      // PLAIN cannot hold this text: yaml falls back to another style, which the other cases cover.
      t.skip(`yaml wrote ${style} differently`);
      return;
    }
    const inner = doc.embedded(['spec', 'serveConfigV2'])!;
    assert.equal(inner.problems.length, 0);
    const checks: [readonly (string | number)[], 'key' | 'value', string][] = [
      [['applications', 0, 'name'], 'value', 'app-1'],
      [['applications', 0, 'route_prefix'], 'key', 'route_prefix'],
      [['applications', 0, 'args', 'k', 1], 'value', '2'],
      [['applications', 0, 'deep', 'more'], 'value', 'indented'],
      [['applications', 0, 'after_blank'], 'key', 'after_blank'],
    ];
    for (const [path, part, expected] of checks) {
      const located = inner.locate(path, part);
      assert.ok(located.found, `${path.join('.')} found`);
      const line = file.lines.lineText(located.span.start.line);
      const at = line.slice(located.span.start.column - 1);
      assert.ok(
        at.startsWith(expected),
        `${style} ${path.join('.')}: expected "${expected}" at ${located.span.start.line}:${located.span.start.column}, found "${at}"`,
      );
    }
  });
}

test('a block literal maps inner line N to outer line header+N, column indent+inner column', () => {
  const text = ['spec:', '  serveConfigV2: |', '    applications:', '    - name: a', '      max: 3', ''].join('\n');
  const doc = parseYamlFile('x.yaml', text).documents[0]!;
  const inner = doc.embedded(['spec', 'serveConfigV2'])!;
  assert.deepEqual(inner.locate(['applications', 0, 'max']).span.start, { line: 5, column: 12 });
  assert.deepEqual(inner.locate(['applications', 0, 'max'], 'key').span.start, { line: 5, column: 7 });
});

test('a missing path falls back to its nearest ancestor and says so', () => {
  const text = ['a:', '  b:', '    c: 1', ''].join('\n');
  const doc = parseYamlFile('x.yaml', text).documents[0]!;
  const located = doc.locate(['a', 'b', 'nope', 'deeper']);
  assert.equal(located.found, false);
  assert.deepEqual(located.span.start, { line: 3, column: 5 });
});

test('inner syntax errors are reported at outer positions', () => {
  const text = ['spec:', '  serveConfigV2: |', '    applications:', '    - name: [unclosed', ''].join('\n');
  const doc = parseYamlFile('x.yaml', text).documents[0]!;
  const inner = doc.embedded(['spec', 'serveConfigV2'])!;
  assert.ok(inner.problems.length > 0);
  assert.ok(
    inner.problems.every((p) => p.span.start.line >= 3 && p.span.start.line <= 5),
    JSON.stringify(inner.problems),
  );
});
