// `rayservice-ci report --verdict verdict.json [--timeline …] [--out report.md] [--comment] [--summary]`
import { parseArgs } from 'node:util';
import { commentRequestFrom, runLinksFrom, runReport, type CommentRequest } from '../report/index.ts';
import { safeInline } from '../sanitize/index.ts';
import { InputError, UsageError, type CliIo } from './io.ts';

export const REPORT_USAGE = `Usage: rayservice-ci report --verdict verdict.json [files] [--out report.md] [--comment] [--summary]

Renders the run as Markdown: the verdict and its table (a stage that failed first), Mermaid charts of Serve
replicas, worker pods and GPUs, GPU utilisation, load and latency, each with its data; GPU-hours and their cost;
lint findings, render overrides and the deploy diagnosis in collapsible sections; links to the run. Every value
from a file is escaped; the comment stays under GitHub's 65,536 characters (detail is dropped, never the verdict).

Files (each optional; the report shows what it is given):
  --verdict FILE          the Verdict assert wrote
  --timeline FILE         the Timeline observe wrote
  --load FILE             the LoadResults load wrote
  --lint FILE             the LintReport (lint --format json)
  --rendered FILE         the RenderedManifest render wrote (--result)
  --deployment FILE       the Deployment deploy wrote
  --diagnosis FILE        the DeployDiagnosis of a deploy that never served

Output (without any of these the report goes to stdout):
  -o, --out FILE          write the report to FILE
  --summary               append it to the job summary ($GITHUB_STEP_SUMMARY)
  --comment               post it as the pull request's one report comment, updated on every run: needs
                          $GITHUB_TOKEN with pull-requests: write; the pull request comes from $GITHUB_EVENT_PATH
                          or --pr. On a fork's pull request or with a read-only token it is skipped with a notice.
  --pr NUMBER             the pull request to comment on (default: the event's)
  --repo OWNER/NAME       its repository (default: $GITHUB_REPOSITORY)
  --comment-author LOGIN  the login our comment is written by, for another GitHub App's installation token
                          (<app-slug>[bot]); default: the token's user, github-actions[bot] for GITHUB_TOKEN
  --key KEY               tells reports apart in one pull request: one comment per key (default: default)

Content:
  --gpu-hour-price PRICE  price of one GPU-hour, e.g. 2.5USD, for the cost line
  --set PATH=VALUE        an override render applied, listed in the report; repeatable
  --title TEXT            a line under the heading (the manifest, the environment)

Exit codes: 0 written (a skipped comment included), 1 written but the comment could not be posted, 2 bad usage or
unreadable input.`;

const MAX_PR = 2 ** 31 - 1;

export async function reportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      verdict: { type: 'string' },
      timeline: { type: 'string' },
      load: { type: 'string' },
      lint: { type: 'string' },
      rendered: { type: 'string' },
      deployment: { type: 'string' },
      diagnosis: { type: 'string' },
      out: { type: 'string', short: 'o' },
      summary: { type: 'boolean' },
      comment: { type: 'boolean' },
      pr: { type: 'string' },
      repo: { type: 'string' },
      'comment-author': { type: 'string' },
      key: { type: 'string' },
      'gpu-hour-price': { type: 'string' },
      set: { type: 'string', multiple: true },
      title: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${REPORT_USAGE}\n`);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`report takes its files as options (--verdict FILE …), got "${safeInline(positionals[0]!)}".`);
  const summaryFile = values.summary ? io.env['GITHUB_STEP_SUMMARY'] : undefined;
  if (values.summary && !summaryFile)
    throw new UsageError('--summary appends to $GITHUB_STEP_SUMMARY, which is not set (it is, inside GitHub Actions).');
  let pullRequest: number | undefined;
  if (values.pr !== undefined) {
    pullRequest = /^\d+$/.test(values.pr) ? Number(values.pr) : NaN;
    if (!(pullRequest >= 1 && pullRequest <= MAX_PR))
      throw new UsageError(`--pr takes a pull request number, not "${safeInline(values.pr)}".`);
  }
  let comment: CommentRequest | undefined;
  if (values.comment) {
    // The token stays in this object and goes to Octokit only; nothing prints it.
    const token = io.env['GITHUB_TOKEN'] || io.env['GH_TOKEN'] || '';
    if (!token)
      throw new InputError(
        '--comment needs a token in $GITHUB_TOKEN (or $GH_TOKEN) that may write pull-request comments.',
      );
    comment = await commentRequestFrom(io.env, token, {
      repository: values.repo,
      pullRequest,
      author: values['comment-author'],
    });
  }
  const run = await runReport(io, {
    paths: {
      verdict: values.verdict,
      timeline: values.timeline,
      load: values.load,
      lint: values.lint,
      rendered: values.rendered,
      deployment: values.deployment,
      diagnosis: values.diagnosis,
    },
    out: values.out,
    summaryFile,
    comment,
    gpuHourPrice: values['gpu-hour-price'],
    overrides: values.set,
    title: values.title,
    key: values.key,
    links: runLinksFrom(io.env),
  });
  if (!run.ok) {
    io.stderr(
      `rayservice-ci report: ${run.kind === 'input' ? 'no report' : 'not posted'}:\n${run.problems.map((p) => `  ${safeInline(p)}`).join('\n')}\n`,
    );
    return run.kind === 'input' ? 2 : 1;
  }
  if (!values.out && !summaryFile && !comment) io.stdout(run.markdown);
  if (run.outFile)
    io.stderr(`Report written to ${safeInline(values.out ?? run.outFile)} (${run.markdown.length} characters).\n`);
  if (summaryFile) io.stderr('Report appended to the job summary.\n');
  const posted = run.comment;
  if (posted?.outcome === 'skipped') io.stderr(`rayservice-ci report: notice: ${safeInline(posted.notice)}\n`);
  else if (posted && posted.outcome !== 'failed')
    io.stderr(`Comment ${posted.outcome}: ${safeInline(posted.url)} (${run.commentBody.length} characters).\n`);
  return 0;
}

export const command = { run: reportCommand, usage: REPORT_USAGE } as const;
