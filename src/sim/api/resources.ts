// The resource types the sim serves: core/v1 objects our stages and kubectl use, CRDs, KubeRay's ray.io/v1 kinds
// (the operator counts as installed) and SelfSubjectAccessReview.

export interface ResourceType {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly plural: string;
  readonly singular: string;
  readonly namespaced: boolean;
  readonly shortNames?: readonly string[];
  readonly categories?: readonly string[];
  readonly verbs: readonly string[];
  readonly statusSubresource: boolean;
  /** Whether a spec change bumps metadata.generation (CRs and workloads do; pods, services do not expose it). */
  readonly generation: boolean;
  readonly subresources?: readonly string[];
}

const CRUD = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'] as const;

function core(kind: string, plural: string, extra: Partial<ResourceType> = {}): ResourceType {
  return {
    group: '',
    version: 'v1',
    kind,
    plural,
    singular: kind.toLowerCase(),
    namespaced: true,
    verbs: CRUD,
    statusSubresource: false,
    generation: false,
    ...extra,
  };
}

export const RESOURCE_TYPES: readonly ResourceType[] = [
  core('Namespace', 'namespaces', {
    namespaced: false,
    shortNames: ['ns'],
    statusSubresource: true,
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  }),
  core('Node', 'nodes', { namespaced: false, shortNames: ['no'], statusSubresource: true }),
  core('Pod', 'pods', {
    shortNames: ['po'],
    categories: ['all'],
    statusSubresource: true,
    subresources: ['status', 'portforward', 'log'],
  }),
  core('Service', 'services', {
    shortNames: ['svc'],
    categories: ['all'],
    statusSubresource: true,
    subresources: ['status', 'proxy'],
  }),
  core('Endpoints', 'endpoints', { shortNames: ['ep'] }),
  core('Event', 'events', { shortNames: ['ev'] }),
  core('Secret', 'secrets'),
  core('ConfigMap', 'configmaps', { shortNames: ['cm'] }),
  core('ServiceAccount', 'serviceaccounts', { shortNames: ['sa'] }),
  core('ResourceQuota', 'resourcequotas', { shortNames: ['quota'], statusSubresource: true }),
  {
    group: 'apiextensions.k8s.io',
    version: 'v1',
    kind: 'CustomResourceDefinition',
    plural: 'customresourcedefinitions',
    singular: 'customresourcedefinition',
    namespaced: false,
    shortNames: ['crd', 'crds'],
    verbs: CRUD,
    statusSubresource: true,
    generation: true,
  },
  {
    group: 'ray.io',
    version: 'v1',
    kind: 'RayService',
    plural: 'rayservices',
    singular: 'rayservice',
    namespaced: true,
    categories: ['all'],
    verbs: CRUD,
    statusSubresource: true,
    generation: true,
  },
  {
    group: 'ray.io',
    version: 'v1',
    kind: 'RayCluster',
    plural: 'rayclusters',
    singular: 'raycluster',
    namespaced: true,
    categories: ['all'],
    verbs: CRUD,
    statusSubresource: true,
    generation: true,
  },
  {
    group: 'authorization.k8s.io',
    version: 'v1',
    kind: 'SelfSubjectAccessReview',
    plural: 'selfsubjectaccessreviews',
    singular: 'selfsubjectaccessreview',
    namespaced: false,
    verbs: ['create'],
    statusSubresource: false,
    generation: false,
  },
  {
    group: 'discovery.k8s.io',
    version: 'v1',
    kind: 'EndpointSlice',
    plural: 'endpointslices',
    singular: 'endpointslice',
    namespaced: true,
    verbs: CRUD,
    statusSubresource: false,
    generation: false,
  },
  {
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    kind: 'Role',
    plural: 'roles',
    singular: 'role',
    namespaced: true,
    verbs: CRUD,
    statusSubresource: false,
    generation: false,
  },
  {
    group: 'rbac.authorization.k8s.io',
    version: 'v1',
    kind: 'RoleBinding',
    plural: 'rolebindings',
    singular: 'rolebinding',
    namespaced: true,
    verbs: CRUD,
    statusSubresource: false,
    generation: false,
  },
];

export function apiVersionOf(type: ResourceType): string {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

export function typeByPath(group: string, version: string, plural: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.group === group && t.version === version && t.plural === plural);
}

export function typeByKind(apiVersion: string, kind: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => apiVersionOf(t) === apiVersion && t.kind === kind);
}

export function groupsOf(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const type of RESOURCE_TYPES) {
    if (!type.group) continue;
    const versions = groups.get(type.group) ?? [];
    if (!versions.includes(type.version)) versions.push(type.version);
    groups.set(type.group, versions);
  }
  return groups;
}
