// The kubelet of every simulated node: a bound pod is provisioned (GPU nodes), pulls its image, starts, and turns
// Ready when its readiness gate says so; a deleted pod terminates after its stage delay and is removed.
import { typeByKind } from '../api/resources.ts';
import { timestamp, type KObject, type ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import type { Random } from '../random.ts';
import type { EventRecorder } from './events.ts';
import { podReady } from './pod-status.ts';
import type { Json } from '../api/json.ts';
import { stageDelay, type StageName, type StageRule } from './profiles.ts';

const POD = typeByKind('v1', 'Pod')!;

/** Whether a started pod passes its readiness probe now (e.g. a Ray worker only once it hosts a Serve proxy). */
export type ReadinessGate = (pod: KObject) => boolean;

type Phase = 'provisioning' | 'pulling' | 'starting' | 'running' | 'terminating';

interface Progress {
  phase: Phase;
  timer: Cancel | undefined;
}

const ORDER: readonly { phase: Phase; stage: StageName }[] = [
  { phase: 'provisioning', stage: 'node-provisioning' },
  { phase: 'pulling', stage: 'image-pull' },
  { phase: 'starting', stage: 'ray-start' },
];

export interface Kubelet {
  stop(): void;
  /** Pods whose containers are running (Ray has started on them). */
  started(pod: KObject): boolean;
}

export function startKubelet(
  store: ObjectStore,
  clock: Clock,
  random: Random,
  profile: readonly StageRule[],
  record: EventRecorder,
  ready: ReadinessGate,
): Kubelet {
  const progress = new Map<string, Progress>();
  let nextIp = 10;
  const ips = new Map<string, string>();
  const now = () => timestamp(clock.now());

  const setStatus = (pod: KObject, change: (status: Json) => void) => {
    store.mutate(
      POD,
      pod.metadata.namespace,
      pod.metadata.name,
      (p) => {
        p.status ??= {};
        change(p.status);
      },
      'status',
    );
  };

  const containerStatuses = (pod: KObject, state: Record<string, unknown>, isReady: boolean) =>
    (pod.spec?.containers ?? []).map((c: { name: string; image: string }) => ({
      name: c.name,
      image: c.image,
      imageID: '',
      ready: isReady,
      restartCount: 0,
      started: 'running' in state,
      state,
    }));

  const conditions = (isReady: boolean, initialized: boolean) => [
    { type: 'PodReadyToStartContainers', status: 'True', lastTransitionTime: now() },
    { type: 'Initialized', status: initialized ? 'True' : 'False', lastTransitionTime: now() },
    {
      type: 'Ready',
      status: isReady ? 'True' : 'False',
      lastTransitionTime: now(),
      ...(isReady ? {} : { reason: 'ContainersNotReady', message: 'containers with unready status' }),
    },
    { type: 'ContainersReady', status: isReady ? 'True' : 'False', lastTransitionTime: now() },
    { type: 'PodScheduled', status: 'True', lastTransitionTime: now() },
  ];

  const enter = (pod: KObject, index: number) => {
    const step = ORDER[index];
    const state = progress.get(pod.metadata.uid)!;
    if (!step) {
      state.phase = 'running';
      const ip = ips.get(pod.metadata.uid) ?? `10.244.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 2}`;
      ips.set(pod.metadata.uid, ip);
      setStatus(pod, (s) => {
        s.phase = 'Running';
        s.podIP = ip;
        s.podIPs = [{ ip }];
        s.hostIP = '10.0.0.1';
        s.startTime ??= now();
        s.conditions = conditions(false, true);
        s.containerStatuses = containerStatuses(pod, { running: { startedAt: now() } }, false);
      });
      record(pod, 'Normal', 'Started', `Started container ${pod.spec?.containers?.[0]?.name ?? 'ray'}`);
      return;
    }
    state.phase = step.phase;
    if (step.phase === 'pulling') {
      setStatus(pod, (s) => {
        s.conditions = conditions(false, false);
        s.containerStatuses = containerStatuses(pod, { waiting: { reason: 'ContainerCreating' } }, false);
      });
      record(pod, 'Normal', 'Pulling', `Pulling image "${pod.spec?.containers?.[0]?.image ?? ''}"`);
    }
    const delay = stageDelay(profile, step.stage, pod, random);
    state.timer = clock.at(clock.now() + delay, () => {
      const current = store.get(POD, pod.metadata.namespace, pod.metadata.name);
      if (current && !current.metadata.deletionTimestamp) enter(current, index + 1);
    });
  };

  const loop = () => {
    const seen = new Set<string>();
    // Read in place (the store's objects are frozen); changes go through store.mutate.
    for (const pod of store.scan(POD)) {
      const uid = pod.metadata.uid;
      seen.add(uid);
      if (!pod.spec?.nodeName) continue;
      const state = progress.get(uid);
      if (pod.metadata.deletionTimestamp) {
        if (state?.phase === 'terminating') continue;
        state?.timer?.();
        progress.set(uid, { phase: 'terminating', timer: undefined });
        record(pod, 'Normal', 'Killing', `Stopping container ${pod.spec?.containers?.[0]?.name ?? 'ray'}`);
        const delay = stageDelay(profile, 'termination', pod, random);
        clock.at(clock.now() + delay, () => store.forget(POD, pod.metadata.namespace, pod.metadata.name));
        continue;
      }
      if (!state) {
        progress.set(uid, { phase: 'provisioning', timer: undefined });
        enter(pod, 0);
        continue;
      }
      if (state.phase === 'running') {
        const isReady = ready(pod);
        const wasReady = podReady(pod);
        if (isReady !== wasReady) {
          setStatus(pod, (s) => {
            s.conditions = conditions(isReady, true);
            s.containerStatuses = containerStatuses(pod, { running: { startedAt: s.startTime ?? now() } }, isReady);
          });
        }
      }
    }
    for (const uid of [...progress.keys()]) if (!seen.has(uid)) progress.delete(uid);
  };
  const stop = clock.every(200, loop);
  return {
    stop,
    started: (pod) => progress.get(pod.metadata.uid)?.phase === 'running',
  };
}
