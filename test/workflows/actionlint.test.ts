// actionlint over the workflow templates users copy and over every action.yml (through a generated workflow that uses
// each one locally), and the cases that prove each check can fail.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  actionlint,
  localActionProject,
  quoted,
  REPO,
  repoActions,
  SHELLCHECK,
  show,
  type RepoAction,
} from './actionlint.ts';

const TEMPLATES = readdirSync(join(REPO, 'workflows'))
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => join('workflows', f));

const project = localActionProject();
after(() => project.remove());

/**
 * A workflow with one step per action. Each step gives the action's required inputs (none with `omitRequired`) and
 * the input `extra` if named; returns the text and, per action, the line of its `uses:` and of its `extra` input
 * (1-based, as actionlint counts).
 */
function usingEveryAction(
  actions: readonly RepoAction[],
  options: { extra?: string; omitRequired?: boolean } = {},
): { text: string; usesLine: Map<string, number>; extraLine: Map<string, number> } {
  const lines = [
    'name: uses every action',
    'on: workflow_dispatch',
    'jobs:',
    '  actions:',
    '    runs-on: ubuntu-latest',
    '    steps:',
  ];
  const usesLine = new Map<string, number>();
  const extraLine = new Map<string, number>();
  for (const action of actions) {
    lines.push(`      - uses: ${action.uses}`);
    usesLine.set(action.uses, lines.length);
    const given = Object.entries(action.inputs)
      .filter(([, input]) => input.required === true && !options.omitRequired)
      .map(([name]) => name);
    if (given.length === 0 && options.extra === undefined) continue;
    lines.push('        with:');
    for (const name of given) lines.push(`          ${name}: ${quoted('x')}`);
    if (options.extra !== undefined) {
      lines.push(`          ${options.extra}: ${quoted('x')}`);
      extraLine.set(action.uses, lines.length);
    }
  }
  return { text: `${lines.join('\n')}\n`, usesLine, extraLine };
}

test('every workflow template passes actionlint', (t) => {
  assert.ok(TEMPLATES.length >= 4, `templates in workflows/: ${TEMPLATES.join(', ')}`);
  if ('problem' in SHELLCHECK) t.diagnostic(`run: scripts not checked, shellcheck missing: ${SHELLCHECK.problem}`);
  const linted = actionlint(TEMPLATES, REPO);
  assert.equal(linted.findings.length, 0, show(linted));
  assert.equal(linted.status, 0, linted.stderr);
});

test('every template passes actionlint with its rayservice-ci steps pointed at the actions in this repository', () => {
  // actionlint reads the action.yml of a local action only: point `<owner>/rayservice-ci[/actions/x]@ref` at ./[actions/x]
  // so that it checks each with: key and each required input against the real metadata.
  const files = TEMPLATES.map((template) => {
    const text = readFileSync(join(REPO, template), 'utf8');
    const local = text.replace(
      /(uses:\s+)[A-Za-z0-9-]+\/rayservice-ci(\/actions\/[A-Za-z0-9_-]+)?@\S+/g,
      (_, key, path) => (path ? `${key}.${path}` : `${key}./`),
    );
    assert.notEqual(local, text, `${template} calls one of our actions`);
    return project.workflow(basename(template), local);
  });
  const linted = actionlint(files, project.dir);
  assert.equal(linted.findings.length, 0, show(linted));
  assert.equal(linted.status, 0, linted.stderr);
});

test('every action.yml passes actionlint when a workflow uses it with its required inputs', () => {
  const actions = repoActions();
  assert.ok(actions.length >= 6, actions.map((a) => a.file).join(', '));
  const file = project.workflow('uses-every-action.yml', usingEveryAction(actions).text);
  const linted = actionlint([file], project.dir);
  assert.equal(linted.findings.length, 0, show(linted));
  assert.equal(linted.status, 0, linted.stderr);
});

