// render: run identity on the RayService and its pods, overrides inside serveConfigV2, secrets out of the
// manifest, nothing else touched, idempotent, and refusing what would not deploy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { renderManifest, type RenderOptions } from '../../src/render/index.ts';
import { EXAMPLE, EXAMPLE_PATH } from '../helpers/variants.ts';

const NOW = new Date('2026-11-28T10:00:00Z');
const BASE: RenderOptions = { namespace: 'rsci-pr-7', runId: '123-1', ttlMs: 6 * 3600_000, now: NOW };

function render(options: Partial<RenderOptions> = {}, text = EXAMPLE) {
  return renderManifest(EXAMPLE_PATH, text, { ...BASE, ...options });
}

function ok(outcome: ReturnType<typeof render>) {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.problems.join('\n'));
  return outcome;
}

test('namespace, run labels on the RayService and on every pod template, and an expiry', () => {
  const { text, result } = ok(render());
  const doc = parse(text);
  assert.equal(doc.metadata.namespace, 'rsci-pr-7');
  assert.equal(doc.metadata.labels['rayservice-ci.io/run-id'], '123-1');
  assert.equal(doc.metadata.annotations['rayservice-ci.io/expires-at'], '2026-11-28T16:00:00Z');
  const templates = [
    doc.spec.rayClusterConfig.headGroupSpec.template,
    ...doc.spec.rayClusterConfig.workerGroupSpecs.map((g: { template: unknown }) => g.template),
  ];
  for (const template of templates) assert.equal(template.metadata.labels['rayservice-ci.io/run-id'], '123-1');
  assert.equal(result.name, 'llama32-3b-autoscale');
  assert.equal(result.expiresAt, '2026-11-28T16:00:00Z');
});

test('every original line survives in order apart from the ones an override changes', () => {
  const { text } = ok(render({ sets: ['spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].maxReplicas=5'] }));
  const out = text.split('\n');
  let cursor = 0;
  const dropped: string[] = [];
  for (const line of EXAMPLE.split('\n')) {
    const at = out.indexOf(line, cursor);
    if (at < 0) dropped.push(line);
    else cursor = at + 1;
  }
  assert.deepEqual(dropped, ['  namespace: ray-service', '      maxReplicas: 4']);
  assert.ok(text.includes('# Allows us to use ptrace for debugging (CPU Flame Chart)'));
});

test('--set reaches inside serveConfigV2 and keeps it a block string', () => {
  const path =
    'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.max_replicas=2';
  const { text } = ok(render({ sets: [path, 'spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].maxReplicas=2'] }));
  assert.match(text, /serveConfigV2: \|\n/);
  const serve = parse(parse(text).spec.serveConfigV2);
  assert.equal(serve.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.max_replicas, 2);
  assert.equal(
    serve.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.target_ongoing_requests,
    1,
  );
});

test('values are YAML scalars: numbers, booleans and quoted strings keep their types', () => {
  const { text } = ok(
    render({
      sets: [
        'spec.rayClusterConfig.enableInTreeAutoscaling=true',
        'spec.rayClusterConfig.workerGroupSpecs[0].rayStartParams.num-gpus="1"',
        'metadata.labels["team.example.com/owner"]=ml-platform',
      ],
    }),
  );
  const doc = parse(text);
  assert.equal(doc.spec.rayClusterConfig.enableInTreeAutoscaling, true);
  assert.equal(doc.spec.rayClusterConfig.workerGroupSpecs[0].rayStartParams['num-gpus'], '1');
  assert.equal(doc.metadata.labels['team.example.com/owner'], 'ml-platform');
});

test('rendering a rendered file with the same arguments changes nothing, later clock or not', () => {
  const options = {
    sets: [
      'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.max_replicas=2',
    ],
    secretEnv: ['HF_TOKEN=hf-token/token'],
  };
  const first = ok(render(options));
  const second = ok(render({ ...options, now: new Date(NOW.getTime() + 3600_000) }, first.text));
  assert.equal(second.text, first.text);
});

test('--secret-env moves HF_TOKEN from runtime_env into a secretKeyRef on every Ray container', () => {
  const { text, result } = ok(render({ secretEnv: ['HF_TOKEN=hf-token/token'] }));
  assert.ok(!text.includes('YOUR_HF_TOKEN'));
  const doc = parse(text);
  const groups = [doc.spec.rayClusterConfig.headGroupSpec, ...doc.spec.rayClusterConfig.workerGroupSpecs];
  for (const group of groups) {
    const env = group.template.spec.containers[0].env as { name: string; valueFrom?: unknown }[];
    assert.deepEqual(env.find((e) => e.name === 'HF_TOKEN')?.valueFrom, {
      secretKeyRef: { name: 'hf-token', key: 'token' },
    });
  }
  assert.deepEqual(result.secrets, [{ env: 'HF_TOKEN', secretName: 'hf-token', key: 'token' }]);
});

test('a path that does not resolve says what exists; nothing is rendered', () => {
  const outcome = render({ sets: ['spec.rayClusterConfig.workerGroupSpecs[groupName=cpu].maxReplicas=2'] });
  assert.ok(!outcome.ok);
  assert.match(outcome.problems[0]!, /no item .* groupName=cpu \(there is groupName="gpu"\)/);
});

test('an override that breaks the manifest stops the render with the lint error', () => {
  const outcome = render({
    sets: [
      'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.max_replicas=9',
    ],
  });
  assert.ok(!outcome.ok);
  assert.match(outcome.problems.join('\n'), /gpu-capacity/);
});

test('bad names, namespaces, run ids and secret specs are refused with the rule they break', () => {
  const cases: [Partial<RenderOptions>, RegExp][] = [
    [{ namespace: 'Bad_NS' }, /DNS label/],
    [{ runId: 'has space' }, /label value/],
    [{ name: 'x'.repeat(48) }, /47/],
    [{ secretEnv: ['HF_TOKEN'] }, /NAME=SECRET\/KEY/],
  ];
  for (const [options, message] of cases) {
    const outcome = render(options);
    assert.ok(!outcome.ok);
    assert.match(outcome.problems.join('\n'), message);
  }
});
