// The one clock every stage waits on, injected: wall time for a real run, the sim's clock in tests and (later) in a
// forecast that runs the whole pipeline in virtual time. The sim's ManualClock and RealtimeClock have this shape.
import { setTimeout as wait } from 'node:timers/promises';

export interface Clock {
  /** Milliseconds since the epoch; fractions allowed. */
  now(): number;
  /**
   * Resolves after `ms` of this clock's time. A clock that takes `signal` drops its timer when it aborts (and may
   * then resolve or reject); one that ignores it keeps the timer, which then resolves a promise nobody awaits.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const origin = performance.timeOrigin;

/**
 * Wall time from the monotonic high-resolution timer (Date.now steps when NTP adjusts the clock, and request
 * timings need fractions of a millisecond); an aborted sleep clears its timer, so nothing stopped keeps the
 * process alive.
 */
export const WALL_CLOCK: Clock = {
  now: () => origin + performance.now(),
  sleep: (ms, signal) => wait(ms, undefined, signal ? { signal } : {}).catch(() => undefined),
};

/** Sleeps on `clock` until `ms` have passed or `signal` aborts, whichever comes first; never rejects. */
export function sleepUnlessAborted(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted || ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      signal?.removeEventListener('abort', done);
      resolve();
    };
    signal?.addEventListener('abort', done, { once: true });
    clock.sleep(ms, signal).then(done, done);
  });
}

/** Sleeps until the time `at` on `clock`, or until `signal` aborts; never rejects. */
export function sleepUntil(clock: Clock, at: number, signal: AbortSignal | undefined): Promise<void> {
  return sleepUnlessAborted(clock, at - clock.now(), signal);
}

/** A clock whose sleep cannot be interrupted (the sim's), made to return early when a signal aborts. */
export function abortableClock(clock: { now(): number; sleep(ms: number): Promise<void> }): Clock {
  return {
    now: () => clock.now(),
    sleep: (ms, signal) => sleepUnlessAborted({ now: () => clock.now(), sleep: (m) => clock.sleep(m) }, ms, signal),
  };
}
