// The version-aware rules, band by band: for each class a failing and a passing variant of the seed example on
// either side of every Ray release (or KubeRay rayVersion gate) where the verdict changes, the line checked and
// the declared version named in the message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ALL_RULES, formatRuleList, type Finding } from '../../src/lint/index.ts';
import {
  APP,
  AUTOSCALING,
  EXAMPLE,
  GPU_GROUP,
  LLM,
  lineOf,
  lint,
  ofRule,
  variant,
  type Edit,
} from '../helpers/variants.ts';

const HEAD_CONTAINER = ['spec', 'rayClusterConfig', 'headGroupSpec', 'template', 'spec', 'containers', 0] as const;
const GPU_CONTAINER = [...GPU_GROUP, 'template', 'spec', 'containers', 0] as const;
const DEPLOYMENT_CONFIG = [...LLM, 'deployment_config'] as const;

/** rayVersion and both images at one Ray version (the image tag can differ when `image` is given). */
function ray(version: string, image = `rayproject/ray-llm:${version}-py311-cu124`): Edit[] {
  return [
    { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: version },
    { path: [...HEAD_CONTAINER, 'image'], value: image },
    { path: [...GPU_CONTAINER, 'image'], value: image },
  ];
}

interface Band {
  readonly name: string;
  readonly rule: string;
  readonly edits: readonly Edit[];
  /** undefined: no finding of the rule; otherwise the severity, a text on its line and what its message says. */
  readonly expect?: {
    readonly severity: Finding['severity'];
    readonly at: string;
    readonly says: readonly RegExp[];
    readonly count?: number;
  };
}

function check(band: Band) {
  test(`${band.rule}: ${band.name}`, () => {
    const text = variant(band.edits);
    const found = ofRule(lint(text), band.rule);
    if (!band.expect) {
      assert.deepEqual(
        found.map((f) => f.message),
        [],
      );
      return;
    }
    // ray-version-image reports each image that differs: the head's and the GPU group's.
    assert.equal(found.length, band.expect.count ?? 1, JSON.stringify(found, null, 1));
    for (const finding of found) {
      assert.equal(finding.severity, band.expect.severity, finding.message);
      for (const says of band.expect.says) assert.match(finding.message, says);
      assert.ok(finding.hint && finding.hint.length > 5);
    }
    assert.equal(found[0]!.line, lineOf(text, band.expect.at), found[0]!.message);
  });
}

// ---- plaintext-secret: names by words, values by shape ----
const envVar = (name: string, value: unknown): Edit => ({
  serve: [...APP, 'runtime_env', 'env_vars', name],
  value,
});
const noSeedToken: Edit = { serve: [...APP, 'runtime_env', 'env_vars', 'HF_TOKEN'], delete: true };
for (const band of [
  {
    name: 'a vLLM setting with TOKEN inside its name is not a credential',
    edits: [noSeedToken, envVar('MAX_NUM_BATCHED_TOKENS', '16384'), envVar('TOKENIZER_MODE', 'auto')],
  },
  {
    name: 'a credential name holding a number, a boolean, a reference or nothing is not a credential',
    edits: [
      noSeedToken,
      envVar('MAX_TOKEN', '4096'),
      envVar('USE_AUTH_TOKEN', 'true'),
      envVar('HF_TOKEN', '$(HF_TOKEN)'),
      envVar('OPENAI_API_KEY', '${OPENAI_API_KEY}'),
      envVar('DB_PASSWORD', ''),
    ],
  },
  {
    name: 'a credential name ending in TOKEN with a value that could be one',
    edits: [noSeedToken, envVar('GITHUB_TOKEN', 'abc123-not-shaped-like-a-known-token')],
    expect: { severity: 'warning', at: 'GITHUB_TOKEN', says: [/GITHUB_TOKEN in runtime_env.env_vars is a credential/] },
  },
  {
    name: '*_API_KEY by its word pair',
    edits: [noSeedToken, envVar('OPENAI_API_KEY', 'some-key-value-here')],
    expect: { severity: 'warning', at: 'OPENAI_API_KEY', says: [/credential written in plain text/] },
  },
  {
    name: 'a placeholder in env_vars overrides the real token from the Secret',
    edits: [],
    expect: { severity: 'warning', at: 'HF_TOKEN', says: [/placeholder/, /overrides/] },
  },
  {
    name: 'container env: a password in value',
    edits: [
      noSeedToken,
      { path: [...GPU_CONTAINER, 'env'], value: [{ name: 'DB_PASSWORD', value: 'hunter2hunter2' }] },
    ],
    expect: { severity: 'warning', at: 'value: hunter2hunter2', says: [/DB_PASSWORD in container env/] },
  },
  {
    name: 'container env: a token count is not a credential',
    edits: [noSeedToken, { path: [...GPU_CONTAINER, 'env'], value: [{ name: 'QA_MAX_TOKENS', value: '512' }] }],
  },
] as const)
  check({ rule: 'plaintext-secret', ...band });

