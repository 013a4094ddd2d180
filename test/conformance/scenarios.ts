// The conformance scenarios: one Serve config and one load, run on real Ray and on the sim alike. Each starts from
// the example's deployment_config with shorter delays (a couple of minutes a scenario on a 2-core machine).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

export interface AutoscalingOverrides {
  readonly upscale_delay_s: number;
  readonly downscale_delay_s: number;
  readonly look_back_period_s: number;
  readonly metrics_interval_s: number;
  readonly max_replicas?: number;
}

export interface Scenario {
  readonly name: string;
  /** What should happen, for the table. */
  readonly expect: string;
  readonly autoscaling: AutoscalingOverrides;
  /** The example's worker group, min and max workers (1 GPU each). */
  readonly workers: { readonly min: number; readonly max: number };
  /** The autoscaler's idleTimeoutSeconds (the example's default 60 s, shortened). */
  readonly idleTimeoutS: number;
  /** Closed-loop chat users with no think time: each keeps one request in flight. */
  readonly load: { readonly users: number; readonly holdS: number; readonly maxTokens: number };
  /** How long to keep observing after the load ends. */
  readonly cooldownS: number;
}

const SHORT = { upscale_delay_s: 2, downscale_delay_s: 6, look_back_period_s: 2, metrics_interval_s: 1 };

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'step',
    expect: 'up to 4 replicas and 4 GPU nodes, back to 1 after the load',
    autoscaling: SHORT,
    workers: { min: 1, max: 4 },
    idleTimeoutS: 10,
    load: { users: 4, holdS: 45, maxTokens: 2000 },
    cooldownS: 40,
  },
  {
    name: 'hold-2',
    expect: '2 replicas held while 2 users chat',
    autoscaling: SHORT,
    workers: { min: 1, max: 4 },
    idleTimeoutS: 10,
    load: { users: 2, holdS: 40, maxTokens: 2000 },
    cooldownS: 25,
  },
  {
    name: 'burst',
    expect: 'no scale-up: the burst ends before upscale_delay_s',
    autoscaling: { ...SHORT, upscale_delay_s: 10 },
    workers: { min: 1, max: 4 },
    idleTimeoutS: 10,
    load: { users: 4, holdS: 3, maxTokens: 20 },
    cooldownS: 15,
  },
  {
    name: 'pending',
    expect: 'target 4, only 2 GPU nodes: 2 RUNNING, 2 replicas pending',
    autoscaling: SHORT,
    workers: { min: 1, max: 2 },
    idleTimeoutS: 10,
    load: { users: 4, holdS: 40, maxTokens: 2000 },
    cooldownS: 25,
  },
];

export const EXAMPLE_PATH = resolve(import.meta.dirname, '../../examples/llama32-3b/rayservice.yaml');

/** The example's model deployment_config with a scenario's overrides: what both sides deploy. */
export function exampleDeploymentConfig(scenario: Scenario): Record<string, unknown> {
  const rayService = parse(readFileSync(EXAMPLE_PATH, 'utf8')) as { spec: { serveConfigV2: string } };
  const serve = parse(rayService.spec.serveConfigV2) as {
    applications: { args: { llm_configs: { deployment_config: Record<string, unknown> }[] } }[];
  };
  const config = structuredClone(serve.applications[0]!.args.llm_configs[0]!.deployment_config);
  config['autoscaling_config'] = {
    ...(config['autoscaling_config'] as Record<string, unknown>),
    ...scenario.autoscaling,
  };
  return config;
}

/** A Taurus profile for the load stage: `users` closed-loop users for `holdS`, the example's chat request. */
export function loadProfile(scenario: Scenario, model: string): string {
  const body = JSON.stringify({
    model,
    messages: [
      { role: 'system', content: 'You are a helpful assistant.' },
      { role: 'user', content: 'Describe the moon.' },
    ],
    temperature: 0.9,
    max_tokens: scenario.load.maxTokens,
    stream: true,
  });
  return [
    'execution:',
    '- scenario: chat',
    `  concurrency: ${scenario.load.users}`,
    `  hold-for: ${scenario.load.holdS}s`,
    'scenarios:',
    '  chat:',
    '    requests:',
    '    - label: chat_completion',
    '      method: POST',
    '      url: /v1/chat/completions',
    '      headers:',
    '        Content-Type: application/json',
    `      body: '${body.replaceAll("'", "''")}'`,
    '',
  ].join('\n');
}
