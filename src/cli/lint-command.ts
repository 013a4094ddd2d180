// `rayservice-ci lint <file|dir|glob>...`
// The job summary is appended synchronously, as lint reads its files: node:fs/promises takes ~1.5 ms to load (it
// brings readline and the REPL history) and its first call starts libuv's thread pool (~1 ms).
import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ALL_RULES,
  formatRuleList,
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
} from '../lint/index.ts';
import { serializeContract } from '../contracts/index.ts';
import { InputError, UsageError, type CliIo } from './io.ts';
import { TOOL } from '../tool.ts';

// main.ts maps these to exit code 2; it takes them from here because dist/ runs lint from its own bundle.
export { InputError, UsageError };

// Whether this process produced a report. The CLI keeps a code cache taken after a run (src/cli/cached-load.ts); one
// taken after `--help` or a usage error lacks the YAML parser and the rules, so it is replaced after a real run.
let reported = false;
export const lintReported = (): boolean => reported;

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
    io.stdout(formatRuleList(ALL_RULES));
    return 0;
  }
  const format = parseFormat(values.format);
  const maxWarnings = parseMaxWarnings(values['max-warnings']);
  if (typeof maxWarnings === 'string') throw new UsageError(`--${maxWarnings}`);
  if (positionals.length === 0) throw new UsageError('lint needs at least one file, directory or glob.');
  const run = await runLint(io, { inputs: positionals, configPath: values.config, crdPath: values.crd });
  if (!run.ok) throw new InputError(run.problems.join('\n'));
  const report = run.report;
  reported = true;

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
      if (summaryFile) appendFileSync(summaryFile, formatSummary(report));
      break;
    }
    case 'text':
      // Code frames come from each finding's snippet (redacted), not from reading the files again.
      rendered = formatText(report, { color: io.isTty && !values['no-color'] && !values.output });
      break;
  }
  if (values.output) {
    // Loaded for -o only: output.ts writes through node:fs/promises.
    const { writeOutput } = await import('./output.ts');
    await writeOutput(resolve(io.cwd, values.output), rendered);
  } else {
    io.stdout(rendered);
  }
  return lintExitCode(report, maxWarnings);
}
