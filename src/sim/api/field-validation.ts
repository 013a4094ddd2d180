// fieldValidation=Strict for KubeRay's kinds: the fields the RayService/RayCluster schemas do not declare, as the
// API server names them ("spec.rayClusterConfig.enableInTreeAutoScaling"). Pod templates are left open.
import { validateRayCluster, validateRayService, type SchemaValidator } from '../../ray/index.ts';
import type { ResourceType } from './resources.ts';
import type { KObject } from './store.ts';

const validators = new Map<string, SchemaValidator>([
  ['RayService', validateRayService],
  ['RayCluster', validateRayCluster],
]);

export function unknownFields(type: ResourceType, object: KObject): string[] {
  const validate = type.group === 'ray.io' ? validators.get(type.kind) : undefined;
  if (!validate || validate(object)) return [];
  return (validate.errors ?? [])
    .filter((e) => e.keyword === 'additionalProperties')
    .map((e) =>
      [
        ...e.instancePath.split('/').filter(Boolean),
        (e.params as { additionalProperty: string }).additionalProperty,
      ].join('.'),
    );
}
