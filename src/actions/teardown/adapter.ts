// The teardown action: deletes the runs it is given (namespaces, or deploy's Deployment file), or with janitor: true
// every expired namespace of rayservice-ci's. The kubeconfig input is written for the step and removed before it ends.
import { dirname } from 'node:path';
import { readContract } from '../../contracts/index.ts';
import { DEPLOYMENT, runJanitor, tearDown, WALL_CLOCK } from '../../deploy/index.ts';
import { loadKubeConfig } from '../../kube/index.ts';
import { safeInline } from '../../sanitize/index.ts';
import { parseDuration } from '../../time/duration.ts';
import { booleanInput } from '../action-io.ts';
import { removeKubeconfig, writeKubeconfig, type DeployActionIo } from '../deploy/runtime.ts';

export const TEARDOWN_INPUTS = [
  'namespace',
  'deployment',
  'kubeconfig',
  'context',
  'run-id',
  'janitor',
  'dry-run',
  'finalizer-grace',
  'wait',
] as const;
export type TeardownInput = (typeof TEARDOWN_INPUTS)[number];

export async function teardownAction(io: DeployActionIo<TeardownInput>): Promise<void> {
  const janitor = booleanInput(io, 'janitor', false);
  const dryRun = booleanInput(io, 'dry-run', false);
  for (const value of [janitor, dryRun]) if (typeof value === 'string') return io.fail(value);
  const durations: Record<string, number | undefined> = {};
  for (const name of ['finalizer-grace', 'wait'] as const) {
    const raw = io.input(name);
    const ms = raw ? parseDuration(raw) : undefined;
    if (typeof ms === 'string') return io.fail(`Input ${name}: ${ms}`);
    durations[name] = ms;
  }
  const namespaces = io.multilineInput('namespace');
  let context = io.input('context') || undefined;
  const deploymentFile = io.input('deployment');
  if (deploymentFile) {
    const deployment = await readContract(deploymentFile, DEPLOYMENT);
    if (!deployment.ok) return io.fail(deployment.problem);
    namespaces.push(deployment.value.namespace);
    context ??= deployment.value.context;
  }
  if (!janitor && !namespaces.length)
    return io.fail("Give the namespace (or the deploy action's deployment-file) to tear down, or set janitor: true.");

  const kubeconfigInput = io.input('kubeconfig');
  const kubeconfig = kubeconfigInput ? await writeKubeconfig(io, kubeconfigInput) : undefined;
  try {
    const kube = loadKubeConfig({ kubeconfig, context, cwd: io.cwd, env: io.env });
    if (!kube.ok) return io.fail(kube.problem);
    const options = {
      ...(durations['finalizer-grace'] !== undefined ? { finalizerGraceMs: durations['finalizer-grace'] } : {}),
      ...(durations['wait'] !== undefined ? { namespaceWaitMs: durations['wait'] } : {}),
    };
    const say = (line: string) => (line.startsWith('WARNING:') ? io.warning(line) : io.info(line));
    const context_ = { clock: WALL_CLOCK, signal: io.signal, say };
    if (janitor) {
      const result = await runJanitor(kube.kc, { dryRun: dryRun === true, teardown: options }, context_);
      io.setOutput('deleted', result.expired.filter((ns) => !result.failed.some((f) => f.namespace === ns)).join('\n'));
      if (!result.ok)
        io.fail(result.problem ?? result.failed.map((f) => `${f.namespace}: ${safeInline(f.problem)}`).join('\n'));
      return;
    }
    const failures: string[] = [];
    const deleted: string[] = [];
    for (const namespace of [...new Set(namespaces)]) {
      const outcome = await tearDown(
        kube.kc,
        namespace,
        { runId: io.input('run-id') || undefined, ...options },
        context_,
      );
      if (outcome.ok) deleted.push(namespace);
      else failures.push(safeInline(outcome.problem));
    }
    io.setOutput('deleted', deleted.join('\n'));
    if (failures.length) io.fail(failures.join('\n'));
  } finally {
    // Not from state: a main step cannot read back what it saved (STATE_* is set for post only).
    if (kubeconfig) await removeKubeconfig(dirname(kubeconfig));
  }
}
