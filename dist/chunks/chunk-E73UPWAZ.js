import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DNS_1035_LABEL,
  INITIALIZING_TIMEOUT_ANNOTATION,
  LLM_BUILDERS,
  LLM_UNBOUNDED,
  MAX_RAYSERVICE_NAME,
  atLeast,
  dict,
  effectiveDeployment,
  expectOf,
  initializingTimeoutOf,
  list,
  numberOr,
  parseRayVersion,
  rayGroups,
  rayVersionOfImage,
  replicaSlots,
  require_dist,
  runtimeEnvPaths,
  serveApps,
  serveDeployments,
  stringOr,
  validateLlmServingArgs,
  validateRayService,
  validateServeConfig,
  valueAt
} from "./chunk-VFIRZ5NL.js";
import {
  __toESM
} from "./chunk-S5ZBFXNU.js";

// src/sanitize/text.ts
var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
var CONTROL_WITH_NEWLINES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeChar(char) {
  switch (char) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    default: {
      const code = char.charCodeAt(0);
      return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
    }
  }
}
function defuseCommand(line) {
  return /^\s*::/.test(line) ? `\\${line}` : line;
}
function safeInline(text) {
  return defuseCommand(text.replace(CONTROL_WITH_NEWLINES, escapeChar));
}
function safeLines(text) {
  return text.replace(CONTROL, escapeChar).split("\n").map(defuseCommand).join("\n");
}

// src/sanitize/credentials.ts
var TOKEN_PATTERNS = [
  /hf_[A-Za-z0-9]{30,}/g,
  // Hugging Face
  /gh[pousr]_[A-Za-z0-9]{36,}/g,
  // GitHub
  /github_pat_[A-Za-z0-9_]{40,}/g,
  /sk-[A-Za-z0-9_-]{20,}/g,
  // OpenAI-style
  /AKIA[0-9A-Z]{16}/g,
  // AWS access key id
  /xox[abprs]-[A-Za-z0-9-]{10,}/g,
  // Slack
  /glpat-[A-Za-z0-9_-]{20,}/g
  // GitLab
];
function looksLikeRealToken(value) {
  return TOKEN_PATTERNS.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(value);
  });
}
function redactTokens(text) {
  return TOKEN_PATTERNS.reduce((out, pattern) => out.replace(pattern, "***"), text);
}

// src/sanitize/secret-names.ts
var LAST_WORDS = /* @__PURE__ */ new Set([
  "TOKEN",
  "SECRET",
  "PASSWORD",
  "PASSWD",
  "PASSPHRASE",
  "CREDENTIAL",
  "CREDENTIALS",
  "APIKEY"
]);
var PAIRS = [
  "API KEY",
  "ACCESS KEY",
  "SECRET KEY",
  "PRIVATE KEY",
  "AUTH TOKEN",
  "ACCESS TOKEN",
  "SESSION TOKEN",
  "CLIENT SECRET"
];
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[\s_.\-/]+/).filter(Boolean).map((word) => word.toUpperCase());
}
function isSecretName(name) {
  const words = nameWords(name);
  if (words.length === 0) return false;
  if (LAST_WORDS.has(words[words.length - 1])) return true;
  const joined = ` ${words.join(" ")} `;
  return PAIRS.some((pair) => joined.includes(` ${pair} `));
}

