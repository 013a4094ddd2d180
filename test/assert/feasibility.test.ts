// Feasibility before deploying, on the example manifest (Ray 2.47.1, defaults upscale 30 s, downscale 600 s,
// look-back 30 s, push 10 s): the windows at Ray's minimum and a second under it, a target beyond max_replicas or
// the GPU groups, and a lower delay set through render that makes a short window passable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFeasibility, manifestFacts, rayMinimum, resolveExpectations } from '../../src/assert/index.ts';
import { renderManifest } from '../../src/render/index.ts';
import { EXAMPLE, EXAMPLE_PATH } from '../helpers/variants.ts';

function problemsFor(options: Record<string, string>, text = EXAMPLE) {
  const found = manifestFacts('rendered.yaml', text);
  assert.ok(found.ok, found.ok ? '' : found.problem);
  const resolved = resolveExpectations({ facts: found.facts, options });
  assert.ok(resolved.ok, resolved.ok ? '' : resolved.problems.join('\n'));
  return checkFeasibility(resolved.expectations, found.facts);
}

function rendered(sets: string[]): string {
  const r = renderManifest(EXAMPLE_PATH, EXAMPLE, {
    namespace: 'ns',
    runId: 'run',
    ttlMs: 3_600_000,
    now: new Date(0),
    sets,
    secretEnv: ['HF_TOKEN=hf/token'],
  });
  assert.ok(r.ok, r.ok ? '' : r.problems.join('\n'));
  return r.text;
}

const SET_PATH = 'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config';

test('scale-down: 640 s (600 + 30 + 10 with Ray 2.47’s defaults) is the least that can pass; 639 s is refused with the numbers and the fix', () => {
  assert.deepEqual(problemsFor({ scaleDownWithin: '640s' }), []);
  const [p, ...rest] = problemsFor({ scaleDownWithin: '639s' });
  assert.equal(rest.length, 0);
  assert.equal(p!.assertion, 'scale-down');
  assert.match(p!.message, /scale-down within 639s cannot pass/);
  assert.match(
    p!.message,
    /no sooner than 10m40s after the load stops \(downscale_delay_s 600s \(Ray 2\.47\.1's default\) \+ look_back_period_s 30s \+ metrics_interval_s 10s\)/,
  );
  assert.match(p!.hint, new RegExp(`render --set '${SET_PATH.replace(/[[\].]/g, '\\$&')}\\.downscale_delay_s=599'`));
  assert.deepEqual(p!.source, { kind: 'option', name: '--scale-down-within' });
});

test('the delay lowered through render makes the same window passable, and the message names its line', () => {
  const lowered = rendered([`${SET_PATH}.downscale_delay_s=60`]);
  assert.deepEqual(problemsFor({ scaleDownWithin: '2m' }, lowered), []);
  const [p] = problemsFor({ scaleDownWithin: '99s' }, lowered);
  assert.match(p!.message, /downscale_delay_s 60s \(rendered\.yaml line \d+\)/);
});

test('scale-up: 40 s (upscale 30 + push 10) can pass, 39 s cannot', () => {
  assert.deepEqual(problemsFor({ scaleUpWithin: '40s' }), []);
  const [p] = problemsFor({ scaleUpWithin: '39s' });
  assert.equal(p!.assertion, 'scale-up');
  assert.match(p!.message, /no sooner than 40s after the load starts \(upscale_delay_s 30s/);
});

test('a target above max_replicas, a floor under min_replicas, more replicas than the GPU groups hold: refused', () => {
  const above = problemsFor({ scaleUpReplicas: '5' });
  assert.ok(above.some((p) => /never runs more than max_replicas 4 \(rendered\.yaml line \d+\)/.test(p.message)));
  const below = problemsFor({ scaleDownReplicas: '0' });
  assert.ok(below.some((p) => /keeps at least min_replicas 1/.test(p.message)));
  // Two GPU pods of one GPU each hold two one-GPU replicas; max_replicas is 4. (render refuses this manifest, as
  // lint's gpu-capacity does; assert checks what it is given.)
  assert.ok(EXAMPLE.includes('      maxReplicas: 4\n'));
  const small = EXAMPLE.replace('      maxReplicas: 4\n', '      maxReplicas: 2\n');
  const [gpu, ...rest] = problemsFor({}, small);
  assert.equal(rest.length, 0);
  assert.match(
    gpu!.message,
    /scale-up to 4 replicas cannot pass: each needs 1 GPU\(s\) on one pod and the GPU worker groups can hold at most 2 \(gpu: maxReplicas 2/,
  );
  assert.match(gpu!.hint, /workerGroupSpecs\[groupName=gpu\]\.maxReplicas=4/);
  assert.equal(gpu!.source.kind, 'derived', 'the target was derived from max_replicas');
  assert.deepEqual(problemsFor({ scaleUpReplicas: '2' }, small), []);
});

test('the default windows always pass the check (they are built from the same minimum)', () => {
  assert.deepEqual(problemsFor({}), []);
  const slow = rendered([`${SET_PATH}.downscale_delay_s=1800`, `${SET_PATH}.upscale_delay_s=300`]);
  assert.deepEqual(problemsFor({}, slow), []);
});

test('Ray 2.50+: a floor of zero is two stages, N→1 after downscale_delay_s and 1→0 after downscale_to_zero_delay_s', () => {
  const zero = rendered([
    'spec.rayClusterConfig.rayVersion=2.50.0',
    `${SET_PATH}.min_replicas=0`,
    `${SET_PATH}.downscale_to_zero_delay_s=120`,
  ]);
  const found = manifestFacts('rendered.yaml', zero);
  assert.ok(found.ok, found.ok ? '' : found.problem);
  assert.equal(rayMinimum(found.facts, 'down', 0).ms, (600 + 120 + 30 + 10) * 1000);
  assert.equal(rayMinimum(found.facts, 'down', 1).ms, (600 + 30 + 10) * 1000);
  const old = manifestFacts('rendered.yaml', rendered([`${SET_PATH}.min_replicas=0`]));
  assert.ok(old.ok);
  assert.equal(rayMinimum(old.facts, 'down', 0).ms, (600 + 30 + 10) * 1000, 'Ray 2.47 scales to zero in one step');
});
