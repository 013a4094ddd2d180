// Reading profiles: Taurus features we do not run are errors naming the key at its line, BlazeMeter upload settings
// a warning, templates evaluated per request with the seeded source, our LoadProfile checked by its schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compileTemplate, parseProfileText, renderTemplate, seededRandom } from '../../src/load/index.ts';
import { splitArguments } from '../../src/load/template.ts';

const SEED_PROFILE = readFileSync('examples/llama32-3b/load-test.yaml', 'utf8');
const noFiles = () => ({ problem: 'no files in this test' });

function problemsOf(text: string): { message: string; line: number | undefined }[] {
  const read = parseProfileText('p.yaml', text, noFiles);
  assert.ok(!read.ok, 'expected problems');
  return read.problems.map((p) => ({ message: p.message, line: p.place?.line }));
}

test('the seed profile reads as is: one closed execution, the request streamed, the user text a random choice', () => {
  const read = parseProfileText('load-test.yaml', SEED_PROFILE, noFiles);
  assert.ok(read.ok, read.ok ? '' : JSON.stringify(read.problems));
  assert.deepEqual(read.profile.warnings, []);
  const request = read.profile.executions[0]!.scenario.requests[0]!;
  assert.equal(request.llm, 'chat');
  assert.equal(request.streamOff, false);
  assert.deepEqual(request.thinkTime, { kind: 'constant', ms: 5000 });
  assert.equal(request.timeoutMs, 30_000);
  assert.equal(request.body?.constant, undefined);
});

test('a Taurus feature we do not support is an error naming it, at its line', () => {
  const text = `execution:
- scenario: s
  concurrency: 2
  hold-for: 10s
  delay: 5s
scenarios:
  s:
    default-address: http://127.0.0.1:8000
    data-sources: [prompts.csv]
    requests:
    - url: /v1/completions
      method: POST
      extract-jsonpath: { id: $.id }
    - while: "\${x}"
      do: []
`;
  const problems = problemsOf(text);
  const find = (word: string) => problems.find((p) => p.message.includes(word));
  assert.match(
    find('"delay"')!.message,
    /a delayed start\) is a Taurus feature rayservice-ci does not support; remove it/,
  );
  assert.equal(find('"delay"')!.line, 5);
  assert.equal(find('"data-sources"')!.line, 9);
  assert.equal(find('"extract-jsonpath"')!.line, 13);
  assert.match(find('"while"')!.message, /the while logic block/);
  assert.ok(find('a request needs url:'));
});

test('settings that only upload to BlazeMeter are accepted with a warning; other reporters and unknown keys are errors', () => {
  const ok = parseProfileText(
    'p.yaml',
    `${SEED_PROFILE}reporting:\n- module: blazemeter\n  report-name: nightly\n- module: passfail\n  criteria:\n  - p95>60s\nmodules:\n  blazemeter:\n    token: abc\n`,
    noFiles,
  );
  assert.ok(ok.ok, ok.ok ? '' : JSON.stringify(ok.problems));
  assert.equal(ok.profile.warnings.length, 2);
  assert.ok(ok.profile.warnings.some((w) => /uploads results to BlazeMeter.*accepted and ignored/.test(w.message)));
  assert.deepEqual(
    ok.profile.criteria.map((c) => c.text),
    ['p95>60s'],
  );
  const bad = problemsOf(`${SEED_PROFILE}reporting:\n- module: junit-xml\nsettings:\n  artifacts-dir: /tmp\n`);
  assert.ok(bad.some((p) => /junit-xml reporter is a Taurus feature/.test(p.message)));
  assert.ok(bad.some((p) => /"settings" \(engine settings\)/.test(p.message)));
});

test('executor, a poisson think time whose offset exceeds its mean, redirects and a missing scenario say what to change', () => {
  const problems = problemsOf(`execution:
- scenario: nope
  executor: locust
  concurrency: 1
  hold-for: 1s
- scenario: s
  hold-for: 1s
scenarios:
  s:
    think-time: poisson(1s, 5s)
    follow-redirects: true
    requests: [http://127.0.0.1:1/]
`).map((p) => p.message);
  assert.ok(problems.some((m) => /executor "locust" places think time and ramps differently/.test(m)));
  assert.ok(problems.some((m) => /no scenario named "nope"/.test(m)));
  assert.ok(problems.some((m) => /so dev cannot exceed mean; got poisson\(1s, 5s\)/.test(m)));
  assert.ok(problems.some((m) => /supports "follow-redirects" only as false/.test(m)));
});

