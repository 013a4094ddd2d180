// What the cluster shows of one RayService at one moment: the object with its status, its pods (phase, scheduling,
// container waiting reasons) and the namespace's events, read in three calls; plus the views of pods and events that
// progress lines and the diagnosis print. Reading is the only effect here; the views are pure.
import * as k8s from '@kubernetes/client-node';
import { attempt, callOptions, type ApiFailure, type CallBounds } from '../kube/index.ts';
import type { RayServiceObject } from './readiness.ts';

export interface PodView {
  readonly name: string;
  /** ray.io/group: "headgroup" or the worker group's name. */
  readonly group: string;
  readonly nodeType: 'head' | 'worker' | 'other';
  readonly cluster: string;
  readonly phase: string;
  readonly ready: boolean;
  readonly deleting: boolean;
  /** The scheduler's message while PodScheduled=False/Unschedulable. */
  readonly unschedulable?: string;
  /** Containers waiting, e.g. "ray-worker: ImagePullBackOff (Back-off pulling image …)". */
  readonly waiting: readonly { readonly container: string; readonly reason: string; readonly message?: string }[];
  /** The last termination of a restarted container (OOMKilled, Error), with the restart count. */
  readonly lastTermination?: { readonly container: string; readonly reason: string; readonly restarts: number };
  readonly gpus: number;
}

export interface EventView {
  readonly type: string;
  readonly reason: string;
  readonly message: string;
  /** "Pod/name", "RayService/name". */
  readonly object: string;
  readonly count: number;
  /** ISO time of the last occurrence. */
  readonly last: string;
  readonly key: string;
}

export interface Snapshot {
  /** Clock ms when taken. */
  readonly at: number;
  /** undefined when the RayService does not exist (any more). */
  readonly service: RayServiceObject | undefined;
  readonly pods: readonly PodView[];
  readonly events: readonly EventView[];
  /** The first call that failed, when one did; what was read is still here. */
  readonly failure?: ApiFailure;
}

const RAY_SERVICE = { group: 'ray.io', version: 'v1', plural: 'rayservices' } as const;

function gpusOf(pod: k8s.V1Pod): number {
  let total = 0;
  for (const container of pod.spec?.containers ?? []) {
    for (const [key, value] of Object.entries(container.resources?.limits ?? {}))
      if (/gpu$/.test(key)) total += Number(value) || 0;
  }
  return total;
}

export function podView(pod: k8s.V1Pod): PodView {
  const labels = pod.metadata?.labels ?? {};
  const type = labels['ray.io/node-type'];
  const scheduled = (pod.status?.conditions ?? []).find((c) => c.type === 'PodScheduled');
  const statuses = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const waiting = statuses.flatMap((s) =>
    s.state?.waiting?.reason
      ? [
          {
            container: s.name,
            reason: s.state.waiting.reason,
            ...(s.state.waiting.message ? { message: s.state.waiting.message } : {}),
          },
        ]
      : [],
  );
  const restarted = statuses.find((s) => s.restartCount > 0 && s.lastState?.terminated?.reason);
  return {
    name: pod.metadata?.name ?? '',
    group: labels['ray.io/group'] ?? '-',
    nodeType: type === 'head' || type === 'worker' ? type : 'other',
    cluster: labels['ray.io/cluster'] ?? '',
    phase: pod.status?.phase ?? 'Unknown',
    ready: (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True'),
    deleting: Boolean(pod.metadata?.deletionTimestamp),
    ...(scheduled?.status === 'False' && scheduled.reason === 'Unschedulable'
      ? { unschedulable: scheduled.message ?? 'Unschedulable' }
      : {}),
    waiting,
    ...(restarted
      ? {
          lastTermination: {
            container: restarted.name,
            reason: restarted.lastState!.terminated!.reason!,
            restarts: restarted.restartCount,
          },
        }
      : {}),
    gpus: gpusOf(pod),
  };
}

function time(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return typeof value === 'string' ? value : '';
}

export function eventView(event: k8s.CoreV1Event): EventView {
  const object = `${event.involvedObject?.kind ?? '?'}/${event.involvedObject?.name ?? '?'}`;
  const reason = event.reason ?? '';
  const message = event.message ?? '';
  return {
    type: event.type ?? 'Normal',
    reason,
    message,
    object,
    count: event.count ?? 1,
    last: time(event.lastTimestamp) || time(event.eventTime) || time(event.firstTimestamp),
    key: `${object}|${reason}|${message}`,
  };
}

/**
 * Reads the RayService, its namespace's pods and events, one try each (the next poll is the retry). A pod or event
 * read that fails keeps what `previous` had, so a throttled list does not show as pods vanishing; the failure is
 * reported either way.
 */
export async function takeSnapshot(
  kc: k8s.KubeConfig,
  namespace: string,
  name: string,
  at: number,
  bounds: CallBounds,
  previous?: Snapshot,
): Promise<Snapshot> {
  const options = callOptions(bounds);
  const once = { tries: 1 };
  const custom = kc.makeApiClient(k8s.CustomObjectsApi);
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const [service, pods, events] = await Promise.all([
    attempt(
      () => custom.getNamespacedCustomObject({ ...RAY_SERVICE, namespace, name }, options) as Promise<RayServiceObject>,
      once,
    ),
    attempt(() => core.listNamespacedPod({ namespace, labelSelector: 'ray.io/cluster' }, options), once),
    attempt(() => core.listNamespacedEvent({ namespace, limit: 500 }, options), once),
  ]);
  const serviceMissing = !service.ok && service.failure.code === 404;
  const failure = [service, pods, events].find((r) => !r.ok && !(r === service && serviceMissing));
  return {
    at,
    service: service.ok ? service.value : undefined,
    pods: pods.ok ? pods.value.items.map(podView).sort((a, b) => a.name.localeCompare(b.name)) : (previous?.pods ?? []),
    events: events.ok
      ? events.value.items.map(eventView).sort((a, b) => a.last.localeCompare(b.last))
      : (previous?.events ?? []),
    ...(failure && !failure.ok ? { failure: failure.failure } : {}),
  };
}
