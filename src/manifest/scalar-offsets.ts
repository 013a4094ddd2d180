// Maps each character of a YAML scalar's decoded value back to the source offset it came from, so that a
// position inside an embedded document (serveConfigV2 is YAML inside a YAML string) lands on the outer file.
import type { Scalar } from 'yaml';

/** What the alignment reads of a scalar node: the yaml package's Scalar, or the fast path's BlockScalar. */
export interface OffsetScalar {
  readonly value: unknown;
  readonly range?: readonly number[] | null;
  readonly type?: Scalar['type'];
  readonly source?: string;
}

export interface ScalarOffsetMap {
  /** Source offset of decoded index i (i may equal value.length: the end of the scalar). */
  toSource(index: number): number;
  /** False when the decoded value could not be aligned with the source; every index then maps to the start. */
  readonly exact: boolean;
}

const BLANK = new Set([' ', '\t', '\n', '\r']);

/** Aligns the decoded value with the scalar's source text; quoted scalars also decode escapes on the way. */
export function scalarOffsetMap(source: string, scalar: OffsetScalar): ScalarOffsetMap {
  const value = typeof scalar.value === 'string' ? scalar.value : (scalar.source ?? String(scalar.value));
  const [start = 0, end = 0] = scalar.range ?? [];
  const offsets = align(source, start, end, value, scalar.type);
  if (offsets === null) {
    return { exact: false, toSource: () => start };
  }
  return {
    exact: true,
    toSource: (index) => offsets[Math.max(0, Math.min(index, offsets.length - 1))]!,
  };
}

function align(source: string, start: number, end: number, value: string, type: Scalar['type']): number[] | null {
  let j = start;
  if (type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED') {
    // Skip the header line (`|`, `>-`, `|2` and any comment after it).
    const newline = source.indexOf('\n', start);
    j = newline === -1 ? end : newline + 1;
  } else if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
    j = start + 1;
  }
  // Only non-blank characters are aligned exactly: every YAML style may turn blanks into other blanks
  // (indentation, line folding, escaped spaces and tabs), but it never invents or drops a visible character.
  // A blank is placed where the walk stands, which is next to the characters around it.
  const offsets: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const want = value[i]!;
    if (BLANK.has(want)) {
      offsets.push(Math.min(j, end));
      continue;
    }
    let matched = false;
    while (j < end) {
      const ch = source[j]!;
      if (type === 'QUOTE_DOUBLE' && ch === '\\') {
        const escape = decodeEscape(source, j);
        if (escape.text === want) {
          offsets.push(j);
          j += escape.length;
          matched = true;
          break;
        }
        if (escape.text !== '' && !BLANK.has(escape.text)) return null;
        j += escape.length;
        continue;
      }
      if (type === 'QUOTE_SINGLE' && ch === "'" && source[j + 1] === "'" && want === "'") {
        offsets.push(j);
        j += 2;
        matched = true;
        break;
      }
      if (ch === want) {
        offsets.push(j);
        j++;
        matched = true;
        break;
      }
      if (!BLANK.has(ch)) return null;
      j++;
    }
    if (!matched) return null;
  }
  offsets.push(Math.min(j, end));
  return offsets;
}

function decodeEscape(source: string, at: number): { text: string; length: number } {
  const next = source[at + 1] ?? '';
  const hex = (digits: number) => {
    const code = Number.parseInt(source.slice(at + 2, at + 2 + digits), 16);
    return { text: Number.isNaN(code) ? '' : String.fromCodePoint(code), length: 2 + digits };
  };
  switch (next) {
    case 'x':
      return hex(2);
    case 'u':
      return hex(4);
    case 'U':
      return hex(8);
    case '\n':
      return { text: '', length: 2 };
    case '\r':
      return { text: '', length: source[at + 2] === '\n' ? 3 : 2 };
    default:
      return { text: SIMPLE_ESCAPES[next] ?? next, length: 2 };
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
