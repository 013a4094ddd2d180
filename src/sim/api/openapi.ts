// OpenAPI v3 documents, as much as kubectl reads: the /openapi/v3 index and one document per group-version whose
// PATCH operations carry x-kubernetes-group-version-kind and a fieldValidation parameter. kubectl's
// query-param verifier (cli-runtime resource/query_param_verifier_v3.go) then validates on the server.
import { createHash } from 'node:crypto';
import { RESOURCE_TYPES, type ResourceType } from './resources.ts';

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

function groupVersions(): { group: string; version: string }[] {
  const seen = new Map<string, { group: string; version: string }>();
  for (const t of RESOURCE_TYPES) seen.set(gvPath(t.group, t.version), { group: t.group, version: t.version });
  return [...seen.values()];
}

const QUERY = (name: string) => ({ name, in: 'query', schema: { type: 'string', uniqueItems: true } });

function schemaName(type: ResourceType): string {
  const group = type.group === '' ? 'io.k8s.api.core' : type.group.split('.').reverse().join('.');
  return `${group}.${type.version}.${type.kind}`;
}

function operations(type: ResourceType) {
  const gvk = { group: type.group, version: type.version, kind: type.kind };
  const op = (action: string, extra: string[] = []) => ({
    operationId: `${action}${type.kind}`,
    parameters: [QUERY('pretty'), ...extra.map(QUERY)],
    responses: {
      '200': {
        description: 'OK',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(type)}` } } },
      },
    },
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': gvk,
  });
  const mutate = ['dryRun', 'fieldManager', 'fieldValidation'];
  const base = `/${gvPath(type.group, type.version)}${type.namespaced ? '/namespaces/{namespace}' : ''}/${type.plural}`;
  const paths: Record<string, unknown> = {
    [base]: {
      get: op('list', ['labelSelector', 'fieldSelector', 'watch', 'resourceVersion', 'timeoutSeconds']),
      post: op('post', mutate),
    },
  };
  if (type.kind !== 'SelfSubjectAccessReview') {
    paths[`${base}/{name}`] = {
      get: op('get'),
      put: op('put', mutate),
      patch: op('patch', [...mutate, 'force']),
      delete: op('delete', ['dryRun', 'gracePeriodSeconds', 'propagationPolicy']),
    };
    if (type.statusSubresource)
      paths[`${base}/{name}/status`] = {
        get: op('get'),
        put: op('put', mutate),
        patch: op('patch', [...mutate, 'force']),
      };
  }
  return paths;
}

export function openapiDocument(group: string, version: string): unknown | undefined {
  const types = RESOURCE_TYPES.filter((t) => t.group === group && t.version === version);
  if (!types.length) return undefined;
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes (rayservice-ci sim)', version: 'v1.32.0' },
    paths: Object.assign({}, ...types.map(operations)),
    components: {
      schemas: Object.fromEntries(
        types.map((t) => [
          schemaName(t),
          {
            type: 'object',
            description: `${t.kind} (schema not modelled by the sim; fields are preserved).`,
            'x-kubernetes-preserve-unknown-fields': true,
            'x-kubernetes-group-version-kind': [{ group: t.group, version: t.version, kind: t.kind }],
          },
        ]),
      ),
    },
  };
}

export function openapiIndex(): unknown {
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const { group, version } of groupVersions()) {
    const hash = createHash('sha256')
      .update(JSON.stringify(openapiDocument(group, version)))
      .digest('hex')
      .slice(0, 32)
      .toUpperCase();
    paths[gvPath(group, version)] = { serverRelativeURL: `/openapi/v3/${gvPath(group, version)}?hash=${hash}` };
  }
  return { paths };
}
