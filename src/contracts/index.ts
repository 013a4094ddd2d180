// The versioned JSON files stages hand to each other. A stage declares its contract (kind and JSON schema) beside its
// types; every writer serialises through here and every reader checks apiVersion, kind and schema before use, so a
// stage never works on a file from an older or newer rayservice-ci, or a hand-edited one, without saying so.
import { readFile, writeFile } from 'node:fs/promises';
import type { ValidateFunction } from 'ajv';

export const API_VERSION = 'rayservice-ci.io/v1alpha1' as const;

export interface ContractValue {
  readonly apiVersion: typeof API_VERSION;
  readonly kind: string;
}

/** A hand-over file's kind and the JSON schema its readers check. */
export interface Contract<T extends ContractValue> {
  readonly kind: T['kind'];
  readonly schema: object;
}

export function defineContract<T extends ContractValue>(kind: T['kind'], schema: object): Contract<T> {
  return { kind, schema };
}

export type ContractResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** The file's text: the one JSON layout every stage writes (two-space indent, trailing newline). */
export function serializeContract<T extends ContractValue>(contract: Contract<T>, value: T): string {
  if (value.kind !== contract.kind || value.apiVersion !== API_VERSION) {
    throw new Error(
      `serializeContract: a ${value.apiVersion}/${value.kind} value passed as ${API_VERSION}/${contract.kind}`,
    );
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes a file a stage hands on; a path the user gave that cannot be written is a problem, not an exception. */
export async function writeText(path: string, text: string): Promise<string | undefined> {
  return writeFile(path, text).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => `Cannot write ${path}: ${error.code ?? error.message}.`,
  );
}

/** Writes a contract file (see writeText). */
export async function writeContract<T extends ContractValue>(
  path: string,
  contract: Contract<T>,
  value: T,
): Promise<string | undefined> {
  return writeText(path, serializeContract(contract, value));
}

// ajv is loaded on first read: commands that only write contracts (lint, render) start without it.
let validators: Promise<(schema: object) => ValidateFunction> | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

async function validatorFor(schema: object): Promise<ValidateFunction> {
  // ajv is CommonJS: its module.exports is the default export both from source and from an esbuild bundle, where
  // the named export of a dynamic import is missing.
  validators ??= import('ajv').then((mod) => {
    const { Ajv } = mod.default as unknown as typeof mod;
    const ajv = new Ajv({ allErrors: true, strict: false });
    return (s: object) => ajv.compile(s);
  });
  const compile = await validators;
  let validate = compiled.get(schema);
  if (!validate) {
    validate = compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export async function checkContract<T extends ContractValue>(
  source: string,
  contract: Contract<T>,
  value: unknown,
): Promise<ContractResult<T>> {
  const header =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as { apiVersion?: unknown; kind?: unknown })
      : {};
  if (header.kind !== contract.kind) {
    return {
      ok: false,
      problem: `${source} is not a ${contract.kind} (its kind is ${JSON.stringify(header.kind) ?? 'missing'}); pass the file the previous stage wrote.`,
    };
  }
  if (header.apiVersion !== API_VERSION) {
    return {
      ok: false,
      problem: `${source} has apiVersion ${JSON.stringify(header.apiVersion) ?? 'missing'}; this rayservice-ci reads ${API_VERSION}. Re-create it with this version.`,
    };
  }
  const validate = await validatorFor(contract.schema);
  if (!validate(value)) {
    const first = validate.errors?.[0];
    return {
      ok: false,
      problem: `${source} is not a valid ${contract.kind}: at ${first?.instancePath || '/'} ${first?.message ?? 'the schema does not match'}.`,
    };
  }
  return { ok: true, value: value as T };
}

export async function readContract<T extends ContractValue>(
  path: string,
  contract: Contract<T>,
): Promise<ContractResult<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      problem: `Cannot read ${path}: ${code === 'ENOENT' ? 'no such file' : (code ?? (error as Error).message)}.`,
    };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${path} is not JSON; pass the ${contract.kind} file the previous stage wrote.` };
  }
  return checkContract(path, contract, value);
}
export { sampleLabelsSchema, sampleSchema, type Sample } from './sample.ts';
