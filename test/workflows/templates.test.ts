// The workflow templates in workflows/ against the actions they call (every `with:` key declared, every required input
// given) and against the promises docs/workflows.md makes for them (triggers, permissions, concurrency, artifacts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO, repoActions, type RepoAction } from './actionlint.ts';

interface Step {
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps?: Step[]; permissions?: Record<string, string> }>;
}

const TEMPLATES = readdirSync(join(REPO, 'workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

function template(file: string): Workflow {
  return parse(readFileSync(join(REPO, 'workflows', file), 'utf8')) as Workflow;
}

function steps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) => job.steps ?? []);
}

// `<owner>/rayservice-ci@ref` is the root action, `<owner>/rayservice-ci/actions/<name>@ref` a stage action; the owner
// is whatever the user's copy says.
const OURS = /^[A-Za-z0-9-]+\/rayservice-ci(?:\/(actions\/[A-Za-z0-9_-]+))?@\S+$/;

/** What is wrong with the `with:` of each step of `workflow` that calls one of `actions`, one line each. */
function inputProblems(workflow: Workflow, actions: readonly RepoAction[]): string[] {
  const problems: string[] = [];
  for (const step of steps(workflow)) {
    const match = step.uses ? OURS.exec(step.uses) : null;
    if (!match) continue;
    const file = match[1] ? `${match[1]}/action.yml` : 'action.yml';
    const action = actions.find((a) => a.file === file);
    if (!action) {
      problems.push(`${step.uses}: no ${file} in this repository`);
      continue;
    }
    const given = Object.keys(step.with ?? {});
    for (const key of given)
      if (!(key in action.inputs)) problems.push(`${step.uses}: "${key}" is not an input of ${file}`);
    for (const [name, input] of Object.entries(action.inputs))
      if (input.required === true && !given.includes(name))
        problems.push(`${step.uses}: required input "${name}" of ${file} is not given`);
  }
  return problems;
}

test('every template calls at least one of our actions, and each with: key is an input it declares', () => {
  const actions = repoActions();
  assert.ok(TEMPLATES.length >= 4, TEMPLATES.join(', '));
  for (const file of TEMPLATES) {
    const workflow = template(file);
    assert.ok(
      steps(workflow).some((s) => s.uses && OURS.test(s.uses)),
      `${file} uses <owner>/rayservice-ci[/actions/<name>]@<ref>`,
    );
    assert.deepEqual(inputProblems(workflow, actions), [], file);
  }
});

test('the input check finds a misspelt key, a missing required input and an action that does not exist', () => {
  const actions = repoActions();
  const root = actions.find((a) => a.file === 'action.yml')!;
  const required = Object.keys(root.inputs).filter((name) => root.inputs[name]!.required === true);
  assert.ok(required.length > 0, 'the root action has a required input');
  const complete = Object.fromEntries(required.map((name) => [name, 'x']));
  const calling = (uses: string, given: Record<string, unknown>): Workflow => ({
    on: { workflow_dispatch: null },
    jobs: { run: { steps: [{ uses, with: given }] } },
  });
  assert.deepEqual(inputProblems(calling('acme/rayservice-ci@v0', complete), actions), []);
  assert.deepEqual(inputProblems(calling('acme/rayservice-ci@v0', { ...complete, hold_for: '2m' }), actions), [
    'acme/rayservice-ci@v0: "hold_for" is not an input of action.yml',
  ]);
  const [first] = required;
  const { [first!]: _left, ...short } = complete;
  assert.deepEqual(inputProblems(calling('acme/rayservice-ci@v0', short), actions), [
    `acme/rayservice-ci@v0: required input "${first}" of action.yml is not given`,
  ]);
  assert.deepEqual(inputProblems(calling('acme/rayservice-ci/actions/nope@v0', {}), actions), [
    'acme/rayservice-ci/actions/nope@v0: no actions/nope/action.yml in this repository',
  ]);
  // Someone else's action of another name is not checked against ours.
  assert.deepEqual(inputProblems(calling('acme/rayservice-ci-fork@v0', { anything: 1 }), actions), []);
});

