import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  commentRequestFrom,
  runLinksFrom,
  runReport
} from "../chunks/chunk-EZQ72WCC.js";
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
import "../chunks/chunk-UIDGSTCG.js";
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

// src/actions/report/adapter.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
var REPORT_INPUTS = [
  "verdict",
  "timeline",
  "load",
  "lint",
  "rendered",
  "deployment",
  "diagnosis",
  "out",
  "github-token",
  "comment-author",
  "comment",
  "summary",
  "gpu-hour-price",
  "title",
  "key"
];
async function reportAction(io) {
  const comment = booleanInput(io, "comment", true);
  if (typeof comment === "string") return io.fail(comment);
  const summary = booleanInput(io, "summary", true);
  if (typeof summary === "string") return io.fail(summary);
  const outDir = join(io.tempDir, "rayservice-ci");
  await mkdir(outDir, { recursive: true });
  const out = io.input("out") || join(outDir, "report.md");
  const token = io.input("github-token");
  const run = await runReport(io, {
    paths: {
      verdict: io.input("verdict") || void 0,
      timeline: io.input("timeline") || void 0,
      load: io.input("load") || void 0,
      lint: io.input("lint") || void 0,
      rendered: io.input("rendered") || void 0,
      deployment: io.input("deployment") || void 0,
      diagnosis: io.input("diagnosis") || void 0
    },
    out,
    comment: comment ? await commentRequestFrom(io.env, token, { author: io.input("comment-author") || void 0 }) : void 0,
    gpuHourPrice: io.input("gpu-hour-price") || void 0,
    title: io.input("title") || void 0,
    key: io.input("key") || void 0,
    links: runLinksFrom(io.env)
  });
  if (!run.ok && run.kind === "input") return io.fail(`No report:
${run.problems.map(safeInline).join("\n")}`);
  io.setOutput("report-file", out);
  if (summary && run.markdown) await io.summary(run.markdown);
  if (!run.ok) return io.fail(`Report written, comment not posted:
${run.problems.map(safeInline).join("\n")}`);
  const posted = run.comment;
  if (posted?.outcome === "skipped") io.notice(safeInline(posted.notice));
  else if (posted && posted.outcome !== "failed") {
    io.setOutput("comment-id", posted.id);
    io.setOutput("comment-url", posted.url);
    io.info(`rayservice-ci report: comment ${posted.outcome}: ${safeInline(posted.url)}`);
  }
  io.info(`rayservice-ci report: ${out} (${run.markdown.length} characters)`);
}

// src/actions/report/main.ts
runAction(() => reportAction(actionsIo(REPORT_INPUTS)));
