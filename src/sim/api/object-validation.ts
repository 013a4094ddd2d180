// What kube-apiserver checks of an object a client writes (create, update, patch, apply) before storing it: that the
// body decodes as the kind's Go type would (a JSON object, ObjectMeta's fields of the right JSON types, nesting the
// sim can walk), else 400 BadRequest; that its namespace agrees with the URL's, else 400 (apiserver
// pkg/registry/rest/meta.go EnsureObjectNamespaceMatchesRequestNamespace); and that its metadata passes
// apimachinery's ValidateObjectMeta / ValidateObjectMetaUpdate with the kind's name rule, else 422 Invalid
// (apimachinery pkg/api/validation/objectmeta.go, pkg/apis/meta/v1/validation/validation.go ValidateLabels).
import { ApiError, badRequest } from './status.ts';
import { forbidden, invalidObject, invalidValue, required, tooLong, type FieldError } from './field-errors.ts';
import { isDns1123Label, isLabelValue, isPathSegmentName, isQualifiedName, nameRuleFor } from './name-rules.ts';
import { KIND_SHAPES, shapeError as goShapeError } from './go-shapes.ts';
import { customResourceErrors } from './custom-resource-validation.ts';
import { specErrors } from './spec-validation.ts';
import type { ResourceType } from './resources.ts';
import type { Json } from './json.ts';

/**
 * How deep an object may nest. Go's decoder stops at 10000; the sim's own walks of an object (structuredClone,
 * patches, field ownership) run out of stack near 2000, and real objects nest under 30 (a pod template inside a
 * RayService is about 12). Deeper is refused at the door, so no stored object can break a later list or watch.
 */
export const MAX_OBJECT_DEPTH = 100;

/** apimachinery's TotalAnnotationSizeLimitB: keys and values together. */
export const MAX_ANNOTATIONS_BYTES = 256 * 1024;

/** The JSON type a Go decoding error names ("cannot unmarshal number into …"). */
function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  return typeof value === 'object' ? 'object' : typeof value;
}

/** A JSON object: YAML can also make typed arrays, maps and sets, which are no object a client could have sent as JSON. */
const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value));

/**
 * What keeps `value` from being an object JSON could carry within the sim's depth: nesting past `limit`, or a value
 * that is no JSON type (a YAML !!binary or !!set). Walked with an explicit stack (a recursive walk is what deep
 * input would overflow), each value once: bounded by the size of the (already size-bounded) body.
 */
export function jsonProblem(value: unknown, limit = MAX_OBJECT_DEPTH): 'depth' | 'type' | undefined {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [next, depth] = stack.pop()!;
    if (next === null || typeof next === 'string' || typeof next === 'boolean') continue;
    if (typeof next === 'number') {
      if (!Number.isFinite(next)) return 'type';
      continue;
    }
    if (typeof next !== 'object') return 'type';
    if (
      !Array.isArray(next) &&
      Object.getPrototypeOf(next) !== Object.prototype &&
      Object.getPrototypeOf(next) !== null
    )
      return 'type';
    if (depth > limit) return 'depth';
    // An undefined value is a key JSON leaves out, as the sim's own objects hold them (a status written before a
    // controller filled it); no client body can carry one, so it is no client's mistake.
    for (const child of Array.isArray(next) ? next : Object.values(next))
      if (
        typeof child === 'object' ||
        typeof child === 'number' ||
        typeof child === 'function' ||
        typeof child === 'bigint' ||
        typeof child === 'symbol'
      )
        stack.push([child, depth + 1]);
  }
  return undefined;
}

/** The first 30 bytes of a body, as apiserver's summarizeData shows them in decoding errors. */
function summary(raw: string): string {
  return raw.length > 30 ? `${raw.slice(0, 30)}...` : raw;
}

const KIND_PROBE =
  'struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';

/** A field of ObjectMeta and the Go type it decodes into. */
type Shape = 'string' | 'int64' | 'map[string]string' | '[]string' | '[]v1.OwnerReference' | '[]v1.ManagedFieldsEntry';

const META_FIELDS: Record<string, Shape> = {
  name: 'string',
  generateName: 'string',
  namespace: 'string',
  selfLink: 'string',
  uid: 'string',
  resourceVersion: 'string',
  creationTimestamp: 'string',
  deletionTimestamp: 'string',
  generation: 'int64',
  deletionGracePeriodSeconds: 'int64',
  labels: 'map[string]string',
  annotations: 'map[string]string',
  finalizers: '[]string',
  ownerReferences: '[]v1.OwnerReference',
  managedFields: '[]v1.ManagedFieldsEntry',
};

