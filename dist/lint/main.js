import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  TOOL
} from "../chunks/chunk-UZXDCIJZ.js";
import {
  ALL_RULES,
  LINT_REPORT,
  formatSarif,
  formatSummary,
  lintExitCode,
  parseMaxWarnings,
  runLint
} from "../chunks/chunk-NUJ64NSH.js";
import "../chunks/chunk-2Z6IFJBU.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-KILP7Y4M.js";
import "../chunks/chunk-SMOGKHW4.js";
import {
  serializeContract
} from "../chunks/chunk-FO2DCR53.js";
import "../chunks/chunk-7UO7HX7F.js";
import "../chunks/chunk-46TLH3BL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/lint/adapter.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var LINT_INPUTS = ["files", "config", "crd", "max-warnings", "sarif-file", "annotations"];
var ANNOTATIONS_PER_LEVEL = 10;
function annotate(io, report) {
  const shown = { error: 0, warning: 0, notice: 0 };
  for (const finding of report.findings) {
    const level = finding.severity === "info" ? "notice" : finding.severity;
    if (shown[level]++ >= ANNOTATIONS_PER_LEVEL) continue;
    io.annotate(level, finding.hint ? `${finding.message}
Fix: ${finding.hint}` : finding.message, {
      file: finding.file,
      startLine: finding.line,
      startColumn: finding.column,
      endLine: finding.endLine,
      ...finding.endLine === finding.line ? { endColumn: finding.endColumn } : {},
      title: `rayservice-ci ${finding.ruleId}`
    });
  }
}
async function lintAction(io) {
  const files = io.multilineInput("files");
  const maxWarnings = parseMaxWarnings(io.input("max-warnings"));
  if (typeof maxWarnings === "string") {
    io.fail(`Input ${maxWarnings}`);
    return { report: void 0, failed: true };
  }
  const annotations = io.input("annotations");
  if (!["", "true", "false"].includes(annotations)) {
    io.fail(`Input annotations must be true or false, not "${annotations}".`);
    return { report: void 0, failed: true };
  }
  const run = await runLint(io, {
    inputs: files.length ? files : ["."],
    configPath: io.input("config") || void 0,
    crdPath: io.input("crd") || void 0
  });
  if (!run.ok) {
    io.fail(run.problems.join("\n"));
    return { report: void 0, failed: true };
  }
  const report = run.report;
  const outDir = join(io.tempDir, "rayservice-ci");
  await mkdir(outDir, { recursive: true });
  const sarifFile = resolve(io.cwd, io.input("sarif-file") || join(outDir, "lint.sarif"));
  const reportFile = join(outDir, "lint-report.json");
  await writeFile(sarifFile, formatSarif(report, ALL_RULES, TOOL));
  await writeFile(reportFile, serializeContract(LINT_REPORT, report));
  if (annotations !== "false") annotate(io, report);
  await io.summary(formatSummary(report));
  const { errors, warnings } = report.summary;
  io.setOutput("errors", errors);
  io.setOutput("warnings", warnings);
  io.setOutput("sarif-file", sarifFile);
  io.setOutput("report-file", reportFile);
  io.info(
    `rayservice-ci lint: ${errors} error(s), ${warnings} warning(s) in ${report.summary.rayServices} RayService(s).`
  );
  const failed = lintExitCode(report, maxWarnings) !== 0;
  if (failed)
    io.fail(
      errors > 0 ? `${errors} lint error(s).` : `${warnings} warnings exceed max-warnings ${String(maxWarnings)}.`
    );
  return { report, failed };
}

// src/actions/lint/main.ts
runAction(async () => void await lintAction(actionsIo(LINT_INPUTS)));
