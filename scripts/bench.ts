// Prints lint timings: a cold CLI process on the example, and warm in-process runs (no timed assertions here).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { lintText } from '../src/lint/index.ts';

const example = 'examples/llama32-3b/rayservice.yaml';
const text = readFileSync(example, 'utf8');

const cold: number[] = [];
for (let i = 0; i < 5; i++) {
  const start = performance.now();
  execFileSync(process.execPath, ['dist/cli.js', 'lint', example, '--format', 'json'], { stdio: 'ignore' });
  cold.push(performance.now() - start);
}
lintText(example, text); // compile the schemas once
const warm: number[] = [];
for (let i = 0; i < 200; i++) {
  const start = performance.now();
  lintText(example, text);
  warm.push(performance.now() - start);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`lint ${example} (Node ${process.version})`);
console.log(`  cold process (dist/cli.js, 5 runs): median ${median(cold).toFixed(0)} ms, min ${Math.min(...cold).toFixed(0)} ms`);
console.log(`  warm in-process (200 runs):        median ${median(warm).toFixed(2)} ms, min ${Math.min(...warm).toFixed(2)} ms`);
