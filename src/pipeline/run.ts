// The whole run as one library call, shared by `rayservice-ci run` and the root action: lint → render → the windows
// checked against the config → deploy → load while observing, on until every assertion can be decided → teardown
// (whatever happened) → assert → report. Every stage hands the next a file in the out dir; a run that stops early
// still writes a verdict naming the stage and why, and a report from what it has.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { API_VERSION, writeContract, writeText } from '../contracts/index.ts';
import {
  describeFeasibility,
  evaluateAssertions,
  observationDeadline,
  prepareExpectations,
  runAssert,
  undecided,
  verdictText,
  VERDICT,
  type ExpectationOptions,
  type ResolvedExpectations,
  type StageFailure,
  type Verdict,
} from '../assert/index.ts';
import { tearDown } from '../deploy/index.ts';
import { loadKubeConfig } from '../kube/index.ts';
import type { LoadResults } from '../load/index.ts';
import type { Observer } from '../observe/index.ts';
import type { RenderedManifest } from '../render/index.ts';
import { runIdFrom } from '../render/index.ts';
import { runLinksFrom, runReport, type CommentRequest } from '../report/index.ts';
import { sleepUnlessAborted } from '../time/clock.ts';
import { openCluster, type OpenCluster } from './cluster.ts';
import { deployStep, lintStep, loadAndObserveStep, renderStep, type StepEnv } from './steps.ts';
import { OUT_FILES, type OutFile, type PipelineContext, type PipelineRequest, type PipelineResult } from './types.ts';

/** What the stages produced: the files written (assert and report read them), and what the run itself needs. */
export interface RunArtifacts {
  rendered?: RenderedManifest;
  load?: LoadResults;
  files: Partial<Record<OutFile, string>>;
}

/** How often the run re-evaluates the live timeline after the load, waiting for the windows to be decided. */
const DECIDE_POLL_MS = 2_000;

/** A local run's id: unique per run, so two runs from one laptop never share a namespace. */
function localRunId(now: Date): string {
  return `local-${now.getTime().toString(36)}`;
}

export interface PublishRequest {
  /** The comment to post or update; absent: none. */
  readonly comment?: CommentRequest | undefined;
  /** $GITHUB_STEP_SUMMARY, when the report goes to the job summary. */
  readonly summaryFile?: string | undefined;
}

export async function runPipeline(
  context: PipelineContext,
  request: PipelineRequest,
  publish: PublishRequest = {},
): Promise<PipelineResult> {
  const outDir = resolve(context.cwd, request.outDir);
  const made = await mkdir(outDir, { recursive: true }).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => `Cannot create the out dir ${request.outDir}: ${error.code ?? error.message}.`,
  );
  const artifacts: RunArtifacts = { files: {} };
  const path = (name: OutFile) => join(outDir, OUT_FILES[name]);
  if (made)
    return {
      verdict: stoppedVerdict({ stage: 'lint', message: made }, context),
      report: '',
      summary: '',
      files: {},
      inputProblems: [made],
    };
  const env: StepEnv = { context, request, artifacts, path };
  const runId = request.runId ?? (context.env['GITHUB_RUN_ID'] ? runIdFrom(context.env) : localRunId(context.now()));
  const options: ExpectationOptions = {
    scaleUpWithin: request.scaleUpWithin,
    scaleDownWithin: request.scaleDownWithin,
    inconclusive: request.inconclusive,
  };
  const via = request.via ?? 'option';
  const step = (what: string) => context.say(`▶ ${what}`);

  step(`lint ${request.manifest}`);
  let failure = await lintStep(env);
  if (!failure) {
    step('render it for this run');
    failure = await renderStep(env, runId);
  }
  let expectations: ResolvedExpectations | undefined;
  if (!failure) {
    step('check the windows against the config');
    const prepared = await prepareExpectations(context.cwd, {
      expect: request.expect,
      manifest: path('renderedYaml'),
      options,
      via,
    });
    if (!prepared.ok) failure = { stage: 'assert', message: prepared.problems.join(' ') };
    else if (prepared.feasibility.length && !request.force)
      failure = {
        stage: 'assert',
        message: `Refused before deploying: ${prepared.feasibility.map(describeFeasibility).join(' ')} (force: deploy anyway).`,
      };
    else {
      expectations = prepared.expectations;
      for (const p of prepared.feasibility) context.say(`warning: ${describeFeasibility(p)}`);
    }
  }

  let cluster: OpenCluster | undefined;
  let created: { namespace: string; context: string; runId: string } | undefined;
  try {
    if (!failure) {
      step(`deploy to ${request.cluster.kind === 'sim' ? 'the simulated cluster' : 'the cluster'}`);
      const opened = await openCluster(request.cluster, context.say);
      if (!opened.ok) failure = { stage: 'deploy', message: opened.problem };
      else {
        cluster = opened.cluster;
        context.say(`deploy: to ${cluster.description}`);
        failure = await deployStep(env, cluster, async (namespace, kubeContext, id) => {
          created = { namespace, context: kubeContext, runId: id };
          await context.record?.({ ...created, kubeconfig: cluster?.kubeconfig });
        });
      }
    }
    if (!failure && cluster && expectations) {
      step(`load ${request.profile} while observing`);
      const decided = expectations;
      let live: Observer | undefined;
      failure = await loadAndObserveStep(
        env,
        cluster,
        (observer) => (live = observer),
        async (load) => {
          if (!live) return;
          step('observe until every window is decided');
          await observeUntilDecided(context, live, decided, load);
        },
      );
    }
  } finally {
    if (created && cluster) {
      step(`tear down ${created.namespace}`);
      await teardown(context, cluster, created);
    }
    await cluster?.close();
  }

  let verdict: Verdict | undefined;
  if (!failure) {
    step('assert');
    const asserted = await runAssert(
      {
        cwd: context.cwd,
        env: context.env,
        clock: context.clock,
        now: context.now,
        note: (l) => context.say(`assert: ${l}`),
      },
      {
        timeline: path('timeline'),
        load: path('load'),
        expect: request.expect,
        manifest: path('renderedYaml'),
        options,
        via,
        out: path('verdict'),
        // Refused or allowed before deploying; the verdict reports what happened either way.
        force: true,
      },
    );
    if (asserted.ok && !asserted.checkOnly) {
      verdict = asserted.verdict;
      artifacts.files.verdict = asserted.file;
    } else
      failure = { stage: 'assert', message: asserted.ok ? 'assert ran as a check only.' : asserted.problems.join(' ') };
  }
  if (!verdict) {
    verdict = stoppedVerdict(failure!, context, artifacts);
    const problem = await writeContract(path('verdict'), VERDICT, verdict);
    if (problem) context.say(problem);
    else artifacts.files.verdict = path('verdict');
  }

  step('report');
  const reported = await runReport(
    { cwd: context.cwd },
    {
      paths: {
        verdict: artifacts.files.verdict,
        timeline: artifacts.files.timeline,
        load: artifacts.files.load,
        lint: artifacts.files.lint,
        rendered: artifacts.files.rendered,
        deployment: artifacts.files.deployment,
        diagnosis: artifacts.files.diagnosis,
      },
      out: path('report'),
      summaryFile: publish.summaryFile,
      comment: publish.comment,
      gpuHourPrice: request.gpuHourPrice,
      overrides: request.sets,
      title: request.manifest,
      // One sticky comment per manifest: a matrix of manifests on one PR keeps one comment each.
      key: request.manifest,
      links: runLinksFrom(context.env),
    },
  );
  let report = '';
  let commentUrl: string | undefined;
  if (reported.ok) {
    report = reported.markdown;
    artifacts.files.report = path('report');
    if (reported.comment?.outcome === 'skipped') (context.notice ?? context.say)(`report: ${reported.comment.notice}`);
    if (reported.comment && 'url' in reported.comment) commentUrl = reported.comment.url;
  } else {
    context.say(`report: ${reported.problems.join(' ')}`);
    if (reported.markdown) {
      report = reported.markdown;
      const problem = await writeText(path('report'), report);
      if (!problem) artifacts.files.report = path('report');
    }
  }
  return {
    verdict,
    report,
    summary: verdictSummary(verdict),
    files: artifacts.files,
    inputProblems: [],
    namespace: artifacts.rendered?.namespace,
    ...(commentUrl ? { commentUrl } : {}),
  };
}

