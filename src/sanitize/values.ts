// How a value from a user's file may appear in a message: never a credential, never unbounded, never raw bytes.
import { looksLikeRealToken } from './credentials.ts';
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
  if (typeof value === 'string') shown = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null) shown = String(value);
  else shown = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value;
  return safeInline(shown);
}
