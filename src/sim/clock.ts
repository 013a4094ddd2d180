// Simulated time. Every controller reads `now()` and schedules with `at()`/`every()`; nothing in the sim calls
// Date.now or setTimeout itself. A ManualClock is stepped by tests; a RealtimeClock follows wall time, optionally
// faster (`scale` 10 = ten simulated seconds per real second), so a 10-minute downscale delay can play out in a minute.

export interface Clock {
  /** Simulated milliseconds since the epoch. */
  now(): number;
  /** Runs `fn` once at simulated time `atMs` (or at once if that has passed). */
  at(atMs: number, fn: () => void): Cancel;
  /** Runs `fn` every `periodMs` of simulated time, first after one period. */
  every(periodMs: number, fn: () => void): Cancel;
  /** Resolves after `ms` of simulated time. */
  sleep(ms: number): Promise<void>;
}

export type Cancel = () => void;

interface Timer {
  readonly id: number;
  due: number;
  readonly fn: () => void;
  readonly period: number | undefined;
}

/** Timers ordered by due time; ties run in the order they were made. */
class TimerQueue {
  private timers: Timer[] = [];
  private nextId = 1;

  add(due: number, fn: () => void, period?: number): Cancel {
    const timer: Timer = { id: this.nextId++, due, fn, period };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /**
   * Runs every timer due at or before `until`, advancing `setNow` to each timer's time first. A timer that throws
   * is reported through `onError` and the others still run: one controller's bug must not stop the cluster.
   */
  runUntil(
    until: number,
    setNow: (t: number) => void,
    onError: (error: unknown) => void = (error) => {
      throw error;
    },
  ): void {
    for (let guard = 0; guard < 1_000_000; guard++) {
      let next: Timer | undefined;
      for (const t of this.timers)
        if (t.due <= until && (!next || t.due < next.due || (t.due === next.due && t.id < next.id))) next = t;
      if (!next) break;
      setNow(next.due);
      if (next.period !== undefined) next.due += next.period;
      else this.timers = this.timers.filter((t) => t !== next);
      try {
        next.fn();
      } catch (error) {
        onError(error);
      }
    }
    setNow(until);
  }

  get size(): number {
    return this.timers.length;
  }
}

/** Time that moves only when a test says so. */
export class ManualClock implements Clock {
  private current: number;
  private readonly queue = new TimerQueue();

  constructor(startMs = Date.UTC(2026, 0, 1)) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  at(atMs: number, fn: () => void): Cancel {
    return this.queue.add(Math.max(atMs, this.current), fn);
  }

  every(periodMs: number, fn: () => void): Cancel {
    return this.queue.add(this.current + periodMs, fn, periodMs);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.at(this.current + ms, resolve));
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way, in order. */
  advance(ms: number): void {
    this.queue.runUntil(this.current + ms, (t) => {
      this.current = t;
    });
  }
}

/**
 * Wall time, `scale` times faster, driven by one real interval timer. Each pump advances simulated time by the
 * real time since the last pump × scale, but by at most `maxStepMs`, and then yields to I/O: when the machine cannot
 * keep up with a large scale, simulated time runs slower instead of starving the HTTP server.
 */
export class RealtimeClock implements Clock {
  private readonly queue = new TimerQueue();
  private current: number;
  private lastPump: number;
  private readonly interval: ReturnType<typeof setInterval>;
  readonly scale: number;
  private readonly maxStepMs: number;
  private readonly onError: (error: unknown) => void;
  private readonly reported = new Set<string>();

  constructor(scale = 1, tickRealMs = 5, onError?: (error: unknown) => void) {
    this.scale = scale;
    this.maxStepMs = Math.max(250, tickRealMs * 10);
    this.onError =
      onError ??
      ((error) => {
        const text = (error as Error)?.stack ?? String(error);
        if (this.reported.has(text)) return;
        this.reported.add(text);
        process.stderr.write(`rayservice-ci sim: internal error in a controller (please report it): ${text}\n`);
      });
    this.lastPump = performance.now();
    this.current = Date.now();
    this.interval = setInterval(() => this.pump(), tickRealMs);
    this.interval.unref?.();
  }

  private pump(): void {
    const now = performance.now();
    const step = Math.min((now - this.lastPump) * this.scale, this.maxStepMs);
    this.lastPump = now;
    this.queue.runUntil(
      this.current + step,
      (t) => {
        this.current = t;
      },
      this.onError,
    );
  }

  now(): number {
    return this.current;
  }

  at(atMs: number, fn: () => void): Cancel {
    return this.queue.add(atMs, fn);
  }

  every(periodMs: number, fn: () => void): Cancel {
    return this.queue.add(this.current + periodMs, fn, periodMs);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.at(this.current + ms, resolve));
  }

  stop(): void {
    clearInterval(this.interval);
  }
}