/** The verdict as a terminal shows it: the stage that stopped the run, or the assertions' table. */
function verdictSummary(verdict: Verdict): string {
  if (!verdict.failure) return verdictText(verdict);
  return `FAILED at ${verdict.failure.stage}: ${verdict.failure.message}\n\n${verdictText(verdict)}`;
}

/** A run that stopped before assert could decide: the failed stage and why, no assertion passed. */
function stoppedVerdict(failure: StageFailure, context: PipelineContext, artifacts?: RunArtifacts): Verdict {
  return {
    apiVersion: API_VERSION,
    kind: 'Verdict',
    outcome: 'fail',
    exitCode: 1,
    ...(artifacts?.load
      ? { load: { start: Math.round(artifacts.load.start), end: Math.round(artifacts.load.end) } }
      : {}),
    assertions: [],
    failure,
    inputs: {
      ...(artifacts?.files.timeline ? { timeline: artifacts.files.timeline } : {}),
      ...(artifacts?.files.load ? { load: artifacts.files.load } : {}),
      ...(artifacts?.files.deployment ? { deployment: artifacts.files.deployment } : {}),
    },
    decidedAt: context.now().toISOString(),
  };
}

/**
 * After the load: re-evaluates the live timeline until no assertion can change any more (each passed, failed, or
 * its window closed), bounded by the windows and a margin, or until the user stops the run.
 */
async function observeUntilDecided(
  context: PipelineContext,
  live: Observer,
  expectations: ResolvedExpectations,
  load: LoadResults,
): Promise<void> {
  let deadline: number | undefined;
  let said = '';
  for (;;) {
    const timeline = live.snapshot();
    const results = evaluateAssertions(expectations, timeline, load);
    const open = undecided(results, timeline.end);
    const now = context.clock.now();
    deadline ??= observationDeadline(results, now);
    if (open.length === 0 || now >= deadline || context.signal.aborted) return;
    const line = `waiting for ${open.map((r) => r.id).join(', ')}`;
    if (line !== said) context.say(`observe: ${line} (at most ${Math.ceil((deadline - now) / 1000)} s more)`);
    said = line;
    await sleepUnlessAborted(context.clock, Math.min(DECIDE_POLL_MS, deadline - now), context.signal);
  }
}

async function teardown(
  context: PipelineContext,
  cluster: OpenCluster,
  created: { namespace: string; context: string; runId: string },
): Promise<void> {
  const kube = loadKubeConfig({
    kubeconfig: cluster.kubeconfig,
    context: created.context,
    cwd: context.cwd,
    env: context.env,
  });
  if (!kube.ok)
    return context.say(
      `teardown: cannot remove ${created.namespace}: ${kube.problem} The janitor removes it after its expiry.`,
    );
  // Not the run's signal: a stopped run is still torn down (tearDown bounds its own waits).
  const outcome = await tearDown(
    kube.kc,
    created.namespace,
    { runId: created.runId },
    {
      clock: context.clock,
      say: (line) => context.say(`teardown: ${line}`),
    },
  );
  if (!outcome.ok) context.say(`teardown: ${outcome.problem} The janitor removes it after its expiry.`);
}
