// SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif).
import type { LintReport } from '../report.ts';
import type { RuleMeta, Severity } from '../types.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export function formatSarif(
  report: LintReport,
  rules: readonly RuleMeta[],
  tool: { version: string; informationUri: string },
): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rayservice-ci',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: rules.findIndex((rule) => rule.id === finding.ruleId),
          level: LEVEL[finding.severity],
          message: { text: finding.hint ? `${finding.message} Fix: ${finding.hint}` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file.replaceAll('\\', '/').replace(/^\.\//, '') },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn,
                  ...(finding.snippet === undefined ? {} : { snippet: { text: finding.snippet } }),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
