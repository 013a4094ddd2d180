// GPU-seconds: integrated from each change, paused where the source was blind, a short outage filled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GpuSecondsIntegrator } from '../../src/observe/gpu-seconds.ts';

const held = (gpus: number) => new Map([['g', gpus]]);

test('piecewise constant GPUs integrate exactly', () => {
  const i = new GpuSecondsIntegrator();
  i.change(0, held(1));
  i.change(10_000, held(3));
  assert.equal(i.totalsAt(12_500).get('g'), 10 + 7.5);
  assert.equal(i.totalsAt(12_500).get('g'), 17.5, 'asking twice adds nothing');
});

test('a gap is not integrated; a short outage is', () => {
  const gap = new GpuSecondsIntegrator();
  gap.change(0, held(2));
  gap.pause(5_000);
  assert.equal(gap.paused, true);
  assert.equal(gap.totalsAt(20_000).get('g'), 10, 'nothing while paused');
  gap.resume(20_000);
  assert.equal(gap.totalsAt(21_000).get('g'), 12);

  const blip = new GpuSecondsIntegrator();
  blip.change(0, held(2));
  blip.pause(5_000);
  blip.fill(5_400);
  assert.equal(blip.paused, false);
  assert.equal(blip.totalsAt(6_000).get('g'), 12, 'the 400 ms outage integrated with what was held');
});
