// Label and field selectors as the API server parses them (`a=b,c!=d,e in (f,g),!h`, `status.phase=Running`).
import { badRequest } from './status.ts';

type Requirement =
  | { op: 'eq' | 'neq'; key: string; values: string[] }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | 'notexists'; key: string; values: string[] };

export type Selector = (labels: Readonly<Record<string, string>>) => boolean;

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function parseLabelSelector(text: string | null | undefined): Selector {
  if (!text) return () => true;
  const requirements: Requirement[] = splitTopLevel(text).map((part) => {
    let m = /^([^\s!=]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(part);
    if (m)
      return {
        op: m[2] as 'in' | 'notin',
        key: m[1]!,
        values: m[3]!
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      };
    m = /^([^\s!=]+)\s*(==|=|!=)\s*(\S*)$/.exec(part);
    if (m) return { op: m[2] === '!=' ? 'neq' : 'eq', key: m[1]!, values: [m[3]!] };
    m = /^(!?)([^\s!=()]+)$/.exec(part);
    if (m) return { op: m[1] ? 'notexists' : 'exists', key: m[2]!, values: [] };
    throw badRequest(`unable to parse requirement: found '${part}'`);
  });
  return (labels) =>
    requirements.every((r) => {
      const value = labels[r.key];
      switch (r.op) {
        case 'eq':
          return value === r.values[0];
        case 'neq':
          return value !== r.values[0];
        case 'in':
          return value !== undefined && r.values.includes(value);
        case 'notin':
          return value === undefined || !r.values.includes(value);
        case 'exists':
          return value !== undefined;
        case 'notexists':
          return value === undefined;
      }
    });
}

/** Field selectors over dotted paths of the object (metadata.name, status.phase, spec.nodeName, involvedObject.name). */
export function parseFieldSelector(text: string | null | undefined): (object: unknown) => boolean {
  if (!text) return () => true;
  const requirements = splitTopLevel(text).map((part) => {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part);
    if (!m) throw badRequest(`invalid selector: '${part}'; can't understand '${part}'`);
    return { path: m[1]!.split('.'), negate: m[2] === '!=', value: m[3]! };
  });
  return (object) =>
    requirements.every((r) => {
      let node: unknown = object;
      for (const key of r.path) node = (node as Record<string, unknown> | undefined)?.[key];
      const actual = node === undefined || node === null ? '' : String(node);
      return r.negate ? actual !== r.value : actual === r.value;
    });
}
