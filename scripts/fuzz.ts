// The fuzzers with a larger budget than npm test gives them: generated manifests through lint and render (every
// output format), and generated requests against the sim's API. Prints counts, timings and peak memory; exits 1 on
// the first broken invariant, with the case that broke it.
//   node scripts/fuzz.ts [--manifests N] [--requests N] [--seed S]
import { parseArgs } from 'node:util';
import { startSim } from '../src/sim/index.ts';
import { fuzzApi } from '../test/fuzz/api-fuzz.ts';
import { fuzzManifests } from '../test/fuzz/manifest-fuzz.ts';

const { values } = parseArgs({
  options: {
    manifests: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const seed = Number(values.seed);
let failed = false;
const peak = () => `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB peak RSS`;

const manifestsStart = performance.now();
const manifests = await fuzzManifests(Number(values.manifests), seed);
console.log(
  `manifests: ${manifests.runs} cases × ${manifests.commandsPerCase} commands, seed ${seed}, ${((performance.now() - manifestsStart) / 1000).toFixed(1)} s, slowest case ${manifests.slowestMs.toFixed(0)} ms, ${peak()}`,
);
for (const failure of manifests.failures.slice(0, 5)) console.log(`  broken: ${failure}`);
failed ||= manifests.failures.length > 0;

const sim = await startSim({ seed });
const apiStart = performance.now();
const api = await fuzzApi(sim.url, Number(values.requests), seed);
await sim.stop();
console.log(
  `requests: ${api.runs}, seed ${seed}, ${((performance.now() - apiStart) / 1000).toFixed(1)} s, statuses ${JSON.stringify(api.statuses)}, ${peak()}`,
);
for (const failure of api.failures.slice(0, 5)) console.log(`  broken: ${failure}`);
failed ||= api.failures.length > 0;

console.log(failed ? 'fuzz: invariants broken (above)' : 'fuzz: no invariant broken');
process.exitCode = failed ? 1 : 0;
