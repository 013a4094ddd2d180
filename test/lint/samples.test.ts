// Every real KubeRay sample lints without errors: a rule that fires on them is wrong, not the sample. The samples
// and the CRD come from KubeRay's operator module (config/samples, config/crd/bases), fetched by the test setup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lintPaths, loadCrd } from '../../src/lint/index.ts';
import { kubeRayFiles } from '../helpers/tools.ts';

test('the RayService samples KubeRay ships lint with zero errors', async (t) => {
  const kuberay = kubeRayFiles();
  const { report, problems } = await lintPaths([`${kuberay.samples}/ray-service.*.yaml`], { cwd: process.cwd() });
  assert.deepEqual(problems, []);
  t.diagnostic(
    `KubeRay ${kuberay.version}: ${report.summary.rayServices} RayServices, ${report.findings.length} findings`,
  );
  assert.ok(report.summary.rayServices >= 10, `found ${report.summary.rayServices} RayServices`);
  assert.deepEqual(
    report.findings.filter((f) => f.severity === 'error'),
    [],
  );
});

test('inputs that do not exist or match nothing are problems, not findings', async () => {
  const { problems } = await lintPaths(['no/such/file.yaml', 'nothing/*.yaml'], { cwd: process.cwd() });
  assert.equal(problems.length, 2);
  assert.match(problems[0]!, /no such file/);
  assert.match(problems[1]!, /no YAML file matches/);
});

test('with --crd, the samples still lint without errors: CRD defaults fill required fields they omit', async () => {
  const kuberay = kubeRayFiles();
  const path = kuberay.crd('rayservices');
  const crd = await loadCrd(path, readFileSync(path, 'utf8'));
  assert.ok(typeof crd !== 'string');
  const { report } = await lintPaths([`${kuberay.samples}/ray-service.*.yaml`], { cwd: process.cwd(), crd });
  assert.deepEqual(
    report.findings.filter((f) => f.severity === 'error'),
    [],
  );
});
