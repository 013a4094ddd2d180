// The observer's time: an injected clock (wall time for a real run, the sim's clock in tests and forecasts) and a
// sleep that ends early when the observer is stopped.
import { setTimeout as wait } from 'node:timers/promises';

/** What the observer needs of a clock. The sim's ManualClock and RealtimeClock have this shape. */
export interface ObserveClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /**
   * Resolves after `ms` of this clock's time. A clock that takes `signal` drops its timer when it aborts (and may
   * then resolve or reject); one that ignores it keeps the timer, which then resolves a promise nobody awaits.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Wall time; an aborted sleep clears its timer, so nothing of a stopped observer keeps the process alive. */
export const WALL_CLOCK: ObserveClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => wait(ms, undefined, signal ? { signal } : {}),
};

/** Sleeps on `clock` until `ms` have passed or `signal` aborts, whichever comes first; never rejects. */
export function sleepUnlessAborted(clock: ObserveClock, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    clock.sleep(Math.max(0, ms), signal).then(done, done);
  });
}
