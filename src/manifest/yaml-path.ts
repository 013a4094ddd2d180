// Paths into a YAML document: how one is written for people, and how one step is taken through the yaml package's
// nodes. Reading (locate) and editing (setIn & co.) walk documents with the same step, so they agree on what exists.
import { isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Pair } from 'yaml';

export type YamlPath = readonly (string | number)[];

/** `spec.workerGroupSpecs[0].maxReplicas`; `empty` names the root (the empty path). */
export function formatYamlPath(path: YamlPath, empty = 'the document'): string {
  return (
    path.reduce<string>((out, s) => (typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s), '') || empty
  );
}

export function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

/** One step down: a mapping's value for a key (with its pair), or a sequence's item; undefined when absent. */
export function childOf(node: unknown, segment: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && keyText(item.key) === String(segment));
    return pair ? { node: pair.value, pair } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    return segment < node.items.length ? { node: node.items[segment] } : undefined;
  }
  return undefined;
}

/** A node's [start, end) offsets in the text it was parsed from, when it has them. */
export function rangeOf(node: unknown): [number, number] | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? [range[0], range[1]] : undefined;
}
