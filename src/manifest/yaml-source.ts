// The one door for untrusted YAML: every stage turns text into values here. A parsed document whose nodes can be
// located in the file the user wrote, including documents embedded as strings inside another document
// (serveConfigV2), whose offsets are translated back to the outer file. Whatever the text holds (aliases, bombs,
// duplicate keys, any size) ends as values plus problems with a place, never as an exception, in time linear in its
// size.
import { isScalar, parseAllDocuments, parseDocument, visit } from 'yaml';
import type { Document, Node, Scalar } from 'yaml';
import { parseBlockYaml, type BlockDocument, type BlockNode } from './block-yaml.ts';
import { LineIndex, type Span } from './line-index.ts';
import { scalarOffsetMap, type OffsetScalar } from './scalar-offsets.ts';
import { childOf, keyText, rangeOf, type YamlPath } from './yaml-path.ts';

export const YAML_LIMITS = {
  /** Larger than any real manifest (a 5 MB one passes), small enough that parsing stays well under a second. */
  maxBytes: 8 * 1024 * 1024,
  /** Alias expansions per document: a few anchors are normal, a billion laughs is not. */
  maxAliasCount: 100,
} as const;

// uniqueKeys is off because the yaml package checks it by comparing each key with every earlier one (quadratic in
// a mapping's size); duplicateKeyProblems does the same check in one pass.
// logLevel error: the yaml package prints its warnings (collection keys, unknown tags) through process.emitWarning,
// with the file's text in them, past every sanitiser; what matters of them is in the document's problems.
const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, keepSourceTokens: true, logLevel: 'error' } as const;

export interface YamlProblem {
  readonly message: string;
  readonly span: Span;
}

export interface Located {
  readonly span: Span;
  /** False when the path does not exist and the span is that of its nearest existing ancestor. */
  readonly found: boolean;
}

/**
 * A parsed document: by the fast path for the common block-style subset (block-yaml.ts), or by the yaml package
 * for everything else. Both give the same values and node ranges; only the yaml package's can hold problems.
 */
export type ParsedDocument =
  | { readonly parser: 'block'; readonly doc: BlockDocument }
  | { readonly parser: 'yaml'; readonly doc: Document.Parsed };

export interface ParseOptions {
  /** false: always the yaml package's full parse (the equivalence test compares the two). Default true. */
  readonly fastPath?: boolean;
}

export class YamlSource {
  /** Which parser read the document: the fast path ('block') or the yaml package. */
  readonly parser: 'block' | 'yaml';
  /** The text the document was parsed from (the decoded string, for an embedded document). */
  readonly text: string;
  /** The document as plain values; null when it cannot be built (an unresolved or excessive alias). */
  readonly value: unknown;
  /** Syntax and structure problems, each at its place in the file the user wrote. */
  readonly problems: readonly YamlProblem[];
  private readonly lines: LineIndex;
  private readonly toFileOffset: (offset: number) => number;
  /** The root node: a yaml package node or a BlockNode, as `parser` says. */
  private readonly root: unknown;

  constructor(
    parsed: ParsedDocument,
    text: string,
    lines: LineIndex,
    toFileOffset: (offset: number) => number,
    extra: readonly YamlProblem[] = [],
  ) {
    this.parser = parsed.parser;
    this.text = text;
    this.lines = lines;
    this.toFileOffset = toFileOffset;
    this.root = parsed.doc.contents;
    if (parsed.parser === 'block') {
      // The fast path accepts only text without problems.
      this.value = parsed.doc.value;
      this.problems = [...extra];
      return;
    }
    const doc = parsed.doc;
    const problems: YamlProblem[] = [...extra];
    for (const error of doc.errors)
      problems.push({ message: firstLineOf(error.message), span: this.span(error.pos[0], error.pos[1]) });
    for (const key of duplicateKeys(doc)) {
      const range = rangeOf(key) ?? [0, 0];
      problems.push({
        message: `Map keys must be unique; "${keyText(key)}" is repeated`,
        span: this.span(range[0], range[1]),
      });
    }
    let value: unknown = null;
    try {
      value = doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
    } catch (error) {
      // The yaml package throws from toJS for aliases it cannot or will not expand; the alias is the place.
      const alias = offendingAlias(doc);
      const range = rangeOf(alias) ?? rangeOf(doc.contents) ?? [0, 0];
      const message = firstLineOf((error as Error).message);
      problems.push({
        message: /Excessive alias count/.test(message)
          ? `Aliases expand more than ${YAML_LIMITS.maxAliasCount} times (a resource-exhaustion pattern); write the values out`
          : message,
        span: this.span(range[0], range[1]),
      });
    }
    this.value = value;
    this.problems = problems;
  }

  /** Where a path is: the key of its pair (`part: 'key'`) or its value. Falls back to the nearest ancestor. */
  locate(path: YamlPath, part: 'key' | 'value' = 'value'): Located {
    let node: unknown = this.root;
    let key: unknown;
    let nearest = rangeOf(node) ?? [0, 0];
    for (const segment of path) {
      const step = this.step(node, segment);
      if (step === undefined) return { span: this.span(nearest[0], nearest[1]), found: false };
      node = step.node;
      key = step.key;
      const range = rangeOf(node) ?? rangeOf(key);
      if (range) nearest = range;
    }
    if (part === 'key' && key !== undefined) {
      const keyRange = rangeOf(key);
      if (keyRange) return { span: this.span(keyRange[0], keyRange[1]), found: true };
    }
    return { span: this.span(nearest[0], nearest[1]), found: true };
  }

