// The fast path for the YAML nearly every manifest is written in: block mappings and sequences of one-line scalars,
// literal and folded block scalars, comments, `{}`/`[]` and `---` between documents. It gives up on anything else
// (anchors, aliases, tags, flow collections, multi-line plain or quoted scalars, tabs, CR, directives, repeated keys,
// errors of any kind) and the caller then parses with the yaml package. Where it does not give up it produces what
// the yaml package (eemeli/yaml, src/compose/*) produces: the same values and the same node ranges, which the
// equivalence test (test/manifest/block-yaml.test.ts) checks on every fixture and on the fuzzer's manifests.
//
// Why it exists: lint runs in a fresh process on every save and pre-commit, where the yaml package's lexer, parser
// and composer ran cold (~9 ms of a ~40 ms lint of the example, profiled); this small parser cut lint's cold start
// by ~6 ms (scripts/bench.ts). The yaml package stays the reference and the path for everything else.

export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/** [start, value end, node end], as the yaml package's node.range: the end includes a trailing comment and newline. */
export type BlockRange = readonly [number, number, number];

export interface BlockScalar {
  readonly kind: 'scalar';
  readonly range: BlockRange;
  readonly value: string | number | boolean | null;
  readonly type: ScalarStyle;
}

export interface BlockPair {
  readonly key: BlockScalar;
  readonly value: BlockNode;
}

export interface BlockMap {
  readonly kind: 'map';
  readonly range: BlockRange;
  readonly pairs: readonly BlockPair[];
}

export interface BlockSeq {
  readonly kind: 'seq';
  readonly range: BlockRange;
  readonly items: readonly BlockNode[];
}

export type BlockNode = BlockScalar | BlockMap | BlockSeq;

export interface BlockDocument {
  /** Where the document starts: its `---` line, else the start of its content. */
  readonly start: number;
  readonly contents: BlockNode;
  /** The document as plain values, as the yaml package's toJS() gives them. */
  readonly value: unknown;
}

/** Thrown inside the parser when the text leaves the subset; never escapes parseBlockYaml. */
class GiveUp {}
const GIVE_UP = new GiveUp();

// Characters the subset never holds outside what it decodes: tabs and CR change how YAML reads indentation and line
// ends, the rest are the controls, line separators, BOM and surrogates whose handling the yaml package owns.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const OUTSIDE_SUBSET = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;

/** Nesting beyond this goes to the yaml package: recursion here stays shallow. */
const MAX_DEPTH = 200;

/** Longest implicit key: the yaml package reports keys over 1024 characters, so long ones are left to it. */
const MAX_KEY = 1000;

const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const DASH = 45;
const COLON = 58;

/** The documents of `text`, or undefined when any part of it is outside the subset. */
export function parseBlockYaml(text: string): BlockDocument[] | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    return new BlockParser(text).stream();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

interface Parsed {
  readonly node: BlockNode;
  readonly value: unknown;
  /** Where the next content line (neither blank nor comment) starts after its indentation, or the text's length. */
  readonly next: number;
}

class BlockParser {
  private readonly text: string;
  private readonly length: number;

  constructor(text: string) {
    this.text = text;
    this.length = text.length;
  }

  stream(): BlockDocument[] {
    const documents: BlockDocument[] = [];
    let p = this.nextContent(0, 0);
    while (p < this.length) {
      let start = p;
      if (this.isMarker(p, '---')) {
        start = p;
        p = this.nextContent(this.lineAfter(p + 3), 0);
      } else if (documents.length > 0) {
        throw GIVE_UP;
      }
      if (p >= this.length || this.isMarker(p, '---') || this.column(p) !== 0) throw GIVE_UP;
      const root = this.blockNode(p, 0, 0);
      documents.push({ start, contents: root.node, value: root.value });
      p = root.next;
      if (p < this.length && !this.isMarker(p, '---')) throw GIVE_UP;
    }
    if (documents.length === 0) throw GIVE_UP;
    return documents;
  }

  /** A block mapping or sequence whose first line's content starts at p (column `indent`). */
  private blockNode(p: number, indent: number, depth: number): Parsed {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    if (this.isSeqIndicator(p)) return this.sequence(p, indent, depth);
    return this.mapping(p, indent, depth);
  }

