// The Verdict contract: what assert hands to report and to the pipeline's exit code — one result per assertion with
// three outcomes, what was measured, the limit and where the user wrote it; and, for a run that stopped early, the
// stage that failed and why.
import { API_VERSION, defineContract } from '../contracts/index.ts';

/** pass, fail, or inconclusive (the observation ended before the window closed, or there was no data). */
export const OUTCOMES = ['pass', 'fail', 'inconclusive'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The pipeline's stages in order; a Verdict for a run that stopped early names the one that failed. */
export const PIPELINE_STAGES = ['lint', 'render', 'deploy', 'load', 'observe', 'assert', 'report'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** Where an expectation came from: the user's file (with its place), an action input, or derived from the manifest. */
export type ExpectationSource =
  | { readonly kind: 'file'; readonly file: string; readonly line: number; readonly column: number }
  | { readonly kind: 'input'; readonly name: string }
  | { readonly kind: 'option'; readonly name: string }
  /** e.g. "max_replicas of deployment llm in app llm (serveConfigV2, line 42)". */
  | { readonly kind: 'derived'; readonly from: string };

export interface AssertionResult {
  /** Stable id: scale-up, scale-down, worker-pods-up, worker-pods-down, gpus-up, gpus-down, flapping, error-rate, ttft-p95, e2e-p95. */
  readonly id: string;
  /** One line the report's table shows: "Serve replicas of llm reach 4". */
  readonly title: string;
  readonly outcome: Outcome;
  /** The limit as the user wrote it ("5m", "≤ 2 changes", "≤ 1%"). */
  readonly limit: string;
  /** What was measured, in words: "reached 4 replicas 3m12s after the load started". */
  readonly measured: string;
  /** Why it failed or could not be decided, when it did not pass. */
  readonly reason?: string | undefined;
  readonly source: ExpectationSource;
  /** The window the assertion looked at, ms on the timeline's clock (for the report's chart markers). */
  readonly window?: { readonly from: number; readonly to: number } | undefined;
  /** When the condition was met (or first broken), ms on the timeline's clock. */
  readonly at?: number | undefined;
  /** Where the count it aims at was written (max_replicas, a file, an option), when that is not `source`. */
  readonly targetSource?: ExpectationSource | undefined;
}

export interface StageFailure {
  readonly stage: PipelineStage;
  /** One line, sanitised: what went wrong and what to do. */
  readonly message: string;
  /** Hand-over files that explain it (a DeployDiagnosis, a LintReport), relative to the out dir. */
  readonly files?: readonly string[] | undefined;
}

export interface Verdict {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: 'Verdict';
  /** fail when any assertion failed or a stage failed; inconclusive when none failed and one was inconclusive. */
  readonly outcome: Outcome;
  /** The exit code the outcome maps to under the run's policy (0 pass; 1 fail; inconclusive per policy). */
  readonly exitCode: number;
  /** The load's start and end on the timeline's clock, the anchors of the windows. */
  readonly load?: { readonly start: number; readonly end: number } | undefined;
  readonly assertions: readonly AssertionResult[];
  /** A run that stopped before its assertions could be decided. */
  readonly failure?: StageFailure | undefined;
  /** The files the verdict was decided from, as given. */
  readonly inputs: {
    readonly timeline?: string | undefined;
    readonly load?: string | undefined;
    readonly expect?: string | undefined;
    readonly deployment?: string | undefined;
  };
  readonly decidedAt: string;
}

const sourceSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['kind', 'file', 'line', 'column'],
      properties: {
        kind: { const: 'file' },
        file: { type: 'string' },
        line: { type: 'integer' },
        column: { type: 'integer' },
      },
    },
    {
      type: 'object',
      required: ['kind', 'name'],
      properties: { kind: { enum: ['input', 'option'] }, name: { type: 'string' } },
    },
    {
      type: 'object',
      required: ['kind', 'from'],
      properties: { kind: { const: 'derived' }, from: { type: 'string' } },
    },
  ],
} as const;

const spanSchema = {
  type: 'object',
  required: ['from', 'to'],
  properties: { from: { type: 'integer' }, to: { type: 'integer' } },
} as const;

export const verdictSchema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'outcome', 'exitCode', 'assertions', 'inputs', 'decidedAt'],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: 'Verdict' },
    outcome: { enum: OUTCOMES },
    exitCode: { type: 'integer', minimum: 0 },
    load: {
      type: 'object',
      required: ['start', 'end'],
      properties: { start: { type: 'integer' }, end: { type: 'integer' } },
    },
    assertions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'title', 'outcome', 'limit', 'measured', 'source'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          outcome: { enum: OUTCOMES },
          limit: { type: 'string' },
          measured: { type: 'string' },
          reason: { type: 'string' },
          source: sourceSchema,
          window: spanSchema,
          at: { type: 'integer' },
          targetSource: sourceSchema,
        },
      },
    },
    failure: {
      type: 'object',
      required: ['stage', 'message'],
      properties: {
        stage: { enum: PIPELINE_STAGES },
        message: { type: 'string' },
        files: { type: 'array', items: { type: 'string' } },
      },
    },
    inputs: {
      type: 'object',
      properties: {
        timeline: { type: 'string' },
        load: { type: 'string' },
        expect: { type: 'string' },
        deployment: { type: 'string' },
      },
    },
    decidedAt: { type: 'string' },
  },
} as const;

export const VERDICT = defineContract<Verdict>('Verdict', verdictSchema);

// ---- Expectations: what assert checks, after the file, the options and the manifest's defaults are merged. ----

/** A value with the text it was written as and where. */
export interface Sourced<T> {
  readonly value: T;
  /** As written ("5m", "1%", "4"), or the derived value in words. */
  readonly text: string;
  readonly source: ExpectationSource;
}

/** The assertions over a window anchored at the load's start (up) or end (down). */
export const WINDOW_IDS = [
  'scale-up',
  'scale-down',
  'worker-pods-up',
  'worker-pods-down',
  'gpus-up',
  'gpus-down',
] as const;
export type WindowId = (typeof WINDOW_IDS)[number];

export interface WindowExpectation {
  readonly id: WindowId;
  /** Replicas, worker pods or GPUs to reach (up: at least; down: at most). */
  readonly count: Sourced<number>;
  /** Milliseconds from the load's start (up) or end (down). */
  readonly within: Sourced<number>;
}

/** Assertions over the hold: from `after` past the load's start to the load's end. */
export interface HoldExpectations {
  /** When the hold starts, ms after the load's start (default: the scale-up window, when the service should be up). */
  readonly after: Sourced<number>;
  readonly maxReplicaChanges?: Sourced<number> | undefined;
  /** A fraction (0.01 for 1%). */
  readonly maxErrorRate?: Sourced<number> | undefined;
  /** Milliseconds; every second of the hold. */
  readonly maxTtftP95?: Sourced<number> | undefined;
  readonly maxE2eP95?: Sourced<number> | undefined;
}

export const INCONCLUSIVE_POLICIES = ['fail', 'pass'] as const;
export type InconclusivePolicy = (typeof INCONCLUSIVE_POLICIES)[number];

export interface ResolvedExpectations {
  /** The Serve application and deployment whose replicas are asserted (the model's LLMDeployment). */
  readonly app: string | undefined;
  readonly deployment: string;
  /** The worker group whose pods and GPUs are asserted; undefined: every group. */
  readonly workerGroup: string | undefined;
  readonly windows: readonly WindowExpectation[];
  readonly hold: HoldExpectations;
  /** What an inconclusive outcome exits with. */
  readonly inconclusive: Sourced<InconclusivePolicy>;
}