test('no template runs on pull_request_target, and each grants its token only what docs/workflows.md says', () => {
  // The one write a template may ask for is the sticky comment's; anything else must be argued for in the docs first.
  const allowedWrites = new Set(['pull-requests']);
  for (const file of TEMPLATES) {
    const workflow = template(file);
    assert.ok(!('pull_request_target' in workflow.on), `${file} is not triggered by pull_request_target`);
    assert.ok(workflow.permissions, `${file} declares permissions (org defaults may be read-write)`);
    for (const [scope, level] of Object.entries(workflow.permissions))
      assert.ok(level !== 'write' || allowedWrites.has(scope), `${file}: ${scope}: write`);
    for (const [name, job] of Object.entries(workflow.jobs))
      assert.equal(job.permissions, undefined, `${file}: job ${name} keeps the workflow's permissions`);
    assert.ok(workflow.concurrency, `${file} declares a concurrency group`);
    for (const step of steps(workflow).filter((s) => s.uses?.startsWith('actions/upload-artifact@')))
      assert.equal(step.if, 'always()', `${file}: artifacts are uploaded also when the run fails`);
  }
  assert.ok(existsSync(join(REPO, 'docs', 'workflows.md')));
});

test('the PR check: pull_request on the manifests only, one run per PR, the comment the only write', () => {
  const workflow = template('rayservice-pr-check.yml');
  const trigger = workflow.on['pull_request'] as { paths?: string[] };
  assert.ok(trigger.paths && trigger.paths.length > 0, 'paths filter');
  assert.deepEqual(workflow.concurrency, {
    group: 'rayservice-ci-${{ github.event.pull_request.number }}',
    'cancel-in-progress': true,
  });
  assert.deepEqual(workflow.permissions, { contents: 'read', 'pull-requests': 'write' });
  const run = steps(workflow).find((s) => s.uses && OURS.test(s.uses))!;
  // CI-sized: the windows are shortened through render overrides of Serve's delays, not by trusting the defaults.
  assert.match(String(run.with?.['set']), /downscale_delay_s=\d+/);
  assert.match(String(run.with?.['cluster']), /head\.repo\.full_name == github\.repository/);
});

test('the nightly run: scheduled and on demand, the profile as written, artifacts always', () => {
  const workflow = template('rayservice-nightly.yml');
  assert.ok(Array.isArray(workflow.on['schedule']) && 'workflow_dispatch' in workflow.on);
  const run = steps(workflow).find((s) => s.uses && OURS.test(s.uses))!;
  for (const override of ['hold-for', 'set'])
    assert.equal(run.with?.[override], undefined, `the nightly run has no ${override}`);
  assert.equal(run.with?.['cluster'], 'kubeconfig');
  assert.ok(steps(workflow).some((s) => s.uses?.startsWith('actions/upload-artifact@') && s.if === 'always()'));
});

test('the dispatch run: typed inputs with defaults and descriptions, each reaching the run', () => {
  const workflow = template('rayservice-dispatch.yml');
  const inputs = (workflow.on['workflow_dispatch'] as { inputs: Record<string, Record<string, unknown>> }).inputs;
  assert.deepEqual(Object.keys(inputs).sort(), [
    'concurrency',
    'hold-for',
    'max_replicas',
    'scale-down-within',
    'scale-up-within',
  ]);
  for (const [name, input] of Object.entries(inputs)) {
    assert.ok(['number', 'string'].includes(String(input['type'])), `${name} is typed`);
    assert.ok(input['default'] !== undefined && input['description'], `${name} has a default and a description`);
  }
  const text = readFileSync(join(REPO, 'workflows', 'rayservice-dispatch.yml'), 'utf8');
  for (const name of Object.keys(inputs)) assert.ok(text.includes(`inputs.${name} }}`), `inputs.${name} is used`);
});

test("docs/workflows.md's table names each template with every secret it reads and every permission it grants", () => {
  const docs = readFileSync(join(REPO, 'docs', 'workflows.md'), 'utf8');
  for (const file of TEMPLATES) {
    const row = docs.split('\n').find((line) => line.startsWith(`| \`${file}\``));
    assert.ok(row, `docs/workflows.md has a row for ${file}`);
    const text = readFileSync(join(REPO, 'workflows', file), 'utf8');
    const secrets = new Set([...text.matchAll(/secrets\.([A-Za-z0-9_]+)/g)].map((m) => m[1]!));
    for (const secret of secrets) assert.ok(row.includes(`\`${secret}\``), `${file}: the row names ${secret}`);
    const granted = Object.entries(template(file).permissions ?? {});
    if (granted.length === 0) assert.match(row, /none/, `${file}: the row says it grants nothing`);
    for (const [scope, level] of granted)
      assert.ok(row.includes(`\`${scope}: ${level}\``), `${file}: the row names ${scope}: ${level}`);
  }
});
