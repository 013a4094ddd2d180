// The one lint call the CLI and the action share: reads config and CRD files, lints, and returns the report or
// the problems with the inputs (never throws for the user's mistakes). Files are read synchronously: a few small
// ones, once, where node:fs/promises would add ~2.5 ms to the CLI's start-up (see src/cli/lint-command.ts).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONFIG_FILE_NAMES, EMPTY_CONFIG, parseLintConfig, type LintConfig } from './config.ts';
import { loadCrd, type CrdValidator } from './crd.ts';
import { ALL_RULES } from './lint-text.ts';
import { lintPaths } from './lint-paths.ts';
import type { LintReport } from './report.ts';

export interface LintRequest {
  readonly inputs: readonly string[];
  /** A rule settings file; when undefined, ./.rayservice-ci.yaml is used if present. */
  readonly configPath?: string | undefined;
  readonly crdPath?: string | undefined;
}

export type LintRun =
  { readonly ok: true; readonly report: LintReport } | { readonly ok: false; readonly problems: readonly string[] };

export function lintExitCode(report: LintReport, maxWarnings: number | undefined): 0 | 1 {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return 1;
  return 0;
}

/** A file's text, or undefined when it cannot be read. */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function loadConfig(cwd: string, path: string | undefined): LintConfig | { problems: string[] } {
  const file = path ?? CONFIG_FILE_NAMES.find((name) => existsSync(resolve(cwd, name)));
  if (file === undefined) return EMPTY_CONFIG;
  const text = readText(resolve(cwd, file));
  if (text === undefined) return { problems: [`Cannot read the config file ${file}.`] };
  return parseLintConfig(
    file,
    text,
    ALL_RULES.map((rule) => rule.id),
  );
}

export async function runLint(context: { readonly cwd: string }, request: LintRequest): Promise<LintRun> {
  const config = loadConfig(context.cwd, request.configPath);
  if ('problems' in config) return { ok: false, problems: config.problems };
  let crd: CrdValidator | undefined;
  if (request.crdPath !== undefined) {
    const text = readText(resolve(context.cwd, request.crdPath));
    if (text === undefined) return { ok: false, problems: [`Cannot read the CRD file ${request.crdPath}.`] };
    const loaded = await loadCrd(request.crdPath, text);
    if (typeof loaded === 'string') return { ok: false, problems: [loaded] };
    crd = loaded;
  }
  const { report, problems } = await lintPaths(request.inputs, { cwd: context.cwd, config, ...(crd ? { crd } : {}) });
  return problems.length ? { ok: false, problems } : { ok: true, report };
}

/** Whole-number warning limit; undefined (or -1) means none. Returns a sentence for anything else. */
export function parseMaxWarnings(raw: string | undefined): number | undefined | string {
  if (raw === undefined || raw === '' || raw === '-1') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) return `max-warnings takes a whole number ≥ 0 (or -1 for no limit), not "${raw}".`;
  return n;
}
