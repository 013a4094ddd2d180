import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);

// src/time/clock.ts
import { setTimeout as wait } from "node:timers/promises";
var origin = performance.timeOrigin;
var WALL_CLOCK = {
  now: () => origin + performance.now(),
  sleep: (ms, signal) => wait(ms, void 0, signal ? { signal } : {}).catch(() => void 0)
};
function sleepUnlessAborted(clock, ms, signal) {
  if (signal?.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      signal?.removeEventListener("abort", done);
      resolve();
    };
    signal?.addEventListener("abort", done, { once: true });
    clock.sleep(ms, signal).then(done, done);
  });
}
function sleepUntil(clock, at, signal) {
  return sleepUnlessAborted(clock, at - clock.now(), signal);
}
function abortableClock(clock) {
  return {
    now: () => clock.now(),
    sleep: (ms, signal) => sleepUnlessAborted({ now: () => clock.now(), sleep: (m) => clock.sleep(m) }, ms, signal)
  };
}

export {
  WALL_CLOCK,
  sleepUnlessAborted,
  sleepUntil,
  abortableClock
};
