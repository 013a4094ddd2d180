// The report as one Markdown string, before anything is written or posted: the hidden marker, the verdict and its
// table (a failed stage first), the charts, GPU-hours, collapsible detail, links. It stays under GitHub's comment
// limit by leaving detail out in a fixed order, never the verdict.
import { OUTCOMES, type AssertionResult, type ExpectationSource, type Outcome } from '../assert/types.ts';
import { formatDuration } from '../time/duration.ts';
import { chartSection } from './chart.ts';
import { buildCharts, gpuSecondsOf, type ChartKind, type ReportChart } from './charts.ts';
import { codeSpan, linkTarget, markerKey, md } from './escape.ts';
import { COMMENT_LIMIT, type ReportInput } from './types.ts';

/** The hidden first line the sticky comment is found by (first, so a cut body keeps it). */
export function reportMarker(key?: string): string {
  return `<!-- rayservice-ci:report:${markerKey(key)} -->`;
}

export const OUTCOME_ICON: Readonly<Record<Outcome, string>> = { pass: '✅', fail: '❌', inconclusive: '⚠️' };

/** How much detail one rendering carries; the levels below are tried in order until the report fits. */
interface Detail {
  readonly chartTables: boolean;
  readonly charts: readonly ChartKind[];
  readonly lintRows: number;
  readonly overrideRows: number;
  readonly pods: number;
  readonly events: number;
  readonly hints: boolean;
  /** Verdict rows shown (the rest counted); Infinity: all. */
  readonly verdictRows: number;
  readonly fieldMax: number;
}

const ALL_CHARTS: readonly ChartKind[] = ['replicas', 'pods', 'gpu-utilization', 'load', 'latency'];

// The fixed order detail is dropped in: the data tables beside the charts, then long lists, then the secondary
// charts, then the primary ones and the diagnosis's lists, and last the verdict table's rows (never its line).
const FULL: Detail = {
  chartTables: true,
  charts: ALL_CHARTS,
  lintRows: 200,
  overrideRows: 100,
  pods: 100,
  events: 50,
  hints: true,
  verdictRows: Infinity,
  fieldMax: 300,
};

/** Each level drops more than the one before: what it changes from the level above. */
function levels(...steps: readonly Partial<Detail>[]): Detail[] {
  const out: Detail[] = [FULL];
  for (const step of steps) out.push({ ...out[out.length - 1]!, ...step });
  return out;
}

const LEVELS: readonly Detail[] = levels(
  { chartTables: false },
  { lintRows: 30, overrideRows: 30, pods: 30, events: 15, fieldMax: 200 },
  { charts: ['replicas', 'pods'], lintRows: 0, overrideRows: 0, pods: 10, events: 5 },
  { charts: [], pods: 0, events: 0 },
  { hints: false, verdictRows: 50, fieldMax: 120 },
  { verdictRows: 10, fieldMax: 80 },
  { verdictRows: 0 },
);