// src/sanitize/values.ts
var MAX_SHOWN = 60;
function describeValue(value, key) {
  if (typeof key === "string" && isSecretName(key)) return "(redacted)";
  if (typeof value === "string" && looksLikeRealToken(value)) return "(redacted)";
  let shown2;
  if (typeof value === "string")
    shown2 = JSON.stringify(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}\u2026` : value);
  else if (typeof value === "number" || typeof value === "boolean" || value === null) shown2 = String(value);
  else shown2 = Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : typeof value;
  return safeInline(shown2);
}
function secretValuesIn(root) {
  const found = /* @__PURE__ */ new Set();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
    } else if (typeof node === "object" && node !== null) {
      const entry = node;
      if (typeof entry["name"] === "string" && isSecretName(entry["name"]) && typeof entry["value"] === "string")
        found.add(entry["value"]);
      for (const [key, value] of Object.entries(entry)) {
        if (typeof value === "string" && isSecretName(key)) found.add(value);
        else stack.push(value);
      }
    }
  }
  return [...found].filter((value) => value.trim().length >= 4);
}
function redactValues(text, values) {
  let out = text;
  for (const value of values) out = out.replaceAll(value, "***");
  return redactTokens(out);
}
var PLACEHOLDER = /^(your[-_ ].*|<[^>]*>|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\([A-Za-z_][A-Za-z0-9_]*\)|change[-_ ]?me|replace[-_ ]?me|placeholder|dummy|example|todo|x{3,}|\*{3,}|\.{3,})$/i;
function isPlaceholderValue(value) {
  const trimmed = value.trim();
  return trimmed === "" || PLACEHOLDER.test(trimmed);
}
function plaintextCredentialPaths(root, base = []) {
  const found = [];
  const walk3 = (node, path) => {
    if (typeof node === "string") {
      if (looksLikeRealToken(node)) found.push(path);
      return;
    }
    if (Array.isArray(node)) return node.forEach((item, i) => walk3(item, [...path, i]));
    if (typeof node !== "object" || node === null) return;
    const entry = node;
    const envName = typeof entry["name"] === "string" && isSecretName(entry["name"]);
    for (const [key, value] of Object.entries(entry)) {
      const underName = envName && key === "value" || isSecretName(key);
      if (typeof value === "string" && underName && !looksLikeRealToken(value) && !isPlaceholderValue(value))
        found.push([...path, key]);
      else walk3(value, [...path, key]);
    }
  };
  walk3(root, [...base]);
  return found;
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
var import_yaml = __toESM(require_dist(), 1);
var BLANK = /* @__PURE__ */ new Set([" ", "	", "\n", "\r"]);
function scalarOffsetMap(source, scalar) {
  const value = typeof scalar.value === "string" ? scalar.value : scalar.source ?? String(scalar.value);
  const [start, end] = scalar.range ?? [0, 0];
  const offsets = align(source, start, end, value, scalar.type);
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
var import_yaml3 = __toESM(require_dist(), 1);

// src/manifest/yaml-path.ts
var import_yaml2 = __toESM(require_dist(), 1);
function formatYamlPath(path, empty = "the document") {
  return path.reduce((out, s) => typeof s === "number" ? `${out}[${s}]` : out ? `${out}.${s}` : s, "") || empty;
}
function keyText(key) {
  if ((0, import_yaml2.isScalar)(key)) return String(key.value);
  return String(key);
}
function childOf(node, segment) {
  if ((0, import_yaml2.isMap)(node)) {
    const pair = node.items.find((item) => (0, import_yaml2.isPair)(item) && keyText(item.key) === String(segment));
    return pair ? { node: pair.value, pair } : void 0;
  }
  if ((0, import_yaml2.isSeq)(node) && typeof segment === "number") {
    return segment < node.items.length ? { node: node.items[segment] } : void 0;
  }
  return void 0;
}
function rangeOf(node) {
  const range = node?.range;
  return range ? [range[0], range[1]] : void 0;
}

// src/manifest/yaml-source.ts
var YAML_LIMITS = {
  /** Larger than any real manifest (a 5 MB one passes), small enough that parsing stays well under a second. */
  maxBytes: 8 * 1024 * 1024,
  /** Alias expansions per document: a few anchors are normal, a billion laughs is not. */
  maxAliasCount: 100
};
var PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true, logLevel: "error" };
var YamlSource = class _YamlSource {
  doc;
  /** The text the document was parsed from (the decoded string, for an embedded document). */
  text;
  /** The document as plain values; null when it cannot be built (an unresolved or excessive alias). */
  value;
  /** Syntax and structure problems, each at its place in the file the user wrote. */
  problems;
  lines;
  toFileOffset;
  constructor(doc, text, lines, toFileOffset, extra = []) {
    this.doc = doc;
    this.text = text;
    this.lines = lines;
    this.toFileOffset = toFileOffset;
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
    let node = this.doc.contents;
    let pair;
    let nearest = rangeOf(node) ?? [0, 0];
    for (const segment of path) {
      const step = childOf(node, segment);
      if (step === void 0) return { span: this.span(nearest[0], nearest[1]), found: false };
      node = step.node;
      pair = step.pair;
      const range = rangeOf(node) ?? rangeOf(pair?.key);
      if (range) nearest = range;
    }
    if (part === "key" && pair !== void 0) {
      const keyRange = rangeOf(pair.key);
      if (keyRange) return { span: this.span(keyRange[0], keyRange[1]), found: true };
    }
    return { span: this.span(nearest[0], nearest[1]), found: true };
  }
  /** The node at a path, for callers that need its style (embedded documents, edits). */
  node(path) {
    let node = this.doc.contents;
    for (const segment of path) {
      const step = childOf(node, segment);
      if (step === void 0) return void 0;
      node = step.node;
    }
    return node;
  }
  /**
   * Parses the string scalar at `path` as a YAML document of its own, with positions that land in this file.
   * Returns undefined when the path holds no string.
   */
  embedded(path) {
    const node = this.node(path);
    if (!(0, import_yaml3.isScalar)(node) || typeof node.value !== "string") return void 0;
    const text = node.value;
    const map = scalarOffsetMap(this.text, node);
    const inner = (0, import_yaml3.parseDocument)(text, PARSE_OPTIONS);
    return new _YamlSource(inner, text, this.lines, (offset) => this.toFileOffset(map.toSource(offset)));
  }
  span(start, end) {
    return this.lines.span(this.toFileOffset(start), this.toFileOffset(end));
  }
};
function parseYamlFile(path, text) {
  const lines = new LineIndex(text);
  if (Buffer.byteLength(text) > YAML_LIMITS.maxBytes) {
    const empty = (0, import_yaml3.parseDocument)("", PARSE_OPTIONS);
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
  const documents = (0, import_yaml3.parseAllDocuments)(text, PARSE_OPTIONS);
  const list2 = Array.isArray(documents) ? documents : [];
  const starts = list2.map((doc, i) => i === 0 ? 0 : doc.range[0]);
  const slices = starts.map((start, i) => [start, starts[i + 1] ?? text.length]);
  return {
    path,
    text,
    lines,
    documents: list2.map((doc) => new YamlSource(doc, text, lines, (offset) => offset)),
    slices
  };
}
function parseYamlText(text) {
  const file = parseYamlFile("<text>", text);
  const first = file.documents[0];
  if (first) return first;
  return new YamlSource((0, import_yaml3.parseDocument)("", PARSE_OPTIONS), text, file.lines, (offset) => offset);
}
function firstLineOf(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function megabytes(bytes) {
  return (bytes / 1024 / 1024).toFixed(1);
}
function duplicateKeys(doc) {
  const repeated = [];
  (0, import_yaml3.visit)(doc, {
    Map(_, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const { key } of map.items) {
        if (!(0, import_yaml3.isScalar)(key)) continue;
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
  (0, import_yaml3.visit)(doc, {
    Alias(_, alias) {
      first ??= alias;
      if (alias.resolve(doc) === void 0) {
        unresolved = alias;
        return import_yaml3.visit.BREAK;
      }
      return void 0;
    }
  });
  return unresolved ?? first;
}

// src/manifest/yaml-edit.ts
var import_yaml4 = __toESM(require_dist(), 1);
var YamlEditError = class extends Error {
};
var FlowStyleError = class extends YamlEditError {
};
function isFlowCollection(node) {
  return ((0, import_yaml4.isMap)(node) || (0, import_yaml4.isSeq)(node)) && node.flow === true;
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
  (0, import_yaml4.visit)(doc, {
    Collection(_, node) {
      node.flow = false;
    }
  });
  return doc.toString({ lineWidth: 0 });
}
function parse(text) {
  const docs = (0, import_yaml4.parseAllDocuments)(text, { prettyErrors: false, keepSourceTokens: true, logLevel: "error" });
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
  const text = (0, import_yaml4.stringify)(value, { indent: 2, lineWidth: 0 }).replace(/\n$/, "");
  return text.split("\n").map((line, i) => i === 0 ? line : `${" ".repeat(indent)}${line}`).join("\n");
}
function scalarText(value, style) {
  if (typeof value === "string") {
    if (style === "QUOTE_DOUBLE") return JSON.stringify(value);
    if (style === "QUOTE_SINGLE") return `'${value.replaceAll("'", "''")}'`;
  }
  return (0, import_yaml4.stringify)(value, { lineWidth: 0 }).replace(/\n$/, "");
}
function sameValue(node, value) {
  return (0, import_yaml4.isScalar)(node) && !isStructure(value) && node.value === value;
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
  if ((0, import_yaml4.isMap)(parent) && parent.flow !== true && parent.items.length > 0) {
    const firstKey = rangeOf(parent.items[0].key);
    const indent = firstKey ? columnOf(text, firstKey[0]) : 0;
    const at = endOfContentLine(text, rangeOf(parent)[1]);
    return splice(text, at, at, `
${" ".repeat(indent)}${pairText(key, nested, indent)}`);
  }
  if (parent === null || parent === void 0 || (0, import_yaml4.isScalar)(parent) || (0, import_yaml4.isMap)(parent) && parent.items.length === 0) {
    if ((0, import_yaml4.isScalar)(parent) && parent.value !== null) {
      throw new YamlEditError(
        `${formatYamlPath(path.slice(0, existing))} is a value, not a mapping: cannot set ${key} inside it.`
      );
    }
    return replaceNode(text, parent, parentPair, { [key]: nested });
  }
  throw new YamlEditError(`${formatYamlPath(path.slice(0, existing))} is not a mapping: cannot set ${key} inside it.`);
}
function pairText(key, value, indent) {
  const plain = (0, import_yaml4.stringify)(key).replace(/\n$/, "");
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
  const blockCollection = ((0, import_yaml4.isMap)(node) || (0, import_yaml4.isSeq)(node)) && node.flow !== true && node.items.length > 0;
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
    return splice(text, range[0], range[1], scalarText(value, (0, import_yaml4.isScalar)(node) ? node.type : void 0));
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
  if (!pair || !(0, import_yaml4.isMap)(parent)) throw new YamlEditError(`${formatYamlPath(path)} is not a mapping key.`);
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
  if ((0, import_yaml4.isSeq)(node) && node.flow !== true && node.items.length > 0) {
    const dash = columnOf(text, rangeOf(node)[0]);
    const at = endOfContentLine(text, rangeOf(node)[1]);
    return splice(text, at, at, `
${" ".repeat(dash)}- ${blockText(item, dash + 2)}`);
  }
  if (node === void 0 || node === null || (0, import_yaml4.isScalar)(node) && node.value === null || (0, import_yaml4.isSeq)(node) && node.items.length === 0) {
    return setIn(text, docIndex, path, [item]);
  }
  throw new YamlEditError(`${formatYamlPath(path)} is not a list.`);
}
function setBlockString(text, docIndex, path, value) {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  const { node, pair } = chain[chain.length - 1];
  if (chain.length !== path.length + 1 || !(0, import_yaml4.isScalar)(node) || !pair)
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

// src/lint/rules/serve-structure.ts
var routePrefix = {
  meta: {
    id: "route-prefix",
    severity: "error",
    description: 'route_prefix must start with "/", must not end with "/" (unless it is "/") and must not contain "{" or "}".'
  },
  check(target, report) {
    for (const app of target.apps) {
      const prefix = app.routePrefix;
      if (typeof prefix !== "string") continue;
      const problem = !prefix.startsWith("/") ? 'must start with "/"' : prefix.length > 1 && prefix.endsWith("/") ? 'must not end with "/"' : /[{}]/.test(prefix) ? 'must not contain "{" or "}"' : void 0;
      if (problem) {
        report({
          message: `route_prefix "${prefix}" of application "${app.name}" ${problem}; Ray rejects the config.`,
          at: { in: "serve", path: ["applications", app.index, "route_prefix"] },
          hint: `Use "/${prefix.replace(/^\/+|\/+$/g, "").replace(/[{}]/g, "")}".`
        });
      }
    }
  }
};
var uniqueApplications = {
  meta: {
    id: "unique-applications",
    severity: "error",
    description: "Application names must be non-empty and unique, and route prefixes unique."
  },
  check(target, report) {
    const names = /* @__PURE__ */ new Map();
    const prefixes = /* @__PURE__ */ new Map();
    for (const app of target.apps) {
      if (app.name === "") {
        report({
          message: "Application name is empty; Ray rejects the config.",
          at: { in: "serve", path: ["applications", app.index, "name"] },
          hint: "Give the application a name."
        });
      }
      const sameName = names.get(app.name);
      if (sameName !== void 0) {
        report({
          message: `Application name "${app.name}" is used twice (applications[${sameName}] and [${app.index}]); Ray rejects the config.`,
          at: { in: "serve", path: ["applications", app.index, "name"] },
          hint: "Rename one of the applications."
        });
      } else names.set(app.name, app.index);
      const prefix = app.routePrefix === void 0 ? "/" : app.routePrefix;
      if (prefix === null) continue;
      const samePrefix = prefixes.get(prefix);
      if (samePrefix !== void 0) {
        report({
          message: `route_prefix "${prefix}" is used by applications[${samePrefix}] and [${app.index}]; Ray rejects the config.`,
          at: {
            in: "serve",
            path: ["applications", app.index, app.routePrefix === void 0 ? "name" : "route_prefix"]
          },
          hint: 'Give each application its own route_prefix (an omitted one means "/").'
        });
      } else prefixes.set(prefix, app.index);
    }
  }
};
var importPath = {
  meta: {
    id: "import-path",
    severity: "error",
    description: 'import_path must be "module:attribute" or "module.attribute".'
  },
  check(target, report) {
    for (const app of target.apps) {
      const path = app.importPath;
      if (path === void 0) continue;
      const colons = path.split(":").length - 1;
      const bad = colons > 1 || colons === 1 && (path.startsWith(":") || path.endsWith(":")) || colons === 0 && (!path.includes(".") || path.startsWith(".") || path.endsWith(".")) || /\s/.test(path);
      if (bad) {
        report({
          message: `import_path "${path}" of application "${app.name}" is not "module:attribute" or "module.attribute".`,
          at: { in: "serve", path: ["applications", app.index, "import_path"] },
          hint: 'For Ray Serve LLM use "ray.serve.llm:build_openai_app".'
        });
      }
    }
  }
};
var appHostPort = {
  meta: {
    id: "app-host-port",
    severity: "error",
    description: "host and port belong in http_options, not inside an application."
  },
  check(target, report) {
    const apps = list(target.serve?.value["applications"]);
    apps.forEach((app, index) => {
      for (const key of ["host", "port"]) {
        if (dict(app)[key] !== void 0) {
          report({
            message: `"${key}" is set inside application ${index}; Ray rejects it in multi-application configs.`,
            at: { in: "serve", path: ["applications", index, key], part: "key" },
            hint: `Move it to the top-level http_options.${key}.`
          });
        }
      }
    });
  }
};
var REMOTE_URI = /^[a-z][a-z0-9+.-]*:\/\//i;
var runtimeEnvRemoteUri = {
  meta: {
    id: "runtime-env-remote-uri",
    severity: "error",
    description: "runtime_env working_dir and py_modules must be remote URIs in a Serve config."
  },
  check(target, report) {
    list(target.serve?.value["applications"]).forEach((app, index) => {
      const env = dict(dict(app)["runtime_env"]);
      const base = ["applications", index, "runtime_env"];
      const workingDir = stringOr(env["working_dir"], void 0);
      if (workingDir !== void 0 && !REMOTE_URI.test(workingDir)) {
        report({
          message: `runtime_env.working_dir "${workingDir}" is a local path; Serve configs accept only remote URIs.`,
          at: { in: "serve", path: [...base, "working_dir"] },
          hint: "Upload a zip and use its URI (https://\u2026/archive.zip, s3://\u2026, gs://\u2026), or bake the code into the image."
        });
      }
      list(env["py_modules"]).forEach((module, m) => {
        if (typeof module === "string" && !REMOTE_URI.test(module)) {
          report({
            message: `runtime_env.py_modules entry "${module}" is a local path; Serve configs accept only remote URIs.`,
            at: { in: "serve", path: [...base, "py_modules", m] },
            hint: "Use a remote URI (https://\u2026/module.zip, s3://\u2026, gs://\u2026)."
          });
        }
      });
    });
  }
};
var duplicateModelId = {
  meta: {
    id: "duplicate-model-id",
    severity: "error",
    description: "Model ids of one build_openai_app must be unique."
  },
  check(target, report) {
    const seen = /* @__PURE__ */ new Map();
    for (const deployment of target.deployments) {
      if (!deployment.llm) continue;
      const key = `${deployment.appIndex}/${deployment.llm.modelId}`;
      if (seen.has(key)) {
        report({
          message: `Model id "${deployment.llm.modelId}" appears twice in application "${deployment.appName}"; Ray rejects duplicate model ids.`,
          at: { in: "serve", path: deployment.llm.modelIdPath },
          hint: "Give each llm_configs entry its own model_id."
        });
      } else seen.set(key, deployment.name);
    }
  }
};

// src/lint/rules/serve-autoscaling.ts
function autoscalingPath(deployment, key) {
  const base = [...deployment.optionsPath, "autoscaling_config"];
  return key === void 0 ? base : [...base, key];
}
function where(deployment, key) {
  if (deployment.autoscaling && key in deployment.autoscaling) return autoscalingPath(deployment, key);
  return deployment.autoscaling ? autoscalingPath(deployment) : deployment.optionsPath;
}
var autoscalingBounds = {
  meta: {
    id: "autoscaling-bounds",
    severity: "error",
    description: "min_replicas \u2264 initial_replicas \u2264 max_replicas, max_replicas \u2265 1, target_ongoing_requests > 0, delays \u2265 0, factors > 0."
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const user = deployment.autoscaling;
      if (!user) continue;
      const effective = effectiveDeployment(deployment, target.rayVersion).autoscaling;
      if (!effective) continue;
      const label2 = `Deployment "${deployment.name}" (application "${deployment.appName}")`;
      const value = (key) => numberOr(user[key], void 0);
      const fail = (key, message, hint) => report({ message: `${label2}: ${message}`, at: { in: "serve", path: where(deployment, key) }, hint });
      const { minReplicas: min, maxReplicas: max, initialReplicas: initial } = effective;
      const shown2 = (key, n) => value(key) === void 0 ? `${n} (Ray's default)` : String(n);
      if (!Number.isInteger(min) || min < 0)
        fail(
          "min_replicas",
          `min_replicas ${min} must be a whole number \u2265 0.`,
          "Use 0 to allow scale to zero, or 1 or more."
        );
      if (!Number.isInteger(max) || max < 1)
        fail(
          "max_replicas",
          `max_replicas ${max} must be a whole number \u2265 1.`,
          "Set max_replicas to the largest replica count you can afford."
        );
      if (max < min) {
        fail(
          value("max_replicas") === void 0 ? "min_replicas" : "max_replicas",
          `max_replicas ${shown2("max_replicas", max)} is below min_replicas ${shown2("min_replicas", min)}; Ray rejects the config.`,
          "Set max_replicas \u2265 min_replicas."
        );
      }
      if (initial !== void 0 && (initial < min || initial > max)) {
        fail(
          "initial_replicas",
          `initial_replicas ${initial} is outside [min_replicas ${min}, max_replicas ${max}]; Ray rejects the config.`,
          "Set initial_replicas between min_replicas and max_replicas."
        );
      }
      const target_ = value("target_ongoing_requests");
      if (target_ !== void 0 && target_ <= 0)
        fail(
          "target_ongoing_requests",
          `target_ongoing_requests ${target_} must be > 0.`,
          "A small positive number such as 1 scales eagerly."
        );
      for (const key of ["upscale_delay_s", "downscale_delay_s", "downscale_to_zero_delay_s"]) {
        const delay = value(key);
        if (delay !== void 0 && delay < 0) fail(key, `${key} ${delay} must be \u2265 0.`, "Use 0 for no delay.");
      }
      for (const key of [
        "look_back_period_s",
        "metrics_interval_s",
        "upscaling_factor",
        "downscaling_factor",
        "smoothing_factor",
        "upscale_smoothing_factor",
        "downscale_smoothing_factor"
      ]) {
        const n = value(key);
        if (n !== void 0 && n <= 0)
          fail(key, `${key} ${n} must be > 0.`, "Use a positive number (1 is the default).");
      }
    }
  }
};
var numReplicasWithAutoscaling = {
  meta: {
    id: "num-replicas-with-autoscaling",
    severity: "error",
    description: 'A fixed num_replicas cannot be combined with autoscaling_config; num_replicas must be \u2265 1 or "auto".'
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const n = deployment.numReplicas;
      if (typeof n === "number" && deployment.autoscaling) {
        report({
          message: `Deployment "${deployment.name}": num_replicas ${n} is set together with autoscaling_config; Ray rejects the config ("Manually setting num_replicas is not allowed when autoscaling_config is provided").`,
          at: { in: "serve", path: [...deployment.optionsPath, "num_replicas"] },
          hint: 'Remove num_replicas, or set it to "auto".'
        });
      } else if (typeof n === "number" && (!Number.isInteger(n) || n < 1)) {
        report({
          message: `Deployment "${deployment.name}": num_replicas ${n} must be a whole number \u2265 1 or "auto".`,
          at: { in: "serve", path: [...deployment.optionsPath, "num_replicas"] },
          hint: "Use autoscaling_config with min_replicas: 0 to scale to zero."
        });
      }
    }
  }
};
var maxOngoingBelowTarget = {
  meta: {
    id: "max-ongoing-below-target",
    severity: "warning",
    description: "max_ongoing_requests below target_ongoing_requests keeps replicas from ever reaching the target."
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const effective = effectiveDeployment(deployment, target.rayVersion);
      const max = effective.maxOngoingRequests;
      const goal = effective.autoscaling?.targetOngoingRequests;
      if (effective.mode !== "autoscaling" || max === void 0 || goal === void 0 || max >= goal) continue;
      report({
        message: `Deployment "${deployment.name}": max_ongoing_requests ${max} is below target_ongoing_requests ${goal}; a replica can never hold its target load, so requests queue in the proxy and scaling reacts to queueing instead.`,
        at: {
          in: "serve",
          path: deployment.maxOngoingRequests !== void 0 ? [...deployment.optionsPath, "max_ongoing_requests"] : where(deployment, "target_ongoing_requests")
        },
        hint: `Set max_ongoing_requests to at least ${Math.ceil(goal)} (a common choice is 2\u20134 \xD7 the target).`
      });
    }
  }
};
var DEPRECATED_AUTOSCALING = {
  target_num_ongoing_requests_per_replica: "was renamed target_ongoing_requests in Ray 2.10 and is ignored by current Ray: the deployment runs with the default target",
  smoothing_factor: "is deprecated; use upscaling_factor and downscaling_factor",
  upscale_smoothing_factor: "is deprecated; use upscaling_factor",
  downscale_smoothing_factor: "is deprecated; use downscaling_factor",
  metrics_interval_s: "is deprecated and will be removed; Ray pushes metrics on its own interval"
};
var RENAMES = {
  target_num_ongoing_requests_per_replica: "target_ongoing_requests",
  smoothing_factor: "upscaling_factor / downscaling_factor",
  upscale_smoothing_factor: "upscaling_factor",
  downscale_smoothing_factor: "downscaling_factor",
  max_concurrent_queries: "max_ongoing_requests"
};
var deprecatedServeKey = {
  meta: {
    id: "deprecated-serve-key",
    severity: "warning",
    description: "Deprecated or renamed Serve options (target_num_ongoing_requests_per_replica, max_concurrent_queries, *smoothing_factor, metrics_interval_s)."
  },
  check(target, report) {
    const before210 = target.rayVersion !== void 0 && !atLeast(target.rayVersion, "2.10.0");
    for (const deployment of target.deployments) {
      for (const [key, why] of Object.entries(DEPRECATED_AUTOSCALING)) {
        if (!deployment.autoscaling || !(key in deployment.autoscaling)) continue;
        if (before210) continue;
        if (key === "metrics_interval_s" && deployment.autoscaling[key] === 10) continue;
        report({
          message: `Deployment "${deployment.name}": autoscaling_config.${key} ${why}.`,
          at: { in: "serve", path: autoscalingPath(deployment, key), part: "key" },
          hint: RENAMES[key] ? `Use ${RENAMES[key]}.` : "Remove it."
        });
      }
      if ("max_concurrent_queries" in deployment.options && !before210) {
        report({
          message: `Deployment "${deployment.name}": max_concurrent_queries was renamed max_ongoing_requests in Ray 2.10; current Ray ignores it and uses the default.`,
          at: { in: "serve", path: [...deployment.optionsPath, "max_concurrent_queries"], part: "key" },
          hint: "Use max_ongoing_requests."
        });
      }
    }
  }
};
var llmAutoscalingDefault = {
  meta: {
    id: "llm-autoscaling-default",
    severity: "warning",
    description: "A ray.serve.llm model without an explicit target_ongoing_requests relies on defaults that changed in Ray 2.48 (from then on it never scales)."
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      if (deployment.kind !== "llm" || typeof deployment.numReplicas === "number") continue;
      if (deployment.autoscaling && "target_ongoing_requests" in deployment.autoscaling) continue;
      const effective = effectiveDeployment(deployment, target.rayVersion).autoscaling;
      const version = target.rayVersion ? `Ray ${target.rayVersion.text}` : "this Ray version (rayVersion is not set)";
      let message;
      if (deployment.autoscaling) {
        message = `Deployment "${deployment.name}": autoscaling_config has no target_ongoing_requests; it replaces the LLM defaults wholesale, so ${version} uses Serve's default target of ${effective?.targetOngoingRequests ?? 2}.`;
      } else if (effective && effective.targetOngoingRequests >= LLM_UNBOUNDED) {
        message = `Deployment "${deployment.name}": no autoscaling_config; from Ray 2.48 the LLM deployment's default target_ongoing_requests is ${LLM_UNBOUNDED.toExponential()} and it never scales up on ${version}.`;
      } else {
        message = `Deployment "${deployment.name}": no autoscaling_config; ${version} uses the LLM default target_ongoing_requests ${effective?.targetOngoingRequests ?? 10}, and from Ray 2.48 the default stops scaling altogether.`;
      }
      report({
        message,
        at: {
          in: "serve",
          path: deployment.autoscaling ? autoscalingPath(deployment) : deployment.llm?.configPath ?? deployment.optionsPath
        },
        hint: "Set deployment_config.autoscaling_config with min_replicas, max_replicas and target_ongoing_requests."
      });
    }
  }
};
var VERSION_GATED = [
  { scope: "autoscaling", key: "downscale_to_zero_delay_s", since: "2.50.0" },
  { scope: "autoscaling", key: "policy", since: "2.50.0" },
  { scope: "autoscaling", key: "prometheus_metrics", since: "2.50.0" },
  { scope: "autoscaling", key: "aggregation_function", since: "2.55.0" },
  { scope: "options", key: "request_router_config", since: "2.46.0" },
  { scope: "llm-args", key: "ingress_cls_config", since: "2.50.0" },
  { scope: "llm-args", key: "ingress_deployment_config", since: "2.50.0" },
  { scope: "llm-config", key: "placement_group_config", since: "2.50.0" }
];
function gatedIn(target, scope, visit3) {
  for (const deployment of target.deployments) {
    if (scope === "autoscaling" && deployment.autoscaling) visit3(autoscalingPath(deployment));
    if (scope === "options") visit3(deployment.optionsPath);
    if (scope === "llm-config" && deployment.llm) visit3(deployment.llm.configPath);
  }
  if (scope === "llm-args") {
    for (const app of target.apps) if (app.isLlm) visit3(["applications", app.index, "args"]);
  }
}
var versionGatedKey = {
  meta: {
    id: "version-gated-key",
    severity: "warning",
    description: "Serve options that the rayVersion in use does not know yet (it drops them silently)."
  },
  check(target, report) {
    const version = target.rayVersion;
    if (!version) return;
    for (const gate of VERSION_GATED) {
      if (atLeast(version, gate.since)) continue;
      gatedIn(target, gate.scope, (path) => {
        if (!(gate.key in dict(valueAt(target.serve?.value, path)))) return;
        const since = gate.since.replace(/\.0$/, "");
        report({
          message: `${gate.key} needs Ray ${since} or later; rayVersion ${version.text} ignores it.`,
          at: { in: "serve", path: [...path, gate.key], part: "key" },
          hint: `Upgrade rayVersion and the image to ${since}+, or remove ${gate.key}.`
        });
      });
    }
  }
};

