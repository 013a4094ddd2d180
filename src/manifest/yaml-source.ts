// A parsed YAML document whose nodes can be located in the file the user wrote, including documents embedded
// as strings inside another document (serveConfigV2), whose offsets are translated back to the outer file.
import { isScalar, parseAllDocuments, parseDocument } from 'yaml';
import type { Document, Node, Pair, Scalar } from 'yaml';
import { LineIndex, type Span } from './line-index.ts';
import { scalarOffsetMap } from './scalar-offsets.ts';
import { childOf, rangeOf, type YamlPath } from './yaml-path.ts';

export interface YamlProblem {
  readonly message: string;
  readonly span: Span;
}

export interface Located {
  readonly span: Span;
  /** False when the path does not exist and the span is that of its nearest existing ancestor. */
  readonly found: boolean;
}

export class YamlSource {
  readonly doc: Document;
  /** The text the document was parsed from (the decoded string, for an embedded document). */
  readonly text: string;
  private readonly lines: LineIndex;
  private readonly toFileOffset: (offset: number) => number;

  constructor(doc: Document, text: string, lines: LineIndex, toFileOffset: (offset: number) => number) {
    this.doc = doc;
    this.text = text;
    this.lines = lines;
    this.toFileOffset = toFileOffset;
  }

  get value(): unknown {
    return this.doc.toJS({ maxAliasCount: 100 });
  }

  get problems(): YamlProblem[] {
    return this.doc.errors.map((error) => ({
      message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      span: this.span(error.pos[0], error.pos[1]),
    }));
  }

  /** Where a path is: the key of its pair (`part: 'key'`) or its value. Falls back to the nearest ancestor. */
  locate(path: YamlPath, part: 'key' | 'value' = 'value'): Located {
    let node: unknown = this.doc.contents;
    let pair: Pair | undefined;
    let nearest = rangeOf(node) ?? [0, 0];
    for (const segment of path) {
      const step = childOf(node, segment);
      if (step === undefined) return { span: this.span(nearest[0], nearest[1]), found: false };
      node = step.node;
      pair = step.pair;
      const range = rangeOf(node) ?? rangeOf(pair?.key);
      if (range) nearest = range;
    }
    if (part === 'key' && pair !== undefined) {
      const keyRange = rangeOf(pair.key);
      if (keyRange) return { span: this.span(keyRange[0], keyRange[1]), found: true };
    }
    return { span: this.span(nearest[0], nearest[1]), found: true };
  }

  /** The node at a path, for callers that need its style (embedded documents, edits). */
  node(path: YamlPath): Node | undefined {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      const step = childOf(node, segment);
      if (step === undefined) return undefined;
      node = step.node;
    }
    return node as Node | undefined;
  }

  /**
   * Parses the string scalar at `path` as a YAML document of its own, with positions that land in this file.
   * Returns undefined when the path holds no string.
   */
  embedded(path: YamlPath): YamlSource | undefined {
    const node = this.node(path);
    if (!isScalar(node) || typeof node.value !== 'string') return undefined;
    const text = node.value;
    const map = scalarOffsetMap(this.text, node as Scalar);
    const inner = parseDocument(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: true });
    return new YamlSource(inner, text, this.lines, (offset) => this.toFileOffset(map.toSource(offset)));
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
}

/** Parses every document of a file, keeping source positions. Syntax problems stay on each document. */
export function parseYamlFile(path: string, text: string): ParsedYamlFile {
  const lines = new LineIndex(text);
  const documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, keepSourceTokens: true });
  const list = Array.isArray(documents) ? documents : [];
  return {
    path,
    text,
    lines,
    documents: list.map((doc) => new YamlSource(doc, text, lines, (offset) => offset)),
  };
}

/** Parses one in-memory YAML text (an embedded document being edited, a config file). */
export function parseYamlText(text: string): YamlSource {
  const file = parseYamlFile('<text>', text);
  const first = file.documents[0];
  if (first) return first;
  const empty = parseDocument('', { prettyErrors: false });
  return new YamlSource(empty, text, file.lines, (offset) => offset);
}
