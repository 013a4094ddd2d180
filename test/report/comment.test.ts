// The sticky comment against a local stand-in for GitHub's REST API: created once, then updated in place (also when
// it sits on page 3 behind 250 others, and not mistaken for a copy of the marker by someone else); skipped with a
// notice for a fork's pull request, a read-only token, or no pull request; the token's user decides whose comments
// count, github-actions[bot] for an installation token.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ACTIONS_BOT,
  githubClient,
  publishComment,
  pullRequestOf,
  reportMarker,
  type PullRequestTarget,
} from '../../src/report/index.ts';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.ts';

let api: GitHubApi;
const TARGET: PullRequestTarget = { owner: 'acme', repo: 'llm', number: 7 };
const MARKER = reportMarker();

before(async () => {
  api = await startGitHubApi({
    'user-token': { login: 'octo-user', kind: 'user' },
    'gh-token': { login: ACTIONS_BOT, kind: 'installation' },
    'read-only': { login: ACTIONS_BOT, kind: 'installation', readOnly: true },
    'other-token': { login: 'someone-else', kind: 'user' },
  });
});

after(async () => {
  await api?.close();
});

const body = (text: string) => `${MARKER}\n${text}\n`;

test('a first run creates one comment; a second updates that one in place; an unchanged body is not written', async () => {
  const target = { ...TARGET, number: 1 };
  const client = await githubClient('gh-token', api.url);
  const first = await publishComment(client, target, MARKER, body('run 1'));
  assert.equal(first.outcome, 'created');
  const second = await publishComment(client, target, MARKER, body('run 2'));
  assert.equal(second.outcome, 'updated');
  assert.ok(first.outcome === 'created' && second.outcome === 'updated' && first.id === second.id);
  const comments = api.comments('acme/llm', 1);
  assert.equal(comments.length, 1);
  assert.equal(comments[0]!.body, body('run 2'));
  assert.equal(comments[0]!.user.login, ACTIONS_BOT);
  const before = api.requests.filter((r) => r.method === 'PATCH').length;
  const third = await publishComment(client, target, MARKER, body('run 2'));
  assert.equal(third.outcome, 'unchanged');
  assert.equal(api.requests.filter((r) => r.method === 'PATCH').length, before);
});

test('ours on page 3 behind 250 comments is found by following the Link header, and updated', async () => {
  const target = { ...TARGET, number: 2 };
  for (let i = 0; i < 250; i++) api.addComment('acme/llm', 2, `user${i % 7}`, `comment ${i}`);
  const ours = api.addComment('acme/llm', 2, ACTIONS_BOT, body('old'));
  const start = api.requests.length;
  const result = await publishComment(await githubClient('gh-token', api.url), target, MARKER, body('new'));
  assert.equal(result.outcome, 'updated');
  assert.ok(result.outcome === 'updated' && result.id === ours.id && result.scanned === 251);
  const lists = api.requests.slice(start).filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
  assert.deepEqual(
    lists.map((r) => [r.query['per_page'], r.query['page'] ?? '1']),
    [
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ],
  );
  assert.equal(api.comments('acme/llm', 2).length, 251);
  assert.equal(ours.body, body('new'));
});

test('a comment with our marker by another user is not ours: ours is created beside it, theirs left alone', async () => {
  const target = { ...TARGET, number: 3 };
  const theirs = api.addComment('acme/llm', 3, 'mallory', body('fake report'));
  const result = await publishComment(await githubClient('gh-token', api.url), target, MARKER, body('real'));
  assert.equal(result.outcome, 'created');
  assert.equal(theirs.body, body('fake report'));
  assert.equal(api.comments('acme/llm', 3).length, 2);
});

test("a user's token finds the comments that user wrote (GET /user), not the bot's", async () => {
  const target = { ...TARGET, number: 4 };
  api.addComment('acme/llm', 4, ACTIONS_BOT, body('by the bot'));
  const mine = api.addComment('acme/llm', 4, 'octo-user', body('by me'));
  const result = await publishComment(await githubClient('user-token', api.url), target, MARKER, body('updated'));
  assert.ok(result.outcome === 'updated' && result.id === mine.id);
  assert.ok(api.requests.some((r) => r.path === '/user' && r.status === 200));
});

test('the marker must open the body: a comment that only quotes it later is not ours', async () => {
  const target = { ...TARGET, number: 5 };
  api.addComment('acme/llm', 5, ACTIONS_BOT, `Someone quoted ${MARKER} here`);
  const result = await publishComment(await githubClient('gh-token', api.url), target, MARKER, body('x'));
  assert.equal(result.outcome, 'created');
});

test('a read-only token is skipped with a notice saying where the report is; a bad token fails without printing it', async () => {
  const target = { ...TARGET, number: 6 };
  const readOnly = await publishComment(await githubClient('read-only', api.url), target, MARKER, body('x'));
  assert.equal(readOnly.outcome, 'skipped');
  assert.match(readOnly.outcome === 'skipped' ? readOnly.notice : '', /403.*read-only.*job summary/s);
  assert.equal(api.comments('acme/llm', 6).length, 0);
  const bad = await publishComment(await githubClient('not-a-token-abc', api.url), target, MARKER, body('x'));
  assert.equal(bad.outcome, 'failed');
  assert.match(bad.outcome === 'failed' ? bad.problem : '', /401/);
  assert.doesNotMatch(JSON.stringify(bad), /not-a-token-abc/);
});

test('the pull request comes from the event; a fork, a deleted head or no pull request is skipped before any request', () => {
  const pr = (head: string | null, base = 'acme/llm') => ({
    name: 'pull_request',
    repository: 'acme/llm',
    payload: {
      pull_request: {
        number: 9,
        head: { repo: head === null ? null : { full_name: head } },
        base: { repo: { full_name: base } },
      },
      repository: { full_name: base },
    },
  });
  assert.deepEqual(pullRequestOf(pr('acme/llm')), { ok: true, target: { owner: 'acme', repo: 'llm', number: 9 } });
  const fork = pullRequestOf(pr('mallory/llm'));
  assert.ok(!fork.ok && fork.reason === 'fork');
  assert.match(!fork.ok ? fork.notice : '', /fork \(mallory\/llm\).*read-only.*job summary/);
  const deleted = pullRequestOf(pr(null));
  assert.ok(!deleted.ok && deleted.reason === 'fork');
  const comment = pullRequestOf({
    name: 'issue_comment',
    repository: 'acme/llm',
    payload: { issue: { number: 12, pull_request: { url: 'x' } } },
  });
  assert.deepEqual(comment, { ok: true, target: { owner: 'acme', repo: 'llm', number: 12 } });
  const issue = pullRequestOf({ name: 'issue_comment', repository: 'acme/llm', payload: { issue: { number: 12 } } });
  assert.ok(!issue.ok && issue.reason === 'not-a-pull-request');
  const push = pullRequestOf({ name: 'push', repository: 'acme/llm', payload: {} });
  assert.ok(!push.ok && push.reason === 'not-a-pull-request');
  assert.deepEqual(pullRequestOf({ name: 'workflow_run', repository: 'acme/llm', payload: {} }, 31), {
    ok: true,
    target: { owner: 'acme', repo: 'llm', number: 31 },
  });
  assert.ok(!pullRequestOf({ name: 'push', repository: '../evil', payload: {} }, 3).ok);
});