// ---- deprecated-serve-key: renamed keys per band ----
const oldTarget = (v: number): Edit => ({
  serve: [...AUTOSCALING, 'target_num_ongoing_requests_per_replica'],
  value: v,
});
const noTarget: Edit = { serve: [...AUTOSCALING, 'target_ongoing_requests'], delete: true };
const oldMaxOngoing: Edit = { serve: [...DEPLOYMENT_CONFIG, 'max_concurrent_queries'], value: 100 };
for (const band of [
  {
    name: 'Ray 2.9: target_num_ongoing_requests_per_replica is the current name',
    edits: [...ray('2.9.0'), noTarget, oldTarget(3)],
  },
  {
    name: 'Ray 2.10: a deprecated alias that still works',
    edits: [...ray('2.10.0'), noTarget, oldTarget(3)],
    expect: {
      severity: 'warning',
      at: 'target_num_ongoing_requests_per_replica',
      says: [/deprecated alias/, /Ray 2\.10\.0 \(rayVersion\) still applies it/, /ray-project\/ray#46392/],
    },
  },
  {
    name: 'Ray 2.32: still applied, last release before removal',
    edits: [...ray('2.32.0'), noTarget, oldTarget(3)],
    expect: {
      severity: 'warning',
      at: 'target_num_ongoing_requests_per_replica',
      says: [/Ray 2\.32\.0 \(rayVersion\) still applies/],
    },
  },
  {
    name: 'Ray 2.33: dropped silently, the default target applies',
    edits: [...ray('2.33.0'), noTarget, oldTarget(3)],
    expect: {
      severity: 'error',
      at: 'target_num_ongoing_requests_per_replica',
      says: [/Ray 2\.33\.0 \(rayVersion\) ignores it/, /target_ongoing_requests 2 instead of 3/],
    },
  },
  {
    name: 'Ray 2.33 with target_ongoing_requests also set: harmless, a warning',
    edits: [...ray('2.33.0'), oldTarget(3)],
    expect: { severity: 'warning', at: 'target_num_ongoing_requests_per_replica', says: [/which is also set/] },
  },
  { name: 'Ray 2.9: max_concurrent_queries is the current name', edits: [...ray('2.9.0'), oldMaxOngoing] },
  {
    name: 'Ray 2.32: max_concurrent_queries still applied',
    edits: [...ray('2.32.0'), oldMaxOngoing],
    expect: {
      severity: 'warning',
      at: 'max_concurrent_queries',
      says: [/Ray 2\.32\.0 \(rayVersion\) still applies/, /#46427/],
    },
  },
  {
    name: 'Ray 2.47: max_concurrent_queries dropped, the LLM default cap applies',
    edits: [oldMaxOngoing],
    expect: {
      severity: 'error',
      at: 'max_concurrent_queries',
      says: [/Ray 2\.47\.1 \(rayVersion\) ignores it/, /max_ongoing_requests 20 instead of 100/],
    },
  },
] as const)
  check({ rule: 'deprecated-serve-key', ...band });

// ---- deprecated-serve-key: metrics_interval_s, deprecated only from 2.49 ----
const interval = (v: number): Edit => ({ serve: [...AUTOSCALING, 'metrics_interval_s'], value: v });
for (const band of [
  { name: 'Ray 2.48: metrics_interval_s is a live setting', edits: [...ray('2.48.0'), interval(2)] },
  {
    name: 'Ray 2.49: deprecated (ray#55102) but still used',
    edits: [...ray('2.49.0'), interval(2)],
    expect: {
      severity: 'warning',
      at: 'metrics_interval_s',
      says: [/deprecated since Ray 2\.49/, /#55102/, /Ray 2\.49\.0 \(rayVersion\) still pushes metrics every 2 s/],
    },
  },
  { name: 'Ray 2.49 at the default of 10: Ray does not warn', edits: [...ray('2.49.0'), interval(10)] },
] as const)
  check({ rule: 'deprecated-serve-key', ...band });

// ---- llm-autoscaling-default: min == max, and each band of the ray.serve.llm defaults ----
const maxReplicas = (n: number): Edit => ({ serve: [...AUTOSCALING, 'max_replicas'], value: n });
const noAutoscaling: Edit = { serve: [...AUTOSCALING], delete: true };
for (const band of [
  {
    name: 'Ray 2.47: a user autoscaling_config without a target gets Serve’s default',
    edits: [noTarget],
    expect: {
      severity: 'warning',
      at: 'min_replicas: 1',
      says: [/Ray 2\.47\.1 \(rayVersion\)/, /replaces the LLM defaults whole/, /default target of 2/],
    },
  },
  { name: 'Ray 2.47: min_replicas == max_replicas, no target can matter', edits: [noTarget, maxReplicas(1)] },
  {
    name: 'Ray 2.48: no autoscaling_config uses the LLM default target 10',
    edits: [...ray('2.48.0'), noAutoscaling],
    expect: {
      severity: 'warning',
      at: '- model_loading_config:',
      says: [/Ray 2\.48\.0/, /target_ongoing_requests 10/],
    },
  },
  {
    name: 'Ray 2.49: no autoscaling_config never scales up (target 1e9)',
    edits: [...ray('2.49.0'), noAutoscaling],
    expect: { severity: 'warning', at: '- model_loading_config:', says: [/Ray 2\.49\.0/, /1e\+9/, /never scales up/] },
  },
  {
    name: 'Ray 2.52: no autoscaling_config, one fixed replica',
    edits: [...ray('2.52.0'), noAutoscaling],
    expect: { severity: 'warning', at: '- model_loading_config:', says: [/Ray 2\.52\.0/, /one fixed replica/] },
  },
  {
    name: 'Ray 2.52: a user autoscaling_config without a target gets Serve’s default 2',
    edits: [...ray('2.52.0'), noTarget],
    expect: { severity: 'warning', at: 'min_replicas: 1', says: [/gets no LLM default target/, /default target of 2/] },
  },
  {
    name: 'Ray 2.53: the LLM default target is merged in and it never scales (ray#59323)',
    edits: [...ray('2.53.0'), noTarget],
    expect: {
      severity: 'warning',
      at: 'min_replicas: 1',
      says: [/Ray 2\.53\.0 \(rayVersion\) merges the LLM defaults/, /#59323/, /never scales above min_replicas 1/],
    },
  },
  { name: 'Ray 2.53: min_replicas == max_replicas', edits: [...ray('2.53.0'), noTarget, maxReplicas(1)] },
  { name: 'Ray 2.53: an explicit target', edits: [...ray('2.53.0')] },
  {
    name: 'rayVersion unset: the version is read from the image and named so',
    edits: [{ path: ['spec', 'rayClusterConfig', 'rayVersion'], delete: true }, ...ray('2.53.0').slice(1), noTarget],
    expect: {
      severity: 'warning',
      at: 'min_replicas: 1',
      says: [/Ray 2\.53\.0 \(read from image rayproject\/ray-llm:2\.53\.0-py311-cu124; rayVersion is not set\)/],
    },
  },
] as const)
  check({ rule: 'llm-autoscaling-default', ...band });

// ---- ray-version-image: KubeRay gates ----
const PROBES = {
  livenessProbe: { exec: { command: ['true'] } },
  readinessProbe: { exec: { command: ['true'] } },
};
for (const band of [
  { name: 'the same version in rayVersion and the images', edits: ray('2.47.1') },
  {
    name: 'a mismatch that straddles no gate is a warning',
    edits: [...ray('2.47.1'), { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.46.0' }],
    expect: {
      severity: 'warning',
      at: 'image: rayproject/ray-llm',
      count: 2,
      says: [/No KubeRay rayVersion gate/, /rayVersion is 2\.46\.0/],
    },
  },
  {
    name: 'rayVersion 2.53 over a 2.52 image: HTTP probes the image does not serve',
    edits: [...ray('2.52.0'), { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.53.0' }],
    expect: {
      severity: 'error',
      at: 'image: rayproject/ray-llm',
      count: 2,
      says: [/2\.53\.0 gate/, /\/api\/healthz/, /never become Ready/],
    },
  },
  {
    name: 'rayVersion 2.52 over a 2.53 image: the older exec probes',
    edits: [...ray('2.53.0'), { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.52.0' }],
    expect: { severity: 'error', at: 'image: rayproject/ray-llm', count: 2, says: [/older exec probes/] },
  },
  {
    name: 'straddling 2.53 with probes written by hand: the gate is not used, a warning',
    edits: [
      ...ray('2.52.0'),
      { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.53.0' },
      ...Object.entries(PROBES).flatMap(([key, value]) => [
        { path: [...HEAD_CONTAINER, key], value },
        { path: [...GPU_CONTAINER, key], value },
      ]),
    ],
    expect: { severity: 'warning', at: 'image: rayproject/ray-llm', count: 2, says: [/does not use/] },
  },
  {
    name: 'straddling 2.52 without token auth is a warning',
    edits: [...ray('2.52.0'), { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.51.0' }],
    expect: {
      severity: 'warning',
      at: 'image: rayproject/ray-llm',
      count: 2,
      says: [/2\.52\.0 gate, where authOptions/],
    },
  },
  {
    name: 'straddling 2.52 with token auth: KubeRay rejects the cluster',
    edits: [
      ...ray('2.52.0'),
      { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.51.0' },
      { path: ['spec', 'rayClusterConfig', 'authOptions'], value: { mode: 'token' } },
    ],
    expect: { severity: 'error', at: 'image: rayproject/ray-llm', count: 2, says: [/KubeRay rejects the RayCluster/] },
  },
  {
    name: 'straddling 2.56 with a worker-group priority: KubeRay rejects the cluster',
    edits: [
      ...ray('2.56.0'),
      { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.55.0' },
      { path: [...GPU_GROUP, 'priority'], value: 10 },
    ],
    expect: {
      severity: 'error',
      at: 'image: rayproject/ray-llm',
      count: 2,
      says: [/priority needs rayVersion 2\.56\.0/],
    },
  },
  {
    name: 'a private ray-serve-* image read from its tag, with lower confidence',
    edits: ray('2.47.1', 'registry.example.com/ml/ray-serve-llama:2.46.0-gpu').map((edit) =>
      'path' in edit && edit.path.at(-1) === 'rayVersion' ? { ...edit, value: '2.47.1' } : edit,
    ),
    expect: {
      severity: 'warning',
      at: 'image: registry.example.com',
      count: 2,
      says: [/Ray 2\.46\.0, read from the name or tag/, /a guess/],
    },
  },
  {
    name: 'a private image whose tag matches rayVersion',
    edits: ray('2.47.1', 'registry.example.com/ml/ray-serve-llama:2.47.1-gpu'),
  },
  {
    name: 'a Ray version in the image name (ray2.22.0-py310-…:latest) differs from rayVersion',
    edits: ray('2.22.0', 'public.ecr.aws/data-on-eks/ray2.22.0-py310-mistral7b-neuron:latest').map((edit) =>
      'path' in edit && edit.path.at(-1) === 'rayVersion' ? { ...edit, value: '2.24.0' } : edit,
    ),
    expect: { severity: 'warning', at: 'image: public.ecr.aws', count: 2, says: [/Ray 2\.22\.0, read from the name/] },
  },
  {
    name: 'a Ray version in the image name that matches rayVersion',
    edits: ray('2.22.0', 'public.ecr.aws/data-on-eks/ray2.22.0-py310-mistral7b-neuron:latest'),
  },
  {
    name: 'a RayLLM release tag (anyscale/ray-llm:0.5.0) is not a Ray version',
    edits: ray('2.47.1', 'anyscale/ray-llm:0.5.0'),
  },
  {
    name: 'an image that is not Ray (vllm/vllm-openai:0.6.3) is not read as a Ray version',
    edits: ray('2.47.1', 'vllm/vllm-openai:0.6.3'),
  },
] as const)
  check({ rule: 'ray-version-image', ...band });

// ---- gpu-capacity: one deployment alone vs a shared pool ----
const twoApps = readFileSync('src/lint/fixtures/two-apps.yaml', 'utf8');

test('gpu-capacity: two models that each fit but together overcommit the pool get one warning naming both', () => {
  const text = twoApps.replace(/max_replicas: 1/g, 'max_replicas: 2');
  const found = ofRule(lint(text), 'gpu-capacity');
  assert.equal(found.length, 1, JSON.stringify(found));
  assert.equal(found[0]!.severity, 'warning');
  assert.match(found[0]!.message, /"LLMDeploymentqwen".*"LLMDeploymentllama".*share the GPU pool/);
  assert.equal(found[0]!.line, lineOf(text, 'max_replicas: 2', lineOf(text, 'model_id: llama')));
  assert.deepEqual(ofRule(lint(twoApps), 'gpu-capacity'), []);
});

test('gpu-capacity: one model that alone can never reach its max_replicas is an error', () => {
  const text = twoApps.replace(/max_replicas: 1/, 'max_replicas: 9');
  const found = ofRule(lint(text), 'gpu-capacity');
  const alone = found.filter((f) => f.severity === 'error');
  assert.equal(alone.length, 1, JSON.stringify(found));
  assert.match(alone[0]!.message, /LLMDeploymentqwen.*can never be placed/);
  assert.equal(alone[0]!.line, lineOf(text, 'max_replicas: 9'));
});

test('the seed example still lints with one warning only', () => {
  assert.deepEqual(
    lint(EXAMPLE).map((f) => [f.ruleId, f.severity]),
    [['plaintext-secret', 'warning']],
  );
});

test('--list-rules shows the version bands of the version-aware rules', () => {
  const listed = formatRuleList(ALL_RULES);
  for (const id of ['deprecated-serve-key', 'llm-autoscaling-default', 'ray-version-image', 'version-gated-key'])
    assert.ok(ALL_RULES.find((r) => r.id === id)?.bands?.length, `${id} has bands`);
  assert.match(listed, /^deprecated-serve-key +warning .*\n +Ray < 2\.10: /m);
  assert.match(listed, /Ray ≥ 2\.33: removed \(ray#46392, ray#46427\)/);
  assert.match(listed, /Ray ≥ 2\.53: the LLM defaults are deep-merged .*ray#59323/);
  assert.match(listed, /rayVersion gate 2\.53: KubeRay probes GET \/api\/healthz/);
  // A rule without bands is one line.
  assert.match(listed, /^rayservice-name +error +[^\n]+\ninitializing-timeout/m);
});
