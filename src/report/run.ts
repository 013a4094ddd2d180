// The report stage as a library: read the hand-over files, render the report once as a string, then write it where
// asked (a file, the job summary) and post it as the sticky comment. Problems are values; nothing here reads the
// process's environment: the CLI and the action pass the paths and the token in.
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { VERDICT } from '../assert/types.ts';
import { readContract, type Contract, type ContractValue } from '../contracts/index.ts';
import { DEPLOY_DIAGNOSIS, DEPLOYMENT } from '../deploy/index.ts';
import { LINT_REPORT } from '../lint/index.ts';
import { LOAD_RESULTS } from '../load/index.ts';
import { TIMELINE } from '../observe/index.ts';
import { RENDERED_MANIFEST } from '../render/index.ts';
import { githubClient, publishComment, pullRequestOf, type GitHubEvent, type PublishResult } from './comment.ts';
import { plainText } from './escape.ts';
import { renderReport, reportMarker } from './render.ts';
import { COMMENT_LIMIT, type ReportInput, type RunLinks } from './types.ts';

/** The hand-over files a report reads, each optional. */
export interface ReportPaths {
  readonly verdict?: string | undefined;
  readonly timeline?: string | undefined;
  readonly load?: string | undefined;
  readonly lint?: string | undefined;
  readonly rendered?: string | undefined;
  readonly deployment?: string | undefined;
  readonly diagnosis?: string | undefined;
}

type ReadInputs = Pick<ReportInput, 'verdict' | 'timeline' | 'load' | 'lint' | 'rendered' | 'deployment' | 'diagnosis'>;

/**
 * Reads every file given, each checked against its contract; all problems at once, so a user fixes them in one go.
 * Relative paths are taken from `cwd`.
 */
export async function readReportInputs(
  paths: ReportPaths,
  cwd = '.',
): Promise<{ ok: true; input: ReadInputs } | { ok: false; problems: readonly string[] }> {
  // Problems kept in the order of the files, whichever read finishes first; each names the path as given.
  const problems: (string | undefined)[] = [];
  let slot = 0;
  const read = async <T extends ContractValue>(path: string | undefined, contract: Contract<T>) => {
    const index = slot++;
    if (path === undefined || path === '') return undefined;
    const full = resolve(cwd, path);
    const result = await readContract(full, contract);
    if (result.ok) return result.value;
    problems[index] = plainText(result.problem.split(full).join(path), 500);
    return undefined;
  };
  const [verdict, timeline, load, lint, rendered, deployment, diagnosis] = await Promise.all([
    read(paths.verdict, VERDICT),
    read(paths.timeline, TIMELINE),
    read(paths.load, LOAD_RESULTS),
    read(paths.lint, LINT_REPORT),
    read(paths.rendered, RENDERED_MANIFEST),
    read(paths.deployment, DEPLOYMENT),
    read(paths.diagnosis, DEPLOY_DIAGNOSIS),
  ]);
  const found = problems.filter((p): p is string => p !== undefined);
  if (found.length) return { ok: false, problems: found };
  return { ok: true, input: { verdict, timeline, load, lint, rendered, deployment, diagnosis } };
}

/** "2.5USD", "2.5 EUR", "0.9": the price of a GPU-hour; a sentence naming the form when it is not one. */
export function parseGpuHourPrice(text: string): { amount: number; currency: string } | string {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]{3})?\s*$/.exec(text);
  if (!match)
    return `"${plainText(text, 40)}" is not a price; write one like 2.5USD or 1.8 EUR (a number and a currency code).`;
  return { amount: Number(match[1]), currency: (match[2] ?? 'USD').toUpperCase() };
}

/** `--set PATH=VALUE` as render took it, for the overrides section. */
export function parseOverride(text: string): { path: string; value: string } {
  const eq = text.indexOf('=');
  return eq < 0 ? { path: text, value: '' } : { path: text.slice(0, eq), value: text.slice(eq + 1) };
}

/** The run's page and its artifacts, from the variables GitHub Actions sets; none on a laptop. */
export function runLinksFrom(env: Readonly<Record<string, string | undefined>>): RunLinks {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  if (!server || !repository || !runId) return {};
  const runUrl = `${server}/${repository}/actions/runs/${runId}`;
  return { runUrl, artifactsUrl: `${runUrl}#artifacts` };
}

/** GitHub's webhook payloads are at most 25 MB; an event file past that is not one. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

/**
 * The workflow run's event from the file the runner wrote ($GITHUB_EVENT_PATH), its name and the repository. A
 * missing, oversized or unreadable file is an event without a payload: no pull request, so no comment.
 */
export async function readGitHubEvent(
  path: string | undefined,
  name: string | undefined,
  repository: string | undefined,
): Promise<GitHubEvent> {
  let payload: unknown = {};
  if (path) {
    const size = await stat(path).then(
      (s) => s.size,
      () => -1,
    );
    if (size >= 0 && size <= MAX_EVENT_BYTES)
      payload = await readFile(path, 'utf8').then(
        (text) => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            return {};
          }
        },
        () => ({}),
      );
  }
  return { name, payload, repository };
}

/**
 * The comment request a workflow step makes: the token, and the API and event from the variables the runner sets
 * (GITHUB_API_URL, GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_REPOSITORY).
 */
