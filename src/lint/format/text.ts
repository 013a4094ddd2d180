// Human output: file:line:col, severity, rule, message, hint, and the line itself with a caret.
import type { LintReport } from '../report.ts';

export interface TextOptions {
  readonly color?: boolean;
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', dim: '\x1b[2m', reset: '\x1b[0m' } as const;

export function formatText(report: LintReport, options: TextOptions = {}): string {
  const paint = (color: keyof typeof COLORS, text: string) =>
    options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text;
  const lines: string[] = [];
  for (const finding of report.findings) {
    lines.push(
      `${finding.file}:${finding.line}:${finding.column}: ${paint(finding.severity, finding.severity)} ${finding.message} ${paint('dim', `[${finding.ruleId}]`)}`,
    );
    // The snippet lint took from the file, already redacted and escaped; reading the file again would be neither.
    const text = finding.snippet;
    if (text !== undefined) {
      const gutter = String(finding.line).padStart(5);
      lines.push(paint('dim', `${gutter} | `) + text);
      const width = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : 1;
      lines.push(
        paint('dim', `${' '.repeat(5)} | `) +
          ' '.repeat(finding.column - 1) +
          paint(finding.severity, '^'.repeat(Math.min(width, 80))),
      );
    }
    if (finding.hint) lines.push(`${' '.repeat(7)}${paint('dim', 'fix:')} ${finding.hint}`);
  }
  const { errors, warnings, infos, suppressed, rayServices, files } = report.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const tail = suppressed ? `, ${suppressed} suppressed` : '';
  lines.push(
    `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}${tail} in ${plural(rayServices, 'RayService')} (${plural(files, 'file')}).`,
  );
  return `${lines.join('\n')}\n`;
}