const OWNER_FIELDS: Record<string, 'string' | 'bool'> = {
  apiVersion: 'string',
  kind: 'string',
  name: 'string',
  uid: 'string',
  controller: 'bool',
  blockOwnerDeletion: 'bool',
};

/** Why `value` cannot decode as `shape`, as `<json type>` and `<Go type>` for the message; undefined when it can. */
function shapeError(value: Json, shape: Shape, path: string): { json: string; struct: string; go: string } | undefined {
  const wrong = (json: unknown, struct: string, go: string) => ({ json: jsonType(json), struct, go });
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? undefined : wrong(value, `ObjectMeta.${path}`, 'string');
    case 'int64':
      if (Number.isInteger(value)) return undefined;
      // Go names the number when it does not fit: "cannot unmarshal number 1.5 into … of type int64".
      return typeof value === 'number'
        ? { json: `number ${value}`, struct: `ObjectMeta.${path}`, go: 'int64' }
        : wrong(value, `ObjectMeta.${path}`, 'int64');
    case 'map[string]string':
      if (!isObject(value)) return wrong(value, `ObjectMeta.${path}`, 'map[string]string');
      for (const item of Object.values(value))
        if (item !== null && typeof item !== 'string') return wrong(item, `ObjectMeta.${path}`, 'string');
      return undefined;
    case '[]string':
      if (!Array.isArray(value)) return wrong(value, `ObjectMeta.${path}`, '[]string');
      for (const item of value)
        if (item !== null && typeof item !== 'string') return wrong(item, `ObjectMeta.${path}`, 'string');
      return undefined;
    case '[]v1.OwnerReference':
      if (!Array.isArray(value)) return wrong(value, `ObjectMeta.${path}`, shape);
      for (const ref of value) {
        if (ref === null) continue;
        if (!isObject(ref)) return wrong(ref, `ObjectMeta.${path}`, 'v1.OwnerReference');
        for (const [field, type] of Object.entries(OWNER_FIELDS)) {
          const item = ref[field];
          if (item !== undefined && item !== null && typeof item !== (type === 'bool' ? 'boolean' : 'string'))
            return wrong(item, `OwnerReference.${path}.${field}`, type);
        }
      }
      return undefined;
    case '[]v1.ManagedFieldsEntry':
      if (!Array.isArray(value)) return wrong(value, `ObjectMeta.${path}`, shape);
      for (const entry of value)
        if (entry !== null && !isObject(entry)) return wrong(entry, `ObjectMeta.${path}`, 'v1.ManagedFieldsEntry');
      return undefined;
  }
}

/**
 * The 400 a body that does not decode as an object of `type` gets, or undefined. Unless `keepNulls` (an apply's
 * configuration, where a null says "remove"), nulls in metadata decode as Go's zero values do: they are removed, and
 * null label and annotation values become "" (the object is normalised in place). `raw` is the body's text, for the
 * summary real servers append to "unrecognized" errors.
 */
