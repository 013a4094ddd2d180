// lint: the first stage. Everything other folders may use of it.
export { lintPaths, type LintPathsResult } from './lint-paths.ts';
export { runLint, lintExitCode, parseMaxWarnings, type LintRequest, type LintRun } from './run.ts';
export { lintText, ALL_RULES, type LintTextOptions, type TextLintResult } from './lint-text.ts';
export { loadCrd, type CrdValidator } from './crd.ts';
export {
  parseLintConfig,
  EMPTY_CONFIG,
  CONFIG_FILE_NAMES,
  RULE_SETTINGS,
  type LintConfig,
  type RuleSetting,
} from './config.ts';
export { LINT_REPORT, lintReportSchema, summarize, type LintReport, type LintSummary } from './report.ts';
export { formatText } from './format/text.ts';
export { formatSarif } from './format/sarif.ts';
export { formatRuleList } from './format/rule-list.ts';
export { formatAnnotations, formatSummary } from './format/github.ts';
export { MAX_RAYSERVICE_NAME } from '../ray/index.ts';
export { SEVERITIES, type Finding, type Severity, type RuleMeta, type VersionBand } from './types.ts';

export const LINT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];
