// When a source could not see: an outage opens when a request fails or a watch ends and closes at the next good
// observation. What the source held stays current for its resolution (minGapMs) after the outage began, so the
// gap starts there, and an outage shorter than that is no gap at all.
import type { Gap, SourceName } from './types.ts';

/** A gap's reason names at most this many distinct causes. */
const MAX_REASONS = 3;

interface Outage {
  readonly since: number;
  /** Distinct causes in the order they happened. */
  readonly reasons: string[];
  attempts: number;
}

/** Told when an outage ends at `at`: where its gap began, or undefined when it was within the resolution. */
export type RecoveryListener = (at: number, gapFrom: number | undefined) => void;

export class SourceHealth {
  private readonly source: SourceName;
  private readonly metric: string | undefined;
  private readonly record: (gap: Gap) => void;
  /** How long what the source last saw stays current: outages up to this long are not gaps, longer ones start here. */
  private readonly minGapMs: number;
  private outage: Outage | undefined;
  private lastGoodAt: number;
  /** Whether the source has seen anything yet: before it has, there is nothing to stay current. */
  private seen = false;
  private readonly listeners: RecoveryListener[] = [];

  constructor(options: {
    source: SourceName;
    metric?: string;
    startAt: number;
    minGapMs: number;
    record: (gap: Gap) => void;
  }) {
    this.source = options.source;
    this.metric = options.metric;
    this.record = options.record;
    this.minGapMs = options.minGapMs;
    this.lastGoodAt = options.startAt;
  }

  /** Time of the last good observation (or of the start). */
  get lastGood(): number {
    return this.lastGoodAt;
  }

  /** Since when the source has been blind, or undefined while it sees. */
  get downSince(): number | undefined {
    return this.outage?.since;
  }

  /** A failed try (or the watch ending); the outage starts at `since` (default: the last good observation). */
  failed(reason: string, since: number = this.lastGoodAt): void {
    if (this.outage) {
      this.outage.attempts++;
      if (!this.outage.reasons.includes(reason) && this.outage.reasons.length < MAX_REASONS)
        this.outage.reasons.push(reason);
      return;
    }
    this.outage = { since, reasons: [reason], attempts: 1 };
  }

  onRecovery(listener: RecoveryListener): void {
    this.listeners.push(listener);
  }

  /** A good observation at `at`: closes an outage, recording it as a gap when it was long enough to matter. */
  ok(at: number): void {
    this.close(at);
    this.lastGoodAt = at;
    this.seen = true;
  }

  /** The end of the run: an outage still open ends there (a gap to the end unless within the resolution). */
  finish(end: number): void {
    this.close(end);
  }

  private close(at: number): void {
    const outage = this.outage;
    if (!outage) return;
    this.outage = undefined;
    const from = outage.since + (this.seen ? this.minGapMs : 0);
    const wasGap = at > from;
    for (const listener of this.listeners) listener(at, wasGap ? from : undefined);
    if (!wasGap) return;
    const tries = outage.attempts > 1 ? ` (${outage.attempts} failures)` : '';
    this.record({
      source: this.source,
      from,
      to: at,
      reason: `${outage.reasons.join('; then ')}${tries}`,
      ...(this.metric ? { metric: this.metric } : {}),
    });
  }
}
