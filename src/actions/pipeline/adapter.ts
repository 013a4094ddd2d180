// The whole pipeline as one action (the root action.yml): inputs → runPipeline → the out dir, the job summary, the
// sticky PR comment and outputs. What it creates on a real cluster is saved for the post step before it exists; the
// run tears down itself, and post (post-if: always()) removes anything a cancelled or crashed run left.
import { join } from 'node:path';
import { parseSecretValues, WALL_CLOCK } from '../../deploy/index.ts';
import { runPipeline, type ClusterChoice, type PipelineRequest } from '../../pipeline/index.ts';
import { commentRequestFrom } from '../../report/index.ts';
import { safeInline } from '../../sanitize/index.ts';
import { booleanInput } from '../action-io.ts';
import { deployPostAction } from '../deploy/adapter.ts';
import { STATE, writeKubeconfig, type DeployActionIo } from '../deploy/runtime.ts';

export const PIPELINE_INPUTS = [
  'manifest',
  'profile',
  'expect',
  'cluster',
  'kubeconfig',
  'context',
  'set',
  'secret-env',
  'secrets',
  'hold-for',
  'scale-up-within',
  'scale-down-within',
  'inconclusive',
  'force',
  'prometheus-url',
  'github-token',
  'comment-author',
  'comment',
  'summary',
  'out-dir',
  'sim-gpu-nodes',
  'sim-profile',
  'ttl',
  'lint-files',
  'config',
  'max-warnings',
  'namespace',
  'run-id',
  'deploy-timeout',
  'gpu-hour-price',
] as const;
export type PipelineInput = (typeof PIPELINE_INPUTS)[number];

type Checked<T> = { readonly value: T } | { readonly problem: string };

function oneOf<T extends string>(
  io: DeployActionIo<PipelineInput>,
  name: PipelineInput,
  allowed: readonly T[],
  fallback: T,
): Checked<T> {
  const raw = io.input(name) || fallback;
  return (allowed as readonly string[]).includes(raw)
    ? { value: raw as T }
    : { problem: `Input ${name} takes ${allowed.join(' or ')}, not "${safeInline(raw)}".` };
}

function wholeNumber(io: DeployActionIo<PipelineInput>, name: PipelineInput, min: number): Checked<number | undefined> {
  const raw = io.input(name);
  if (raw === '') return { value: undefined };
  return /^-?\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= 500
    ? { value: Number(raw) }
    : { problem: `Input ${name} takes a whole number from ${min} to 500, not "${safeInline(raw)}".` };
}

