// Chunked lists (limit and continue), as the API server pages through etcd: items in key order, a continue token
// that names the last key served, remainingItemCount when more follow. kubectl get asks for 500 at a time.
import { badRequest } from './status.ts';
import type { KObject } from './store.ts';

export interface Page<T extends Readonly<KObject> = KObject> {
  readonly items: T[];
  readonly continue?: string;
  readonly remainingItemCount?: number;
}

const keyOf = (object: Readonly<KObject>) => `${object.metadata.namespace ?? ''}/${object.metadata.name}`;

function decode(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { v?: string; start?: unknown };
    if (parsed.v === 'meta.k8s.io/v1' && typeof parsed.start === 'string') return parsed.start;
  } catch {
    // reported below
  }
  throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
}

/**
 * One page of `items`, which come in key order (etcd's: namespace/name by bytes, as the store's `scan` gives them).
 * Only references move: the caller copies the page it serves, never the whole list.
 */
export function paginate<T extends Readonly<KObject>>(
  items: readonly T[],
  params: URLSearchParams,
  resourceVersion: string,
): Page<T> {
  const limit = Math.floor(Number(params.get('limit') ?? 0));
  const token = params.get('continue');
  let start = 0;
  if (token) {
    const after = decode(token);
    start = items.findIndex((object) => keyOf(object) > after);
    if (start < 0) start = items.length;
  }
  if (!(limit > 0) || items.length - start <= limit) return { items: items.slice(start) };
  const page = items.slice(start, start + limit);
  const next = Buffer.from(
    JSON.stringify({ v: 'meta.k8s.io/v1', rv: Number(resourceVersion), start: keyOf(page[page.length - 1]!) }),
  ).toString('base64url');
  return { items: page, continue: next, remainingItemCount: items.length - start - page.length };
}
