// The sim's own record of a run, to hold a Timeline against: worker pods as the store changed them (every write, at
// its exact simulated time) and Serve's replicas and target as the controller held them on every 100 ms tick.
// Computed here from the sim's objects, not with the observer's code.
import type { RunningSim } from '../../src/sim/index.ts';
import { typeByKind } from '../../src/sim/api/resources.ts';
import type { Gap, Sample, Timeline } from '../../src/observe/index.ts';

export interface PodTruth {
  readonly t: number;
  /** `phase` → count over the namespace's worker pods (Terminating for a pod being deleted). */
  readonly phases: Readonly<Record<string, number>>;
  /** GPUs of worker pods whose status.phase is Running. */
  readonly gpus: number;
}

export interface ServeTruth {
  readonly t: number;
  /** deployment → {target, RUNNING, STARTING, STOPPING}. */
  readonly deployments: Readonly<Record<string, { target: number; states: Record<string, number> }>>;
}

export interface SimRecord {
  readonly pods: PodTruth[];
  readonly serve: ServeTruth[];
  stop(): void;
}

function podTruth(sim: RunningSim, namespace: string): PodTruth {
  const phases: Record<string, number> = {};
  let gpus = 0;
  for (const pod of sim.store.scan(POD, namespace)) {
    if (pod.metadata.labels?.['ray.io/node-type'] !== 'worker') continue;
    const phase = String((pod.status as { phase?: string } | undefined)?.phase ?? 'Pending');
    const shown =
      pod.metadata.deletionTimestamp && (phase === 'Pending' || phase === 'Running') ? 'Terminating' : phase;
    phases[shown] = (phases[shown] ?? 0) + 1;
    if (phase === 'Running') {
      for (const c of (pod.spec as { containers?: { resources?: { limits?: Record<string, unknown> } }[] })
        ?.containers ?? [])
        gpus += Number(c.resources?.limits?.['nvidia.com/gpu'] ?? 0);
    }
  }
  return { t: sim.clock.now(), phases, gpus };
}

const POD = typeByKind('v1', 'Pod')!;

export function recordSim(sim: RunningSim, namespace: string): SimRecord {
  const pods: PodTruth[] = [];
  const serve: ServeTruth[] = [];
  pods.push(podTruth(sim, namespace));
  const unsubscribe = sim.store.subscribe((event) => {
    if (event.resource.kind !== 'Pod' || event.object.metadata.namespace !== namespace) return;
    pods.push(podTruth(sim, namespace));
  });
  const stopTicks = sim.clock.every(100, () => {
    const deployments: Record<string, { target: number; states: Record<string, number> }> = {};
    for (const runtime of sim.world.runtimes.values()) {
      if (runtime.namespace !== namespace) continue;
      for (const d of runtime.serve.deployments) {
        const states: Record<string, number> = { STARTING: 0, RUNNING: 0, STOPPING: 0 };
        for (const r of d.replicas) states[r.state] = (states[r.state] ?? 0) + 1;
        deployments[d.spec.name] = { target: d.target, states };
      }
    }
    serve.push({ t: sim.clock.now(), deployments });
  });
  return {
    pods,
    serve,
    stop: () => {
      unsubscribe();
      stopTicks();
    },
  };
}

/** The truth in force at `t`: the last record at or before it. */
export function at<T extends { t: number }>(records: readonly T[], t: number): T | undefined {
  let found: T | undefined;
  for (const r of records) {
    if (r.t > t) break;
    found = r;
  }
  return found;
}

export const inGap = (gaps: readonly Gap[], source: Gap['source'], t: number) =>
  gaps.some((g) => g.source === source && g.from <= t && t <= g.to);

export function series(timeline: Timeline, metric: string, labels: Record<string, string>): Sample[] {
  return timeline.samples.filter(
    (s) => s.metric === metric && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
}
