// Chunked lists (limit and continue), as the API server pages through etcd: items in key order, a continue token
// that names the last key served, remainingItemCount when more follow. kubectl get asks for 500 at a time.
import { badRequest } from './status.ts';
import type { KObject } from './store.ts';

export interface Page {
  readonly items: KObject[];
  readonly continue?: string;
  readonly remainingItemCount?: number;
}

const keyOf = (object: KObject) => `${object.metadata.namespace ?? ''}/${object.metadata.name}`;
/** etcd orders keys by bytes, not by locale. */
const byKey = (a: KObject, b: KObject) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0);

function decode(token: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { v?: string; start?: unknown };
    if (parsed.v === 'meta.k8s.io/v1' && typeof parsed.start === 'string') return parsed.start;
  } catch {
    // reported below
  }
  throw badRequest('continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)');
}

export function paginate(items: readonly KObject[], params: URLSearchParams, resourceVersion: string): Page {
  const limit = Number(params.get('limit') ?? 0);
  const token = params.get('continue');
  if (!token && !(limit > 0)) return { items: [...items] };
  let rest = [...items].sort(byKey);
  if (token) {
    const after = decode(token);
    rest = rest.filter((object) => keyOf(object) > after);
  }
  if (!(limit > 0) || rest.length <= limit) return { items: rest };
  const page = rest.slice(0, Math.floor(limit));
  const next = Buffer.from(JSON.stringify({ v: 'meta.k8s.io/v1', rv: Number(resourceVersion), start: keyOf(page[page.length - 1]!) })).toString('base64url');
  return { items: page, continue: next, remainingItemCount: rest.length - page.length };
}
