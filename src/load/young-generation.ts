// Bounds V8's young generation while a load runs. V8 doubles the new space whenever more bytes have survived
// scavenges since the last growth than it holds (src/heap/heap.cc), and at a load generator's tens of thousands of
// requests a second the objects of requests in flight do: on Node 24 it reached 64 MB semi-spaces, a 128 MB new
// space, and kept it — garbage, yet more than the rest of the run needs. --max-semi-space-size would cap it, but V8
// reads that once, when the heap is set up (setting it later changes nothing: measured), and an action's `node`
// takes no flags. The growth factor is read at each growth (SemiSpaceNewSpace::Grow in src/heap/new-spaces.cc), so a
// factor of 1 once the new space has reached the bound stops it there; below the bound (V8 shrinks it when the
// allocation rate falls) V8's own factor lets it grow again. Kept too small, the new space costs requests/s (1 MB
// semi-spaces: about 15 % at 100 users), hence a bound rather than no growth at all.
import { PerformanceObserver } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** V8's default semi_space_growth_factor (src/flags/flag-definitions.h). */
const V8_GROWTH_FACTOR = 2;
/** The new space (both semi-spaces) the runner lets V8 grow to. */
export const NEW_SPACE_BOUND_MB = 16;
let holders = 0;
let observer: PerformanceObserver | undefined;
let factor = V8_GROWTH_FACTOR;

function setFactor(value: number): void {
  if (value === factor) return;
  factor = value;
  setFlagsFromString(`--semi-space-growth-factor=${value}`);
}

/** The new space's size now, MB (both semi-spaces). */
export function newSpaceMb(): number {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return space ? space.space_size / 1048576 : 0;
}

function check(boundMb: number): void {
  setFactor(newSpaceMb() >= boundMb ? 1 : V8_GROWTH_FACTOR);
}

/** Bounds the new space until the returned release is called (runs may overlap; the last release restores V8's way). */
export function holdYoungGeneration(boundMb = NEW_SPACE_BOUND_MB): () => void {
  if (holders++ === 0) {
    check(boundMb);
    // Looked at after garbage collections (their entries come on the next turns of the event loop): a timer's
    // period let a fast-allocating program double the new space three times between two looks.
    observer = new PerformanceObserver(() => check(boundMb));
    observer.observe({ entryTypes: ['gc'] });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders > 0) return;
    observer?.disconnect();
    observer = undefined;
    setFactor(V8_GROWTH_FACTOR);
  };
}
