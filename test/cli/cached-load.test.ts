// The lint bundle's code cache (src/cli/cached-load.ts): written after a run, used by the next, and whatever state it
// is in (missing, corrupt, another user's, unwritable) never more than a start without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileFor, loadBundle } from '../../src/cli/cached-load.ts';
import { kubeRayFiles } from '../helpers/tools.ts';
import { EXAMPLE_PATH } from '../helpers/variants.ts';

const dir = mkdtempSync(join(tmpdir(), 'rsci-cache-'));

interface Exports {
  greet(name: string): string;
}

/** A bundle as the build writes one: CommonJS inside Node's module wrapper, requiring built-ins only. */
function bundle(name: string): string {
  const file = join(dir, `${name}.cjs`);
  const body = "const { join } = require('node:path');\nexports.greet = (name) => join('hello', name);";
  writeFileSync(file, `(function (exports, require, module, __filename, __dirname) {\n${body}\n})`);
  return file;
}

test('the first run writes the cache (this user only), the next uses it; no directory means no cache', () => {
  const file = bundle('greet-AAAA');
  const cacheDir = mkdtempSync(join(dir, 'cache-'));
  const first = loadBundle<Exports>(file, cacheDir);
  assert.equal(first.exports.greet('you'), join('hello', 'you'));
  assert.equal(first.cache, 'missing');
  first.save(true);
  assert.equal(statSync(cacheFileFor(file, cacheDir)).mode & 0o777, 0o600);
  const second = loadBundle<Exports>(file, cacheDir);
  assert.equal(second.cache, 'used');
  assert.equal(second.exports.greet('again'), join('hello', 'again'));
  assert.deepEqual(readdirSync(cacheDir), [`rayservice-ci-greet-AAAA-${process.version}-${process.arch}.v8cache`]);

  const off = loadBundle<Exports>(file, undefined);
  assert.equal(off.cache, 'off');
  off.save(true);
  assert.equal(off.exports.greet('x'), join('hello', 'x'));
});

test('a cache taken after an incomplete run (lint --help) is used, and replaced after the first complete run', () => {
  const file = bundle('greet-DDDD');
  const cacheDir = mkdtempSync(join(dir, 'cache-'));
  loadBundle<Exports>(file, cacheDir).save(false);
  const partial = loadBundle<Exports>(file, cacheDir);
  assert.equal(partial.cache, 'partial');
  const written = readFileSync(cacheFileFor(file, cacheDir));
  partial.save(false);
  assert.ok(readFileSync(cacheFileFor(file, cacheDir)).equals(written), 'an incomplete run leaves it alone');
  partial.save(true);
  assert.equal(loadBundle<Exports>(file, cacheDir).cache, 'used');
});

test('a corrupt, truncated or group-writable cache is not used, and the run replaces it', () => {
  const file = bundle('greet-BBBB');
  const cacheDir = mkdtempSync(join(dir, 'cache-'));
  const cacheFile = cacheFileFor(file, cacheDir);
  loadBundle<Exports>(file, cacheDir).save(true);
  const good = readFileSync(cacheFile);
  const flipped = Buffer.from(good);
  flipped[flipped.length - 9]! ^= 0x40;
  const damaged: [string, Buffer, number][] = [
    ['one flipped bit', flipped, 0o600],
    ['truncated', good.subarray(0, good.length >> 1), 0o600],
    ['empty', Buffer.alloc(0), 0o600],
    ['not a cache', Buffer.from('#!/bin/sh\necho hello\n'), 0o600],
    ['group-writable', good, 0o660],
  ];
  for (const [what, bytes, mode] of damaged) {
    writeFileSync(cacheFile, bytes);
    chmodSync(cacheFile, mode);
    const loaded = loadBundle<Exports>(file, cacheDir);
    assert.equal(loaded.cache, 'rejected', what);
    assert.equal(loaded.exports.greet(what), join('hello', what));
    loaded.save(true);
    assert.equal(loadBundle<Exports>(file, cacheDir).cache, 'used', `${what}: rewritten`);
  }
});

test('an unwritable cache directory only means no cache', () => {
  const file = bundle('greet-CCCC');
  const notADirectory = join(dir, 'plain-file');
  writeFileSync(notADirectory, '');
  const loaded = loadBundle<Exports>(file, join(notADirectory, 'cache'));
  assert.equal(loaded.cache, 'missing');
  loaded.save(true);
  assert.equal(loaded.exports.greet('x'), join('hello', 'x'));
});

test('dist/cli.js lint: the same output with the cache cold, warm, corrupt and off; exit codes, usage errors, long output', () => {
  const cacheDir = mkdtempSync(join(dir, 'node-cache-'));
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['dist/cli.js', 'lint', ...args], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, NODE_COMPILE_CACHE: cacheDir, GITHUB_STEP_SUMMARY: '', ...env },
    });
  const caches = () =>
    readdirSync(cacheDir, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.v8cache'));
  // The header's 8th byte: taken after a complete run (C) or not (P).
  const completeness = () => readFileSync(join(cacheDir, caches()[0]!)).toString('latin1', 7, 8);
  assert.equal(run(['--help']).status, 0);
  assert.equal(completeness(), 'P');
  const cold = run([EXAMPLE_PATH]);
  assert.equal(cold.status, 0, cold.stderr);
  assert.match(cold.stdout, /0 errors, 1 warning/);
  assert.equal(caches().length, 1);
  assert.equal(completeness(), 'C');
  const warm = run([EXAMPLE_PATH]);
  assert.equal(warm.status, 0, warm.stderr);
  assert.equal(warm.stdout, cold.stdout);
  const cacheFile = join(cacheDir, caches()[0]!);
  writeFileSync(cacheFile, readFileSync(cacheFile).fill(0x5a, 4096, 8192));
  assert.equal(run([EXAMPLE_PATH]).stdout, cold.stdout);
  const off = run([EXAMPLE_PATH], { NODE_DISABLE_COMPILE_CACHE: '1' });
  assert.equal(off.stdout, cold.stdout);

  const usage = run([]);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /lint needs at least one file[\s\S]*Usage: rayservice-ci lint/);
  const missing = run(['missing.yaml']);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /^rayservice-ci lint: missing\.yaml: no such file or directory\.\n$/);
  const json = run([EXAMPLE_PATH, '--format', 'json']);
  assert.equal(JSON.parse(json.stdout).kind, 'LintReport');

  // --crd loads ajv from its own file beside the bundle.
  const typo = join(dir, 'typo.yaml');
  writeFileSync(typo, readFileSync(EXAMPLE_PATH, 'utf8').replace('imagePullPolicy', 'imagePullPolicyy'));
  const crd = run([typo, '--crd', kubeRayFiles().crd('rayservices'), '--format', 'json']);
  assert.deepEqual(
    JSON.parse(crd.stdout)
      .findings.map((f: { ruleId: string }) => f.ruleId)
      .sort(),
    ['crd-schema', 'plaintext-secret'],
  );

  // More output than a pipe holds (64 KiB on Linux): the CLI exits as soon as lint returns, with all of it written.
  const many = mkdtempSync(join(dir, 'many-'));
  for (let i = 0; i < 150; i++) writeFileSync(join(many, `r${i}.yaml`), readFileSync(EXAMPLE_PATH));
  const sarif = run([many, '--format', 'sarif']);
  assert.ok(sarif.stdout.length > 100_000);
  assert.equal(JSON.parse(sarif.stdout).runs[0].results.length, 150);
});