// src/lint/target.ts
var SERVE_CONFIG_PATH = ["spec", "serveConfigV2"];
var CLUSTER_PATH = ["spec", "rayClusterConfig"];
function buildTarget(file, manifest, serveSource) {
  const resource = dict(manifest.value);
  const spec = dict(resource["spec"]);
  const cluster = dict(spec["rayClusterConfig"]);
  const serveValue = serveSource?.value;
  const serve = serveSource && serveSource.problems.length === 0 && typeof serveValue === "object" && serveValue !== null && !Array.isArray(serveValue) ? { source: serveSource, value: serveValue } : void 0;
  const rayVersionText = stringOr(cluster["rayVersion"], void 0);
  return {
    file,
    manifest,
    resource,
    serve,
    rayVersion: rayVersionText === void 0 ? void 0 : parseRayVersion(rayVersionText),
    groups: rayGroups(cluster, CLUSTER_PATH),
    apps: serve ? serveApps(serve.value) : [],
    deployments: serve ? serveDeployments(serve.value) : []
  };
}

// src/lint/rules/gpu.ts
function gpuDemands(target) {
  const demands = [];
  for (const deployment of target.deployments) {
    const gpus = deployment.gpusPerReplica;
    if (gpus === void 0 || gpus <= 0) continue;
    const effective = effectiveDeployment(deployment, target.rayVersion);
    if (effective.mode === "fixed" && effective.fixedReplicas !== void 0) {
      demands.push({
        deployment,
        gpusPerReplica: gpus,
        replicas: effective.fixedReplicas,
        countPath: [...deployment.optionsPath, "num_replicas"],
        countSource: "num_replicas"
      });
    } else if (effective.autoscaling) {
      const explicit = deployment.autoscaling && "max_replicas" in deployment.autoscaling;
      demands.push({
        deployment,
        gpusPerReplica: gpus,
        replicas: effective.autoscaling.maxReplicas,
        countPath: explicit ? [...deployment.optionsPath, "autoscaling_config", "max_replicas"] : deployment.llm?.configPath ?? deployment.optionsPath,
        countSource: explicit ? "max_replicas" : `max_replicas (Ray's default ${effective.autoscaling.maxReplicas})`
      });
    }
  }
  return demands;
}
function describeGroups(groups, pods) {
  return groups.filter((g) => g.gpusPerPod > 0).map((g) => `${g.name}: ${pods(g)} pod(s) \xD7 ${g.gpusPerPod} GPU`).join(", ");
}
var gpuCapacity = {
  meta: {
    id: "gpu-capacity",
    severity: "error",
    description: "Serve's max replicas \xD7 GPUs per replica must fit what the worker groups can ever offer (maxReplicas \xD7 numOfHosts \xD7 GPUs per pod)."
  },
  check(target, report) {
    const demands = gpuDemands(target);
    const gpuGroups = target.groups.filter((g) => g.gpusPerPod > 0);
    for (const demand of demands) {
      const slots = target.groups.reduce((sum, g) => sum + replicaSlots(g, demand.gpusPerReplica), 0);
      const fitsOnePod = gpuGroups.some((g) => g.gpusPerPod >= demand.gpusPerReplica);
      if (gpuGroups.length === 0) {
        report({
          message: `Deployment "${demand.deployment.name}" needs ${demand.gpusPerReplica} GPU(s) per replica, but no head or worker group offers GPUs: no replica can ever be placed.`,
          at: { in: "serve", path: demand.countPath },
          hint: "Add a worker group whose container has an nvidia.com/gpu limit (and matching num-gpus)."
        });
        continue;
      }
      if (!fitsOnePod || demand.replicas <= slots) continue;
      report({
        message: `Deployment "${demand.deployment.name}": ${demand.countSource} ${demand.replicas} \xD7 ${demand.gpusPerReplica} GPU(s) per replica needs ${demand.replicas * demand.gpusPerReplica} GPUs, but the cluster can offer at most ${slots} such replica(s) (${describeGroups(target.groups, (g) => g.maxReplicas * g.numOfHosts)}): replicas beyond ${slots} can never be placed.`,
        at: { in: "serve", path: demand.countPath },
        hint: `Lower ${demand.countSource.split(" ")[0]} to ${slots}, or raise the GPU worker group's maxReplicas.`
      });
    }
    if (demands.length > 1) {
      const needed = demands.reduce((sum, d) => sum + d.replicas * d.gpusPerReplica, 0);
      const offered = target.groups.reduce((sum, g) => sum + g.maxReplicas * g.numOfHosts * g.gpusPerPod, 0);
      if (needed > offered) {
        const last = demands[demands.length - 1];
        report({
          message: `Together the GPU deployments may scale to ${needed} GPUs (${demands.map((d) => `${d.deployment.name}: ${d.replicas} \xD7 ${d.gpusPerReplica}`).join(", ")}), but the cluster offers at most ${offered}.`,
          at: { in: "serve", path: last.countPath },
          hint: "Lower the max_replicas values or raise the GPU worker groups' maxReplicas."
        });
      }
    }
  }
};
var tensorParallelFit = {
  meta: {
    id: "tensor-parallel-fit",
    severity: "error",
    description: "tensor_parallel_size must not exceed the GPUs of one worker pod (the engine packs its GPUs onto one node)."
  },
  check(target, report) {
    const largest = Math.max(0, ...target.groups.map((g) => g.gpusPerPod));
    if (largest === 0) return;
    for (const deployment of target.deployments) {
      const tp = deployment.llm?.tensorParallel;
      if (tp === void 0 || tp <= largest) continue;
      report({
        message: `Deployment "${deployment.name}": tensor_parallel_size ${tp} needs ${tp} GPUs on one node, but the largest pod offers ${largest}; the replica's placement group can never be scheduled.`,
        at: {
          in: "serve",
          path: [...deployment.llm?.configPath ?? deployment.optionsPath, "engine_kwargs", "tensor_parallel_size"]
        },
        hint: `Use a worker group with ${tp} GPUs per pod (nvidia.com/gpu: ${tp}, num-gpus: "${tp}"), or lower tensor_parallel_size.`
      });
    }
  }
};
var numGpusMismatch = {
  meta: {
    id: "num-gpus-mismatch",
    severity: "error",
    description: "rayStartParams num-gpus must match the container's GPU limit."
  },
  check(target, report) {
    for (const group of target.groups) {
      const raw = group.rayStartParams["num-gpus"];
      if (raw === void 0) continue;
      const declared = Number(raw);
      if (!Number.isFinite(declared)) continue;
      const at = { in: "manifest", path: [...group.path, "rayStartParams", "num-gpus"] };
      if (!group.gpuLimit) {
        if (declared > 0) {
          report({
            message: `Group "${group.name}" tells Ray it has ${declared} GPU(s) (num-gpus) but its container has no GPU limit: Kubernetes gives the pod no GPU and replicas placed there fail.`,
            at,
            hint: `Add resources.limits nvidia.com/gpu: ${declared} to the group's first container, or remove num-gpus.`
          });
        }
        continue;
      }
      if (declared !== group.gpuLimit.count) {
        report({
          message: `Group "${group.name}": num-gpus "${raw}" does not match the container's ${group.gpuLimit.key} limit ${group.gpuLimit.count}; Ray schedules by num-gpus, so ${declared > group.gpuLimit.count ? "replicas land on GPUs that do not exist" : "GPUs the pod holds stay unused"}.`,
          at,
          hint: `Set num-gpus: "${group.gpuLimit.count}", or remove it and let KubeRay derive it from the limit.`,
          severity: declared > group.gpuLimit.count ? "error" : "warning"
        });
      }
    }
  }
};
var fractionalRayResource = {
  meta: {
    id: "fractional-ray-resource",
    severity: "error",
    description: "num-cpus and num-gpus in rayStartParams must be whole numbers: the Ray autoscaler parses them with int()."
  },
  check(target, report) {
    const autoscaling = target.resource.spec?.rayClusterConfig?.enableInTreeAutoscaling === true;
    for (const group of target.groups) {
      for (const key of ["num-cpus", "num-gpus"]) {
        const raw = group.rayStartParams[key];
        if (raw === void 0) continue;
        if (/^\s*\d+\s*$/.test(String(raw))) continue;
        report({
          message: `Group "${group.name}": ${key} "${String(raw)}" is not a whole number; the Ray autoscaler reads it with int() and fails to build its config.`,
          at: { in: "manifest", path: [...group.path, "rayStartParams", key] },
          hint: `Use a whole number in quotes, e.g. ${key}: "1"; put fractional GPUs in ray_actor_options.num_gpus instead.`,
          severity: autoscaling ? "error" : "warning"
        });
      }
    }
  }
};
var autoscalerDisabled = {
  meta: {
    id: "autoscaler-disabled",
    severity: "error",
    description: "Serve may scale past what the fixed worker pods hold while the in-tree autoscaler is off: those replicas pend forever."
  },
  check(target, report) {
    const cluster = target.resource.spec?.rayClusterConfig;
    if (!cluster || cluster["enableInTreeAutoscaling"] === true) return;
    const canGrow = target.groups.some((g) => g.kind === "worker" && g.maxReplicas > g.replicas && g.gpusPerPod > 0);
    if (!canGrow) return;
    for (const demand of gpuDemands(target)) {
      const staticSlots = target.groups.reduce(
        (sum, g) => sum + replicaSlots(g, demand.gpusPerReplica, g.replicas * g.numOfHosts),
        0
      );
      if (demand.replicas <= staticSlots) continue;
      const located = "enableInTreeAutoscaling" in cluster ? [...CLUSTER_PATH, "enableInTreeAutoscaling"] : CLUSTER_PATH;
      report({
        message: `Deployment "${demand.deployment.name}" may scale to ${demand.replicas} replica(s), but with enableInTreeAutoscaling off the cluster keeps its ${describeGroups(target.groups, (g) => g.replicas * g.numOfHosts)}: replicas beyond ${staticSlots} pend forever.`,
        at: { in: "manifest", path: located, part: "enableInTreeAutoscaling" in cluster ? "value" : "key" },
        hint: "Set spec.rayClusterConfig.enableInTreeAutoscaling: true."
      });
    }
  }
};
var maxReplicasPerNodeAutoscaler = {
  meta: {
    id: "max-replicas-per-node-autoscaler",
    severity: "warning",
    description: "max_replicas_per_node asks for an internal resource the Ray autoscaler cannot map to a node type (ray#48471)."
  },
  check(target, report) {
    const autoscaling = target.resource.spec?.rayClusterConfig?.enableInTreeAutoscaling === true;
    if (!autoscaling) return;
    for (const deployment of target.deployments) {
      if (!("max_replicas_per_node" in deployment.options)) continue;
      report({
        message: `Deployment "${deployment.name}": max_replicas_per_node makes each replica request a per-node resource that the Ray autoscaler cannot map to any worker group, so replicas beyond the current nodes can stay pending (ray-project/ray#48471).`,
        at: { in: "serve", path: [...deployment.optionsPath, "max_replicas_per_node"], part: "key" },
        hint: "Remove max_replicas_per_node, or size the worker groups so every replica fits without new nodes."
      });
    }
  }
};