  private mapping(p: number, indent: number, depth: number): Parsed {
    const pairs: BlockPair[] = [];
    const value: Record<string, unknown> = {};
    const start = p;
    let end: number;
    for (;;) {
      const key = this.key(p);
      const name = key.node.value as string;
      // Repeated keys are a problem the full path reports; __proto__ needs its special handling in toJS.
      if (Object.hasOwn(value, name) || name === '__proto__') throw GIVE_UP;
      const item = this.value(key.after, indent, 'map', depth);
      pairs.push({ key: key.node, value: item.node });
      value[name] = item.value;
      end = item.node.range[2];
      p = item.next;
      if (p >= this.length || this.isMarker(p, '---') || this.isMarker(p, '...')) break;
      const column = this.column(p);
      if (column < indent) break;
      if (column > indent || this.isSeqIndicator(p)) throw GIVE_UP;
    }
    return { node: { kind: 'map', range: [start, end, end], pairs }, value, next: p };
  }

  private sequence(p: number, indent: number, depth: number): Parsed {
    const items: BlockNode[] = [];
    const value: unknown[] = [];
    const start = p;
    let end: number;
    for (;;) {
      const item = this.value(p + 1, indent, 'seq', depth);
      items.push(item.node);
      value.push(item.value);
      end = item.node.range[2];
      p = item.next;
      if (p >= this.length || this.isMarker(p, '---') || this.isMarker(p, '...')) break;
      const column = this.column(p);
      if (column < indent) break;
      if (column > indent) throw GIVE_UP;
      // A key at the same column: the sequence was a mapping's value written at the key's indentation.
      if (!this.isSeqIndicator(p)) break;
    }
    return { node: { kind: 'seq', range: [start, end, end], items }, value, next: p };
  }

