// `rayservice-ci lint <file|dir|glob>...`
import { appendFile, readFile, writeFile, access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ALL_RULES,
  CONFIG_FILE_NAMES,
  EMPTY_CONFIG,
  formatAnnotations,
  formatSarif,
  formatSummary,
  formatText,
  lintPaths,
  LINT_FORMATS,
  loadCrd,
  parseLintConfig,
  type LintConfig,
  type LintFormat,
  type LintReport,
} from '../lint/index.ts';
import { InputError, UsageError, type CliIo } from './io.ts';
import { TOOL } from './tool.ts';

export const LINT_USAGE = `Usage: rayservice-ci lint <file|dir|glob>... [options]

Checks RayService manifests, including the Serve config inside spec.serveConfigV2, and reports findings
at file:line:column of the file you wrote.

Options:
  --format text|json|sarif|github   output format (default: text; github = annotations + job summary)
  -o, --output FILE                 write the report to FILE instead of standard output
  --config FILE                     rule settings (default: ./.rayservice-ci.yaml if present)
  --crd FILE                        also validate against a CRD's openAPIV3Schema (e.g. ray.io_rayservices.yaml)
  --max-warnings N                  fail when there are more than N warnings (default: no limit)
  --list-rules                      print the rules and exit
  --no-color                        plain text output

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 bad usage or unreadable input.`;

export interface LintRun {
  readonly report: LintReport;
  readonly exitCode: 0 | 1;
}

export function lintExitCode(report: LintReport, maxWarnings: number | undefined): 0 | 1 {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== undefined && report.summary.warnings > maxWarnings) return 1;
  return 0;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(() => true, () => false);
}

export async function loadConfig(io: CliIo, path: string | undefined): Promise<LintConfig> {
  let file = path;
  if (file === undefined) {
    for (const name of CONFIG_FILE_NAMES) {
      if (await exists(resolve(io.cwd, name))) {
        file = name;
        break;
      }
    }
  }
  if (file === undefined) return EMPTY_CONFIG;
  const text = await readFile(resolve(io.cwd, file), 'utf8').catch(() => {
    throw new InputError(`Cannot read the config file ${file}.`);
  });
  const parsed = parseLintConfig(file, text, ALL_RULES.map((rule) => rule.id));
  if ('problems' in parsed) throw new InputError(parsed.problems.join('\n'));
  return parsed;
}

export function parseMaxWarnings(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '' || raw === '-1') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0 (or -1 for no limit), not "${raw}".`);
  return n;
}

export function parseFormat(raw: string | undefined): LintFormat {
  const format = raw ?? 'text';
  if (!(LINT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not a format; use one of ${LINT_FORMATS.join(', ')}.`);
  }
  return format as LintFormat;
}

export interface LintRequest {
  readonly inputs: readonly string[];
  readonly configPath?: string | undefined;
  readonly crdPath?: string | undefined;
}

/** The library call the CLI and the action share. */
export async function runLint(io: CliIo, request: LintRequest): Promise<LintReport> {
  const config = await loadConfig(io, request.configPath);
  let crd;
  if (request.crdPath !== undefined) {
    const text = await readFile(resolve(io.cwd, request.crdPath), 'utf8').catch(() => {
      throw new InputError(`Cannot read the CRD file ${request.crdPath}.`);
    });
    const loaded = loadCrd(request.crdPath, text);
    if (typeof loaded === 'string') throw new InputError(loaded);
    crd = loaded;
  }
  const { report, problems } = await lintPaths(request.inputs, { cwd: io.cwd, config, ...(crd ? { crd } : {}) });
  if (problems.length) throw new InputError(problems.join('\n'));
  return report;
}

export async function sourcesOf(io: CliIo, report: LintReport): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const file of new Set(report.findings.map((f) => f.file))) {
    const text = await readFile(resolve(io.cwd, file), 'utf8').catch(() => undefined);
    if (text !== undefined) sources.set(file, text);
  }
  return sources;
}

export async function writeOutput(path: string, text: string): Promise<void> {
  await writeFile(path, text).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`Cannot write ${path}: ${error.code ?? error.message}.`);
  });
}

export async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
      crd: { type: 'string' },
      'max-warnings': { type: 'string' },
      'list-rules': { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${LINT_USAGE}\n`);
    return 0;
  }
  if (values['list-rules']) {
    for (const rule of ALL_RULES) io.stdout(`${rule.id.padEnd(32)} ${rule.severity.padEnd(8)} ${rule.description}\n`);
    return 0;
  }
  const format = parseFormat(values.format);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  if (positionals.length === 0) throw new UsageError('lint needs at least one file, directory or glob.');
  const report = await runLint(io, { inputs: positionals, configPath: values.config, crdPath: values.crd });

  let rendered: string;
  switch (format) {
    case 'json':
      rendered = `${JSON.stringify(report, null, 2)}\n`;
      break;
    case 'sarif':
      rendered = formatSarif(report, ALL_RULES, TOOL);
      break;
    case 'github': {
      rendered = formatAnnotations(report);
      const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
      if (summaryFile) await appendFile(summaryFile, formatSummary(report));
      break;
    }
    case 'text': {
      const sources = await sourcesOf(io, report);
      rendered = formatText(report, { sourceOf: (file) => sources.get(file), color: io.isTty && !values['no-color'] && !values.output });
      break;
    }
  }
  if (values.output) await writeOutput(resolve(io.cwd, values.output), rendered);
  else io.stdout(rendered);
  return lintExitCode(report, maxWarnings);
}
