// The observer's time: an injected clock (wall time for a real run, the sim's clock in tests and forecasts) and a
// sleep that ends early when the observer is stopped.
import { setTimeout as wait } from 'node:timers/promises';

/** What the observer needs of a clock. The sim's ManualClock and RealtimeClock have this shape. */
export interface ObserveClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms` of this clock's time. */
  sleep(ms: number): Promise<void>;
}

/** Wall time. */
export const WALL_CLOCK: ObserveClock = {
  now: () => Date.now(),
  sleep: (ms) => wait(ms, undefined, { ref: false }),
};

/**
 * Sleeps on `clock` until `ms` have passed or `signal` aborts, whichever comes first. A clock's own timer may
 * outlive an aborted sleep (a ManualClock keeps it until time reaches it); it then resolves a promise nobody awaits.
 */
export function sleepUnlessAborted(clock: ObserveClock, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    clock.sleep(Math.max(0, ms)).then(done, done);
  });
}
