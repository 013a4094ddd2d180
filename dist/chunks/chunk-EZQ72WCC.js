import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  OUTCOMES,
  VERDICT
} from "./chunk-2I6TWOEY.js";
import {
  TIMELINE
} from "./chunk-LZATRZPY.js";
import {
  DEPLOYMENT,
  DEPLOY_DIAGNOSIS
} from "./chunk-QXVQQ5FB.js";
import {
  RENDERED_MANIFEST
} from "./chunk-WNYQVBGA.js";
import {
  LINT_REPORT
} from "./chunk-NUJ64NSH.js";
import {
  LOAD_RESULTS
} from "./chunk-KNCQHDO6.js";
import {
  formatDuration
} from "./chunk-65SL3IB2.js";
import {
  readContract
} from "./chunk-FO2DCR53.js";
import {
  redactTokens,
  safeInline
} from "./chunk-46TLH3BL.js";

// src/report/run.ts
import { appendFile, readFile, stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/report/comment.ts
var ELSEWHERE = "The report is in the job summary and in the run artifacts (report.md).";
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function fullName(repo) {
  const name = record(repo)?.["full_name"];
  return typeof name === "string" ? name : void 0;
}
var REPOSITORY = /^(?!\.{1,2}\/)([A-Za-z0-9_.-]{1,100})\/(?!\.{1,2}$)([A-Za-z0-9_.-]{1,100})$/;
function pullRequestOf(event, number2) {
  const repoMatch = REPOSITORY.exec(event.repository ?? "");
  const payload = record(event.payload) ?? {};
  const pr = record(payload["pull_request"]);
  const issue = record(payload["issue"]);
  const fromEvent = pr?.["number"] ?? (issue && record(issue["pull_request"]) ? issue["number"] : void 0);
  const chosen = number2 ?? (typeof fromEvent === "number" ? fromEvent : void 0);
  if (!repoMatch || chosen === void 0 || !Number.isSafeInteger(chosen) || chosen < 1)
    return {
      ok: false,
      reason: "not-a-pull-request",
      notice: `No pull request to comment on (event ${event.name ?? "unknown"}${repoMatch ? "" : ", no repository"}). ${ELSEWHERE}`
    };
  if (pr && number2 === void 0) {
    const head = fullName(record(pr["head"])?.["repo"]);
    const base = fullName(record(pr["base"])?.["repo"]) ?? fullName(payload["repository"]) ?? event.repository;
    if (head === void 0 || head !== base)
      return {
        ok: false,
        reason: "fork",
        notice: `Pull request #${chosen} comes from a fork (${head ?? "a deleted repository"}), whose GITHUB_TOKEN is read-only, so no comment is posted. ${ELSEWHERE}`
      };
  }
  return { ok: true, target: { owner: repoMatch[1], repo: repoMatch[2], number: chosen } };
}
var ACTIONS_BOT = "github-actions[bot]";
function statusOf(error) {
  const status = record(error)?.["status"];
  return typeof status === "number" ? status : void 0;
}
async function ourLogin(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) return ACTIONS_BOT;
    throw error;
  }
}
function sameAuthor(login, ours) {
  if (!login) return false;
  const bare = (s) => s.toLowerCase().replace(/\[bot\]$/, "");
  return bare(login) === bare(ours);
}
function failure(error, what) {
  const status = statusOf(error);
  if (status === 403)
    return {
      outcome: "skipped",
      notice: `The token may not ${what} (HTTP 403): it is read-only here (a fork's pull request, or a job without \`permissions: pull-requests: write\`), so no comment is posted. ${ELSEWHERE}`
    };
  const message = record(error)?.["message"];
  const why = status === 401 ? "HTTP 401: the token was refused; pass a valid github-token" : status !== void 0 ? `HTTP ${status}` : typeof message === "string" ? message.split("\n")[0].slice(0, 200) : "no answer";
  return { outcome: "failed", problem: `Could not ${what}: ${why}.` };
}
async function publishComment(client, target, marker, body, options = {}) {
  let author;
  try {
    author = options.author ?? await ourLogin(client);
  } catch (error) {
    return failure(error, "tell whose token it is");
  }
  let found;
  let scanned = 0;
  try {
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      per_page: 100
    });
    for await (const page of pages) {
      for (const comment of page.data) {
        scanned++;
        const text = comment.body ?? "";
        if (sameAuthor(comment.user?.login, author) && text.trimStart().startsWith(marker)) {
          found = { id: comment.id, body: text, url: comment.html_url };
          break;
        }
      }
      if (found) break;
    }
  } catch (error) {
    return failure(error, `read the comments of pull request #${target.number}`);
  }
  try {
    if (found) {
      if (found.body === body) return { outcome: "unchanged", id: found.id, url: found.url, scanned };
      const { data: data2 } = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: found.id,
        body
      });
      return { outcome: "updated", id: data2.id, url: data2.html_url, scanned };
    }
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.number,
      body
    });
    return { outcome: "created", id: data.id, url: data.html_url, scanned };
  } catch (error) {
    return failure(error, `${found ? "update" : "create"} the comment on pull request #${target.number}`);
  }
}
async function githubClient(token, apiUrl) {
  const { getOctokit } = await import("./github-M3U736A5.js");
  return getOctokit(token, {
    baseUrl: apiUrl || "https://api.github.com",
    // No retries or throttling plugins: a report is posted once, and a failure is reported, not hidden.
    log: { debug: () => {
    }, info: () => {
    }, warn: () => {
    }, error: () => {
    } }
  });
}

