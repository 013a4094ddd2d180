// The one assert call the CLI, the action and the pipeline make: reads the expectations (file, options, the
// manifest's defaults), checks them against the configuration, reads the Timeline and LoadResults, with a Deployment
// keeps observing until every assertion can be decided, and writes the Verdict. Problems are values.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readContract, writeContract } from '../contracts/index.ts';
import { DEPLOYMENT } from '../deploy/index.ts';
import { loadKubeConfig, openReach, type OpenReach } from '../kube/index.ts';
import { LOAD_RESULTS } from '../load/index.ts';
import { YAML_LIMITS } from '../manifest/index.ts';
import { planObservation, startObserver, TIMELINE, type ReachOpener, type Timeline } from '../observe/index.ts';
import type { Clock } from '../time/clock.ts';
import { evaluateAssertions, type LoadSpan } from './evaluate.ts';
import { parseExpectationsFile, type ExpectationsFile } from './expect-file.ts';
import { checkFeasibility, type FeasibilityProblem } from './feasibility.ts';
import { keepObserving, mergeTimelines, observationDeadline, undecided } from './keep-observing.ts';
import { manifestFacts, type ManifestFacts } from './manifest-facts.ts';
import { resolveExpectations, type ExpectationOptions } from './resolve.ts';
import { VERDICT, type ResolvedExpectations, type Verdict } from './types.ts';
import { decideVerdict } from './verdict.ts';

export interface AssertRequest {
  /** The Timeline observe wrote (not needed with checkOnly). */
  readonly timeline?: string | undefined;
  /** The LoadResults load wrote (not needed with checkOnly). */
  readonly load?: string | undefined;
  /** An Expectations file (docs/expectations.md). */
  readonly expect?: string | undefined;
  /** The rendered RayService, for the defaults and the feasibility check. */
  readonly manifest?: string | undefined;
  /** The Deployment deploy wrote: keep observing it until every assertion is decided. */
  readonly deployment?: string | undefined;
  /** Where the Verdict goes (default verdict.json). */
  readonly out?: string | undefined;
  readonly options?: ExpectationOptions | undefined;
  /** Whether `options` are CLI options or action inputs (for the sources in the verdict). */
  readonly via?: 'option' | 'input' | undefined;
  /** Only resolve and check the expectations against the manifest: nothing is read of a run or written. */
  readonly checkOnly?: boolean | undefined;
  /** Expectations the configuration cannot meet are reported, not refused. */
  readonly force?: boolean | undefined;
  readonly kubeconfig?: string | undefined;
  readonly context?: string | undefined;
}

export interface AssertContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  /** For decidedAt. */
  readonly now: () => Date;
  /** Aborted when the user asks to stop: assert decides on what it has. */
  readonly signal?: AbortSignal | undefined;
  readonly note: (line: string) => void;
  /** How the dashboard is reached with --deployment (default: src/kube's openReach). */
  readonly openReach?: ReachOpener | undefined;
}

export type AssertRun =
  | {
      readonly ok: true;
      readonly checkOnly: true;
      readonly expectations: ResolvedExpectations;
      /** Reported, not refused: the request was forced. */
      readonly feasibility: readonly FeasibilityProblem[];
    }
  | {
      readonly ok: true;
      readonly checkOnly: false;
      readonly expectations: ResolvedExpectations;
      readonly feasibility: readonly FeasibilityProblem[];
      readonly verdict: Verdict;
      readonly file: string;
    }
  /** input: exit 2; infeasible: the expectations cannot pass with this configuration (exit 1). */
  | {
      readonly ok: false;
      readonly kind: 'input' | 'infeasible';
      readonly problems: readonly string[];
      readonly feasibility?: readonly FeasibilityProblem[];
    };

const DEFAULT_OUT = 'verdict.json';

async function readText(cwd: string, path: string, what: string): Promise<{ text: string } | { problem: string }> {
  const full = resolve(cwd, path);
  const size = await stat(full).then(
    (s) => s.size,
    () => 0,
  );
  if (size > YAML_LIMITS.maxBytes)
    return { problem: `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; assert reads ${what} up to 8 MB.` };
  return readFile(full, 'utf8').then(
    (text) => ({ text }),
    (error: NodeJS.ErrnoException) => ({
      problem: `Cannot read ${path}: ${error.code === 'ENOENT' ? 'no such file' : (error.code ?? error.message)}.`,
    }),
  );
}

/** Expectations from the request's file, options and manifest, checked against the manifest. */
export async function prepareExpectations(
  cwd: string,
  request: Pick<AssertRequest, 'expect' | 'manifest' | 'options' | 'via'>,
): Promise<
  | {
      ok: true;
      expectations: ResolvedExpectations;
      facts: ManifestFacts | undefined;
      feasibility: FeasibilityProblem[];
    }
  | { ok: false; problems: readonly string[] }
> {
  let file: ExpectationsFile | undefined;
  if (request.expect) {
    const read = await readText(cwd, request.expect, 'expectations');
    if ('problem' in read) return { ok: false, problems: [read.problem] };
    const parsed = parseExpectationsFile(request.expect, read.text);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    file = parsed.expectations;
  }
  let facts: ManifestFacts | undefined;
  if (request.manifest) {
    const read = await readText(cwd, request.manifest, 'manifests');
    if ('problem' in read) return { ok: false, problems: [read.problem] };
    const found = manifestFacts(request.manifest, read.text, { deployment: file?.deployment, app: file?.app });
    if (!found.ok) return { ok: false, problems: [found.problem] };
    facts = found.facts;
  }
  const resolved = resolveExpectations({ facts, file, options: request.options, via: request.via });
  if (!resolved.ok) return { ok: false, problems: resolved.problems };
  return {
    ok: true,
    expectations: resolved.expectations,
    facts,
    feasibility: checkFeasibility(resolved.expectations, facts),
  };
}

