import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  describeFeasibility,
  describeSource,
  runAssert
} from "../chunks/chunk-2R3FLLRE.js";
import "../chunks/chunk-2I6TWOEY.js";
import "../chunks/chunk-LZATRZPY.js";
import "../chunks/chunk-QXVQQ5FB.js";
import "../chunks/chunk-RKRSJY3C.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-DNN5VYJT.js";
import "../chunks/chunk-WNYQVBGA.js";
import "../chunks/chunk-NUJ64NSH.js";
import "../chunks/chunk-2Z6IFJBU.js";
import "../chunks/chunk-KNCQHDO6.js";
import "../chunks/chunk-MHFUAMHF.js";
import {
  WALL_CLOCK
} from "../chunks/chunk-UIDGSTCG.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  booleanInput,
  runAction
} from "../chunks/chunk-KILP7Y4M.js";
import "../chunks/chunk-SMOGKHW4.js";
import "../chunks/chunk-FO2DCR53.js";
import "../chunks/chunk-7UO7HX7F.js";
import {
  safeInline
} from "../chunks/chunk-46TLH3BL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/assert/adapter.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
var ASSERT_INPUTS = [
  "timeline",
  "load",
  "expect",
  "manifest",
  "deployment",
  "out",
  "scale-up-within",
  "scale-down-within",
  "scale-up-replicas",
  "scale-down-replicas",
  "inconclusive",
  "check-only",
  "force",
  "context"
];
var cell = (text) => safeInline(text).replaceAll("|", "\\|");
function assertSummaryMarkdown(verdict) {
  const rows = verdict.assertions.map(
    (r) => `| ${cell(r.title)} | ${cell(r.limit)} | ${cell(r.measured)}${r.reason ? `<br>${cell(r.reason)}` : ""} | ${r.outcome} | ${cell(describeSource(r.source))} |`
  );
  return `## rayservice-ci assert: ${verdict.outcome}

| assertion | limit | measured | result | from |
|---|---|---|---|---|
${rows.join("\n")}
`;
}
async function assertAction(io, signal) {
  const flags = {};
  for (const name of ["check-only", "force"]) {
    const value = booleanInput(io, name, false);
    if (typeof value === "string") return void io.fail(value);
    flags[name] = value;
  }
  const checkOnly = flags["check-only"];
  const input = (name) => io.input(name) || void 0;
  if (checkOnly && !input("manifest"))
    return void io.fail("Input manifest is required with check-only: the rendered RayService to check against.");
  if (!checkOnly && (!input("timeline") || !input("load")))
    return void io.fail(
      "Inputs timeline and load are required: the Timeline observe wrote and the LoadResults load wrote."
    );
  const outDir = join(io.tempDir, "rayservice-ci");
  await mkdir(outDir, { recursive: true });
  const out = input("out") ?? join(outDir, "verdict.json");
  const run = await runAssert(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      now: () => io.now(),
      signal,
      note: (line) => io.info(`rayservice-ci assert: ${safeInline(line)}`)
    },
    {
      timeline: input("timeline"),
      load: input("load"),
      expect: input("expect"),
      manifest: input("manifest"),
      deployment: input("deployment"),
      out,
      options: {
        scaleUpWithin: input("scale-up-within"),
        scaleDownWithin: input("scale-down-within"),
        scaleUpReplicas: input("scale-up-replicas"),
        scaleDownReplicas: input("scale-down-replicas"),
        inconclusive: input("inconclusive")
      },
      via: "input",
      checkOnly,
      force: flags["force"],
      context: input("context")
    }
  );
  if (!run.ok) {
    return void io.fail(
      `${run.kind === "infeasible" ? "These expectations cannot pass (set force: true to run anyway)" : "Not asserted"}:
${run.problems.map(safeInline).join("\n")}`
    );
  }
  if (run.checkOnly) {
    for (const p of run.feasibility) io.info(`Warning (forced): ${safeInline(describeFeasibility(p))}`);
    return void 0;
  }
  const verdict = run.verdict;
  io.setOutput("verdict", verdict.outcome);
  io.setOutput("verdict-file", run.file);
  for (const r of verdict.assertions)
    io.info(
      `${r.outcome.toUpperCase()}: ${safeInline(r.title)}: ${safeInline(r.measured)}${r.reason ? ` (${safeInline(r.reason)})` : ""}`
    );
  await io.summary(assertSummaryMarkdown(verdict));
  if (verdict.exitCode !== 0) {
    const failing = verdict.assertions.filter((r) => r.outcome !== "pass").map((r) => `${r.id} (${r.outcome})`);
    io.fail(`Verdict ${verdict.outcome}: ${failing.join(", ") || "nothing was asserted"}.`);
  }
  return verdict;
}

// src/actions/assert/main.ts
var stop = new AbortController();
for (const name of ["SIGINT", "SIGTERM"]) process.once(name, () => stop.abort(name));
runAction(async () => void await assertAction(actionsIo(ASSERT_INPUTS), stop.signal));
