// render on input nobody checked: other syntaxes (JSON, flow style, CRLF), values that are not what they look like,
// secrets where render does not usually look, and every error pointing at the file the user wrote.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse, parseAllDocuments } from 'yaml';
import { renderManifest, type RenderOptions } from '../../src/render/index.ts';
import { AUTOSCALING, EXAMPLE, EXAMPLE_PATH, GPU_GROUP, variant } from '../helpers/variants.ts';

const BASE: RenderOptions = {
  namespace: 'rsci-h-1',
  runId: 'h-1',
  ttlMs: 3600_000,
  now: new Date('2026-11-28T10:00:00Z'),
};
const render = (text: string, options: Partial<RenderOptions> = {}) =>
  renderManifest(EXAMPLE_PATH, text, { ...BASE, ...options });

function ok(outcome: ReturnType<typeof render>) {
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.problems.join('\n'));
  return outcome;
}

const AS_JSON = JSON.stringify(parse(EXAMPLE), null, 2);
const MAX_REPLICAS =
  'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.max_replicas=2';

test('a JSON manifest renders: the same overrides land, and the user is told it is now block style', () => {
  const { text, notes } = ok(render(AS_JSON, { sets: [MAX_REPLICAS], secretEnv: ['HF_TOKEN=hf-token/token'] }));
  const fromJson = parse(text);
  const fromYaml = parse(ok(render(EXAMPLE, { sets: [MAX_REPLICAS], secretEnv: ['HF_TOKEN=hf-token/token'] })).text);
  assert.deepEqual(fromJson, fromYaml);
  assert.match(notes.join('\n'), /flow style.*block style/);
  assert.deepEqual(ok(render(EXAMPLE)).notes, [], 'a block-style file needs no conversion');
});

test('flow-style mappings on the edited paths are converted; elsewhere the file keeps its bytes', () => {
  const flowLabels = EXAMPLE.replace(/(\nmetadata:\n)/, '$1  labels: {team: ml}\n');
  assert.notEqual(flowLabels, EXAMPLE);
  const doc = parse(ok(render(flowLabels)).text);
  assert.equal(doc.metadata.labels.team, 'ml');
  assert.equal(doc.metadata.labels['rayservice-ci.io/run-id'], 'h-1');
});

test('CRLF in, CRLF out: no bare line feed in the rendered text', () => {
  const crlf = EXAMPLE.replaceAll('\n', '\r\n');
  const { text } = ok(render(crlf, { sets: [MAX_REPLICAS], secretEnv: ['HF_TOKEN=hf-token/token'] }));
  assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
  assert.deepEqual(
    parse(text),
    parse(ok(render(EXAMPLE, { sets: [MAX_REPLICAS], secretEnv: ['HF_TOKEN=hf-token/token'] })).text),
  );
});

test('--set values: "---" and a comment are refused, an empty value is the empty string, null only when written', () => {
  const path = 'metadata.annotations.note';
  for (const value of ['---', '# nothing', 'a: b', '[1, 2]']) {
    const outcome = render(EXAMPLE, { sets: [`${path}=${value}`] });
    assert.ok(!outcome.ok, value);
    assert.match(outcome.problems[0]!, /not a YAML scalar|values are scalars/, value);
  }
  assert.equal(parse(ok(render(EXAMPLE, { sets: [`${path}=`] })).text).metadata.annotations.note, '');
  assert.equal(parse(ok(render(EXAMPLE, { sets: [`${path}=~`] })).text).metadata.annotations.note, null);
});

test('one variable named twice in --secret-env is an error, not "the last one wins"', () => {
  const outcome = render(EXAMPLE, { secretEnv: ['HF_TOKEN=a/token', 'HF_TOKEN=b/token'] });
  assert.ok(!outcome.ok);
  assert.match(outcome.problems.join('\n'), /names HF_TOKEN more than once/);
});

