// fieldValidation=Strict for KubeRay's kinds: the fields the RayService/RayCluster schemas do not declare, as the
// API server names them ("spec.rayClusterConfig.enableInTreeAutoScaling"). Pod templates are left open.
import { Ajv, type ValidateFunction } from 'ajv';
import { rayClusterSpecSchema, rayServiceSchema } from '../../lint/index.ts';
import type { ResourceType } from './resources.ts';
import type { KObject } from './store.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>([
  ['RayService', ajv.compile(rayServiceSchema)],
  ['RayCluster', ajv.compile({ type: 'object', properties: { spec: rayClusterSpecSchema } })],
]);

export function unknownFields(type: ResourceType, object: KObject): string[] {
  const validate = type.group === 'ray.io' ? validators.get(type.kind) : undefined;
  if (!validate || validate(object)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword === 'additionalProperties')
    .map((e) => [...e.instancePath.split('/').filter(Boolean), (e.params as { additionalProperty: string }).additionalProperty].join('.'));
}
