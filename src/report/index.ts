// report: the last stage — the run as Markdown with Mermaid charts, written to a file and the job summary and posted
// as one sticky pull-request comment. Everything other folders may use of it.
export { COMMENT_LIMIT, type ReportInput, type RunLinks } from './types.ts';
export { renderReport, reportMarker, OUTCOME_ICON, type RenderOptions } from './render.ts';
export { buildCharts, gpuSecondsOf, type ChartKind, type ReportChart } from './charts.ts';
export { mermaidBlock } from './chart.ts';
export {
  ACTIONS_BOT,
  ELSEWHERE,
  githubClient,
  publishComment,
  pullRequestOf,
  type GitHubClient,
  type GitHubEvent,
  type PublishOptions,
  type PublishResult,
  type PullRequestTarget,
  type TargetResult,
} from './comment.ts';
export {
  commentRequestFrom,
  parseGpuHourPrice,
  parseOverride,
  postReportComment,
  readGitHubEvent,
  readReportInputs,
  runLinksFrom,
  runReport,
  writeSummary,
  SUMMARY_LIMIT,
  type CommentRequest,
  type ReportContext,
  type ReportPaths,
  type ReportRequest,
  type ReportRun,
} from './run.ts';
