// GPU-seconds: the GPUs held by worker pods integrated over time, per group, from the exact moments the pods source
// heard of each change. Time the source could not see is not integrated, so the total covers the observed time and
// the gaps say what it leaves out; it never guesses what was held while nobody looked.

export class GpuSecondsIntegrator {
  private readonly totals = new Map<string, number>();
  private held: ReadonlyMap<string, number> = new Map();
  /** Integrated up to here while running; undefined while paused. */
  private since: number | undefined;
  /** Where a pause began, for an outage that turns out short enough to fill. */
  private pausedAt: number | undefined;

  /** Holds `held` from `at` on (integrating up to `at` first, when running). */
  change(at: number, held: ReadonlyMap<string, number>): void {
    this.advance(at);
    this.held = held;
    if (this.since === undefined) {
      this.since = at;
      this.pausedAt = undefined;
    }
    for (const key of held.keys()) if (!this.totals.has(key)) this.totals.set(key, 0);
  }

  /** Stops integrating at `at`: the source went blind then. Idempotent while paused. */
  pause(at: number): void {
    if (this.since === undefined) return;
    this.advance(at);
    this.since = undefined;
    this.pausedAt = at;
  }

  /** The outage that paused it was within the source's resolution: integrate it with what was held, and go on. */
  fill(at: number): void {
    if (this.since !== undefined || this.pausedAt === undefined) return;
    this.since = this.pausedAt;
    this.pausedAt = undefined;
    this.advance(at);
  }

  /** The outage was a gap: go on from `at` without integrating it. */
  resume(at: number): void {
    if (this.since !== undefined) return;
    this.since = at;
    this.pausedAt = undefined;
  }

  get paused(): boolean {
    return this.since === undefined;
  }

  /** GPU-seconds per key up to `at` (integrating up to it first, when running). */
  totalsAt(at: number): ReadonlyMap<string, number> {
    this.advance(at);
    return this.totals;
  }

  private advance(at: number): void {
    if (this.since === undefined || at <= this.since) return;
    const seconds = (at - this.since) / 1000;
    for (const [key, gpus] of this.held) this.totals.set(key, (this.totals.get(key) ?? 0) + gpus * seconds);
    this.since = at;
  }
}
