// The committed bundles run as GitHub runs them: dist/<action>/main.js with INPUT_* variables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { runAction } from '../helpers/run.ts';
import { STAGES } from '../../src/stages.ts';
import { COMMAND_NAMES, runCommand } from '../../src/cli/dispatch.ts';
import { PIPELINE_INPUTS } from '../../src/actions/pipeline/adapter.ts';
import { EXAMPLE_PATH } from '../helpers/variants.ts';

test('every action of src/stages.ts: its action.yml declares exactly the inputs its adapter reads, runs on node24 from dist', async () => {
  const actions: { file: string; inputs: readonly string[]; main: string; post?: string }[] = [
    { file: 'action.yml', inputs: PIPELINE_INPUTS, main: 'dist/pipeline/main.js', post: 'dist/pipeline/post.js' },
  ];
  for (const stage of STAGES) {
    if (!stage.action) continue;
    const adapter = (await import(`../../src/actions/${stage.name}/adapter.ts`)) as Record<string, unknown>;
    const inputs = Object.entries(adapter).find(([name]) => name.endsWith('_INPUTS'))?.[1] as
      readonly string[] | undefined;
    assert.ok(inputs, `src/actions/${stage.name}/adapter.ts exports its *_INPUTS`);
    actions.push({
      file: `actions/${stage.name}/action.yml`,
      inputs,
      main: `dist/${stage.name}/main.js`,
      ...(stage.action.post ? { post: `dist/${stage.name}/post.js` } : {}),
    });
  }
  assert.ok(actions.length >= 5);
  for (const { file, inputs, main, post } of actions) {
    const action = parse(readFileSync(file, 'utf8'));
    assert.deepEqual(Object.keys(action.inputs).sort(), [...inputs].sort(), file);
    assert.equal(action.runs.using, 'node24');
    const at = (path: string) => new URL(path, new URL(file, `file://${process.cwd()}/`)).pathname;
    assert.equal(at(action.runs.main), `${process.cwd()}/${main}`, file);
    assert.equal(
      action.runs.post === undefined ? undefined : at(action.runs.post),
      post === undefined ? undefined : `${process.cwd()}/${post}`,
      file,
    );
    assert.ok(existsSync(main), `${main} is built`);
    for (const [name, input] of Object.entries(action.inputs as Record<string, { description?: string }>))
      assert.ok(input.description, `${file}: ${name} has a description`);
  }
});

test('the CLI loads a module for exactly the commands of src/stages.ts, and --help lists them', async () => {
  assert.deepEqual([...COMMAND_NAMES].sort(), STAGES.map((s) => s.name).sort());
  let out = '';
  const io = {
    cwd: process.cwd(),
    env: {},
    stdout: (t: string) => void (out += t),
    stderr: () => undefined,
    isTty: false,
    now: () => new Date(),
    shutdownRequested: () => new Promise<string>(() => undefined),
  };
  assert.equal(await runCommand(['--help'], io), 0);
  for (const stage of STAGES)
    assert.match(out, new RegExp(`^  ${stage.name} +${stage.summary.replace(/[()]/g, '\\$&')}$`, 'm'));
});

test('lint action: outputs, annotations, job summary, SARIF; fails the step past max-warnings', () => {
  const ran = runAction('dist/lint/main.js', { files: EXAMPLE_PATH, 'max-warnings': '-1' });
  assert.equal(ran.status, 0, ran.stdout);
  assert.equal(ran.outputs['errors'], '0');
  assert.equal(ran.outputs['warnings'], '1');
  assert.match(ran.stdout, /::warning .*file=examples\/llama32-3b\/rayservice.yaml,line=18/);
  assert.match(ran.summary, /rayservice-ci lint/);
  assert.equal(JSON.parse(readFileSync(ran.outputs['sarif-file']!, 'utf8')).runs[0].results.length, 1);
  const strict = runAction('dist/lint/main.js', { files: EXAMPLE_PATH, 'max-warnings': '0' });
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /::error::1 warnings exceed max-warnings 0/);
  const bad = runAction('dist/lint/main.js', { files: 'missing/*.yaml' });
  assert.equal(bad.status, 1);
  assert.match(bad.stdout, /no YAML file matches/);
});

test('render action: rendered manifest and contract, run id from the GitHub run', () => {
  const ran = runAction(
    'dist/render/main.js',
    { manifest: EXAMPLE_PATH, 'secret-env': 'HF_TOKEN=hf-token/token', ttl: '6h' },
    {
      GITHUB_RUN_ID: '99',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_REPOSITORY: 'acme/serving',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_SHA: 'abc123',
    },
  );
  assert.equal(ran.status, 0, ran.stdout);
  assert.equal(ran.outputs['run-id'], '99-2');
  assert.equal(ran.outputs['namespace'], 'rayservice-ci-99-2');
  const manifest = parse(readFileSync(ran.outputs['manifest']!, 'utf8'));
  assert.equal(
    manifest.metadata.annotations['rayservice-ci.io/run-url'],
    'https://github.com/acme/serving/actions/runs/99',
  );
  assert.equal(JSON.parse(readFileSync(ran.outputs['result-file']!, 'utf8')).kind, 'RenderedManifest');
});
