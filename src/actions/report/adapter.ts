// The report action: inputs → runReport → report.md, the job summary and the sticky pull-request comment; outputs
// the file and the comment. A comment that cannot be posted on a fork's pull request or with a read-only token is
// a notice; one refused for another reason (a bad token) fails the step, after the summary is written.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { commentRequestFrom, runLinksFrom, runReport } from '../../report/index.ts';
import { safeInline } from '../../sanitize/index.ts';
import { booleanInput, type ActionIo } from '../action-io.ts';

export const REPORT_INPUTS = [
  'verdict',
  'timeline',
  'load',
  'lint',
  'rendered',
  'deployment',
  'diagnosis',
  'out',
  'github-token',
  'comment-author',
  'comment',
  'summary',
  'gpu-hour-price',
  'title',
  'key',
] as const;
export type ReportInputName = (typeof REPORT_INPUTS)[number];

export async function reportAction(io: ActionIo<ReportInputName>): Promise<void> {
  const comment = booleanInput(io, 'comment', true);
  if (typeof comment === 'string') return io.fail(comment);
  const summary = booleanInput(io, 'summary', true);
  if (typeof summary === 'string') return io.fail(summary);
  const outDir = join(io.tempDir, 'rayservice-ci');
  await mkdir(outDir, { recursive: true });
  const out = io.input('out') || join(outDir, 'report.md');
  const token = io.input('github-token');
  const run = await runReport(io, {
    paths: {
      verdict: io.input('verdict') || undefined,
      timeline: io.input('timeline') || undefined,
      load: io.input('load') || undefined,
      lint: io.input('lint') || undefined,
      rendered: io.input('rendered') || undefined,
      deployment: io.input('deployment') || undefined,
      diagnosis: io.input('diagnosis') || undefined,
    },
    out,
    comment: comment
      ? await commentRequestFrom(io.env, token, { author: io.input('comment-author') || undefined })
      : undefined,
    gpuHourPrice: io.input('gpu-hour-price') || undefined,
    title: io.input('title') || undefined,
    key: io.input('key') || undefined,
    links: runLinksFrom(io.env),
  });
  if (!run.ok && run.kind === 'input') return io.fail(`No report:\n${run.problems.map(safeInline).join('\n')}`);
  io.setOutput('report-file', out);
  if (summary && run.markdown) await io.summary(run.markdown);
  if (!run.ok) return io.fail(`Report written, comment not posted:\n${run.problems.map(safeInline).join('\n')}`);
  const posted = run.comment;
  if (posted?.outcome === 'skipped') io.notice(safeInline(posted.notice));
  else if (posted && posted.outcome !== 'failed') {
    io.setOutput('comment-id', posted.id);
    io.setOutput('comment-url', posted.url);
    io.info(`rayservice-ci report: comment ${posted.outcome}: ${safeInline(posted.url)}`);
  }
  io.info(`rayservice-ci report: ${out} (${run.markdown.length} characters)`);
}
