// Run by young-generation.test.ts in a process of its own (V8's flags are per process): allocates fast with a set
// of survivors, as a load generator's requests in flight are, and prints the new space after each phase, held (or
// not) and released. The end, not the largest seen: a full collection can lend the new space pages for a moment
// (seen: 4 MB held, 10 MB for two rounds, 4 MB again). Bounded: 400 rounds each.
import { holdYoungGeneration, newSpaceMb } from '../../src/load/young-generation.ts';

const [mode, bound] = [process.argv[2], Number(process.argv[3])];

async function churn(rounds: number): Promise<number> {
  const live: unknown[] = new Array(5000);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < 20_000; k++) {
      const o = { a: [k, k + 1, k + 2, k + 3], s: `x${k}`, round };
      if (k % 4 === 0) live[k % 5000] = o;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
  return newSpaceMb();
}

const release = mode === 'held' ? holdYoungGeneration(bound) : () => {};
const during = await churn(400);
release();
const afterRelease = await churn(400);
process.stdout.write(JSON.stringify({ during, afterRelease }));
