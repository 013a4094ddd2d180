// KubeRay's custom resources checked against their schema as apiextensions-apiserver checks a CR against its CRD's
// openAPIV3Schema: a value of the wrong JSON type is a 422 cause `<path>: Invalid value: "<type>": <path> in body
// must be of type <type>: "<type>"` (apiextensions-apiserver pkg/apiserver/validation/validation.go,
// kubeOpenAPIResultToFieldErrors: InvalidTypeCode is field.TypeInvalid). The types come from src/ray's schemas for
// the fields rayservice-ci models, and from core/v1's PodSpec for the pod templates the CRDs embed; together they
// keep the KubeRay controllers from meeting a value they cannot read.
import type { ErrorObject } from 'ajv';
import { validateRayCluster, validateRayService, type SchemaValidator } from '../../ray/index.ts';
import { invalidValue, typeInvalid, type FieldError } from './field-errors.ts';
import { POD_TEMPLATE, type GoShape } from './go-shapes.ts';
import type { ResourceType } from './resources.ts';
import type { Json } from './json.ts';

const VALIDATORS: Record<string, SchemaValidator> = { RayService: validateRayService, RayCluster: validateRayCluster };

/** The pattern controller-gen gives resource.Quantity fields in a CRD. */
const QUANTITY_PATTERN =
  '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';
const quantityRe = new RegExp(QUANTITY_PATTERN);

const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON value's type as OpenAPI names it. */
function openapiType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'boolean' ? 'boolean' : typeof value;
}

function wrongType(path: string, value: unknown, expected: string): FieldError {
  const actual = openapiType(value);
  return typeInvalid(path, actual, `${path} in body must be of type ${expected}: ${JSON.stringify(actual)}`);
}

/** A JSON pointer from ajv (/spec/workerGroupSpecs/0/replicas) as a field path (spec.workerGroupSpecs[0].replicas). */
function fieldPath(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** The type errors of `value` against a core/v1 shape, as the CRD's embedded schema reports them. */
function shapeErrors(value: unknown, shape: GoShape, path: string, errors: FieldError[]): void {
  if (value === null || value === undefined) return;
  switch (shape.kind) {
    case 'scalar': {
      const expected = shape.go === 'string' ? 'string' : shape.go === 'bool' ? 'boolean' : 'integer';
      if (openapiType(value) !== expected) errors.push(wrongType(path, value, expected));
      return;
    }
    case 'quantity':
    case 'intOrString':
      if (
        typeof value !== 'string' &&
        openapiType(value) !== 'integer' &&
        !(shape.kind === 'quantity' && typeof value === 'number')
      )
        errors.push(wrongType(path, value, 'integer,string'));
      else if (shape.kind === 'quantity' && typeof value === 'string' && !quantityRe.test(value))
        errors.push(invalidValue(path, value, `${path} in body should match '${QUANTITY_PATTERN}'`));
      return;
    case 'list':
      if (!Array.isArray(value)) return void errors.push(wrongType(path, value, 'array'));
      value.forEach((item, i) => shapeErrors(item, shape.item, `${path}[${i}]`, errors));
      return;
    case 'map':
      if (!isObject(value)) return void errors.push(wrongType(path, value, 'object'));
      for (const [key, item] of Object.entries(value)) shapeErrors(item, shape.value, `${path}.${key}`, errors);
      return;
    case 'struct':
      if (!isObject(value)) return void errors.push(wrongType(path, value, 'object'));
      for (const [field, fieldShape] of Object.entries(shape.fields))
        shapeErrors(value[field], fieldShape, `${path}.${field}`, errors);
  }
}

/** The schema's type errors in a RayService or RayCluster (none for other kinds). */
export function customResourceErrors(type: ResourceType, object: Json): FieldError[] {
  const validate = type.group === 'ray.io' ? VALIDATORS[type.kind] : undefined;
  if (!validate) return [];
  const errors: FieldError[] = [];
  if (!validate(object)) {
    // Only types: which fields are required or closed is the CRD's business, and strict field validation's.
    for (const error of (validate.errors ?? []) as ErrorObject[])
      if (error.keyword === 'type')
        errors.push(
          wrongType(fieldPath(error.instancePath), error.data, String((error.params as { type: unknown }).type)),
        );
  }
  const cluster = type.kind === 'RayService' ? object?.spec?.rayClusterConfig : object?.spec;
  const base = type.kind === 'RayService' ? 'spec.rayClusterConfig' : 'spec';
  if (isObject(cluster)) {
    if (isObject(cluster['headGroupSpec']))
      shapeErrors(cluster['headGroupSpec']['template'], POD_TEMPLATE, `${base}.headGroupSpec.template`, errors);
    const workers = cluster['workerGroupSpecs'];
    if (Array.isArray(workers))
      workers.forEach(
        (group, i) =>
          isObject(group) &&
          shapeErrors(group['template'], POD_TEMPLATE, `${base}.workerGroupSpecs[${i}].template`, errors),
      );
  }
  return errors;
}