// src/lint/rules/cluster.ts
var workerGroupBounds = {
  meta: {
    id: "worker-group-bounds",
    severity: "error",
    description: "Worker groups need 0 \u2264 minReplicas \u2264 replicas \u2264 maxReplicas and numOfHosts \u2265 1."
  },
  check(target, report) {
    list(dict(dict(target.resource["spec"])["rayClusterConfig"])["workerGroupSpecs"]).forEach((raw, index) => {
      const group = dict(raw);
      const name = stringOr(group["groupName"], `#${index}`);
      const path = [...CLUSTER_PATH, "workerGroupSpecs", index];
      const n = (key) => typeof group[key] === "number" ? group[key] : void 0;
      const min = n("minReplicas");
      const max = n("maxReplicas");
      const replicas = n("replicas");
      for (const [key, value] of [
        ["minReplicas", min],
        ["maxReplicas", max],
        ["replicas", replicas]
      ]) {
        if (value !== void 0 && value < 0) {
          report({
            message: `Group "${name}": ${key} ${value} must be \u2265 0.`,
            at: { in: "manifest", path: [...path, key] },
            hint: `Set ${key} to 0 or more.`
          });
        }
      }
      if (min !== void 0 && max !== void 0 && min > max) {
        report({
          message: `Group "${name}": minReplicas ${min} is above maxReplicas ${max}; KubeRay rejects the RayCluster.`,
          at: { in: "manifest", path: [...path, "minReplicas"] },
          hint: "Set minReplicas \u2264 maxReplicas."
        });
      }
      if (replicas !== void 0 && (min !== void 0 && replicas < min || max !== void 0 && replicas > max)) {
        report({
          message: `Group "${name}": replicas ${replicas} is outside [minReplicas ${min ?? 0}, maxReplicas ${max ?? "\u221E"}]; KubeRay clamps it, so the cluster starts with a different size than written.`,
          at: { in: "manifest", path: [...path, "replicas"] },
          hint: "Set replicas within the bounds, or leave it out (it starts at minReplicas).",
          severity: "warning"
        });
      }
      const hosts = n("numOfHosts");
      if (hosts !== void 0 && hosts < 1) {
        report({
          message: `Group "${name}": numOfHosts ${hosts} must be \u2265 1.`,
          at: { in: "manifest", path: [...path, "numOfHosts"] },
          hint: "Use 1 unless the group runs multi-host TPUs."
        });
      }
    });
  }
};
function images(target, cluster) {
  const found = [];
  for (const group of target.groups) {
    if (group.image)
      found.push({ where: `group "${group.name}"`, image: group.image, path: [...group.containerPath, "image"] });
  }
  const autoscalerImage = stringOr(dict(cluster["autoscalerOptions"])["image"], void 0);
  if (autoscalerImage)
    found.push({
      where: "autoscalerOptions",
      image: autoscalerImage,
      path: [...CLUSTER_PATH, "autoscalerOptions", "image"]
    });
  return found;
}
var rayVersionImage = {
  meta: {
    id: "ray-version-image",
    severity: "error",
    description: "rayVersion must match the Ray version in the rayproject/ray, ray-ml and ray-llm image tags."
  },
  check(target, report) {
    const cluster = dict(dict(target.resource["spec"])["rayClusterConfig"]);
    const raw = cluster["rayVersion"];
    const declared = typeof raw === "string" ? parseRayVersion(raw) : void 0;
    if (typeof raw === "string" && declared === void 0) {
      report({
        message: `rayVersion "${raw}" is not a version number.`,
        at: { in: "manifest", path: [...CLUSTER_PATH, "rayVersion"] },
        hint: "Write it like '2.47.1'."
      });
      return;
    }
    const tagged = images(target, cluster).flatMap((entry) => {
      const version = rayVersionOfImage(entry.image);
      return version === void 0 || version === "unversioned" ? [] : [{ ...entry, version }];
    });
    if (declared === void 0) {
      const first = tagged[0];
      if (first && raw === void 0) {
        const v = `${first.version.major}.${first.version.minor}.${first.version.patch}`;
        report({
          message: `rayVersion is not set; KubeRay uses it to pick health probes and features, and rayservice-ci to pick Ray's autoscaling behaviour. The images run Ray ${v}.`,
          at: { in: "manifest", path: CLUSTER_PATH, part: "key" },
          hint: `Add rayVersion: '${v}' under rayClusterConfig.`,
          severity: "warning"
        });
      }
      return;
    }
    for (const entry of tagged) {
      const v = entry.version;
      if (v.major === declared.major && v.minor === declared.minor && v.patch === declared.patch) continue;
      report({
        message: `${entry.where} runs image ${entry.image} (Ray ${v.major}.${v.minor}.${v.patch}) but rayVersion is ${declared.text}; KubeRay picks probes and features by rayVersion, so a mismatch can leave pods never Ready.`,
        at: { in: "manifest", path: entry.path },
        hint: `Use the same version in both places (rayVersion: '${v.major}.${v.minor}.${v.patch}' or an image tagged ${declared.text}).`
      });
    }
  }
};
var rayServiceName = {
  meta: {
    id: "rayservice-name",
    severity: "error",
    description: `The RayService name must be a DNS-1035 label of at most ${MAX_RAYSERVICE_NAME} characters.`
  },
  check(target, report) {
    const name = dict(target.resource["metadata"])["name"];
    if (typeof name !== "string") return;
    const at = { in: "manifest", path: ["metadata", "name"] };
    if (name.length > MAX_RAYSERVICE_NAME) {
      report({
        message: `RayService name "${name}" has ${name.length} characters; KubeRay allows at most ${MAX_RAYSERVICE_NAME}.`,
        at,
        hint: `Shorten it to ${MAX_RAYSERVICE_NAME} characters or fewer.`
      });
    }
    if (!DNS_1035_LABEL.test(name)) {
      report({
        message: `RayService name "${name}" is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit).`,
        at,
        hint: `Try "${name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "") || "rayservice"}".`
      });
    }
  }
};
var initializingTimeout = {
  meta: {
    id: "initializing-timeout",
    severity: "error",
    description: `The ${INITIALIZING_TIMEOUT_ANNOTATION} annotation must be a positive Go duration (20m, 1h30m) or whole seconds.`
  },
  check(target, report) {
    const value = dict(dict(target.resource["metadata"])["annotations"])[INITIALIZING_TIMEOUT_ANNOTATION];
    if (value === void 0 || value === "") return;
    const at = { in: "manifest", path: ["metadata", "annotations", INITIALIZING_TIMEOUT_ANNOTATION] };
    const timeout = typeof value === "string" ? initializingTimeoutOf(value) : { problem: "format" };
    if ("problem" in timeout && timeout.problem === "format") {
      report({
        message: `${INITIALIZING_TIMEOUT_ANNOTATION} "${String(value)}" is neither a Go duration nor whole seconds; KubeRay marks the RayService Ready=False (ValidationFailed) and never starts it.`,
        at,
        hint: 'Write a Go duration such as "20m" or "1h30m" (units h, m, s, ms; no "d"), or seconds such as "1200", as a quoted string.'
      });
    } else if ("problem" in timeout) {
      report({
        message: `${INITIALIZING_TIMEOUT_ANNOTATION} "${String(value)}" is not positive; KubeRay refuses it and never starts the RayService.`,
        at,
        hint: 'Give a timeout above zero, e.g. "20m", or remove the annotation.'
      });
    }
  }
};
var deprecatedRayServiceField = {
  meta: {
    id: "deprecated-rayservice-field",
    severity: "warning",
    description: "RayService fields KubeRay no longer reads (serviceUnhealthySecondThreshold, deploymentUnhealthySecondThreshold) and the deprecated ray.io/v1alpha1 API."
  },
  check(target, report) {
    const spec = dict(target.resource["spec"]);
    for (const key of ["serviceUnhealthySecondThreshold", "deploymentUnhealthySecondThreshold"]) {
      if (key in spec) {
        report({
          message: `spec.${key} has had no effect since KubeRay 1.1.`,
          at: { in: "manifest", path: ["spec", key], part: "key" },
          hint: "Remove it; use the ray.io/initializing-timeout annotation (KubeRay 1.5+) to bound start-up."
        });
      }
    }
    if (target.resource["apiVersion"] === "ray.io/v1alpha1") {
      report({
        message: "apiVersion ray.io/v1alpha1 is deprecated.",
        at: { in: "manifest", path: ["apiVersion"] },
        hint: "Use apiVersion: ray.io/v1."
      });
    }
  }
};
var serveConfigMissing = {
  meta: {
    id: "serve-config-missing",
    severity: "warning",
    description: "A RayService without serveConfigV2 deploys no Serve application."
  },
  check(target, report) {
    if (dict(target.resource["spec"])["serveConfigV2"] === void 0 && target.resource["spec"] !== void 0) {
      report({
        message: "spec.serveConfigV2 is not set: the cluster starts but serves nothing, and the RayService never becomes Ready.",
        at: { in: "manifest", path: ["spec"], part: "key" },
        hint: "Add serveConfigV2: | with an applications: list."
      });
    }
  }
};
var servePortMissing = {
  meta: {
    id: "serve-port-missing",
    severity: "error",
    description: 'A head container that declares ports needs one named "serve" (or spec.serveService), or KubeRay never creates the serve Service.'
  },
  check(target, report) {
    const spec = dict(target.resource["spec"]);
    if (spec["serveService"] !== void 0) return;
    const head = target.groups.find((g) => g.kind === "head");
    if (!head) return;
    const container = dict(
      list(dict(dict(dict(dict(spec["rayClusterConfig"])["headGroupSpec"])["template"])["spec"])["containers"])[0]
    );
    const ports = list(container["ports"]).map(dict);
    if (!ports.length || ports.some((p) => p["name"] === "serve" || String(p["name"] ?? "").startsWith("serve-")))
      return;
    report({
      message: `The head container declares ports but none named "serve": KubeRay takes the serve Service's ports from it, so <name>-serve-svc is never created and the RayService never serves (kuberay common/service.go).`,
      at: { in: "manifest", path: [...head.containerPath, "ports"], part: "key" },
      hint: "Add - containerPort: 8000, name: serve to the head container's ports (or remove ports to get KubeRay's defaults)."
    });
  }
};

