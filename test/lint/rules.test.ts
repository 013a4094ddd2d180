// Each rule with a failing and a passing case, as variants of the seed example at the boundary between them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ALL_RULES } from '../../src/lint/index.ts';
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

interface Case {
  readonly rule: string;
  readonly fails: readonly Edit[];
  readonly passes: readonly Edit[];
  /** A text on the line the finding must point at (the outer file's line). */
  readonly at?: string;
  readonly fixture?: string;
}

const HEAD_PORTS = ['spec', 'rayClusterConfig', 'headGroupSpec', 'template', 'spec', 'containers', 0, 'ports'] as const;

const v2_50 = (extra: readonly Edit[] = []): Edit[] => [
  { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.50.0' },
  {
    path: ['spec', 'rayClusterConfig', 'headGroupSpec', 'template', 'spec', 'containers', 0, 'image'],
    value: 'rayproject/ray-llm:2.50.0-py311-cu124',
  },
  {
    path: [...GPU_GROUP, 'template', 'spec', 'containers', 0, 'image'],
    value: 'rayproject/ray-llm:2.50.0-py311-cu124',
  },
  ...extra,
];

const CASES: Case[] = [
  {
    rule: 'gpu-capacity',
    fails: [{ serve: [...AUTOSCALING, 'max_replicas'], value: 5 }],
    passes: [{ serve: [...AUTOSCALING, 'max_replicas'], value: 4 }],
    at: 'max_replicas: 5',
  },
  {
    rule: 'gpu-capacity',
    fails: [{ path: [...GPU_GROUP, 'maxReplicas'], value: 3 }],
    passes: [{ path: [...GPU_GROUP, 'maxReplicas'], value: 4 }],
    at: 'max_replicas: 4',
  },
  {
    rule: 'tensor-parallel-fit',
    fails: [{ serve: [...LLM, 'engine_kwargs', 'tensor_parallel_size'], value: 2 }],
    passes: [{ serve: [...LLM, 'engine_kwargs', 'tensor_parallel_size'], value: 1 }],
    at: 'tensor_parallel_size: 2',
  },
  {
    rule: 'autoscaling-bounds',
    fails: [{ serve: [...AUTOSCALING, 'min_replicas'], value: 5 }],
    passes: [{ serve: [...AUTOSCALING, 'min_replicas'], value: 4 }],
    at: 'max_replicas: 4',
  },
  {
    rule: 'autoscaling-bounds',
    fails: [{ serve: [...AUTOSCALING, 'initial_replicas'], value: 5 }],
    passes: [{ serve: [...AUTOSCALING, 'initial_replicas'], value: 4 }],
    at: 'initial_replicas: 5',
  },
  {
    rule: 'autoscaling-bounds',
    fails: [{ serve: [...AUTOSCALING, 'target_ongoing_requests'], value: 0 }],
    passes: [{ serve: [...AUTOSCALING, 'target_ongoing_requests'], value: 0.5 }],
    at: 'target_ongoing_requests: 0',
  },
  {
    rule: 'autoscaling-bounds',
    fails: [{ serve: [...AUTOSCALING, 'upscale_delay_s'], value: -1 }],
    passes: [{ serve: [...AUTOSCALING, 'upscale_delay_s'], value: 0 }],
    at: 'upscale_delay_s: -1',
  },
  {
    rule: 'max-ongoing-below-target',
    fails: [
      { serve: [...AUTOSCALING, 'target_ongoing_requests'], value: 4 },
      { serve: [...LLM, 'deployment_config', 'max_ongoing_requests'], value: 3 },
    ],
    passes: [
      { serve: [...AUTOSCALING, 'target_ongoing_requests'], value: 4 },
      { serve: [...LLM, 'deployment_config', 'max_ongoing_requests'], value: 4 },
    ],
    at: 'max_ongoing_requests: 3',
  },
  {
    rule: 'num-replicas-with-autoscaling',
    fails: [{ serve: [...LLM, 'deployment_config', 'num_replicas'], value: 2 }],
    passes: [{ serve: [...LLM, 'deployment_config', 'num_replicas'], value: 'auto' }],
    at: 'num_replicas: 2',
  },
  {
    rule: 'deprecated-serve-key',
    fails: [{ serve: [...AUTOSCALING, 'smoothing_factor'], value: 0.5 }],
    passes: [],
    at: 'smoothing_factor',
  },
  {
    rule: 'deprecated-serve-key',
    fails: [{ serve: [...AUTOSCALING, 'target_num_ongoing_requests_per_replica'], value: 1 }],
    passes: [
      { path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.9.0' },
      {
        path: ['spec', 'rayClusterConfig', 'headGroupSpec', 'template', 'spec', 'containers', 0, 'image'],
        value: 'rayproject/ray-llm:2.9.0',
      },
      { path: [...GPU_GROUP, 'template', 'spec', 'containers', 0, 'image'], value: 'rayproject/ray-llm:2.9.0' },
      { serve: [...AUTOSCALING, 'target_num_ongoing_requests_per_replica'], value: 1 },
    ],
    at: 'target_num_ongoing_requests_per_replica',
  },
  {
    rule: 'llm-autoscaling-default',
    fails: v2_50([{ serve: [...LLM, 'deployment_config', 'autoscaling_config'], delete: true }]),
    passes: v2_50(),
    at: '- model_loading_config:',
  },
  {
    rule: 'version-gated-key',
    fails: [{ serve: [...AUTOSCALING, 'downscale_to_zero_delay_s'], value: 60 }],
    passes: v2_50([{ serve: [...AUTOSCALING, 'downscale_to_zero_delay_s'], value: 60 }]),
    at: 'downscale_to_zero_delay_s',
  },
  {
    rule: 'worker-group-bounds',
    fails: [{ path: [...GPU_GROUP, 'minReplicas'], value: 5 }],
    passes: [{ path: [...GPU_GROUP, 'minReplicas'], value: 4 }],
    at: 'minReplicas: 5',
  },
  {
    rule: 'worker-group-bounds',
    fails: [{ path: [...GPU_GROUP, 'replicas'], value: 9 }],
    passes: [{ path: [...GPU_GROUP, 'replicas'], value: 2 }],
    at: 'replicas: 9',
  },
  {
    rule: 'autoscaler-disabled',
    fails: [{ path: ['spec', 'rayClusterConfig', 'enableInTreeAutoscaling'], value: false }],
    passes: [
      { path: ['spec', 'rayClusterConfig', 'enableInTreeAutoscaling'], value: false },
      { path: [...GPU_GROUP, 'replicas'], value: 4 },
    ],
    at: 'enableInTreeAutoscaling: false',
  },
  {
    rule: 'num-gpus-mismatch',
    fails: [{ path: [...GPU_GROUP, 'rayStartParams', 'num-gpus'], value: '2' }],
    passes: [{ path: [...GPU_GROUP, 'rayStartParams', 'num-gpus'], value: '1' }],
    at: 'num-gpus: "2"',
  },
  {
    rule: 'fractional-ray-resource',
    fails: [{ path: [...GPU_GROUP, 'rayStartParams', 'num-cpus'], value: '1.5' }],
    passes: [{ path: [...GPU_GROUP, 'rayStartParams', 'num-cpus'], value: '2' }],
    at: 'num-cpus',
  },
  {
    rule: 'ray-version-image',
    fails: [{ path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.46.0' }],
    passes: [{ path: ['spec', 'rayClusterConfig', 'rayVersion'], value: '2.47.1' }],
    at: 'image: rayproject/ray-llm',
  },
  {
    rule: 'route-prefix',
    fails: [{ serve: [...APP, 'route_prefix'], value: 'api/' }],
    passes: [{ serve: [...APP, 'route_prefix'], value: '/api' }],
    at: 'route_prefix: "api/"',
  },
  {
    rule: 'import-path',
    fails: [{ serve: [...APP, 'import_path'], value: 'ray:serve:llm' }],
    passes: [{ serve: [...APP, 'import_path'], value: 'ray.serve.llm:build_openai_app' }],
    at: 'import_path: "ray:serve:llm"',
  },
  { rule: 'app-host-port', fails: [{ serve: [...APP, 'port'], value: 8000 }], passes: [], at: 'port: 8000' },
  {
    rule: 'runtime-env-remote-uri',
    fails: [{ serve: [...APP, 'runtime_env', 'working_dir'], value: './src' }],
    passes: [{ serve: [...APP, 'runtime_env', 'working_dir'], value: 'https://example.com/app.zip' }],
    at: 'working_dir: ./src',
  },
  {
    rule: 'rayservice-name',
    fails: [{ path: ['metadata', 'name'], value: 'Llama_3B' }],
    passes: [{ path: ['metadata', 'name'], value: 'llama-3b' }],
    at: 'name: Llama_3B',
  },
  {
    rule: 'rayservice-name',
    fails: [{ path: ['metadata', 'name'], value: 'a'.repeat(48) }],
    passes: [{ path: ['metadata', 'name'], value: 'a'.repeat(47) }],
    at: 'aaaa',
  },
  {
    rule: 'initializing-timeout',
    fails: [{ path: ['metadata', 'annotations', 'ray.io/initializing-timeout'], value: '1d' }],
    passes: [{ path: ['metadata', 'annotations', 'ray.io/initializing-timeout'], value: '20m' }],
    at: 'ray.io/initializing-timeout',
  },
  {
    rule: 'initializing-timeout',
    fails: [{ path: ['metadata', 'annotations', 'ray.io/initializing-timeout'], value: '0' }],
    passes: [{ path: ['metadata', 'annotations', 'ray.io/initializing-timeout'], value: '1200' }],
    at: 'ray.io/initializing-timeout',
  },
  {
    rule: 'deprecated-rayservice-field',
    fails: [{ path: ['spec', 'serviceUnhealthySecondThreshold'], value: 900 }],
    passes: [],
    at: 'serviceUnhealthySecondThreshold',
  },
  { rule: 'serve-config-missing', fails: [{ path: ['spec', 'serveConfigV2'], delete: true }], passes: [], at: 'spec:' },
  {
    rule: 'plaintext-secret',
    fails: [],
    passes: [{ serve: [...APP, 'runtime_env', 'env_vars', 'HF_TOKEN'], delete: true }],
    at: 'HF_TOKEN',
  },
  {
    rule: 'serve-port-missing',
    fails: [{ path: [...HEAD_PORTS, 3, 'name'], value: 'http' }],
    passes: [{ path: [...HEAD_PORTS, 3, 'name'], value: 'serve' }],
    at: 'ports:',
  },
  {
    rule: 'max-replicas-per-node-autoscaler',
    fails: [{ serve: [...LLM, 'deployment_config', 'max_replicas_per_node'], value: 1 }],
    passes: [
      { path: ['spec', 'rayClusterConfig', 'enableInTreeAutoscaling'], value: false },
      { path: [...GPU_GROUP, 'replicas'], value: 4 },
      { serve: [...LLM, 'deployment_config', 'max_replicas_per_node'], value: 1 },
    ],
    at: 'max_replicas_per_node',
  },
  {
    rule: 'serve-schema',
    fails: [{ serve: [...AUTOSCALING, 'target_ongoing_request'], value: 1 }],
    passes: [],
    at: 'target_ongoing_request: 1',
  },
  {
    rule: 'serve-schema',
    fails: [{ serve: [...AUTOSCALING, 'max_replicas'], value: 'four' }],
    passes: [],
    at: 'max_replicas: four',
  },
  {
    rule: 'serve-schema',
    fails: [{ serve: [...LLM, 'deployment_config', 'placement_group_bundles'], value: 'x' }],
    passes: [],
    at: 'placement_group_bundles',
  },
  {
    rule: 'rayservice-schema',
    fails: [{ path: ['spec', 'rayClusterConfig', 'enableInTreeAutoScaling'], value: true }],
    passes: [],
    at: 'enableInTreeAutoScaling',
  },
  {
    rule: 'rayservice-schema',
    fails: [{ path: [...GPU_GROUP, 'rayStartParams', 'num-gpus'], value: 1 }],
    passes: [],
    at: 'num-gpus: 1',
  },
];

test('the seed example has no errors and one warning, on the plaintext HF_TOKEN line', () => {
  const findings = lint(EXAMPLE);
  assert.deepEqual(
    findings.map((f) => [f.ruleId, f.severity, f.line]),
    [['plaintext-secret', 'warning', lineOf(EXAMPLE, 'HF_TOKEN')]],
  );
});

for (const [index, c] of CASES.entries()) {
  test(`${c.rule} #${index}: fails at the right line, passes at the boundary`, () => {
    const failing = variant(c.fails);
    const found = ofRule(lint(failing), c.rule);
    assert.ok(found.length > 0, `expected a ${c.rule} finding:\n${JSON.stringify(lint(failing), null, 1)}`);
    if (c.at) {
      const expectedLine = lineOf(failing, c.at);
      assert.ok(
        found.some((f) => f.line === expectedLine),
        `expected ${c.rule} at line ${expectedLine} ("${c.at}"), got lines ${found.map((f) => f.line)}: ${found.map((f) => f.message).join(' | ')}`,
      );
    }
    for (const finding of found) {
      assert.ok(
        finding.message.length > 20 && finding.hint && finding.hint.length > 5,
        'a finding says what and how to fix',
      );
    }
    if (c.passes.length || c.rule !== 'plaintext-secret') {
      const passing = variant(c.passes);
      assert.deepEqual(ofRule(lint(passing), c.rule), [], `${c.rule} should pass on the passing variant`);
    }
  });
}

test('every rule has at least one failing case here, or a fixture test below', () => {
  const covered = new Set([
    ...CASES.map((c) => c.rule),
    'unique-applications',
    'duplicate-model-id',
    'yaml-syntax',
    'crd-schema',
  ]);
  assert.deepEqual(
    ALL_RULES.map((r) => r.id).filter((id) => !covered.has(id)),
    [],
  );
});

test('a real-looking token is an error and is never repeated in the message', () => {
  const token = `hf_${'aB3'.repeat(12)}`;
  const text = variant([{ serve: [...APP, 'runtime_env', 'env_vars', 'HF_TOKEN'], value: token }]);
  const [finding] = ofRule(lint(text), 'plaintext-secret');
  assert.equal(finding?.severity, 'error');
  assert.ok(!JSON.stringify(finding).includes(token));
});

const twoApps = readFileSync('src/lint/fixtures/two-apps.yaml', 'utf8');

test('two-apps fixture passes unique-applications and duplicate-model-id', () => {
  const findings = lint(twoApps);
  assert.deepEqual(ofRule(findings, 'unique-applications'), []);
  assert.deepEqual(ofRule(findings, 'duplicate-model-id'), []);
  assert.deepEqual(
    findings.filter((f) => f.severity === 'error'),
    [],
  );
});

test('unique-applications: a duplicate name and a duplicate route prefix', () => {
  const text = twoApps.replace('- name: math', '- name: fruit').replace('route_prefix: /v1', 'route_prefix: /math');
  const found = ofRule(lint(text), 'unique-applications');
  assert.equal(found.length, 2);
  assert.deepEqual(
    found.map((f) => f.line),
    [
      lineOf(text, '- name: fruit', lineOf(text, 'route_prefix: /fruit')),
      lineOf(text, 'route_prefix: /math', lineOf(text, '- name: llm')),
    ],
  );
});

test('duplicate-model-id: the same model twice in one application', () => {
  const text = twoApps.replace('model_id: llama', 'model_id: qwen');
  const found = ofRule(lint(text), 'duplicate-model-id');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.line, lineOf(text, 'model_id: qwen', lineOf(text, 'model_id: qwen')));
});

test('yaml-syntax: a broken serveConfigV2 is reported inside the block, at the outer file line', () => {
  const text = EXAMPLE.replace('      route_prefix: "/"', '      route_prefix: ["/"');
  const found = ofRule(lint(text), 'yaml-syntax');
  assert.ok(found.length > 0);
  const broken = lineOf(text, 'route_prefix: ["/"');
  assert.ok(
    found.every((f) => f.line >= broken && f.line <= lineOf(text, 'rayClusterConfig:')),
    JSON.stringify(found),
  );
});

test('gpu-capacity: together two GPU models may not fit what each alone fits (a warning: the pool is shared)', () => {
  const text = twoApps.replace(/max_replicas: 1/g, 'max_replicas: 2');
  const found = ofRule(lint(text), 'gpu-capacity');
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, 'warning');
  assert.match(found[0]!.message, /share the GPU pool/);
});
