// What the whole pipeline takes and gives: one request (the CLI's `run` and the root action both build it), the files
// it writes into its out dir, and the run's result. The stages' own contracts are the files; this only names them.
import type { Verdict } from '../assert/types.ts';
import type { Clock } from '../time/clock.ts';

/** Where the run deploys: the simulated cluster started for it, or a real one from a kubeconfig. */
export type ClusterChoice =
  | {
      readonly kind: 'sim';
      readonly gpuNodes?: number | undefined;
      readonly gpusPerNode?: number | undefined;
      readonly profile?: 'fast' | 'realistic' | undefined;
      readonly kubeRayVersion?: string | undefined;
      readonly seed?: number | undefined;
    }
  | { readonly kind: 'kubeconfig'; readonly kubeconfig?: string | undefined; readonly context?: string | undefined };

export interface PipelineRequest {
  readonly manifest: string;
  /** The load profile (Taurus YAML or ours). */
  readonly profile: string;
  readonly outDir: string;
  readonly cluster: ClusterChoice;
  readonly expect?: string | undefined;
  /** render's overrides, PATH=VALUE (also inside serveConfigV2). */
  readonly sets: readonly string[];
  /** render's NAME=SECRET/KEY: env vars moved into Secrets; the values come from `secretValues` or the environment. */
  readonly secretEnv: readonly string[];
  readonly secretValues?: Readonly<Record<string, string>> | undefined;
  readonly holdFor?: string | undefined;
  readonly scaleUpWithin?: string | undefined;
  readonly scaleDownWithin?: string | undefined;
  readonly inconclusive?: 'fail' | 'pass' | undefined;
  /** Deploy even when the windows cannot pass with the config's delays. */
  readonly force?: boolean | undefined;
  readonly prometheus?: string | undefined;
  readonly lintFiles?: readonly string[] | undefined;
  readonly lintConfig?: string | undefined;
  readonly maxWarnings?: number | undefined;
  readonly namespace?: string | undefined;
  readonly runId?: string | undefined;
  readonly ttl?: string | undefined;
  readonly deployTimeout?: string | undefined;
  readonly gpuHourPrice?: string | undefined;
  /** Whether the windows came as CLI options or action inputs (where the verdict says they were written). */
  readonly via?: 'option' | 'input' | undefined;
}

/** What the run created, told before it is created (the action's post step removes it when the job is cancelled). */
export interface CreatedNamespace {
  readonly namespace: string;
  readonly context: string;
  readonly runId: string;
  /** The kubeconfig the run used (a sim's is written by the run). */
  readonly kubeconfig?: string | undefined;
}

export interface PipelineContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  readonly now: () => Date;
  readonly signal: AbortSignal;
  /** One progress line (sanitised by the caller's writer). */
  readonly say: (line: string) => void;
  /** A line the user should not miss (an action's ::notice::); default: say. */
  readonly notice?: ((line: string) => void) | undefined;
  readonly record?: ((created: CreatedNamespace) => void | Promise<void>) | undefined;
  /** Told every secret value before it is sent anywhere. */
  readonly mask?: ((value: string) => void) | undefined;
}

/** The files a run writes, by name inside the out dir. */
export const OUT_FILES = {
  lint: 'lint.json',
  renderedYaml: 'rendered.yaml',
  rendered: 'rendered.json',
  deployment: 'deployment.json',
  diagnosis: 'deploy-diagnosis.json',
  timeline: 'timeline.json',
  timelineCsv: 'timeline.csv',
  load: 'results.json',
  verdict: 'verdict.json',
  report: 'report.md',
} as const;
export type OutFile = keyof typeof OUT_FILES;

export interface PipelineResult {
  readonly verdict: Verdict;
  /** The report as Markdown (also in the out dir). */
  readonly report: string;
  /** The verdict as text for a terminal or log. */
  readonly summary: string;
  /** The run's namespace, once render named it. */
  readonly namespace?: string | undefined;
  /** The sticky PR comment, when one was posted or updated. */
  readonly commentUrl?: string | undefined;
  /** Absolute paths of the files written, by name. */
  readonly files: Partial<Record<OutFile, string>>;
  /** usage/input problems that stopped the run before anything ran (exit 2), else empty. */
  readonly inputProblems: readonly string[];
}
