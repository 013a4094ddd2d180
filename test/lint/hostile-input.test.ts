// lint on files written by whoever opens a pull request: YAML that cannot be read is a finding, never a crash;
// nothing of the file reaches any output format raw (control characters, workflow commands) or unredacted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  formatAnnotations,
  formatSarif,
  formatSummary,
  formatText,
  lintPaths,
  lintText,
  summarize,
  ALL_RULES,
  type LintReport,
} from '../../src/lint/index.ts';
import { API_VERSION } from '../../src/contracts/index.ts';
import { AUTOSCALING, EXAMPLE, GPU_GROUP, variant } from '../helpers/variants.ts';

function everyFormat(file: string, text: string): string[] {
  const { findings, suppressed, rayServices } = lintText(file, text, { reportUnrecognised: true });
  const report: LintReport = {
    apiVersion: API_VERSION,
    kind: 'LintReport',
    findings,
    summary: summarize(findings, { suppressed, files: 1, rayServices }),
  };
  return [
    formatText(report),
    JSON.stringify(report),
    formatSarif(report, ALL_RULES, { version: '0', informationUri: 'https://example.com' }),
    formatAnnotations(report),
    formatSummary(report),
  ];
}

test('an unresolved alias in one file is a finding there, and the other files of the directory are still linted', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-hostile-'));
  writeFileSync(join(dir, 'a.yaml'), 'kind: RayService\nmetadata: {name: x, labels: {a: *nope}}\n');
  writeFileSync(join(dir, 'b.yaml'), EXAMPLE);
  const { report, problems } = await lintPaths([dir], { cwd: dir });
  assert.deepEqual(problems, []);
  const alias = report.findings.find((f) => f.file.endsWith('a.yaml'));
  assert.equal(alias?.ruleId, 'yaml-syntax');
  assert.match(alias!.message, /Unresolved alias/);
  assert.ok(
    report.findings.some((f) => f.file.endsWith('b.yaml')),
    'b.yaml was linted too',
  );
});

test('a key that carries a newline and a workflow command cannot start a line of any format but ours', () => {
  const evil = variant([
    { path: ['spec', 'x\n::error title=PWNED::owned'], value: 1 },
    { path: ['metadata', 'labels', 'esc\u001b[2J'], value: 'v' },
  ]);
  const outputs = everyFormat('x.yaml', evil);
  for (const [i, output] of outputs.entries()) {
    assert.ok(!output.includes('\u001b'), `format ${i} has a raw ESC`);
    for (const line of output.split('\n')) {
      if (i === 3) assert.match(line, /^(::(error|warning|notice) [^\n]*::|$)/, 'annotations are ours, one per line');
      else assert.doesNotMatch(line, /^\s*::/, `format ${i}: ${line}`);
    }
  }
  assert.match(outputs[0]!, /Unknown key "x\\n::error title=PWNED::owned"/);
});

test('credentials are never printed: not by shape, not under a credential name, not in a type error, in no format', () => {
  const token = `hf_${'Zq8'.repeat(12)}`;
  const text = variant([
    { path: [...GPU_GROUP, 'maxReplicas'], value: token },
    {
      path: [...GPU_GROUP, 'template', 'spec', 'containers', 0, 'env'],
      value: [{ name: 'DB_PASSWORD', value: 'hunter2-prod-pw' }],
    },
    { serve: [...AUTOSCALING, 'max_replicas'], value: 'opensesame-99' },
  ]);
  const outputs = everyFormat('x.yaml', text);
  for (const [i, output] of outputs.entries()) {
    assert.ok(!output.includes(token), `format ${i} prints the token`);
    assert.ok(!output.includes('hunter2-prod-pw'), `format ${i} prints the password`);
  }
  assert.match(outputs[0]!, /maxReplicas must be an integer, but is the string \(redacted\)/);
  assert.match(
    outputs[0]!,
    /^ *\d+ \| +value: \*\*\*$/m,
    "the code frame of the env value line is redacted by the entry's name",
  );
  // A value under an ordinary key is shown: that is what the user needs to fix it.
  assert.match(outputs[0]!, /max_replicas must be .*"opensesame-99"/);
});

test('.inf and .nan where a number goes are findings, in the manifest and inside serveConfigV2', () => {
  const text = variant([
    { path: [...GPU_GROUP, 'maxReplicas'], value: Infinity },
    { serve: [...AUTOSCALING, 'target_ongoing_requests'], value: Number.NaN },
  ]);
  assert.ok(text.includes('.inf') && text.includes('.nan'));
  const messages = lintText('x.yaml', text).findings.map((f) => `${f.ruleId}: ${f.message}`);
  assert.ok(
    messages.some((m) => /^rayservice-schema: .*maxReplicas is not a finite number/.test(m)),
    messages.join('\n'),
  );
  assert.ok(
    messages.some((m) => /^serve-schema: .*target_ongoing_requests is not a finite number/.test(m)),
    messages.join('\n'),
  );
});