export function decodeError(type: ResourceType, body: Json, raw = '', keepNulls = false): ApiError | undefined {
  const unrecognized = (why: string) =>
    badRequest(`the object provided is unrecognized (must be of type ${type.kind}): ${why} (${summary(raw)})`);
  if (body === null || body === undefined) return unrecognized(`Object 'Kind' is missing in '${raw.trim() || 'null'}'`);
  if (!isObject(body))
    return unrecognized(
      `couldn't get version/kind; json parse error: json: cannot unmarshal ${jsonType(body)} into Go value of type ${KIND_PROBE}`,
    );
  for (const field of ['apiVersion', 'kind']) {
    const value = body[field];
    if (value !== undefined && value !== null && typeof value !== 'string')
      return unrecognized(
        `couldn't get version/kind; json parse error: json: cannot unmarshal ${jsonType(value)} into Go struct field .${field} of type string`,
      );
  }
  const cannot = (why: string) =>
    badRequest(`${type.kind} in version "${type.version}" cannot be handled as a ${type.kind}: ${why}`);
  const problem = jsonProblem(body);
  if (problem === 'depth')
    return cannot(`the object nests deeper than ${MAX_OBJECT_DEPTH} levels, the most the sim accepts`);
  if (problem === 'type')
    return cannot('the object holds a value that is no JSON type (a YAML tag such as !!binary or !!set?)');
  // The fields of the kind's own Go type that the sim reads (its spec, mostly).
  const kindShape = type.group === '' ? KIND_SHAPES[type.kind] : undefined;
  const wrongKind = kindShape && goShapeError(body, kindShape, '', type.kind);
  if (wrongKind) return cannot(wrongKind);
  const metadata = body['metadata'];
  if (metadata === null && !keepNulls) delete body['metadata'];
  if (metadata === null || metadata === undefined) return undefined;
  if (!isObject(metadata))
    return cannot(
      `json: cannot unmarshal ${jsonType(metadata)} into Go struct field ${type.kind}.metadata of type v1.ObjectMeta`,
    );
  for (const [field, shape] of Object.entries(META_FIELDS)) {
    const value = metadata[field];
    if (value === undefined) continue;
    if (value === null) {
      if (!keepNulls) delete metadata[field];
      continue;
    }
    const wrong = shapeError(value, shape, `metadata.${field}`);
    if (wrong)
      return cannot(`json: cannot unmarshal ${wrong.json} into Go struct field ${wrong.struct} of type ${wrong.go}`);
    if (keepNulls) continue;
    if (shape === 'map[string]string') for (const key of Object.keys(value)) value[key] ??= '';
    if (shape === '[]string' || shape === '[]v1.OwnerReference' || shape === '[]v1.ManagedFieldsEntry')
      metadata[field] = (value as Json[]).filter((item) => item !== null);
  }
  return undefined;
}

/**
 * Puts the request's namespace on the object, or the 400 for a body naming another. Cluster-scoped kinds drop any
 * namespace in the body, as the API server does.
 */
export function reconcileNamespace(
  type: ResourceType,
  object: Json,
  requestNamespace: string | undefined,
): ApiError | undefined {
  const metadata = (object.metadata ??= {});
  if (!type.namespaced) {
    delete metadata.namespace;
    return undefined;
  }
  const own = metadata.namespace ?? '';
  if (own !== '' && own !== (requestNamespace ?? ''))
    return badRequest('the namespace of the provided object does not match the namespace sent on the request');
  metadata.namespace = requestNamespace ?? '';
  return undefined;
}

function labelErrors(labels: Record<string, string> | undefined): FieldError[] {
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(labels ?? {})) {
    for (const message of isQualifiedName(key)) errors.push(invalidValue('metadata.labels', key, message));
    for (const message of isLabelValue(value)) errors.push(invalidValue('metadata.labels', value, message));
  }
  return errors;
}

function annotationErrors(annotations: Record<string, string> | undefined): FieldError[] {
  const errors: FieldError[] = [];
  let size = 0;
  for (const [key, value] of Object.entries(annotations ?? {})) {
    // Annotation keys are qualified names in any case.
    for (const message of isQualifiedName(key.toLowerCase()))
      errors.push(invalidValue('metadata.annotations', key, message));
    size += Buffer.byteLength(key) + Buffer.byteLength(value);
  }
  if (size > MAX_ANNOTATIONS_BYTES) errors.push(tooLong('metadata.annotations', MAX_ANNOTATIONS_BYTES));
  return errors;
}

function ownerReferenceErrors(references: Json[] | undefined): FieldError[] {
  const errors: FieldError[] = [];
  const field = 'metadata.ownerReferences';
  let controller = '';
  for (const ref of references ?? []) {
    const apiVersion = String(ref.apiVersion ?? '');
    const parts = apiVersion.split('/');
    const version = parts.length > 2 ? '' : parts[parts.length - 1]!;
    if (!version) errors.push(invalidValue(`${field}.apiVersion`, apiVersion, 'version must not be empty'));
    if (!ref.kind) errors.push(invalidValue(`${field}.kind`, ref.kind ?? '', 'kind must not be empty'));
    if (!ref.name) errors.push(invalidValue(`${field}.name`, ref.name ?? '', 'name must not be empty'));
    if (!ref.uid) errors.push(invalidValue(`${field}.uid`, ref.uid ?? '', 'uid must not be empty'));
    if (apiVersion === 'v1' && ref.kind === 'Event')
      errors.push(invalidValue(field, ref, '/v1, Kind=Event is disallowed from being an owner'));
    if (ref.controller === true) {
      const name = `${ref.kind}/${ref.name}`;
      if (controller)
        errors.push(
          invalidValue(
            field,
            references,
            `Only one reference can have Controller set to true. Found "true" in references for ${controller} and ${name}`,
          ),
        );
      else controller = name;
    }
  }
  return errors;
}

