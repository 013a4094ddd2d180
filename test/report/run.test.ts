// runReport and readReportInputs: every hand-over file read through its contract, all problems at once, the file
// and summary renderings roomier than the comment's, and the price and override parsing at their boundaries.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERDICT } from '../../src/assert/types.ts';
import { serializeContract } from '../../src/contracts/index.ts';
import { DEPLOY_DIAGNOSIS, DEPLOYMENT } from '../../src/deploy/index.ts';
import { LINT_REPORT } from '../../src/lint/index.ts';
import { LOAD_RESULTS } from '../../src/load/index.ts';
import { TIMELINE } from '../../src/observe/index.ts';
import { RENDERED_MANIFEST } from '../../src/render/index.ts';
import {
  COMMENT_LIMIT,
  parseGpuHourPrice,
  parseOverride,
  readReportInputs,
  runLinksFrom,
  runReport,
} from '../../src/report/index.ts';
import {
  assertion,
  deploymentOf,
  diagnosisOf,
  findingOf,
  lintOf,
  loadOf,
  timelineOf,
  verdictOf,
} from '../../src/report/fixtures/runs.ts';

function writeAll(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-report-run-'));
  writeFileSync(join(dir, 'verdict.json'), serializeContract(VERDICT, verdictOf([assertion()])));
  writeFileSync(join(dir, 'timeline.json'), serializeContract(TIMELINE, timelineOf({ minutes: 60, everyMs: 1000 })));
  writeFileSync(join(dir, 'results.json'), serializeContract(LOAD_RESULTS, loadOf()));
  writeFileSync(
    join(dir, 'lint.json'),
    serializeContract(LINT_REPORT, lintOf(Array.from({ length: 400 }, (_, i) => findingOf(i, 'w'.repeat(250))))),
  );
  writeFileSync(join(dir, 'deployment.json'), serializeContract(DEPLOYMENT, deploymentOf()));
  writeFileSync(join(dir, 'diagnosis.json'), serializeContract(DEPLOY_DIAGNOSIS, diagnosisOf()));
  writeFileSync(
    join(dir, 'rendered.json'),
    serializeContract(RENDERED_MANIFEST, {
      apiVersion: 'rayservice-ci.io/v1alpha1',
      kind: 'RenderedManifest',
      manifest: 'rendered.yaml',
      namespace: 'rsci-pr-42',
      name: 'llama',
      runId: '42-1',
      expiresAt: '2026-11-29T18:00:00Z',
      labels: {},
      secrets: [],
    }),
  );
  return dir;
}

const ALL = {
  verdict: 'verdict.json',
  timeline: 'timeline.json',
  load: 'results.json',
  lint: 'lint.json',
  rendered: 'rendered.json',
  deployment: 'deployment.json',
  diagnosis: 'diagnosis.json',
};

test('readReportInputs reads each of the seven contracts; every bad file is named at once', async () => {
  const dir = writeAll();
  const read = await readReportInputs(ALL, dir);
  assert.ok(read.ok);
  assert.deepEqual(
    Object.entries(read.input).map(([k, v]) => [k, (v as { kind: string }).kind]),
    [
      ['verdict', 'Verdict'],
      ['timeline', 'Timeline'],
      ['load', 'LoadResults'],
      ['lint', 'LintReport'],
      ['rendered', 'RenderedManifest'],
      ['deployment', 'Deployment'],
      ['diagnosis', 'DeployDiagnosis'],
    ],
  );
  const swapped = await readReportInputs({ verdict: 'lint.json', timeline: 'results.json', load: 'gone.json' }, dir);
  assert.ok(!swapped.ok);
  assert.equal(swapped.problems.length, 3);
  assert.match(
    swapped.problems.join('\n'),
    /^lint\.json is not a Verdict[\s\S]*results\.json is not a Timeline[\s\S]*gone\.json: no such file/,
  );
});

test('runReport: the file gets more detail than the comment, which stays under the limit', async () => {
  const dir = writeAll();
  const run = await runReport(
    { cwd: dir },
    { paths: ALL, out: 'report.md', overrides: ['spec.a=1', 'spec.b'], gpuHourPrice: '2.5USD' },
  );
  assert.ok(run.ok);
  assert.equal(readFileSync(join(dir, 'report.md'), 'utf8'), run.markdown);
  assert.ok(run.commentBody.length <= COMMENT_LIMIT);
  assert.ok(run.markdown.length > run.commentBody.length, `${run.markdown.length} > ${run.commentBody.length}`);
  assert.match(run.markdown, /\| <code>spec\.a<\/code> \| <code>1<\/code> \|/);
  assert.match(run.markdown, /\| <code>spec\.b<\/code> \| <code><\/code> \|/);
  const unwritable = await runReport({ cwd: dir }, { paths: ALL, out: 'no/such/dir/report.md' });
  assert.ok(!unwritable.ok && unwritable.kind === 'input');
  assert.match(unwritable.problems[0]!, /Cannot write no\/such\/dir\/report\.md: ENOENT/);
});

test('parseGpuHourPrice and parseOverride at their boundaries; runLinksFrom only inside Actions', () => {
  assert.deepEqual(parseGpuHourPrice('2.5USD'), { amount: 2.5, currency: 'USD' });
  assert.deepEqual(parseGpuHourPrice(' 0.9 eur '), { amount: 0.9, currency: 'EUR' });
  assert.deepEqual(parseGpuHourPrice('3'), { amount: 3, currency: 'USD' });
  assert.equal(typeof parseGpuHourPrice('-1USD'), 'string');
  assert.equal(typeof parseGpuHourPrice('2.5 dollars'), 'string');
  assert.equal(typeof parseGpuHourPrice(''), 'string');
  assert.deepEqual(parseOverride('a.b=c=d'), { path: 'a.b', value: 'c=d' });
  assert.deepEqual(runLinksFrom({}), {});
  assert.deepEqual(
    runLinksFrom({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' }),
    {
      runUrl: 'https://github.com/o/r/actions/runs/7',
      artifactsUrl: 'https://github.com/o/r/actions/runs/7#artifacts',
    },
  );
});
