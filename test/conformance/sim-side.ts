// The sim for one scenario: started in-process on wall time (the load and the observer run on wall time too), the
// example RayService with the scenario's Serve config, worker group and idle timeout, and the fake node's timing
// measured on real Ray given to the sim's stages by annotation.
import { mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as k8s from '@kubernetes/client-node';
import { parse, stringify } from 'yaml';
import { startSim, type RunningSim } from '../../src/sim/index.ts';
import { EXAMPLE_PATH, exampleDeploymentConfig, type Scenario } from './scenarios.ts';

export interface SimTiming {
  /** A fake worker node's start, launch to Ray node (node-provisioning in the sim; the rest of its stages 0). */
  readonly nodeStartS: number;
  /** The stand-in replica's start on a node (model-load in the sim). */
  readonly replicaStartupS: number;
}

export interface SimSide {
  readonly sim: RunningSim;
  readonly dashboard: string;
  readonly serve: string;
  stop(): Promise<void>;
}

const NAMESPACE = 'conformance';

/** The example with the scenario applied, as the user would write it; rayVersion stays the example's 2.47.1. */
export function scenarioRayService(scenario: Scenario, timing: SimTiming): Record<string, unknown> {
  const rayService = parse(readFileSync(EXAMPLE_PATH, 'utf8')) as Record<string, any>;
  rayService['metadata'] = { name: rayService['metadata'].name, namespace: NAMESPACE };
  const serve = parse(rayService['spec'].serveConfigV2) as Record<string, any>;
  const app = serve['applications'][0];
  // The example's HF_TOKEN placeholder and log levels are nothing to the sim; the rest stays.
  delete app['runtime_env'];
  app['args']['llm_configs'][0]['deployment_config'] = exampleDeploymentConfig(scenario);
  rayService['spec'].serveConfigV2 = stringify(serve);
  const cluster = rayService['spec'].rayClusterConfig;
  cluster.autoscalerOptions = { idleTimeoutSeconds: scenario.idleTimeoutS };
  const group = cluster.workerGroupSpecs[0];
  group.minReplicas = scenario.workers.min;
  group.maxReplicas = scenario.workers.max;
  group.replicas = scenario.workers.min;
  const seconds = (s: number) => `${Math.round(s * 1000)}ms`;
  group.template.metadata.annotations = {
    ...group.template.metadata.annotations,
    'sim.rayservice-ci.io/schedule-delay': '0s',
    'sim.rayservice-ci.io/node-provisioning-delay': seconds(timing.nodeStartS),
    'sim.rayservice-ci.io/image-pull-delay': '0s',
    'sim.rayservice-ci.io/ray-start-delay': '0s',
    'sim.rayservice-ci.io/model-load-delay': seconds(timing.replicaStartupS),
  };
  return rayService;
}

export async function startSimSide(
  scenario: Scenario,
  timing: SimTiming,
  log: (line: string) => void,
): Promise<SimSide> {
  const kubeconfigPath = join(mkdtempSync(join(tmpdir(), 'rsci-conformance-')), 'kubeconfig');
  const sim = await startSim({ seed: 3, kubeconfigPath, log });
  try {
    const kc = new k8s.KubeConfig();
    kc.loadFromFile(kubeconfigPath);
    await kc.makeApiClient(k8s.CoreV1Api).createNamespace({ body: { metadata: { name: NAMESPACE } } });
    const rayService = scenarioRayService(scenario, timing);
    await k8s.KubernetesObjectApi.makeApiClient(kc).patch(
      rayService as k8s.KubernetesObject,
      undefined,
      undefined,
      'rayservice-ci-conformance',
      true,
      k8s.PatchStrategy.ServerSideApply,
    );
    const name = (rayService['metadata'] as { name: string }).name;
    const proxy = (service: string, port: number) =>
      `${sim.url}/api/v1/namespaces/${NAMESPACE}/services/${service}:${port}/proxy`;
    return {
      sim,
      dashboard: proxy(`${name}-head-svc`, 8265),
      serve: proxy(`${name}-serve-svc`, 8000),
      stop: () => sim.stop(),
    };
  } catch (error) {
    await sim.stop();
    throw error;
  }
}
