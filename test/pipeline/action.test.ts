// The root action as a workflow runs it: dist/pipeline/main.js with INPUT_* variables, on the simulated cluster it
// starts, posting to a local stand-in for GitHub's REST API. The first run creates the one sticky comment, a second
// run on the same pull request updates it (here one that stops at lint), a fork's pull request posts none.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ACTIONS_BOT } from '../../src/report/index.ts';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.ts';
import { parseCommandFile, runAsync } from '../helpers/run.ts';
import { EXAMPLE_PATH } from '../helpers/variants.ts';

const AUTOSCALING = 'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config';

let api: GitHubApi;
let dir: string;

before(async () => {
  api = await startGitHubApi({ 'gh-token': { login: ACTIONS_BOT, kind: 'installation' } });
  dir = mkdtempSync(join(tmpdir(), 'rsci-pipeline-action-'));
});
after(async () => api?.close());

function event(number: number, head = 'acme/llm'): string {
  const path = join(dir, `event-${number}-${head.replace('/', '-')}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      number,
      pull_request: { number, head: { repo: { full_name: head } }, base: { repo: { full_name: 'acme/llm' } } },
      repository: { full_name: 'acme/llm' },
    }),
  );
  return path;
}

async function runPipelineAction(inputs: Record<string, string>, eventPath: string) {
  const run = mkdtempSync(join(dir, 'run-'));
  const files = { output: join(run, 'output'), summary: join(run, 'summary'), state: join(run, 'state') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: run,
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_API_URL: api.url,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REPOSITORY: 'acme/llm',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '77',
    GITHUB_RUN_ATTEMPT: '1',
    ...Object.fromEntries(
      Object.entries({ 'github-token': 'gh-token', 'out-dir': join(run, 'out'), ...inputs }).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        v,
      ]),
    ),
  };
  const result = await runAsync(process.execPath, ['dist/pipeline/main.js'], { env, timeoutMs: 150_000 });
  return {
    ...result,
    outputs: parseCommandFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: readFileSync(files.state, 'utf8'),
  };
}

const RUN = {
  manifest: EXAMPLE_PATH,
  profile: 'examples/llama32-3b/load-test.yaml',
  'hold-for': '10s',
  set: [
    `${AUTOSCALING}.max_replicas=2`,
    `${AUTOSCALING}.upscale_delay_s=2`,
    `${AUTOSCALING}.downscale_delay_s=5`,
    `${AUTOSCALING}.look_back_period_s=2`,
  ].join('\n'),
  'scale-up-within': '60s',
  'scale-down-within': '60s',
  'secret-env': 'HF_TOKEN=hf-token/token',
  secrets: 'HF_TOKEN=hf_notARealTokenButLongEnough0123',
};

test('the root action runs the pipeline on the sim: a passing verdict, the report in the summary, one comment, updated by the next run', async () => {
  const path = event(31);
  const first = await runPipelineAction(RUN, path);
  assert.equal(first.status, 0, first.stdout + first.stderr);
  assert.equal(first.outputs['verdict'], 'pass');
  assert.ok(existsSync(first.outputs['report-file']!));
  const report = readFileSync(first.outputs['report-file']!, 'utf8');
  assert.match(report, /```mermaid\nxychart-beta/);
  assert.match(first.summary, /Verdict: ✅ pass/);
  assert.equal(first.outputs['namespace'], 'rayservice-ci-77-1');
  assert.equal(first.state, '', 'a sim run leaves nothing for the post step');
  // ::add-mask:: is how a secret is handed to the runner, which hides it from the log from then on.
  const logged = (first.stdout + first.stderr).replace(/^::add-mask::.*$/gm, '');
  assert.match(first.stdout, /^::add-mask::hf_notARealToken/m, 'the secret value is masked before use');
  assert.doesNotMatch(
    logged + report + first.summary,
    /hf_notARealToken|gh-token/,
    'no secret in the log, report or summary',
  );
  const comments = api.comments('acme/llm', 31);
  assert.equal(comments.length, 1);
  assert.match(comments[0]!.body, /Verdict: ✅ pass/);
  assert.equal(first.outputs['comment-url']?.endsWith(`#issuecomment-${comments[0]!.id}`), true);

  const second = await runPipelineAction({ ...RUN, 'max-warnings': '0' }, path);
  assert.equal(second.status, 1, 'a lint warning over max-warnings fails the step');
  assert.match(second.stdout, /::error::rayservice-ci: the run stopped at lint/);
  assert.equal(second.outputs['verdict'], 'fail');
  const updated = api.comments('acme/llm', 31);
  assert.equal(updated.length, 1, 'still one comment');
  assert.equal(updated[0]!.id, comments[0]!.id);
  assert.match(updated[0]!.body, /stopped at lint/);
});

test("a fork's pull request posts no comment; the job summary has the report", async () => {
  const before = api.requests.length;
  const run = await runPipelineAction({ ...RUN, 'max-warnings': '0' }, event(32, 'mallory/llm'));
  assert.equal(run.status, 1);
  assert.deepEqual(api.requests.slice(before), []);
  assert.match(run.stdout, /^::notice::report: Pull request #\d+ comes from a fork/m);
  assert.match(run.summary, /stopped at lint/);
});

test('bad inputs are named before anything runs', async () => {
  const run = await runPipelineAction(
    { manifest: EXAMPLE_PATH, profile: '', cluster: 'gke', 'sim-gpu-nodes': 'many', comment: 'yes' },
    event(33),
  );
  assert.equal(run.status, 1);
  for (const problem of [
    /Input profile is required/,
    /cluster takes sim or kubeconfig/,
    /sim-gpu-nodes takes a whole number/,
    /comment takes true or false/,
  ])
    assert.match(run.stdout, problem);
  assert.equal(existsSync(resolve(process.cwd(), 'rayservice-ci-out')), false, 'no out dir was made');
});
