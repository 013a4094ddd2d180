// The sim options deploy's tests stand on: deny rules (SelfSubjectAccessReview and 403s) and the operator gone.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as k8s from '@kubernetes/client-node';
import { deployExample, eventually, simSession, type SimSession } from '../helpers/sim.ts';

describe('sim deny rules', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession({
      deny: [
        { verb: 'create', resource: 'namespaces' },
        { verb: 'create', group: '', resource: 'pods', subresource: 'portforward' },
      ],
    });
  });
  after(() => session.stop());

  test('a SelfSubjectAccessReview for a denied verb says not allowed; others are allowed', async () => {
    const auth = session.kc.makeApiClient(k8s.AuthorizationV1Api);
    const ask = async (resourceAttributes: k8s.V1ResourceAttributes) =>
      (await auth.createSelfSubjectAccessReview({ body: { spec: { resourceAttributes } } })).status?.allowed;
    assert.equal(await ask({ verb: 'create', resource: 'namespaces' }), false);
    assert.equal(await ask({ verb: 'create', resource: 'pods', subresource: 'portforward', namespace: 'x' }), false);
    assert.equal(await ask({ verb: 'delete', resource: 'namespaces' }), true);
    assert.equal(await ask({ verb: 'create', resource: 'pods', namespace: 'x' }), true);
  });

  test('the denied request itself is refused with 403, as RBAC does', async () => {
    const core = session.kc.makeApiClient(k8s.CoreV1Api);
    await assert.rejects(
      core.createNamespace({ body: { metadata: { name: 'denied' } } }),
      (error: k8s.ApiException<string>) => {
        assert.equal(error.code, 403);
        assert.match(
          (JSON.parse(error.body) as { message: string }).message,
          /cannot create resource "namespaces" in API group "" at the cluster scope/,
        );
        return true;
      },
    );
    assert.ok((await core.listNamespace()).items.length > 0, 'what is not denied still works');
  });
});

describe('sim with the KubeRay operator stopped', () => {
  let session: SimSession;
  before(async () => {
    session = await simSession({});
  });
  after(() => session.stop());

  test('a RayService keeps its finalizer and stays, deleted, once the operator is gone', async () => {
    const { name } = await deployExample(session, 'gone');
    const custom = session.kc.makeApiClient(k8s.CustomObjectsApi);
    const ref = { group: 'ray.io', version: 'v1', plural: 'rayservices', namespace: 'gone', name };
    await eventually('the finalizer', async () =>
      ((await custom.getNamespacedCustomObject(ref)) as k8s.KubernetesObject).metadata?.finalizers?.includes(
        'ray.io/rayservice-finalizer',
      ),
    );
    session.sim.world.kuberay.stop();
    await custom.deleteNamespacedCustomObject(ref);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const held = (await custom.getNamespacedCustomObject(ref)) as k8s.KubernetesObject;
    assert.ok(held.metadata?.deletionTimestamp, 'marked for deletion');
    assert.deepEqual(held.metadata?.finalizers, ['ray.io/rayservice-finalizer'], 'nobody releases it');
  });
});
