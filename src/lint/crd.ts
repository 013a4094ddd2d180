// `lint --crd FILE`: validates a RayService against a CustomResourceDefinition's openAPIV3Schema the way the API
// server treats it: defaults applied first, and fields the schema does not declare pruned (structural schemas),
// which we report. ajv (~4 ms to load) is imported only when a CRD is given, so plain `lint` starts without it.
import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { dict, list, type Schema } from '../ray/index.ts';
import { toReports } from './schema-findings.ts';
import type { Report } from './types.ts';

export interface CrdValidator {
  readonly source: string;
  readonly kind: string;
  validate(resource: unknown): Report[] | undefined;
}

/** Marks every object schema that lists properties and does not preserve unknown fields as closed. */
function withPruning(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withPruning);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) out[key] = withPruning(value);
  if (
    out['type'] === 'object' &&
    out['properties'] !== undefined &&
    out['additionalProperties'] === undefined &&
    out['x-kubernetes-preserve-unknown-fields'] !== true
  ) {
    out['additionalProperties'] = false;
  }
  return out;
}

/** Reads a CRD file; returns an error sentence instead when it is not one. */
export async function loadCrd(source: string, text: string): Promise<CrdValidator | string> {
  let crd: Record<string, unknown>;
  try {
    crd = dict(parse(text, { maxAliasCount: 100 }));
  } catch (error) {
    return `${source} is not valid YAML: ${(error as Error).message.split('\n')[0]}`;
  }
  if (crd['kind'] !== 'CustomResourceDefinition')
    return `${source} is not a CustomResourceDefinition (kind: ${String(crd['kind'])}).`;
  const spec = dict(crd['spec']);
  const group = String(spec['group']);
  const kind = String(dict(spec['names'])['kind']);
  const versions = new Map<string, ValidateFunction>();
  const { Ajv } = await import('ajv');
  // The API server fills in schema defaults before it validates, so `required` fields with a default may be omitted.
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false, useDefaults: true });
  for (const version of list(spec['versions'])) {
    const v = dict(version);
    const schema = dict(dict(v['schema'])['openAPIV3Schema']);
    const pruned = withPruning(schema) as Schema;
    // metadata is validated by the API server's own rules, not the CRD's.
    const properties = dict(pruned['properties']);
    properties['metadata'] = { type: 'object' };
    versions.set(`${group}/${String(v['name'])}`, ajv.compile({ ...pruned, properties }));
  }
  return {
    source,
    kind,
    validate(resource) {
      const apiVersion = String(dict(resource)['apiVersion']);
      const validate = versions.get(apiVersion);
      if (!validate) return undefined;
      const defaulted = structuredClone(resource);
      if (validate(defaulted)) return [];
      return toReports(validate.errors ?? [], {
        value: defaulted,
        in: 'manifest',
        base: [],
        unknownKeyEffect: 'The API server prunes fields its CRD does not declare, without an error.',
      });
    },
  };
}
