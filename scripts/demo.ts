// The README's first command: lint and render the example the way the pipeline will, on this machine.
// It grows into the whole pipeline on the simulated cluster as those stages land.
import { mkdir } from 'node:fs/promises';
import { runLint, formatText } from '../src/lint/index.ts';
import { runRender } from '../src/render/index.ts';

const out = 'out/demo';
await mkdir(out, { recursive: true });
const context = { cwd: process.cwd(), env: {}, now: () => new Date() };

console.log('1. lint examples/llama32-3b/rayservice.yaml');
const lint = await runLint(context, { inputs: ['examples/llama32-3b/rayservice.yaml'] });
if (!lint.ok) throw new Error(lint.problems.join('\n'));
process.stdout.write(formatText(lint.report));

console.log('\n2. render it for a test run (namespace, labels, 2 GPU workers, HF_TOKEN from a Secret)');
const render = await runRender(context, {
  manifest: 'examples/llama32-3b/rayservice.yaml',
  namespace: 'rayservice-ci-demo',
  runId: 'demo',
  sets: [
    'spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].maxReplicas=2',
    'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.max_replicas=2',
  ],
  secretEnv: ['HF_TOKEN=hf-token/token'],
  output: `${out}/rendered.yaml`,
  resultFile: `${out}/rendered.json`,
});
if (!render.ok) throw new Error(render.problems.join('\n'));
console.log(`   ${render.result.name} → namespace ${render.result.namespace}; wrote ${out}/rendered.yaml and ${out}/rendered.json`);
console.log('   secrets the deploy stage will create:', render.result.secrets.map((s) => `${s.secretName}/${s.key} → $${s.env}`).join(', '));
console.log('\nNext stages (deploy to the simulated cluster, load, observe, assert, report) are on the roadmap.');
