// The report's escaping, one language at a time: Markdown text and cells, code-styled values, Mermaid labels, link
// targets and the marker's key; each with a value that passes through unchanged and one that must be neutralised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeSpan, linkTarget, markerKey, md, mermaidLabel, plainText } from '../../src/report/escape.ts';

test('md: plain words pass; HTML, Markdown punctuation, cell pipes, mentions, references and autolinks do not', () => {
  assert.equal(md('Serve replicas reach 4 within 5m'), 'Serve replicas reach 4 within 5m');
  assert.equal(md('<b>&</b>'), '&lt;b&gt;&amp;&lt;/b&gt;');
  assert.equal(md('a|b'), 'a\\|b');
  assert.equal(md('*x* _y_ `z` [l](u) ~s~ !'), '\\*x\\* \\_y\\_ \\`z\\` \\[l\\]\\(u\\) \\~s\\~ \\!');
  assert.equal(md('@org/team #12 https://x.example'), '@\u200borg/team #\u200b12 https:\u200b//x.example');
  assert.equal(md('line1\nline2\r'), 'line1\\\\nline2\\\\r');
  assert.equal(md('::error::x'), '\\\\::error::x');
});

test('plainText: control characters escaped, credentials redacted, long values cut with an ellipsis', () => {
  assert.equal(plainText('\u001b[31m'), '\\x1b[31m');
  assert.equal(plainText(`token ghp_${'A'.repeat(36)}`), 'token ***');
  assert.equal(plainText('x'.repeat(10), 10), 'x'.repeat(10));
  assert.equal(plainText('x'.repeat(11), 10), `${'x'.repeat(9)}…`);
  assert.equal(plainText(undefined), '');
});

test('codeSpan: a <code> element around escaped text, so a pipe or a tag of theirs stays text', () => {
  assert.equal(codeSpan('spec.a[0]'), '<code>spec.a\\[0\\]</code>');
  assert.equal(codeSpan('</code><img>|'), '<code>&lt;/code&gt;&lt;img&gt;\\|</code>');
});

test('mermaidLabel: quoted; what Mermaid reads as syntax is replaced by a look-alike', () => {
  assert.equal(mermaidLabel('RUNNING replicas'), '"RUNNING replicas"');
  assert.equal(mermaidLabel('00:20'), '"00:20"');
  const hostile = mermaidLabel('a"b %%{init}%% --> c; #1 `d` <e> \\ 漢字');
  assert.ok(hostile.startsWith('"') && hostile.endsWith('"'));
  const inner = hostile.slice(1, -1);
  assert.doesNotMatch(inner, /["`;#<>{}\\]|%%|-->/);
  assert.match(inner, /漢字/);
  assert.ok([...mermaidLabel('y'.repeat(500))].length <= 62);
});

test('linkTarget: http(s) only, with the characters that end a Markdown link encoded', () => {
  assert.equal(linkTarget('https://github.com/o/r/actions/runs/1'), 'https://github.com/o/r/actions/runs/1');
  assert.equal(linkTarget('https://x.example/a(b) c'), undefined, 'whitespace: not one URL');
  assert.equal(linkTarget('https://x.example/a(b)<c>'), 'https://x.example/a%28b%29%3Cc%3E');
  assert.equal(linkTarget('javascript:alert(1)'), undefined);
  assert.equal(linkTarget('data:text/html,x'), undefined);
  assert.equal(linkTarget(undefined), undefined);
});

test('markerKey: a safe key passes; anything that could close the HTML comment becomes dashes', () => {
  assert.equal(markerKey('gpu-a'), 'gpu-a');
  assert.equal(markerKey(undefined), 'default');
  assert.equal(markerKey('--> <script>'), 'script');
  assert.equal(markerKey('-->'), 'default');
  assert.ok(markerKey('x'.repeat(200)).length <= 64);
});
