import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  runPipeline
} from "./chunk-4HM2X2X7.js";
import {
  deployPostAction
} from "./chunk-JKJCAXHF.js";
import {
  STATE,
  writeKubeconfig
} from "./chunk-KM5RSAT6.js";
import {
  commentRequestFrom
} from "./chunk-EZQ72WCC.js";
import {
  parseSecretValues
} from "./chunk-QXVQQ5FB.js";
import {
  WALL_CLOCK
} from "./chunk-UIDGSTCG.js";
import {
  booleanInput
} from "./chunk-KILP7Y4M.js";
import {
  safeInline
} from "./chunk-46TLH3BL.js";

// src/actions/pipeline/adapter.ts
import { join } from "node:path";
var PIPELINE_INPUTS = [
  "manifest",
  "profile",
  "expect",
  "cluster",
  "kubeconfig",
  "context",
  "set",
  "secret-env",
  "secrets",
  "hold-for",
  "scale-up-within",
  "scale-down-within",
  "inconclusive",
  "force",
  "prometheus-url",
  "github-token",
  "comment-author",
  "comment",
  "summary",
  "out-dir",
  "sim-gpu-nodes",
  "sim-profile",
  "ttl",
  "lint-files",
  "config",
  "max-warnings",
  "namespace",
  "run-id",
  "deploy-timeout",
  "gpu-hour-price"
];
function oneOf(io, name, allowed, fallback) {
  const raw = io.input(name) || fallback;
  return allowed.includes(raw) ? { value: raw } : { problem: `Input ${name} takes ${allowed.join(" or ")}, not "${safeInline(raw)}".` };
}
function wholeNumber(io, name, min) {
  const raw = io.input(name);
  if (raw === "") return { value: void 0 };
  return /^-?\d+$/.test(raw) && Number(raw) >= min && Number(raw) <= 500 ? { value: Number(raw) } : { problem: `Input ${name} takes a whole number from ${min} to 500, not "${safeInline(raw)}".` };
}
async function pipelineAction(io) {
  const problems = [];
  const take = (checked) => {
    if ("problem" in checked) problems.push(checked.problem);
    return "value" in checked ? checked.value : void 0;
  };
  for (const name of ["manifest", "profile"]) if (!io.input(name)) problems.push(`Input ${name} is required.`);
  const clusterKind = take(oneOf(io, "cluster", ["sim", "kubeconfig"], "sim"));
  const simProfile = take(oneOf(io, "sim-profile", ["fast", "realistic"], "fast"));
  const inconclusive = take(oneOf(io, "inconclusive", ["fail", "pass"], "fail"));
  const gpuNodes = take(wholeNumber(io, "sim-gpu-nodes", 0));
  const maxWarnings = take(wholeNumber(io, "max-warnings", -1));
  const bool = (name, fallback) => {
    const value = booleanInput(io, name, fallback);
    if (typeof value === "string") problems.push(value);
    return value === true;
  };
  const force = bool("force", false);
  const comment = bool("comment", true);
  const summary = bool("summary", true);
  const secrets = parseSecretValues(io.multilineInput("secrets"));
  if ("problem" in secrets) problems.push(secrets.problem);
  else for (const value of Object.values(secrets.values)) io.mask(value);
  if (clusterKind === "kubeconfig" && !io.input("kubeconfig") && !io.env["KUBECONFIG"])
    problems.push(
      "cluster: kubeconfig needs the kubeconfig input (from a secret) or KUBECONFIG set by an earlier step."
    );
  if (problems.length) return io.fail(problems.join("\n"));
  let cluster;
  if (clusterKind === "kubeconfig") {
    const kubeconfigInput = io.input("kubeconfig");
    cluster = {
      kind: "kubeconfig",
      kubeconfig: kubeconfigInput ? await writeKubeconfig(io, kubeconfigInput) : void 0,
      context: io.input("context") || void 0
    };
  } else cluster = { kind: "sim", gpuNodes, profile: simProfile };
  const token = io.input("github-token");
  if (token) io.mask(token);
  const outDir = io.input("out-dir") || "rayservice-ci-out";
  const request = {
    manifest: io.input("manifest"),
    profile: io.input("profile"),
    outDir,
    cluster,
    expect: io.input("expect") || void 0,
    sets: io.multilineInput("set"),
    secretEnv: io.multilineInput("secret-env"),
    secretValues: "values" in secrets ? secrets.values : {},
    holdFor: io.input("hold-for") || void 0,
    scaleUpWithin: io.input("scale-up-within") || void 0,
    scaleDownWithin: io.input("scale-down-within") || void 0,
    inconclusive,
    force,
    prometheus: io.input("prometheus-url") || void 0,
    lintFiles: io.multilineInput("lint-files"),
    lintConfig: io.input("config") || void 0,
    maxWarnings,
    namespace: io.input("namespace") || void 0,
    runId: io.input("run-id") || void 0,
    ttl: io.input("ttl") || void 0,
    deployTimeout: io.input("deploy-timeout") || void 0,
    gpuHourPrice: io.input("gpu-hour-price") || void 0,
    via: "input"
  };
  const result = await runPipeline(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      now: () => io.now(),
      signal: io.signal,
      say: (line) => io.info(safeInline(line)),
      notice: (line) => io.notice(safeInline(line)),
      mask: (value) => io.mask(value),
      // A sim's namespaces go with the sim: only a real cluster's are left for post to remove.
      record: cluster.kind === "kubeconfig" ? (created) => {
        io.saveState(STATE.namespace, created.namespace);
        io.saveState(STATE.context, created.context);
        io.saveState(STATE.runId, created.runId);
      } : void 0
    },
    request,
    {
      comment: comment ? await commentRequestFrom(io.env, token, { author: io.input("comment-author") || void 0 }) : void 0
    }
  );
  if (result.inputProblems.length) return io.fail(result.inputProblems.map(safeInline).join("\n"));
  io.setOutput("verdict", result.verdict.outcome);
  io.setOutput("out-dir", outDir);
  if (result.files.verdict) io.setOutput("verdict-file", result.files.verdict);
  if (result.files.report) io.setOutput("report-file", result.files.report);
  if (result.commentUrl) io.setOutput("comment-url", result.commentUrl);
  if (result.namespace) io.setOutput("namespace", result.namespace);
  if (summary && result.report) await io.summary(result.report);
  for (const line of result.summary.trimEnd().split("\n")) io.info(line);
  if (result.verdict.exitCode !== 0)
    io.fail(
      result.verdict.failure ? `rayservice-ci: the run stopped at ${result.verdict.failure.stage}: ${safeInline(result.verdict.failure.message)}` : `rayservice-ci: verdict ${result.verdict.outcome}; the report is in ${join(outDir, "report.md")} and the job summary.`
    );
}
async function pipelinePostAction(io) {
  await deployPostAction(io);
}

export {
  PIPELINE_INPUTS,
  pipelineAction,
  pipelinePostAction
};
