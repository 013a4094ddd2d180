// Discovery documents: legacy (/api, /apis, /apis/g/v) and aggregated (apidiscovery.k8s.io/v2), so kubectl and
// client libraries find the resources they map kinds to.
import { apiVersionOf, groupsOf, RESOURCE_TYPES, type ResourceType } from './resources.ts';

export const AGGREGATED_CONTENT_TYPE = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

export function version() {
  return {
    major: '1',
    minor: '32',
    gitVersion: 'v1.32.0-rayservice-ci-sim',
    gitCommit: '',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: 'go1.23',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

function apiResource(type: ResourceType) {
  return {
    name: type.plural,
    singularName: type.singular,
    namespaced: type.namespaced,
    kind: type.kind,
    verbs: type.verbs,
    ...(type.shortNames ? { shortNames: type.shortNames } : {}),
    ...(type.categories ? { categories: type.categories } : {}),
  };
}

export function resourceList(group: string, version: string) {
  const types = RESOURCE_TYPES.filter((t) => t.group === group && t.version === version);
  const resources = types.flatMap((type) => [
    apiResource(type),
    ...(type.subresources ?? (type.statusSubresource ? ['status'] : [])).map((sub) => ({
      name: `${type.plural}/${sub}`,
      singularName: '',
      namespaced: type.namespaced,
      kind:
        sub === 'status'
          ? type.kind
          : sub === 'portforward'
            ? 'PodPortForwardOptions'
            : sub === 'proxy'
              ? 'ServiceProxyOptions'
              : 'Pod',
      verbs: sub === 'status' ? ['get', 'patch', 'update'] : sub === 'log' ? ['get'] : ['create', 'get'],
    })),
  ]);
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources,
  };
}

export function apiVersions(serverAddress: string) {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

export function apiGroup(group: string) {
  const versions = groupsOf().get(group) ?? [];
  const list = versions.map((v) => ({ groupVersion: `${group}/${v}`, version: v }));
  return { kind: 'APIGroup', apiVersion: 'v1', name: group, versions: list, preferredVersion: list[0] };
}

export function apiGroupList() {
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: [...groupsOf().keys()].map((g) => ({ ...apiGroup(g), kind: undefined, apiVersion: undefined })),
  };
}

function discoveryResource(type: ResourceType) {
  const subresources = (type.subresources ?? (type.statusSubresource ? ['status'] : [])).map((sub) => ({
    subresource: sub,
    ...(sub === 'status' ? { responseKind: { group: type.group, version: type.version, kind: type.kind } } : {}),
    verbs: sub === 'status' ? ['get', 'patch', 'update'] : ['create', 'get'],
  }));
  return {
    resource: type.plural,
    responseKind: { group: type.group, version: type.version, kind: type.kind },
    scope: type.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: type.singular,
    verbs: type.verbs,
    ...(type.shortNames ? { shortNames: type.shortNames } : {}),
    ...(type.categories ? { categories: type.categories } : {}),
    ...(subresources.length ? { subresources } : {}),
  };
}

/** `core: true` for /api (the legacy group), else every named group for /apis. */
export function aggregated(core: boolean) {
  const groups = core ? [''] : [...groupsOf().keys()];
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: 'apidiscovery.k8s.io/v2',
    metadata: {},
    items: groups.map((group) => ({
      metadata: { name: group, creationTimestamp: null },
      versions: [...new Set(RESOURCE_TYPES.filter((t) => t.group === group).map((t) => t.version))].map((version) => ({
        version,
        resources: RESOURCE_TYPES.filter((t) => t.group === group && t.version === version).map(discoveryResource),
        freshness: 'Current',
      })),
    })),
  };
}

export { apiVersionOf };
