// The sticky pull-request comment: which pull request (and whether we may write to it), finding our comment by its
// hidden marker among our own comments on every page, and updating it in place or creating it. A token that may
// not write (a fork's pull request, a read-only GITHUB_TOKEN) is a notice that says where the report is instead,
// never a failed job. The token is only ever handed to Octokit; nothing here prints it.
import type { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface PullRequestTarget {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

/** What the workflow run says about itself: the event's name and payload ($GITHUB_EVENT_PATH), the repository. */
export interface GitHubEvent {
  readonly name?: string | undefined;
  readonly payload?: unknown;
  /** owner/name ($GITHUB_REPOSITORY). */
  readonly repository?: string | undefined;
}

export type TargetResult =
  | { readonly ok: true; readonly target: PullRequestTarget }
  | { readonly ok: false; readonly reason: 'not-a-pull-request' | 'fork'; readonly notice: string };

/** Where the report is when no comment is posted; ends every skip notice. */
export const ELSEWHERE = 'The report is in the job summary and in the run artifacts (report.md).';

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function fullName(repo: unknown): string | undefined {
  const name = record(repo)?.['full_name'];
  return typeof name === 'string' ? name : undefined;
}

// owner/name as GitHub allows them; never "." or "..", which would walk the API's paths.
const REPOSITORY = /^(?!\.{1,2}\/)([A-Za-z0-9_.-]{1,100})\/(?!\.{1,2}$)([A-Za-z0-9_.-]{1,100})$/;

/**
 * The pull request to comment on, from the event: `pull_request` (and `pull_request_target`) events carry it as
 * `pull_request`, `issue_comment` on a pull request as `issue` with a `pull_request` key. A pull request whose head
 * is another repository (a fork, or a deleted one) gets a read-only GITHUB_TOKEN (GitHub docs, "Events that trigger
 * workflows": workflows in forked repositories), so it is skipped before any request is made.
 */
export function pullRequestOf(event: GitHubEvent, number?: number): TargetResult {
  const repoMatch = REPOSITORY.exec(event.repository ?? '');
  const payload = record(event.payload) ?? {};
  const pr = record(payload['pull_request']);
  const issue = record(payload['issue']);
  const fromEvent = pr?.['number'] ?? (issue && record(issue['pull_request']) ? issue['number'] : undefined);
  const chosen = number ?? (typeof fromEvent === 'number' ? fromEvent : undefined);
  if (!repoMatch || chosen === undefined || !Number.isSafeInteger(chosen) || chosen < 1)
    return {
      ok: false,
      reason: 'not-a-pull-request',
      notice: `No pull request to comment on (event ${event.name ?? 'unknown'}${repoMatch ? '' : ', no repository'}). ${ELSEWHERE}`,
    };
  if (pr && number === undefined) {
    const head = fullName(record(pr['head'])?.['repo']);
    const base = fullName(record(pr['base'])?.['repo']) ?? fullName(payload['repository']) ?? event.repository;
    if (head === undefined || head !== base)
      return {
        ok: false,
        reason: 'fork',
        notice: `Pull request #${chosen} comes from a fork (${head ?? 'a deleted repository'}), whose GITHUB_TOKEN is read-only, so no comment is posted. ${ELSEWHERE}`,
      };
  }
  return { ok: true, target: { owner: repoMatch[1]!, repo: repoMatch[2]!, number: chosen } };
}

/**
 * The login our comments carry. GET /user answers for a user's token (a PAT, an app's user token); for an app
 * installation's token, which is what GITHUB_TOKEN is, it answers 403 "Resource not accessible by integration"
 * (REST docs, users "Get the authenticated user"; seen from Actions in mislav/hub#2149 and
 * anthropics/claude-code-action#538), and what that token writes is by the `github-actions[bot]` user. Another
 * app's installation token writes as `<app-slug>[bot]`: pass it as `author`. Logins are compared without a `[bot]`
 * suffix, as GraphQL's viewer omits it (marocchino/sticky-pull-request-comment src/comment.ts).
 */
export const ACTIONS_BOT = 'github-actions[bot]';

function statusOf(error: unknown): number | undefined {
  const status = record(error)?.['status'];
  return typeof status === 'number' ? status : undefined;
}

async function ourLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) return ACTIONS_BOT;
    throw error;
  }
}

