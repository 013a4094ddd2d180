// The load generator's time, injected: wall time for a real run, the sim's clock later (a forecast runs the same plan
// in virtual time). Request timings are read from it too, so it must tell fractions of a millisecond.
import { setTimeout as wait } from 'node:timers/promises';

/** What the runner needs of a clock; the sim's ManualClock and observe's ObserveClock have this shape. */
export interface LoadClock {
  /** Milliseconds since the epoch; fractions allowed (wall time has microseconds). */
  now(): number;
  /** Resolves after `ms` of this clock's time; may drop its timer when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const origin = performance.timeOrigin;

/** Wall time from the monotonic high-resolution timer (not Date.now: it steps when NTP adjusts the clock). */
export const WALL_CLOCK: LoadClock = {
  now: () => origin + performance.now(),
  sleep: (ms, signal) => wait(ms, undefined, signal ? { signal } : {}).catch(() => undefined),
};

/** Sleeps until `at` on `clock`, or until `signal` aborts; never rejects. */
export function sleepUntil(clock: LoadClock, at: number, signal: AbortSignal): Promise<void> {
  const ms = at - clock.now();
  if (signal.aborted || ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done, { once: true });
    clock.sleep(ms, signal).then(done, done);
  });
}
