// GitHub Actions output: one workflow-command annotation per finding (shown on the PR diff) and a Markdown job
// summary. Values are escaped as the runner's command parser requires.
import type { LintReport } from '../report.ts';
import type { Severity } from '../types.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function formatAnnotations(report: LintReport): string {
  return report.findings
    .map((f) => {
      const properties = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        ...(f.endLine === f.line ? [`endColumn=${f.endColumn}`] : []),
        `title=${escapeProperty(`rayservice-ci ${f.ruleId}`)}`,
      ].join(',');
      return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.hint ? `${f.message}\nFix: ${f.hint}` : f.message)}\n`;
    })
    .join('');
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ').replaceAll('<', '&lt;');
}

export function formatSummary(report: LintReport, maxRows = 200): string {
  const { errors, warnings, infos, rayServices, suppressed } = report.summary;
  const verdict = errors > 0 ? '❌' : warnings > 0 ? '⚠️' : '✅';
  const lines = [
    `### ${verdict} rayservice-ci lint`,
    '',
    `${errors} error(s), ${warnings} warning(s), ${infos} info in ${rayServices} RayService(s)${suppressed ? `; ${suppressed} suppressed` : ''}.`,
  ];
  if (report.findings.length) {
    lines.push('', '| | Where | Rule | Finding |', '|---|---|---|---|');
    for (const f of report.findings.slice(0, maxRows)) {
      const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
      lines.push(
        `| ${icon} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${f.ruleId}\` | ${cell(f.message)}${f.hint ? `<br>**Fix:** ${cell(f.hint)}` : ''} |`,
      );
    }
    if (report.findings.length > maxRows)
      lines.push('', `…and ${report.findings.length - maxRows} more; see the annotations or the SARIF file.`);
  }
  return `${lines.join('\n')}\n`;
}
