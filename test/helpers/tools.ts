// What scripts/test-setup.ts provisioned (kubectl, Prometheus, KubeRay's CRDs and samples, actionlint, shellcheck,
// Chromium), for the tests that need it. A missing tool fails the test that asks for it at once, with the setup's own advice, instead of hanging later.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestTools } from '../../scripts/test-setup.ts';

const RECORD = resolve(import.meta.dirname, '..', '..', '.rayservice-ci', 'test-tools.json');

function provisioned(name: keyof TestTools): { path: string; version: string } {
  if (!existsSync(RECORD))
    throw new Error(
      `${name}: no ${RECORD}; run "npm test", whose first step (scripts/test-setup.ts) provisions the test tools`,
    );
  const result = (JSON.parse(readFileSync(RECORD, 'utf8')) as Partial<TestTools>)[name];
  // A record from an older setup does not know the newer tools.
  if (!result) throw new Error(`${name}: not in ${RECORD}; run "npm run test:setup" again`);
  if ('problem' in result) throw new Error(`${name} unavailable: ${result.problem}`);
  return result;
}

/** The path of a provisioned tool binary; throws the setup's advice when it could not be had. */
export function toolPath(name: Exclude<keyof TestTools, 'kuberay'>): string {
  return provisioned(name).path;
}

/** The path of a tool a test can do without (e.g. shellcheck for actionlint), or why it is missing. */
export function optionalToolPath(name: Exclude<keyof TestTools, 'kuberay'>): { path: string } | { problem: string } {
  try {
    return { path: provisioned(name).path };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** KubeRay's operator module as fetched from the Go module proxy: its CRDs and samples, and which tag they are. */
export function kubeRayFiles(): { version: string; crd(kind: 'rayservices' | 'rayclusters'): string; samples: string } {
  const { path, version } = provisioned('kuberay');
  return {
    version,
    crd: (kind) => join(path, 'config', 'crd', 'bases', `ray.io_${kind}.yaml`),
    samples: join(path, 'config', 'samples'),
  };
}
