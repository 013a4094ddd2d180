// The one load call the CLI and the action make: read the profile, plan, print the plan (--dry-run) or reach the
// endpoint (--address, or the Deployment deploy wrote, through a port-forward that is re-opened when it breaks),
// run, evaluate the criteria, and write LoadResults — also when the run was stopped. Problems are values.
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import { readContract, writeContract } from '../contracts/index.ts';
import type { OpenReach, Reach } from '../kube/index.ts';
import { parseDuration } from '../time/duration.ts';
import type { Clock } from '../time/clock.ts';
import { planLoad, type LoadPlan } from './plan.ts';
import { formatProblem, type Limits } from './profile.ts';
import { readProfile } from './read-profile.ts';
import { describeTarget, buildResults } from './results.ts';
import { runPlan, type Progress } from './runner.ts';
import { parseTaurusDuration } from './taurus-duration.ts';
import { fixedEndpoint, reopeningEndpoint, type Endpoint } from './transport.ts';
import { LOAD_RESULTS, type LoadResults } from './types.ts';

export interface LoadRunRequest {
  readonly profile: string;
  /** Replaces every scenario's default-address. */
  readonly address?: string | undefined;
  /** The Deployment file deploy wrote: the endpoint is reached from it. */
  readonly deployment?: string | undefined;
  /** Where LoadResults goes; none: not written. */
  readonly out?: string | undefined;
  /** Replaces every execution's hold-for ("30s"). */
  readonly holdFor?: string | undefined;
  readonly seed?: number | undefined;
  readonly maxDuration?: string | undefined;
  readonly maxRequests?: number | undefined;
  readonly maxConnections?: number | undefined;
  readonly kubeconfig?: string | undefined;
  readonly context?: string | undefined;
  readonly dryRun?: boolean | undefined;
}

export type ReachOpener = (kc: KubeConfig, reach: Reach, note: (line: string) => void) => Promise<OpenReach>;

export interface LoadContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly clock: Clock;
  /** Aborted when the user asks to stop: issuing stops, results are still written. */
  readonly signal: AbortSignal;
  readonly note: (line: string) => void;
  readonly progress?: ((progress: Progress) => void) | undefined;
  /** The seed when neither the request nor the profile gives one (default: a random one, written to the results). */
  readonly seed?: (() => number) | undefined;
  readonly openReach?: ReachOpener | undefined;
}

export type LoadRun =
  | { readonly ok: true; readonly dryRun: true; readonly plan: LoadPlan }
  | { readonly ok: true; readonly dryRun: false; readonly results: LoadResults; readonly file: string | undefined }
  | { readonly ok: false; readonly problems: readonly string[]; readonly warnings: readonly string[] };

// The Kubernetes client and the deploy stage load only with --deployment: a run against an address does without
// their memory (about 50 MB of RSS for the client alone).
const defaultOpener: ReachOpener = async (kc, reach, note) =>
  (await import('../kube/index.ts')).openReach(kc, reach, { note });

function limitsOf(request: LoadRunRequest): Partial<Limits> | string {
  const limits: { -readonly [K in keyof Limits]?: Limits[K] } = {};
  if (request.maxDuration !== undefined) {
    const ms = parseDuration(request.maxDuration);
    if (typeof ms === 'string') return `--max-duration: ${ms}`;
    limits.maxDurationMs = ms;
  }
  if (request.maxRequests !== undefined) limits.maxRequests = request.maxRequests;
  if (request.maxConnections !== undefined) limits.maxConnections = request.maxConnections;
  return limits;
}

