// The cluster a run deploys to: the simulated one, started for the run and stopped after it, or the user's from a
// kubeconfig. Either way the later stages get a kubeconfig path and a context, as they would from a user.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_NODE_POOL,
  isKubeRayVersion,
  KUBERAY_VERSIONS,
  SIM_CONTEXT,
  SimStartError,
  startSim,
} from '../sim/index.ts';
import type { ClusterChoice } from './types.ts';

export interface OpenCluster {
  readonly kubeconfig: string | undefined;
  readonly context: string | undefined;
  /** "the simulated cluster at http://127.0.0.1:PORT (4 GPU nodes)", or "the kubeconfig's cluster". */
  readonly description: string;
  close(): Promise<void>;
}

export type ClusterOpening =
  { readonly ok: true; readonly cluster: OpenCluster } | { readonly ok: false; readonly problem: string };

export async function openCluster(choice: ClusterChoice, say: (line: string) => void): Promise<ClusterOpening> {
  if (choice.kind === 'kubeconfig')
    return {
      ok: true,
      cluster: {
        kubeconfig: choice.kubeconfig,
        context: choice.context,
        description: choice.context
          ? `context ${choice.context} of the kubeconfig`
          : "the kubeconfig's current context",
        close: async () => {},
      },
    };
  if (choice.kubeRayVersion !== undefined && !isKubeRayVersion(choice.kubeRayVersion))
    return {
      ok: false,
      problem: `the sim plays KubeRay ${KUBERAY_VERSIONS.join(', ')}, not "${choice.kubeRayVersion}".`,
    };
  // The sim's kubeconfig lives outside the out dir: the out dir is uploaded as an artifact.
  const dir = await mkdtemp(join(tmpdir(), 'rayservice-ci-sim-'));
  const kubeconfig = join(dir, 'kubeconfig');
  const nodePool = {
    ...DEFAULT_NODE_POOL,
    ...(choice.gpuNodes === undefined ? {} : { gpuNodes: choice.gpuNodes }),
    ...(choice.gpusPerNode === undefined ? {} : { gpusPerNode: choice.gpusPerNode }),
  };
  try {
    const sim = await startSim({
      kubeconfigPath: kubeconfig,
      seed: choice.seed ?? 1,
      profile: choice.profile ?? 'fast',
      nodePool,
      ...(choice.kubeRayVersion !== undefined && isKubeRayVersion(choice.kubeRayVersion)
        ? { kubeRayVersion: choice.kubeRayVersion }
        : {}),
      log: (line) => say(`sim: ${line}`),
    });
    return {
      ok: true,
      cluster: {
        kubeconfig,
        context: SIM_CONTEXT,
        description: `the simulated cluster at ${sim.url} (${nodePool.gpuNodes} GPU nodes × ${nodePool.gpusPerNode} GPU, ${choice.profile ?? 'fast'} profile)`,
        close: async () => {
          await sim.stop();
          await rm(dir, { recursive: true, force: true });
        },
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof SimStartError)
      return { ok: false, problem: `cannot start the simulated cluster: ${error.message}` };
    throw error;
  }
}