export function describeFeasibility(p: FeasibilityProblem): string {
  return `${p.message} ${p.hint}`;
}

export async function runAssert(context: AssertContext, request: AssertRequest): Promise<AssertRun> {
  const input = (...problems: string[]): AssertRun => ({ ok: false, kind: 'input', problems });
  const prepared = await prepareExpectations(context.cwd, request);
  if (!prepared.ok) return { ok: false, kind: 'input', problems: prepared.problems };
  const { expectations, feasibility } = prepared;
  if (request.checkOnly) {
    if (!request.manifest)
      return input('--check-only needs --manifest: the configuration the expectations are checked against.');
    if (feasibility.length && !request.force)
      return { ok: false, kind: 'infeasible', problems: feasibility.map(describeFeasibility), feasibility };
    return { ok: true, checkOnly: true, expectations, feasibility };
  }
  if (!request.timeline) return input('assert needs --timeline FILE, the Timeline observe wrote.');
  if (!request.load) return input('assert needs --load FILE, the LoadResults load wrote.');
  const [timelineRead, loadRead] = await Promise.all([
    readContract(resolve(context.cwd, request.timeline), TIMELINE),
    readContract(resolve(context.cwd, request.load), LOAD_RESULTS),
  ]);
  if (!timelineRead.ok) return input(timelineRead.problem);
  if (!loadRead.ok) return input(loadRead.problem);
  for (const p of feasibility)
    context.note(`this expectation could not pass with the manifest's settings: ${describeFeasibility(p)}`);
  const load: LoadSpan = loadRead.value;
  const timeline: Timeline = timelineRead.value;
  let results = evaluateAssertions(expectations, timeline, load);
  if (request.deployment && undecided(results, timeline.end).length > 0) {
    const watched = await watchDeployment(context, request, expectations, timeline, load, results);
    if ('problem' in watched) return input(watched.problem);
    results = watched.results;
  }
  const verdict = decideVerdict({
    assertions: results,
    policy: expectations.inconclusive.value,
    load: { start: load.start, end: load.end },
    inputs: {
      timeline: request.timeline,
      load: request.load,
      expect: request.expect,
      deployment: request.deployment,
    },
    decidedAt: context.now(),
  });
  const out = resolve(context.cwd, request.out ?? DEFAULT_OUT);
  const written = await writeContract(out, VERDICT, verdict);
  if (written) return input(written);
  return { ok: true, checkOnly: false, expectations, feasibility, verdict, file: out };
}

async function watchDeployment(
  context: AssertContext,
  request: AssertRequest,
  expectations: ResolvedExpectations,
  base: Timeline,
  load: LoadSpan,
  results: ReturnType<typeof evaluateAssertions>,
): Promise<{ timeline: Timeline; results: ReturnType<typeof evaluateAssertions> } | { problem: string }> {
  const read = await readContract(resolve(context.cwd, request.deployment!), DEPLOYMENT);
  if (!read.ok) return { problem: read.problem };
  const deployment = read.value;
  if (deployment.namespace !== base.namespace)
    return {
      problem: `${request.deployment} is namespace ${deployment.namespace}, but the Timeline observed ${base.namespace}; pass the files of one run.`,
    };
  const deadline = observationDeadline(results, context.clock.now());
  const planned = planObservation({
    namespace: deployment.namespace,
    rayService: deployment.rayService,
    maxDurationMs: Math.max(1000, deadline - context.clock.now() + 5000),
  });
  if (!planned.ok) return { problem: planned.problems.join(' ') };
  const kube = loadKubeConfig({
    kubeconfig: request.kubeconfig,
    context: request.context ?? deployment.context,
    cwd: context.cwd,
    env: context.env,
  });
  if (!kube.ok) return { problem: kube.problem };
  let reach: OpenReach;
  try {
    reach = await (context.openReach ?? ((kc, r, note) => openReach(kc, r, { note })))(
      kube.kc,
      deployment.dashboard,
      context.note,
    );
  } catch (error) {
    return { problem: `cannot reach the Ray dashboard to keep observing (${(error as Error).message}).` };
  }
  const observer = startObserver(planned.plan, {
    kubeConfig: kube.kc,
    dashboardUrl: async () => reach.url,
    clock: context.clock,
  });
  try {
    context.note(
      `observing ${deployment.namespace} until every assertion is decided (at most ${Math.round((deadline - context.clock.now()) / 1000)} s)`,
    );
    await keepObserving({
      clock: context.clock,
      base,
      live: observer,
      evaluate: (timeline) => evaluateAssertions(expectations, timeline, load),
      deadline,
      signal: context.signal,
      note: context.note,
    });
    // The final word comes from the stopped observer: its sources have written their last state.
    const timeline = mergeTimelines(base, await observer.stop());
    return { timeline, results: evaluateAssertions(expectations, timeline, load) };
  } finally {
    await observer.stop();
    await reach.close();
  }
}
