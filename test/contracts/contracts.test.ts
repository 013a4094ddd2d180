// The hand-over files: what render and lint write reads back through the one checked path, and a file of the wrong
// kind, version or shape is a problem that says what to do, never an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContract, writeContract } from '../../src/contracts/index.ts';
import { LINT_REPORT } from '../../src/lint/index.ts';
import { RENDERED_MANIFEST } from '../../src/render/index.ts';
import { EXAMPLE_PATH } from '../helpers/variants.ts';
import { runCli } from '../helpers/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'rsci-contracts-'));

test('render --result and lint --format json write files that read back as their contracts', async () => {
  const resultFile = join(dir, 'rendered.json');
  const render = runCli([
    'render',
    EXAMPLE_PATH,
    '--namespace',
    'rsci-c-1',
    '--run-id',
    'c-1',
    '-o',
    join(dir, 'rendered.yaml'),
    '--result',
    resultFile,
  ]);
  assert.equal(render.status, 0, render.stderr);
  const rendered = await readContract(resultFile, RENDERED_MANIFEST);
  assert.ok(rendered.ok, rendered.ok ? '' : rendered.problem);
  assert.equal(rendered.value.namespace, 'rsci-c-1');
  assert.equal(rendered.value.manifest, join(dir, 'rendered.yaml'));

  const reportFile = join(dir, 'lint.json');
  const lint = runCli(['lint', EXAMPLE_PATH, '--format', 'json', '-o', reportFile]);
  assert.equal(lint.status, 0, lint.stderr);
  const report = await readContract(reportFile, LINT_REPORT);
  assert.ok(report.ok, report.ok ? '' : report.problem);
  assert.equal(report.value.summary.rayServices, 1);
});

test('a reader refuses another kind, another apiVersion, a broken shape, non-JSON and a missing file, saying why', async () => {
  const base = {
    apiVersion: 'rayservice-ci.io/v1alpha1',
    kind: 'RenderedManifest',
    namespace: 'n',
    name: 'x',
    runId: 'r',
    expiresAt: 't',
    labels: {},
    secrets: [],
  };
  const cases: [string, string, RegExp][] = [
    [
      'kind.json',
      JSON.stringify({ ...base, kind: 'LintReport' }),
      /is not a RenderedManifest \(its kind is "LintReport"\)/,
    ],
    [
      'version.json',
      JSON.stringify({ ...base, apiVersion: 'rayservice-ci.io/v2' }),
      /apiVersion "rayservice-ci.io\/v2"; this rayservice-ci reads rayservice-ci.io\/v1alpha1/,
    ],
    [
      'shape.json',
      JSON.stringify({ ...base, secrets: [{ env: 'HF_TOKEN' }] }),
      /not a valid RenderedManifest: at \/secrets\/0 must have required property/,
    ],
    ['array.json', '[]', /its kind is missing/],
    ['text.json', 'namespace: n', /is not JSON/],
  ];
  for (const [name, text, expected] of cases) {
    writeFileSync(join(dir, name), text);
    const result = await readContract(join(dir, name), RENDERED_MANIFEST);
    assert.ok(!result.ok, name);
    assert.match(result.problem, expected);
  }
  const missing = await readContract(join(dir, 'nope.json'), RENDERED_MANIFEST);
  assert.ok(!missing.ok && /no such file/.test(missing.problem));
});

test('writing to a place that cannot be written is a problem value; a value of another kind is a bug', async () => {
  const value = {
    apiVersion: 'rayservice-ci.io/v1alpha1' as const,
    kind: 'RenderedManifest' as const,
    manifest: undefined,
    namespace: 'n',
    name: 'x',
    runId: 'r',
    expiresAt: 't',
    labels: {},
    secrets: [],
  };
  assert.match(
    (await writeContract(join(dir, 'no', 'such', 'dir.json'), RENDERED_MANIFEST, value)) ?? '',
    /Cannot write .*ENOENT/,
  );
  await assert.rejects(
    writeContract(join(dir, 'x.json'), LINT_REPORT, value as never),
    /passed as rayservice-ci.io\/v1alpha1\/LintReport/,
  );
});