// src/lint/rules/secrets.ts
var SECRET_NAME = /(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;
function containerEnvValues(resource) {
  const found = [];
  const cluster = dict(dict(resource["spec"])["rayClusterConfig"]);
  const templates = [
    {
      path: [...CLUSTER_PATH, "headGroupSpec", "template", "spec"],
      spec: dict(dict(cluster["headGroupSpec"])["template"])["spec"]
    },
    ...list(cluster["workerGroupSpecs"]).map((group, i) => ({
      path: [...CLUSTER_PATH, "workerGroupSpecs", i, "template", "spec"],
      spec: dict(dict(group)["template"])["spec"]
    }))
  ];
  for (const template of templates) {
    for (const kind of ["containers", "initContainers"]) {
      list(dict(template.spec)[kind]).forEach((container, c) => {
        list(dict(container)["env"]).forEach((env, e) => {
          const entry = dict(env);
          if (typeof entry["name"] === "string" && typeof entry["value"] === "string") {
            found.push({
              name: entry["name"],
              value: entry["value"],
              in: "manifest",
              path: [...template.path, kind, c, "env", e, "value"],
              context: "container env"
            });
          }
        });
      });
    }
  }
  list(dict(cluster["autoscalerOptions"])["env"]).forEach((env, e) => {
    const entry = dict(env);
    if (typeof entry["name"] === "string" && typeof entry["value"] === "string") {
      found.push({
        name: entry["name"],
        value: entry["value"],
        in: "manifest",
        path: [...CLUSTER_PATH, "autoscalerOptions", "env", e, "value"],
        context: "autoscaler env"
      });
    }
  });
  return found;
}
function serveEnvValues(serve) {
  const found = [];
  for (const path of runtimeEnvPaths(serve)) {
    for (const [name, value] of Object.entries(dict(dict(valueAt(serve, path))["env_vars"]))) {
      if (typeof value === "string")
        found.push({ name, value, in: "serve", path: [...path, "env_vars", name], context: "runtime_env.env_vars" });
    }
  }
  return found;
}
var plaintextSecret = {
  meta: {
    id: "plaintext-secret",
    severity: "warning",
    description: "Credentials written into the manifest (env or env_vars named *TOKEN*, *KEY*, *SECRET*, *PASSWORD*); an error when the value looks like a real token."
  },
  check(target, report) {
    const values = [...containerEnvValues(target.resource), ...serveEnvValues(target.serve?.value)];
    for (const entry of values) {
      const real = looksLikeRealToken(entry.value);
      if (!real && (!SECRET_NAME.test(entry.name) || entry.value.trim() === "")) continue;
      const hint = entry.in === "serve" ? `Keep it in a Kubernetes Secret and inject it as a container env var with valueFrom.secretKeyRef (Ray workers inherit it); \`rayservice-ci render --secret-env ${entry.name}=SECRET/KEY\` does this for a test run.` : "Use valueFrom.secretKeyRef with a Kubernetes Secret instead of value.";
      report({
        message: real ? `${entry.name} in ${entry.context} holds what looks like a real credential, in plain text in the manifest (value not shown). Revoke it and move it to a Secret.` : `${entry.name} in ${entry.context} is a credential written in plain text in the manifest.`,
        at: { in: entry.in, path: entry.path },
        hint,
        severity: real ? "error" : "warning"
      });
    }
  }
};

// src/lint/rules/index.ts
var RULES = [
  rayServiceName,
  initializingTimeout,
  serveConfigMissing,
  servePortMissing,
  deprecatedRayServiceField,
  rayVersionImage,
  workerGroupBounds,
  numGpusMismatch,
  fractionalRayResource,
  routePrefix,
  uniqueApplications,
  importPath,
  appHostPort,
  runtimeEnvRemoteUri,
  duplicateModelId,
  autoscalingBounds,
  numReplicasWithAutoscaling,
  maxOngoingBelowTarget,
  deprecatedServeKey,
  llmAutoscalingDefault,
  versionGatedKey,
  gpuCapacity,
  tensorParallelFit,
  autoscalerDisabled,
  maxReplicasPerNodeAutoscaler,
  plaintextSecret
];

// src/lint/schema-findings.ts
function schemaReports(check) {
  if (check.validate(check.value)) return [];
  return toReports(check.validate.errors ?? [], check);
}
function toReports(errors, check) {
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === "anyOf").map((e) => `${e.instancePath}|${e.schemaPath}`)
  );
  const reports = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "if") continue;
    const insideAnyOf = [...anyOfPaths].some((key2) => {
      const [instance, schemaPath] = key2.split("|");
      return error.keyword !== "anyOf" && error.instancePath === instance && error.schemaPath.startsWith(`${schemaPath}/`);
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
function instancePath(pointer, root) {
  if (pointer === "") return [];
  const segments = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const key = Array.isArray(node) ? Number(segment) : segment;
    segments.push(key);
    node = node?.[key];
  }
  return segments;
}
function label(path) {
  const named = [...path].reverse().find((s) => typeof s === "string");
  return named === void 0 ? "the document" : String(named);
}
function describe(error, path, check) {
  const where2 = check.in;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(
        error.parentSchema?.["properties"] ?? {}
      );
      const suggestion = closest(key, known);
      return {
        message: `Unknown key "${key}" in ${label(path)}${suggestion ? `; did you mean "${suggestion}"?` : "."} ${check.unknownKeyEffect}`,
        at: { in: where2, path: [...path, key], part: "key" },
        hint: suggestion ? `Rename it to "${suggestion}".` : `Remove it. Known keys: ${known.join(", ")}.`
      };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return {
        message: `${path.length ? `"${label(path)}"` : "The document"} is missing the required key "${missing}".`,
        at: { in: where2, path, part: "key" },
        hint: `Add ${missing}.`
      };
    }
    default: {
      const expected = expectOf(error.parentSchema ?? {});
      return {
        message: `${formatYamlPath(path, "The document")} must be ${expected}, but is ${shown(error.data, path)}.`,
        at: { in: where2, path },
        hint: `Write ${expected}.`
      };
    }
  }
}
function shown(value, path) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const key = [...path].reverse().find((s) => typeof s === "string");
  if (typeof value === "string") return `the string ${describeValue(value, key)}`;
  return `${typeof value} ${describeValue(value, key)}`;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 4));
  return bestDistance <= allowed ? best : void 0;
}
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// src/lint/suppressions.ts
var DIRECTIVE = /(?:^|\s)#\s*rayservice-ci-disable(-line|-next-line|-file)?(?:\s+([\w\-,\s]+?))?\s*$/;
function findSuppressions(text) {
  const byLine = /* @__PURE__ */ new Map();
  const fileWide = [];
  text.split("\n").forEach((rawLine, index) => {
    const match = DIRECTIVE.exec(rawLine.replace(/\r$/, ""));
    if (!match) return;
    const rules = match[2]?.split(/[\s,]+/).filter(Boolean);
    const suppression = { rules: rules && rules.length ? rules : "all" };
    const line = index + 1;
    switch (match[1]) {
      case "-file":
        fileWide.push(suppression);
        break;
      case "-next-line":
        byLine.set(line + 1, [...byLine.get(line + 1) ?? [], suppression]);
        break;
      default:
        byLine.set(line, [...byLine.get(line) ?? [], suppression]);
    }
  });
  const covers = (s, ruleId) => s.rules === "all" || s.rules.includes(ruleId);
  return {
    isSuppressed(ruleId, line) {
      return fileWide.some((s) => covers(s, ruleId)) || (byLine.get(line) ?? []).some((s) => covers(s, ruleId));
    }
  };
}

