// The one lint call the CLI and the action share: reads config and CRD files, lints, and returns the report or
// the problems with the inputs (never throws for the user's mistakes).
import { access, readFile } from 'node:fs/promises';
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

export type LintRun = { readonly ok: true; readonly report: LintReport } | { readonly ok: false; readonly problems: readonly string[] };

export function lintExitCode(report: LintReport, maxWarnings: number | undefined): 0 | 1 {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return 1;
  return 0;
}

async function loadConfig(cwd: string, path: string | undefined): Promise<LintConfig | { problems: string[] }> {
  let file = path;
  if (file === undefined) {
    for (const name of CONFIG_FILE_NAMES) {
      if (await access(resolve(cwd, name)).then(() => true, () => false)) {
        file = name;
        break;
      }
    }
  }
  if (file === undefined) return EMPTY_CONFIG;
  const text = await readFile(resolve(cwd, file), 'utf8').catch(() => undefined);
  if (text === undefined) return { problems: [`Cannot read the config file ${file}.`] };
  return parseLintConfig(file, text, ALL_RULES.map((rule) => rule.id));
}

export async function runLint(context: { readonly cwd: string }, request: LintRequest): Promise<LintRun> {
  const config = await loadConfig(context.cwd, request.configPath);
  if ('problems' in config) return { ok: false, problems: config.problems };
  let crd: CrdValidator | undefined;
  if (request.crdPath !== undefined) {
    const text = await readFile(resolve(context.cwd, request.crdPath), 'utf8').catch(() => undefined);
    if (text === undefined) return { ok: false, problems: [`Cannot read the CRD file ${request.crdPath}.`] };
    const loaded = loadCrd(request.crdPath, text);
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