function sameAuthor(login: string | undefined, ours: string): boolean {
  if (!login) return false;
  const bare = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '');
  return bare(login) === bare(ours);
}

export type PublishResult =
  | {
      readonly outcome: 'created' | 'updated' | 'unchanged';
      readonly id: number;
      readonly url: string;
      /** How many comments were read to find it (all pages up to ours). */
      readonly scanned: number;
    }
  | { readonly outcome: 'skipped'; readonly notice: string }
  | { readonly outcome: 'failed'; readonly problem: string };

export interface PublishOptions {
  /** The author whose comments may be ours; default: the token's user (github-actions[bot] for GITHUB_TOKEN). */
  readonly author?: string | undefined;
}

function failure(error: unknown, what: string): PublishResult {
  const status = statusOf(error);
  if (status === 403)
    return {
      outcome: 'skipped',
      notice: `The token may not ${what} (HTTP 403): it is read-only here (a fork's pull request, or a job without \`permissions: pull-requests: write\`), so no comment is posted. ${ELSEWHERE}`,
    };
  const message = record(error)?.['message'];
  const why =
    status === 401
      ? 'HTTP 401: the token was refused; pass a valid github-token'
      : status !== undefined
        ? `HTTP ${status}`
        : typeof message === 'string'
          ? message.split('\n')[0]!.slice(0, 200)
          : 'no answer';
  return { outcome: 'failed', problem: `Could not ${what}: ${why}.` };
}

/**
 * Posts `body` as the pull request's one report comment: the first comment by our author whose body starts with
 * `marker` is updated (every page is read, 100 comments at a time, following the Link header), else one is created.
 * An unchanged body is not written again.
 */
export async function publishComment(
  client: GitHubClient,
  target: PullRequestTarget,
  marker: string,
  body: string,
  options: PublishOptions = {},
): Promise<PublishResult> {
  let author: string;
  try {
    author = options.author ?? (await ourLogin(client));
  } catch (error) {
    return failure(error, 'tell whose token it is');
  }
  let found: { id: number; body: string; url: string } | undefined;
  let scanned = 0;
  try {
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100,
    });
    for await (const page of pages) {
      for (const comment of page.data) {
        scanned++;
        const text = comment.body ?? '';
        if (sameAuthor(comment.user?.login, author) && text.trimStart().startsWith(marker)) {
          found = { id: comment.id, body: text, url: comment.html_url };
          break;
        }
      }
      if (found) break;
    }
  } catch (error) {
    return failure(error, `read the comments of pull request #${target.number}`);
  }
  try {
    if (found) {
      if (found.body === body) return { outcome: 'unchanged', id: found.id, url: found.url, scanned };
      const { data } = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: found.id,
        body,
      });
      return { outcome: 'updated', id: data.id, url: data.html_url, scanned };
    }
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body,
    });
    return { outcome: 'created', id: data.id, url: data.html_url, scanned };
  } catch (error) {
    return failure(error, `${found ? 'update' : 'create'} the comment on pull request #${target.number}`);
  }
}

/**
 * An Octokit as @actions/github's getOctokit builds it (its proxy-aware fetch, the REST methods, pagination),
 * pointed at `apiUrl` ($GITHUB_API_URL, e.g. a GitHub Enterprise Server's /api/v3). Loaded on demand: a report
 * that posts nothing does not load Octokit.
 */
export async function githubClient(token: string, apiUrl: string | undefined): Promise<GitHubClient> {
  const { getOctokit } = await import('@actions/github');
  return getOctokit(token, {
    baseUrl: apiUrl || 'https://api.github.com',
    // No retries or throttling plugins: a report is posted once, and a failure is reported, not hidden.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}
