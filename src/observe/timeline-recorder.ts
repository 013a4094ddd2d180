// The one sample stream of a run: every source (and later the load generator) records into it, in-process consumers
// subscribe to it, and the Timeline file is its snapshot. Bounded: past its limits it counts what it drops.
import { API_VERSION } from '../contracts/index.ts';
import type { Gap, ObservedEvent, Sample, Timeline, TimelineSource } from './types.ts';

export interface RecorderLimits {
  /** About 40 series at one sample a second for 6 hours is under a million. */
  readonly maxSamples: number;
  readonly maxEvents: number;
}

export const DEFAULT_RECORDER_LIMITS: RecorderLimits = { maxSamples: 2_000_000, maxEvents: 20_000 };

export type SampleListener = (sample: Sample) => void;

export interface TimelineHeader {
  readonly namespace: string;
  readonly rayService?: string | undefined;
  readonly start: number;
  readonly end: number;
  readonly sources: readonly TimelineSource[];
}

export class TimelineRecorder {
  private readonly samples: Sample[] = [];
  private readonly events: ObservedEvent[] = [];
  private readonly gaps: Gap[] = [];
  private readonly listeners = new Set<SampleListener>();
  private readonly limits: RecorderLimits;
  private droppedSamples = 0;
  private droppedEvents = 0;

  constructor(limits: RecorderLimits = DEFAULT_RECORDER_LIMITS) {
    this.limits = limits;
  }

  /** Records a sample; a value that is not a finite number is not a measurement and is not kept. */
  sample(sample: Sample): void {
    if (!Number.isFinite(sample.value) || !Number.isFinite(sample.time)) return;
    if (this.samples.length >= this.limits.maxSamples) {
      this.droppedSamples++;
      return;
    }
    const kept: Sample = {
      time: Math.round(sample.time),
      metric: sample.metric,
      labels: sample.labels,
      value: sample.value,
    };
    this.samples.push(kept);
    for (const listener of this.listeners) {
      // A consumer's bug must not stop the observation.
      try {
        listener(kept);
      } catch {
        // ignored on purpose
      }
    }
  }

  event(event: ObservedEvent): void {
    if (this.events.length >= this.limits.maxEvents) {
      this.droppedEvents++;
      return;
    }
    this.events.push(event);
  }

  /** An event a source could not keep (past its own bounds): counted with the recorder's own drops. */
  dropEvent(): void {
    this.droppedEvents++;
  }

  gap(gap: Gap): void {
    if (gap.to > gap.from) this.gaps.push({ ...gap, from: Math.round(gap.from), to: Math.round(gap.to) });
  }

  /** Every sample recorded from now on, until the returned function is called. */
  subscribe(listener: SampleListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  get sampleCount(): number {
    return this.samples.length;
  }

  /** The Timeline so far: samples and events by time (stable, so a source's order within a millisecond stays). */
  timeline(header: TimelineHeader): Timeline {
    const byTime = <T extends { time: number }>(list: readonly T[]) => [...list].sort((a, b) => a.time - b.time);
    const dropped =
      this.droppedSamples || this.droppedEvents
        ? { dropped: { samples: this.droppedSamples, events: this.droppedEvents } }
        : {};
    return {
      apiVersion: API_VERSION,
      kind: 'Timeline',
      namespace: header.namespace,
      ...(header.rayService ? { rayService: header.rayService } : {}),
      start: Math.round(header.start),
      end: Math.round(header.end),
      startedAt: new Date(header.start).toISOString(),
      sources: header.sources,
      samples: byTime(this.samples),
      events: byTime(this.events),
      gaps: [...this.gaps].sort((a, b) => a.from - b.from),
      ...dropped,
    };
  }
}