// src/lint/lint-text.ts
var BUILTIN_CHECKS = [
  { id: "yaml-syntax", severity: "error", description: "The file, or the YAML inside serveConfigV2, does not parse." },
  {
    id: "rayservice-schema",
    severity: "error",
    description: "RayService fields with a wrong type or unknown name (the API server would prune them silently)."
  },
  {
    id: "serve-schema",
    severity: "error",
    description: "Serve config and build_openai_app args keys with a wrong type or unknown name (Ray drops unknown keys silently)."
  },
  { id: "crd-schema", severity: "error", description: "Violations of the CRD given with --crd." }
];
var ALL_RULES = [...BUILTIN_CHECKS, ...RULES.map((rule) => rule.meta)];
function lintText(file, text, options = {}) {
  const parsed = parseYamlFile(file, text);
  const pending = [];
  const meta = (id) => ALL_RULES.find((rule) => rule.id === id);
  let rayServices = 0;
  const secrets = /* @__PURE__ */ new Set();
  const mentionsRayService = /kind:\s*["']?RayService\b/.test(text);
  for (const doc of parsed.documents) {
    for (const secret of secretValuesIn(doc.value)) secrets.add(secret);
    const value = dict(doc.value);
    const syntax = doc.problems;
    if (syntax.length) {
      if (options.reportUnrecognised || mentionsRayService) {
        for (const problem of syntax) {
          pending.push({
            meta: meta("yaml-syntax"),
            source: doc,
            serve: void 0,
            report: {
              message: problem.message,
              at: { in: "span", span: problem.span },
              hint: "Fix the YAML syntax; every other check waits for it."
            }
          });
        }
      }
      continue;
    }
    if (value["kind"] !== "RayService") continue;
    rayServices++;
    const add = (id, report, serve2) => pending.push({ meta: meta(id), report, source: doc, serve: serve2 });
    const asServed = withoutNulls(value);
    for (const report of schemaReports({
      validate: validateRayService,
      value: asServed,
      in: "manifest",
      base: [],
      unknownKeyEffect: "The API server prunes unknown fields without an error, so this setting would be lost."
    })) {
      add("rayservice-schema", report);
    }
    for (const report of options.crd?.validate(asServed) ?? []) add("crd-schema", report);
    for (const path of nonFinitePaths(asServed)) add("rayservice-schema", nonFiniteReport("manifest", path));
    const serve = typeof dict(value["spec"])["serveConfigV2"] === "string" ? doc.embedded(SERVE_CONFIG_PATH) : void 0;
    if (serve) {
      for (const secret of secretValuesIn(serve.value)) secrets.add(secret);
      for (const path of nonFinitePaths(serve.value)) add("serve-schema", nonFiniteReport("serve", path), serve);
      for (const problem of serve.problems) {
        add("yaml-syntax", {
          message: `serveConfigV2: ${problem.message}`,
          at: { in: "span", span: problem.span },
          hint: "Fix the YAML inside serveConfigV2; KubeRay would only report it once the head pod is up."
        });
      }
      const serveValue = serve.value;
      if (serve.problems.length === 0 && (typeof serveValue !== "object" || serveValue === null || Array.isArray(serveValue))) {
        add("serve-schema", {
          message: "serveConfigV2 does not hold a mapping with an applications: list.",
          at: { in: "manifest", path: SERVE_CONFIG_PATH },
          hint: "Write serveConfigV2: | followed by an indented applications: list."
        });
      }
    }
    const target = buildTarget(file, doc, serve);
    if (target.serve) {
      const unknownKeyEffect = "Ray ignores unknown keys here without a word, so this setting would have no effect.";
      for (const report of schemaReports({
        validate: validateServeConfig,
        value: target.serve.value,
        in: "serve",
        base: [],
        unknownKeyEffect
      })) {
        add("serve-schema", report, serve);
      }
      list(target.serve.value["applications"]).forEach((app, index) => {
        const importPath2 = dict(app)["import_path"];
        if (typeof importPath2 !== "string" || !LLM_BUILDERS.has(importPath2)) return;
        const args = dict(app)["args"];
        for (const report of schemaReports({
          validate: validateLlmServingArgs,
          value: args ?? {},
          in: "serve",
          base: ["applications", index, "args"],
          unknownKeyEffect: "ray.serve.llm rejects unknown keys when the application deploys."
        })) {
          add("serve-schema", report, serve);
        }
      });
    }
    for (const rule of RULES) rule.check(target, (report) => add(rule.meta.id, report, serve));
  }
  return settle(file, pending, text, options.config, rayServices, [...secrets]);
}
function nonFinitePaths(value, path = [], found = []) {
  if (typeof value === "number" && !Number.isFinite(value)) found.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => nonFinitePaths(item, [...path, i], found));
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) nonFinitePaths(item, [...path, key], found);
  return found;
}
function nonFiniteReport(where2, path) {
  return {
    message: `${formatYamlPath(path)} is not a finite number (.inf or .nan): YAML reads it as a number, but JSON (the API server) and Ray have no such number.`,
    at: { in: where2, path },
    hint: "Write a finite number."
  };
}
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)])
  );
}
function settle(file, pending, text, config, rayServices, secrets) {
  const suppressions = findSuppressions(text);
  const clean = (message) => safeInline(redactValues(message, secrets));
  const lines = text.split("\n");
  const snippet = (line) => {
    const source = (lines[line - 1] ?? "").replace(/\r$/, "");
    return safeLines(redactValues(source.length > 240 ? `${source.slice(0, 240)}\u2026` : source, secrets));
  };
  const findings = [];
  let suppressed = 0;
  for (const { meta, report, source, serve } of pending) {
    const setting = config?.rules[meta.id];
    if (setting === "off") continue;
    const severity = setting ?? report.severity ?? meta.severity;
    const span = report.at.in === "span" ? report.at.span : (report.at.in === "serve" && serve ? serve : source).locate(report.at.path, report.at.part).span;
    if (suppressions.isSuppressed(meta.id, span.start.line)) {
      suppressed++;
      continue;
    }
    findings.push({
      ruleId: meta.id,
      severity,
      message: clean(report.message),
      ...report.hint ? { hint: clean(report.hint) } : {},
      file: safeInline(file),
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      snippet: snippet(span.start.line)
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { findings, suppressed, rayServices };
}

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
async function writeContract(path, contract, value) {
  const text = serializeContract(contract, value);
  return writeFile(path, text).then(
    () => void 0,
    (error) => `Cannot write ${path}: ${error.code ?? error.message}.`
  );
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

// src/lint/report.ts
function summarize(findings, counts) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    ...counts
  };
}
var lintReportSchema = {
  type: "object",
  required: ["apiVersion", "kind", "findings", "summary"],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: "LintReport" },
    findings: {
      type: "array",
      items: {
        type: "object",
        required: ["ruleId", "severity", "message", "file", "line", "column"],
        properties: {
          ruleId: { type: "string" },
          severity: { enum: ["error", "warning", "info"] },
          message: { type: "string" },
          hint: { type: "string" },
          file: { type: "string" },
          line: { type: "integer", minimum: 1 },
          column: { type: "integer", minimum: 1 },
          endLine: { type: "integer", minimum: 1 },
          endColumn: { type: "integer", minimum: 1 },
          snippet: { type: "string" }
        }
      }
    },
    summary: {
      type: "object",
      required: ["errors", "warnings", "infos", "suppressed", "files", "rayServices"],
      properties: {
        errors: { type: "integer" },
        warnings: { type: "integer" },
        infos: { type: "integer" },
        suppressed: { type: "integer" },
        files: { type: "integer" },
        rayServices: { type: "integer" }
      }
    }
  }
};
var LINT_REPORT = defineContract("LintReport", lintReportSchema);