test('__RandomFromList: uniform over the non-empty items, drawn again for each request, reproducible with the seed', () => {
  const { template, errors } = compileTemplate(
    "${__RandomFromList(Describe the moon.,Name three prime numbers.,Who wrote Faust?,Give me a haiku on rain.,Translate 'good morning' to Spanish.,)}",
  );
  assert.deepEqual(errors, []);
  const draw = (seed: number) => {
    const scope = { random: seededRandom(seed), vars: new Map<string, string>() };
    return Array.from({ length: 5000 }, () => renderTemplate(template, scope));
  };
  const values = draw(9);
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  assert.equal(counts.size, 5);
  assert.ok(!counts.has(''));
  for (const n of counts.values()) assert.ok(n > 850 && n < 1150, `not uniform: ${[...counts.values()]}`);
  assert.deepEqual(draw(9).slice(0, 50), values.slice(0, 50));
  assert.notDeepEqual(draw(10).slice(0, 50), values.slice(0, 50));
});

test('JMeter argument splitting, __chooseRandom storing into its variable, __Random, __UUID and variables', () => {
  assert.deepEqual(splitArguments('a,b,'), ['a', 'b', '']);
  assert.deepEqual(splitArguments('a\\,b,(c,d),${x}'), ['a,b', '(c,d)', '${x}']);
  const scope = { random: seededRandom(1), vars: new Map([['name', 'moon']]) };
  const choose = compileTemplate('${__chooseRandom(red,green,colour)} ${colour} ${name} ${missing}');
  assert.deepEqual(choose.stores, ['colour']);
  const text = renderTemplate(choose.template, scope);
  assert.match(text, /^(red|green) \1 moon \$\{missing\}$/);
  const random = compileTemplate('${__Random(3,5)}');
  for (let i = 0; i < 50; i++) assert.ok(['3', '4', '5'].includes(renderTemplate(random.template, scope)));
  assert.match(
    renderTemplate(compileTemplate('${__UUID()}').template, scope),
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
  assert.match(compileTemplate('${__chooseRandom(a,v)}').errors[0]!, /at least two values and a variable name/);
  assert.match(compileTemplate('${__Random(5,1)}').errors[0]!, /min is greater than its max/);
  const unknown = compileTemplate('${__time()}');
  assert.equal(unknown.template.constant, '${__time()}');
  assert.match(unknown.warnings[0]!, /sent unchanged, as JMeter sends an unknown function/);
});

test('our LoadProfile is checked against its schema (ajv), problems at their lines', () => {
  const ok = parseProfileText(
    'p.yaml',
    `apiVersion: rayservice-ci.io/v1alpha1
kind: LoadProfile
seed: 5
target: { address: http://127.0.0.1:8000 }
requests:
- label: chat
  method: POST
  url: /v1/chat/completions
  body: { model: m, messages: [{ role: user, content: hi }], stream: false }
load:
  open: { rate: 2, arrivals: poisson, duration: 10s, max-in-flight: 4 }
thresholds:
  ttft_ms: ["p(95)<2s"]
`,
    noFiles,
  );
  assert.ok(ok.ok, ok.ok ? '' : JSON.stringify(ok.problems));
  assert.deepEqual(ok.profile.executions[0]!.shape, {
    kind: 'open',
    arrivals: 'poisson',
    rate: 2,
    durationMs: 10_000,
    maxInFlight: 4,
  });
  assert.equal(ok.profile.settings.seed, 5);
  assert.equal(ok.profile.executions[0]!.scenario.requests[0]!.streamOff, true);
  const problems = problemsOf(`apiVersion: rayservice-ci.io/v1alpha1
kind: LoadProfile
requests: [/]
load:
  open: { rate: 0, duration: 10s }
  closed: { users: 1 }
extra: 1
`);
  assert.ok(problems.some((p) => /"extra" is not a LoadProfile setting/.test(p.message) && p.line === 7));
  assert.ok(problems.some((p) => /load takes exactly one of closed: or open:/.test(p.message)));
});

test('YAML goes through the one door: an alias bomb and a second document are problems, not crashes', () => {
  const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`;
  assert.ok(problemsOf(bomb).some((p) => /Aliases expand more than/.test(p.message)));
  assert.ok(problemsOf(`${SEED_PROFILE}---\nx: 1\n`).some((p) => /holds 2 YAML documents/.test(p.message)));
});

test("poisson(mean, dev) think time: Taurus's dev as a constant delay plus a Poisson draw of mean − dev", () => {
  const profile = (think: string) => `execution:
- scenario: s
  hold-for: 1s
scenarios:
  s:
    think-time: ${think}
    requests: [http://127.0.0.1:1/]
`;
  const read = parseProfileText('p.yaml', profile('poisson(2s, 500ms)'), () => ({ problem: 'none' }));
  assert.ok(read.ok, read.ok ? '' : JSON.stringify(read.problems));
  assert.deepEqual(read.profile.executions[0]!.scenario.requests[0]!.thinkTime, {
    kind: 'poisson',
    lambdaMs: 1500,
    delayMs: 500,
  });
  // Taurus's parser needs both arguments; one is refused with the form to write.
  const one = parseProfileText('p.yaml', profile('poisson(2s)'), () => ({ problem: 'none' }));
  assert.ok(!one.ok);
  assert.ok(one.problems.some((p) => /a distribution takes two durations/.test(p.message)));
});
