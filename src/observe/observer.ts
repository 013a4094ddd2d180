// The observer: runs an ObservationPlan's sources side by side on an injected clock until told to stop (or its
// maximum duration), all recording into one TimelineRecorder, and hands back the Timeline. Used in-process by later
// stages (which may add their own samples and subscribe to the stream) and by `rayservice-ci observe`.
import type { KubeConfig } from '@kubernetes/client-node';
import { sleepUnlessAborted, type Clock } from '../time/clock.ts';
import { NamespaceEventSource } from './event-source.ts';
import { namespaceEvents, workerPods } from './kube-collections.ts';
import { runReflector } from './kube-reflector.ts';
import type { ObservationPlan } from './plan.ts';
import { WorkerPodSource } from './pod-source.ts';
import { PrometheusSource } from './prometheus-source.ts';
import type { Backoff } from './retry.ts';
import { nextTick, runServePoller } from './serve-poller.ts';
import { SourceHealth } from './source-health.ts';
import { TimelineRecorder, type RecorderLimits, type SampleListener } from './timeline-recorder.ts';
import type { Sample, Timeline } from './types.ts';

export interface ObserverDeps {
  /** Where the namespace's pods and events are listed and watched. */
  readonly kubeConfig: KubeConfig;
  /** The Ray dashboard's base URL (a port-forward's, or the user's), asked for before each poll. */
  readonly dashboardUrl: () => Promise<string>;
  readonly clock: Clock;
  /** For the dashboard and Prometheus (default: the global fetch). */
  readonly fetch?: typeof fetch;
  readonly backoff?: Backoff;
  readonly limits?: RecorderLimits;
  /** How long stop() waits for Prometheus's last window, in wall time (default 15 s). */
  readonly finishTimeoutMs?: number;
}

export interface Observer {
  /** When it started, on its clock. */
  readonly start: number;
  /** Adds a sample from elsewhere (the load generator) to the same stream. */
  record(sample: Sample): void;
  /** Every sample from now on, until the returned function is called. */
  subscribe(listener: SampleListener): () => void;
  /** The Timeline so far, ending now. */
  snapshot(): Timeline;
  /** Resolves when the observer stops: at its maximum duration (it stops itself; stop() gives the Timeline) or on stop(). */
  readonly expired: Promise<void>;
  /** Stops every source and resolves with the Timeline; later calls give the same one. */
  stop(): Promise<Timeline>;
}

export function startObserver(plan: ObservationPlan, deps: ObserverDeps): Observer {
  // A Timeline's times are whole milliseconds; the injected clock may tell fractions (wall time does).
  const clock: Clock = { now: () => Math.floor(deps.clock.now()), sleep: (ms, signal) => deps.clock.sleep(ms, signal) };
  const start = clock.now();
  const fetchFn = deps.fetch ?? fetch;
  const recorder = new TimelineRecorder(deps.limits);
  const controller = new AbortController();
  const signal = controller.signal;
  const gap = recorder.gap.bind(recorder);
  const maxTicks = Math.ceil(plan.maxDurationMs / plan.intervalMs) + 1;

  const serveHealth = new SourceHealth({ source: 'serve', startAt: start, minGapMs: 0, record: gap });
  const podHealth = new SourceHealth({ source: 'pods', startAt: start, minGapMs: plan.intervalMs, record: gap });
  const eventHealth = new SourceHealth({ source: 'events', startAt: start, minGapMs: plan.intervalMs, record: gap });
  const pods = new WorkerPodSource({ recorder, health: podHealth, intervalMs: plan.intervalMs });
  const events = new NamespaceEventSource(recorder);
  const prometheus = plan.prometheus
    ? new PrometheusSource({
        baseUrl: plan.prometheus.url,
        queries: plan.prometheus.queries,
        stepMs: plan.prometheus.stepMs,
        intervalMs: plan.prometheus.intervalMs,
        lagMs: plan.prometheus.lagMs,
        requestTimeoutMs: plan.requestTimeoutMs,
        clock,
        fetch: fetchFn,
        recorder,
        start,
        signal,
        ...(deps.backoff ? { backoff: deps.backoff } : {}),
        maxRounds: Math.ceil(plan.maxDurationMs / plan.prometheus.intervalMs) + 1,
      })
    : undefined;

  const reflector = {
    kubeConfig: deps.kubeConfig,
    clock,
    signal,
    requestTimeoutMs: plan.requestTimeoutMs,
    ...(deps.backoff ? { backoff: deps.backoff } : {}),
  };
  const loops: Promise<void>[] = [
    runServePoller({
      clock,
      start,
      intervalMs: plan.intervalMs,
      requestTimeoutMs: plan.requestTimeoutMs,
      dashboardUrl: deps.dashboardUrl,
      fetch: fetchFn,
      recorder,
      health: serveHealth,
      signal,
      maxPolls: maxTicks * 4,
      ...(deps.backoff ? { backoff: deps.backoff } : {}),
    }),
    runReflector({
      ...reflector,
      collection: workerPods(deps.kubeConfig, plan.namespace, plan.workerSelector),
      health: podHealth,
      handlers: pods.handlers,
    }),
    runReflector({
      ...reflector,
      collection: namespaceEvents(deps.kubeConfig, plan.namespace),
      health: eventHealth,
      handlers: events.handlers,
    }),
    // The pods source's ticks: the state as it stands each interval, between the changes it writes as they come.
    (async () => {
      for (let i = 0, next = nextTick(start, plan.intervalMs, start); i < maxTicks && !signal.aborted; i++) {
        await sleepUnlessAborted(clock, next - clock.now(), signal);
        if (signal.aborted) break;
        pods.tick(clock.now());
        next = nextTick(start, plan.intervalMs, clock.now());
      }
    })(),
  ];
  if (prometheus) loops.push(prometheus.run());

  const header = (end: number) => ({
    namespace: plan.namespace,
    rayService: plan.rayService,
    start,
    end,
    sources: plan.sources,
  });
  let stopped: Promise<Timeline> | undefined;
  const stop = (): Promise<Timeline> => {
    stopped ??= (async () => {
      const end = Math.min(clock.now(), start + plan.maxDurationMs);
      controller.abort();
      await Promise.all(loops);
      if (prometheus) await prometheus.finish(end, AbortSignal.timeout(deps.finishTimeoutMs ?? 15_000));
      pods.finish(end);
      for (const health of [serveHealth, podHealth, eventHealth]) health.finish(end);
      return recorder.timeline(header(end));
    })();
    return stopped;
  };
  const expired = sleepUnlessAborted(clock, plan.maxDurationMs, signal).then(() => {
    if (!signal.aborted) void stop();
  });

  return {
    start,
    record: (sample) => recorder.sample(sample),
    subscribe: (listener) => recorder.subscribe(listener),
    snapshot: () => recorder.timeline(header(clock.now())),
    expired,
    stop,
  };
}
