// The README's first command: the example RayService through lint and render, then onto the simulated cluster:
// apply, wait until it serves, chat with it, read Serve's own view, tear it down. It becomes the full pipeline
// (deploy, load, observe, assert, report) as those stages land.
import { mkdir } from 'node:fs/promises';
import * as k8s from '@kubernetes/client-node';
import { parse } from 'yaml';
import { formatText, runLint } from '../src/lint/index.ts';
import { runRender } from '../src/render/index.ts';
import { startSim } from '../src/sim/index.ts';
import type { Json } from '../src/sim/api/json.ts';

const out = 'out/demo';
await mkdir(out, { recursive: true });
const context = { cwd: process.cwd(), env: {}, now: () => new Date() };
const step = (text: string) => console.log(`\n▶ ${text}`);

step('lint examples/llama32-3b/rayservice.yaml');
const lint = await runLint(context, { inputs: ['examples/llama32-3b/rayservice.yaml'] });
if (!lint.ok) throw new Error(lint.problems.join('\n'));
process.stdout.write(formatText(lint.report));

step('render it for a test run (namespace, run labels, HF_TOKEN from a Secret, 2 GPU workers at most)');
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
console.log(`  ${out}/rendered.yaml: ${render.result.name} in namespace ${render.result.namespace}`);

step('start the simulated cluster (Kubernetes API + KubeRay + Ray Serve) on 127.0.0.1');
const sim = await startSim({ kubeconfigPath: `${out}/sim.kubeconfig`, seed: 1 });
console.log(`  ${sim.url}   (kubectl --kubeconfig ${out}/sim.kubeconfig get rayservices -A)`);
const started = Date.now();
const since = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
try {
  const kc = new k8s.KubeConfig();
  kc.loadFromFile(`${out}/sim.kubeconfig`);
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const custom = kc.makeApiClient(k8s.CustomObjectsApi);
  const ns = render.result.namespace;

  step(`server-side apply into namespace ${ns} and wait until it serves`);
  await core.createNamespace({ body: { metadata: { name: ns } } });
  await k8s.KubernetesObjectApi.makeApiClient(kc).patch(
    parse(render.text),
    undefined,
    undefined,
    'rayservice-ci',
    true,
    k8s.PatchStrategy.ServerSideApply,
  );
  let last = '';
  for (let i = 0; i < 600; i++) {
    const rs = (await custom.getNamespacedCustomObject({
      group: 'ray.io',
      version: 'v1',
      namespace: ns,
      plural: 'rayservices',
      name: render.result.name,
    })) as Json;
    const pods = (await core.listNamespacedPod({ namespace: ns })).items
      .map((p) => `${p.metadata?.labels?.['ray.io/node-type']}:${p.status?.phase}`)
      .join(' ');
    const ready = rs.status?.conditions?.find((c: { type: string }) => c.type === 'Ready');
    const line = `  ${since()}  Ready=${ready?.status ?? '-'} (${ready?.reason ?? 'no status yet'})  endpoints=${rs.status?.numServeEndpoints ?? 0}  pods: ${pods || '-'}`;
    if (line.slice(8) !== last.slice(8)) console.log(line);
    last = line;
    if (ready?.status === 'True') break;
    await new Promise((r) => setTimeout(r, 250));
  }

  step('chat with it through the serve Service');
  const serve = `${sim.url}/api/v1/namespaces/${ns}/services/${render.result.name}-serve-svc:8000/proxy`;
  const t0 = Date.now();
  const chat = (await (
    await fetch(`${serve}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        model: 'Llama-3.2-3B-Instruct',
        messages: [{ role: 'user', content: 'Describe the moon.' }],
        max_tokens: 60,
      }),
    })
  ).json()) as Json;
  console.log(
    `  ${Date.now() - t0} ms, ${chat.usage.completion_tokens} tokens: "${chat.choices[0].message.content.slice(0, 70)}…"`,
  );

  step("Serve's view from the Ray dashboard (GET /api/serve/applications/)");
  const details = (await (
    await fetch(
      `${sim.url}/api/v1/namespaces/${ns}/services/${render.result.name}-head-svc:8265/proxy/api/serve/applications/`,
    )
  ).json()) as Json;
  for (const [app, a] of Object.entries<Json>(details.applications)) {
    for (const [name, d] of Object.entries<Json>(a.deployments)) {
      console.log(
        `  ${app} / ${name}: ${d.status}, target ${d.target_num_replicas}, replicas ${d.replicas.map((r: { state: string }) => r.state).join(',')}`,
      );
    }
  }

  step('tear down: delete the namespace');
  await core.deleteNamespace({ name: ns });
  for (let i = 0; i < 200; i++) {
    const left = (await core.listNamespace()).items.some((n) => n.metadata?.name === ns);
    if (!left) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`  ${since()}  namespace ${ns} is gone`);
} finally {
  await sim.stop();
}
console.log(
  '\nThe same by stage: rayservice-ci deploy, observe, load (examples/llama32-3b/load-test.yaml) and teardown (README). Assert and report come next.',
);
