// The render action: inputs → runRender → the rendered manifest and RenderedManifest files, outputs.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { runRender, type RenderedManifest } from '../../render/index.ts';
import { safeInline } from '../../sanitize/index.ts';
import type { ActionIo } from '../action-io.ts';

export const RENDER_INPUTS = [
  'manifest',
  'namespace',
  'run-id',
  'name',
  'set',
  'secret-env',
  'ttl',
  'initializing-timeout',
  'output',
] as const;
export type RenderInput = (typeof RENDER_INPUTS)[number];

export async function renderAction(io: ActionIo<RenderInput>): Promise<RenderedManifest | undefined> {
  const manifest = io.input('manifest');
  if (!manifest) {
    io.fail('Input manifest is required: the path of the RayService YAML to render.');
    return undefined;
  }
  const outDir = join(io.tempDir, 'rayservice-ci');
  await mkdir(outDir, { recursive: true });
  const output = io.input('output') || join(outDir, 'rendered.yaml');
  const resultFile = join(outDir, 'rendered.json');
  const run = await runRender(io, {
    manifest,
    namespace: io.input('namespace') || undefined,
    runId: io.input('run-id') || undefined,
    name: io.input('name') || undefined,
    sets: io.multilineInput('set'),
    secretEnv: io.multilineInput('secret-env'),
    ttl: io.input('ttl') || undefined,
    initializingTimeout: io.input('initializing-timeout') || undefined,
    output,
    resultFile,
  });
  if (!run.ok) {
    io.fail(`Not rendered:\n${run.problems.map(safeInline).join('\n')}`);
    return undefined;
  }
  for (const note of run.notes) io.info(`Note: ${safeInline(note)}`);
  io.setOutput('manifest', output);
  io.setOutput('result-file', resultFile);
  io.setOutput('namespace', run.result.namespace);
  io.setOutput('name', run.result.name);
  io.setOutput('run-id', run.result.runId);
  io.info(`Rendered ${run.result.name} for namespace ${run.result.namespace} (run ${run.result.runId}): ${output}`);
  return run.result;
}
