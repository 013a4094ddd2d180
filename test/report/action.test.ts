// The report action run the way a workflow runs it: its entry in a child process with INPUT_* variables,
// GITHUB_API_URL at a local stand-in for GitHub's REST API, GITHUB_EVENT_PATH at a pull_request event, and
// temporary GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. The first run creates one comment, the second updates it, a
// fork's pull request and a read-only token post none; and action.yml declares exactly the adapter's inputs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPORT_INPUTS } from '../../src/actions/report/adapter.ts';
import { VERDICT } from '../../src/assert/types.ts';
import { serializeContract } from '../../src/contracts/index.ts';
import { LOAD_RESULTS } from '../../src/load/index.ts';
import { TIMELINE } from '../../src/observe/index.ts';
import { ACTIONS_BOT, reportMarker } from '../../src/report/index.ts';
import { assertion, loadOf, timelineOf, verdictOf } from '../../src/report/fixtures/runs.ts';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.ts';
import { parseCommandFile, runAsync } from '../helpers/run.ts';

let api: GitHubApi;
let dir: string;

before(async () => {
  api = await startGitHubApi({
    'gh-token': { login: ACTIONS_BOT, kind: 'installation' },
    'read-only': { login: ACTIONS_BOT, kind: 'installation', readOnly: true },
    // Another GitHub App's installation token: GET /user is 403, and it writes as <app-slug>[bot].
    'app-token': { login: 'acme-ci[bot]', kind: 'installation' },
  });
  dir = mkdtempSync(join(tmpdir(), 'rsci-report-action-'));
  writeFileSync(join(dir, 'verdict.json'), serializeContract(VERDICT, verdictOf([assertion()])));
  writeFileSync(join(dir, 'timeline.json'), serializeContract(TIMELINE, timelineOf()));
  writeFileSync(join(dir, 'results.json'), serializeContract(LOAD_RESULTS, loadOf()));
});

after(async () => {
  await api?.close();
});

