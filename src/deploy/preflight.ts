// Before anything is created: the API server answers, KubeRay's RayService is served in ray.io/v1, and the identity
// may do everything the run (and its teardown) will do, each asked with a SelfSubjectAccessReview. The result is a
// value: what was found and, when something is missing, what to do about it.
import * as k8s from '@kubernetes/client-node';
import { attempt, callOptions, servesKind, type CallBounds } from '../kube/index.ts';
import { describePermission, permissionsFor, RBAC_DOC, type Permission, type Stage } from './permissions.ts';

export interface PreflightRequest {
  readonly stage: Stage;
  /** Where namespaced permissions are asked for (it need not exist yet). */
  readonly namespace?: string | undefined;
  readonly uses?: { readonly secrets?: boolean; readonly quota?: boolean };
  readonly server: string;
  readonly bounds: CallBounds;
}

export interface Preflight {
  readonly ok: boolean;
  /** The API server's version (gitVersion), when it answered. */
  readonly kubernetesVersion?: string;
  readonly missing: readonly Permission[];
  /** One line each: what is wrong and what to do. */
  readonly problems: readonly string[];
}

export async function preflight(kc: k8s.KubeConfig, request: PreflightRequest): Promise<Preflight> {
  const options = callOptions(request.bounds);
  const failed = (problem: string, rest: Partial<Preflight> = {}): Preflight => ({
    ok: false,
    missing: [],
    problems: [problem],
    ...rest,
  });

  const version = await attempt(() => kc.makeApiClient(k8s.VersionApi).getCode(undefined, options), {
    signal: request.bounds.signal,
  });
  if (!version.ok) {
    return failed(
      `The Kubernetes API at ${request.server} does not answer (${version.failure.message}); check the kubeconfig's server and that the cluster is up.`,
    );
  }
  const kubernetesVersion = version.value.gitVersion;

  const served = await attempt(() => servesKind(kc, 'ray.io/v1', 'RayService'), { signal: request.bounds.signal });
  if (!served.ok && served.failure.code !== 404) {
    return failed(`Cannot ask the API server which kinds it serves (${served.failure.message}).`, {
      kubernetesVersion,
    });
  }
  if (!served.ok || !served.value) {
    const groups = await attempt(() => kc.makeApiClient(k8s.ApisApi).getAPIVersions(undefined, options), {
      signal: request.bounds.signal,
    });
    const ray = groups.ok ? groups.value.groups.find((g) => g.name === 'ray.io') : undefined;
    const versions = ray?.versions.map((v) => v.version) ?? [];
    return failed(
      ray
        ? `KubeRay's API is served only as ray.io/${versions.join(', ray.io/')}, without RayService in ray.io/v1; rayservice-ci needs KubeRay 1.1 or later (upgrade the operator and its CRDs).`
        : 'The cluster does not serve ray.io (no KubeRay CRDs); install the KubeRay operator 1.1 or later (https://docs.ray.io/en/latest/cluster/kubernetes/getting-started/kuberay-operator-installation.html).',
      { kubernetesVersion },
    );
  }

  const wanted = permissionsFor(request.stage, request.uses);
  const auth = kc.makeApiClient(k8s.AuthorizationV1Api);
  const reviews = await Promise.all(
    wanted.map(async (perm) => {
      const resourceAttributes: k8s.V1ResourceAttributes = {
        verb: perm.verb,
        group: perm.group,
        resource: perm.resource,
        ...(perm.subresource ? { subresource: perm.subresource } : {}),
        ...(perm.scope === 'namespace' && request.namespace ? { namespace: request.namespace } : {}),
      };
      const review = await attempt(
        () => auth.createSelfSubjectAccessReview({ body: { spec: { resourceAttributes } } }, options),
        { signal: request.bounds.signal },
      );
      return { perm, review };
    }),
  );
  const unanswered = reviews.find((r) => !r.review.ok);
  if (unanswered && !unanswered.review.ok) {
    return failed(`Cannot check permissions with a SelfSubjectAccessReview (${unanswered.review.failure.message}).`, {
      kubernetesVersion,
    });
  }
  const missing = reviews.filter((r) => r.review.ok && r.review.value.status?.allowed !== true).map((r) => r.perm);
  if (missing.length) {
    const where = request.namespace ? ` (namespaced ones asked for namespace ${request.namespace})` : '';
    return {
      ok: false,
      kubernetesVersion,
      missing,
      problems: [
        `The kubeconfig's identity lacks ${missing.length} permission${missing.length === 1 ? '' : 's'} ${request.stage} needs${where}:`,
        ...missing.map((perm) => `  - ${describePermission(perm)}`),
        `Grant them with the ClusterRole in ${RBAC_DOC} (kubectl apply -f ${RBAC_DOC}, bound to this identity); nothing was created.`,
      ],
    };
  }
  return { ok: true, ...(kubernetesVersion ? { kubernetesVersion } : {}), missing: [], problems: [] };
}
