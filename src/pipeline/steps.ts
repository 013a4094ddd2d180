// The pipeline's steps before the verdict, each a function from the run's artifacts so far to the next file, or a
// StageFailure that says where the run stopped and why. run.ts strings them together and always tears down.
import { writeContract } from '../contracts/index.ts';
import { runDeploy } from '../deploy/index.ts';
import { formatText, LINT_REPORT, runLint } from '../lint/index.ts';
import { runLoad, type LoadResults } from '../load/index.ts';
import { runObserve, type Observer } from '../observe/index.ts';
import { runRender } from '../render/index.ts';
import type { StageFailure } from '../assert/types.ts';
import type { OpenCluster } from './cluster.ts';
import type { RunArtifacts } from './run.ts';
import { OUT_FILES, type OutFile, type PipelineContext, type PipelineRequest } from './types.ts';

/** A sim needs no real credentials: a Secret the manifest reads gets this when the user gave none. */
export const SIM_SECRET_PLACEHOLDER = 'rayservice-ci-sim-placeholder';

export type StepOutcome = StageFailure | undefined;

export interface StepEnv {
  readonly context: PipelineContext;
  readonly request: PipelineRequest;
  readonly artifacts: RunArtifacts;
  /** The out dir's path of one of its files (recorded as written by the caller). */
  readonly path: (name: OutFile) => string;
}

function failed(stage: StageFailure['stage'], problems: readonly string[], files?: readonly OutFile[]): StageFailure {
  return {
    stage,
    message: problems.join(' '),
    ...(files?.length ? { files: files.map((f) => OUT_FILES[f]) } : {}),
  };
}

export async function lintStep({ context, request, artifacts, path }: StepEnv): Promise<StepOutcome> {
  const run = await runLint(context, {
    inputs: request.lintFiles?.length ? request.lintFiles : [request.manifest],
    configPath: request.lintConfig,
  });
  if (!run.ok) return failed('lint', run.problems);
  const problem = await writeContract(path('lint'), LINT_REPORT, run.report);
  if (problem) return failed('lint', [problem]);
  artifacts.files.lint = path('lint');
  const { errors, warnings } = run.report.summary;
  for (const line of formatText(run.report).trimEnd().split('\n')) if (line) context.say(`  ${line}`);
  const max = request.maxWarnings;
  if (errors > 0)
    return failed(
      'lint',
      [
        `lint found ${errors} error${errors === 1 ? '' : 's'}; fix them (the findings are in lint.json and the report).`,
      ],
      ['lint'],
    );
  if (max !== undefined && max >= 0 && warnings > max)
    return failed('lint', [`lint found ${warnings} warnings, more than max-warnings ${max}.`], ['lint']);
  context.say(`lint: ${errors} errors, ${warnings} warnings`);
  return undefined;
}

export async function renderStep({ context, request, artifacts, path }: StepEnv, runId: string): Promise<StepOutcome> {
  const run = await runRender(context, {
    manifest: request.manifest,
    namespace: request.namespace,
    runId,
    sets: request.sets,
    secretEnv: request.secretEnv,
    ttl: request.ttl,
    output: path('renderedYaml'),
    resultFile: path('rendered'),
  });
  if (!run.ok) return failed('render', run.problems);
  artifacts.rendered = run.result;
  artifacts.files.renderedYaml = path('renderedYaml');
  artifacts.files.rendered = path('rendered');
  for (const note of run.notes) context.say(`render: ${note}`);
  context.say(`render: ${run.result.name} in namespace ${run.result.namespace} (run ${run.result.runId})`);
  return undefined;
}

