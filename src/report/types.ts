// What report renders from: every hand-over file of a run, each optional (a run that stopped at deploy still gets a
// report), and where the run and its artifacts live. The report is a pure string of these before anything is written.
import type { Verdict } from '../assert/types.ts';
import type { DeployDiagnosis, Deployment } from '../deploy/index.ts';
import type { LintReport } from '../lint/index.ts';
import type { LoadResults } from '../load/index.ts';
import type { Timeline } from '../observe/index.ts';
import type { RenderedManifest } from '../render/index.ts';

export interface RunLinks {
  /** The workflow run ($GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID), when in Actions. */
  readonly runUrl?: string | undefined;
  /** Where the artifacts are (the run's page, or an upload's URL). */
  readonly artifactsUrl?: string | undefined;
}

export interface ReportInput {
  readonly verdict?: Verdict | undefined;
  readonly timeline?: Timeline | undefined;
  readonly load?: LoadResults | undefined;
  readonly lint?: LintReport | undefined;
  readonly rendered?: RenderedManifest | undefined;
  /** The overrides render applied (`--set` paths and values, sanitised), for the collapsible section. */
  readonly overrides?: readonly { readonly path: string; readonly value: string }[] | undefined;
  readonly deployment?: Deployment | undefined;
  readonly diagnosis?: DeployDiagnosis | undefined;
  readonly links?: RunLinks | undefined;
  /** Price of one GPU-hour, for the cost line; absent: GPU-hours only. */
  readonly gpuHourPrice?: { readonly amount: number; readonly currency: string } | undefined;
  /** A title line above the verdict (the manifest's path, the PR). */
  readonly title?: string | undefined;
  /** Tells reports apart in one pull request (a matrix of manifests): each key has its own sticky comment. */
  readonly key?: string | undefined;
}

/** GitHub's limit on a comment body (and the job summary's per step is 1 MiB); the report stays under it. */
export const COMMENT_LIMIT = 65_536;
