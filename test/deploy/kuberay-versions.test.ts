// deploy → teardown through the CLI against sims playing KubeRay 1.1, 1.2, 1.3 and 1.7: the readiness predicate
// holds on each release's status (serviceStatus without conditions before 1.3, the Ready condition after), the
// Deployment names the cluster each release created (`<name>-raycluster-xxxxx` before 1.4, `<name>-xxxxx` after)
// and the release where the cluster says it, and teardown removes it all with or without 1.7's finalizer.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import * as k8s from '@kubernetes/client-node';
import { readContract } from '../../src/contracts/index.ts';
import { deployCommand } from '../../src/cli/deploy-command.ts';
import { teardownCommand } from '../../src/cli/teardown-command.ts';
import { DEPLOYMENT } from '../../src/deploy/index.ts';
import type { KubeRayVersion } from '../../src/sim/index.ts';
import { simSession } from '../helpers/sim.ts';
import { recordingIo, renderExample, SECRET_VALUE } from './helpers.ts';

const TEST = { timeout: 90_000 };
const env = { HF_TOKEN: SECRET_VALUE };

interface Expected {
  /** The RayCluster name after the RayService's name. */
  readonly cluster: RegExp;
  /** What the Deployment says of the release: the RayCluster's ray.io/kuberay-version, which 1.1 does not write. */
  readonly kubeRayVersion: string;
  /** Said when the release cannot be told. */
  readonly note?: RegExp;
}

const EXPECTED: Partial<Record<KubeRayVersion, Expected>> = {
  '1.1': {
    cluster: /^-raycluster-[a-z0-9]{5}$/,
    kubeRayVersion: 'unknown',
    note: /no conditions, so it is 1\.2 or earlier/,
  },
  '1.2': { cluster: /^-raycluster-[a-z0-9]{5}$/, kubeRayVersion: '1.2.2' },
  '1.3': { cluster: /^-raycluster-[a-z0-9]{5}$/, kubeRayVersion: '1.3.0' },
  '1.7': { cluster: /^-[a-z0-9]{5}$/, kubeRayVersion: '1.7.0' },
};

describe('deploy and teardown on each KubeRay release (CLI, sim)', () => {
  for (const [version, expected] of Object.entries(EXPECTED) as [KubeRayVersion, Expected][]) {
    test(`KubeRay ${version}: deploy becomes ready and names the cluster; teardown removes it`, TEST, async (t) => {
      const session = await simSession({ kubeRayVersion: version, timeScale: 3 });
      try {
        const namespace = `rsci-kv-${version.replace('.', '-')}`;
        const pair = await renderExample(namespace);
        const out = join(pair.dir, 'deployment.json');
        const io = recordingIo(env);
        const code = await deployCommand(
          [pair.manifest, '--kubeconfig', session.kubeconfig, '--out', out, '--timeout', '2m'],
          io,
        );
        const printed = io.out.join('') + io.err.join('');
        t.diagnostic(printed);
        assert.equal(code, 0, printed);

        const deployment = await readContract(out, DEPLOYMENT);
        assert.ok(deployment.ok, deployment.ok ? '' : deployment.problem);
        const d = deployment.value;
        assert.equal(d.rayService, pair.name);
        assert.ok(d.rayCluster.startsWith(pair.name), d.rayCluster);
        assert.match(d.rayCluster.slice(pair.name.length), expected.cluster);
        assert.equal(d.kubeRayVersion, expected.kubeRayVersion);
        if (expected.note) assert.match(io.err.join(''), expected.note);

        // The cluster it names is the one KubeRay made, and the reach points at that cluster's head pod.
        const clusters = (await session.kc
          .makeApiClient(k8s.CustomObjectsApi)
          .listNamespacedCustomObject({ group: 'ray.io', version: 'v1', namespace, plural: 'rayclusters' })) as {
          items: k8s.KubernetesObject[];
        };
        assert.deepEqual(
          clusters.items.map((c) => c.metadata?.name),
          [d.rayCluster],
        );
        assert.ok(
          d.endpoint.kind === 'port-forward' && d.endpoint.pod.startsWith(`${d.rayCluster}-head-`),
          JSON.stringify(d.endpoint),
        );

        const down = recordingIo(env);
        assert.equal(
          await teardownCommand(['--deployment', out, '--kubeconfig', session.kubeconfig], down),
          0,
          down.err.join(''),
        );
        assert.match(down.err.join(''), new RegExp(`namespace ${namespace}: gone`));
      } finally {
        await session.stop();
      }
    });
  }
});
