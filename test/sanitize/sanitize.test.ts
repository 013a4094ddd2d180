// The one sanitiser: names judged by their words, values never echoed when they are credentials, and nothing of a
// user's text able to escape its line or speak to the GitHub Actions runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  describeValue,
  isPlaceholderValue,
  isSecretName,
  plaintextCredentialPaths,
  redactValues,
  safeInline,
  safeLines,
  secretValuesIn,
} from '../../src/sanitize/index.ts';

test('credential names are judged by their words, not by substrings', () => {
  for (const name of [
    'HF_TOKEN',
    'GITHUB_TOKEN',
    'DB_PASSWORD',
    'OPENAI_API_KEY',
    'AWS_SECRET_ACCESS_KEY',
    'clientSecret',
    'apiKey',
    'ssh-private-key',
    'API_KEY',
  ]) {
    assert.ok(isSecretName(name), name);
  }
  for (const name of [
    'MAX_NUM_BATCHED_TOKENS',
    'TOKENIZER_MODE',
    'TOKENIZERS_PARALLELISM',
    'PASSWORD_MIN_LENGTH',
    'KEY_ORDER',
    'SECRETARY',
    'max_tokens',
    '',
  ]) {
    assert.ok(!isSecretName(name), name);
  }
});

test('a value is shown quoted and short, or redacted by its key or its shape', () => {
  assert.equal(describeValue('hunter2-prod-pw', 'DB_PASSWORD'), '(redacted)');
  assert.equal(describeValue(`hf_${'a1B2'.repeat(9)}`, 'maxReplicas'), '(redacted)');
  assert.equal(describeValue('four', 'maxReplicas'), '"four"');
  assert.equal(describeValue(3), '3');
  assert.equal(describeValue({ a: 1 }), 'a mapping');
  assert.equal(describeValue('x'.repeat(500)), `"${'x'.repeat(60)}…"`);
  assert.equal(describeValue('a\nb\u001b[31m'), '"a\\nb\\u001b[31m"');
});

test('no control character and no workflow command survives, inline or across lines', () => {
  const key = 'x\n::error title=PWNED::owned';
  const inline = safeInline(`unknown key "${key}"`);
  assert.ok(!inline.includes('\n'));
  assert.equal(inline, 'unknown key "x\\n::error title=PWNED::owned"');
  assert.equal(safeInline('::warning::hi'), '\\::warning::hi');
  assert.equal(safeInline('a\u001b[2Jb\u2028c'), 'a\\x1b[2Jb\\u2028c');
  const lines = safeLines('first\n  ::add-mask::x\nthird\r\u0007');
  assert.deepEqual(lines.split('\n'), ['first', '\\  ::add-mask::x', 'third\\r\\x07']);
  for (const line of lines.split('\n')) assert.ok(!/^\s*::/.test(line));
});

test('the values a document keeps under credential names are found, and redacted wherever they reappear', () => {
  const doc = {
    env: [
      { name: 'DB_PASSWORD', value: 'hunter2-prod-pw' },
      { name: 'MAX_NUM_BATCHED_TOKENS', value: '16384' },
    ],
    runtime_env: { env_vars: { OPENAI_API_KEY: 'sk-local-dev-key', TOKENIZER_MODE: 'auto' } },
    short: { HF_TOKEN: 'abc' },
  };
  assert.deepEqual(secretValuesIn(doc).sort(), ['hunter2-prod-pw', 'sk-local-dev-key']);
  const frame = '        value: "hunter2-prod-pw"  # and hf_' + 'Ab1'.repeat(12);
  assert.equal(redactValues(frame, secretValuesIn(doc)), '        value: "***"  # and ***');
});

test('placeholders are not credentials; plain credentials are found by name or shape, by path only', () => {
  for (const v of ['', 'YOUR_HF_TOKEN', '<token>', '${HF_TOKEN}', '$(HF_TOKEN)', 'changeme', 'xxxx', '***'])
    assert.ok(isPlaceholderValue(v), v);
  for (const v of ['hunter2-prod-pw', 'abc123', 'token']) assert.ok(!isPlaceholderValue(v), v);
  const doc = {
    env: [
      { name: 'DB_PASSWORD', value: 'hunter2-prod-pw' },
      { name: 'HF_TOKEN', value: 'YOUR_HF_TOKEN' },
      { name: 'MODE', value: 'x' },
    ],
    note: `hf_${'Ab1'.repeat(12)}`,
    apiKey: '<key>',
  };
  assert.deepEqual(plaintextCredentialPaths(doc, ['root']), [
    ['root', 'env', 0, 'value'],
    ['root', 'note'],
  ]);
});
