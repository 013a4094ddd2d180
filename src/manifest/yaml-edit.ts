// Edits a YAML text by splicing the changed spans only, so comments, quoting and layout elsewhere stay byte for
// byte what the user wrote. Each operation re-parses: files are small and every edit then sees exact offsets.
import { isMap, isScalar, isSeq, parseAllDocuments, stringify, visit } from 'yaml';
import type { Document, Pair, Scalar } from 'yaml';
import { childOf, formatYamlPath as dotted, rangeOf, type YamlPath } from './yaml-path.ts';

export class YamlEditError extends Error {}

/**
 * The edit would have to go inside a flow collection (`{…}`, `[…]`, JSON): splicing block text there would break
 * the document. Callers convert the document with toBlockStyle and edit again.
 */
export class FlowStyleError extends YamlEditError {}

function isFlowCollection(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** Refuses an edit whose surroundings are flow style: every node above the edited one must be block style. */
function requireBlockAncestors(chain: Located['chain'], path: YamlPath, insertInto?: unknown): void {
  const flowAt = chain.slice(0, -1).findIndex((link) => isFlowCollection(link.node));
  if (flowAt >= 0) throw new FlowStyleError(`${dotted(path.slice(0, flowAt))} is written in flow style ({…} or […]).`);
  if (isFlowCollection(insertInto) && (insertInto as { items: unknown[] }).items.length > 0) {
    throw new FlowStyleError(`${dotted(path.slice(0, chain.length - 1))} is written in flow style ({…} or […]).`);
  }
}

/** The one-document text with every flow collection written in block style, comments kept. */
export function toBlockStyle(text: string): string {
  const doc = parse(text)[0];
  if (!doc) return text;
  visit(doc, {
    Collection(_, node) {
      node.flow = false;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

interface Located {
  readonly doc: Document;
  /** Nodes along the path that exist, with the pair that holds each (for map children). */
  readonly chain: { node: unknown; pair: Pair | undefined }[];
}

function parse(text: string): Document[] {
  // logLevel error: yaml's warnings would reach stderr with the file's text in them (see yaml-source.ts).
  const docs = parseAllDocuments(text, { prettyErrors: false, keepSourceTokens: true, logLevel: 'error' });
  return Array.isArray(docs) ? docs : [];
}

function walk(doc: Document, path: YamlPath): Located {
  const chain: Located['chain'] = [{ node: doc.contents, pair: undefined }];
  let node: unknown = doc.contents;
  for (const segment of path) {
    const step = childOf(node, segment);
    if (!step) break;
    node = step.node;
    chain.push({ node, pair: step.pair });
  }
  return { doc, chain };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function columnOf(text: string, offset: number): number {
  return offset - lineStartOf(text, offset);
}

/** End of the line holding the last visible character before `offset` (after any trailing comment). */
function endOfContentLine(text: string, offset: number): number {
  let p = offset;
  while (p > 0 && /\s/.test(text[p - 1]!)) p--;
  const newline = text.indexOf('\n', p);
  return newline === -1 ? text.length : newline;
}

function isStructure(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function isEmptyStructure(value: unknown): boolean {
  return isStructure(value) && Object.keys(value as object).length === 0;
}

/** A value as block YAML whose first line continues the current line and whose next lines start at `indent`. */
function blockText(value: unknown, indent: number): string {
  const text = stringify(value, { indent: 2, lineWidth: 0 }).replace(/\n$/, '');
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : `${' '.repeat(indent)}${line}`))
    .join('\n');
}

function scalarText(value: unknown, style: Scalar['type'] | undefined): string {
  if (typeof value === 'string') {
    if (style === 'QUOTE_DOUBLE') return JSON.stringify(value);
    if (style === 'QUOTE_SINGLE') return `'${value.replaceAll("'", "''")}'`;
  }
  return stringify(value, { lineWidth: 0 }).replace(/\n$/, '');
}

function sameValue(node: unknown, value: unknown): boolean {
  return isScalar(node) && !isStructure(value) && node.value === value;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

/** Sets the value at `path` in document `docIndex`, creating missing mapping keys along the way. */
export function setIn(text: string, docIndex: number, path: YamlPath, value: unknown): string {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  const foundAll = chain.length === path.length + 1;
  requireBlockAncestors(chain, path, foundAll ? undefined : chain[chain.length - 1]!.node);
  if (foundAll) {
    const { node, pair } = chain[chain.length - 1]!;
    if (sameValue(node, value)) return text;
    return replaceNode(text, node, pair, value);
  }
  const existing = chain.length - 1;
  const missing = path.slice(existing);
  if (missing.some((segment) => typeof segment === 'number')) {
    throw new YamlEditError(
      `${dotted(path.slice(0, existing + 1))} does not exist, and list items are not created by a path.`,
    );
  }
  const nested = missing.slice(1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  const { node: parent, pair: parentPair } = chain[existing]!;
  const key = String(missing[0]);
  if (isMap(parent) && parent.flow !== true && parent.items.length > 0) {
    const firstKey = rangeOf((parent.items[0] as Pair).key);
    const indent = firstKey ? columnOf(text, firstKey[0]) : 0;
    const at = endOfContentLine(text, rangeOf(parent)![1]);
    return splice(text, at, at, `\n${' '.repeat(indent)}${pairText(key, nested, indent)}`);
  }
  if (parent === null || parent === undefined || isScalar(parent) || (isMap(parent) && parent.items.length === 0)) {
    if (isScalar(parent) && parent.value !== null) {
      throw new YamlEditError(
        `${dotted(path.slice(0, existing))} is a value, not a mapping: cannot set ${key} inside it.`,
      );
    }
    return replaceNode(text, parent, parentPair, { [key]: nested });
  }
  throw new YamlEditError(`${dotted(path.slice(0, existing))} is not a mapping: cannot set ${key} inside it.`);
}

function pairText(key: string, value: unknown, indent: number): string {
  // A key that YAML would write as a block scalar (it holds a line break) cannot stand as an implicit key.
  const plain = stringify(key).replace(/\n$/, '');
  const keyPart = plain.includes('\n') ? JSON.stringify(key) : plain;
  if (isStructure(value) && !isEmptyStructure(value)) {
    const childIndent = Array.isArray(value) ? indent : indent + 2;
    return `${keyPart}:\n${' '.repeat(childIndent)}${blockText(value, childIndent)}`;
  }
  return `${keyPart}: ${scalarText(value, undefined)}`;
}

function replaceNode(text: string, node: unknown, pair: Pair | undefined, value: unknown): string {
  const range = rangeOf(node);
  const keyRange = rangeOf(pair?.key);
  const blockCollection = (isMap(node) || isSeq(node)) && node.flow !== true && node.items.length > 0;
  if (isStructure(value) && !isEmptyStructure(value)) {
    if (blockCollection && range) {
      // Same place, same indentation: the new block starts where the old one did.
      const indent = columnOf(text, range[0]);
      const end = endOfContentLine(text, range[1]);
      return splice(text, range[0], end, blockText(value, indent));
    }
    if (!keyRange) throw new YamlEditError('Cannot replace a document root with a structure.');
    // `key:` / `key: {}` / `key: null` → `key:` followed by an indented block on the next lines.
    const keyIndent = columnOf(text, keyRange[0]);
    const childIndent = Array.isArray(value) ? keyIndent : keyIndent + 2;
    const end =
      range && range[1] > keyRange[1] ? endOfContentLine(text, range[1]) : endOfContentLine(text, keyRange[1] + 1);
    return splice(text, keyRange[1], end, `:\n${' '.repeat(childIndent)}${blockText(value, childIndent)}`);
  }
  if (range && range[1] > range[0]) {
    if (blockCollection) {
      if (!keyRange) throw new YamlEditError('Cannot replace a document root with a value.');
      const end = endOfContentLine(text, range[1]);
      return splice(text, keyRange[1], end, `: ${scalarText(value, undefined)}`);
    }
    return splice(text, range[0], range[1], scalarText(value, isScalar(node) ? node.type : undefined));
  }
  if (keyRange) {
    // An empty value (`key:`): write after the colon.
    const colon = text.indexOf(':', keyRange[1]);
    return splice(text, colon + 1, colon + 1, ` ${scalarText(value, undefined)}`);
  }
  throw new YamlEditError('Cannot set a value here.');
}

/** Removes the pair at `path` (a mapping key), with its lines. A mapping left empty becomes `{}`. */
export function deleteIn(text: string, docIndex: number, path: YamlPath): string {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  if (chain.length !== path.length + 1) return text;
  requireBlockAncestors(chain, path);
  const { pair } = chain[chain.length - 1]!;
  const parent = chain[chain.length - 2]?.node;
  if (!pair || !isMap(parent)) throw new YamlEditError(`${dotted(path)} is not a mapping key.`);
  if (parent.items.length === 1) return setIn(text, docIndex, path.slice(0, -1), {});
  if (parent.flow) throw new YamlEditError(`${dotted(path.slice(0, -1))} is a flow mapping ({…}); edit it by hand.`);
  const start = lineStartOf(text, rangeOf(pair.key)![0]);
  const valueEnd = rangeOf(pair.value)?.[1] ?? rangeOf(pair.key)![1];
  const end = endOfContentLine(text, Math.max(valueEnd, rangeOf(pair.key)![1] + 1));
  return splice(text, start, Math.min(text.length, end + 1), '');
}

/** Appends an item to the sequence at `path`, creating the sequence when it is missing or empty. */
export function appendIn(text: string, docIndex: number, path: YamlPath, item: unknown): string {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  const node = chain.length === path.length + 1 ? chain[chain.length - 1]!.node : undefined;
  requireBlockAncestors(chain, path, node);
  if (isSeq(node) && node.flow !== true && node.items.length > 0) {
    const dash = columnOf(text, rangeOf(node)![0]);
    const at = endOfContentLine(text, rangeOf(node)![1]);
    return splice(text, at, at, `\n${' '.repeat(dash)}- ${blockText(item, dash + 2)}`);
  }
  if (
    node === undefined ||
    node === null ||
    (isScalar(node) && node.value === null) ||
    (isSeq(node) && node.items.length === 0)
  ) {
    return setIn(text, docIndex, path, [item]);
  }
  throw new YamlEditError(`${dotted(path)} is not a list.`);
}

/** Replaces a string scalar with new text, as a block literal (`|`) keeping the original header and indent. */
export function setBlockString(text: string, docIndex: number, path: YamlPath, value: string): string {
  const doc = parse(text)[docIndex];
  if (!doc) throw new YamlEditError(`The file has no document ${docIndex + 1}.`);
  const { chain } = walk(doc, path);
  const { node, pair } = chain[chain.length - 1]!;
  if (chain.length !== path.length + 1 || !isScalar(node) || !pair)
    throw new YamlEditError(`${dotted(path)} is not a string.`);
  requireBlockAncestors(chain, path);
  if (node.value === value) return text;
  const range = rangeOf(node)!;
  const keyIndent = columnOf(text, rangeOf(pair.key)![0]);
  let indent = keyIndent + 2;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
    // Keep the user's indentation of the block.
    const firstContent = /\n( +)\S/.exec(text.slice(range[0], range[1]));
    if (firstContent) indent = firstContent[1]!.length;
  }
  const header = `|${value.endsWith('\n') ? (/\n\n$/.test(value) ? '+' : '') : '-'}`;
  const body = value
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? '' : `${' '.repeat(indent)}${line}`))
    .join('\n');
  const end =
    node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? range[1] : endOfContentLine(text, range[1]) + 1;
  const trailing = end <= text.length && text[end - 1] === '\n' ? '\n' : '';
  return splice(text, range[0], end, `${header}\n${body}${trailing}`);
}
