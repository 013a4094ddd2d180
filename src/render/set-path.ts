// `--set PATH=VALUE`: dotted paths with [N] indexes, [key=value] selectors and ["quoted.keys"], resolved against
// the document so a selector becomes the index of the one item it names.
import { parseAllDocuments } from 'yaml';
import { formatYamlPath as describe } from '../manifest/index.ts';
import { dict, list } from '../ray/index.ts';
import { describeValue } from '../sanitize/index.ts';

export type PathSegment = string | number | { readonly key: string; readonly value: string };

export interface SetOperation {
  readonly raw: string;
  readonly segments: readonly PathSegment[];
  readonly value: string | number | boolean | null;
}

/** Parses one --set argument; returns a sentence saying what is wrong instead when it cannot. */
export function parseSet(raw: string): SetOperation | string {
  const equals = findAssignment(raw);
  if (equals < 0)
    return `--set "${raw}" has no "=": write PATH=VALUE, e.g. spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].maxReplicas=2.`;
  const segments = parsePath(raw.slice(0, equals));
  if (typeof segments === 'string') return `--set "${raw}": ${segments}`;
  const text = raw.slice(equals + 1);
  const value = parseScalar(text);
  if (value === undefined) return `--set "${raw}": the value is not a YAML scalar; quote it, e.g. '"${text}"'.`;
  if (typeof value === 'object' && value !== null)
    return `--set "${raw}": values are scalars (a number, true/false, a string); set list items or keys one by one.`;
  return { raw, segments, value };
}

/**
 * The value after "=" read as one YAML scalar: `PATH=` is the empty string (as Helm's --set has it), null only when
 * written as null (`null`, `~`); anything else YAML reads as nothing (`---`, `#x`) or as more than one value is refused.
 */
function parseScalar(text: string): SetOperation['value'] | object | undefined {
  if (text.trim() === '') return '';
  const docs = parseAllDocuments(text, { logLevel: 'error' });
  if (!Array.isArray(docs) || docs.length !== 1 || docs[0]!.errors.length) return undefined;
  const value: unknown = docs[0]!.toJS({ maxAliasCount: 0 });
  if (value === null || value === undefined) return /^\s*(null|Null|NULL|~)\s*$/.test(text) ? null : undefined;
  return value as SetOperation['value'] | object;
}

/** The "=" that ends the path: the first one outside [ ] brackets. */
function findAssignment(raw: string): number {
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '=' && depth === 0) return i;
  }
  return -1;
}

function parsePath(path: string): PathSegment[] | string {
  const segments: PathSegment[] = [];
  let i = 0;
  const word = /^[^.[\]=]+/;
  while (i < path.length) {
    if (path[i] === '.') {
      if (i === 0 || path[i + 1] === undefined) return 'the path has an empty segment.';
      i++;
      continue;
    }
    if (path[i] === '[') {
      const close = path.indexOf(']', i);
      if (close < 0) return `unclosed "[" at position ${i + 1}.`;
      const inner = path.slice(i + 1, close);
      i = close + 1;
      const quoted = /^"(.*)"$|^'(.*)'$/.exec(inner);
      if (quoted) segments.push(quoted[1] ?? quoted[2] ?? '');
      else if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else if (/^[^=]+=.+$/.test(inner)) {
        const at = inner.indexOf('=');
        segments.push({ key: inner.slice(0, at), value: inner.slice(at + 1) });
      } else return `"[${inner}]" is not an index, a [key=value] selector or a ["quoted key"].`;
      continue;
    }
    const match = word.exec(path.slice(i));
    if (!match) return `unexpected "${path[i]}" at position ${i + 1}.`;
    segments.push(match[0]);
    i += match[0].length;
  }
  return segments.length ? segments : 'the path is empty.';
}

/** Replaces selectors by the index they name in `root`; numbers and keys stay. */
export function resolveSelectors(
  segments: readonly PathSegment[],
  root: unknown,
  shown: string,
): (string | number)[] | string {
  const out: (string | number)[] = [];
  let node: unknown = root;
  for (const segment of segments) {
    if (typeof segment === 'object') {
      const items = list(node);
      if (!Array.isArray(node))
        return `${shown}: [${segment.key}=${segment.value}] selects from a list, but ${describe(out)} is not one.`;
      const matches = items.flatMap((item, index) =>
        String(dict(item)[segment.key]) === segment.value ? [index] : [],
      );
      if (matches.length !== 1) {
        // What the file holds is shown through the sanitiser: a selector on `value` must not print a token.
        const available = items
          .map((item) => dict(item)[segment.key])
          .filter((v) => v !== undefined)
          .map((v) => describeValue(v, segment.key));
        return `${shown}: ${matches.length === 0 ? 'no item' : `${matches.length} items`} of ${describe(out)} with ${segment.key}=${segment.value}${available.length ? ` (there is ${available.map((v) => `${segment.key}=${v}`).join(', ')})` : ''}.`;
      }
      out.push(matches[0]!);
      node = items[matches[0]!];
    } else {
      if (typeof segment === 'number' && !Array.isArray(node))
        return `${shown}: [${segment}] indexes a list, but ${describe(out)} is not one.`;
      if (typeof segment === 'number' && segment >= list(node).length)
        return `${shown}: ${describe(out)} has ${list(node).length} item(s); there is no [${segment}].`;
      out.push(segment);
      node = (node as Record<string | number, unknown> | undefined)?.[segment];
    }
  }
  return out;
}
