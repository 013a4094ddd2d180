// Runs the actionlint the test setup provisioned and reads its findings as data; builds a throwaway project in which a
// generated workflow uses this repository's actions as local actions, which is when actionlint reads an action.yml.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { optionalToolPath, toolPath } from '../helpers/tools.ts';

export const REPO = resolve(import.meta.dirname, '..', '..');

export interface Finding {
  readonly message: string;
  readonly filepath: string;
  readonly line: number;
  readonly column: number;
  readonly kind: string;
}

export interface Linted {
  readonly status: number | null;
  readonly findings: readonly Finding[];
  readonly stderr: string;
}

/** shellcheck for the `run:` scripts when the setup provisioned it; otherwise why it is missing. */
export const SHELLCHECK = optionalToolPath('shellcheck');

/** Lints `files` (relative to `cwd`) with JSON output; shellcheck on when provisioned, pyflakes off (no Python). */
export function actionlint(files: readonly string[], cwd: string): Linted {
  const shellcheck = 'path' in SHELLCHECK ? SHELLCHECK.path : '';
  const result = spawnSync(
    toolPath('actionlint'),
    ['-no-color', '-format', '{{json .}}', `-shellcheck=${shellcheck}`, '-pyflakes=', ...files],
    { cwd, encoding: 'utf8', timeout: 60_000 },
  );
  const out = result.stdout.trim();
  // With no finding, the JSON format prints nothing rather than [].
  const findings = out === '' ? [] : (JSON.parse(out) as Finding[]);
  return { status: result.status, findings, stderr: `${result.stderr}${result.error ? String(result.error) : ''}` };
}

/** One line per finding, for assertion messages. */
export function show(linted: Linted): string {
  return (
    linted.findings.map((f) => `${f.filepath}:${f.line}:${f.column}: ${f.message} [${f.kind}]`).join('\n') ||
    linted.stderr
  );
}

export interface ActionInput {
  readonly description?: string;
  readonly required?: boolean;
  readonly default?: unknown;
}

export interface RepoAction {
  /** How a workflow in this repository refers to it: `./` or `./actions/<name>`. */
  readonly uses: string;
  /** Its metadata file, relative to the repository. */
  readonly file: string;
  readonly name: string;
  readonly inputs: Readonly<Record<string, ActionInput>>;
}

function readAction(uses: string, file: string): RepoAction {
  const metadata = parse(readFileSync(join(REPO, file), 'utf8')) as {
    name: string;
    inputs?: Record<string, ActionInput | null>;
  };
  const inputs = Object.fromEntries(Object.entries(metadata.inputs ?? {}).map(([k, v]) => [k, v ?? {}]));
  return { uses, file, name: metadata.name, inputs };
}

/** The root action and every actions/<name>/action.yml, as they are in the tree now. */
export function repoActions(): RepoAction[] {
  const actions = [readAction('./', 'action.yml')];
  for (const name of readdirSync(join(REPO, 'actions')).sort()) {
    const file = join('actions', name, 'action.yml');
    if (existsSync(join(REPO, file))) actions.push(readAction(`./actions/${name}`, file));
  }
  return actions;
}

export interface Project {
  readonly dir: string;
  /** Writes .github/workflows/<name> and returns its path relative to the project. */
  workflow(name: string, text: string): string;
  remove(): void;
}

/**
 * A temporary project that mirrors the repository's action paths by symlink (action.yml, actions/, and dist/ so that
 * actionlint can check each runs.main exists) and adds nothing to the repository. actionlint resolves `uses: ./…`
 * only inside a project, which it recognises by a .git directory.
 */
export function localActionProject(): Project {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-actionlint-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  for (const entry of ['action.yml', 'actions', 'dist']) symlinkSync(join(REPO, entry), join(dir, entry));
  return {
    dir,
    workflow(name, text) {
      const path = join('.github', 'workflows', name);
      writeFileSync(join(dir, path), text);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A YAML double-quoted scalar (JSON's string syntax is a subset of it). */
export function quoted(text: string): string {
  return JSON.stringify(text);
}
