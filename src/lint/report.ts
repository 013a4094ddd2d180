// The LintReport contract (rayservice-ci.io/v1alpha1): what `lint --format json` prints and the lint action
// writes, read later by the report stage.
import { API_VERSION, defineContract } from '../contracts/index.ts';
import type { Finding } from './types.ts';

export interface LintSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly suppressed: number;
  /** Files read, and how many RayService documents they held. */
  readonly files: number;
  readonly rayServices: number;
}

export interface LintReport {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: 'LintReport';
  readonly findings: readonly Finding[];
  readonly summary: LintSummary;
}

export function summarize(
  findings: readonly Finding[],
  counts: { suppressed: number; files: number; rayServices: number },
): LintSummary {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
    ...counts,
  };
}

export const lintReportSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'findings', 'summary'],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: 'LintReport' },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['ruleId', 'severity', 'message', 'file', 'line', 'column'],
        properties: {
          ruleId: { type: 'string' },
          severity: { enum: ['error', 'warning', 'info'] },
          message: { type: 'string' },
          hint: { type: 'string' },
          file: { type: 'string' },
          line: { type: 'integer', minimum: 1 },
          column: { type: 'integer', minimum: 1 },
          endLine: { type: 'integer', minimum: 1 },
          endColumn: { type: 'integer', minimum: 1 },
          snippet: { type: 'string' },
        },
      },
    },
    summary: {
      type: 'object',
      required: ['errors', 'warnings', 'infos', 'suppressed', 'files', 'rayServices'],
      properties: {
        errors: { type: 'integer' },
        warnings: { type: 'integer' },
        infos: { type: 'integer' },
        suppressed: { type: 'integer' },
        files: { type: 'integer' },
        rayServices: { type: 'integer' },
      },
    },
  },
} as const;

export const LINT_REPORT = defineContract<LintReport>('LintReport', lintReportSchema);
