// One running Ray cluster: its Ray nodes (the RayCluster's pods that have started), the Serve controller on it,
// and the control loop that drives Serve every CONTROL_LOOP_INTERVAL_S.
import { createHash } from 'node:crypto';
import { dict, parseRayVersion, rayGroups, stringOr, type RayVersion } from '../../ray/index.ts';
import { typeByKind } from '../api/resources.ts';
import type { KObject, ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import { stageDelay, type StageRule } from '../cluster/profiles.ts';
import type { Random } from '../random.ts';
import { CONTROL_LOOP_MS, ServeController } from '../serve/serve-controller.ts';
import type { RayNode } from '../serve/types.ts';

const POD = typeByKind('v1', 'Pod')!;

export interface RuntimeDeps {
  readonly store: ObjectStore;
  readonly clock: Clock;
  readonly random: Random;
  readonly profile: readonly StageRule[];
  /** Whether the kubelet has started the pod's containers (Ray is up on it). */
  readonly started: (pod: KObject) => boolean;
}

export class RayClusterRuntime {
  readonly namespace: string;
  readonly name: string;
  readonly rayVersion: RayVersion | undefined;
  readonly serve: ServeController;
  readonly sessionName: string;
  private readonly deps: RuntimeDeps;
  private readonly stopLoop: Cancel;
  /** Serve config last submitted, so KubeRay submits once per cluster. */
  submittedConfig: string | undefined;

  constructor(cluster: KObject, deps: RuntimeDeps) {
    this.deps = deps;
    this.namespace = cluster.metadata.namespace!;
    this.name = cluster.metadata.name;
    this.rayVersion = parseRayVersion(stringOr(dict(cluster.spec)['rayVersion'], '') ?? '');
    this.sessionName = `session_${new Date(deps.clock.now()).toISOString().replace(/[-:T]/g, '_').slice(0, 19)}_${deps.random.int(100000, 999999)}_1`;
    this.serve = new ServeController({
      clock: deps.clock,
      random: deps.random,
      rayVersion: this.rayVersion,
      nodes: () => this.nodes(),
      startupMs: (node, spec) => {
        const pod = deps.store.get(POD, this.namespace, node.podName);
        return spec.gpusPerReplica > 0 && pod ? stageDelay(deps.profile, 'model-load', pod, deps.random) : 500;
      },
    });
    this.stopLoop = deps.clock.every(CONTROL_LOOP_MS, () => this.serve.tick());
  }

  /** The sim's time, for answers that carry a timestamp (the dashboard's cluster status). */
  now(): number {
    return this.deps.clock.now();
  }

  private cluster(): KObject | undefined {
    return this.deps.store.get(typeByKind('ray.io/v1', 'RayCluster')!, this.namespace, this.name);
  }

  /** The cluster's pods as the store holds them (frozen, not copies): Serve's control loop reads them every tick. */
  pods(): KObject[] {
    return this.deps.store.scan(POD, this.namespace).filter((p) => p.metadata.labels?.['ray.io/cluster'] === this.name);
  }

  /** Ray nodes: started pods that are not being deleted. */
  nodes(): RayNode[] {
    const cluster = this.cluster();
    const groups = rayGroups(dict(cluster?.spec), []);
    return this.pods()
      .filter((pod) => !pod.metadata.deletionTimestamp && this.deps.started(pod))
      .map((pod) => {
        const isHead = pod.metadata.labels?.['ray.io/node-type'] === 'head';
        const groupName = pod.metadata.labels?.['ray.io/group'] ?? '';
        const group = groups.find((g) => (isHead ? g.kind === 'head' : g.name === groupName));
        return {
          podName: pod.metadata.name,
          nodeId: createHash('sha224').update(pod.metadata.uid).digest('hex'),
          ip: String(pod.status?.podIP ?? ''),
          gpus: group?.gpusPerPod ?? 0,
          isHead,
          group: isHead ? 'headgroup' : groupName,
        };
      });
  }

  head(): RayNode | undefined {
    return this.nodes().find((n) => n.isHead);
  }

  stop(): void {
    this.stopLoop();
    this.serve.shutdown();
  }
}