export async function commentRequestFrom(
  env: Readonly<Record<string, string | undefined>>,
  token: string,
  overrides: {
    readonly repository?: string | undefined;
    readonly pullRequest?: number | undefined;
    readonly author?: string | undefined;
  } = {},
): Promise<CommentRequest> {
  return {
    token,
    apiUrl: env['GITHUB_API_URL'],
    event: await readGitHubEvent(
      env['GITHUB_EVENT_PATH'],
      env['GITHUB_EVENT_NAME'],
      overrides.repository ?? env['GITHUB_REPOSITORY'],
    ),
    ...(overrides.pullRequest === undefined ? {} : { pullRequest: overrides.pullRequest }),
    ...(overrides.author ? { author: overrides.author } : {}),
  };
}

/** Appends the report to the job summary file ($GITHUB_STEP_SUMMARY); a problem when it cannot be written. */
export async function writeSummary(path: string, markdown: string): Promise<string | undefined> {
  return appendFile(path, `${markdown}\n`).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => `Cannot append to the job summary ${path}: ${error.code ?? error.message}.`,
  );
}

/**
 * The job summary holds 1 MiB per step (GitHub docs, workflow commands: "Step isolation and limits"); at most three
 * UTF-8 bytes per UTF-16 unit, this many units always fit. The file and the summary get this much detail.
 */
export const SUMMARY_LIMIT = 340_000;

export interface CommentRequest {
  /** A token that may write pull-request comments; never printed. */
  readonly token: string;
  /** $GITHUB_API_URL; default https://api.github.com. */
  readonly apiUrl?: string | undefined;
  readonly event: GitHubEvent;
  /** Comment on this pull request rather than the event's (a workflow_run or push context). */
  readonly pullRequest?: number | undefined;
  /** The author whose comment is ours; default: the token's user, github-actions[bot] for GITHUB_TOKEN. */
  readonly author?: string | undefined;
}

export interface ReportRequest {
  readonly paths: ReportPaths;
  readonly out?: string | undefined;
  /** $GITHUB_STEP_SUMMARY when the report should go to the job summary. */
  readonly summaryFile?: string | undefined;
  readonly comment?: CommentRequest | undefined;
  readonly gpuHourPrice?: string | undefined;
  readonly overrides?: readonly string[] | undefined;
  readonly title?: string | undefined;
  readonly key?: string | undefined;
  readonly links?: RunLinks | undefined;
}

export interface ReportContext {
  readonly cwd: string;
}

export type ReportRun =
  | {
      readonly ok: true;
      /** The full report (file and job summary). */
      readonly markdown: string;
      /** The comment's body: the same report, cut to GitHub's comment limit. */
      readonly commentBody: string;
      readonly outFile?: string | undefined;
      readonly comment?: PublishResult | undefined;
    }
  /** `input`: the request or a file cannot be used (exit 2); `publish`: the report was written but not posted (exit 1). */
  | {
      readonly ok: false;
      readonly kind: 'input' | 'publish';
      readonly problems: readonly string[];
      readonly markdown?: string;
    };

export async function runReport(context: ReportContext, request: ReportRequest): Promise<ReportRun> {
  const input = (problems: readonly string[]): ReportRun => ({ ok: false, kind: 'input', problems });
  let gpuHourPrice: ReportInput['gpuHourPrice'];
  if (request.gpuHourPrice) {
    const price = parseGpuHourPrice(request.gpuHourPrice);
    if (typeof price === 'string') return input([`gpu-hour-price: ${price}`]);
    gpuHourPrice = price;
  }
  if (!Object.values(request.paths).some((p) => p))
    return input(['Nothing to report: give at least the verdict (--verdict), or the files of the stages that ran.']);
  const read = await readReportInputs(request.paths, context.cwd);
  if (!read.ok) return input(read.problems);
  const reportInput: ReportInput = {
    ...read.input,
    overrides: request.overrides?.map(parseOverride),
    gpuHourPrice,
    title: request.title,
    key: request.key,
    links: request.links,
  };
  const markdown = renderReport(reportInput, { limit: SUMMARY_LIMIT });
  const commentBody = renderReport(reportInput, { limit: COMMENT_LIMIT });
  let outFile: string | undefined;
  if (request.out) {
    outFile = resolve(context.cwd, request.out);
    const problem = await writeFile(outFile, markdown).then(
      () => undefined,
      (error: NodeJS.ErrnoException) => `Cannot write ${request.out}: ${error.code ?? error.message}.`,
    );
    if (problem) return input([problem]);
  }
  if (request.summaryFile) {
    const problem = await writeSummary(request.summaryFile, markdown);
    if (problem) return input([problem]);
  }
  let comment: PublishResult | undefined;
  if (request.comment) {
    comment = await postReportComment(request.comment, reportMarker(request.key), commentBody);
    if (comment.outcome === 'failed') return { ok: false, kind: 'publish', problems: [comment.problem], markdown };
  }
  return { ok: true, markdown, commentBody, outFile, comment };
}

/**
 * The comment step on its own, for a caller that rendered the body itself (the pipeline): the pull request from the
 * event (forks skipped), Octokit at `apiUrl`, then publishComment. The token never appears in what it returns.
 */
export async function postReportComment(request: CommentRequest, marker: string, body: string): Promise<PublishResult> {
  const target = pullRequestOf(request.event, request.pullRequest);
  if (!target.ok) return { outcome: 'skipped', notice: target.notice };
  if (!request.token)
    return {
      outcome: 'failed',
      problem: 'No GitHub token to post the comment with: set GITHUB_TOKEN (CLI) or the github-token input.',
    };
  const client = await githubClient(request.token, request.apiUrl);
  const result = await publishComment(client, target.target, marker, body, { author: request.author });
  // Octokit's messages quote the server's; a server that echoes the token still does not get it into a log.
  if (result.outcome === 'failed') return { ...result, problem: result.problem.split(request.token).join('***') };
  return result;
}