  /** The scalar at a path, for embedded documents; undefined when there is none. */
  private scalarAt(path: YamlPath): OffsetScalar | undefined {
    let node: unknown = this.root;
    for (const segment of path) {
      const step = this.step(node, segment);
      if (step === undefined) return undefined;
      node = step.node;
    }
    if (this.parser === 'block') return (node as BlockNode).kind === 'scalar' ? (node as OffsetScalar) : undefined;
    return isScalar(node) ? (node as Scalar) : undefined;
  }

  /** One step down the tree, from either parser: the child and, in a mapping, its key node. */
  private step(node: unknown, segment: string | number): { node: unknown; key?: unknown } | undefined {
    if (this.parser === 'yaml') {
      const step = childOf(node, segment);
      return step && { node: step.node, key: step.pair?.key };
    }
    const block = node as BlockNode;
    if (block.kind === 'map') {
      const pair = block.pairs.find((item) => String(item.key.value) === String(segment));
      return pair && { node: pair.value, key: pair.key };
    }
    if (block.kind === 'seq' && typeof segment === 'number') {
      return segment < block.items.length ? { node: block.items[segment] } : undefined;
    }
    return undefined;
  }

  /**
   * Parses the string scalar at `path` as a YAML document of its own, with positions that land in this file.
   * Returns undefined when the path holds no string.
   */
  embedded(path: YamlPath, options: ParseOptions = {}): YamlSource | undefined {
    const node = this.scalarAt(path);
    if (node === undefined || typeof node.value !== 'string') return undefined;
    const text = node.value;
    const map = scalarOffsetMap(this.text, node);
    return new YamlSource(parseOne(text, options), text, this.lines, (offset) =>
      this.toFileOffset(map.toSource(offset)),
    );
  }

  private span(start: number, end: number): Span {
    return this.lines.span(this.toFileOffset(start), this.toFileOffset(end));
  }
}

export interface ParsedYamlFile {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly documents: YamlSource[];
  /**
   * Each document's own stretch of the text, [start, end): together they cover the whole text, so a document can
   * be edited on its own and the file put back together by joining them.
   */
  readonly slices: readonly (readonly [number, number])[];
}

/** Parses every document of a file, keeping source positions. Problems stay on each document. */
export function parseYamlFile(path: string, text: string, options: ParseOptions = {}): ParsedYamlFile {
  const lines = new LineIndex(text);
  if (Buffer.byteLength(text) > YAML_LIMITS.maxBytes) {
    const empty: ParsedDocument = { parser: 'yaml', doc: parseDocument('', PARSE_OPTIONS) };
    const problem = {
      message: `The file is ${megabytes(Buffer.byteLength(text))} MB; rayservice-ci reads YAML files up to ${megabytes(YAML_LIMITS.maxBytes)} MB. Split it, or lint only the manifests`,
      span: lines.span(0, 0),
    };
    return {
      path,
      text,
      lines,
      documents: [new YamlSource(empty, '', lines, () => 0, [problem])],
      slices: [[0, text.length]],
    };
  }
  const fast = options.fastPath === false ? undefined : parseBlockYaml(text);
  const list: ParsedDocument[] = fast
    ? fast.map((doc) => ({ parser: 'block', doc }))
    : fullParse(text).map((doc) => ({ parser: 'yaml', doc }));
  const starts = list.map(({ parser, doc }, i) => (i === 0 ? 0 : parser === 'block' ? doc.start : doc.range[0]));
  const slices = starts.map((start, i) => [start, starts[i + 1] ?? text.length] as const);
  return {
    path,
    text,
    lines,
    documents: list.map((doc) => new YamlSource(doc, text, lines, (offset) => offset)),
    slices,
  };
}

function fullParse(text: string): Document.Parsed[] {
  const documents = parseAllDocuments(text, PARSE_OPTIONS);
  return Array.isArray(documents) ? documents : [];
}

/** One document (an embedded one): the fast path when the text is one document of its subset. */
function parseOne(text: string, options: ParseOptions): ParsedDocument {
  const fast = options.fastPath === false ? undefined : parseBlockYaml(text);
  if (fast?.length === 1) return { parser: 'block', doc: fast[0]! };
  return { parser: 'yaml', doc: parseDocument(text, PARSE_OPTIONS) };
}

/** Parses one in-memory YAML text (an embedded document being edited, a config file). */
export function parseYamlText(text: string): YamlSource {
  const file = parseYamlFile('<text>', text);
  const first = file.documents[0];
  if (first) return first;
  return new YamlSource(
    { parser: 'yaml', doc: parseDocument('', PARSE_OPTIONS) },
    text,
    file.lines,
    (offset) => offset,
  );
}

function firstLineOf(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Keys repeated within one mapping, as the yaml package's uniqueKeys finds them (equal scalar values), in one pass. */
function duplicateKeys(doc: Document): Scalar[] {
  const repeated: Scalar[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const { key } of map.items) {
        // Mappings or lists as keys cannot be compared cheaply; Kubernetes manifests never use them.
        if (!isScalar(key)) continue;
        const identity = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(identity)) repeated.push(key);
        seen.add(identity);
      }
    },
  });
  return repeated.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}

/** The alias toJS stumbled on: one whose anchor does not resolve, else the first (an expansion bomb). */
function offendingAlias(doc: Document): Node | undefined {
  let first: Node | undefined;
  let unresolved: Node | undefined;
  visit(doc, {
    Alias(_, alias) {
      first ??= alias;
      if (alias.resolve(doc) === undefined) {
        unresolved = alias;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return unresolved ?? first;
}