// src/lint/run.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/lint/config.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/lint/types.ts
var SEVERITIES = ["error", "warning", "info"];

// src/lint/config.ts
var RULE_SETTINGS = [...SEVERITIES, "off"];
var EMPTY_CONFIG = { rules: {} };
var CONFIG_FILE_NAMES = [".rayservice-ci.yaml", ".rayservice-ci.yml"];
function parseLintConfig(source, text, knownRules) {
  let raw;
  try {
    raw = (0, import_yaml5.parse)(text);
  } catch (error) {
    return { problems: [`${source}: not valid YAML: ${error.message.split("\n")[0]}`] };
  }
  const rules = dict(dict(dict(raw)["lint"])["rules"]);
  const problems = [];
  const settings = {};
  for (const [id, value] of Object.entries(rules)) {
    const setting = value === false ? "off" : String(value);
    if (!knownRules.includes(id)) {
      problems.push(`${source}: lint.rules.${id}: no such rule. Rules: ${knownRules.join(", ")}.`);
    } else if (!RULE_SETTINGS.includes(setting)) {
      problems.push(
        `${source}: lint.rules.${id}: "${setting}" is not a setting; use one of ${RULE_SETTINGS.join(", ")}.`
      );
    } else {
      settings[id] = setting;
    }
  }
  return problems.length ? { problems } : { rules: settings };
}

