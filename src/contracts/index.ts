// The versioned JSON files stages hand to each other. Each carries apiVersion and kind, and is checked with ajv
// when read, so a stage never works on a file from an older or newer rayservice-ci without saying so.
import { readFile, writeFile } from 'node:fs/promises';
import { Ajv } from 'ajv';

export const API_VERSION = 'rayservice-ci.io/v1alpha1' as const;

const ajv = new Ajv({ allErrors: true, strict: false });

export type ContractResult<T> = { ok: true; value: T } | { ok: false; problem: string };

export function checkContract<T>(source: string, kind: string, schema: object, value: unknown): ContractResult<T> {
  const header = value as { apiVersion?: unknown; kind?: unknown } | null;
  if (header?.kind !== kind) return { ok: false, problem: `${source} is not a ${kind} (kind: ${String(header?.kind)}).` };
  if (header.apiVersion !== API_VERSION) {
    return { ok: false, problem: `${source} has apiVersion ${String(header.apiVersion)}; this rayservice-ci reads ${API_VERSION}. Re-create it with this version.` };
  }
  const validate = ajv.compile(schema);
  if (!validate(value)) {
    const first = validate.errors?.[0];
    return { ok: false, problem: `${source} is not a valid ${kind}: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim() };
  }
  return { ok: true, value: value as T };
}

export async function readContract<T>(path: string, kind: string, schema: object): Promise<ContractResult<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, problem: `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.` };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${path} is not JSON.` };
  }
  return checkContract<T>(path, kind, schema, value);
}

export async function writeContract(path: string, value: { apiVersion: string; kind: string }): Promise<void> {
  await writeFile(path, `${JSON.stringify(value, null, 2)}\n`);
}
