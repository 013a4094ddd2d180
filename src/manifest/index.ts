// The manifest layer: YAML files with positions, embedded documents, and text-preserving edits.
export { LineIndex, type Position, type Span } from './line-index.ts';
export { scalarOffsetMap, type ScalarOffsetMap } from './scalar-offsets.ts';
export {
  YamlSource,
  parseYamlFile,
  parseYamlText,
  keyText,
  type ParsedYamlFile,
  type YamlPath,
  type YamlProblem,
  type Located,
} from './yaml-source.ts';
export { setIn, deleteIn, appendIn, setBlockString, YamlEditError } from './yaml-edit.ts';
