import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  InputError,
  UsageError
} from "./chunk-ZX5C764E.js";
import {
  TOOL
} from "./chunk-UZXDCIJZ.js";
import {
  ALL_RULES,
  LINT_FORMATS,
  LINT_REPORT,
  formatAnnotations,
  formatRuleList,
  formatSarif,
  formatSummary,
  formatText,
  lintExitCode,
  parseMaxWarnings,
  runLint
} from "./chunk-NUJ64NSH.js";
import "./chunk-2Z6IFJBU.js";
import {
  serializeContract
} from "./chunk-FO2DCR53.js";
import "./chunk-7UO7HX7F.js";
import "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";

// src/cli/lint-command.ts
import { appendFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var reported = false;
var lintReported = () => reported;
var LINT_USAGE = `Usage: rayservice-ci lint <file|dir|glob>... [options]

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
function parseFormat(raw) {
  const format = raw ?? "text";
  if (!LINT_FORMATS.includes(format)) {
    throw new UsageError(`--format "${format}" is not a format; use one of ${LINT_FORMATS.join(", ")}.`);
  }
  return format;
}
async function lintCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: "string" },
      output: { type: "string", short: "o" },
      config: { type: "string" },
      crd: { type: "string" },
      "max-warnings": { type: "string" },
      "list-rules": { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${LINT_USAGE}
`);
    return 0;
  }
  if (values["list-rules"]) {
    io.stdout(formatRuleList(ALL_RULES));
    return 0;
  }
  const format = parseFormat(values.format);
  const maxWarnings = parseMaxWarnings(values["max-warnings"]);
  if (typeof maxWarnings === "string") throw new UsageError(`--${maxWarnings}`);
  if (positionals.length === 0) throw new UsageError("lint needs at least one file, directory or glob.");
  const run = await runLint(io, { inputs: positionals, configPath: values.config, crdPath: values.crd });
  if (!run.ok) throw new InputError(run.problems.join("\n"));
  const report = run.report;
  reported = true;
  let rendered;
  switch (format) {
    case "json":
      rendered = serializeContract(LINT_REPORT, report);
      break;
    case "sarif":
      rendered = formatSarif(report, ALL_RULES, TOOL);
      break;
    case "github": {
      rendered = formatAnnotations(report);
      const summaryFile = io.env["GITHUB_STEP_SUMMARY"];
      if (summaryFile) appendFileSync(summaryFile, formatSummary(report));
      break;
    }
    case "text":
      rendered = formatText(report, { color: io.isTty && !values["no-color"] && !values.output });
      break;
  }
  if (values.output) {
    const { writeOutput } = await import("./output-NACDHTBM.js");
    await writeOutput(resolve(io.cwd, values.output), rendered);
  } else {
    io.stdout(rendered);
  }
  return lintExitCode(report, maxWarnings);
}
export {
  InputError,
  LINT_USAGE,
  UsageError,
  lintCommand,
  lintReported
};
