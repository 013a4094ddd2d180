// `rayservice-ci lint <file|dir|glob>...`
import { appendFile, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ALL_RULES,
  formatAnnotations,
  formatSarif,
  formatSummary,
  formatText,
  lintExitCode,
  LINT_FORMATS,
  LINT_REPORT,
  parseMaxWarnings,
  runLint,
  type LintFormat,
  type LintReport,
} from '../lint/index.ts';
import { serializeContract } from '../contracts/index.ts';
import { InputError, UsageError, type CliIo } from './io.ts';
import { writeOutput } from './output.ts';
import { TOOL } from '../tool.ts';

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

function parseFormat(raw: string | undefined): LintFormat {
  const format = raw ?? 'text';
  if (!(LINT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format "${format}" is not a format; use one of ${LINT_FORMATS.join(', ')}.`);
  }
  return format as LintFormat;
}

async function sourcesOf(io: CliIo, report: LintReport): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const file of new Set(report.findings.map((f) => f.file))) {
    const text = await readFile(resolve(io.cwd, file), 'utf8').catch(() => undefined);
    if (text !== undefined) sources.set(file, text);
  }
  return sources;
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
  if (typeof maxWarnings === 'string') throw new UsageError(`--${maxWarnings}`);
  if (positionals.length === 0) throw new UsageError('lint needs at least one file, directory or glob.');
  const run = await runLint(io, { inputs: positionals, configPath: values.config, crdPath: values.crd });
  if (!run.ok) throw new InputError(run.problems.join('\n'));
  const report = run.report;

  let rendered: string;
  switch (format) {
    case 'json':
      rendered = serializeContract(LINT_REPORT, report);
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