function plural(value: number, word: string): string {
  const n = Number.isFinite(value) ? Math.trunc(value) : 0; // a count from a file is a number, or nothing
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function sourceText(source: ExpectationSource | undefined): string {
  switch (source?.kind) {
    case 'file':
      return `${source.file}:${source.line}:${source.column}`;
    case 'input':
      return `input ${source.name}`;
    case 'option':
      return `option ${source.name.startsWith('-') ? source.name : `--${source.name}`}`;
    case 'derived':
      return source.from;
    default:
      return '';
  }
}

function outcomeOf(value: unknown): Outcome {
  return (OUTCOMES as readonly unknown[]).includes(value) ? (value as Outcome) : 'inconclusive';
}

function headline(input: ReportInput): string[] {
  const verdict = input.verdict;
  const lines: string[] = [];
  if (!verdict) {
    lines.push(`## ${OUTCOME_ICON.inconclusive} rayservice-ci: no verdict`);
    if (input.title) lines.push('', `**${md(input.title)}**`);
    lines.push('', 'The run did not reach assert, and no verdict was given to the report; what it has is below.');
    return lines;
  }
  const outcome = outcomeOf(verdict.outcome);
  const words = { pass: 'autoscaling as configured', fail: 'failed', inconclusive: 'inconclusive' }[outcome];
  lines.push(`## ${OUTCOME_ICON[outcome]} rayservice-ci: ${words}`);
  if (input.title) lines.push('', `**${md(input.title)}**`);
  return lines;
}

function failureBlock(input: ReportInput, fieldMax: number): string[] {
  const failure = input.verdict?.failure;
  if (!failure) return [];
  const files = (failure.files ?? []).slice(0, 10).map((f) => codeSpan(f, 120));
  return [
    '',
    `> ${OUTCOME_ICON.fail} **The run stopped at ${md(failure.stage, 20)}:** ${md(failure.message, Math.max(fieldMax, 300))}` +
      (files.length ? `<br>See ${files.join(', ')}.` : ''),
  ];
}

function verdictLine(input: ReportInput): string[] {
  const verdict = input.verdict;
  if (!verdict) return [];
  const assertions = verdict.assertions ?? [];
  const counts = { pass: 0, fail: 0, inconclusive: 0 };
  for (const a of assertions) counts[outcomeOf(a.outcome)]++;
  const outcome = outcomeOf(verdict.outcome);
  const parts = assertions.length
    ? [
        `${counts.pass} of ${plural(assertions.length, 'assertion')} passed`,
        ...(counts.fail ? [`${counts.fail} failed`] : []),
        ...(counts.inconclusive ? [`${counts.inconclusive} inconclusive`] : []),
      ]
    : ['no assertion was decided'];
  return [
    '',
    `**Verdict: ${OUTCOME_ICON[outcome]} ${outcome}** — ${parts.join(', ')} (exit code ${Number(verdict.exitCode) | 0}).`,
  ];
}

function verdictTable(assertions: readonly AssertionResult[], detail: Detail): string[] {
  if (!assertions.length || detail.verdictRows === 0) {
    return assertions.length
      ? ['', `_The table of ${plural(assertions.length, 'assertion')} was left out for size._`]
      : [];
  }
  // Failures first: when rows must go, the ones that explain the verdict stay.
  const order = { fail: 0, inconclusive: 1, pass: 2 };
  const sorted = [...assertions].sort((a, b) => order[outcomeOf(a.outcome)] - order[outcomeOf(b.outcome)]);
  const shown = sorted.slice(0, detail.verdictRows);
  const max = detail.fieldMax;
  const rows = shown.map((a) => {
    const outcome = outcomeOf(a.outcome);
    const where = sourceText(a.source);
    // The reason is why the verdict is what it is (the pending pod, the scheduler's words): twice a field's room.
    const measured = md(a.measured, max) + (a.reason && outcome !== 'pass' ? `<br>${md(a.reason, 2 * max)}` : '');
    return `| ${md(a.title, max)}${where ? `<br><sub>${md(where, 120)}</sub>` : ''} | ${md(a.limit, 80)} | ${measured} | ${OUTCOME_ICON[outcome]} ${outcome} |`;
  });
  const rest = assertions.length - shown.length;
  return [
    '',
    '| Assertion | Limit | Measured | Result |',
    '|---|---|---|---|',
    ...rows,
    ...(rest > 0
      ? ['', `_${plural(rest, 'more assertion')} (all passing or listed above first) left out for size._`]
      : []),
  ];
}

function gpuLine(input: ReportInput): string[] {
  const seconds = gpuSecondsOf(input.timeline);
  if (seconds === undefined) return [];
  const hours = seconds / 3600;
  const price = input.gpuHourPrice;
  const cost =
    price && Number.isFinite(price.amount)
      ? `, about ${(hours * price.amount).toFixed(2)} ${md(price.currency, 8)} at ${price.amount} ${md(price.currency, 8)} per GPU-hour`
      : '';
  return [
    '',
    `**GPU time:** ${hours.toFixed(hours < 10 ? 3 : 1)} GPU-hours (${Math.round(seconds)} GPU-seconds)${cost}.`,
  ];
}

function deploymentLine(input: ReportInput): string[] {
  const d = input.deployment;
  if (!d) return [];
  const versions = [`KubeRay ${md(d.kubeRayVersion, 20)}`, ...(d.rayVersion ? [`Ray ${md(d.rayVersion, 20)}`] : [])];
  const ready =
    typeof d.timings?.readyMs === 'number' ? `, serving ${formatDuration(d.timings.readyMs)} after apply` : '';
  return [
    '',
    `**Deployed** ${codeSpan(d.rayService, 80)} in namespace ${codeSpan(d.namespace, 80)} (${versions.join(', ')})${ready}.`,
  ];
}

function loadLine(input: ReportInput): string[] {
  const load = input.load;
  if (!load) return [];
  const s = load.summary;
  // Numbers only: a field that is not one (a hand-edited file) shows n/a rather than its text.
  const n = (v: unknown, digits = 0) =>
    typeof v === 'number' && Number.isFinite(v) ? String(Math.round(v * 10 ** digits) / 10 ** digits) : 'n/a';
  const ms = (v: unknown) => (n(v) === 'n/a' ? 'n/a' : `${n(v)} ms`);
  const stop = load.stop?.reason === 'completed' ? '' : `; stopped early (${md(load.stop?.reason, 30)})`;
  return [
    '',
    `**Load:** ${n(s.requests)} requests completed, ${n(s.errors)} failed, ${n(s.request_throughput, 2)} requests/s, ` +
      `TTFT p95 ${ms(s.ttft_ms?.p95)}, E2E p95 ${ms(s.e2e_ms?.p95)}, up to ${n(s.max_users)} users${stop}.`,
  ];
}

function details(summary: string, body: readonly string[]): string[] {
  return ['', `<details><summary>${summary}</summary>`, '', ...body, '', '</details>'];
}

function lintSection(input: ReportInput, detail: Detail): string[] {
  const lint = input.lint;
  if (!lint) return [];
  const s = lint.summary;
  const counts = `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.infos, 'note')}`;
  const findings = lint.findings ?? [];
  if (!findings.length) return ['', `**Lint:** no findings.`];
  const shown = findings.slice(0, detail.lintRows);
  const body = shown.length
    ? [
        '| Severity | Rule | Where | Finding |',
        '|---|---|---|---|',
        ...shown.map(
          (f) =>
            `| ${md(f.severity, 10)} | ${codeSpan(f.ruleId, 60)} | ${md(`${f.file}:${f.line}:${f.column}`, 160)} | ${md(f.message, detail.fieldMax)}${f.hint ? `<br><sub>${md(f.hint, detail.fieldMax)}</sub>` : ''} |`,
        ),
      ]
    : [];
  const rest = findings.length - shown.length;
  if (rest > 0) body.push('', `_${plural(rest, 'more finding')} in the lint report._`);
  return details(`Lint: ${counts}`, body);
}

function overridesSection(input: ReportInput, detail: Detail): string[] {
  const overrides = input.overrides ?? [];
  if (!overrides.length) return [];
  const shown = overrides.slice(0, detail.overrideRows);
  const body = shown.length
    ? ['| Path | Value |', '|---|---|', ...shown.map((o) => `| ${codeSpan(o.path, 200)} | ${codeSpan(o.value, 120)} |`)]
    : [];
  if (overrides.length > shown.length)
    body.push('', `_${plural(overrides.length - shown.length, 'more override')} left out._`);
  return details(`Render overrides: ${overrides.length}`, body);
}

function diagnosisSection(input: ReportInput, detail: Detail): string[] {
  const d = input.diagnosis;
  if (!d) return [];
  const max = detail.fieldMax;
  const body = [
    `**${md(d.cause, 40)}** after ${formatDuration(Number(d.waitedMs) || 0)}: ${md(d.message, max)}`,
    ...(detail.hints && d.hints?.length ? ['', ...d.hints.slice(0, 5).map((h) => `- ${md(h, max)}`)] : []),
  ];
  const pods = (d.pods ?? []).slice(0, detail.pods);
  if (pods.length) {
    body.push(
      '',
      '| Pod | Group | Phase | Why |',
      '|---|---|---|---|',
      ...pods.map((p) => {
        const why = [
          ...(p.unschedulable ? [p.unschedulable] : []),
          ...(p.waiting ?? []).map((w) => `${w.container}: ${w.reason}${w.message ? ` (${w.message})` : ''}`),
          ...(p.lastTermination
            ? [
                `${p.lastTermination.container} last ended ${p.lastTermination.reason}, ${p.lastTermination.restarts} restarts`,
              ]
            : []),
        ];
        return `| ${codeSpan(p.name, 80)} | ${md(p.group, 40)} | ${md(p.phase, 20)}${p.ready ? ' (ready)' : ''} | ${why.map((w) => md(w, max)).join('<br>')} |`;
      }),
    );
    if ((d.pods ?? []).length > pods.length)
      body.push('', `_${plural(d.pods.length - pods.length, 'more pod')} in the diagnosis file._`);
  }
  // The most recent events: the ones nearest the failure.
  const allEvents = d.events ?? [];
  const events = detail.events ? allEvents.slice(-detail.events) : [];
  if (events.length) {
    body.push(
      '',
      '| Type | Reason | Object | Count | Message |',
      '|---|---|---|---|---|',
      ...events.map(
        (e) =>
          `| ${md(e.type, 20)} | ${md(e.reason, 60)} | ${md(e.object, 100)} | ${Number(e.count) | 0} | ${md(e.message, max)} |`,
      ),
    );
    if (allEvents.length > events.length)
      body.push('', `_${plural(allEvents.length - events.length, 'earlier event')} in the diagnosis file._`);
  }
  return details(`Why the deploy failed: ${md(d.cause, 40)}`, body);
}

function linksLine(input: ReportInput, truncated: boolean): string[] {
  const run = linkTarget(input.links?.runUrl);
  const artifacts = linkTarget(input.links?.artifactsUrl);
  const parts = [
    ...(run ? [`[the workflow run](${run})`] : []),
    ...(artifacts && artifacts !== run ? [`[its artifacts](${artifacts})`] : []),
  ];
  const lines: string[] = [];
  if (truncated)
    lines.push(
      '',
      `_Some detail was left out to stay under GitHub's ${COMMENT_LIMIT.toLocaleString('en-US')}-character limit; the job summary${run ? ` of [the run](${run})` : ''} and report.md have more, and the run's files (timeline, load results, verdict) all of it._`,
    );
  if (parts.length) lines.push('', `Details: ${parts.join(' · ')}.`);
  return lines;
}

function renderAt(input: ReportInput, charts: readonly ReportChart[], detail: Detail, truncated: boolean): string {
  const lines: string[] = [
    reportMarker(input.key),
    ...headline(input),
    ...failureBlock(input, detail.fieldMax),
    ...verdictLine(input),
    ...verdictTable(input.verdict?.assertions ?? [], detail),
    ...deploymentLine(input),
    ...loadLine(input),
    ...gpuLine(input),
  ];
  for (const chart of charts)
    if (detail.charts.includes(chart.kind)) lines.push('', chartSection(chart, detail.chartTables));
  const omittedCharts = charts.filter((c) => !detail.charts.includes(c.kind)).length;
  if (omittedCharts) lines.push('', `_${plural(omittedCharts, 'chart')} left out for size._`);
  lines.push(...diagnosisSection(input, detail), ...lintSection(input, detail), ...overridesSection(input, detail));
  lines.push(...linksLine(input, truncated));
  return `${lines.join('\n')}\n`;
}

export interface RenderOptions {
  /** The most characters the report may have (GitHub's comment limit by default). */
  readonly limit?: number | undefined;
}

/**
 * The report as Markdown. Pure: the same input gives the same string. Under `limit` characters (UTF-16 code units,
 * which is at least the number of characters GitHub counts) whatever the input's size.
 */
export function renderReport(input: ReportInput, options: RenderOptions = {}): string {
  const limit = options.limit ?? COMMENT_LIMIT;
  const charts = buildCharts(input);
  for (let i = 0; i < LEVELS.length; i++) {
    const text = renderAt(input, charts, LEVELS[i]!, i > 0);
    if (text.length <= limit) return text;
  }
  // Only a verdict with enormous fields gets here: the headline and the verdict line alone, cut to the limit.
  const minimal = [
    reportMarker(input.key),
    ...headline(input),
    ...failureBlock(input, 200),
    ...verdictLine(input),
    ...linksLine(input, true),
  ].join('\n');
  return minimal.length <= limit ? `${minimal}\n` : `${minimal.slice(0, limit - 2)}…\n`;
}
