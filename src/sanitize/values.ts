// How a value from a user's file may appear in a message: never a credential, never unbounded, never raw bytes.
import { looksLikeRealToken, redactTokens } from './credentials.ts';
import { isSecretName } from './secret-names.ts';
import { safeInline } from './text.ts';

const MAX_SHOWN = 60;

/**
 * The value as a message shows it: JSON-quoted when a string, cut at 60 characters, and `(redacted)` when the key
 * it sits under names a credential or the value is shaped like one.
 */
export function describeValue(value: unknown, key?: string | number): string {
  if (typeof key === 'string' && isSecretName(key)) return '(redacted)';
  if (typeof value === 'string' && looksLikeRealToken(value)) return '(redacted)';
  let shown: string;
  if (typeof value === 'string')
    shown = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) shown = String(value);
  else shown = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value;
  return safeInline(shown);
}

/**
 * Every string value a document holds under a credential's name — `KEY: value` where KEY names a credential, and
 * env-style entries `{name: KEY, value: …}` — so output can redact them wherever they reappear (a code frame shows
 * `value: …` on a line of its own). Values under 4 characters are left: redacting them would hide ordinary text.
 */
export function secretValuesIn(root: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [root];
  // Bounded by the document: each node is visited once.
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (typeof node === 'object' && node !== null) {
      const entry = node as Record<string, unknown>;
      if (typeof entry['name'] === 'string' && isSecretName(entry['name']) && typeof entry['value'] === 'string')
        found.add(entry['value']);
      for (const [key, value] of Object.entries(entry)) {
        if (typeof value === 'string' && isSecretName(key)) found.add(value);
        else stack.push(value);
      }
    }
  }
  return [...found].filter((value) => value.trim().length >= 4);
}

/** Replaces each of `values` (and anything shaped like a credential) in `text` with ***. */
export function redactValues(text: string, values: readonly string[]): string {
  let out = text;
  for (const value of values) out = out.replaceAll(value, '***');
  return redactTokens(out);
}

// What people write where a credential goes when they mean "fill this in": not a credential.
const PLACEHOLDER =
  /^(your[-_ ].*|<[^>]*>|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\([A-Za-z_][A-Za-z0-9_]*\)|change[-_ ]?me|replace[-_ ]?me|placeholder|dummy|example|todo|x{3,}|\*{3,}|\.{3,})$/i;

/** A value that only holds the place of a credential: empty, `YOUR_HF_TOKEN`, `<token>`, `${TOKEN}`, `changeme`, `xxxx`. */
export function isPlaceholderValue(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || PLACEHOLDER.test(trimmed);
}

/**
 * Where a document still holds a credential in plain text: a value under a credential's name (not a placeholder),
 * or a value shaped like a real token anywhere. Paths only: the values are never returned.
 */
export function plaintextCredentialPaths(
  root: unknown,
  base: readonly (string | number)[] = [],
): (string | number)[][] {
  const found: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'string') {
      if (looksLikeRealToken(node)) found.push(path);
      return;
    }
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, [...path, i]));
    if (typeof node !== 'object' || node === null) return;
    const entry = node as Record<string, unknown>;
    const envName = typeof entry['name'] === 'string' && isSecretName(entry['name']);
    for (const [key, value] of Object.entries(entry)) {
      const underName = (envName && key === 'value') || isSecretName(key);
      if (typeof value === 'string' && underName && !looksLikeRealToken(value) && !isPlaceholderValue(value))
        found.push([...path, key]);
      else walk(value, [...path, key]);
    }
  };
  walk(root, [...base]);
  return found;
}
