// The assert action: inputs → runAssert → the Verdict file, outputs and a job summary. Fails the step when an
// assertion fails or is inconclusive (unless inconclusive: pass), or when the expectations cannot pass (unless
// forced). It writes no PR comment: the report action does.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFeasibility, describeSource, runAssert, type Verdict } from '../../assert/index.ts';
import { WALL_CLOCK } from '../../observe/index.ts';
import { safeInline } from '../../sanitize/index.ts';
import { booleanInput, type ActionIo } from '../action-io.ts';

export const ASSERT_INPUTS = [
  'timeline',
  'load',
  'expect',
  'manifest',
  'deployment',
  'out',
  'scale-up-within',
  'scale-down-within',
  'scale-up-replicas',
  'scale-down-replicas',
  'inconclusive',
  'check-only',
  'force',
  'context',
] as const;
export type AssertInput = (typeof ASSERT_INPUTS)[number];

/** A Markdown table cell: one line, no pipe that would split the row. */
const cell = (text: string) => safeInline(text).replaceAll('|', '\\|');

/** The job summary: the verdict and one row per assertion. */
export function assertSummaryMarkdown(verdict: Verdict): string {
  const rows = verdict.assertions.map(
    (r) =>
      `| ${cell(r.title)} | ${cell(r.limit)} | ${cell(r.measured)}${r.reason ? `<br>${cell(r.reason)}` : ''} | ${r.outcome} | ${cell(describeSource(r.source))} |`,
  );
  return `## rayservice-ci assert: ${verdict.outcome}\n\n| assertion | limit | measured | result | from |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
}

export async function assertAction(io: ActionIo<AssertInput>, signal?: AbortSignal): Promise<Verdict | undefined> {
  const flags: Record<string, boolean> = {};
  for (const name of ['check-only', 'force'] as const) {
    const value = booleanInput(io, name, false);
    if (typeof value === 'string') return void io.fail(value);
    flags[name] = value;
  }
  const checkOnly = flags['check-only']!;
  const input = (name: AssertInput) => io.input(name) || undefined;
  if (checkOnly && !input('manifest'))
    return void io.fail('Input manifest is required with check-only: the rendered RayService to check against.');
  if (!checkOnly && (!input('timeline') || !input('load')))
    return void io.fail(
      'Inputs timeline and load are required: the Timeline observe wrote and the LoadResults load wrote.',
    );
  const outDir = join(io.tempDir, 'rayservice-ci');
  await mkdir(outDir, { recursive: true });
  const out = input('out') ?? join(outDir, 'verdict.json');
  const run = await runAssert(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      now: () => io.now(),
      signal,
      note: (line) => io.info(`rayservice-ci assert: ${safeInline(line)}`),
    },
    {
      timeline: input('timeline'),
      load: input('load'),
      expect: input('expect'),
      manifest: input('manifest'),
      deployment: input('deployment'),
      out,
      options: {
        scaleUpWithin: input('scale-up-within'),
        scaleDownWithin: input('scale-down-within'),
        scaleUpReplicas: input('scale-up-replicas'),
        scaleDownReplicas: input('scale-down-replicas'),
        inconclusive: input('inconclusive'),
      },
      via: 'input',
      checkOnly,
      force: flags['force'],
      context: input('context'),
    },
  );
  if (!run.ok) {
    return void io.fail(
      `${run.kind === 'infeasible' ? 'These expectations cannot pass (set force: true to run anyway)' : 'Not asserted'}:\n${run.problems.map(safeInline).join('\n')}`,
    );
  }
  if (run.checkOnly) {
    for (const p of run.feasibility) io.info(`Warning (forced): ${safeInline(describeFeasibility(p))}`);
    return undefined;
  }
  const verdict = run.verdict;
  io.setOutput('verdict', verdict.outcome);
  io.setOutput('verdict-file', run.file);
  for (const r of verdict.assertions)
    io.info(
      `${r.outcome.toUpperCase()}: ${safeInline(r.title)}: ${safeInline(r.measured)}${r.reason ? ` (${safeInline(r.reason)})` : ''}`,
    );
  await io.summary(assertSummaryMarkdown(verdict));
  if (verdict.exitCode !== 0) {
    const failing = verdict.assertions.filter((r) => r.outcome !== 'pass').map((r) => `${r.id} (${r.outcome})`);
    io.fail(`Verdict ${verdict.outcome}: ${failing.join(', ') || 'nothing was asserted'}.`);
  }
  return verdict;
}
