// Every Kubernetes permission deploy, teardown and the janitor use, as data: preflight asks the API server about each
// (SelfSubjectAccessReview) before anything is created, and docs/rbac.yaml grants exactly these (a test holds them
// together). Teardown's are checked by deploy too: a run that could create but not delete would leak GPUs.

export interface Permission {
  readonly verb: string;
  /** API group; '' is core. */
  readonly group: string;
  readonly resource: string;
  readonly subresource?: string;
  /** Namespaced permissions are asked for in the run's namespace; namespaces themselves are cluster-scoped. */
  readonly scope: 'cluster' | 'namespace';
  readonly usedBy: readonly ('deploy' | 'teardown' | 'janitor')[];
  /** Asked for only when the run does this: creates Secrets, or caps GPUs with a ResourceQuota. */
  readonly onlyFor?: 'secrets' | 'quota';
  /** What it is for, said when it is missing. */
  readonly why: string;
}

const p = (
  verb: string,
  group: string,
  resource: string,
  scope: Permission['scope'],
  usedBy: Permission['usedBy'],
  why: string,
  extra: Pick<Permission, 'subresource' | 'onlyFor'> = {},
): Permission => ({ verb, group, resource, scope, usedBy, why, ...extra });

export const PERMISSIONS: readonly Permission[] = [
  p('create', '', 'namespaces', 'cluster', ['deploy'], "create the run's namespace"),
  p(
    'get',
    '',
    'namespaces',
    'cluster',
    ['deploy', 'teardown'],
    'check a namespace is ours before using or deleting it',
  ),
  p('delete', '', 'namespaces', 'cluster', ['teardown', 'janitor'], "delete the run's namespace"),
  p('list', '', 'namespaces', 'cluster', ['janitor'], 'find expired namespaces of ours'),
  // Server-side apply creates what does not exist yet: the API server checks create as well as patch.
  p('create', '', 'secrets', 'namespace', ['deploy'], 'create the Secrets the manifest refers to', {
    onlyFor: 'secrets',
  }),
  p('patch', '', 'secrets', 'namespace', ['deploy'], 'apply the Secrets (server-side apply)', { onlyFor: 'secrets' }),
  p('create', '', 'resourcequotas', 'namespace', ['deploy'], "cap the run's GPUs (--max-gpus)", { onlyFor: 'quota' }),
  p('patch', '', 'resourcequotas', 'namespace', ['deploy'], 'apply the GPU quota (server-side apply)', {
    onlyFor: 'quota',
  }),
  p('create', 'ray.io', 'rayservices', 'namespace', ['deploy'], 'create the RayService'),
  p(
    'patch',
    'ray.io',
    'rayservices',
    'namespace',
    ['deploy', 'teardown'],
    'apply the RayService; remove a finalizer the operator can no longer remove',
  ),
  p('get', 'ray.io', 'rayservices', 'namespace', ['deploy', 'teardown'], 'read the RayService status while waiting'),
  p('list', 'ray.io', 'rayservices', 'namespace', ['teardown'], 'find the RayServices to delete'),
  p('delete', 'ray.io', 'rayservices', 'namespace', ['teardown'], 'delete the RayService before its namespace'),
  p(
    'list',
    'ray.io',
    'rayclusters',
    'namespace',
    ['deploy', 'teardown'],
    'read the KubeRay version and what still runs',
  ),
  p(
    'patch',
    'ray.io',
    'rayclusters',
    'namespace',
    ['teardown'],
    'remove a finalizer the operator can no longer remove',
  ),
  p('list', '', 'pods', 'namespace', ['deploy'], 'report pods pending and running, and why'),
  p('get', '', 'pods', 'namespace', ['deploy'], 'port-forward to the head pod'),
  // client-node forwards over WebSocket, an HTTP GET (RBAC verb get); Kubernetes 1.35's
  // AuthorizePodWebsocketUpgradeCreatePermission also asks for create, which SPDY clients always needed.
  p('get', '', 'pods', 'namespace', ['deploy'], 'port-forward to the head pod (WebSocket)', {
    subresource: 'portforward',
  }),
  p('create', '', 'pods', 'namespace', ['deploy'], 'port-forward to the head pod', { subresource: 'portforward' }),
  p('list', '', 'events', 'namespace', ['deploy'], 'explain a service that does not come up'),
];

export type Stage = Permission['usedBy'][number];

/** What a stage needs this run; deploy also needs what its own teardown will. */
export function permissionsFor(
  stage: Stage,
  uses: { readonly secrets?: boolean; readonly quota?: boolean } = {},
): Permission[] {
  const stages: Stage[] =
    stage === 'deploy' ? ['deploy', 'teardown'] : stage === 'janitor' ? ['janitor', 'teardown'] : [stage];
  return PERMISSIONS.filter(
    (perm) => perm.usedBy.some((s) => stages.includes(s)) && (perm.onlyFor === undefined || uses[perm.onlyFor]),
  );
}

export function describePermission(perm: Permission): string {
  const resource = `${perm.resource}${perm.subresource ? `/${perm.subresource}` : ''}${perm.group ? `.${perm.group}` : ''}`;
  return `${perm.verb} ${resource}${perm.scope === 'cluster' ? ' (cluster-wide)' : ''}: ${perm.why}`;
}

/** Where the ClusterRole that grants PERMISSIONS is documented, for messages. */
export const RBAC_DOC = 'docs/rbac.yaml';
