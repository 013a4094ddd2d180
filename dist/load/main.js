import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  exitCodeOf,
  progressLine,
  runLoad,
  summaryTable
} from "../chunks/chunk-KNCQHDO6.js";
import "../chunks/chunk-MHFUAMHF.js";
import {
  WALL_CLOCK
} from "../chunks/chunk-UIDGSTCG.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-KILP7Y4M.js";
import "../chunks/chunk-SMOGKHW4.js";
import "../chunks/chunk-FO2DCR53.js";
import "../chunks/chunk-7UO7HX7F.js";
import {
  safeInline,
  safeLines
} from "../chunks/chunk-46TLH3BL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/load/adapter.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
var LOAD_INPUTS = [
  "profile",
  "address",
  "deployment",
  "out",
  "hold-for",
  "seed",
  "max-duration",
  "max-requests",
  "max-connections",
  "context"
];
var PROGRESS_EVERY_MS = 1e4;
function wholeNumber(io, name, min) {
  const raw = io.input(name);
  if (raw === "") return void 0;
  if (!/^\d+$/.test(raw) || Number(raw) < min)
    return `Input ${name} takes a whole number from ${min}, not "${safeInline(raw)}".`;
  return Number(raw);
}
function loadSummaryMarkdown(results) {
  const criteria = results.criteria.length ? `
| criterion | outcome | |
|---|---|---|
${results.criteria.map((c) => `| \`${safeInline(c.source).replaceAll("|", "\\|").replaceAll("`", "'")}\` | ${c.outcome} | ${safeInline(c.message).replaceAll("|", "\\|")} |`).join("\n")}
` : "";
  return `## rayservice-ci load

\`\`\`
${safeLines(summaryTable(results)).replaceAll("```", "'''")}\`\`\`
${criteria}`;
}
async function loadAction(io, signal) {
  const profile = io.input("profile");
  if (!profile) return void io.fail("Input profile is required: the Taurus YAML or LoadProfile to run.");
  const numbers = {};
  for (const [name, min] of [
    ["seed", 0],
    ["max-requests", 1],
    ["max-connections", 1]
  ]) {
    const value = wholeNumber(io, name, min);
    if (typeof value === "string") return void io.fail(value);
    numbers[name] = value;
  }
  const outDir = join(io.tempDir, "rayservice-ci");
  await mkdir(outDir, { recursive: true });
  const out = io.input("out") || join(outDir, "load-results.json");
  let lastPrinted = -Infinity;
  const run = await runLoad(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      signal,
      note: (line) => io.info(`rayservice-ci load: ${safeInline(line)}`),
      progress: (p) => {
        if (p.elapsedMs - lastPrinted < PROGRESS_EVERY_MS) return;
        lastPrinted = p.elapsedMs;
        io.info(`rayservice-ci load: ${safeInline(progressLine(p))}`);
      }
    },
    {
      profile,
      address: io.input("address") || void 0,
      deployment: io.input("deployment") || void 0,
      out,
      holdFor: io.input("hold-for") || void 0,
      seed: numbers["seed"],
      maxDuration: io.input("max-duration") || void 0,
      maxRequests: numbers["max-requests"],
      maxConnections: numbers["max-connections"],
      context: io.input("context") || void 0
    }
  );
  if (!run.ok) {
    for (const w of run.warnings) io.info(`Warning: ${safeInline(w)}`);
    return void io.fail(`Load not run:
${run.problems.map(safeInline).join("\n")}`);
  }
  if (run.dryRun) return void 0;
  const results = run.results;
  const s = results.summary;
  io.setOutput("results-file", out);
  io.setOutput("outcome", results.outcome);
  io.setOutput("stop-reason", results.stop.reason);
  io.setOutput("requests", s.requests);
  io.setOutput("errors", s.errors);
  io.setOutput("ttft-p95-ms", s.ttft_ms.p95 ?? "");
  io.setOutput("e2e-p95-ms", s.e2e_ms.p95 ?? "");
  io.setOutput("request-throughput", s.request_throughput);
  io.setOutput("output-tokens-per-s", s.output_tokens_per_s);
  io.info(safeLines(summaryTable(results)));
  await io.summary(loadSummaryMarkdown(results));
  const code = exitCodeOf(results);
  if (code === 3)
    io.fail(
      `Load criteria ${results.outcome}: ${results.criteria.filter((c) => c.outcome !== "pass").map((c) => `${safeInline(c.source)} (${c.outcome})`).join(", ")}`
    );
  else if (code === 1)
    io.fail(
      results.stop.reason !== "completed" ? `Load stopped early (${results.stop.reason}); the results so far are in ${out}.` : "No request completed; see the errors in the summary."
    );
  return results;
}

// src/actions/load/main.ts
var stop = new AbortController();
for (const name of ["SIGINT", "SIGTERM"]) process.once(name, () => stop.abort(name));
runAction(async () => void await loadAction(actionsIo(LOAD_INPUTS), stop.signal));
