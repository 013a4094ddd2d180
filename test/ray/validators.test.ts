// The generated validators are ajv's standalone code for today's schemas: fresh, and judging as ajv.compile does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { GENERATED_DIR, generatedValidators } from '../../scripts/validators.ts';
import { COMPILE_OPTIONS } from '../../src/ray/schemas/compiled.ts';
import {
  dict,
  rayServiceSchema,
  serveConfigSchema,
  validateRayService,
  validateServeConfig,
} from '../../src/ray/index.ts';
import { EXAMPLE } from '../helpers/variants.ts';

test('src/ray/schemas/generated matches the schemas', () => {
  const expected = generatedValidators();
  assert.deepEqual(
    readdirSync(GENERATED_DIR).sort(),
    Object.keys(expected).sort(),
    'run npm run build and commit src/ray/schemas/generated',
  );
  for (const [name, text] of Object.entries(expected)) {
    assert.ok(
      readFileSync(join(GENERATED_DIR, name), 'utf8') === text,
      `${GENERATED_DIR}/${name} is stale: run npm run build and commit it`,
    );
  }
});

test('a generated validator reports what ajv.compile reports', () => {
  const ajv = new Ajv(COMPILE_OPTIONS);
  const manifest = parse(EXAMPLE);
  const serve = parse(String(dict(manifest['spec'])['serveConfigV2']));
  manifest.spec.rayClusterConfig.enableInTreeAutoScaling = true;
  manifest.spec.rayClusterConfig.workerGroupSpecs[0].maxReplicas = 'two';
  serve.applications[0].deployments = [{ name: 'x', autoscaling_config: { max_replica: 2, min_replicas: '1' } }];
  for (const [generated, schema, value] of [
    [validateRayService, rayServiceSchema, manifest],
    [validateServeConfig, serveConfigSchema, serve],
  ] as const) {
    const compiled = ajv.compile(schema);
    assert.equal(generated(value), compiled(value));
    assert.ok((generated.errors ?? []).length > 0);
    assert.deepEqual(JSON.parse(JSON.stringify(generated.errors)), JSON.parse(JSON.stringify(compiled.errors)));
  }
});
