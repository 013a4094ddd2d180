// The README's first command: the whole pipeline on the simulated cluster with the example — lint, render, deploy,
// the seed's Taurus load while observing, assert the windows, report, teardown — with Ray's delays compressed
// through render overrides so it takes a minute and a half instead of the seed's 30-minute session.
import { readFile } from 'node:fs/promises';
import { runCommand } from '../src/cli/dispatch.ts';

const autoscaling = 'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config';
const args = [
  'run',
  'examples/llama32-3b/rayservice.yaml',
  'examples/llama32-3b/load-test.yaml',
  '--out-dir',
  'out/demo',
  // The seed holds the load for 30 minutes; the demo holds it for 30 s.
  '--hold-for',
  '30s',
  // Ray's defaults (30 s up, 600 s down, 30 s look-back) compressed for a demo; the windows follow.
  '--set',
  `${autoscaling}.upscale_delay_s=5`,
  '--set',
  `${autoscaling}.downscale_delay_s=20`,
  '--set',
  `${autoscaling}.look_back_period_s=5`,
  '--scale-up-within',
  '90s',
  '--scale-down-within',
  '90s',
];
console.log(`$ rayservice-ci ${args.join(' ')}\n`);
const started = Date.now();
const code = await runCommand(args, {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: false,
  now: () => new Date(),
  shutdownRequested: () =>
    new Promise((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
    }),
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const report = await readFile('out/demo/report.md', 'utf8').catch(() => undefined);
if (report)
  console.log(`\nout/demo/report.md (${report.length} characters; the PR comment and job summary show it rendered):\n`);
console.log(
  `Done in ${seconds} s, exit ${code}. The files of every stage are in out/demo/; the same run in a workflow is the root action.yml (workflows/).`,
);
process.exit(code);