function finalizerErrors(finalizers: string[] | undefined): FieldError[] {
  const errors: FieldError[] = [];
  for (const finalizer of finalizers ?? [])
    for (const message of isQualifiedName(finalizer))
      errors.push(invalidValue('metadata.finalizers', finalizer, message));
  if (finalizers?.includes('orphan') && finalizers.includes('foregroundDeletion'))
    errors.push(
      invalidValue('metadata.finalizers', finalizers, 'finalizer orphan and foregroundDeletion cannot be both set'),
    );
  return errors;
}

/**
 * core/v1 Events keep their legacy validation (k8s.io/kubernetes pkg/apis/core/validation/events.go): no
 * ValidateObjectMeta, so the storage key's own rules are all a name meets (apiserver's registry NamespaceKeyFunc).
 */
function eventNameError(name: string): ApiError | undefined {
  if (!name) return badRequest('Name parameter required.');
  const problems = isPathSegmentName(name);
  return problems.length
    ? badRequest(`Name parameter invalid: ${JSON.stringify(name)}: ${problems.join(';')}`)
    : undefined;
}

/**
 * ValidateObjectMeta for an object about to be created (its generateName already turned into a name), with the
 * kind's name rule: the 422 naming every problem, or undefined. A 400 for a core/v1 Event with an unusable name.
 */
export function createError(type: ResourceType, object: Json): ApiError | undefined {
  const metadata = object.metadata ?? {};
  const name: string = metadata.name ?? '';
  if (type.group === '' && type.kind === 'Event') return eventNameError(name);
  const rule = nameRuleFor(type, object);
  const errors: FieldError[] = [];
  if (metadata.generateName)
    for (const message of rule(metadata.generateName, true))
      errors.push(invalidValue('metadata.generateName', metadata.generateName, message));
  if (!name) errors.push(required('metadata.name', 'name or generateName is required'));
  else for (const message of rule(name, false)) errors.push(invalidValue('metadata.name', name, message));
  if (type.namespaced) {
    if (!metadata.namespace) errors.push(required('metadata.namespace', ''));
    else
      for (const message of isDns1123Label(metadata.namespace))
        errors.push(invalidValue('metadata.namespace', metadata.namespace, message));
  }
  if ((metadata.generation ?? 0) < 0)
    errors.push(invalidValue('metadata.generation', metadata.generation, 'must be greater than or equal to 0'));
  errors.push(
    ...labelErrors(metadata.labels),
    ...annotationErrors(metadata.annotations),
    ...ownerReferenceErrors(metadata.ownerReferences),
    ...finalizerErrors(metadata.finalizers),
  );
  errors.push(...specErrors(type, object), ...customResourceErrors(type, object));
  return errors.length ? invalidObject(type, name, errors) : undefined;
}

/** ValidateObjectMetaUpdate's checks of what a client may change: labels, annotations, owners, no new finalizers once deleting. */
export function updateError(type: ResourceType, object: Json, live: Json): ApiError | undefined {
  if (type.group === '' && type.kind === 'Event') return undefined;
  const metadata = object.metadata ?? {};
  const errors: FieldError[] = [
    ...labelErrors(metadata.labels),
    ...annotationErrors(metadata.annotations),
    ...ownerReferenceErrors(metadata.ownerReferences),
  ];
  // Only a delete sets deletionTimestamp; an update may keep it, never add it (apiserver's BeforeUpdate keeps a set one).
  if (!live?.metadata?.deletionTimestamp && metadata.deletionTimestamp)
    errors.push(invalidValue('metadata.deletionTimestamp', metadata.deletionTimestamp, 'field is immutable'));
  if (live?.metadata?.deletionTimestamp) {
    const added = (metadata.finalizers ?? []).filter((f: string) => !(live.metadata.finalizers ?? []).includes(f));
    if (added.length)
      errors.push(
        forbidden(
          'metadata.finalizers',
          `no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f: string) => JSON.stringify(f)).join(', ')}}`,
        ),
      );
  }
  errors.push(...specErrors(type, object), ...customResourceErrors(type, object));
  return errors.length ? invalidObject(type, String(metadata.name ?? live?.metadata?.name ?? ''), errors) : undefined;
}
