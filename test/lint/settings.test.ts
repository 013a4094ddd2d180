// Rule settings from .rayservice-ci.yaml, in-file suppressions, the CRD check and the report formats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import {
  ALL_RULES,
  formatAnnotations,
  formatSarif,
  formatText,
  lintText,
  loadCrd,
  parseLintConfig,
  summarize,
} from '../../src/lint/index.ts';
import { API_VERSION } from '../../src/contracts/index.ts';
import { lintReportSchema } from '../../src/lint/report.ts';
import { atLeast, parseRayVersion, rayServiceSchema } from '../../src/ray/index.ts';
import { kubeRayFiles } from '../helpers/tools.ts';
import { EXAMPLE, GPU_GROUP, lineOf, variant } from '../helpers/variants.ts';

// KubeRay's own CRD, from its operator module as the test setup fetched it.
const CRD_PATH = kubeRayFiles().crd('rayservices');
const ids = ALL_RULES.map((r) => r.id);

test('a config file re-grades and turns off rules, and rejects unknown rules and settings with the accepted values', () => {
  const config = parseLintConfig('c.yaml', 'lint:\n  rules:\n    plaintext-secret: error\n', ids);
  assert.ok(!('problems' in config));
  assert.equal(lintText('x.yaml', EXAMPLE, { config }).findings[0]?.severity, 'error');
  const off = parseLintConfig('c.yaml', 'lint:\n  rules:\n    plaintext-secret: off\n', ids);
  assert.ok(!('problems' in off));
  assert.deepEqual(lintText('x.yaml', EXAMPLE, { config: off }).findings, []);
  const bad = parseLintConfig('c.yaml', 'lint:\n  rules:\n    no-such-rule: warning\n    gpu-capacity: loud\n', ids);
  assert.ok('problems' in bad);
  assert.match(bad.problems[0]!, /no such rule/);
  assert.match(bad.problems[1]!, /off/);
});

test('suppression comments silence a rule on their line or the next one, and are counted', () => {
  const sameLine = EXAMPLE.replace(
    'HF_TOKEN: "YOUR_HF_TOKEN"',
    'HF_TOKEN: "YOUR_HF_TOKEN" # rayservice-ci-disable-line plaintext-secret',
  );
  const result = lintText('x.yaml', sameLine);
  assert.deepEqual(result.findings, []);
  assert.equal(result.suppressed, 1);
  const otherRule = EXAMPLE.replace(
    'HF_TOKEN: "YOUR_HF_TOKEN"',
    'HF_TOKEN: "YOUR_HF_TOKEN" # rayservice-ci-disable-line gpu-capacity',
  );
  assert.equal(lintText('x.yaml', otherRule).findings.length, 1);
  const nextLine = EXAMPLE.replace(
    '          HF_TOKEN:',
    '          # rayservice-ci-disable-next-line\n          HF_TOKEN:',
  );
  assert.equal(lintText('x.yaml', nextLine).suppressed, 1);
});

test("--crd: the example and the seed's null env pass the real KubeRay CRD; a misspelt container field is pruned and reported", async () => {
  const crd = await loadCrd(CRD_PATH, readFileSync(CRD_PATH, 'utf8'));
  assert.ok(typeof crd !== 'string');
  assert.deepEqual(
    lintText('x.yaml', EXAMPLE, { crd }).findings.filter((f) => f.ruleId === 'crd-schema'),
    [],
  );
  const typo = variant([
    { path: [...GPU_GROUP, 'template', 'spec', 'containers', 0, 'imagePullPolicyy'], value: 'Always' },
  ]);
  const found = lintText('x.yaml', typo, { crd }).findings.filter((f) => f.ruleId === 'crd-schema');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, lineOf(typo, 'imagePullPolicyy'));
  assert.match(found[0]!.message, /did you mean "imagePullPolicy"/);
});

test("every RayService field our schema models exists in KubeRay's CRD, unless marked as newer than that CRD", () => {
  const { version } = kubeRayFiles();
  const crd = readFileSync(CRD_PATH, 'utf8');
  type Fields = Record<string, { 'x-kuberay-since'?: string; properties?: Fields }>;
  const spec = (rayServiceSchema['properties'] as Fields)['spec']!.properties!;
  const fields = { ...spec, ...spec['rayClusterConfig']!.properties! };
  const inCrd = (key: string) => new RegExp(`\\n\\s+${key}:\\n`).test(crd);
  const fetched = parseRayVersion(version.replace(/^v/, ''))!;
  const newer = (field: Fields[string]) =>
    field['x-kuberay-since'] !== undefined && !atLeast(fetched, field['x-kuberay-since']);
  assert.deepEqual(
    Object.keys(fields).filter((key) => !newer(fields[key]!) && !inCrd(key)),
    [],
    `fields missing from KubeRay ${version}'s CRD`,
  );
  // The marker must be true too: a field said to be newer than this CRD is not in it.
  assert.deepEqual(
    Object.keys(fields).filter((key) => newer(fields[key]!) && inCrd(key)),
    [],
    `fields KubeRay ${version} already has`,
  );
});

test('formats: SARIF 2.1.0 results, escaped annotations, a text frame without credentials, a valid JSON report', () => {
  const token = `hf_${'Zx9'.repeat(12)}`;
  const text = EXAMPLE.replace('YOUR_HF_TOKEN', token);
  const { findings, suppressed, rayServices } = lintText('x.yaml', text);
  const report = {
    apiVersion: API_VERSION,
    kind: 'LintReport' as const,
    findings,
    summary: summarize(findings, { suppressed, files: 1, rayServices }),
  };
  const sarif = JSON.parse(formatSarif(report, ALL_RULES, { version: '0', informationUri: 'https://example.com' }));
  assert.equal(sarif.version, '2.1.0');
  assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, lineOf(text, 'HF_TOKEN'));
  assert.equal(sarif.runs[0].results[0].level, 'error');
  const annotations = formatAnnotations(report);
  assert.match(annotations, /^::error file=x\.yaml,line=\d+,col=\d+/);
  assert.equal(
    annotations.trimEnd().split('\n').length,
    findings.length,
    'one line per finding: newlines in messages are escaped',
  );
  assert.match(annotations, /%0AFix: /);
  const frame = formatText(report);
  assert.ok(!frame.includes(token), 'the code frame redacts the token');
  assert.match(frame, /\*\*\*/);
  const validate = new Ajv({ strict: false }).compile(lintReportSchema);
  assert.ok(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors));
});
