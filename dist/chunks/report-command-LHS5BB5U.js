import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  InputError,
  UsageError
} from "./chunk-ZX5C764E.js";
import {
  commentRequestFrom,
  runLinksFrom,
  runReport
} from "./chunk-EZQ72WCC.js";
import "./chunk-2I6TWOEY.js";
import "./chunk-LZATRZPY.js";
import "./chunk-QXVQQ5FB.js";
import "./chunk-RKRSJY3C.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-DNN5VYJT.js";
import "./chunk-WNYQVBGA.js";
import "./chunk-NUJ64NSH.js";
import "./chunk-2Z6IFJBU.js";
import "./chunk-KNCQHDO6.js";
import "./chunk-MHFUAMHF.js";
import "./chunk-UIDGSTCG.js";
import "./chunk-65SL3IB2.js";
import "./chunk-FO2DCR53.js";
import "./chunk-7UO7HX7F.js";
import {
  safeInline
} from "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";

// src/cli/report-command.ts
import { parseArgs } from "node:util";
var REPORT_USAGE = `Usage: rayservice-ci report --verdict verdict.json [files] [--out report.md] [--comment] [--summary]

Renders the run as Markdown: the verdict and its table (a stage that failed first), Mermaid charts of Serve
replicas, worker pods and GPUs, GPU utilisation, load and latency, each with its data; GPU-hours and their cost;
lint findings, render overrides and the deploy diagnosis in collapsible sections; links to the run. Every value
from a file is escaped; the comment stays under GitHub's 65,536 characters (detail is dropped, never the verdict).

Files (each optional; the report shows what it is given):
  --verdict FILE          the Verdict assert wrote
  --timeline FILE         the Timeline observe wrote
  --load FILE             the LoadResults load wrote
  --lint FILE             the LintReport (lint --format json)
  --rendered FILE         the RenderedManifest render wrote (--result)
  --deployment FILE       the Deployment deploy wrote
  --diagnosis FILE        the DeployDiagnosis of a deploy that never served

Output (without any of these the report goes to stdout):
  -o, --out FILE          write the report to FILE
  --summary               append it to the job summary ($GITHUB_STEP_SUMMARY)
  --comment               post it as the pull request's one report comment, updated on every run: needs
                          $GITHUB_TOKEN with pull-requests: write; the pull request comes from $GITHUB_EVENT_PATH
                          or --pr. On a fork's pull request or with a read-only token it is skipped with a notice.
  --pr NUMBER             the pull request to comment on (default: the event's)
  --repo OWNER/NAME       its repository (default: $GITHUB_REPOSITORY)
  --comment-author LOGIN  the login our comment is written by, for another GitHub App's installation token
                          (<app-slug>[bot]); default: the token's user, github-actions[bot] for GITHUB_TOKEN
  --key KEY               tells reports apart in one pull request: one comment per key (default: default)

Content:
  --gpu-hour-price PRICE  price of one GPU-hour, e.g. 2.5USD, for the cost line
  --set PATH=VALUE        an override render applied, listed in the report; repeatable
  --title TEXT            a line under the heading (the manifest, the environment)

Exit codes: 0 written (a skipped comment included), 1 written but the comment could not be posted, 2 bad usage or
unreadable input.`;
var MAX_PR = 2 ** 31 - 1;
async function reportCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      verdict: { type: "string" },
      timeline: { type: "string" },
      load: { type: "string" },
      lint: { type: "string" },
      rendered: { type: "string" },
      deployment: { type: "string" },
      diagnosis: { type: "string" },
      out: { type: "string", short: "o" },
      summary: { type: "boolean" },
      comment: { type: "boolean" },
      pr: { type: "string" },
      repo: { type: "string" },
      "comment-author": { type: "string" },
      key: { type: "string" },
      "gpu-hour-price": { type: "string" },
      set: { type: "string", multiple: true },
      title: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${REPORT_USAGE}
`);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`report takes its files as options (--verdict FILE \u2026), got "${safeInline(positionals[0])}".`);
  const summaryFile = values.summary ? io.env["GITHUB_STEP_SUMMARY"] : void 0;
  if (values.summary && !summaryFile)
    throw new UsageError("--summary appends to $GITHUB_STEP_SUMMARY, which is not set (it is, inside GitHub Actions).");
  let pullRequest;
  if (values.pr !== void 0) {
    pullRequest = /^\d+$/.test(values.pr) ? Number(values.pr) : NaN;
    if (!(pullRequest >= 1 && pullRequest <= MAX_PR))
      throw new UsageError(`--pr takes a pull request number, not "${safeInline(values.pr)}".`);
  }
  let comment;
  if (values.comment) {
    const token = io.env["GITHUB_TOKEN"] || io.env["GH_TOKEN"] || "";
    if (!token)
      throw new InputError(
        "--comment needs a token in $GITHUB_TOKEN (or $GH_TOKEN) that may write pull-request comments."
      );
    comment = await commentRequestFrom(io.env, token, {
      repository: values.repo,
      pullRequest,
      author: values["comment-author"]
    });
  }
  const run = await runReport(io, {
    paths: {
      verdict: values.verdict,
      timeline: values.timeline,
      load: values.load,
      lint: values.lint,
      rendered: values.rendered,
      deployment: values.deployment,
      diagnosis: values.diagnosis
    },
    out: values.out,
    summaryFile,
    comment,
    gpuHourPrice: values["gpu-hour-price"],
    overrides: values.set,
    title: values.title,
    key: values.key,
    links: runLinksFrom(io.env)
  });
  if (!run.ok) {
    io.stderr(
      `rayservice-ci report: ${run.kind === "input" ? "no report" : "not posted"}:
${run.problems.map((p) => `  ${safeInline(p)}`).join("\n")}
`
    );
    return run.kind === "input" ? 2 : 1;
  }
  if (!values.out && !summaryFile && !comment) io.stdout(run.markdown);
  if (run.outFile)
    io.stderr(`Report written to ${safeInline(values.out ?? run.outFile)} (${run.markdown.length} characters).
`);
  if (summaryFile) io.stderr("Report appended to the job summary.\n");
  const posted = run.comment;
  if (posted?.outcome === "skipped") io.stderr(`rayservice-ci report: notice: ${safeInline(posted.notice)}
`);
  else if (posted && posted.outcome !== "failed")
    io.stderr(`Comment ${posted.outcome}: ${safeInline(posted.url)} (${run.commentBody.length} characters).
`);
  return 0;
}
var command = { run: reportCommand, usage: REPORT_USAGE };
export {
  REPORT_USAGE,
  command,
  reportCommand
};
