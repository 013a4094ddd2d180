// Go's duration grammar, as KubeRay applies it to ray.io/initializing-timeout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatGoDuration, parseGoDuration, parseGoDurationOrSeconds } from '../../src/time/go-duration.ts';

test('Go durations: unit sequences and fractions parse; days, bare numbers and spaces do not', () => {
  assert.equal(parseGoDuration('1h30m'), 5_400_000);
  assert.equal(parseGoDuration('1.5h'), 5_400_000);
  assert.equal(parseGoDuration('300ms'), 300);
  assert.equal(parseGoDuration('-2m'), -120_000);
  assert.equal(parseGoDuration('0'), 0);
  for (const bad of ['1d', '20', '', '1h 30m', 'm', '5x']) assert.equal(parseGoDuration(bad), undefined, bad);
});

test('KubeRay falls back to whole seconds', () => {
  assert.equal(parseGoDurationOrSeconds('1200'), 1_200_000);
  assert.equal(parseGoDurationOrSeconds('20m'), 1_200_000);
  assert.equal(parseGoDurationOrSeconds('1.5'), undefined);
});

test('time.Duration.String() forms', () => {
  assert.equal(formatGoDuration(120_000), '2m0s');
  assert.equal(formatGoDuration(86_400_000), '24h0m0s');
  assert.equal(formatGoDuration(125_512), '2m5.512s');
  assert.equal(formatGoDuration(750), '750ms');
  assert.equal(formatGoDuration(0), '0s');
});
