// The pods source: the namespace's Ray worker pods as a reflector keeps them, turned into ray_worker_pods,
// gpus_requested and gpu_seconds samples as soon as a change is heard and on every tick while the source can see.
// Changes heard together (a resumed watch replaying what happened while it was down) are written once, as they
// leave things: the states in between were the cluster's earlier, not at the moment they were heard.
import { GpuSecondsIntegrator } from './gpu-seconds.ts';
import type { ReflectorHandlers } from './kube-reflector.ts';
import type { SourceHealth } from './source-health.ts';
import type { TimelineRecorder } from './timeline-recorder.ts';
import { METRIC } from './types.ts';
import {
  countWorkers,
  groupKey,
  splitGroupKey,
  workerPod,
  workerSamples,
  type WorkerCounts,
  type WorkerPod,
} from './worker-pods.ts';

export class WorkerPodSource {
  private readonly pods = new Map<string, WorkerPod>();
  private readonly knownGroups = new Set<string>();
  private readonly gpuSeconds = new GpuSecondsIntegrator();
  private readonly recorder: TimelineRecorder;
  private readonly health: SourceHealth;
  private readonly intervalMs: number;
  /** The counts last written, to write again only what changed between ticks. */
  private written = '';
  private synced = false;
  /** When the last change not yet written was heard; undefined when nothing waits. */
  private heardAt: number | undefined;
  private finished = false;

  constructor(options: { recorder: TimelineRecorder; health: SourceHealth; intervalMs: number }) {
    this.recorder = options.recorder;
    this.health = options.health;
    this.intervalMs = options.intervalMs;
    this.health.onRecovery((at, gapFrom) => {
      if (gapFrom === undefined) return this.gpuSeconds.fill(at);
      // A gap no tick saw begin (it began and ended between two) is closed at its start now.
      this.pauseForGap(gapFrom);
      this.gpuSeconds.resume(at);
    });
  }

  readonly handlers: ReflectorHandlers = {
    synced: (items, at) => {
      this.pods.clear();
      for (const item of items) {
        const pod = workerPod(item);
        if (pod) this.pods.set(pod.uid, pod);
      }
      this.synced = true;
      // A list says how things stand: changes heard before it and not yet written are superseded.
      this.heardAt = undefined;
      this.update(at, true);
    },
    changed: (type, object, at) => {
      const pod = workerPod(object);
      if (!pod) return;
      if (type === 'DELETED') this.pods.delete(pod.uid);
      else this.pods.set(pod.uid, pod);
      this.gpuSeconds.change(at, this.counts().gpus);
      // Written once the burst it came in has been read (the events of one chunk arrive in one turn).
      if (this.heardAt === undefined) setImmediate(() => this.flush());
      this.heardAt = at;
    },
  };

  /** Writes the changes heard since the last write, as of the last of them. */
  private flush(): void {
    const at = this.heardAt;
    this.heardAt = undefined;
    if (at !== undefined && !this.finished) this.update(at, false);
  }

  /** Whether what the source holds is current at `at`: seen, or blind for less than its resolution. */
  private current(at: number): boolean {
    const down = this.health.downSince;
    return this.synced && (down === undefined || at - down < this.intervalMs);
  }

  /** A tick of the observer's clock: the state as it stands, when the source can vouch for it. */
  tick(at: number): void {
    this.flush();
    this.closeBeforeGap(at);
    if (!this.current(at)) return;
    this.write(at, this.counts());
  }

  /** The end of the run: a last sample of every series when the source could see then. */
  finish(end: number): void {
    this.flush();
    this.finished = true;
    this.closeBeforeGap(end);
    if (this.current(end)) this.write(end, this.counts());
  }

  /**
   * Blind for longer than the resolution by `at`: a gap begins one interval after the source went blind. GPU-seconds
   * stop there until it ends, and their total up to there is written at its start, so the last value before a gap
   * (or before the end) is the integral over all the time the source could see.
   */
  private closeBeforeGap(at: number): void {
    const down = this.health.downSince;
    if (down !== undefined && at - down >= this.intervalMs) this.pauseForGap(down + this.intervalMs);
  }

  private pauseForGap(from: number): void {
    if (this.gpuSeconds.paused || !this.synced) return;
    this.gpuSeconds.pause(from);
    this.writeGpuSeconds(from, this.counts());
  }

  private counts(): WorkerCounts {
    const counts = countWorkers(this.pods.values(), this.knownGroups);
    for (const key of counts.pods.keys()) this.knownGroups.add(key);
    return counts;
  }

  private update(at: number, force: boolean): void {
    const counts = this.counts();
    this.gpuSeconds.change(at, counts.gpus);
    if (!force && fingerprint(counts) === this.written) return;
    this.write(at, counts);
  }

  private write(at: number, counts: WorkerCounts): void {
    this.written = fingerprint(counts);
    for (const sample of workerSamples(counts, at)) this.recorder.sample(sample);
    this.writeGpuSeconds(at, counts);
  }

  private writeGpuSeconds(at: number, counts: WorkerCounts): void {
    const totals = this.gpuSeconds.totalsAt(at);
    for (const key of counts.pods.keys()) {
      const { cluster, group } = splitGroupKey(key);
      this.recorder.sample({
        time: at,
        metric: METRIC.gpuSeconds,
        labels: { cluster, group },
        value: round(totals.get(groupKey(cluster, group)) ?? 0),
      });
    }
  }
}

const fingerprint = (counts: WorkerCounts) => JSON.stringify([[...counts.pods], [...counts.gpus]]);

/** GPU-seconds to the millisecond: sums of products of ms spans would otherwise print float noise. */
const round = (value: number) => Math.round(value * 1000) / 1000;
