// One chart of the report: a Mermaid xychart-beta block (GitHub renders Mermaid fences in comments and job
// summaries), the legend in words with a sparkline per series, and the data as a table inside <details>, so the
// numbers survive where Mermaid is not rendered (email, the API, the mobile app). Every label is quoted.
import { codeSpan, md, mermaidLabel } from './escape.ts';
import { clockLabel, niceCeiling, peak, sparkline, type Axis, type BucketedSeries } from './series.ts';

export interface ChartSpec {
  readonly title: string;
  readonly yLabel: string;
  readonly axis: Axis;
  readonly lines: readonly BucketedSeries[];
  /** A span drawn as bars reaching the top of the y-axis behind the lines (the load), in ms on the axis's clock. */
  readonly band?: { readonly name: string; readonly from: number; readonly to: number } | undefined;
  /** A fixed top of the y-axis (100 for a percentage); otherwise a round number above the peak. */
  readonly yMax?: number | undefined;
  /** Sentences under the chart (gaps in what was observed, how points were taken). */
  readonly notes?: readonly string[] | undefined;
}

function number(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

function cell(value: number | null): string {
  return value === null ? '—' : number(value);
}

/** Whether the bucket ending at `end` overlaps the band. */
function inBand(axis: Axis, index: number, band: { from: number; to: number }): boolean {
  const end = axis.ends[index]!;
  const start = index === 0 ? axis.origin : axis.ends[index - 1]!;
  return end > band.from && start < band.to;
}

/** The ```mermaid block alone (the render test parses exactly this). */
export function mermaidBlock(chart: ChartSpec): string {
  const top = chart.yMax ?? niceCeiling(peak(chart.lines));
  const labels = chart.axis.ends.map((end) => mermaidLabel(clockLabel(end - chart.axis.origin)));
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  title ${mermaidLabel(chart.title)}`,
    `  x-axis ${mermaidLabel('time since start (mm:ss)')} [${labels.join(', ')}]`,
    `  y-axis ${mermaidLabel(chart.yLabel)} 0 --> ${number(top)}`,
  ];
  const band = chart.band;
  if (band)
    lines.push(
      `  bar ${mermaidLabel(band.name)} [${chart.axis.ends.map((_, i) => (inBand(chart.axis, i, band) ? number(top) : '0')).join(', ')}]`,
    );
  // xychart has no gaps: a bucket without a value is drawn at 0 and shown as — in the table.
  for (const line of chart.lines)
    lines.push(`  line ${mermaidLabel(line.name)} [${line.values.map((v) => number(v ?? 0)).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

/** The legend: which line is which (xychart draws none), with a sparkline of each, and where the band is. */
export function legend(chart: ChartSpec): string {
  const top = chart.yMax ?? niceCeiling(peak(chart.lines));
  const parts = chart.lines.map(
    (line, i) =>
      `${i === 0 ? 'first line' : i === 1 ? 'second line' : `line ${i + 1}`}: ${md(line.name)} ${codeSpan(sparkline(line.values, top))}`,
  );
  const band = chart.band;
  if (band)
    parts.push(
      `shaded bars: ${md(band.name)} from ${clockLabel(band.from - chart.axis.origin)} to ${clockLabel(band.to - chart.axis.origin)}`,
    );
  return parts.join(' · ');
}

/** The chart's data, one row per point, inside a collapsed <details>. */
export function dataTable(chart: ChartSpec): string {
  const band = chart.band;
  const header = ['time', ...chart.lines.map((l) => md(l.name)), ...(band ? [md(band.name)] : [])];
  const rows = chart.axis.ends.map((end, i) => [
    clockLabel(end - chart.axis.origin),
    ...chart.lines.map((l) => cell(l.values[i] ?? null)),
    ...(band ? [inBand(chart.axis, i, band) ? '▮' : ''] : []),
  ]);
  return [
    `<details><summary>${md(chart.title)}: the data</summary>`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    '</details>',
  ].join('\n');
}

/** The whole chart section: heading, block, legend, notes and (unless left out for size) the data table. */
export function chartSection(chart: ChartSpec, withTable: boolean): string {
  const notes = (chart.notes ?? []).map((n) => `_${n}_`);
  return [
    `### ${md(chart.title)}`,
    '',
    mermaidBlock(chart),
    '',
    legend(chart),
    ...(notes.length ? ['', ...notes] : []),
    ...(withTable ? ['', dataTable(chart)] : []),
  ].join('\n');
}
