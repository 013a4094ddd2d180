// The whole pipeline as one action. Today: lint, then render for the test run; deploy, load, observe, assert
// and report join here as their stages land (see ROADMAP), with teardown in the post step.
import type { ActionIo } from '../action-io.ts';
import { lintAction, type LintInput } from '../lint/adapter.ts';
import { renderAction, type RenderInput } from '../render/adapter.ts';

export const PIPELINE_INPUTS = [
  'manifest',
  'lint-files',
  'config',
  'max-warnings',
  'namespace',
  'run-id',
  'set',
  'secret-env',
  'ttl',
] as const;
export type PipelineInput = (typeof PIPELINE_INPUTS)[number];

/** Presents the pipeline's inputs under the names a stage reads. */
function stageIo<Stage extends string>(
  io: ActionIo<PipelineInput>,
  names: Partial<Record<Stage, PipelineInput>>,
): ActionIo<Stage> {
  const pick = (name: Stage) => names[name];
  return {
    ...io,
    input: (name) => (pick(name) ? io.input(pick(name)!) : ''),
    multilineInput: (name) => (pick(name) ? io.multilineInput(pick(name)!) : []),
  };
}

export async function pipelineAction(io: ActionIo<PipelineInput>): Promise<void> {
  const lintFiles = io.multilineInput('lint-files');
  const lint = await lintAction(
    stageIo<LintInput>(
      {
        ...io,
        multilineInput: (name) =>
          name === 'lint-files' && lintFiles.length === 0 ? [io.input('manifest')] : io.multilineInput(name),
      },
      { files: 'lint-files', config: 'config', 'max-warnings': 'max-warnings' },
    ),
  );
  if (lint.failed) return;
  await renderAction(
    stageIo<RenderInput>(io, {
      manifest: 'manifest',
      namespace: 'namespace',
      'run-id': 'run-id',
      set: 'set',
      'secret-env': 'secret-env',
      ttl: 'ttl',
    }),
  );
}
