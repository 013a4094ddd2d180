// Preflight against the sim with the real client-node: the cluster answers, RayService is served, and every
// permission is asked for; missing ones are listed with where to get them. docs/rbac.yaml grants exactly these.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import * as k8s from '@kubernetes/client-node';
import { parseAllDocuments } from 'yaml';
import { PERMISSIONS, permissionsFor } from '../../src/deploy/permissions.ts';
import { preflight } from '../../src/deploy/preflight.ts';
import { simSession, type SimSession } from '../helpers/sim.ts';

const bounds = { timeoutMs: 10_000 };

describe('preflight', () => {
  let allowed: SimSession;
  let denied: SimSession;
  before(async () => {
    allowed = await simSession();
    denied = await simSession({
      deny: [
        { verb: 'delete', resource: 'namespaces' },
        { verb: 'create', group: 'ray.io', resource: 'rayservices' },
        { verb: 'get', resource: 'pods', subresource: 'portforward' },
      ],
    });
  });
  after(async () => {
    await allowed?.stop();
    await denied?.stop();
  });

  test('passes on a cluster with KubeRay and every permission', async () => {
    const result = await preflight(allowed.kc, {
      stage: 'deploy',
      namespace: 'ns',
      server: allowed.sim.url,
      bounds,
      uses: { secrets: true, quota: true },
    });
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
    assert.match(result.kubernetesVersion ?? '', /^v1\./);
  });

  test('lists each missing permission, what it is for, and the ClusterRole that grants it', async () => {
    const result = await preflight(denied.kc, { stage: 'deploy', namespace: 'ns', server: denied.sim.url, bounds });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.missing.map((p) => `${p.verb} ${p.resource}${p.subresource ? `/${p.subresource}` : ''}`).sort(),
      ['create rayservices', 'delete namespaces', 'get pods/portforward'],
    );
    const text = result.problems.join('\n');
    assert.match(text, /lacks 3 permissions deploy needs \(namespaced ones asked for namespace ns\)/);
    assert.match(text, /- delete namespaces \(cluster-wide\): delete the run's namespace/);
    assert.match(text, /- create rayservices\.ray\.io: create the RayService/);
    assert.match(text, /docs\/rbac\.yaml/);
  });

  test('a cluster that does not answer is said plainly', async () => {
    const closed = await closedPort();
    const kc = new k8s.KubeConfig();
    kc.loadFromString(allowed.sim.kubeconfig.replace(allowed.sim.url, `http://127.0.0.1:${closed}`));
    const result = await preflight(kc, {
      stage: 'deploy',
      namespace: 'ns',
      server: `http://127.0.0.1:${closed}`,
      bounds,
    });
    assert.equal(result.ok, false);
    assert.equal(
      result.problems[0],
      `The Kubernetes API at http://127.0.0.1:${closed} does not answer (cannot reach the API server (ECONNREFUSED)); check the kubeconfig's server and that the cluster is up.`,
    );
  });
});

test('docs/rbac.yaml grants exactly the permissions rayservice-ci asks for', () => {
  const [role] = parseAllDocuments(readFileSync('docs/rbac.yaml', 'utf8')).map((d) => d.toJS());
  const granted = (role.rules as { apiGroups: string[]; resources: string[]; verbs: string[] }[]).flatMap((r) =>
    r.apiGroups.flatMap((g) => r.resources.flatMap((res) => r.verbs.map((v) => `${v} ${g}/${res}`))),
  );
  const asked = PERMISSIONS.map((p) => `${p.verb} ${p.group}/${p.resource}${p.subresource ? `/${p.subresource}` : ''}`);
  assert.deepEqual([...new Set(granted)].sort(), [...new Set(asked)].sort());
  assert.ok(
    permissionsFor('deploy').some((p) => p.verb === 'delete' && p.resource === 'namespaces'),
    'deploy checks what its teardown needs',
  );
  assert.ok(!permissionsFor('deploy').some((p) => p.resource === 'secrets'), 'Secrets only when the run creates some');
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
