// The load action: inputs → runLoad → the LoadResults file, outputs, a job summary; a progress line every 10 s in the
// log. Fails the step when a criterion fails or has no data, when the run stopped early, or when nothing completed.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { exitCodeOf, progressLine, runLoad, summaryTable, WALL_CLOCK, type LoadResults } from '../../load/index.ts';
import { safeInline, safeLines } from '../../sanitize/index.ts';
import type { ActionIo } from '../action-io.ts';

export const LOAD_INPUTS = [
  'profile',
  'address',
  'deployment',
  'out',
  'hold-for',
  'seed',
  'max-duration',
  'max-requests',
  'max-connections',
  'context',
] as const;
export type LoadInput = (typeof LOAD_INPUTS)[number];

const PROGRESS_EVERY_MS = 10_000;

function wholeNumber(io: ActionIo<LoadInput>, name: LoadInput, min: number): number | undefined | string {
  const raw = io.input(name);
  if (raw === '') return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < min)
    return `Input ${name} takes a whole number from ${min}, not "${safeInline(raw)}".`;
  return Number(raw);
}

/** The job summary: the summary table as text, and the criteria as a table. */
export function loadSummaryMarkdown(results: LoadResults): string {
  const criteria = results.criteria.length
    ? `\n| criterion | outcome | |\n|---|---|---|\n${results.criteria.map((c) => `| \`${safeInline(c.source).replaceAll('|', '\\|').replaceAll('`', "'")}\` | ${c.outcome} | ${safeInline(c.message).replaceAll('|', '\\|')} |`).join('\n')}\n`
    : '';
  return `## rayservice-ci load\n\n\`\`\`\n${safeLines(summaryTable(results)).replaceAll('```', "'''")}\`\`\`\n${criteria}`;
}

export async function loadAction(io: ActionIo<LoadInput>, signal: AbortSignal): Promise<LoadResults | undefined> {
  const profile = io.input('profile');
  if (!profile) return void io.fail('Input profile is required: the Taurus YAML or LoadProfile to run.');
  const numbers: Record<string, number | undefined> = {};
  for (const [name, min] of [
    ['seed', 0],
    ['max-requests', 1],
    ['max-connections', 1],
  ] as const) {
    const value = wholeNumber(io, name, min);
    if (typeof value === 'string') return void io.fail(value);
    numbers[name] = value;
  }
  const outDir = join(io.tempDir, 'rayservice-ci');
  await mkdir(outDir, { recursive: true });
  const out = io.input('out') || join(outDir, 'load-results.json');
  let lastPrinted = -Infinity;
  const run = await runLoad(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      signal,
      note: (line) => io.info(`rayservice-ci load: ${safeInline(line)}`),
      progress: (p) => {
        if (p.elapsedMs - lastPrinted < PROGRESS_EVERY_MS) return;
        lastPrinted = p.elapsedMs;
        io.info(`rayservice-ci load: ${safeInline(progressLine(p))}`);
      },
    },
    {
      profile,
      address: io.input('address') || undefined,
      deployment: io.input('deployment') || undefined,
      out,
      holdFor: io.input('hold-for') || undefined,
      seed: numbers['seed'],
      maxDuration: io.input('max-duration') || undefined,
      maxRequests: numbers['max-requests'],
      maxConnections: numbers['max-connections'],
      context: io.input('context') || undefined,
    },
  );
  if (!run.ok) {
    for (const w of run.warnings) io.info(`Warning: ${safeInline(w)}`);
    return void io.fail(`Load not run:\n${run.problems.map(safeInline).join('\n')}`);
  }
  if (run.dryRun) return undefined;
  const results = run.results;
  const s = results.summary;
  io.setOutput('results-file', out);
  io.setOutput('outcome', results.outcome);
  io.setOutput('stop-reason', results.stop.reason);
  io.setOutput('requests', s.requests);
  io.setOutput('errors', s.errors);
  io.setOutput('ttft-p95-ms', s.ttft_ms.p95 ?? '');
  io.setOutput('e2e-p95-ms', s.e2e_ms.p95 ?? '');
  io.setOutput('request-throughput', s.request_throughput);
  io.setOutput('output-tokens-per-s', s.output_tokens_per_s);
  io.info(safeLines(summaryTable(results)));
  await io.summary(loadSummaryMarkdown(results));
  const code = exitCodeOf(results);
  if (code === 3)
    io.fail(
      `Load criteria ${results.outcome}: ${results.criteria
        .filter((c) => c.outcome !== 'pass')
        .map((c) => `${safeInline(c.source)} (${c.outcome})`)
        .join(', ')}`,
    );
  else if (code === 1)
    io.fail(
      results.stop.reason !== 'completed'
        ? `Load stopped early (${results.stop.reason}); the results so far are in ${out}.`
        : 'No request completed; see the errors in the summary.',
    );
  return results;
}
