// `rayservice-ci report` in-process: stdout without an output, --out and --summary files, --comment with the token
// from the environment against the GitHub API stand-in, and the usage and input errors with their exit codes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VERDICT } from '../../src/assert/types.ts';
import { UsageError } from '../../src/cli/io.ts';
import { reportCommand } from '../../src/cli/report-command.ts';
import { serializeContract } from '../../src/contracts/index.ts';
import { DEPLOY_DIAGNOSIS } from '../../src/deploy/index.ts';
import { TIMELINE } from '../../src/observe/index.ts';
import { reportMarker } from '../../src/report/index.ts';
import { assertion, diagnosisOf, timelineOf, verdictOf } from '../../src/report/fixtures/runs.ts';
import { recordingIo } from '../helpers/cli-io.ts';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.ts';

let api: GitHubApi;
let dir: string;

before(async () => {
  api = await startGitHubApi({ 'pat-1': { login: 'octo-user', kind: 'user' } });
  dir = mkdtempSync(join(tmpdir(), 'rsci-report-cli-'));
  writeFileSync(join(dir, 'verdict.json'), serializeContract(VERDICT, verdictOf([assertion()])));
  writeFileSync(join(dir, 'timeline.json'), serializeContract(TIMELINE, timelineOf()));
  writeFileSync(join(dir, 'diagnosis.json'), serializeContract(DEPLOY_DIAGNOSIS, diagnosisOf()));
  writeFileSync(join(dir, 'not-json.json'), '{');
});

after(async () => {
  await api?.close();
});

test('without an output the report goes to stdout; --out and --summary write it, with the cost line', async () => {
  const io = recordingIo(dir);
  assert.equal(await reportCommand(['--verdict', 'verdict.json', '--timeline', 'timeline.json'], io), 0);
  assert.ok(io.out.join('').startsWith(reportMarker()));
  assert.match(io.out.join(''), /```mermaid\nxychart-beta/);
  const summary = join(dir, 'summary.md');
  writeFileSync(summary, '# earlier step\n');
  const files = recordingIo(dir, { GITHUB_STEP_SUMMARY: summary });
  const code = await reportCommand(
    [
      '--verdict',
      'verdict.json',
      '--timeline',
      'timeline.json',
      '-o',
      'report.md',
      '--summary',
      '--gpu-hour-price',
      '3 eur',
    ],
    files,
  );
  assert.equal(code, 0, files.err.join(''));
  assert.deepEqual(files.out, []);
  const report = readFileSync(join(dir, 'report.md'), 'utf8');
  assert.match(report, /GPU-hours .*, about [\d.]+ EUR at 3 EUR per GPU-hour/);
  assert.equal(readFileSync(summary, 'utf8'), `# earlier step\n${report}\n`);
  assert.match(files.err.join(''), /Report written to report\.md/);
});

test('--comment takes the token from the environment and the pull request from --pr; no token, no post', async () => {
  const io = recordingIo(dir, { GITHUB_TOKEN: 'pat-1', GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/llm' });
  const args = [
    '--verdict',
    'verdict.json',
    '--diagnosis',
    'diagnosis.json',
    '--comment',
    '--pr',
    '5',
    '--key',
    'gpu-a',
  ];
  assert.equal(await reportCommand(args, io), 0, io.err.join(''));
  assert.match(io.err.join(''), /Comment created: https:\/\/github\.example\/acme\/llm\/pull\/5#issuecomment-\d+/);
  assert.equal(await reportCommand(args, io), 0);
  assert.match(io.err.join(''), /Comment unchanged/);
  const comments = api.comments('acme/llm', 5);
  assert.equal(comments.length, 1);
  assert.ok(comments[0]!.body.startsWith(reportMarker('gpu-a')));
  assert.match(comments[0]!.body, /Why the deploy failed: Unschedulable/);
  assert.doesNotMatch(io.err.join('') + io.out.join(''), /pat-1/);
  const noPr = recordingIo(dir, { GITHUB_TOKEN: 'pat-1', GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'acme/llm' });
  assert.equal(await reportCommand(['--verdict', 'verdict.json', '--comment'], noPr), 0);
  assert.match(noPr.err.join(''), /notice: No pull request to comment on .*job summary/);
  await assert.rejects(
    reportCommand(['--verdict', 'verdict.json', '--comment', '--pr', '5'], recordingIo(dir)),
    /needs a token/,
  );
});

test('usage and input errors: exit 2 with what to fix', async () => {
  await assert.rejects(reportCommand(['verdict.json'], recordingIo(dir)), UsageError);
  await assert.rejects(
    reportCommand(['--verdict', 'verdict.json', '--summary'], recordingIo(dir)),
    /GITHUB_STEP_SUMMARY/,
  );
  await assert.rejects(reportCommand(['--verdict', 'verdict.json', '--pr', '0'], recordingIo(dir)), /--pr takes/);
  const price = recordingIo(dir);
  assert.equal(await reportCommand(['--verdict', 'verdict.json', '--gpu-hour-price', 'cheap'], price), 2);
  assert.match(price.err.join(''), /gpu-hour-price: "cheap" is not a price; write one like 2\.5USD/);
  const unread = recordingIo(dir);
  assert.equal(await reportCommand(['--verdict', 'missing.json', '--timeline', 'not-json.json'], unread), 2);
  assert.match(unread.err.join(''), /Cannot read .*missing\.json: no such file/);
  assert.match(unread.err.join(''), /not-json\.json is not JSON/);
  const wrongKind = recordingIo(dir);
  assert.equal(await reportCommand(['--verdict', 'timeline.json'], wrongKind), 2);
  assert.match(wrongKind.err.join(''), /timeline\.json is not a Verdict/);
  const nothing = recordingIo(dir);
  assert.equal(await reportCommand([], nothing), 2);
  assert.match(nothing.err.join(''), /Nothing to report/);
});