export async function pipelineAction(io: DeployActionIo<PipelineInput>): Promise<void> {
  const problems: string[] = [];
  const take = <T>(checked: Checked<T>): T | undefined => {
    if ('problem' in checked) problems.push(checked.problem);
    return 'value' in checked ? checked.value : undefined;
  };
  for (const name of ['manifest', 'profile'] as const) if (!io.input(name)) problems.push(`Input ${name} is required.`);
  const clusterKind = take(oneOf(io, 'cluster', ['sim', 'kubeconfig'] as const, 'sim'));
  const simProfile = take(oneOf(io, 'sim-profile', ['fast', 'realistic'] as const, 'fast'));
  const inconclusive = take(oneOf(io, 'inconclusive', ['fail', 'pass'] as const, 'fail'));
  const gpuNodes = take(wholeNumber(io, 'sim-gpu-nodes', 0));
  const maxWarnings = take(wholeNumber(io, 'max-warnings', -1));
  const bool = (name: PipelineInput, fallback: boolean) => {
    const value = booleanInput(io, name, fallback);
    if (typeof value === 'string') problems.push(value);
    return value === true;
  };
  const force = bool('force', false);
  const comment = bool('comment', true);
  const summary = bool('summary', true);
  const secrets = parseSecretValues(io.multilineInput('secrets'));
  if ('problem' in secrets) problems.push(secrets.problem);
  else for (const value of Object.values(secrets.values)) io.mask(value);
  if (clusterKind === 'kubeconfig' && !io.input('kubeconfig') && !io.env['KUBECONFIG'])
    problems.push(
      'cluster: kubeconfig needs the kubeconfig input (from a secret) or KUBECONFIG set by an earlier step.',
    );
  if (problems.length) return io.fail(problems.join('\n'));

  let cluster: ClusterChoice;
  if (clusterKind === 'kubeconfig') {
    const kubeconfigInput = io.input('kubeconfig');
    cluster = {
      kind: 'kubeconfig',
      kubeconfig: kubeconfigInput ? await writeKubeconfig(io, kubeconfigInput) : undefined,
      context: io.input('context') || undefined,
    };
  } else cluster = { kind: 'sim', gpuNodes, profile: simProfile };
  const token = io.input('github-token');
  if (token) io.mask(token);
  const outDir = io.input('out-dir') || 'rayservice-ci-out';
  const request: PipelineRequest = {
    manifest: io.input('manifest'),
    profile: io.input('profile'),
    outDir,
    cluster,
    expect: io.input('expect') || undefined,
    sets: io.multilineInput('set'),
    secretEnv: io.multilineInput('secret-env'),
    secretValues: 'values' in secrets ? secrets.values : {},
    holdFor: io.input('hold-for') || undefined,
    scaleUpWithin: io.input('scale-up-within') || undefined,
    scaleDownWithin: io.input('scale-down-within') || undefined,
    inconclusive,
    force,
    prometheus: io.input('prometheus-url') || undefined,
    lintFiles: io.multilineInput('lint-files'),
    lintConfig: io.input('config') || undefined,
    maxWarnings,
    namespace: io.input('namespace') || undefined,
    runId: io.input('run-id') || undefined,
    ttl: io.input('ttl') || undefined,
    deployTimeout: io.input('deploy-timeout') || undefined,
    gpuHourPrice: io.input('gpu-hour-price') || undefined,
    via: 'input',
  };
  const result = await runPipeline(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      now: () => io.now(),
      signal: io.signal,
      say: (line) => io.info(safeInline(line)),
      notice: (line) => io.notice(safeInline(line)),
      mask: (value) => io.mask(value),
      // A sim's namespaces go with the sim: only a real cluster's are left for post to remove.
      record:
        cluster.kind === 'kubeconfig'
          ? (created) => {
              io.saveState(STATE.namespace, created.namespace);
              io.saveState(STATE.context, created.context);
              io.saveState(STATE.runId, created.runId);
            }
          : undefined,
    },
    request,
    {
      comment: comment
        ? await commentRequestFrom(io.env, token, { author: io.input('comment-author') || undefined })
        : undefined,
    },
  );
  if (result.inputProblems.length) return io.fail(result.inputProblems.map(safeInline).join('\n'));
  io.setOutput('verdict', result.verdict.outcome);
  io.setOutput('out-dir', outDir);
  if (result.files.verdict) io.setOutput('verdict-file', result.files.verdict);
  if (result.files.report) io.setOutput('report-file', result.files.report);
  if (result.commentUrl) io.setOutput('comment-url', result.commentUrl);
  if (result.namespace) io.setOutput('namespace', result.namespace);
  if (summary && result.report) await io.summary(result.report);
  for (const line of result.summary.trimEnd().split('\n')) io.info(line);
  if (result.verdict.exitCode !== 0)
    io.fail(
      result.verdict.failure
        ? `rayservice-ci: the run stopped at ${result.verdict.failure.stage}: ${safeInline(result.verdict.failure.message)}`
        : `rayservice-ci: verdict ${result.verdict.outcome}; the report is in ${join(outDir, 'report.md')} and the job summary.`,
    );
}

/** Post: removes what a cancelled or crashed run left on a real cluster (the same step as deploy's post). */
export async function pipelinePostAction(io: DeployActionIo<PipelineInput>): Promise<void> {
  await deployPostAction(io as unknown as Parameters<typeof deployPostAction>[0]);
}
