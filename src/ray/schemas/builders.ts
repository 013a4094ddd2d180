// Tiny JSON-schema builders so the schemas below read like the field tables they come from.
// `x-expect` is our own keyword: the phrase a finding uses when a value has the wrong shape.

export type Schema = Record<string, unknown>;

export function closed(properties: Record<string, Schema>, required: string[] = []): Schema {
  return { type: 'object', properties, required, additionalProperties: false };
}

export function open(properties: Record<string, Schema> = {}, required: string[] = []): Schema {
  return { type: 'object', properties, required };
}

/** Null or the schema; if/then/else rather than anyOf, so a wrong value gets the schema's own precise errors. */
export function nullable(schema: Schema): Schema {
  return { if: { type: 'null' }, then: true, else: schema, 'x-expect': `${expectOf(schema)} or null` };
}

export const str: Schema = { type: 'string', 'x-expect': 'a string' };
export const bool: Schema = { type: 'boolean', 'x-expect': 'true or false' };
export const num: Schema = { type: 'number', 'x-expect': 'a number' };
export const int: Schema = { type: 'integer', 'x-expect': 'an integer' };
export const anyValue: Schema = {};
export const stringMap: Schema = { type: 'object', additionalProperties: str, 'x-expect': 'a map of strings' };
export const list = (items: Schema): Schema => ({ type: 'array', items, 'x-expect': 'a list' });
export const oneOfStrings = (...values: string[]): Schema => ({
  type: 'string',
  enum: values,
  'x-expect': `one of ${values.map((v) => `"${v}"`).join(', ')}`,
});
/** Kubernetes int-or-string (resource quantities). */
export const quantity: Schema = {
  anyOf: [{ type: 'integer' }, { type: 'number' }, { type: 'string' }],
  'x-expect': 'a quantity such as 1, "500m" or "20Gi"',
};

/**
 * `x-kuberay-since` is our own keyword too: the KubeRay release whose CRD first has the field. The field list is
 * checked against a real CRD by a test, which needs to know which fields an older CRD cannot have yet.
 */
export function since(kuberay: string, schema: Schema): Schema {
  return { ...schema, 'x-kuberay-since': kuberay };
}

export function expectOf(schema: Schema): string {
  const expect = schema['x-expect'];
  if (typeof expect === 'string') return expect;
  const type = schema['type'];
  return typeof type === 'string' ? `a value of type ${type}` : 'a valid value';
}
