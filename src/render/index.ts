// render: the second stage. Everything other folders may use of it.
export { renderManifest, type RenderOptions, type RenderOutcome } from './render.ts';
export { runRender, defaultNamespace, type RenderRequest, type RenderRun, type RenderContext } from './run.ts';
export { runIdFrom, sourceFrom } from './github-context.ts';
export { parseSet, resolveSelectors, type SetOperation, type PathSegment } from './set-path.ts';
export {
  ANNOTATIONS,
  LABELS,
  RENDERED_MANIFEST,
  renderedManifestSchema,
  type RenderedManifest,
  type RenderSource,
  type SecretReference,
} from './types.ts';