// src/lint/crd.ts
var import_yaml6 = __toESM(require_dist(), 1);
function withPruning(schema) {
  if (Array.isArray(schema)) return schema.map(withPruning);
  if (typeof schema !== "object" || schema === null) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) out[key] = withPruning(value);
  if (out["type"] === "object" && out["properties"] !== void 0 && out["additionalProperties"] === void 0 && out["x-kubernetes-preserve-unknown-fields"] !== true) {
    out["additionalProperties"] = false;
  }
  return out;
}
async function loadCrd(source, text) {
  let crd;
  try {
    crd = dict((0, import_yaml6.parse)(text, { maxAliasCount: 100 }));
  } catch (error) {
    return `${source} is not valid YAML: ${error.message.split("\n")[0]}`;
  }
  if (crd["kind"] !== "CustomResourceDefinition")
    return `${source} is not a CustomResourceDefinition (kind: ${String(crd["kind"])}).`;
  const spec = dict(crd["spec"]);
  const group = String(spec["group"]);
  const kind = String(dict(spec["names"])["kind"]);
  const versions = /* @__PURE__ */ new Map();
  const { Ajv } = await import("./ajv-IWXSZDJD.js");
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false, useDefaults: true });
  for (const version of list(spec["versions"])) {
    const v = dict(version);
    const schema = dict(dict(v["schema"])["openAPIV3Schema"]);
    const pruned = withPruning(schema);
    const properties = dict(pruned["properties"]);
    properties["metadata"] = { type: "object" };
    versions.set(`${group}/${String(v["name"])}`, ajv.compile({ ...pruned, properties }));
  }
  return {
    source,
    kind,
    validate(resource) {
      const apiVersion = String(dict(resource)["apiVersion"]);
      const validate = versions.get(apiVersion);
      if (!validate) return void 0;
      const defaulted = structuredClone(resource);
      if (validate(defaulted)) return [];
      return toReports(validate.errors ?? [], {
        value: defaulted,
        in: "manifest",
        base: [],
        unknownKeyEffect: "The API server prunes fields its CRD does not declare, without an error."
      });
    }
  };
}

// src/lint/lint-paths.ts
import { globSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
var YAML_FILE = /\.ya?ml$/i;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", "dist"]);
function walk2(directory) {
  const out = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_DIRECTORIES.has(entry.name)) out.push(...walk2(path));
    } else if (YAML_FILE.test(entry.name)) out.push(path);
  }
  return out.sort();
}
function expand(inputs, cwd, problems) {
  const files = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    if (/[*?[{]/.test(input)) {
      const yaml = globSync(input, { cwd }).filter((m) => YAML_FILE.test(m)).sort();
      if (yaml.length === 0) problems.push(`${input}: no YAML file matches this pattern.`);
      for (const match of yaml) if (!files.has(match)) files.set(match, false);
      continue;
    }
    const absolute = resolve(cwd, input);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      problems.push(
        `${input}: ${error.code === "ENOENT" ? "no such file or directory" : error.message}.`
      );
      continue;
    }
    if (info.isDirectory()) {
      const found = walk2(absolute);
      for (const file of found) {
        const shown2 = isAbsolute(input) ? file : relative(cwd, file);
        if (!files.has(shown2)) files.set(shown2, false);
      }
    } else {
      files.set(input, true);
    }
  }
  return [...files].map(([path, explicit]) => ({ path, explicit }));
}
async function lintPaths(inputs, options) {
  const problems = [];
  const files = expand(inputs, options.cwd, problems);
  const findings = [];
  let suppressed = 0;
  let rayServices = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(resolve(options.cwd, file.path), "utf8");
    } catch (error) {
      problems.push(`${file.path}: ${error.message}.`);
      continue;
    }
    const result = lintText(file.path, text, { ...options, reportUnrecognised: file.explicit });
    findings.push(...result.findings);
    suppressed += result.suppressed;
    rayServices += result.rayServices;
  }
  if (problems.length === 0 && rayServices === 0 && findings.length === 0) {
    problems.push(`No RayService found in ${inputs.join(", ")}: lint looks for YAML documents with kind: RayService.`);
  }
  return {
    report: {
      apiVersion: API_VERSION,
      kind: "LintReport",
      findings,
      summary: summarize(findings, { suppressed, files: files.length, rayServices })
    },
    problems
  };
}

// src/lint/run.ts
function lintExitCode(report, maxWarnings) {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== void 0 && report.summary.warnings > maxWarnings) return 1;
  return 0;
}
function readText(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
}
function loadConfig(cwd, path) {
  const file = path ?? CONFIG_FILE_NAMES.find((name) => existsSync(resolve2(cwd, name)));
  if (file === void 0) return EMPTY_CONFIG;
  const text = readText(resolve2(cwd, file));
  if (text === void 0) return { problems: [`Cannot read the config file ${file}.`] };
  return parseLintConfig(
    file,
    text,
    ALL_RULES.map((rule) => rule.id)
  );
}
async function runLint(context, request) {
  const config = loadConfig(context.cwd, request.configPath);
  if ("problems" in config) return { ok: false, problems: config.problems };
  let crd;
  if (request.crdPath !== void 0) {
    const text = readText(resolve2(context.cwd, request.crdPath));
    if (text === void 0) return { ok: false, problems: [`Cannot read the CRD file ${request.crdPath}.`] };
    const loaded = await loadCrd(request.crdPath, text);
    if (typeof loaded === "string") return { ok: false, problems: [loaded] };
    crd = loaded;
  }
  const { report, problems } = await lintPaths(request.inputs, { cwd: context.cwd, config, ...crd ? { crd } : {} });
  return problems.length ? { ok: false, problems } : { ok: true, report };
}
function parseMaxWarnings(raw) {
  if (raw === void 0 || raw === "" || raw === "-1") return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) return `max-warnings takes a whole number \u2265 0 (or -1 for no limit), not "${raw}".`;
  return n;
}

// src/lint/format/text.ts
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m", dim: "\x1B[2m", reset: "\x1B[0m" };
function formatText(report, options = {}) {
  const paint = (color, text) => options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text;
  const lines = [];
  for (const finding of report.findings) {
    lines.push(
      `${finding.file}:${finding.line}:${finding.column}: ${paint(finding.severity, finding.severity)} ${finding.message} ${paint("dim", `[${finding.ruleId}]`)}`
    );
    const text = finding.snippet;
    if (text !== void 0) {
      const gutter = String(finding.line).padStart(5);
      lines.push(paint("dim", `${gutter} | `) + text);
      const width = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : 1;
      lines.push(
        paint("dim", `${" ".repeat(5)} | `) + " ".repeat(finding.column - 1) + paint(finding.severity, "^".repeat(Math.min(width, 80)))
      );
    }
    if (finding.hint) lines.push(`${" ".repeat(7)}${paint("dim", "fix:")} ${finding.hint}`);
  }
  const { errors, warnings, infos, suppressed, rayServices, files } = report.summary;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const tail = suppressed ? `, ${suppressed} suppressed` : "";
  lines.push(
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}${tail} in ${plural(rayServices, "RayService")} (${plural(files, "file")}).`
  );
  return `${lines.join("\n")}
`;
}

// src/lint/format/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(report, rules, tool) {
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rayservice-ci",
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.severity] }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: rules.findIndex((rule) => rule.id === finding.ruleId),
          level: LEVEL[finding.severity],
          message: { text: finding.hint ? `${finding.message} Fix: ${finding.hint}` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file.replaceAll("\\", "/").replace(/^\.\//, "") },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn,
                  ...finding.snippet === void 0 ? {} : { snippet: { text: finding.snippet } }
                }
              }
            }
          ]
        }))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/lint/format/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function formatAnnotations(report) {
  return report.findings.map((f) => {
    const properties = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      ...f.endLine === f.line ? [`endColumn=${f.endColumn}`] : [],
      `title=${escapeProperty(`rayservice-ci ${f.ruleId}`)}`
    ].join(",");
    return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.hint ? `${f.message}
Fix: ${f.hint}` : f.message)}
`;
  }).join("");
}
function cell(text) {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ").replaceAll("<", "&lt;");
}
function formatSummary(report, maxRows = 200) {
  const { errors, warnings, infos, rayServices, suppressed } = report.summary;
  const verdict = errors > 0 ? "\u274C" : warnings > 0 ? "\u26A0\uFE0F" : "\u2705";
  const lines = [
    `### ${verdict} rayservice-ci lint`,
    "",
    `${errors} error(s), ${warnings} warning(s), ${infos} info in ${rayServices} RayService(s)${suppressed ? `; ${suppressed} suppressed` : ""}.`
  ];
  if (report.findings.length) {
    lines.push("", "| | Where | Rule | Finding |", "|---|---|---|---|");
    for (const f of report.findings.slice(0, maxRows)) {
      const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
      lines.push(
        `| ${icon} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${f.ruleId}\` | ${cell(f.message)}${f.hint ? `<br>**Fix:** ${cell(f.hint)}` : ""} |`
      );
    }
    if (report.findings.length > maxRows)
      lines.push("", `\u2026and ${report.findings.length - maxRows} more; see the annotations or the SARIF file.`);
  }
  return `${lines.join("\n")}
`;
}

// src/lint/index.ts
var LINT_FORMATS = ["text", "json", "sarif", "github"];

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
  redactTokens,
  safeInline,
  safeLines,
  describeValue,
  plaintextCredentialPaths,
  ALL_RULES,
  lintText,
  sampleSchema,
  API_VERSION,
  defineContract,
  serializeContract,
  writeContract,
  readContract,
  LINT_REPORT,
  lintExitCode,
  runLint,
  parseMaxWarnings,
  formatText,
  formatSarif,
  formatAnnotations,
  formatSummary,
  LINT_FORMATS
};