test('--secret-env reaches initContainers and the autoscaler; what it cannot move it refuses, by place', () => {
  const withInit = variant([
    {
      path: [...GPU_GROUP, 'template', 'spec', 'initContainers'],
      value: [{ name: 'warm', image: 'busybox', env: [{ name: 'DB_PASSWORD', value: 'hunter2-prod-pw' }] }],
    },
    {
      path: ['spec', 'rayClusterConfig', 'autoscalerOptions', 'env'],
      value: [{ name: 'DB_PASSWORD', value: 'hunter2-prod-pw' }],
    },
  ]);
  const { text } = ok(render(withInit, { secretEnv: ['DB_PASSWORD=db/password'] }));
  assert.ok(!text.includes('hunter2-prod-pw'));
  const doc = parse(text);
  const ref = { secretKeyRef: { name: 'db', key: 'password' } };
  assert.deepEqual(doc.spec.rayClusterConfig.workerGroupSpecs[0].template.spec.initContainers[0].env[0].valueFrom, ref);
  assert.deepEqual(doc.spec.rayClusterConfig.autoscalerOptions.env[0].valueFrom, ref);

  const hidden = variant([
    {
      serve: [...AUTOSCALING.slice(0, -2), 'custom', 'runtime_env', 'env_vars', 'DB_PASSWORD'],
      value: 'hunter2-prod-pw',
    },
  ]);
  const refused = render(hidden, { secretEnv: ['DB_PASSWORD=db/password'] });
  assert.ok(!refused.ok);
  assert.match(
    refused.problems.join('\n'),
    /DB_PASSWORD: a plaintext value is still written at spec\.serveConfigV2\.applications\[0\]\.args\.llm_configs\[0\]\.custom\.runtime_env\.env_vars\.DB_PASSWORD/,
  );
  assert.ok(!refused.problems.join('\n').includes('hunter2'), 'the value itself is never printed');
});

test('a lint error the user wrote is reported at its line in their file; one the overrides cause says so', () => {
  const broken = variant([{ serve: [...AUTOSCALING, 'max_replicas'], value: 9 }]);
  const fromFile = render(broken, { sets: ['metadata.annotations.note=x'] });
  assert.ok(!fromFile.ok);
  const line = broken.split('\n').findIndex((l) => l.includes('max_replicas: 9')) + 1;
  assert.ok(line > 0);
  assert.match(fromFile.problems.join('\n'), new RegExp(`^${EXAMPLE_PATH}:${line}:\\d+: .*\\[gpu-capacity\\]`, 'm'));
  const fromOverride = render(EXAMPLE, { sets: [MAX_REPLICAS.replace('=2', '=9')] });
  assert.ok(!fromOverride.ok);
  assert.match(fromOverride.problems.join('\n'), /^after --set\/--secret-env: .*\[gpu-capacity\]/m);
});

test('YAML that cannot be read (an unresolved alias, a bomb) is a problem with its place, not a crash', () => {
  const alias = render('kind: RayService\nmetadata: {name: x, labels: {a: *nope}}\n');
  assert.ok(!alias.ok);
  assert.match(alias.problems[0]!, new RegExp(`^${EXAMPLE_PATH}:2:33: Unresolved alias`));
});

test('a manifest of many documents renders in one pass: every namespaced document gets the namespace', () => {
  const configMap = (i: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata: {a: "1"}\n`;
  const text = [EXAMPLE, ...Array.from({ length: 200 }, (_, i) => configMap(i))].join('---\n');
  const { text: out } = ok(render(text));
  const docs = parseAllDocuments(out).map((d) => d.toJS());
  assert.equal(docs.length, 201);
  assert.ok(docs.every((d) => d.metadata.namespace === 'rsci-h-1'));
  assert.equal(docs[1].data.a, '1');
});

test('no credential leaves render in plain text: one under a credential name or shaped like a token is refused by place', () => {
  const password = variant([
    {
      path: [...GPU_GROUP, 'template', 'spec', 'containers', 0, 'env'],
      value: [{ name: 'DB_PASSWORD', value: 'hunter2-prod-pw' }],
    },
  ]);
  const refused = render(password);
  assert.ok(!refused.ok);
  assert.match(
    refused.problems.join('\n'),
    /plain text at spec\.rayClusterConfig\.workerGroupSpecs\[0\]\.template\.spec\.containers\[0\]\.env\[0\]\.value/,
  );
  assert.ok(!refused.problems.join('\n').includes('hunter2'));
  ok(render(password, { secretEnv: ['DB_PASSWORD=db/password'] }));
  const token = `hf_${'Qw3'.repeat(12)}`;
  const anywhere = render(variant([{ path: ['metadata', 'annotations', 'note'], value: token }]));
  assert.ok(!anywhere.ok);
  assert.match(anywhere.problems.join('\n'), /plain text at metadata\.annotations\.note/);
  // The example's HF_TOKEN: "YOUR_HF_TOKEN" holds a place; it renders, and --secret-env moves it out anyway.
  ok(render(EXAMPLE));
});
