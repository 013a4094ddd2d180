// Expectations from a file, options and the manifest: each value with the place it was written (file:line:column,
// the option, or "derived from max_replicas … (line N)"), options over the file over the defaults, and problems
// at their place for a file that is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  manifestFacts,
  parseExpectationsFile,
  resolveExpectations,
  type ManifestFacts,
  type ResolvedExpectations,
} from '../../src/assert/index.ts';
import { EXAMPLE } from '../helpers/variants.ts';

const FILE = 'expect.yaml';

function facts(text = EXAMPLE): ManifestFacts {
  const found = manifestFacts('rendered.yaml', text);
  assert.ok(found.ok, found.ok ? '' : found.problem);
  return found.facts;
}

function resolved(input: Parameters<typeof resolveExpectations>[0]): ResolvedExpectations {
  const r = resolveExpectations(input);
  assert.ok(r.ok, r.ok ? '' : r.problems.join('\n'));
  return r.expectations;
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
/** The 1-based column of `needle` on 1-based `line`. */
const at = (text: string, line: number, needle: string) => text.split('\n')[line - 1]!.indexOf(needle) + 1;

test('the manifest gives the model deployment, max_replicas as the target and min_replicas as the floor, with their lines', () => {
  const e = resolved({ facts: facts() });
  assert.equal(e.deployment, 'LLMDeploymentLlama-3_2-3B-Instruct');
  assert.equal(e.app, 'llama32-3b-autoscale');
  assert.equal(e.workerGroup, 'gpu');
  const [up, down] = e.windows;
  assert.equal(up!.count.value, 4);
  assert.deepEqual(up!.count.source, {
    kind: 'derived',
    from: `max_replicas of LLMDeploymentLlama-3_2-3B-Instruct (rendered.yaml line ${lineOf(EXAMPLE, 'max_replicas: 4')})`,
  });
  assert.equal(down!.count.value, 1);
  assert.match(
    JSON.stringify(down!.count.source),
    new RegExp(`min_replicas .*line ${lineOf(EXAMPLE, 'min_replicas: 1')}`),
  );
  // Default windows: Ray's delays (2.47's defaults here) plus an allowance, in whole minutes.
  assert.equal(up!.within.text, '11m', '30 s + 30 s + 10 s + 10m → 11m');
  assert.equal(down!.within.text, '16m', '600 s + 30 s + 10 s + 5m → 16m');
  assert.match(JSON.stringify(down!.within.source), /downscale_delay_s 600s \(Ray 2\.47\.1's default\)/);
  assert.equal(e.inconclusive.value, 'fail');
  assert.equal(e.hold.after.value, up!.within.value);
});

test('an Expectations file: every value keeps its file:line:column; options win over it', () => {
  const text = [
    'apiVersion: rayservice-ci.io/v1alpha1',
    'kind: Expectations',
    'scale-up: { replicas: 3, within: 5m }',
    'scale-down:',
    '  within: 12m',
    'worker-pods-up: { within: 8m }',
    'gpus-down: { gpus: 1 }',
    'hold:',
    '  after: 2m',
    '  max-replica-changes: 1',
    '  max-error-rate: 1%',
    '  max-ttft-p95: 2s',
    'inconclusive: pass',
  ].join('\n');
  const parsed = parseExpectationsFile(FILE, text);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.problems.join('\n'));
  const e = resolved({ facts: facts(), file: parsed.expectations, options: { scaleUpWithin: '4m' } });
  const byId = Object.fromEntries(e.windows.map((w) => [w.id, w]));
  assert.deepEqual(byId['scale-up']!.count.source, { kind: 'file', file: FILE, line: 3, column: at(text, 3, '3,') });
  assert.deepEqual(byId['scale-up']!.within.source, { kind: 'option', name: '--scale-up-within' });
  assert.equal(byId['scale-up']!.within.value, 240_000);
  assert.deepEqual(byId['scale-down']!.within.source, {
    kind: 'file',
    file: FILE,
    line: 5,
    column: at(text, 5, '12m'),
  });
  assert.equal(byId['scale-down']!.count.source.kind, 'derived', 'the floor still comes from min_replicas');
  // Pods and GPUs derived from the replicas and the group's GPUs per pod; their windows from the scale windows.
  assert.equal(byId['worker-pods-up']!.count.value, 3);
  assert.equal(byId['worker-pods-up']!.within.value, 8 * 60_000);
  assert.equal(byId['gpus-down']!.count.value, 1);
  assert.deepEqual(byId['gpus-down']!.count.source, { kind: 'file', file: FILE, line: 7, column: at(text, 7, '1 }') });
  assert.equal(byId['gpus-down']!.within.value, 12 * 60_000);
  assert.equal(e.hold.after.value, 120_000);
  assert.equal(e.hold.maxErrorRate!.value, 0.01);
  assert.equal(e.hold.maxErrorRate!.text, '1%');
  assert.equal(e.hold.maxTtftP95!.value, 2000);
  assert.equal(e.hold.maxReplicaChanges!.value, 1);
  assert.equal(e.inconclusive.value, 'pass');
  assert.deepEqual(e.inconclusive.source, { kind: 'file', file: FILE, line: 13, column: at(text, 13, 'pass') });
  // As action inputs the sources name the input.
  const viaInput = resolved({ facts: facts(), options: { scaleDownReplicas: '2' }, via: 'input' });
  assert.deepEqual(viaInput.windows[1]!.count.source, { kind: 'input', name: 'scale-down-replicas' });
});

test('a wrong file: each problem at its line and column, with the accepted keys and a "did you mean"', () => {
  const text = [
    'apiVersion: rayservice-ci.io/v1alpha1',
    'kind: Expectation',
    'scale_up: { replicas: 3 }',
    'scale-down: { replicas: many, within: 5 minutes }',
    'hold: { max-error-rate: 150% }',
    'inconclusive: maybe',
  ].join('\n');
  const parsed = parseExpectationsFile(FILE, text);
  assert.ok(!parsed.ok);
  const problems = parsed.problems.join('\n');
  assert.match(problems, /expect\.yaml:2:7: kind must be Expectations/);
  assert.match(problems, /expect\.yaml:3:1: unknown key "scale_up" \(did you mean "scale-up"\?\)/);
  assert.match(problems, /expect\.yaml:4:25: scale-down\.replicas: "many" is not a whole number/);
  assert.match(problems, /expect\.yaml:4:39: scale-down\.within: "5 minutes" is not a duration/);
  assert.match(problems, /expect\.yaml:5:25: hold\.max-error-rate: "150%" is not a rate/);
  assert.match(problems, /expect\.yaml:6:15: inconclusive: "maybe" is not one of fail, pass/);
  // YAML that does not parse, and several documents, are problems too, never exceptions.
  const broken = parseExpectationsFile(FILE, 'kind: [Expectations\n');
  assert.ok(!broken.ok);
  assert.match(broken.problems[0]!, /^expect\.yaml:\d+:\d+: /);
  assert.ok(!parseExpectationsFile(FILE, 'a: 1\n---\nb: 2\n').ok);
});

test('bad options are problems naming the option; no manifest and no counts is a problem, not a guess', () => {
  const bad = resolveExpectations({ facts: facts(), options: { scaleUpWithin: '5 min', inconclusive: 'skip' } });
  assert.ok(!bad.ok);
  assert.match(bad.problems.join('\n'), /--scale-up-within: "5 min" is not a duration/);
  assert.match(bad.problems.join('\n'), /--inconclusive: "skip" is not one of fail, pass/);
  const bare = resolveExpectations({ options: {} });
  assert.ok(!bare.ok);
  assert.match(bare.problems.join('\n'), /needs to know the model deployment/);
  assert.match(bare.problems.join('\n'), /scale-up needs a replica count/);
  // Without a manifest, a file that names everything is enough, with fallback windows that say so.
  const parsed = parseExpectationsFile(
    FILE,
    'apiVersion: rayservice-ci.io/v1alpha1\nkind: Expectations\ndeployment: LLMDeploymentm\nscale-up: { replicas: 2 }\nscale-down: { replicas: 1 }\n',
  );
  assert.ok(parsed.ok);
  const e = resolved({ file: parsed.expectations });
  assert.equal(e.deployment, 'LLMDeploymentm');
  assert.match(JSON.stringify(e.windows[0]!.within.source), /no manifest given/);
});

test('a manifest with several models needs the file to name one; a deployment that does not autoscale is refused', () => {
  const two = EXAMPLE.replace(
    '          engine_kwargs:',
    [
      '          engine_kwargs:',
      '            tensor_parallel_size: 1',
      '        - model_loading_config:',
      '            model_id: "Other"',
      '          deployment_config:',
      '            autoscaling_config: { min_replicas: 1, max_replicas: 2 }',
      '          engine_kwargs:',
    ].join('\n'),
  );
  const ambiguous = manifestFacts('rendered.yaml', two);
  assert.ok(!ambiguous.ok);
  assert.match(ambiguous.problem, /several deployments match/);
  const picked = manifestFacts('rendered.yaml', two, { deployment: 'Other' });
  assert.ok(picked.ok, picked.ok ? '' : picked.problem);
  assert.equal(picked.facts.deployment, 'LLMDeploymentOther');
  assert.equal(picked.facts.settings.maxReplicas.value, 2);
  const fixed = EXAMPLE.replace(
    /autoscaling_config:\n\s+min_replicas: 1\n\s+max_replicas: 4\n\s+target_ongoing_requests: 1/,
    'num_replicas: 2',
  );
  const notScaling = manifestFacts('rendered.yaml', fixed);
  assert.ok(!notScaling.ok);
  assert.match(notScaling.problem, /does not autoscale \(num_replicas 2\)/);
  assert.ok(!manifestFacts('rendered.yaml', 'kind: ConfigMap\n').ok);
});
