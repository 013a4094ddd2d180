// The lint action: inputs → runLint → annotations, job summary, SARIF and JSON report files, outputs.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  ALL_RULES,
  LINT_REPORT,
  formatSarif,
  formatSummary,
  lintExitCode,
  parseMaxWarnings,
  runLint,
  type LintReport,
} from '../../lint/index.ts';
import { TOOL } from '../../tool.ts';
import { serializeContract } from '../../contracts/index.ts';
import type { ActionIo } from '../action-io.ts';

export const LINT_INPUTS = ['files', 'config', 'crd', 'max-warnings', 'sarif-file', 'annotations'] as const;
export type LintInput = (typeof LINT_INPUTS)[number];

/** GitHub shows at most 10 annotations of each level per step; the summary and SARIF hold the rest. */
const ANNOTATIONS_PER_LEVEL = 10;

export function annotate(io: ActionIo<string>, report: LintReport): void {
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const finding of report.findings) {
    const level = finding.severity === 'info' ? 'notice' : finding.severity;
    if (shown[level]++ >= ANNOTATIONS_PER_LEVEL) continue;
    io.annotate(level, finding.hint ? `${finding.message}\nFix: ${finding.hint}` : finding.message, {
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column,
      endLine: finding.endLine,
      ...(finding.endLine === finding.line ? { endColumn: finding.endColumn } : {}),
      title: `rayservice-ci ${finding.ruleId}`,
    });
  }
}

export interface LintActionResult {
  readonly report: LintReport | undefined;
  readonly failed: boolean;
}

export async function lintAction(io: ActionIo<LintInput>): Promise<LintActionResult> {
  const files = io.multilineInput('files');
  const maxWarnings = parseMaxWarnings(io.input('max-warnings'));
  if (typeof maxWarnings === 'string') {
    io.fail(`Input ${maxWarnings}`);
    return { report: undefined, failed: true };
  }
  const annotations = io.input('annotations');
  if (!['', 'true', 'false'].includes(annotations)) {
    io.fail(`Input annotations must be true or false, not "${annotations}".`);
    return { report: undefined, failed: true };
  }
  const run = await runLint(io, {
    inputs: files.length ? files : ['.'],
    configPath: io.input('config') || undefined,
    crdPath: io.input('crd') || undefined,
  });
  if (!run.ok) {
    io.fail(run.problems.join('\n'));
    return { report: undefined, failed: true };
  }
  const report = run.report;
  const outDir = join(io.tempDir, 'rayservice-ci');
  await mkdir(outDir, { recursive: true });
  const sarifFile = resolve(io.cwd, io.input('sarif-file') || join(outDir, 'lint.sarif'));
  const reportFile = join(outDir, 'lint-report.json');
  await writeFile(sarifFile, formatSarif(report, ALL_RULES, TOOL));
  await writeFile(reportFile, serializeContract(LINT_REPORT, report));
  if (annotations !== 'false') annotate(io, report);
  await io.summary(formatSummary(report));
  const { errors, warnings } = report.summary;
  io.setOutput('errors', errors);
  io.setOutput('warnings', warnings);
  io.setOutput('sarif-file', sarifFile);
  io.setOutput('report-file', reportFile);
  io.info(
    `rayservice-ci lint: ${errors} error(s), ${warnings} warning(s) in ${report.summary.rayServices} RayService(s).`,
  );
  const failed = lintExitCode(report, maxWarnings) !== 0;
  if (failed)
    io.fail(
      errors > 0 ? `${errors} lint error(s).` : `${warnings} warnings exceed max-warnings ${String(maxWarnings)}.`,
    );
  return { report, failed };
}
