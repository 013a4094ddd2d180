// The part of the GitHub Actions runtime an adapter uses, behind an interface so adapters are tested by running
// their bundles with INPUT_* variables and temporary GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files.
import * as core from '@actions/core';
import { tmpdir } from 'node:os';
import { safeInline } from '../sanitize/index.ts';

export interface AnnotationPlace {
  readonly file: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn?: number;
  readonly title: string;
}

export interface ActionIo<Input extends string> {
  input(name: Input): string;
  multilineInput(name: Input): string[];
  setOutput(name: string, value: string | number): void;
  annotate(level: 'error' | 'warning' | 'notice', message: string, place: AnnotationPlace): void;
  /** A notice on the run's summary page (::notice::), tied to no file. */
  notice(message: string): void;
  info(message: string): void;
  summary(markdown: string): Promise<void>;
  fail(message: string): void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly tempDir: string;
  now(): Date;
}

/** The real runtime. `inputs` is the action's declared input list: reading anything else is a type error. */
export function actionsIo<Input extends string>(_inputs: readonly Input[]): ActionIo<Input> {
  return {
    input: (name) => core.getInput(name).trim(),
    multilineInput: (name) =>
      core
        .getMultilineInput(name)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#')),
    setOutput: (name, value) => core.setOutput(name, value),
    annotate: (level, message, place) => {
      const properties = { ...place, ...(place.endLine !== place.startLine ? { endColumn: undefined } : {}) };
      if (level === 'error') core.error(message, properties);
      else if (level === 'warning') core.warning(message, properties);
      else core.notice(message, properties);
    },
    notice: (message) => core.notice(message),
    info: (message) => core.info(message),
    summary: async (markdown) => {
      if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown, true).write();
    },
    fail: (message) => core.setFailed(message),
    cwd: process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
    env: process.env,
    tempDir: process.env['RUNNER_TEMP'] ?? tmpdir(),
    now: () => new Date(),
  };
}

/** `true`/`false` as YAML 1.2 writes them (core.getBooleanInput's rule); anything else is a problem naming the input. */
export function booleanInput<Input extends string>(
  io: ActionIo<Input>,
  name: Input,
  fallback: boolean,
): boolean | string {
  const raw = io.input(name);
  if (raw === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(raw)) return true;
  if (['false', 'False', 'FALSE'].includes(raw)) return false;
  return `Input ${name} takes true or false, not "${safeInline(raw)}".`;
}

/** Runs an adapter; anything thrown is a bug, reported as a failed step rather than a silent crash. */
export function runAction(adapter: () => Promise<void>): void {
  adapter().catch((error: unknown) => {
    core.setFailed(`rayservice-ci internal error (please report it): ${(error as Error)?.stack ?? String(error)}`);
  });
}
