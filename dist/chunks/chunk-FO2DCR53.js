import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  require_dist
} from "./chunk-7UO7HX7F.js";
import {
  __toESM
} from "./chunk-S5ZBFXNU.js";

// src/contracts/index.ts
import { readFile, writeFile } from "node:fs/promises";

// src/contracts/sample.ts
var sampleLabelsSchema = { type: "object", additionalProperties: { type: "string" } };
var sampleSchema = {
  type: "object",
  required: ["time", "metric", "labels", "value"],
  properties: {
    time: { type: "integer" },
    metric: { type: "string", minLength: 1 },
    labels: sampleLabelsSchema,
    value: { type: "number" }
  }
};

// src/contracts/index.ts
var API_VERSION = "rayservice-ci.io/v1alpha1";
function defineContract(kind, schema) {
  return { kind, schema };
}
function serializeContract(contract, value) {
  if (value.kind !== contract.kind || value.apiVersion !== API_VERSION) {
    throw new Error(
      `serializeContract: a ${value.apiVersion}/${value.kind} value passed as ${API_VERSION}/${contract.kind}`
    );
  }
  return `${JSON.stringify(value, null, 2)}
`;
}
async function writeText(path, text) {
  return writeFile(path, text).then(
    () => void 0,
    (error) => `Cannot write ${path}: ${error.code ?? error.message}.`
  );
}
async function writeContract(path, contract, value) {
  return writeText(path, serializeContract(contract, value));
}
var validators;
var compiled = /* @__PURE__ */ new WeakMap();
async function validatorFor(schema) {
  validators ??= import("./ajv-IWXSZDJD.js").then((mod) => {
    const { Ajv } = mod.default;
    const ajv = new Ajv({ allErrors: true, strict: false });
    return (s) => ajv.compile(s);
  });
  const compile = await validators;
  let validate = compiled.get(schema);
  if (!validate) {
    validate = compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
async function checkContract(source, contract, value) {
  const header = typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
  if (header.kind !== contract.kind) {
    return {
      ok: false,
      problem: `${source} is not a ${contract.kind} (its kind is ${JSON.stringify(header.kind) ?? "missing"}); pass the file the previous stage wrote.`
    };
  }
  if (header.apiVersion !== API_VERSION) {
    return {
      ok: false,
      problem: `${source} has apiVersion ${JSON.stringify(header.apiVersion) ?? "missing"}; this rayservice-ci reads ${API_VERSION}. Re-create it with this version.`
    };
  }
  const validate = await validatorFor(contract.schema);
  if (!validate(value)) {
    const first = validate.errors?.[0];
    return {
      ok: false,
      problem: `${source} is not a valid ${contract.kind}: at ${first?.instancePath || "/"} ${first?.message ?? "the schema does not match"}.`
    };
  }
  return { ok: true, value };
}
async function readContract(path, contract) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = error.code;
    return {
      ok: false,
      problem: `Cannot read ${path}: ${code === "ENOENT" ? "no such file" : code ?? error.message}.`
    };
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${path} is not JSON; pass the ${contract.kind} file the previous stage wrote.` };
  }
  return checkContract(path, contract, value);
}

// src/manifest/yaml-path.ts
var import_yaml = __toESM(require_dist(), 1);
function formatYamlPath(path, empty = "the document") {
  return path.reduce((out, s) => typeof s === "number" ? `${out}[${s}]` : out ? `${out}.${s}` : s, "") || empty;
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return String(key);
}
function childOf(node, segment) {
  if ((0, import_yaml.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml.isPair)(item) && keyText(item.key) === String(segment));
    return pair ? { node: pair.value, pair } : void 0;
  }
  if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
    return segment < node.items.length ? { node: node.items[segment] } : void 0;
  }
  return void 0;
}
function rangeOf(node) {
  const range = node?.range;
  return range ? [range[0], range[1]] : void 0;
}

// src/manifest/yaml-source.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/manifest/block-yaml.ts
var GiveUp = class {
};
var GIVE_UP = new GiveUp();
var OUTSIDE_SUBSET = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]/;
var MAX_DEPTH = 200;
var MAX_KEY = 1e3;
var SPACE = 32;
var NEWLINE = 10;
var HASH = 35;
var DASH = 45;
var COLON = 58;
function parseBlockYaml(text) {
  if (OUTSIDE_SUBSET.test(text)) return void 0;
  try {
    return new BlockParser(text).stream();
  } catch (error) {
    if (error === GIVE_UP) return void 0;
    throw error;
  }
}
var BlockParser = class {
  text;
  length;
  constructor(text) {
    this.text = text;
    this.length = text.length;
  }
  stream() {
    const documents = [];
    let p = this.nextContent(0, 0);
    while (p < this.length) {
      let start = p;
      if (this.isMarker(p, "---")) {
        start = p;
        p = this.nextContent(this.lineAfter(p + 3), 0);
      } else if (documents.length > 0) {
        throw GIVE_UP;
      }
      if (p >= this.length || this.isMarker(p, "---") || this.column(p) !== 0) throw GIVE_UP;
      const root = this.blockNode(p, 0, 0);
      documents.push({ start, contents: root.node, value: root.value });
      p = root.next;
      if (p < this.length && !this.isMarker(p, "---")) throw GIVE_UP;
    }
    if (documents.length === 0) throw GIVE_UP;
    return documents;
  }
  /** A block mapping or sequence whose first line's content starts at p (column `indent`). */
  blockNode(p, indent, depth) {
    if (depth > MAX_DEPTH) throw GIVE_UP;
    if (this.isSeqIndicator(p)) return this.sequence(p, indent, depth);
    return this.mapping(p, indent, depth);
  }
  mapping(p, indent, depth) {
    const pairs = [];
    const value = {};
    const start = p;
    let end;
    for (; ; ) {
      const key = this.key(p);
      const name = key.node.value;
      if (Object.hasOwn(value, name) || name === "__proto__") throw GIVE_UP;
      const item = this.value(key.after, indent, "map", depth);
      pairs.push({ key: key.node, value: item.node });
      value[name] = item.value;
      end = item.node.range[2];
      p = item.next;
      if (p >= this.length || this.isMarker(p, "---") || this.isMarker(p, "...")) break;
      const column = this.column(p);
      if (column < indent) break;
      if (column > indent || this.isSeqIndicator(p)) throw GIVE_UP;
    }
    return { node: { kind: "map", range: [start, end, end], pairs }, value, next: p };
  }
  sequence(p, indent, depth) {
    const items = [];
    const value = [];
    const start = p;
    let end;
    for (; ; ) {
      const item = this.value(p + 1, indent, "seq", depth);
      items.push(item.node);
      value.push(item.value);
      end = item.node.range[2];
      p = item.next;
      if (p >= this.length || this.isMarker(p, "---") || this.isMarker(p, "...")) break;
      const column = this.column(p);
      if (column < indent) break;
      if (column > indent) throw GIVE_UP;
      if (!this.isSeqIndicator(p)) break;
    }
    return { node: { kind: "seq", range: [start, end, end], items }, value, next: p };
  }
  /**
   * What follows a mapping's `:` or a sequence's `-` at q: a scalar or `{}`/`[]` on the same line, a compact mapping
   * (`- key: value`, sequences only), a block node on the lines below, or nothing (null). `indent` is the column of
   * the collection the value belongs to.
   */
  value(q, indent, context, depth) {
    const s = this.skipSpaces(q);
    const c = this.text.charCodeAt(s);
    if (s >= this.length || c === NEWLINE || c === HASH) {
      if (c === HASH && s === q) throw GIVE_UP;
      const after2 = this.lineAfter(s);
      const next = this.nextContent(after2, -1);
      if (next < this.length && !this.isMarker(next, "---") && !this.isMarker(next, "...")) {
        const column = this.column(next);
        if (column > indent) {
          this.checkComments(after2, next);
          return this.blockNode(next, column, depth + 1);
        }
        if (context === "map" && column === indent && this.isSeqIndicator(next)) {
          this.checkComments(after2, next);
          return this.sequence(next, column, depth + 1);
        }
      }
      const nodeEnd = c === HASH ? after2 : s;
      return { node: scalar([s, s, nodeEnd], null, "PLAIN"), value: null, next: this.nextContent(after2, indent) };
    }
    const ch = this.text[s];
    if (ch === "|" || ch === ">") return this.blockScalar(s, indent);
    if (ch === '"' || ch === "'") {
      const quoted = this.quoted(s);
      const t = this.skipSpaces(quoted.end);
      if (this.text.charCodeAt(t) === COLON) {
        if (context === "seq") return this.mapping(s, this.column(s), depth + 1);
        throw GIVE_UP;
      }
      const after2 = this.endOfLine(quoted.end);
      const node = scalar([s, quoted.end, after2], quoted.value, ch === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE");
      return { node, value: quoted.value, next: this.nextContent(after2, indent) };
    }
    if (ch === "{" || ch === "[") {
      if (this.text[s + 1] !== (ch === "{" ? "}" : "]")) throw GIVE_UP;
      const after2 = this.endOfLine(s + 2);
      const range = [s, s + 2, after2];
      const next = this.nextContent(after2, indent);
      return ch === "{" ? { node: { kind: "map", range, pairs: [] }, value: {}, next } : { node: { kind: "seq", range, items: [] }, value: [], next };
    }
    if (!this.plainMayStart(s)) throw GIVE_UP;
    const plain = this.plainLine(s);
    if (plain.key) {
      if (context === "seq") return this.mapping(s, this.column(s), depth + 1);
      throw GIVE_UP;
    }
    const after = this.lineAfter(plain.valueEnd);
    if (!plain.comment) {
      const following = this.skipBlankLines(after);
      if (following < this.length && this.column(following) > indent && this.text.charCodeAt(following) !== HASH)
        throw GIVE_UP;
    }
    const source = this.text.slice(s, plain.valueEnd);
    const value = resolvePlain(source);
    return {
      node: scalar([s, plain.valueEnd, after], value, "PLAIN"),
      value,
      next: this.nextContent(after, indent)
    };
  }
  /** A key at p and its `:` (followed by a space or the line's end): plain or quoted, on one line, a string. */
  key(p) {
    const ch = this.text[p];
    if (ch === '"' || ch === "'") {
      const quoted = this.quoted(p);
      if (quoted.end - p > MAX_KEY || !this.colonAt(quoted.end)) throw GIVE_UP;
      const node = scalar([p, quoted.end, quoted.end], quoted.value, ch === '"' ? "QUOTE_DOUBLE" : "QUOTE_SINGLE");
      return { node, after: quoted.end + 1 };
    }
    if (!this.plainMayStart(p)) throw GIVE_UP;
    const plain = this.plainLine(p);
    if (!plain.key || plain.valueEnd - p > MAX_KEY) throw GIVE_UP;
    if (this.text.charCodeAt(plain.valueEnd - 1) === SPACE) throw GIVE_UP;
    const source = this.text.slice(p, plain.valueEnd);
    if (typeof resolvePlain(source) !== "string") throw GIVE_UP;
    return { node: scalar([p, plain.valueEnd, plain.valueEnd], source, "PLAIN"), after: plain.valueEnd + 1 };
  }
  /**
   * A plain scalar's text on the line from s: where it ends (before trailing spaces), whether a comment follows,
   * and whether it is a key (a `:` followed by a space or the line's end ends it).
   */
  plainLine(s) {
    PLAIN_STOP.lastIndex = s;
    const stop = PLAIN_STOP.exec(this.text);
    const at = stop === null ? this.length : stop.index;
    if (stop !== null && stop[0] === ":") return { valueEnd: at, key: true, comment: false };
    let end = at;
    while (end > s && this.text.charCodeAt(end - 1) === SPACE) end--;
    return { valueEnd: end, key: false, comment: stop !== null && stop[0] === " #" };
  }
  /** A quoted scalar starting at s that closes on its line; end is just past the closing quote. */
  quoted(s) {
    const text = this.text;
    const double = text[s] === '"';
    const stops = double ? DQ_STOP : SQ_STOP;
    let value = "";
    let run = s + 1;
    for (; ; ) {
      stops.lastIndex = run;
      const stop = stops.exec(text);
      if (stop === null || stop[0] === "\n") throw GIVE_UP;
      const i = stop.index;
      value += text.slice(run, i);
      if (stop[0] === "''") {
        value += "'";
        run = i + 2;
        continue;
      }
      if (stop[0] !== "\\") return { value, end: i + 1 };
      const escape = DQ_ESCAPES[text[i + 1] ?? ""];
      if (escape !== void 0) {
        value += escape;
        run = i + 2;
        continue;
      }
      const digits = HEX_DIGITS[text[i + 1] ?? ""];
      if (digits === void 0) throw GIVE_UP;
      const hex = text.slice(i + 2, i + 2 + digits);
      if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) throw GIVE_UP;
      const code = Number.parseInt(hex, 16);
      if (code > 1114111) throw GIVE_UP;
      value += String.fromCodePoint(code);
      run = i + 2 + digits;
    }
  }
  /** A literal (`|`, `|-`) or folded (`>`, `>-`) scalar whose header is at s, for a collection at column `indent`. */
  blockScalar(s, indent) {
    const text = this.text;
    const folded = text[s] === ">";
    let i = s + 1;
    const strip = text[i] === "-";
    if (strip) i++;
    const h = this.skipSpaces(i);
    if (h < this.length && text.charCodeAt(h) !== NEWLINE && !(text.charCodeAt(h) === HASH && h > i)) throw GIVE_UP;
    const first = this.lineAfter(h);
    if (first >= this.length) throw GIVE_UP;
    let contentIndent = -1;
    let longestLeading = 0;
    for (let line2 = first; line2 < this.length; line2 = this.lineAfter(line2)) {
      const spaces = this.skipSpaces(line2) - line2;
      const c = text.charCodeAt(line2 + spaces);
      if (line2 + spaces >= this.length || c === NEWLINE) {
        longestLeading = Math.max(longestLeading, spaces);
        continue;
      }
      contentIndent = spaces;
      break;
    }
    if (contentIndent <= indent || longestLeading > contentIndent) throw GIVE_UP;
    const lines = [];
    let lastContentEnd = first;
    let line = first;
    for (; line < this.length; line = this.lineAfter(line)) {
      const spaces = this.skipSpaces(line) - line;
      const lineEnd = this.endOfLineAt(line);
      if (line + spaces === lineEnd) {
        if (spaces > contentIndent) throw GIVE_UP;
        lines.push("");
        continue;
      }
      if (spaces < contentIndent) break;
      if (folded && spaces > contentIndent) throw GIVE_UP;
      lines.push(text.slice(line + contentIndent, lineEnd));
      lastContentEnd = lineEnd < this.length ? lineEnd + 1 : lineEnd;
    }
    while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    let value;
    if (folded) {
      if (lines[0] === "") throw GIVE_UP;
      value = "";
      let blanks = 0;
      for (const [index, content] of lines.entries()) {
        if (content === "") {
          blanks++;
          continue;
        }
        if (index > 0) value += blanks > 0 ? "\n".repeat(blanks) : " ";
        blanks = 0;
        value += content;
      }
    } else {
      value = lines.join("\n");
    }
    if (!strip) value += "\n";
    return {
      node: scalar([s, lastContentEnd, lastContentEnd], value, folded ? "BLOCK_FOLDED" : "BLOCK_LITERAL"),
      value,
      next: this.nextContent(lastContentEnd, indent)
    };
  }
  /**
   * Where the next content line's content starts (at or after line start p, skipping blank and comment lines), or
   * the text's length. Comments
   * decide where the yaml package ends a collection's range, so only those the subset places alike are accepted: at
   * the column of the content line that follows them, or at column 0 at the end of a document. `indent` -1 defers
   * that check to the caller (checkComments), which knows which line the value continues on.
   */
  nextContent(p, indent) {
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
      const atEnd = content >= this.length || this.isMarker(content, "---") || this.isMarker(content, "...");
      if (atEnd ? comment !== 0 : comment !== this.column(content)) throw GIVE_UP;
    }
    return content;
  }
  /** The comment rule of nextContent for the lines between a key or `-` and the block node below it. */
  checkComments(from, next) {
    const column = this.column(next);
    for (let line = from; line < next; line = this.lineAfter(line)) {
      const s = this.skipSpaces(line);
      if (this.text.charCodeAt(s) === HASH && s - line !== column) throw GIVE_UP;
    }
  }
  /** Where the first line at or after line start p that holds more than spaces starts after its indentation. */
  skipBlankLines(p) {
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
  endOfLine(i) {
    const s = this.skipSpaces(i);
    if (s >= this.length) return s;
    const c = this.text.charCodeAt(s);
    if (c === NEWLINE) return s + 1;
    if (c === HASH && s > i) return this.lineAfter(s);
    throw GIVE_UP;
  }
  endOfLineAt(i) {
    const n = this.text.indexOf("\n", i);
    return n === -1 ? this.length : n;
  }
  /** The start of the line after the one holding i, or the text's length. */
  lineAfter(i) {
    const n = this.text.indexOf("\n", i);
    return n === -1 ? this.length : n + 1;
  }
  skipSpaces(i) {
    SPACES.lastIndex = i;
    SPACES.test(this.text);
    return SPACES.lastIndex;
  }
  column(p) {
    return p - (this.text.lastIndexOf("\n", p - 1) + 1);
  }
  isSeqIndicator(p) {
    if (this.text.charCodeAt(p) !== DASH) return false;
    const n = p + 1 < this.length ? this.text.charCodeAt(p + 1) : NEWLINE;
    return n === SPACE || n === NEWLINE;
  }
  /** A `---` or `...` line: at column 0 and nothing else on it (anything after the marker is left to the yaml package). */
  isMarker(p, marker) {
    if (this.column(p) !== 0 || !this.text.startsWith(marker, p)) return false;
    const after = p + 3;
    if (after >= this.length || this.text.charCodeAt(after) === NEWLINE) return true;
    if (this.text.charCodeAt(after) === SPACE) throw GIVE_UP;
    return false;
  }
  colonAt(i) {
    if (this.text.charCodeAt(i) !== COLON) return false;
    const n = i + 1 < this.length ? this.text.charCodeAt(i + 1) : NEWLINE;
    return n === SPACE || n === NEWLINE;
  }
  /** Whether a plain scalar may start at s: not at an indicator, which would make it something else. */
  plainMayStart(s) {
    const ch = this.text[s];
    if (ch === "-") return /[\w.-]/.test(this.text[s + 1] ?? "");
    return !INDICATORS.includes(ch);
  }
};
var INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
var PLAIN_STOP = /\n| #|:(?=[ \n]|$)/g;
var DQ_STOP = /["\\\n]/g;
var SQ_STOP = /''|'|\n/g;
var SPACES = / */y;
function scalar(range, value, type) {
  return { kind: "scalar", range, value, type };
}
var DQ_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\"
};
var HEX_DIGITS = { x: 2, u: 4, U: 8 };
function resolvePlain(source) {
  const c = source[0];
  if (c === "~" || c === "n" || c === "N") return /^(?:~|[Nn]ull|NULL)$/.test(source) ? null : source;
  if (c === "t" || c === "T" || c === "f" || c === "F")
    return /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(source) ? c === "t" || c === "T" : source;
  if (!"0123456789+-.".includes(c)) return source;
  if (/^0o[0-7]+$/.test(source)) return Number.parseInt(source.substring(2), 8);
  if (/^[-+]?[0-9]+$/.test(source)) return Number.parseInt(source, 10);
  if (/^0x[0-9a-fA-F]+$/.test(source)) return Number.parseInt(source.substring(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(source))
    return source.slice(-3).toLowerCase() === "nan" ? NaN : source[0] === "-" ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(source)) return Number.parseFloat(source);
  if (/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(source)) return Number.parseFloat(source);
  return source;
}

// src/manifest/line-index.ts
var LineIndex = class {
  lineStarts;
  text;
  constructor(text) {
    this.text = text;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }
  get lineCount() {
    return this.lineStarts.length;
  }
  position(offset) {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1 };
  }
  span(start, end) {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
  /** Text of a 1-based line, without its line break. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line];
    const end = next === void 0 ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
};

// src/manifest/scalar-offsets.ts
var BLANK = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
function scalarOffsetMap(source, scalar2) {
  const value = typeof scalar2.value === "string" ? scalar2.value : scalar2.source ?? String(scalar2.value);
  const [start = 0, end = 0] = scalar2.range ?? [];
  const offsets = align(source, start, end, value, scalar2.type);
  if (offsets === null) {
    return { exact: false, toSource: () => start };
  }
  return {
    exact: true,
    toSource: (index) => offsets[Math.max(0, Math.min(index, offsets.length - 1))]
  };
}
function align(source, start, end, value, type) {
  let j = start;
  if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
    const newline = source.indexOf("\n", start);
    j = newline === -1 ? end : newline + 1;
  } else if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") {
    j = start + 1;
  }
  const offsets = [];
  for (let i = 0; i < value.length; i++) {
    const want = value[i];
    if (BLANK.has(want)) {
      offsets.push(Math.min(j, end));
      continue;
    }
    let matched = false;
    while (j < end) {
      const ch = source[j];
      if (type === "QUOTE_DOUBLE" && ch === "\\") {
        const escape = decodeEscape(source, j);
        if (escape.text === want) {
          offsets.push(j);
          j += escape.length;
          matched = true;
          break;
        }
        if (escape.text !== "" && !BLANK.has(escape.text)) return null;
        j += escape.length;
        continue;
      }
      if (type === "QUOTE_SINGLE" && ch === "'" && source[j + 1] === "'" && want === "'") {
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
function decodeEscape(source, at) {
  const next = source[at + 1] ?? "";
  const hex = (digits) => {
    const code = Number.parseInt(source.slice(at + 2, at + 2 + digits), 16);
    return { text: Number.isNaN(code) ? "" : String.fromCodePoint(code), length: 2 + digits };
  };
  switch (next) {
    case "x":
      return hex(2);
    case "u":
      return hex(4);
    case "U":
      return hex(8);
    case "\n":
      return { text: "", length: 2 };
    case "\r":
      return { text: "", length: source[at + 2] === "\n" ? 3 : 2 };
    default:
      return { text: SIMPLE_ESCAPES[next] ?? next, length: 2 };
  }
}
var SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};

// src/manifest/yaml-source.ts
var YAML_LIMITS = {
  /** Larger than any real manifest (a 5 MB one passes), small enough that parsing stays well under a second. */
  maxBytes: 8 * 1024 * 1024,
  /** Alias expansions per document: a few anchors are normal, a billion laughs is not. */
  maxAliasCount: 100
};
var PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true, logLevel: "error" };
var YamlSource = class _YamlSource {
  /** Which parser read the document: the fast path ('block') or the yaml package. */
  parser;
  /** The text the document was parsed from (the decoded string, for an embedded document). */
  text;
  /** The document as plain values; null when it cannot be built (an unresolved or excessive alias). */
  value;
  /** Syntax and structure problems, each at its place in the file the user wrote. */
  problems;
  lines;
  toFileOffset;
  /** The root node: a yaml package node or a BlockNode, as `parser` says. */
  root;
  constructor(parsed, text, lines, toFileOffset, extra = []) {
    this.parser = parsed.parser;
    this.text = text;
    this.lines = lines;
    this.toFileOffset = toFileOffset;
    this.root = parsed.doc.contents;
    if (parsed.parser === "block") {
      this.value = parsed.doc.value;
      this.problems = [...extra];
      return;
    }
    const doc = parsed.doc;
    const problems = [...extra];
    for (const error of doc.errors)
      problems.push({ message: firstLineOf(error.message), span: this.span(error.pos[0], error.pos[1]) });
    for (const key of duplicateKeys(doc)) {
      const range = rangeOf(key) ?? [0, 0];
      problems.push({
        message: `Map keys must be unique; "${keyText(key)}" is repeated`,
        span: this.span(range[0], range[1])
      });
    }
    let value = null;
    try {
      value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
    } catch (error) {
      const alias = offendingAlias(doc);
      const range = rangeOf(alias) ?? rangeOf(doc.contents) ?? [0, 0];
      const message = firstLineOf(error.message);
      problems.push({
        message: /Excessive alias count/.test(message) ? `Aliases expand more than ${YAML_LIMITS.maxAliasCount} times (a resource-exhaustion pattern); write the values out` : message,
        span: this.span(range[0], range[1])
      });
    }
    this.value = value;
    this.problems = problems;
  }
  /** Where a path is: the key of its pair (`part: 'key'`) or its value. Falls back to the nearest ancestor. */
  locate(path, part = "value") {
    let node = this.root;
    let key;
    let nearest = rangeOf(node) ?? [0, 0];
    for (const segment of path) {
      const step = this.step(node, segment);
      if (step === void 0) return { span: this.span(nearest[0], nearest[1]), found: false };
      node = step.node;
      key = step.key;
      const range = rangeOf(node) ?? rangeOf(key);
      if (range) nearest = range;
    }
    if (part === "key" && key !== void 0) {
      const keyRange = rangeOf(key);
      if (keyRange) return { span: this.span(keyRange[0], keyRange[1]), found: true };
    }
    return { span: this.span(nearest[0], nearest[1]), found: true };
  }
  /** The scalar at a path, for embedded documents; undefined when there is none. */
  scalarAt(path) {
    let node = this.root;
    for (const segment of path) {
      const step = this.step(node, segment);
      if (step === void 0) return void 0;
      node = step.node;
    }
    if (this.parser === "block") return node.kind === "scalar" ? node : void 0;
    return (0, import_yaml2.isScalar)(node) ? node : void 0;
  }
  /** One step down the tree, from either parser: the child and, in a mapping, its key node. */
  step(node, segment) {
    if (this.parser === "yaml") {
      const step = childOf(node, segment);
      return step && { node: step.node, key: step.pair?.key };
    }
    const block = node;
    if (block.kind === "map") {
      const pair = block.pairs.find((item) => String(item.key.value) === String(segment));
      return pair && { node: pair.value, key: pair.key };
    }
    if (block.kind === "seq" && typeof segment === "number") {
      return segment < block.items.length ? { node: block.items[segment] } : void 0;
    }
    return void 0;
  }
  /**
   * Parses the string scalar at `path` as a YAML document of its own, with positions that land in this file.
   * Returns undefined when the path holds no string.
   */
  embedded(path, options = {}) {
    const node = this.scalarAt(path);
    if (node === void 0 || typeof node.value !== "string") return void 0;
    const text = node.value;
    const map = scalarOffsetMap(this.text, node);
    return new _YamlSource(
      parseOne(text, options),
      text,
      this.lines,
      (offset) => this.toFileOffset(map.toSource(offset))
    );
  }
  span(start, end) {
    return this.lines.span(this.toFileOffset(start), this.toFileOffset(end));
  }
};
function parseYamlFile(path, text, options = {}) {
  const lines = new LineIndex(text);
  if (Buffer.byteLength(text) > YAML_LIMITS.maxBytes) {
    const empty = { parser: "yaml", doc: (0, import_yaml2.parseDocument)("", PARSE_OPTIONS) };
    const problem = {
      message: `The file is ${megabytes(Buffer.byteLength(text))} MB; rayservice-ci reads YAML files up to ${megabytes(YAML_LIMITS.maxBytes)} MB. Split it, or lint only the manifests`,
      span: lines.span(0, 0)
    };
    return {
      path,
      text,
      lines,
      documents: [new YamlSource(empty, "", lines, () => 0, [problem])],
      slices: [[0, text.length]]
    };
  }
  const fast = options.fastPath === false ? void 0 : parseBlockYaml(text);
  const list = fast ? fast.map((doc) => ({ parser: "block", doc })) : fullParse(text).map((doc) => ({ parser: "yaml", doc }));
  const starts = list.map(({ parser, doc }, i) => i === 0 ? 0 : parser === "block" ? doc.start : doc.range[0]);
  const slices = starts.map((start, i) => [start, starts[i + 1] ?? text.length]);
  return {
    path,
    text,
    lines,
    documents: list.map((doc) => new YamlSource(doc, text, lines, (offset) => offset)),
    slices
  };
}
function fullParse(text) {
  const documents = (0, import_yaml2.parseAllDocuments)(text, PARSE_OPTIONS);
  return Array.isArray(documents) ? documents : [];
}
function parseOne(text, options) {
  const fast = options.fastPath === false ? void 0 : parseBlockYaml(text);
  if (fast?.length === 1) return { parser: "block", doc: fast[0] };
  return { parser: "yaml", doc: (0, import_yaml2.parseDocument)(text, PARSE_OPTIONS) };
}
function parseYamlText(text) {
  const file = parseYamlFile("<text>", text);
  const first = file.documents[0];
  if (first) return first;
  return new YamlSource(
    { parser: "yaml", doc: (0, import_yaml2.parseDocument)("", PARSE_OPTIONS) },
    text,
    file.lines,
    (offset) => offset
  );
}
function firstLineOf(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function megabytes(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}
function duplicateKeys(doc) {
  const repeated = [];
  (0, import_yaml2.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const { key } of map.items) {
        if (!(0, import_yaml2.isScalar)(key)) continue;
        const identity = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(identity)) repeated.push(key);
        seen.add(identity);
      }
    }
  });
  return repeated.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}
function offendingAlias(doc) {
  let first;
  let unresolved;
  (0, import_yaml2.visit)(doc, {
    Alias(_, alias) {
      first ??= alias;
      if (alias.resolve(doc) === void 0) {
        unresolved = alias;
        return import_yaml2.visit.BREAK;
      }
      return void 0;
    }
  });
  return unresolved ?? first;
}

// src/manifest/yaml-edit.ts
var import_yaml3 = __toESM(require_dist(), 1);
var YamlEditError = class extends Error {
};
var FlowStyleError = class extends YamlEditError {
};
function isFlowCollection(node) {
  return ((0, import_yaml3.isMap)(node) || (0, import_yaml3.isSeq)(node)) && node.flow === true;
}
function requireBlockAncestors(chain, path, insertInto) {
  const flowAt = chain.slice(0, -1).findIndex((link) => isFlowCollection(link.node));
  if (flowAt >= 0) throw new FlowStyleError(`${formatYamlPath(path.slice(0, flowAt))} is written in flow style ({\u2026} or [\u2026]).`);
  if (isFlowCollection(insertInto) && insertInto.items.length > 0) {
    throw new FlowStyleError(`${formatYamlPath(path.slice(0, chain.length - 1))} is written in flow style ({\u2026} or [\u2026]).`);
  }
}
function toBlockStyle(text) {
  const doc = parse(text)[0];
  if (!doc) return text;
  (0, import_yaml3.visit)(doc, {
    Collection(_, node) {
      node.flow = false;
    }
  });
  return doc.toString({ lineWidth: 0 });
}
function parse(text) {
  const docs = (0, import_yaml3.parseAllDocuments)(text, { prettyErrors: false, keepSourceTokens: true, logLevel: "error" });
  return Array.isArray(docs) ? docs : [];
}
function walk(doc, path) {
  const chain = [{ node: doc.contents, pair: void 0 }];
  let node = doc.contents;
  for (const segment of path) {
    const step = childOf(node, segment);
    if (!step) break;
    node = step.node;
    chain.push({ node, pair: step.pair });
  }
  return { doc, chain };
}
function lineStartOf(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function columnOf(text, offset) {
  return offset - lineStartOf(text, offset);
}
function endOfContentLine(text, offset) {
  let p = offset;
  while (p > 0 && /\s/.test(text[p - 1])) p--;
  const newline = text.indexOf("\n", p);
  return newline === -1 ? text.length : newline;
}
function isStructure(value) {
  return typeof value === "object" && value !== null;
}
function isEmptyStructure(value) {
  return isStructure(value) && Object.keys(value).length === 0;
}
function blockText(value, indent) {
  const text = (0, import_yaml3.stringify)(value, { indent: 2, lineWidth: 0 }).replace(/\n$/, "");
  return text.split("\n").map((line, i) => i === 0 ? line : `${" ".repeat(indent)}${line}`).join("\n");
}
function scalarText(value, style) {
  if (typeof value === "string") {
    if (style === "QUOTE_DOUBLE") return JSON.stringify(value);
    if (style === "QUOTE_SINGLE") return `'${value.replaceAll("'", "''")}'`;
  }
  return (0, import_yaml3.stringify)(value, { lineWidth: 0 }).replace(/\n$/, "");
}
function sameValue(node, value) {
  return (0, import_yaml3.isScalar)(node) && !isStructure(value) && node.value === value;
}
function splice(text, start, end, insert) {
  return text.slice(0, start) + insert + text.slice(end);
}
function setIn(text, docIndex, path, value) {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  const foundAll = chain.length === path.length + 1;
  requireBlockAncestors(chain, path, foundAll ? void 0 : chain[chain.length - 1].node);
  if (foundAll) {
    const { node, pair } = chain[chain.length - 1];
    if (sameValue(node, value)) return text;
    return replaceNode(text, node, pair, value);
  }
  const existing = chain.length - 1;
  const missing = path.slice(existing);
  if (missing.some((segment) => typeof segment === "number")) {
    throw new YamlEditError(
      `${formatYamlPath(path.slice(0, existing + 1))} does not exist, and list items are not created by a path.`
    );
  }
  const nested = missing.slice(1).reduceRight((inner, key2) => ({ [key2]: inner }), value);
  const { node: parent, pair: parentPair } = chain[existing];
  const key = String(missing[0]);
  if ((0, import_yaml3.isMap)(parent) && parent.flow !== true && parent.items.length > 0) {
    const firstKey = rangeOf(parent.items[0].key);
    const indent = firstKey ? columnOf(text, firstKey[0]) : 0;
    const at = endOfContentLine(text, rangeOf(parent)[1]);
    return splice(text, at, at, `
${" ".repeat(indent)}${pairText(key, nested, indent)}`);
  }
  if (parent === null || parent === void 0 || (0, import_yaml3.isScalar)(parent) || (0, import_yaml3.isMap)(parent) && parent.items.length === 0) {
    if ((0, import_yaml3.isScalar)(parent) && parent.value !== null) {
      throw new YamlEditError(
        `${formatYamlPath(path.slice(0, existing))} is a value, not a mapping: cannot set ${key} inside it.`
      );
    }
    return replaceNode(text, parent, parentPair, { [key]: nested });
  }
  throw new YamlEditError(`${formatYamlPath(path.slice(0, existing))} is not a mapping: cannot set ${key} inside it.`);
}
function pairText(key, value, indent) {
  const plain = (0, import_yaml3.stringify)(key).replace(/\n$/, "");
  const keyPart = plain.includes("\n") ? JSON.stringify(key) : plain;
  if (isStructure(value) && !isEmptyStructure(value)) {
    const childIndent = Array.isArray(value) ? indent : indent + 2;
    return `${keyPart}:
${" ".repeat(childIndent)}${blockText(value, childIndent)}`;
  }
  return `${keyPart}: ${scalarText(value, void 0)}`;
}
function replaceNode(text, node, pair, value) {
  const range = rangeOf(node);
  const keyRange = rangeOf(pair?.key);
  const blockCollection = ((0, import_yaml3.isMap)(node) || (0, import_yaml3.isSeq)(node)) && node.flow !== true && node.items.length > 0;
  if (isStructure(value) && !isEmptyStructure(value)) {
    if (blockCollection && range) {
      const indent = columnOf(text, range[0]);
      const end2 = endOfContentLine(text, range[1]);
      return splice(text, range[0], end2, blockText(value, indent));
    }
    if (!keyRange) throw new YamlEditError("Cannot replace a document root with a structure.");
    const keyIndent = columnOf(text, keyRange[0]);
    const childIndent = Array.isArray(value) ? keyIndent : keyIndent + 2;
    const end = range && range[1] > keyRange[1] ? endOfContentLine(text, range[1]) : endOfContentLine(text, keyRange[1] + 1);
    return splice(text, keyRange[1], end, `:
${" ".repeat(childIndent)}${blockText(value, childIndent)}`);
  }
  if (range && range[1] > range[0]) {
    if (blockCollection) {
      if (!keyRange) throw new YamlEditError("Cannot replace a document root with a value.");
      const end = endOfContentLine(text, range[1]);
      return splice(text, keyRange[1], end, `: ${scalarText(value, void 0)}`);
    }
    return splice(text, range[0], range[1], scalarText(value, (0, import_yaml3.isScalar)(node) ? node.type : void 0));
  }
  if (keyRange) {
    const colon = text.indexOf(":", keyRange[1]);
    return splice(text, colon + 1, colon + 1, ` ${scalarText(value, void 0)}`);
  }
  throw new YamlEditError("Cannot set a value here.");
}
function deleteIn(text, docIndex, path) {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  if (chain.length !== path.length + 1) return text;
  requireBlockAncestors(chain, path);
  const { pair } = chain[chain.length - 1];
  const parent = chain[chain.length - 2]?.node;
  if (!pair || !(0, import_yaml3.isMap)(parent)) throw new YamlEditError(`${formatYamlPath(path)} is not a mapping key.`);
  if (parent.items.length === 1) return setIn(text, docIndex, path.slice(0, -1), {});
  if (parent.flow) throw new YamlEditError(`${formatYamlPath(path.slice(0, -1))} is a flow mapping ({\u2026}); edit it by hand.`);
  const start = lineStartOf(text, rangeOf(pair.key)[0]);
  const valueEnd = rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)[1];
  const end = endOfContentLine(text, Math.max(valueEnd, rangeOf(pair.key)[1] + 1));
  return splice(text, start, Math.min(text.length, end + 1), "");
}
function appendIn(text, docIndex, path, item) {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  const node = chain.length === path.length + 1 ? chain[chain.length - 1].node : void 0;
  requireBlockAncestors(chain, path, node);
  if ((0, import_yaml3.isSeq)(node) && node.flow !== true && node.items.length > 0) {
    const dash = columnOf(text, rangeOf(node)[0]);
    const at = endOfContentLine(text, rangeOf(node)[1]);
    return splice(text, at, at, `
${" ".repeat(dash)}- ${blockText(item, dash + 2)}`);
  }
  if (node === void 0 || node === null || (0, import_yaml3.isScalar)(node) && node.value === null || (0, import_yaml3.isSeq)(node) && node.items.length === 0) {
    return setIn(text, docIndex, path, [item]);
  }
  throw new YamlEditError(`${formatYamlPath(path)} is not a list.`);
}
function setBlockString(text, docIndex, path, value) {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  const { node, pair } = chain[chain.length - 1];
  if (chain.length !== path.length + 1 || !(0, import_yaml3.isScalar)(node) || !pair)
    throw new YamlEditError(`${formatYamlPath(path)} is not a string.`);
  requireBlockAncestors(chain, path);
  if (node.value === value) return text;
  const range = rangeOf(node);
  const keyIndent = columnOf(text, rangeOf(pair.key)[0]);
  let indent = keyIndent + 2;
  if (node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED") {
    const firstContent = /\n( +)\S/.exec(text.slice(range[0], range[1]));
    if (firstContent) indent = firstContent[1].length;
  }
  const header = `|${value.endsWith("\n") ? /\n\n$/.test(value) ? "+" : "" : "-"}`;
  const body = value.replace(/\n$/, "").split("\n").map((line) => line === "" ? "" : `${" ".repeat(indent)}${line}`).join("\n");
  const end = node.type === "BLOCK_LITERAL" || node.type === "BLOCK_FOLDED" ? range[1] : endOfContentLine(text, range[1]) + 1;
  const trailing = end <= text.length && text[end - 1] === "\n" ? "\n" : "";
  return splice(text, range[0], end, `${header}
${body}${trailing}`);
}

export {
  formatYamlPath,
  YAML_LIMITS,
  parseYamlFile,
  parseYamlText,
  YamlEditError,
  FlowStyleError,
  toBlockStyle,
  setIn,
  deleteIn,
  appendIn,
  setBlockString,
  sampleSchema,
  API_VERSION,
  defineContract,
  serializeContract,
  writeText,
  writeContract,
  readContract
};