function event(number: number, head = 'acme/llm'): string {
  const path = join(dir, `event-${number}-${head.replace('/', '-')}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: { number, head: { repo: { full_name: head } }, base: { repo: { full_name: 'acme/llm' } } },
      repository: { full_name: 'acme/llm' },
    }),
  );
  return path;
}

/** The action's entry as the runner starts it, without blocking this process (it serves the API stand-in). */
async function runReportAction(inputs: Record<string, string>, eventPath: string) {
  const run = mkdtempSync(join(dir, 'run-'));
  const output = join(run, 'output');
  const summary = join(run, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: run,
    GITHUB_WORKSPACE: dir,
    GITHUB_API_URL: api.url,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/llm',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '99',
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const result = await runAsync(process.execPath, ['src/actions/report/main.ts'], { env, timeoutMs: 60_000 });
  return {
    ...result,
    outputs: parseCommandFile(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  };
}

const FILES = { verdict: 'verdict.json', timeline: 'timeline.json', load: 'results.json' };

test('the first run creates one comment and the second updates it; report file, job summary and outputs', async () => {
  const path = event(21);
  const first = await runReportAction({ ...FILES, 'github-token': 'gh-token' }, path);
  assert.equal(first.status, 0, first.stdout + first.stderr);
  const comments = api.comments('acme/llm', 21);
  assert.equal(comments.length, 1);
  assert.ok(comments[0]!.body.startsWith(reportMarker()));
  assert.equal(first.outputs['comment-id'], String(comments[0]!.id));
  assert.match(first.outputs['comment-url']!, /#issuecomment-\d+$/);
  assert.ok(existsSync(first.outputs['report-file']!));
  const report = readFileSync(first.outputs['report-file']!, 'utf8');
  assert.match(report, /\*\*Verdict: ✅ pass\*\*/);
  assert.match(report, /\[the workflow run\]\(https:\/\/github\.example\/acme\/llm\/actions\/runs\/99\)/);
  assert.equal(first.summary, `${report}\n`);
  assert.equal(comments[0]!.body, report, 'under the limit, the comment is the whole report');
  assert.doesNotMatch(first.stdout + first.stderr, /gh-token/);

  const second = await runReportAction({ ...FILES, 'github-token': 'gh-token', title: 'second run' }, path);
  assert.equal(second.status, 0, second.stdout + second.stderr);
  assert.equal(api.comments('acme/llm', 21).length, 1);
  assert.equal(second.outputs['comment-id'], first.outputs['comment-id']);
  assert.match(api.comments('acme/llm', 21)[0]!.body, /\*\*second run\*\*/);
  assert.ok(api.requests.some((r) => r.method === 'PATCH' && r.status === 200));
});

test("another app's token updates its own comment only when told its login with comment-author", async () => {
  const path = event(31);
  const inputs = { ...FILES, 'github-token': 'app-token', 'comment-author': 'acme-ci[bot]' };
  for (const title of ['first', 'second']) {
    const run = await runReportAction({ ...inputs, title }, path);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  }
  const ours = api.comments('acme/llm', 31);
  assert.deepEqual(
    ours.map((c) => c.user.login),
    ['acme-ci[bot]'],
    'one comment, updated in place',
  );
  assert.match(ours[0]!.body, /\*\*second\*\*/);
  // Without it the token's login is unknown (GET /user is 403), taken for github-actions[bot]: a new comment.
  const unnamed = await runReportAction({ ...FILES, 'github-token': 'app-token', title: 'third' }, path);
  assert.equal(unnamed.status, 0, unnamed.stdout + unnamed.stderr);
  assert.equal(api.comments('acme/llm', 31).length, 2);
});

test("a fork's pull request posts nothing and says where the report is; the summary is still written", async () => {
  const start = api.requests.length;
  const run = await runReportAction({ ...FILES, 'github-token': 'gh-token' }, event(22, 'mallory/llm'));
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.deepEqual(api.requests.slice(start), [], 'not one request to the API');
  assert.equal(api.comments('acme/llm', 22).length, 0);
  assert.match(run.stdout, /^::notice::Pull request #22 comes from a fork \(mallory\/llm\).*job summary/m);
  assert.equal(run.outputs['comment-id'], undefined);
  assert.match(run.summary, /\*\*Verdict: ✅ pass\*\*/);
});

test('a read-only token (403) skips the comment with a notice; comment: false posts nothing at all', async () => {
  const readOnly = await runReportAction({ ...FILES, 'github-token': 'read-only' }, event(23));
  assert.equal(readOnly.status, 0, readOnly.stdout + readOnly.stderr);
  assert.match(readOnly.stdout, /^::notice::The token may not create the comment .*HTTP 403.*job summary/m);
  assert.equal(api.comments('acme/llm', 23).length, 0);
  const start = api.requests.length;
  const off = await runReportAction({ ...FILES, 'github-token': 'gh-token', comment: 'false' }, event(24));
  assert.equal(off.status, 0);
  assert.equal(api.requests.length, start);
  assert.match(off.summary, /rayservice-ci/);
});

test('a bad token fails the step after writing the summary; bad inputs fail before anything', async () => {
  const bad = await runReportAction({ ...FILES, 'github-token': 'wrong-secret-value' }, event(25));
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /::error::Report written, comment not posted:.*HTTP 401/);
  assert.doesNotMatch(bad.stdout + bad.stderr, /wrong-secret-value/);
  assert.match(bad.summary, /\*\*Verdict/);
  const yes = await runReportAction({ ...FILES, comment: 'yes' }, event(26));
  assert.equal(yes.status, 1);
  assert.match(yes.stdout, /Input comment takes true or false, not "yes"/);
  const missing = await runReportAction({ verdict: 'nope.json', 'github-token': 'gh-token' }, event(27));
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /No report:.*Cannot read .*nope\.json: no such file/s);
  assert.equal(missing.summary, '');
});

test("actions/report/action.yml declares exactly the adapter's inputs and runs dist/report/main.js on node24", () => {
  const action = parse(readFileSync('actions/report/action.yml', 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
  };
  assert.deepEqual(Object.keys(action.inputs).sort(), [...REPORT_INPUTS].sort());
  assert.equal(action.inputs['github-token']!.default, '${{ github.token }}');
  assert.deepEqual(Object.keys(action.outputs).sort(), ['comment-id', 'comment-url', 'report-file']);
  assert.deepEqual(action.runs, { using: 'node24', main: '../../dist/report/main.js' });
});
