// Turns ajv's schema errors into findings a person can act on: unknown keys with a "did you mean",
// wrong types with what was expected and what was found, each at the key or value it is about.
import type { ErrorObject } from 'ajv';
import { formatYamlPath, type YamlPath } from '../manifest/index.ts';
import { describeValue } from '../sanitize/index.ts';
import { expectOf, type Schema, type SchemaValidator } from '../ray/index.ts';
import type { Report } from './types.ts';

export interface SchemaCheck {
  /** A verbose validator (errors carry parentSchema and data), as src/ray's are. */
  readonly validate: SchemaValidator;
  readonly value: unknown;
  readonly in: 'manifest' | 'serve';
  /** Where `value` sits in its document. */
  readonly base: YamlPath;
  /** Why an unknown key matters here, appended to its message. */
  readonly unknownKeyEffect: string;
}

export function schemaReports(check: SchemaCheck): Report[] {
  if (check.validate(check.value)) return [];
  return toReports(check.validate.errors ?? [], check);
}

export function toReports(errors: readonly ErrorObject[], check: Omit<SchemaCheck, 'validate'>): Report[] {
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.instancePath}|${e.schemaPath}`),
  );
  const reports: Report[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if (error.keyword === 'if') continue;
    // Branch errors of an anyOf say less than the anyOf's own "expected" phrase.
    const insideAnyOf = [...anyOfPaths].some((key) => {
      const [instance, schemaPath] = key.split('|');
      return (
        error.keyword !== 'anyOf' && error.instancePath === instance && error.schemaPath.startsWith(`${schemaPath}/`)
      );
    });
    if (insideAnyOf) continue;
    const path = [...check.base, ...instancePath(error.instancePath, check.value)];
    const report = describe(error, path, check);
    const key = `${report.message}@${formatYamlPath(path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reports.push(report);
  }
  return reports;
}

function instancePath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const segments: (string | number)[] = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const key = Array.isArray(node) ? Number(segment) : segment;
    segments.push(key);
    node = (node as Record<string | number, unknown> | undefined)?.[key];
  }
  return segments;
}

function label(path: YamlPath): string {
  const named = [...path].reverse().find((s) => typeof s === 'string');
  return named === undefined ? 'the document' : String(named);
}

function describe(error: ErrorObject, path: YamlPath, check: Omit<SchemaCheck, 'validate'>): Report {
  const where = check.in;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(
        ((error.parentSchema as Schema | undefined)?.['properties'] as Schema | undefined) ?? {},
      );
      const suggestion = closest(key, known);
      return {
        message: `Unknown key "${key}" in ${label(path)}${suggestion ? `; did you mean "${suggestion}"?` : '.'} ${check.unknownKeyEffect}`,
        at: { in: where, path: [...path, key], part: 'key' },
        hint: suggestion ? `Rename it to "${suggestion}".` : `Remove it. Known keys: ${known.join(', ')}.`,
      };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return {
        message: `${path.length ? `"${label(path)}"` : 'The document'} is missing the required key "${missing}".`,
        at: { in: where, path, part: 'key' },
        hint: `Add ${missing}.`,
      };
    }
    default: {
      const expected = expectOf((error.parentSchema as Schema | undefined) ?? {});
      return {
        message: `${formatYamlPath(path, 'The document')} must be ${expected}, but is ${shown(error.data, path)}.`,
        at: { in: where, path },
        hint: `Write ${expected}.`,
      };
    }
  }
}

/** The value a finding names, through the sanitiser: a credential under a field is never repeated. */
function shown(value: unknown, path: YamlPath): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const key = [...path].reverse().find((s) => typeof s === 'string');
  if (typeof value === 'string') return `the string ${describeValue(value, key)}`;
  return `${typeof value} ${describeValue(value, key)}`;
}

/** The known key nearest to a typo, if it is near enough to be the one meant. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 4));
  return bestDistance <= allowed ? best : undefined;
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