export async function runLoad(context: LoadContext, request: LoadRunRequest): Promise<LoadRun> {
  const problem = (...problems: string[]): LoadRun => ({ ok: false, problems, warnings: [] });
  if (request.address !== undefined && request.deployment !== undefined)
    return problem('give --address or --deployment, not both.');
  if (request.address !== undefined && !/^https?:\/\/[^/\s]+/i.test(request.address))
    return problem(`--address takes a URL like http://127.0.0.1:8000, not "${request.address}".`);
  let holdForMs: number | undefined;
  if (request.holdFor !== undefined) {
    const ms = parseTaurusDuration(request.holdFor);
    if (typeof ms === 'string') return problem(`--hold-for: ${ms}`);
    holdForMs = ms;
  }
  const limits = limitsOf(request);
  if (typeof limits === 'string') return problem(limits);
  const read = await readProfile(context.cwd, request.profile);
  if (!read.ok)
    return { ok: false, problems: read.problems.map(formatProblem), warnings: read.warnings.map(formatProblem) };
  const profile = read.profile;
  const seed = request.seed ?? profile.settings.seed ?? (context.seed ?? (() => randomInt(0, 2 ** 31 - 1)))();
  // With --deployment the address is known only once the forward is open; the plan shows where it comes from.
  const planned = planLoad(profile, {
    seed,
    holdForMs,
    limits,
    address: request.address ?? (request.deployment ? 'http://deployment.endpoint' : undefined),
  });
  if (!planned.ok)
    return { ok: false, problems: planned.problems.map(formatProblem), warnings: profile.warnings.map(formatProblem) };
  const runnable = planned.runnable;
  if (request.dryRun) {
    const plan = request.deployment
      ? {
          ...runnable.plan,
          executions: runnable.plan.executions.map((e) => ({
            ...e,
            address: `(the endpoint of ${request.deployment})`,
          })),
        }
      : runnable.plan;
    return { ok: true, dryRun: true, plan };
  }
  for (const warning of runnable.plan.warnings) context.note(`warning: ${warning}`);

  let endpoint: Endpoint = fixedEndpoint(request.address);
  let target = describeTarget(request.address ?? runnable.executions[0]?.scenario.address);
  if (request.deployment) {
    const { DEPLOYMENT } = await import('../deploy/index.ts');
    const { loadKubeConfig } = await import('../kube/index.ts');
    const deployment = await readContract(resolve(context.cwd, request.deployment), DEPLOYMENT);
    if (!deployment.ok) return problem(deployment.problem);
    const kube = loadKubeConfig({
      kubeconfig: request.kubeconfig,
      context: request.context ?? deployment.value.context,
      cwd: context.cwd,
      env: context.env,
    });
    if (!kube.ok) return problem(kube.problem);
    const opener = context.openReach ?? defaultOpener;
    try {
      endpoint = await reopeningEndpoint({
        open: () => opener(kube.kc, deployment.value.endpoint, context.note),
        clock: context.clock,
        note: context.note,
      });
    } catch (error) {
      return problem(
        `cannot reach the endpoint of ${deployment.value.rayService} in ${deployment.value.namespace} (${(error as Error).message}); check the Deployment and that this machine may port-forward.`,
      );
    }
    target =
      deployment.value.endpoint.kind === 'url'
        ? describeTarget(deployment.value.endpoint.url)
        : `port-forward:${deployment.value.namespace}/${deployment.value.endpoint.pod}:${deployment.value.endpoint.port}`;
  }
  try {
    const run = await runPlan(runnable, {
      clock: context.clock,
      signal: context.signal,
      endpoint,
      progress: context.progress,
    });
    const results = buildResults(runnable, run, target, runnable.plan.warnings);
    let file: string | undefined;
    if (request.out) {
      file = resolve(context.cwd, request.out);
      const written = await writeContract(file, LOAD_RESULTS, results);
      if (written) return { ok: false, problems: [written], warnings: [] };
    }
    return { ok: true, dryRun: false, results, file };
  } finally {
    await endpoint.close();
  }
}

/** The exit code of a finished run: 3 criteria failed or inconclusive, 1 stopped early or nothing completed, else 0. */
export function exitCodeOf(results: LoadResults): 0 | 1 | 3 {
  if (results.outcome === 'fail' || results.outcome === 'inconclusive') return 3;
  // A run a "for" criterion stopped ends as its verdict says (3 when it fails the run, as Taurus's AutomatedShutdown).
  if (results.stop.reason !== 'completed' && results.stop.reason !== 'criteria') return 1;
  if (results.summary.requests === 0) return 1;
  return 0;
}