export async function deployStep(
  { context, request, artifacts, path }: StepEnv,
  cluster: OpenCluster,
  created: (namespace: string, kubeContext: string, runId: string) => Promise<void>,
): Promise<StepOutcome> {
  const secretValues: Record<string, string> = { ...request.secretValues };
  if (request.cluster.kind === 'sim')
    for (const ref of artifacts.rendered?.secrets ?? [])
      if (!(secretValues[ref.env] ?? context.env[ref.env])) {
        secretValues[ref.env] = SIM_SECRET_PLACEHOLDER;
        context.say(`deploy: ${ref.env} is not set; the simulated cluster gets a placeholder (it needs no real one).`);
      }
  const run = await runDeploy(
    {
      cwd: context.cwd,
      env: context.env,
      clock: context.clock,
      signal: context.signal,
      progress: { line: (text) => context.say(`deploy: ${text}`) },
      mask: context.mask,
      record: (resource) => created(resource.name, resource.context, resource.runId),
    },
    {
      manifest: path('renderedYaml'),
      rendered: path('rendered'),
      kubeconfig: cluster.kubeconfig,
      context: cluster.context,
      timeout: request.deployTimeout,
      secretValues,
      out: path('deployment'),
      diagnosis: path('diagnosis'),
    },
  );
  if (!run.ok) {
    if (run.diagnosis) artifacts.files.diagnosis = path('diagnosis');
    return failed('deploy', run.problems, run.diagnosis ? ['diagnosis'] : []);
  }
  artifacts.files.deployment = path('deployment');
  for (const note of run.notes) context.say(`deploy: ${note}`);
  return undefined;
}

/**
 * Runs the load profile against the deployment while the observer records the cluster, and keeps observing after
 * the load for as long as `afterLoad` takes (until the scale-down window is decided).
 */
export async function loadAndObserveStep(
  { context, request, artifacts, path }: StepEnv,
  cluster: OpenCluster,
  started: (observer: Observer) => void,
  afterLoad: (load: LoadResults) => Promise<void>,
): Promise<StepOutcome> {
  const stopObserving = new AbortController();
  const onAbort = () => stopObserving.abort();
  context.signal.addEventListener('abort', onAbort, { once: true });
  const observing = runObserve(
    {
      cwd: context.cwd,
      env: context.env,
      clock: context.clock,
      signal: stopObserving.signal,
      note: (line) => context.say(`observe: ${line}`),
      started,
      until: 'through the load and until the scale-down window is decided',
    },
    {
      deployment: path('deployment'),
      out: path('timeline'),
      csv: path('timelineCsv'),
      kubeconfig: cluster.kubeconfig,
      context: cluster.context,
      prometheus: request.prometheus,
    },
  );
  try {
    const load = await runLoad(
      {
        cwd: context.cwd,
        env: context.env,
        clock: context.clock,
        signal: context.signal,
        note: (line) => context.say(`load: ${line}`),
      },
      {
        profile: request.profile,
        deployment: path('deployment'),
        out: path('load'),
        holdFor: request.holdFor,
        kubeconfig: cluster.kubeconfig,
        context: cluster.context,
      },
    );
    if (!load.ok) return failed('load', load.problems);
    if (load.dryRun) return failed('load', ['the load ran as a dry run.']);
    artifacts.load = load.results;
    artifacts.files.load = path('load');
    const s = load.results.summary;
    context.say(
      `load: ${s.requests} requests, ${s.errors} errors over ${((load.results.end - load.results.start) / 1000).toFixed(0)} s (${load.results.stop.reason})`,
    );
    await afterLoad(load.results);
    return undefined;
  } finally {
    stopObserving.abort();
    context.signal.removeEventListener('abort', onAbort);
    const observed = await observing;
    if (observed.ok && !observed.dryRun) {
      artifacts.files.timeline = path('timeline');
      artifacts.files.timelineCsv = path('timelineCsv');
    } else if (!observed.ok) {
      if (observed.files?.length) {
        artifacts.files.timeline = path('timeline');
        artifacts.files.timelineCsv = path('timelineCsv');
      }
      context.say(`observe: ${observed.problems.join(' ')}`);
    }
  }
}