// src/report/escape.ts
var MAX_FIELD = 300;
function clip(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function plainText(value, max = MAX_FIELD) {
  return clip(safeInline(redactTokens(String(value ?? ""))), max);
}
var ZWSP = "\u200B";
function md(value, max = MAX_FIELD) {
  return plainText(value, max).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/([\\`*_[\]{}()|~!])/g, "\\$1").replace(/([@#])/g, `$1${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`);
}
function codeSpan(value, max = MAX_FIELD) {
  return `<code>${md(value, max)}</code>`;
}
function mermaidLabel(value, max = 60) {
  const text = plainText(value, max).replace(/"/g, "\u2032\u2032").replace(/%%/g, "% %").replace(/-->/g, "\u2192").replace(/-{2,}/g, "\u2013").replace(/#/g, "\u266F").replace(/;/g, ",").replace(/`/g, "\u2032").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/[{}]/g, (c) => c === "{" ? "(" : ")").replace(/\\/g, "/");
  return `"${text}"`;
}
function linkTarget(url) {
  if (url === void 0) return void 0;
  const text = safeInline(url).trim();
  if (!/^https?:\/\/[^\s]+$/i.test(text) || text.length > 2e3) return void 0;
  return text.replace(/[()<>"'`\s\\|[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function markerKey(key) {
  const cleaned = (key ?? "").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/-{2,}/g, "-").replace(/^[-.]+|[-.]+$/g, "").slice(0, 64);
  return cleaned || "default";
}

// src/report/series.ts
var MAX_POINTS = 40;
var STEPS_S = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 86400];
function axisOf(start, end, maxPoints = MAX_POINTS) {
  const span = Math.max(end - start, 1e3);
  const wanted = span / maxPoints / 1e3;
  const step = (STEPS_S.find((s) => s >= wanted) ?? Math.ceil(wanted)) * 1e3;
  const count = Math.min(maxPoints, Math.max(1, Math.ceil(span / step)));
  const ends = [];
  for (let i = 1; i <= count; i++) ends.push(start + i * step);
  return { origin: start, ends };
}
function clockLabel(ms) {
  const sign = ms < 0 ? "-" : "";
  const seconds = Math.round(Math.abs(ms) / 1e3);
  return `${sign}${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}
function matches(sample, spec) {
  if (sample.metric !== spec.metric || !Number.isFinite(sample.value)) return false;
  if (spec.where) {
    for (const [k, v] of Object.entries(spec.where)) if (sample.labels?.[k] !== v) return false;
  }
  return true;
}
function seriesKey(labels) {
  return Object.keys(labels ?? {}).sort().map((k) => `${k}=${labels[k]}`).join(",");
}
function bucketSeries(samples, axis, spec, staleMs = Number.POSITIVE_INFINITY) {
  const n = axis.ends.length;
  const values = new Array(n).fill(null);
  if (n === 0) return { name: spec.name, values };
  const step = n > 1 ? axis.ends[1] - axis.ends[0] : axis.ends[0] - axis.origin;
  const last = axis.ends[n - 1];
  const indexOf = (time) => time <= axis.origin ? 0 : Math.min(n - 1, Math.ceil((time - axis.origin) / step) - 1);
  const matching = samples.filter((s) => s.time <= last && matches(s, spec));
  const latest = /* @__PURE__ */ new Map();
  const sums = new Array(n).fill(0);
  const counts = new Array(n).fill(0);
  let carried = null;
  let filled = -1;
  for (let i = 0; i < matching.length; i++) {
    const sample = matching[i];
    latest.set(seriesKey(sample.labels), { time: sample.time, value: sample.value });
    if (matching[i + 1]?.time === sample.time) continue;
    let combined = spec.combine === "max" ? Number.NEGATIVE_INFINITY : 0;
    let size = 0;
    for (const [key, entry] of latest) {
      if (sample.time - entry.time > staleMs) {
        latest.delete(key);
        continue;
      }
      combined = spec.combine === "max" ? Math.max(combined, entry.value) : combined + entry.value;
      size++;
    }
    if (!size) continue;
    if (spec.combine === "mean" && size) combined /= size;
    const index = indexOf(sample.time);
    if (spec.aggregate === "last") {
      for (let b = filled + 1; b < index; b++) values[b] = carried;
      values[index] = combined;
      carried = combined;
      filled = Math.max(filled, index);
    } else if (spec.aggregate === "max") {
      sums[index] = counts[index] ? Math.max(sums[index], combined) : combined;
      counts[index]++;
    } else {
      sums[index] += combined;
      counts[index]++;
    }
  }
  if (spec.aggregate !== "last") {
    for (let b = 0; b < n; b++) if (counts[b]) values[b] = spec.aggregate === "max" ? sums[b] : sums[b] / counts[b];
  }
  return { name: spec.name, values };
}
function labelValues(samples, metric, label, limit) {
  const seen = /* @__PURE__ */ new Set();
  for (const s of samples) {
    if (s.metric !== metric) continue;
    const v = s.labels?.[label];
    if (v !== void 0 && !seen.has(v)) {
      seen.add(v);
      if (seen.size >= limit) break;
    }
  }
  return [...seen];
}
function peak(series) {
  let max = 0;
  for (const s of series) for (const v of s.values) if (v !== null && v > max) max = v;
  return max;
}
function niceCeiling(value) {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (m * magnitude >= value) return m * magnitude;
  return 10 * magnitude;
}
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(values, max) {
  return values.map((v) => v === null ? " " : BLOCKS[Math.min(7, Math.max(0, Math.round(v / (max || 1) * 7)))]).join("");
}

// src/report/chart.ts
function number(value) {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}
function cell(value) {
  return value === null ? "\u2014" : number(value);
}
function inBand(axis, index, band) {
  const end = axis.ends[index];
  const start = index === 0 ? axis.origin : axis.ends[index - 1];
  return end > band.from && start < band.to;
}
function mermaidBlock(chart) {
  const top = chart.yMax ?? niceCeiling(peak(chart.lines));
  const labels = chart.axis.ends.map((end) => mermaidLabel(clockLabel(end - chart.axis.origin)));
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title ${mermaidLabel(chart.title)}`,
    `  x-axis ${mermaidLabel("time since start (mm:ss)")} [${labels.join(", ")}]`,
    `  y-axis ${mermaidLabel(chart.yLabel)} 0 --> ${number(top)}`
  ];
  const band = chart.band;
  if (band)
    lines.push(
      `  bar ${mermaidLabel(band.name)} [${chart.axis.ends.map((_, i) => inBand(chart.axis, i, band) ? number(top) : "0").join(", ")}]`
    );
  for (const line of chart.lines)
    lines.push(`  line ${mermaidLabel(line.name)} [${line.values.map((v) => number(v ?? 0)).join(", ")}]`);
  lines.push("```");
  return lines.join("\n");
}
function legend(chart) {
  const top = chart.yMax ?? niceCeiling(peak(chart.lines));
  const parts = chart.lines.map(
    (line, i) => `${i === 0 ? "first line" : i === 1 ? "second line" : `line ${i + 1}`}: ${md(line.name)} ${codeSpan(sparkline(line.values, top))}`
  );
  const band = chart.band;
  if (band)
    parts.push(
      `shaded bars: ${md(band.name)} from ${clockLabel(band.from - chart.axis.origin)} to ${clockLabel(band.to - chart.axis.origin)}`
    );
  return parts.join(" \xB7 ");
}
function dataTable(chart) {
  const band = chart.band;
  const header = ["time", ...chart.lines.map((l) => md(l.name)), ...band ? [md(band.name)] : []];
  const rows = chart.axis.ends.map((end, i) => [
    clockLabel(end - chart.axis.origin),
    ...chart.lines.map((l) => cell(l.values[i] ?? null)),
    ...band ? [inBand(chart.axis, i, band) ? "\u25AE" : ""] : []
  ]);
  return [
    `<details><summary>${md(chart.title)}: the data</summary>`,
    "",
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    "</details>"
  ].join("\n");
}
function chartSection(chart, withTable) {
  const notes = (chart.notes ?? []).map((n) => `_${n}_`);
  return [
    `### ${md(chart.title)}`,
    "",
    mermaidBlock(chart),
    "",
    legend(chart),
    ...notes.length ? ["", ...notes] : [],
    ...withTable ? ["", dataTable(chart)] : []
  ].join("\n");
}

// src/report/charts.ts
var M = {
  serveReplicas: "serve_replicas",
  serveTarget: "serve_target_replicas",
  workerPods: "ray_worker_pods",
  gpus: "gpus_requested",
  gpuSeconds: "gpu_seconds",
  gpuUtil: "gpu_utilization_percent",
  users: "load_active_users",
  completed: "load_requests_completed_per_s",
  errors: "load_errors_per_s",
  ttftP50: "load_ttft_p50_ms",
  ttftP95: "load_ttft_p95_ms",
  e2eP50: "load_e2e_p50_ms",
  e2eP95: "load_e2e_p95_ms"
};
var MAX_DEPLOYMENT_CHARTS = 3;
var MAX_GAP_NOTES = 5;
function loadSpan(input) {
  if (input.verdict?.load) return { from: input.verdict.load.start, to: input.verdict.load.end };
  if (input.load) return { from: input.load.start, to: input.load.end };
  return void 0;
}
function gapNotes(gaps, axis, sources) {
  const relevant = gaps.filter((g) => sources.includes(g.source));
  const notes = relevant.slice(0, MAX_GAP_NOTES).map(
    (g) => `Not seen from ${clockLabel(g.from - axis.origin)} to ${clockLabel(g.to - axis.origin)} (${md(g.source)}: ${md(g.reason, 160)}); the chart carries the last value through it.`
  );
  if (relevant.length > MAX_GAP_NOTES)
    notes.push(`${relevant.length - MAX_GAP_NOTES} more gaps are in the timeline file.`);
  return notes;
}
function hasAny(series) {
  return series.some((s) => s.values.some((v) => v !== null));
}
function reportAxis(input) {
  const spans = [];
  if (input.timeline) spans.push({ from: input.timeline.start, to: input.timeline.end });
  if (input.load) spans.push({ from: input.load.start, to: input.load.end });
  if (!spans.length) return void 0;
  const from = Math.min(...spans.map((s) => s.from));
  const to = Math.max(...spans.map((s) => s.to));
  if (!Number.isFinite(from) || !Number.isFinite(to)) return void 0;
  return axisOf(from, to, input.maxPoints ?? MAX_POINTS);
}
function scaledFirst(samples, deployments) {
  const targets = /* @__PURE__ */ new Map();
  for (const s of samples)
    if (s.metric === M.serveTarget && s.labels["deployment"] !== void 0) {
      const seen = targets.get(s.labels["deployment"]) ?? /* @__PURE__ */ new Set();
      seen.add(s.value);
      targets.set(s.labels["deployment"], seen);
    }
  const scaled = (d) => (targets.get(d)?.size ?? 0) > 1 ? 0 : 1;
  return [...deployments].sort((a, b) => scaled(a) - scaled(b));
}
function buildCharts(input) {
  const axis = reportAxis(input);
  if (!axis) return [];
  const band = loadSpan(input);
  const loadBand = band ? { name: "load running", ...band } : void 0;
  const charts = [];
  const timeline = input.timeline;
  if (timeline) {
    const samples = timeline.samples;
    const deployments = scaledFirst(
      samples,
      labelValues(samples, M.serveReplicas, "deployment", MAX_DEPLOYMENT_CHARTS + 1)
    );
    const serveGaps = gapNotes(timeline.gaps, axis, ["serve"]);
    for (const deployment of deployments.slice(0, MAX_DEPLOYMENT_CHARTS)) {
      const lines = [
        bucketSeries(samples, axis, {
          name: "RUNNING replicas",
          metric: M.serveReplicas,
          where: { deployment, state: "RUNNING" },
          combine: "sum",
          aggregate: "last"
        }),
        bucketSeries(samples, axis, {
          name: "target replicas",
          metric: M.serveTarget,
          where: { deployment },
          combine: "sum",
          aggregate: "last"
        })
      ];
      charts.push({
        kind: "replicas",
        title: `Serve replicas of ${plainText(deployment, 60)}`,
        yLabel: "replicas",
        axis,
        lines,
        band: loadBand,
        notes: [
          ...deployments.length > MAX_DEPLOYMENT_CHARTS && deployment === deployments[MAX_DEPLOYMENT_CHARTS - 1] ? ["More deployments are in the timeline file; the first ones are charted."] : [],
          ...serveGaps
        ]
      });
    }
    const podLines = [
      bucketSeries(samples, axis, {
        name: "worker pods Running",
        metric: M.workerPods,
        where: { phase: "Running" },
        combine: "sum",
        aggregate: "last"
      }),
      bucketSeries(samples, axis, {
        name: "worker pods Pending",
        metric: M.workerPods,
        where: { phase: "Pending" },
        combine: "sum",
        aggregate: "last"
      }),
      bucketSeries(samples, axis, { name: "GPUs", metric: M.gpus, combine: "sum", aggregate: "last" })
    ];
    if (hasAny(podLines))
      charts.push({
        kind: "pods",
        title: "Ray worker pods and GPUs",
        yLabel: "pods / GPUs",
        axis,
        lines: podLines,
        band: loadBand,
        notes: gapNotes(timeline.gaps, axis, ["pods"])
      });
    const prometheus = timeline.sources.find((s) => s.name === "prometheus");
    const stale = prometheus ? prometheus.intervalMs * 3 : Number.POSITIVE_INFINITY;
    const utilLines = [
      bucketSeries(
        samples,
        axis,
        { name: "mean over GPUs", metric: M.gpuUtil, combine: "mean", aggregate: "mean" },
        stale
      ),
      bucketSeries(samples, axis, { name: "busiest GPU", metric: M.gpuUtil, combine: "max", aggregate: "max" }, stale)
    ];
    if (hasAny(utilLines))
      charts.push({
        kind: "gpu-utilization",
        title: "GPU utilisation",
        yLabel: "percent",
        axis,
        lines: utilLines,
        band: loadBand,
        yMax: 100,
        notes: gapNotes(timeline.gaps, axis, ["prometheus"])
      });
  }
  const load = input.load;
  if (load) {
    const samples = load.samples;
    const loadLines = [
      bucketSeries(samples, axis, { name: "active users", metric: M.users, combine: "sum", aggregate: "max" }),
      bucketSeries(samples, axis, { name: "requests/s", metric: M.completed, combine: "sum", aggregate: "mean" }),
      bucketSeries(samples, axis, { name: "errors/s", metric: M.errors, combine: "sum", aggregate: "mean" })
    ];
    if (hasAny(loadLines))
      charts.push({
        kind: "load",
        title: "Load",
        yLabel: "users, requests/s",
        axis,
        lines: loadLines,
        band: loadBand,
        notes: ["Users: the most active in each interval; rates: the mean of its seconds."]
      });
    const latencyLines = [
      bucketSeries(samples, axis, { name: "TTFT p50 (ms)", metric: M.ttftP50, combine: "sum", aggregate: "mean" }),
      bucketSeries(samples, axis, { name: "TTFT p95 (ms)", metric: M.ttftP95, combine: "sum", aggregate: "mean" }),
      bucketSeries(samples, axis, { name: "E2E p50 (ms)", metric: M.e2eP50, combine: "sum", aggregate: "mean" }),
      bucketSeries(samples, axis, { name: "E2E p95 (ms)", metric: M.e2eP95, combine: "sum", aggregate: "mean" })
    ];
    if (hasAny(latencyLines))
      charts.push({
        kind: "latency",
        title: "Latency",
        yLabel: "ms",
        axis,
        lines: latencyLines,
        band: loadBand,
        notes: [
          "Each point is the mean of the per-second percentiles in its interval (the whole run's are in the load summary)."
        ]
      });
  }
  return charts;
}
function gpuSecondsOf(timeline) {
  if (!timeline) return void 0;
  const last = /* @__PURE__ */ new Map();
  for (const s of timeline.samples)
    if (s.metric === M.gpuSeconds && Number.isFinite(s.value))
      last.set(`${s.labels?.["cluster"]}/${s.labels?.["group"]}`, s.value);
  if (!last.size) return void 0;
  let total = 0;
  for (const v of last.values()) total += v;
  return total;
}

// src/report/types.ts
var COMMENT_LIMIT = 65536;

// src/report/render.ts
function reportMarker(key) {
  return `<!-- rayservice-ci:report:${markerKey(key)} -->`;
}
var OUTCOME_ICON = { pass: "\u2705", fail: "\u274C", inconclusive: "\u26A0\uFE0F" };
var ALL_CHARTS = ["replicas", "pods", "gpu-utilization", "load", "latency"];
var FULL = {
  chartTables: true,
  charts: ALL_CHARTS,
  lintRows: 200,
  overrideRows: 100,
  pods: 100,
  events: 50,
  hints: true,
  verdictRows: Infinity,
  fieldMax: 300
};
function levels(...steps) {
  const out = [FULL];
  for (const step of steps) out.push({ ...out[out.length - 1], ...step });
  return out;
}
var LEVELS = levels(
  { chartTables: false },
  { lintRows: 30, overrideRows: 30, pods: 30, events: 15, fieldMax: 200 },
  { charts: ["replicas", "pods"], lintRows: 0, overrideRows: 0, pods: 10, events: 5 },
  { charts: [], pods: 0, events: 0 },
  { hints: false, verdictRows: 50, fieldMax: 120 },
  { verdictRows: 10, fieldMax: 80 },
  { verdictRows: 0 }
);
function plural(value, word) {
  const n = Number.isFinite(value) ? Math.trunc(value) : 0;
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function sourceText(source) {
  switch (source?.kind) {
    case "file":
      return `${source.file}:${source.line}:${source.column}`;
    case "input":
      return `input ${source.name}`;
    case "option":
      return `option ${source.name.startsWith("-") ? source.name : `--${source.name}`}`;
    case "derived":
      return source.from;
    default:
      return "";
  }
}
function outcomeOf(value) {
  return OUTCOMES.includes(value) ? value : "inconclusive";
}
function headline(input) {
  const verdict = input.verdict;
  const lines = [];
  if (!verdict) {
    lines.push(`## ${OUTCOME_ICON.inconclusive} rayservice-ci: no verdict`);
    if (input.title) lines.push("", `**${md(input.title)}**`);
    lines.push("", "The run did not reach assert, and no verdict was given to the report; what it has is below.");
    return lines;
  }
  const outcome = outcomeOf(verdict.outcome);
  const words = { pass: "autoscaling as configured", fail: "failed", inconclusive: "inconclusive" }[outcome];
  lines.push(`## ${OUTCOME_ICON[outcome]} rayservice-ci: ${words}`);
  if (input.title) lines.push("", `**${md(input.title)}**`);
  return lines;
}
function failureBlock(input, fieldMax) {
  const failure2 = input.verdict?.failure;
  if (!failure2) return [];
  const files = (failure2.files ?? []).slice(0, 10).map((f) => codeSpan(f, 120));
  return [
    "",
    `> ${OUTCOME_ICON.fail} **The run stopped at ${md(failure2.stage, 20)}:** ${md(failure2.message, Math.max(fieldMax, 300))}` + (files.length ? `<br>See ${files.join(", ")}.` : "")
  ];
}
function verdictLine(input) {
  const verdict = input.verdict;
  if (!verdict) return [];
  const assertions = verdict.assertions ?? [];
  const counts = { pass: 0, fail: 0, inconclusive: 0 };
  for (const a of assertions) counts[outcomeOf(a.outcome)]++;
  const outcome = outcomeOf(verdict.outcome);
  const parts = assertions.length ? [
    `${counts.pass} of ${plural(assertions.length, "assertion")} passed`,
    ...counts.fail ? [`${counts.fail} failed`] : [],
    ...counts.inconclusive ? [`${counts.inconclusive} inconclusive`] : []
  ] : ["no assertion was decided"];
  return [
    "",
    `**Verdict: ${OUTCOME_ICON[outcome]} ${outcome}** \u2014 ${parts.join(", ")} (exit code ${Number(verdict.exitCode) | 0}).`
  ];
}
function verdictTable(assertions, detail) {
  if (!assertions.length || detail.verdictRows === 0) {
    return assertions.length ? ["", `_The table of ${plural(assertions.length, "assertion")} was left out for size._`] : [];
  }
  const order = { fail: 0, inconclusive: 1, pass: 2 };
  const sorted = [...assertions].sort((a, b) => order[outcomeOf(a.outcome)] - order[outcomeOf(b.outcome)]);
  const shown = sorted.slice(0, detail.verdictRows);
  const max = detail.fieldMax;
  const rows = shown.map((a) => {
    const outcome = outcomeOf(a.outcome);
    const where = sourceText(a.source);
    const measured = md(a.measured, max) + (a.reason && outcome !== "pass" ? `<br>${md(a.reason, 2 * max)}` : "");
    return `| ${md(a.title, max)}${where ? `<br><sub>${md(where, 120)}</sub>` : ""} | ${md(a.limit, 80)} | ${measured} | ${OUTCOME_ICON[outcome]} ${outcome} |`;
  });
  const rest = assertions.length - shown.length;
  return [
    "",
    "| Assertion | Limit | Measured | Result |",
    "|---|---|---|---|",
    ...rows,
    ...rest > 0 ? ["", `_${plural(rest, "more assertion")} (all passing or listed above first) left out for size._`] : []
  ];
}
function gpuLine(input) {
  const seconds = gpuSecondsOf(input.timeline);
  if (seconds === void 0) return [];
  const hours = seconds / 3600;
  const price = input.gpuHourPrice;
  const cost = price && Number.isFinite(price.amount) ? `, about ${(hours * price.amount).toFixed(2)} ${md(price.currency, 8)} at ${price.amount} ${md(price.currency, 8)} per GPU-hour` : "";
  return [
    "",
    `**GPU time:** ${hours.toFixed(hours < 10 ? 3 : 1)} GPU-hours (${Math.round(seconds)} GPU-seconds)${cost}.`
  ];
}
function deploymentLine(input) {
  const d = input.deployment;
  if (!d) return [];
  const versions = [`KubeRay ${md(d.kubeRayVersion, 20)}`, ...d.rayVersion ? [`Ray ${md(d.rayVersion, 20)}`] : []];
  const ready = typeof d.timings?.readyMs === "number" ? `, serving ${formatDuration(d.timings.readyMs)} after apply` : "";
  return [
    "",
    `**Deployed** ${codeSpan(d.rayService, 80)} in namespace ${codeSpan(d.namespace, 80)} (${versions.join(", ")})${ready}.`
  ];
}
function loadLine(input) {
  const load = input.load;
  if (!load) return [];
  const s = load.summary;
  const n = (v, digits = 0) => typeof v === "number" && Number.isFinite(v) ? String(Math.round(v * 10 ** digits) / 10 ** digits) : "n/a";
  const ms = (v) => n(v) === "n/a" ? "n/a" : `${n(v)} ms`;
  const stop = load.stop?.reason === "completed" ? "" : `; stopped early (${md(load.stop?.reason, 30)})`;
  return [
    "",
    `**Load:** ${n(s.requests)} requests completed, ${n(s.errors)} failed, ${n(s.request_throughput, 2)} requests/s, TTFT p95 ${ms(s.ttft_ms?.p95)}, E2E p95 ${ms(s.e2e_ms?.p95)}, up to ${n(s.max_users)} users${stop}.`
  ];
}
function details(summary, body) {
  return ["", `<details><summary>${summary}</summary>`, "", ...body, "", "</details>"];
}
function lintSection(input, detail) {
  const lint = input.lint;
  if (!lint) return [];
  const s = lint.summary;
  const counts = `${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.infos, "note")}`;
  const findings = lint.findings ?? [];
  if (!findings.length) return ["", `**Lint:** no findings.`];
  const shown = findings.slice(0, detail.lintRows);
  const body = shown.length ? [
    "| Severity | Rule | Where | Finding |",
    "|---|---|---|---|",
    ...shown.map(
      (f) => `| ${md(f.severity, 10)} | ${codeSpan(f.ruleId, 60)} | ${md(`${f.file}:${f.line}:${f.column}`, 160)} | ${md(f.message, detail.fieldMax)}${f.hint ? `<br><sub>${md(f.hint, detail.fieldMax)}</sub>` : ""} |`
    )
  ] : [];
  const rest = findings.length - shown.length;
  if (rest > 0) body.push("", `_${plural(rest, "more finding")} in the lint report._`);
  return details(`Lint: ${counts}`, body);
}
function overridesSection(input, detail) {
  const overrides = input.overrides ?? [];
  if (!overrides.length) return [];
  const shown = overrides.slice(0, detail.overrideRows);
  const body = shown.length ? ["| Path | Value |", "|---|---|", ...shown.map((o) => `| ${codeSpan(o.path, 200)} | ${codeSpan(o.value, 120)} |`)] : [];
  if (overrides.length > shown.length)
    body.push("", `_${plural(overrides.length - shown.length, "more override")} left out._`);
  return details(`Render overrides: ${overrides.length}`, body);
}
function diagnosisSection(input, detail) {
  const d = input.diagnosis;
  if (!d) return [];
  const max = detail.fieldMax;
  const body = [
    `**${md(d.cause, 40)}** after ${formatDuration(Number(d.waitedMs) || 0)}: ${md(d.message, max)}`,
    ...detail.hints && d.hints?.length ? ["", ...d.hints.slice(0, 5).map((h) => `- ${md(h, max)}`)] : []
  ];
  const pods = (d.pods ?? []).slice(0, detail.pods);
  if (pods.length) {
    body.push(
      "",
      "| Pod | Group | Phase | Why |",
      "|---|---|---|---|",
      ...pods.map((p) => {
        const why = [
          ...p.unschedulable ? [p.unschedulable] : [],
          ...(p.waiting ?? []).map((w) => `${w.container}: ${w.reason}${w.message ? ` (${w.message})` : ""}`),
          ...p.lastTermination ? [
            `${p.lastTermination.container} last ended ${p.lastTermination.reason}, ${p.lastTermination.restarts} restarts`
          ] : []
        ];
        return `| ${codeSpan(p.name, 80)} | ${md(p.group, 40)} | ${md(p.phase, 20)}${p.ready ? " (ready)" : ""} | ${why.map((w) => md(w, max)).join("<br>")} |`;
      })
    );
    if ((d.pods ?? []).length > pods.length)
      body.push("", `_${plural(d.pods.length - pods.length, "more pod")} in the diagnosis file._`);
  }
  const allEvents = d.events ?? [];
  const events = detail.events ? allEvents.slice(-detail.events) : [];
  if (events.length) {
    body.push(
      "",
      "| Type | Reason | Object | Count | Message |",
      "|---|---|---|---|---|",
      ...events.map(
        (e) => `| ${md(e.type, 20)} | ${md(e.reason, 60)} | ${md(e.object, 100)} | ${Number(e.count) | 0} | ${md(e.message, max)} |`
      )
    );
    if (allEvents.length > events.length)
      body.push("", `_${plural(allEvents.length - events.length, "earlier event")} in the diagnosis file._`);
  }
  return details(`Why the deploy failed: ${md(d.cause, 40)}`, body);
}
function linksLine(input, truncated) {
  const run = linkTarget(input.links?.runUrl);
  const artifacts = linkTarget(input.links?.artifactsUrl);
  const parts = [
    ...run ? [`[the workflow run](${run})`] : [],
    ...artifacts && artifacts !== run ? [`[its artifacts](${artifacts})`] : []
  ];
  const lines = [];
  if (truncated)
    lines.push(
      "",
      `_Some detail was left out to stay under GitHub's ${COMMENT_LIMIT.toLocaleString("en-US")}-character limit; the job summary${run ? ` of [the run](${run})` : ""} and report.md have more, and the run's files (timeline, load results, verdict) all of it._`
    );
  if (parts.length) lines.push("", `Details: ${parts.join(" \xB7 ")}.`);
  return lines;
}
function renderAt(input, charts, detail, truncated) {
  const lines = [
    reportMarker(input.key),
    ...headline(input),
    ...failureBlock(input, detail.fieldMax),
    ...verdictLine(input),
    ...verdictTable(input.verdict?.assertions ?? [], detail),
    ...deploymentLine(input),
    ...loadLine(input),
    ...gpuLine(input)
  ];
  for (const chart of charts)
    if (detail.charts.includes(chart.kind)) lines.push("", chartSection(chart, detail.chartTables));
  const omittedCharts = charts.filter((c) => !detail.charts.includes(c.kind)).length;
  if (omittedCharts) lines.push("", `_${plural(omittedCharts, "chart")} left out for size._`);
  lines.push(...diagnosisSection(input, detail), ...lintSection(input, detail), ...overridesSection(input, detail));
  lines.push(...linksLine(input, truncated));
  return `${lines.join("\n")}
`;
}
function renderReport(input, options = {}) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const charts = buildCharts(input);
  for (let i = 0; i < LEVELS.length; i++) {
    const text = renderAt(input, charts, LEVELS[i], i > 0);
    if (text.length <= limit) return text;
  }
  const minimal = [
    reportMarker(input.key),
    ...headline(input),
    ...failureBlock(input, 200),
    ...verdictLine(input),
    ...linksLine(input, true)
  ].join("\n");
  return minimal.length <= limit ? `${minimal}
` : `${minimal.slice(0, limit - 2)}\u2026
`;
}

// src/report/run.ts
async function readReportInputs(paths, cwd = ".") {
  const problems = [];
  let slot = 0;
  const read = async (path, contract) => {
    const index = slot++;
    if (path === void 0 || path === "") return void 0;
    const full = resolve(cwd, path);
    const result = await readContract(full, contract);
    if (result.ok) return result.value;
    problems[index] = plainText(result.problem.split(full).join(path), 500);
    return void 0;
  };
  const [verdict, timeline, load, lint, rendered, deployment, diagnosis] = await Promise.all([
    read(paths.verdict, VERDICT),
    read(paths.timeline, TIMELINE),
    read(paths.load, LOAD_RESULTS),
    read(paths.lint, LINT_REPORT),
    read(paths.rendered, RENDERED_MANIFEST),
    read(paths.deployment, DEPLOYMENT),
    read(paths.diagnosis, DEPLOY_DIAGNOSIS)
  ]);
  const found = problems.filter((p) => p !== void 0);
  if (found.length) return { ok: false, problems: found };
  return { ok: true, input: { verdict, timeline, load, lint, rendered, deployment, diagnosis } };
}
function parseGpuHourPrice(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]{3})?\s*$/.exec(text);
  if (!match)
    return `"${plainText(text, 40)}" is not a price; write one like 2.5USD or 1.8 EUR (a number and a currency code).`;
  return { amount: Number(match[1]), currency: (match[2] ?? "USD").toUpperCase() };
}
function parseOverride(text) {
  const eq = text.indexOf("=");
  return eq < 0 ? { path: text, value: "" } : { path: text.slice(0, eq), value: text.slice(eq + 1) };
}
function runLinksFrom(env) {
  const server = env["GITHUB_SERVER_URL"];
  const repository = env["GITHUB_REPOSITORY"];
  const runId = env["GITHUB_RUN_ID"];
  if (!server || !repository || !runId) return {};
  const runUrl = `${server}/${repository}/actions/runs/${runId}`;
  return { runUrl, artifactsUrl: `${runUrl}#artifacts` };
}
var MAX_EVENT_BYTES = 25 * 1024 * 1024;
async function readGitHubEvent(path, name, repository) {
  let payload = {};
  if (path) {
    const size = await stat(path).then(
      (s) => s.size,
      () => -1
    );
    if (size >= 0 && size <= MAX_EVENT_BYTES)
      payload = await readFile(path, "utf8").then(
        (text) => {
          try {
            return JSON.parse(text);
          } catch {
            return {};
          }
        },
        () => ({})
      );
  }
  return { name, payload, repository };
}
async function commentRequestFrom(env, token, overrides = {}) {
  return {
    token,
    apiUrl: env["GITHUB_API_URL"],
    event: await readGitHubEvent(
      env["GITHUB_EVENT_PATH"],
      env["GITHUB_EVENT_NAME"],
      overrides.repository ?? env["GITHUB_REPOSITORY"]
    ),
    ...overrides.pullRequest === void 0 ? {} : { pullRequest: overrides.pullRequest },
    ...overrides.author ? { author: overrides.author } : {}
  };
}
async function writeSummary(path, markdown) {
  return appendFile(path, `${markdown}
`).then(
    () => void 0,
    (error) => `Cannot append to the job summary ${path}: ${error.code ?? error.message}.`
  );
}
var SUMMARY_LIMIT = 34e4;
async function runReport(context, request) {
  const input = (problems) => ({ ok: false, kind: "input", problems });
  let gpuHourPrice;
  if (request.gpuHourPrice) {
    const price = parseGpuHourPrice(request.gpuHourPrice);
    if (typeof price === "string") return input([`gpu-hour-price: ${price}`]);
    gpuHourPrice = price;
  }
  if (!Object.values(request.paths).some((p) => p))
    return input(["Nothing to report: give at least the verdict (--verdict), or the files of the stages that ran."]);
  const read = await readReportInputs(request.paths, context.cwd);
  if (!read.ok) return input(read.problems);
  const reportInput = {
    ...read.input,
    overrides: request.overrides?.map(parseOverride),
    gpuHourPrice,
    title: request.title,
    key: request.key,
    links: request.links
  };
  const markdown = renderReport(reportInput, { limit: SUMMARY_LIMIT });
  const commentBody = renderReport(reportInput, { limit: COMMENT_LIMIT });
  let outFile;
  if (request.out) {
    outFile = resolve(context.cwd, request.out);
    const problem = await writeFile(outFile, markdown).then(
      () => void 0,
      (error) => `Cannot write ${request.out}: ${error.code ?? error.message}.`
    );
    if (problem) return input([problem]);
  }
  if (request.summaryFile) {
    const problem = await writeSummary(request.summaryFile, markdown);
    if (problem) return input([problem]);
  }
  let comment;
  if (request.comment) {
    comment = await postReportComment(request.comment, reportMarker(request.key), commentBody);
    if (comment.outcome === "failed") return { ok: false, kind: "publish", problems: [comment.problem], markdown };
  }
  return { ok: true, markdown, commentBody, outFile, comment };
}
async function postReportComment(request, marker, body) {
  const target = pullRequestOf(request.event, request.pullRequest);
  if (!target.ok) return { outcome: "skipped", notice: target.notice };
  if (!request.token)
    return {
      outcome: "failed",
      problem: "No GitHub token to post the comment with: set GITHUB_TOKEN (CLI) or the github-token input."
    };
  const client = await githubClient(request.token, request.apiUrl);
  const result = await publishComment(client, target.target, marker, body, { author: request.author });
  if (result.outcome === "failed") return { ...result, problem: result.problem.split(request.token).join("***") };
  return result;
}

export {
  runLinksFrom,
  commentRequestFrom,
  runReport
};
