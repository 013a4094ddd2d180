// The CLI as a user runs it: exit codes 0/1/2, messages without stack traces, every format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/run.ts';
import { EXAMPLE, EXAMPLE_PATH, variant, AUTOSCALING } from '../helpers/variants.ts';

const dir = mkdtempSync(join(tmpdir(), 'rsci-cli-'));

test('lint: the example passes with a warning and a code frame; exit 0', () => {
  const ran = runCli(['lint', EXAMPLE_PATH]);
  assert.equal(ran.status, 0, ran.stderr);
  assert.match(ran.stdout, /rayservice\.yaml:18:21: warning .*\[plaintext-secret\]/);
  // The frame shows the line with the value redacted: it sits under a credential's name.
  assert.match(ran.stdout, /18 \| +HF_TOKEN: "\*\*\*"/);
  assert.ok(!ran.stdout.includes('YOUR_HF_TOKEN'));
});

test('lint: errors exit 1; --max-warnings 0 makes a warning fail too', () => {
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, variant([{ serve: [...AUTOSCALING, 'max_replicas'], value: 9 }]));
  assert.equal(runCli(['lint', bad]).status, 1);
  assert.equal(runCli(['lint', EXAMPLE_PATH, '--max-warnings', '0']).status, 1);
  assert.equal(runCli(['lint', EXAMPLE_PATH, '--max-warnings', '1']).status, 0);
});

test('lint: bad usage and unreadable input exit 2 with a clear message and no stack trace', () => {
  for (const args of [
    ['lint'],
    ['lint', 'missing.yaml'],
    ['lint', EXAMPLE_PATH, '--format', 'xml'],
    ['lint', EXAMPLE_PATH, '--bogus'],
    ['frobnicate'],
  ]) {
    const ran = runCli(args);
    assert.equal(ran.status, 2, `${args.join(' ')}: ${ran.stderr}`);
    assert.ok(ran.stderr.length > 10 && !/\n\s+at /.test(ran.stderr), ran.stderr);
  }
  assert.match(runCli(['lint', EXAMPLE_PATH, '--format', 'xml']).stderr, /text, json, sarif, github/);
});

test('lint: json, sarif and github formats; -o writes a file', () => {
  const json = JSON.parse(runCli(['lint', EXAMPLE_PATH, '--format', 'json']).stdout);
  assert.equal(json.kind, 'LintReport');
  assert.equal(json.findings[0].line, 18);
  const sarifFile = join(dir, 'out.sarif');
  assert.equal(runCli(['lint', EXAMPLE_PATH, '--format', 'sarif', '-o', sarifFile]).status, 0);
  assert.equal(JSON.parse(readFileSync(sarifFile, 'utf8')).version, '2.1.0');
  assert.match(
    runCli(['lint', EXAMPLE_PATH, '--format', 'github']).stdout,
    /^::warning file=examples\/llama32-3b\/rayservice.yaml,line=18,col=21/,
  );
});

test('lint: --config re-grades a rule', () => {
  const config = join(dir, 'rules.yaml');
  writeFileSync(config, 'lint:\n  rules:\n    plaintext-secret: error\n');
  assert.equal(runCli(['lint', EXAMPLE_PATH, '--config', config]).status, 1);
  writeFileSync(config, 'lint:\n  rules:\n    plaintext-secrets: error\n');
  const ran = runCli(['lint', EXAMPLE_PATH, '--config', config]);
  assert.equal(ran.status, 2);
  assert.match(ran.stderr, /no such rule/);
});

test('render: writes the manifest and the RenderedManifest JSON; a bad override exits 1', () => {
  const out = join(dir, 'rendered.yaml');
  const result = join(dir, 'rendered.json');
  const ran = runCli([
    'render',
    EXAMPLE_PATH,
    '--namespace',
    'ns-1',
    '--run-id',
    'r1',
    '--secret-env',
    'HF_TOKEN=hf/token',
    '-o',
    out,
    '--result',
    result,
  ]);
  assert.equal(ran.status, 0, ran.stderr);
  assert.ok(!readFileSync(out, 'utf8').includes('YOUR_HF_TOKEN'));
  const contract = JSON.parse(readFileSync(result, 'utf8'));
  assert.deepEqual(
    [contract.kind, contract.namespace, contract.runId, contract.manifest],
    ['RenderedManifest', 'ns-1', 'r1', out],
  );
  assert.equal(runCli(['render', EXAMPLE_PATH, '--set', 'spec.nope[3]=1']).status, 1);
  assert.equal(runCli(['render', EXAMPLE_PATH, '--ttl', 'soon']).status, 2);
  const forever = runCli(['render', EXAMPLE_PATH, '--ttl', '99999999999h']);
  assert.equal(forever.status, 2);
  assert.match(forever.stderr, /ttl: 99999999999h is longer than/);
  assert.doesNotMatch(forever.stderr, /internal error|\n\s+at /);
  assert.equal(runCli(['render', EXAMPLE_PATH, '-o', join(dir, 'no/such/dir/x.yaml')]).status, 2);
});

test('render prints to stdout by default, which lints clean', () => {
  const ran = runCli(['render', EXAMPLE_PATH, '--secret-env', 'HF_TOKEN=hf/token']);
  assert.equal(ran.status, 0);
  assert.notEqual(ran.stdout, EXAMPLE);
  const file = join(dir, 'stdout.yaml');
  writeFileSync(file, ran.stdout);
  const lint = runCli(['lint', file, '--max-warnings', '0']);
  assert.equal(lint.status, 0, lint.stdout);
});

test('render --initializing-timeout writes a value KubeRay reads: Go durations as given, days converted, zero refused', () => {
  const annotation = (args: string[]) => {
    const ran = runCli(['render', EXAMPLE_PATH, '--secret-env', 'HF_TOKEN=hf/token', ...args]);
    assert.equal(ran.status, 0, ran.stderr);
    return (parse(ran.stdout) as { metadata: { annotations: Record<string, string> } }).metadata.annotations[
      'ray.io/initializing-timeout'
    ];
  };
  assert.equal(annotation(['--initializing-timeout', '20m']), '20m');
  assert.equal(annotation(['--initializing-timeout', '1d']), '24h0m0s');
  const zero = runCli(['render', EXAMPLE_PATH, '--initializing-timeout', '0s']);
  assert.equal(zero.status, 2);
  assert.match(zero.stderr, /initializing-timeout: "0s" is not above zero/);
});
