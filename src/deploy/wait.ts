// Waiting until the RayService serves, on an injected clock: a snapshot every poll, the readiness verdict, progress,
// and the ways to stop early — KubeRay's terminal reasons at once, DEPLOY_FAILED and unschedulable pods after a
// grace, a RayService that disappears, an API server that stops answering, the deadline, or cancellation. Bounded
// in time (the deadline) and in count (polls).
import type * as k8s from '@kubernetes/client-node';
import { isTransient, type CallBounds } from '../kube/index.ts';
import { formatDuration } from '../time/duration.ts';
import type { Clock } from '../time/clock.ts';
import type { DeployFailure } from './diagnosis.ts';
import { ProgressReporter, type Progress } from './progress.ts';
import { readiness as readinessOf, type Readiness } from './readiness.ts';
import { takeSnapshot, type Snapshot } from './snapshot.ts';

export interface WaitRequest {
  readonly namespace: string;
  readonly name: string;
  /** Clock ms by which the service must serve. */
  readonly deadline: number;
  /** How long a pod may stay unschedulable: node autoscalers take minutes to add a GPU node. */
  readonly unschedulableGraceMs: number;
  /** How long an app may stay DEPLOY_FAILED; Serve retries, KubeRay never gives up on it. */
  readonly deployFailedGraceMs: number;
  /** Between snapshots (KubeRay itself requeues every 2 s). */
  readonly pollMs?: number;
  /** Failed reads in a row before giving up on the API server. */
  readonly maxFailedReads?: number;
}

export interface WaitContext {
  readonly clock: Clock;
  readonly signal?: AbortSignal | undefined;
  readonly progress: Progress;
  readonly bounds: CallBounds;
}

export type WaitOutcome =
  | { readonly ok: true; readonly snapshot: Snapshot; readonly readiness: Readiness }
  | {
      readonly ok: false;
      readonly cause: DeployFailure | 'Cancelled';
      readonly message: string;
      readonly snapshot?: Snapshot | undefined;
      readonly readiness?: Readiness | undefined;
    };

const DEFAULT_POLL_MS = 2_000;
/** Far beyond any deadline at the shortest poll; a guard, not a limit anyone reaches. */
const MAX_POLLS = 100_000;

export async function waitUntilServing(
  kc: k8s.KubeConfig,
  request: WaitRequest,
  context: WaitContext,
): Promise<WaitOutcome> {
  const { clock, signal } = context;
  const pollMs = request.pollMs ?? DEFAULT_POLL_MS;
  const started = clock.now();
  const reporter = new ProgressReporter(context.progress, started);
  const unschedulableSince = new Map<string, number>();
  let deployFailedSince: number | undefined;
  let failedReads = 0;
  let seen = false;
  let last: { snapshot?: Snapshot; readiness?: Readiness } = {};

  for (let poll = 0; poll < MAX_POLLS; poll++) {
    if (signal?.aborted)
      return { ok: false, cause: 'Cancelled', message: `cancelled (${String(signal.reason ?? 'signal')})`, ...last };
    const now = clock.now();
    const snapshot = await takeSnapshot(
      kc,
      request.namespace,
      request.name,
      now,
      { ...context.bounds, signal },
      last.snapshot,
    );
    if (signal?.aborted)
      return { ok: false, cause: 'Cancelled', message: `cancelled (${String(signal.reason ?? 'signal')})`, ...last };
    if (poll === 0) reporter.skipEvents(snapshot.events);

    if (!snapshot.service) {
      if (snapshot.failure) {
        failedReads++;
        if (!isTransient(snapshot.failure) || failedReads >= (request.maxFailedReads ?? 15)) {
          return {
            ok: false,
            cause: 'ApiUnavailable',
            message: `cannot read the RayService ${failedReads} time${failedReads === 1 ? '' : 's'} in a row: ${snapshot.failure.message}`,
            ...last,
          };
        }
      } else {
        return {
          ok: false,
          cause: 'Deleted',
          message: seen
            ? 'the RayService was deleted while deploy waited'
            : 'the RayService does not exist after it was applied',
          snapshot,
          ...(last.readiness ? { readiness: last.readiness } : {}),
        };
      }
    } else {
      failedReads = 0;
      seen = true;
      const readiness = readinessOf(snapshot.service);
      last = { snapshot, readiness };
      reporter.update(snapshot, readiness, now);

      if (readiness.failure && !readiness.failure.retried)
        return { ok: false, cause: readiness.failure.cause, message: readiness.failure.message, snapshot, readiness };
      if (readiness.failure) {
        deployFailedSince ??= now;
        if (now - deployFailedSince >= request.deployFailedGraceMs)
          return {
            ok: false,
            cause: readiness.failure.cause,
            message: `${readiness.failure.message} (for ${formatDuration(now - deployFailedSince)})`,
            snapshot,
            readiness,
          };
      } else deployFailedSince = undefined;

      if (readiness.ready) return { ok: true, snapshot, readiness };

      const unschedulable = snapshot.pods.filter((p) => p.unschedulable && !p.deleting);
      for (const name of [...unschedulableSince.keys()])
        if (!unschedulable.some((p) => p.name === name)) unschedulableSince.delete(name);
      for (const pod of unschedulable) if (!unschedulableSince.has(pod.name)) unschedulableSince.set(pod.name, now);
      const stuck = unschedulable.find((p) => now - unschedulableSince.get(p.name)! >= request.unschedulableGraceMs);
      if (stuck) {
        const count = unschedulable.length;
        return {
          ok: false,
          cause: 'Unschedulable',
          // The scheduler's summary, without its preemption postscript.
          message: `${count === 1 ? `pod ${stuck.name} has` : `${count} pods have`} been unschedulable for ${formatDuration(now - unschedulableSince.get(stuck.name)!)} (grace ${formatDuration(request.unschedulableGraceMs)}): ${stuck.unschedulable!.split(' preemption:')[0]}`,
          snapshot,
          readiness,
        };
      }
    }

    const left = request.deadline - clock.now();
    if (left <= 0) {
      const waiting = last.readiness?.waitingFor.join('; ') ?? 'the RayService';
      return {
        ok: false,
        cause: 'Timeout',
        message: `not serving within ${formatDuration(request.deadline - started)}; still waiting for ${waiting}`,
        ...last,
      };
    }
    await clock.sleep(Math.min(pollMs, left), signal);
  }
  return { ok: false, cause: 'Timeout', message: `gave up after ${MAX_POLLS} polls`, ...last };
}
