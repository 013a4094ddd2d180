// The time deploy and teardown wait on, injected: entries pass the wall clock, tests the sim's ManualClock.

export interface DeployClock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Wall time, for the CLI and the actions. */
export const wallClock: DeployClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};

/** A clock with now() and a sleep that cannot be interrupted (the sim's), made abortable. */
export function abortableClock(clock: { now(): number; sleep(ms: number): Promise<void> }): DeployClock {
  return {
    now: () => clock.now(),
    sleep: (ms, signal) =>
      signal?.aborted
        ? Promise.resolve()
        : new Promise((resolve) => {
            const done = () => {
              signal?.removeEventListener('abort', done);
              resolve();
            };
            signal?.addEventListener('abort', done, { once: true });
            void clock.sleep(ms).then(done);
          }),
  };
}