  /**
   * What follows a mapping's `:` or a sequence's `-` at q: a scalar or `{}`/`[]` on the same line, a compact mapping
   * (`- key: value`, sequences only), a block node on the lines below, or nothing (null). `indent` is the column of
   * the collection the value belongs to.
   */
  private value(q: number, indent: number, context: 'map' | 'seq', depth: number): Parsed {
    const s = this.skipSpaces(q);
    const c = this.text.charCodeAt(s);
    if (s >= this.length || c === NEWLINE || c === HASH) {
      if (c === HASH && s === q) throw GIVE_UP;
      const after = this.lineAfter(s);
      const next = this.nextContent(after, -1);
      if (next < this.length && !this.isMarker(next, '---') && !this.isMarker(next, '...')) {
        const column = this.column(next);
        if (column > indent) {
          this.checkComments(after, next);
          return this.blockNode(next, column, depth + 1);
        }
        if (context === 'map' && column === indent && this.isSeqIndicator(next)) {
          this.checkComments(after, next);
          return this.sequence(next, column, depth + 1);
        }
      }
      // Nothing: a null at the end of the indicator's spaces; its node ends after a comment on that line.
      const nodeEnd = c === HASH ? after : s;
      return { node: scalar([s, s, nodeEnd], null, 'PLAIN'), value: null, next: this.nextContent(after, indent) };
    }
    const ch = this.text[s]!;
    if (ch === '|' || ch === '>') return this.blockScalar(s, indent);
    if (ch === '"' || ch === "'") {
      const quoted = this.quoted(s);
      const t = this.skipSpaces(quoted.end);
      if (this.text.charCodeAt(t) === COLON) {
        if (context === 'seq') return this.mapping(s, this.column(s), depth + 1);
        throw GIVE_UP;
      }
      const after = this.endOfLine(quoted.end);
      const node = scalar([s, quoted.end, after], quoted.value, ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE');
      return { node, value: quoted.value, next: this.nextContent(after, indent) };
    }
    if (ch === '{' || ch === '[') {
      if (this.text[s + 1] !== (ch === '{' ? '}' : ']')) throw GIVE_UP;
      const after = this.endOfLine(s + 2);
      const range = [s, s + 2, after] as const;
      const next = this.nextContent(after, indent);
      return ch === '{'
        ? { node: { kind: 'map', range, pairs: [] }, value: {}, next }
        : { node: { kind: 'seq', range, items: [] }, value: [], next };
    }
    if (!this.plainMayStart(s)) throw GIVE_UP;
    const plain = this.plainLine(s);
    if (plain.key) {
      if (context === 'seq') return this.mapping(s, this.column(s), depth + 1);
      throw GIVE_UP;
    }
    const after = this.lineAfter(plain.valueEnd);
    // A plain scalar continues on a more indented line (blank lines between fold into it): left to the yaml package.
    if (!plain.comment) {
      const following = this.skipBlankLines(after);
      if (following < this.length && this.column(following) > indent && this.text.charCodeAt(following) !== HASH)
        throw GIVE_UP;
    }
    const source = this.text.slice(s, plain.valueEnd);
    const value = resolvePlain(source);
    return {
      node: scalar([s, plain.valueEnd, after], value, 'PLAIN'),
      value,
      next: this.nextContent(after, indent),
    };
  }

  /** A key at p and its `:` (followed by a space or the line's end): plain or quoted, on one line, a string. */
  private key(p: number): { node: BlockScalar; after: number } {
    const ch = this.text[p];
    if (ch === '"' || ch === "'") {
      const quoted = this.quoted(p);
      if (quoted.end - p > MAX_KEY || !this.colonAt(quoted.end)) throw GIVE_UP;
      const node = scalar([p, quoted.end, quoted.end], quoted.value, ch === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE');
      return { node, after: quoted.end + 1 };
    }
    if (!this.plainMayStart(p)) throw GIVE_UP;
    const plain = this.plainLine(p);
    if (!plain.key || plain.valueEnd - p > MAX_KEY) throw GIVE_UP;
    // `key  :` with spaces before the colon, and keys that read as null, booleans or numbers, are left to the yaml
    // package: they need the key's own range and a string conversion.
    if (this.text.charCodeAt(plain.valueEnd - 1) === SPACE) throw GIVE_UP;
    const source = this.text.slice(p, plain.valueEnd);
    if (typeof resolvePlain(source) !== 'string') throw GIVE_UP;
    return { node: scalar([p, plain.valueEnd, plain.valueEnd], source, 'PLAIN'), after: plain.valueEnd + 1 };
  }

  /**
   * A plain scalar's text on the line from s: where it ends (before trailing spaces), whether a comment follows,
   * and whether it is a key (a `:` followed by a space or the line's end ends it).
   */
  private plainLine(s: number): { valueEnd: number; key: boolean; comment: boolean } {
    PLAIN_STOP.lastIndex = s;
    const stop = PLAIN_STOP.exec(this.text);
    const at = stop === null ? this.length : stop.index;
    if (stop !== null && stop[0] === ':') return { valueEnd: at, key: true, comment: false };
    let end = at;
    while (end > s && this.text.charCodeAt(end - 1) === SPACE) end--;
    return { valueEnd: end, key: false, comment: stop !== null && stop[0] === ' #' };
  }

  /** A quoted scalar starting at s that closes on its line; end is just past the closing quote. */
  private quoted(s: number): { value: string; end: number } {
    const text = this.text;
    const double = text[s] === '"';
    const stops = double ? DQ_STOP : SQ_STOP;
    let value = '';
    let run = s + 1;
    for (;;) {
      stops.lastIndex = run;
      const stop = stops.exec(text);
      if (stop === null || stop[0] === '\n') throw GIVE_UP;
      const i = stop.index;
      value += text.slice(run, i);
      if (stop[0] === "''") {
        value += "'";
        run = i + 2;
        continue;
      }
      if (stop[0] !== '\\') return { value, end: i + 1 };
      const escape = DQ_ESCAPES[text[i + 1] ?? ''];
      if (escape !== undefined) {
        value += escape;
        run = i + 2;
        continue;
      }
      const digits = HEX_DIGITS[text[i + 1] ?? ''];
      if (digits === undefined) throw GIVE_UP;
      const hex = text.slice(i + 2, i + 2 + digits);
      if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw GIVE_UP;
      const code = Number.parseInt(hex, 16);
      if (code > 0x10ffff) throw GIVE_UP;
      value += String.fromCodePoint(code);
      run = i + 2 + digits;
    }
  }

  /** A literal (`|`, `|-`) or folded (`>`, `>-`) scalar whose header is at s, for a collection at column `indent`. */
  private blockScalar(s: number, indent: number): Parsed {
    const text = this.text;
    const folded = text[s] === '>';
    let i = s + 1;
    const strip = text[i] === '-';
    if (strip) i++;
    const h = this.skipSpaces(i);
    if (h < this.length && text.charCodeAt(h) !== NEWLINE && !(text.charCodeAt(h) === HASH && h > i)) throw GIVE_UP;
    const first = this.lineAfter(h);
    if (first >= this.length) throw GIVE_UP;
    // The content's indentation is that of its first non-blank line; blank lines before it must not be longer.
    let contentIndent = -1;
    let longestLeading = 0;
    for (let line = first; line < this.length; line = this.lineAfter(line)) {
      const spaces = this.skipSpaces(line) - line;
      const c = text.charCodeAt(line + spaces);
      if (line + spaces >= this.length || c === NEWLINE) {
        longestLeading = Math.max(longestLeading, spaces);
        continue;
      }
      contentIndent = spaces;
      break;
    }
    if (contentIndent <= indent || longestLeading > contentIndent) throw GIVE_UP;
    const lines: string[] = [];
    let lastContentEnd = first;
    let line = first;
    for (; line < this.length; line = this.lineAfter(line)) {
      const spaces = this.skipSpaces(line) - line;
      const lineEnd = this.endOfLineAt(line);
      if (line + spaces === lineEnd) {
        // A blank line; one holding more spaces than the indentation is content the yaml package decides on.
        if (spaces > contentIndent) throw GIVE_UP;
        lines.push('');
        continue;
      }
      if (spaces < contentIndent) break;
      // Folded lines indented further keep their line breaks: the yaml package's rules for them are not repeated.
      if (folded && spaces > contentIndent) throw GIVE_UP;
      lines.push(text.slice(line + contentIndent, lineEnd));
      lastContentEnd = lineEnd < this.length ? lineEnd + 1 : lineEnd;
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    let value: string;
    if (folded) {
      if (lines[0] === '') throw GIVE_UP;
      value = '';
      let blanks = 0;
      for (const [index, content] of lines.entries()) {
        if (content === '') {
          blanks++;
          continue;
        }
        if (index > 0) value += blanks > 0 ? '\n'.repeat(blanks) : ' ';
        blanks = 0;
        value += content;
      }
    } else {
      value = lines.join('\n');
    }
    if (!strip) value += '\n';
    return {
      node: scalar([s, lastContentEnd, lastContentEnd], value, folded ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL'),
      value,
      next: this.nextContent(lastContentEnd, indent),
    };
  }

  /**
   * Where the next content line's content starts (at or after line start p, skipping blank and comment lines), or
   * the text's length. Comments
   * decide where the yaml package ends a collection's range, so only those the subset places alike are accepted: at
   * the column of the content line that follows them, or at column 0 at the end of a document. `indent` -1 defers
   * that check to the caller (checkComments), which knows which line the value continues on.
   */
  private nextContent(p: number, indent: number): number {
    let line = p;
    let content = this.length;
    let comment = -1;
    while (line < this.length) {
      const s = this.skipSpaces(line);
      const c = this.text.charCodeAt(s);
      if (s < this.length && c !== NEWLINE) {
        if (c !== HASH) {
          content = s;
          break;
        }
        if (comment === -1) comment = s - line;
        else if (comment !== s - line) throw GIVE_UP;
      }
      line = this.lineAfter(s);
    }
    if (indent !== -1 && comment !== -1) {
      const atEnd = content >= this.length || this.isMarker(content, '---') || this.isMarker(content, '...');
      if (atEnd ? comment !== 0 : comment !== this.column(content)) throw GIVE_UP;
    }
    return content;
  }

  /** The comment rule of nextContent for the lines between a key or `-` and the block node below it. */
  private checkComments(from: number, next: number): void {
    const column = this.column(next);
    for (let line = from; line < next; line = this.lineAfter(line)) {
      const s = this.skipSpaces(line);
      if (this.text.charCodeAt(s) === HASH && s - line !== column) throw GIVE_UP;
    }
  }

  /** Where the first line at or after line start p that holds more than spaces starts after its indentation. */
  private skipBlankLines(p: number): number {
    let line = p;
    while (line < this.length) {
      const s = this.skipSpaces(line);
      if (s < this.length && this.text.charCodeAt(s) !== NEWLINE) return s;
      line = this.lineAfter(s);
    }
    return line;
  }

  /**
   * After what ends at i on its line: only spaces, then the line's end or a comment (after a space). Returns the start
   * of the next line (or the text's end), which is where the yaml package ends such a node.
   */
  private endOfLine(i: number): number {
    const s = this.skipSpaces(i);
    if (s >= this.length) return s;
    const c = this.text.charCodeAt(s);
    if (c === NEWLINE) return s + 1;
    if (c === HASH && s > i) return this.lineAfter(s);
    throw GIVE_UP;
  }

  private endOfLineAt(i: number): number {
    const n = this.text.indexOf('\n', i);
    return n === -1 ? this.length : n;
  }

  /** The start of the line after the one holding i, or the text's length. */
  private lineAfter(i: number): number {
    const n = this.text.indexOf('\n', i);
    return n === -1 ? this.length : n + 1;
  }

  private skipSpaces(i: number): number {
    SPACES.lastIndex = i;
    SPACES.test(this.text);
    return SPACES.lastIndex;
  }

  private column(p: number): number {
    return p - (this.text.lastIndexOf('\n', p - 1) + 1);
  }

  private isSeqIndicator(p: number): boolean {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const n = p + 1 < this.length ? this.text.charCodeAt(p + 1) : NEWLINE;
    return n === SPACE || n === NEWLINE;
  }

  /** A `---` or `...` line: at column 0 and nothing else on it (anything after the marker is left to the yaml package). */
  private isMarker(p: number, marker: '---' | '...'): boolean {
    if (this.column(p) !== 0 || !this.text.startsWith(marker, p)) return false;
    const after = p + 3;
    if (after >= this.length || this.text.charCodeAt(after) === NEWLINE) return true;
    if (this.text.charCodeAt(after) === SPACE) throw GIVE_UP;
    return false;
  }

  private colonAt(i: number): boolean {
    if (this.text.charCodeAt(i) !== COLON) return false;
    const n = i + 1 < this.length ? this.text.charCodeAt(i + 1) : NEWLINE;
    return n === SPACE || n === NEWLINE;
  }

  /** Whether a plain scalar may start at s: not at an indicator, which would make it something else. */
  private plainMayStart(s: number): boolean {
    const ch = this.text[s]!;
    // `-` starts a plain scalar when a word follows (`-1`, `--port=8000`); `?` and `:` are left to the yaml package.
    if (ch === '-') return /[\w.-]/.test(this.text[s + 1] ?? '');
    return !INDICATORS.includes(ch);
  }
}

const INDICATORS = '-?:,[]{}#&*!|>\'"%@`';

// Scans run as regular expressions rather than loops over characters: a cold start runs this parser once, in V8's
// interpreter, where a loop costs ~0.2 µs a character (~1 ms for the example) and a regular expression scans natively.
/** What ends a plain scalar on its line: the line's end, a comment, or the `:` of a key. */
const PLAIN_STOP = /\n| #|:(?=[ \n]|$)/g;
/** What a double-quoted scalar's scan stops at: its end, an escape, or a line break (multi-line: left to yaml). */
const DQ_STOP = /["\\\n]/g;
/** What a single-quoted scalar's scan stops at: an escaped quote, its end, or a line break. */
const SQ_STOP = /''|'|\n/g;
const SPACES = / */y;

function scalar(range: BlockRange, value: BlockScalar['value'], type: ScalarStyle): BlockScalar {
  return { kind: 'scalar', range, value, type };
}

// The escapes of a double-quoted scalar (YAML 1.2.2 §5.7), as the yaml package decodes them
// (src/compose/resolve-flow-scalar.ts); \x, \u and \U take 2, 4 and 8 hex digits.
const DQ_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_DIGITS: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * A plain scalar's value in the YAML 1.2 core schema, the yaml package's default: its tags tried in its order
 * (src/schema/core/schema.ts: null, bool, octal, decimal and hex int, .inf/.nan, exponent and plain float) and
 * converted as it converts them (parseInt, parseFloat), so even -0 and imprecise large integers come out the same.
 */
export function resolvePlain(source: string): string | number | boolean | null {
  const c = source[0]!;
  if (c === '~' || c === 'n' || c === 'N') return /^(?:~|[Nn]ull|NULL)$/.test(source) ? null : source;
  if (c === 't' || c === 'T' || c === 'f' || c === 'F')
    return /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source) ? c === 't' || c === 'T' : source;
  if (!'0123456789+-.'.includes(c)) return source;
  if (/^0o[0-7]+$/.test(source)) return Number.parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return Number.parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return Number.parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source))
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source)) return Number.parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return Number.parseFloat(source);
  return source;
}
