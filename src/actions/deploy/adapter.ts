// The deploy action: inputs → runDeploy → the Deployment file and outputs; and its post step, which tears the run
// down. Whatever main creates is recorded with saveState before it is created, so post (post-if: always()) removes it
// even when the job is cancelled or fails, and never fails the job itself: a cleanup problem is a warning.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSecretValues, runDeploy, tearDown, WALL_CLOCK, type Deployment, type Reach } from '../../deploy/index.ts';
import { loadKubeConfig } from '../../kube/index.ts';
import { safeInline } from '../../sanitize/index.ts';
import { booleanInput } from '../action-io.ts';
import { removeKubeconfig, STATE, writeKubeconfig, type DeployActionIo } from './runtime.ts';

export const DEPLOY_INPUTS = [
  'manifest',
  'rendered',
  'kubeconfig',
  'context',
  'timeout',
  'unschedulable-grace',
  'max-gpus',
  'secrets',
  'endpoint-url',
  'dashboard-url',
  'out',
  'teardown',
] as const;
export type DeployInput = (typeof DEPLOY_INPUTS)[number];

/** An endpoint as an output: the URL, or where later stages forward to (port-forward:NAMESPACE/POD:PORT). */
export function describeReachForOutput(reach: Reach): string {
  return reach.kind === 'url' ? reach.url : `port-forward:${reach.namespace}/${reach.pod}:${reach.port}`;
}

export async function deployAction(io: DeployActionIo<DeployInput>): Promise<Deployment | undefined> {
  const manifest = io.input('manifest');
  if (!manifest) {
    io.fail("Input manifest is required: the rendered manifest (the render action's manifest output).");
    return undefined;
  }
  const teardown = booleanInput(io, 'teardown', true);
  if (typeof teardown === 'string') return void io.fail(teardown);
  io.saveState(STATE.teardown, String(teardown));
  const secrets = parseSecretValues(io.multilineInput('secrets'));
  if ('problem' in secrets) return void io.fail(secrets.problem);
  for (const value of Object.values(secrets.values)) io.mask(value);
  const maxGpusText = io.input('max-gpus');
  const maxGpus = maxGpusText === '' ? undefined : Number(maxGpusText);
  if (maxGpus !== undefined && (!Number.isInteger(maxGpus) || maxGpus < 0))
    return void io.fail(`Input max-gpus takes a whole number from 0, not "${safeInline(maxGpusText)}".`);

  const kubeconfigInput = io.input('kubeconfig');
  const kubeconfig = kubeconfigInput ? await writeKubeconfig(io, kubeconfigInput) : undefined;
  const outDir = join(io.tempDir, 'rayservice-ci');
  await mkdir(outDir, { recursive: true });
  const out = io.input('out') || join(outDir, 'deployment.json');
  const diagnosis = join(outDir, 'deploy-diagnosis.json');
  const run = await runDeploy(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      signal: io.signal,
      progress: { line: (text) => io.info(text) },
      mask: (value) => io.mask(value),
      record: (resource) => {
        io.saveState(STATE.namespace, resource.name);
        io.saveState(STATE.context, resource.context);
        io.saveState(STATE.runId, resource.runId);
      },
    },
    {
      manifest,
      rendered: io.input('rendered') || undefined,
      kubeconfig,
      context: io.input('context') || undefined,
      timeout: io.input('timeout') || undefined,
      unschedulableGrace: io.input('unschedulable-grace') || undefined,
      maxGpus,
      secretValues: secrets.values,
      endpointUrl: io.input('endpoint-url') || undefined,
      dashboardUrl: io.input('dashboard-url') || undefined,
      out,
      diagnosis,
    },
  );
  if (!run.ok) {
    if (run.namespace) io.setOutput('namespace', run.namespace);
    if (run.diagnosis) io.setOutput('diagnosis-file', diagnosis);
    const after = run.namespace
      ? teardown
        ? ` The post step deletes the namespace ${run.namespace}.`
        : ` The namespace ${run.namespace} is left for inspection (teardown: false); the janitor removes it after its expiry.`
      : '';
    io.fail(`${run.kind === 'cancelled' ? 'Deploy cancelled' : 'Not deployed'}:\n${run.problems.join('\n')}${after}`);
    if (run.diagnosis)
      await io.summary(
        `## rayservice-ci deploy: not deployed\n\n\`\`\`\n${run.problems.join('\n').replaceAll('```', "'''")}\n\`\`\`\n`,
      );
    return undefined;
  }
  const d = run.deployment;
  for (const note of run.notes) io.info(`Note: ${safeInline(note)}`);
  io.setOutput('namespace', d.namespace);
  io.setOutput('deployment-file', out);
  io.setOutput('endpoint', describeReachForOutput(d.endpoint));
  io.setOutput('dashboard', describeReachForOutput(d.dashboard));
  io.setOutput('rayservice', d.rayService);
  io.setOutput('raycluster', d.rayCluster);
  io.setOutput('kuberay-version', d.kubeRayVersion);
  io.info(
    `${d.rayService} serves in namespace ${d.namespace} (RayCluster ${d.rayCluster}, KubeRay ${d.kubeRayVersion}); Deployment: ${out}`,
  );
  await io.summary(
    `## rayservice-ci deploy\n\n| | |\n|---|---|\n| namespace | \`${d.namespace}\` |\n| RayService | \`${d.rayService}\` (RayCluster \`${d.rayCluster}\`) |\n| KubeRay | ${d.kubeRayVersion} |\n| endpoint | ${describeReachForOutput(d.endpoint)} |\n| ready after | ${((d.timings.readyMs ?? 0) / 1000).toFixed(1)} s |\n`,
  );
  return d;
}

/** Post's budget: KubeRay's finalizer grace and the namespace wait stay well inside the runner's 5-minute limit. */
const POST_FINALIZER_GRACE_MS = 60_000;
const POST_NAMESPACE_WAIT_MS = 90_000;

export async function deployPostAction(io: DeployActionIo<DeployInput>): Promise<void> {
  const namespace = io.getState(STATE.namespace);
  const kubeconfigDir = io.getState(STATE.kubeconfigDir);
  try {
    if (!namespace) return io.info('rayservice-ci teardown: nothing to remove (deploy created no namespace).');
    if (io.getState(STATE.teardown) === 'false')
      return io.info(
        `rayservice-ci teardown: leaving ${namespace} (teardown: false); the janitor removes it after its expiry.`,
      );
    const kube = loadKubeConfig({
      kubeconfig: kubeconfigDir ? join(kubeconfigDir, 'kubeconfig') : undefined,
      context: io.getState(STATE.context) || undefined,
      cwd: io.cwd,
      env: io.env,
    });
    if (!kube.ok)
      return io.warning(
        `rayservice-ci teardown: cannot remove ${namespace}: ${kube.problem} The janitor removes it after its expiry.`,
      );
    const outcome = await tearDown(
      kube.kc,
      namespace,
      {
        runId: io.getState(STATE.runId) || undefined,
        finalizerGraceMs: POST_FINALIZER_GRACE_MS,
        namespaceWaitMs: POST_NAMESPACE_WAIT_MS,
      },
      {
        clock: WALL_CLOCK,
        signal: io.signal,
        say: (line) =>
          line.startsWith('WARNING:')
            ? io.warning(`rayservice-ci teardown: ${line}`)
            : io.info(`rayservice-ci teardown: ${line}`),
      },
    );
    if (!outcome.ok) io.warning(`rayservice-ci teardown: ${outcome.problem} The janitor removes it after its expiry.`);
  } finally {
    await removeKubeconfig(kubeconfigDir);
  }
}
