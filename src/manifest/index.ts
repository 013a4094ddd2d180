// The manifest layer: YAML files with positions, embedded documents, and text-preserving edits.
export { LineIndex, type Position, type Span } from './line-index.ts';
export { scalarOffsetMap, type ScalarOffsetMap } from './scalar-offsets.ts';
export {
  YamlSource,
  YAML_LIMITS,
  parseYamlFile,
  parseYamlText,
  type ParsedYamlFile,
  type YamlProblem,
  type Located,
} from './yaml-source.ts';
export { childOf, formatYamlPath, keyText, rangeOf, type YamlPath } from './yaml-path.ts';
export { setIn, deleteIn, appendIn, setBlockString, toBlockStyle, FlowStyleError, YamlEditError } from './yaml-edit.ts';