test('an input an action does not declare fails actionlint, at that input, for every action', () => {
  const actions = repoActions();
  const { text, extraLine } = usingEveryAction(actions, { extra: 'not-an-input' });
  const linted = actionlint([project.workflow('wrong-input.yml', text)], project.dir);
  assert.equal(linted.status, 1, show(linted));
  for (const action of actions) {
    const finding = linted.findings.find((f) => f.line === extraLine.get(action.uses));
    assert.ok(finding, `${action.file}: no finding at the undeclared input\n${show(linted)}`);
    assert.equal(finding.kind, 'action');
    assert.match(finding.message, /input "not-an-input" is not defined in action/);
  }
  const undeclared = linted.findings.filter((f) => /is not defined in action/.test(f.message));
  assert.equal(undeclared.length, actions.length, show(linted));
});

test('a required input left out fails actionlint, at the step of the action that requires it', () => {
  const actions = repoActions();
  const requiring = actions.filter((a) => Object.values(a.inputs).some((i) => i.required === true));
  assert.ok(requiring.length > 0, 'some action has a required input');
  const { text, usesLine } = usingEveryAction(actions, { omitRequired: true });
  const linted = actionlint([project.workflow('missing-input.yml', text)], project.dir);
  assert.equal(linted.status, 1, show(linted));
  for (const action of actions) {
    const missing = linted.findings.filter(
      (f) => f.line === usesLine.get(action.uses) && /missing input/.test(f.message),
    );
    const required = Object.entries(action.inputs).filter(([, i]) => i.required === true);
    assert.equal(missing.length, required.length, `${action.file}\n${show(linted)}`);
  }
});

test('a broken workflow makes actionlint report each fault at its line', (t) => {
  const broken = [
    'on: pull_request', // 1
    'jobs:', // 2
    '  check:', // 3
    '    runs-on: ubuntu-latest', // 4
    '    timeout-minutes: soon', // 5: not a number
    '    steps:', // 6
    '      - name: echo the title', // 7
    '        run: echo "${{ github.event.pull_request.title }}"', // 8: the PR's title spliced into a script
    '      - run: echo ${{ steps.nope.outputs.x }}', // 9: no step has this id
    '      - uses: actions/checkout@v6', // 10
    '        with:', // 11
    '          fetch_depth: 0', // 12: the input is fetch-depth
    '      - run: cd $RUNNER_TEMP', // 13: unquoted variable (shellcheck SC2086)
    '', //
  ].join('\n');
  const linted = actionlint([project.workflow('broken.yml', broken)], project.dir);
  assert.equal(linted.status, 1, show(linted));
  const at = (line: number, kind: string, message: RegExp) =>
    assert.ok(
      linted.findings.some((f) => f.line === line && f.kind === kind && message.test(f.message)),
      `line ${line} [${kind}] ${message}\n${show(linted)}`,
    );
  at(5, 'syntax-check', /float number literal, but found plain text/);
  at(8, 'expression', /"github\.event\.pull_request\.title" is potentially untrusted/);
  at(9, 'expression', /property "nope" is not defined/);
  at(12, 'action', /input "fetch_depth" is not defined/);
  if ('problem' in SHELLCHECK) t.diagnostic(`shellcheck missing, its case not run: ${SHELLCHECK.problem}`);
  else at(13, 'shellcheck', /SC2086/);
});

test('the same workflow fixed passes: the findings above come from the faults, not from the setup', () => {
  const fixed = [
    'on: pull_request',
    'permissions:',
    '  contents: read',
    'jobs:',
    '  check:',
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 5',
    '    steps:',
    '      - name: echo the title',
    '        env:',
    '          TITLE: ${{ github.event.pull_request.title }}',
    '        run: echo "$TITLE"',
    '      - uses: actions/checkout@v6',
    '        with:',
    '          fetch-depth: 0',
    '      - run: cd "$RUNNER_TEMP"',
    '',
  ].join('\n');
  const linted = actionlint([project.workflow('fixed.yml', fixed)], project.dir);
  assert.equal(linted.findings.length, 0, show(linted));
  assert.equal(linted.status, 0);
});
