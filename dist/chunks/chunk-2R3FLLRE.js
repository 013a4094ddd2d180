import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  INCONCLUSIVE_POLICIES,
  VERDICT
} from "./chunk-2I6TWOEY.js";
import {
  METRIC,
  METRIC_SOURCE,
  TIMELINE,
  planObservation,
  startObserver
} from "./chunk-LZATRZPY.js";
import {
  DEPLOYMENT
} from "./chunk-QXVQQ5FB.js";
import {
  loadKubeConfig,
  openReach
} from "./chunk-RKRSJY3C.js";
import {
  atLeast,
  dict,
  effectiveDeployment,
  parseRayVersion,
  rayGroups,
  replicaSlots,
  serveDeployments,
  stringOr
} from "./chunk-2Z6IFJBU.js";
import {
  LOAD_METRIC,
  LOAD_RESULTS
} from "./chunk-KNCQHDO6.js";
import {
  sleepUnlessAborted
} from "./chunk-UIDGSTCG.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-65SL3IB2.js";
import {
  API_VERSION,
  YAML_LIMITS,
  formatYamlPath,
  parseYamlFile,
  readContract,
  writeContract
} from "./chunk-FO2DCR53.js";
import {
  safeInline
} from "./chunk-46TLH3BL.js";

// src/assert/verdict.ts
function overallOutcome(results) {
  if (results.some((r) => r.outcome === "fail")) return "fail";
  if (results.length === 0 || results.some((r) => r.outcome === "inconclusive")) return "inconclusive";
  return "pass";
}
function exitCodeFor(outcome, policy) {
  switch (outcome) {
    case "pass":
      return 0;
    case "fail":
      return 1;
    case "inconclusive":
      return policy === "pass" ? 0 : 1;
  }
}
function wholeMilliseconds(result) {
  return {
    ...result,
    ...result.window ? { window: { from: Math.round(result.window.from), to: Math.round(result.window.to) } } : {},
    ...result.at === void 0 ? {} : { at: Math.round(result.at) }
  };
}
function decideVerdict(input) {
  const outcome = overallOutcome(input.assertions);
  return {
    apiVersion: API_VERSION,
    kind: "Verdict",
    outcome,
    exitCode: exitCodeFor(outcome, input.policy),
    load: input.load ? { start: Math.round(input.load.start), end: Math.round(input.load.end) } : void 0,
    // Times on a wall clock carry fractions of a millisecond; the contract keeps whole ones, as the Timeline does.
    assertions: input.assertions.map(wholeMilliseconds),
    inputs: input.inputs,
    decidedAt: input.decidedAt.toISOString()
  };
}
function describeSource(source) {
  switch (source.kind) {
    case "file":
      return `${source.file}:${source.line}:${source.column}`;
    case "input":
      return `input ${source.name}`;
    case "option":
      return source.name;
    case "derived":
      return `derived from ${source.from}`;
  }
}
var MARK = { pass: "PASS", fail: "FAIL", inconclusive: "INCONCLUSIVE" };
function verdictText(verdict) {
  const lines = [];
  for (const r of verdict.assertions) {
    lines.push(`${MARK[r.outcome].padEnd(12)} ${safeInline(r.title)}`);
    lines.push(`${"".padEnd(12)}   limit ${safeInline(r.limit)} (${safeInline(describeSource(r.source))})`);
    if (r.targetSource && describeSource(r.targetSource) !== describeSource(r.source))
      lines.push(
        `${"".padEnd(12)}   target ${r.targetSource.kind === "derived" ? "" : "from "}${safeInline(describeSource(r.targetSource))}`
      );
    lines.push(`${"".padEnd(12)}   measured: ${safeInline(r.measured)}`);
    if (r.reason) lines.push(`${"".padEnd(12)}   why: ${safeInline(r.reason)}`);
  }
  const counts = ["pass", "fail", "inconclusive"].map((o) => `${verdict.assertions.filter((r) => r.outcome === o).length} ${o}`).join(", ");
  lines.push("", `Verdict: ${verdict.outcome.toUpperCase()} (${counts}); exit ${verdict.exitCode}`);
  return `${lines.join("\n")}
`;
}

// src/assert/run.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";

// src/assert/limits.ts
var ok = (value) => ({ ok: true, value });
var no = (problem) => ({ ok: false, problem });
function parseWindow(text) {
  const ms = parseDuration(text);
  if (typeof ms === "string") return no(ms);
  if (Math.round(ms) <= 0) return no(`"${text}" is not above zero; give a window like 5m.`);
  if (ms > 864e5) return no(`"${text}" is longer than a day; give a window like 5m or 12m.`);
  return ok(Math.round(ms));
}
function parseCount(text, min) {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return no(`"${text}" is not a whole number; give a count like 4.`);
  const n = Number(trimmed);
  return n < min ? no(`"${text}" is below ${min}.`) : ok(n);
}
function parseRate(text) {
  const trimmed = text.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  const value = percent ? Number(percent[1]) / 100 : /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(value) || value > 1) return no(`"${text}" is not a rate; write one like 1% or 0.01.`);
  return ok(value);
}
function parsePolicy(text) {
  const trimmed = text.trim();
  return INCONCLUSIVE_POLICIES.includes(trimmed) ? ok(trimmed) : no(`"${text}" is not one of ${INCONCLUSIVE_POLICIES.join(", ")}.`);
}
function formatRate(rate) {
  return `${Number((rate * 100).toFixed(2))}%`;
}
function formatLatency(ms) {
  return ms < 1e3 ? `${Math.round(ms)}ms` : `${Number((ms / 1e3).toFixed(ms < 1e4 ? 2 : 1))}s`;
}

// src/assert/series.ts
function summed(samples, metric, match) {
  const last = /* @__PURE__ */ new Map();
  const points = [];
  let total = 0;
  for (const s of samples) {
    if (s.metric !== metric || !match(s.labels)) continue;
    const key = seriesKey(s.labels);
    total += s.value - (last.get(key) ?? 0);
    last.set(key, s.value);
    const previous = points[points.length - 1];
    if (previous?.time === s.time) points[points.length - 1] = { time: s.time, value: total };
    else points.push({ time: s.time, value: total });
  }
  return points;
}
function seriesKey(labels) {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function gapsIn(timeline, source, metric, from, to) {
  return timeline.gaps.filter(
    (g) => g.source === source && (g.metric === void 0 || g.metric === metric) && g.from < to && g.to > from
  );
}
function lastEvent(timeline, reason, from, to) {
  let found;
  for (const e of timeline.events) if (e.reason === reason && e.time >= from && e.time <= to) found = e;
  return found;
}

// src/assert/evaluate.ts
function evaluateAssertions(expectations, timeline, loadSpan) {
  const load = wholeMilliseconds2(loadSpan);
  const results = expectations.windows.map((w) => evaluateWindow(w, expectations, timeline, load));
  const hold = expectations.hold;
  const from = load.start + Math.round(hold.after.value);
  const span = { from, to: load.end };
  if (hold.maxReplicaChanges)
    results.push(evaluateFlapping(hold.maxReplicaChanges, expectations, timeline, span, hold.after));
  if (hold.maxErrorRate) results.push(evaluateErrorRate(hold.maxErrorRate, load, span, hold.after));
  if (hold.maxTtftP95)
    results.push(evaluateLatency("ttft-p95", "TTFT", LOAD_METRIC.ttftP95, hold.maxTtftP95, load, span, hold.after));
  if (hold.maxE2eP95)
    results.push(evaluateLatency("e2e-p95", "E2E latency", LOAD_METRIC.e2eP95, hold.maxE2eP95, load, span, hold.after));
  return results;
}
function wholeMilliseconds2(load) {
  return { ...load, start: Math.round(load.start), end: Math.round(load.end) };
}
var ACTIVE_POD_PHASES = /* @__PURE__ */ new Set(["Pending", "Running", "Terminating", "Unknown"]);
function shapeOf(w, e) {
  const ofDeployment = (l) => l["deployment"] === e.deployment && (e.app === void 0 || l["app"] === e.app);
  const ofGroup = (l) => e.workerGroup === void 0 || l["group"] === e.workerGroup;
  const group = e.workerGroup ? ` of group ${e.workerGroup}` : "";
  const n = w.count.text;
  switch (w.id) {
    case "scale-up":
      return {
        metric: METRIC.serveReplicas,
        match: (l) => ofDeployment(l) && l["state"] === "RUNNING",
        up: true,
        noun: "RUNNING replicas",
        title: `Serve replicas of ${e.deployment} reach ${n} RUNNING after the load starts`
      };
    case "scale-down":
      return {
        metric: METRIC.serveReplicas,
        match: ofDeployment,
        up: false,
        noun: "replicas (any state)",
        title: `Serve replicas of ${e.deployment} are back to ${n} after the load ends`
      };
    case "worker-pods-up":
      return {
        metric: METRIC.rayWorkerPods,
        match: (l) => ofGroup(l) && l["phase"] === "Running",
        up: true,
        noun: `worker pods Running${group}`,
        title: `Ray worker pods${group} reach ${n} Running after the load starts`
      };
    case "worker-pods-down":
      return {
        metric: METRIC.rayWorkerPods,
        match: (l) => ofGroup(l) && ACTIVE_POD_PHASES.has(l["phase"] ?? ""),
        up: false,
        noun: `worker pods${group} (not yet gone)`,
        title: `Ray worker pods${group} are down to ${n} after the load ends`
      };
    case "gpus-up":
      return {
        metric: METRIC.gpusRequested,
        match: ofGroup,
        up: true,
        noun: `GPUs held by worker pods${group}`,
        title: `GPUs held by worker pods${group} reach ${n} after the load starts`
      };
    case "gpus-down":
      return {
        metric: METRIC.gpusRequested,
        match: ofGroup,
        up: false,
        noun: `GPUs held by worker pods${group}`,
        title: `GPUs held by worker pods${group} are down to ${n} after the load ends`
      };
  }
}
var at = (ms) => formatDuration(Math.max(0, ms));
var MAX_EVENT_TEXT = 300;
function evaluateWindow(w, expectations, timeline, loadSpan) {
  const load = wholeMilliseconds2(loadSpan);
  const shape = shapeOf(w, expectations);
  const anchor = shape.up ? load.start : load.end;
  const event = shape.up ? "the load started" : "the load ended";
  const window = { from: anchor, to: anchor + w.within.value };
  const met = (p) => shape.up ? p.value >= w.count.value : p.value <= w.count.value;
  const points = summed(timeline.samples, shape.metric, shape.match).filter(
    (p) => p.time >= window.from && p.time <= window.to
  );
  const base = {
    id: w.id,
    title: shape.title,
    limit: w.within.text,
    source: w.within.source,
    targetSource: w.count.source,
    window
  };
  const hit = points.find(met);
  if (hit)
    return {
      ...base,
      outcome: "pass",
      at: hit.time,
      measured: `${shape.up ? "reached" : "down to"} ${hit.value} ${shape.noun} ${at(hit.time - anchor)} after ${event}; limit ${w.within.text}`
    };
  const best = points.reduce(
    (b, p) => b === void 0 || (shape.up ? p.value > b.value : p.value < b.value) ? p : b,
    void 0
  );
  const bestText = best ? `${shape.up ? "at most" : "at least"} ${best.value} ${shape.noun} (${shape.up ? "first" : "lowest"} ${at(best.time - anchor)} after ${event})` : `no sample of ${shape.noun}`;
  const inconclusive = (reason) => ({
    ...base,
    outcome: "inconclusive",
    measured: `${bestText} in the ${at(Math.min(timeline.end, window.to) - window.from)} observed of the ${w.within.text} window`,
    reason
  });
  if (timeline.end < window.to) {
    return inconclusive(
      timeline.end <= window.from ? `the observation ended before ${event}, so nothing of the window was seen; observe longer (or pass --deployment so assert keeps watching).` : `the observation ended ${at(timeline.end - anchor)} after ${event}, before the ${w.within.text} window closed; observe longer (or pass --deployment so assert keeps watching).`
    );
  }
  const source = METRIC_SOURCE[shape.metric];
  const gaps = gapsIn(timeline, source, shape.metric, window.from, window.to);
  if (gaps.length) {
    const g = gaps[0];
    return inconclusive(
      `the ${source} source could not see from ${at(g.from - anchor)} to ${at(g.to - anchor)} after ${event} (${g.reason})${gaps.length > 1 ? ` and ${gaps.length - 1} more span(s)` : ""}; the condition may have held then.`
    );
  }
  if (points.length === 0)
    return inconclusive(
      `the Timeline has no sample of ${shape.metric} for ${shape.up || w.id !== "scale-down" ? shape.noun : expectations.deployment} in the window; check the deployment and group names.${otherDeployments(timeline, shape.metric, expectations.deployment)}`
    );
  return {
    ...base,
    outcome: "fail",
    at: window.to,
    measured: `${bestText} within ${w.within.text}`,
    reason: `${shape.up ? "never reached" : "never came down to"} ${w.count.text} ${shape.noun} within ${w.within.text} of the load's ${shape.up ? "start" : "end"}${whyNot(w.id, w.count.value, expectations, timeline, window)}.`
  };
}
function whyNot(id, count, e, timeline, window) {
  if (id !== "scale-up" && id !== "worker-pods-up" && id !== "gpus-up") return "";
  const parts = [];
  if (id === "scale-up") {
    const target = summed(
      timeline.samples,
      METRIC.serveTargetReplicas,
      (l) => l["deployment"] === e.deployment && (e.app === void 0 || l["app"] === e.app)
    ).filter((p) => p.time >= window.from && p.time <= window.to);
    const asked = target.find((p) => p.value >= count);
    if (asked)
      parts.push(
        `Serve's target was ${asked.value} from ${at(asked.time - window.from)}, but the replicas did not all start`
      );
    else if (target.length)
      parts.push(
        `Serve's target stayed at most ${Math.max(...target.map((p) => p.value))}: the autoscaler never asked for ${count}`
      );
  }
  const pending = summed(
    timeline.samples,
    METRIC.rayWorkerPods,
    (l) => l["phase"] === "Pending" && (e.workerGroup === void 0 || l["group"] === e.workerGroup)
  ).filter((p) => p.time <= window.to);
  const pendingAtEnd = pending[pending.length - 1];
  if (pendingAtEnd && pendingAtEnd.value > 0)
    parts.push(`${pendingAtEnd.value} worker pod(s) Pending at the window's end`);
  const scheduling = lastEvent(timeline, "FailedScheduling", window.from, window.to);
  if (scheduling)
    parts.push(
      `${scheduling.object.kind} ${scheduling.object.name}: ${scheduling.message.replace(/\s*preemption: .*$/s, "")}`.slice(
        0,
        MAX_EVENT_TEXT
      )
    );
  return parts.length ? `; ${parts.join("; ")}` : "";
}
function emptyHold(span, after, load) {
  if (span.from < span.to) return void 0;
  return `the hold is empty: the load ran ${at(load.end - load.start)} and the hold starts ${after.text} after its start; lengthen the load or set hold.after.`;
}
function evaluateFlapping(limit, e, timeline, span, after) {
  const base = {
    id: "flapping",
    title: `Serve's target for ${e.deployment} changes at most ${limit.text} time(s) during the hold`,
    limit: `\u2264 ${limit.text} changes`,
    source: limit.source,
    window: span
  };
  const points = summed(
    timeline.samples,
    METRIC.serveTargetReplicas,
    (l) => l["deployment"] === e.deployment && (e.app === void 0 || l["app"] === e.app)
  );
  const loadSpan = { start: span.from - after.value, end: span.to };
  const empty = emptyHold(span, after, loadSpan);
  if (empty) return { ...base, outcome: "inconclusive", measured: "no hold", reason: empty };
  let previous = points.filter((p) => p.time <= span.from).at(-1)?.value;
  const changes = [];
  let seen = previous !== void 0;
  for (const p of points) {
    if (p.time <= span.from || p.time > span.to) continue;
    seen = true;
    if (previous !== void 0 && p.value !== previous) changes.push({ time: p.time, from: previous, to: p.value });
    previous = p.value;
  }
  const list = changes.slice(0, 5).map((c) => `${c.from}\u2192${c.to} at ${at(c.time - loadSpan.start)}`).join(", ");
  const measured = `${changes.length} change(s) of Serve's target during the hold${list ? ` (${list}${changes.length > 5 ? ", \u2026" : ""})` : ""}`;
  if (changes.length > limit.value)
    return {
      ...base,
      outcome: "fail",
      at: changes[limit.value].time,
      measured,
      reason: `Serve's target changed ${changes.length} times during the hold, more than ${limit.text}: the autoscaler flaps under steady load (look at target_ongoing_requests and the delays).`
    };
  const inconclusive = (reason) => ({ ...base, outcome: "inconclusive", measured, reason });
  if (timeline.end < span.to)
    return inconclusive(
      `the observation ended ${at(span.to - timeline.end)} before the load did, so part of the hold was not seen.`
    );
  const gaps = gapsIn(timeline, "serve", METRIC.serveTargetReplicas, span.from, span.to);
  if (gaps.length)
    return inconclusive(
      `the serve source could not see from ${at(gaps[0].from - loadSpan.start)} to ${at(gaps[0].to - loadSpan.start)} after the load started (${gaps[0].reason}); the target may have changed then.`
    );
  if (!seen)
    return inconclusive(`the Timeline has no sample of ${METRIC.serveTargetReplicas} for ${e.deployment} in the hold.`);
  return { ...base, outcome: "pass", measured };
}
function loadSamplesIn(load, metric, span) {
  return load.samples.filter((s) => s.metric === metric && s.time > span.from && s.time < span.to + 1e3);
}
function evaluateErrorRate(limit, load, span, after) {
  const base = {
    id: "error-rate",
    title: "Requests that failed during the hold",
    limit: `\u2264 ${limit.text}`,
    source: limit.source,
    window: span
  };
  const empty = emptyHold(span, after, load);
  if (empty) return { ...base, outcome: "inconclusive", measured: "no hold", reason: empty };
  const sum = (metric) => loadSamplesIn(load, metric, span).reduce((n, s) => n + s.value, 0);
  const errors = sum(LOAD_METRIC.errors);
  const completed = sum(LOAD_METRIC.requestsCompleted);
  const ended = errors + completed;
  if (ended === 0)
    return {
      ...base,
      outcome: "inconclusive",
      measured: "no request ended during the hold",
      reason: "no request completed or failed during the hold, so there is no rate to judge; check the load ran."
    };
  const rate = errors / ended;
  const measured = `${formatRate(rate)} of ${ended} requests failed during the hold (${errors} errors)`;
  return rate > limit.value ? { ...base, outcome: "fail", measured, reason: `the error rate ${formatRate(rate)} is above ${limit.text}.` } : { ...base, outcome: "pass", measured };
}
function evaluateLatency(id, what, metric, limit, load, span, after) {
  const base = {
    id,
    title: `p95 ${what} of every second of the hold`,
    limit: `\u2264 ${limit.text}`,
    source: limit.source,
    window: span
  };
  const empty = emptyHold(span, after, load);
  if (empty) return { ...base, outcome: "inconclusive", measured: "no hold", reason: empty };
  const samples = loadSamplesIn(load, metric, span);
  if (samples.length === 0)
    return {
      ...base,
      outcome: "inconclusive",
      measured: `no p95 ${what} sample in the hold`,
      reason: `no request finished with a ${what} during the hold; check the load ran.`
    };
  const worst = samples.reduce((w, s) => s.value > w.value ? s : w);
  const measured = `worst second's p95 ${what} ${formatLatency(worst.value)} at ${at(worst.time - load.start)} after the load started (${samples.length} seconds)`;
  const first = samples.find((s) => s.value > limit.value);
  if (first)
    return {
      ...base,
      outcome: "fail",
      at: first.time,
      measured,
      reason: `the p95 ${what} was ${formatLatency(first.value)} in the second ending ${at(first.time - load.start)} after the load started, above ${limit.text}${samples.filter((s) => s.value > limit.value).length > 1 ? ` (${samples.filter((s) => s.value > limit.value).length} seconds above)` : ""}.`
    };
  return { ...base, outcome: "pass", measured };
}
function otherDeployments(timeline, metric, deployment) {
  const seen = /* @__PURE__ */ new Set();
  for (const s of timeline.samples)
    if (s.metric === metric && s.labels["deployment"] !== void 0 && s.labels["deployment"] !== deployment)
      seen.add(s.labels["deployment"]);
  if (seen.size === 0) return "";
  const names = [...seen].sort();
  const shown = names.slice(0, 5).map((n) => `"${safeInline(n)}"`).join(", ");
  return ` It has samples of ${shown}${names.length > 5 ? ` and ${names.length - 5} more` : ""}: if one is the model, the manifest's rayVersion may not be the Ray its image runs (Ray names the deployment per release); set rayVersion to it, or name the deployment.`;
}

// src/assert/expect-file.ts
var WINDOW_COUNT_KEY = {
  "scale-up": "replicas",
  "scale-down": "replicas",
  "worker-pods-up": "pods",
  "worker-pods-down": "pods",
  "gpus-up": "gpus",
  "gpus-down": "gpus"
};
var TOP_KEYS = [
  "apiVersion",
  "kind",
  "app",
  "deployment",
  "worker-group",
  ...Object.keys(WINDOW_COUNT_KEY),
  "hold",
  "inconclusive"
];
var HOLD_KEYS = ["after", "max-replica-changes", "max-error-rate", "max-ttft-p95", "max-e2e-p95"];
var MAX_PROBLEMS = 20;
function parseExpectationsFile(file, text) {
  const parsed = parseYamlFile(file, text);
  const problems = [];
  const doc = parsed.documents[0];
  if (!doc || parsed.documents.length !== 1)
    return { ok: false, problems: [`${file}: an Expectations file holds exactly one YAML document.`] };
  const at2 = (path, part = "value") => {
    const { start } = doc.locate(path, part).span;
    return { file, line: start.line, column: start.column };
  };
  const problem = (path, message, part = "value") => {
    const p = at2(path, part);
    problems.push(`${p.file}:${p.line}:${p.column}: ${message}`);
  };
  for (const yamlProblem of doc.problems)
    problems.push(`${file}:${yamlProblem.span.start.line}:${yamlProblem.span.start.column}: ${yamlProblem.message}.`);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const root = doc.value;
  if (!isMapping(root))
    return { ok: false, problems: [`${file}: the document is not a mapping; see docs/expectations.md.`] };
  if (root["kind"] !== "Expectations") problem(["kind"], "kind must be Expectations.");
  if (root["apiVersion"] !== API_VERSION) problem(["apiVersion"], `apiVersion must be ${API_VERSION}.`);
  unknownKeys(root, TOP_KEYS, [], problem);
  const sourced = (path, parse) => {
    const raw = valueAt(root, path);
    if (raw === void 0 || raw === null) return void 0;
    if (typeof raw !== "string" && typeof raw !== "number") {
      problem(path, `${path.join(".")} takes a single value, not a ${Array.isArray(raw) ? "list" : "mapping"}.`);
      return void 0;
    }
    const written = String(raw);
    const result = parse(written);
    if (!result.ok) {
      problem(path, `${path.join(".")}: ${result.problem}`);
      return void 0;
    }
    return { value: result.value, text: written.trim(), source: { kind: "file", ...at2(path) } };
  };
  const name = (key) => {
    const raw = root[key];
    if (raw === void 0 || raw === null) return void 0;
    if (typeof raw !== "string" || raw.length === 0 || raw.length > 253) {
      problem([key], `${key} takes a name (a string of at most 253 characters).`);
      return void 0;
    }
    return raw;
  };
  const windows = {};
  for (const [id, countKey] of Object.entries(WINDOW_COUNT_KEY)) {
    const entry = root[id];
    if (entry === void 0 || entry === null) continue;
    if (!isMapping(entry)) {
      problem([id], `${id} takes a mapping: { ${countKey}: N, within: 5m }.`);
      continue;
    }
    unknownKeys(entry, [countKey, "within"], [id], problem);
    windows[id] = {
      count: sourced([id, countKey], (t) => parseCount(t, 0)),
      within: sourced([id, "within"], parseWindow)
    };
  }
  const hold = root["hold"];
  if (hold !== void 0 && hold !== null && !isMapping(hold))
    problem(["hold"], "hold takes a mapping: { after: 5m, max-replica-changes: 1, max-error-rate: 1% }.");
  else if (isMapping(hold)) unknownKeys(hold, HOLD_KEYS, ["hold"], problem);
  const expectations = {
    app: name("app"),
    deployment: name("deployment"),
    workerGroup: name("worker-group"),
    windows,
    hold: {
      after: sourced(["hold", "after"], parseWindowOrZero),
      maxReplicaChanges: sourced(["hold", "max-replica-changes"], (t) => parseCount(t, 0)),
      maxErrorRate: sourced(["hold", "max-error-rate"], parseRate),
      maxTtftP95: sourced(["hold", "max-ttft-p95"], parseWindow),
      maxE2eP95: sourced(["hold", "max-e2e-p95"], parseWindow)
    },
    inconclusive: sourced(["inconclusive"], parsePolicy)
  };
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, expectations };
}
function parseWindowOrZero(text) {
  return /^\s*0\s*$/.test(text) ? { ok: true, value: 0 } : parseWindow(text);
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function valueAt(root, path) {
  let node = root;
  for (const key of path) node = isMapping(node) ? node[String(key)] : void 0;
  return node;
}
function unknownKeys(mapping, known, base, problem) {
  for (const key of Object.keys(mapping)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => closeTo(k, key));
    problem(
      [...base, key],
      `unknown key "${key.slice(0, 60)}"${near ? ` (did you mean "${near}"?)` : ""}; ${base.length ? `${base.join(".")} takes` : "the file takes"} ${known.join(", ")}.`,
      "key"
    );
  }
}
function closeTo(known, written) {
  const a = known.toLowerCase();
  const b = written.toLowerCase().replaceAll("_", "-");
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

// src/assert/feasibility.ts
function rayMinimum(facts, direction, floor) {
  const s = facts.settings;
  const term = (name, setting) => `${name} ${setting.value}s (${setting.place})`;
  if (direction === "up") {
    return {
      ms: (s.upscaleDelayS.value + s.metricsIntervalS.value) * 1e3,
      terms: `${term("upscale_delay_s", s.upscaleDelayS)} + metrics_interval_s ${s.metricsIntervalS.value}s`
    };
  }
  const twoStage = floor === 0 && s.maxReplicas.value > 1 && facts.rayVersion !== void 0 && atLeast(facts.rayVersion, "2.50.0");
  const toZero = s.downscaleToZeroDelayS ?? s.downscaleDelayS;
  const delay = s.downscaleDelayS.value + (twoStage ? toZero.value : 0);
  return {
    ms: (delay + s.lookBackPeriodS.value + s.metricsIntervalS.value) * 1e3,
    terms: `${term("downscale_delay_s", s.downscaleDelayS)}` + (twoStage ? ` + ${term("downscale_to_zero_delay_s", toZero)} (N\u21921, then 1\u21920)` : "") + ` + look_back_period_s ${s.lookBackPeriodS.value}s + metrics_interval_s ${s.metricsIntervalS.value}s`
  };
}
function checkFeasibility(expectations, facts) {
  if (!facts) return [];
  const problems = [];
  const add = (w, message, hint, source = w.within.source) => problems.push({ assertion: w.id, message, hint, source });
  const s = facts.settings;
  const set = (key, value) => `render --set '${facts.autoscalingSetPath}.${key}=${value}'`;
  for (const w of expectations.windows) {
    if (w.id === "scale-up" || w.id === "scale-down") {
      const direction = w.id === "scale-up" ? "up" : "down";
      const min = rayMinimum(facts, direction, direction === "down" ? w.count.value : void 0);
      if (w.within.value < min.ms) {
        const key = direction === "up" ? "upscale_delay_s" : "downscale_delay_s";
        const delay = direction === "up" ? s.upscaleDelayS.value : s.downscaleDelayS.value;
        const room = Math.max(0, Math.floor((w.within.value - min.ms) / 1e3 + delay));
        add(
          w,
          `${w.id} within ${w.within.text} cannot pass: Ray Serve ${direction === "up" ? "raises" : "lowers"} ${facts.deployment}'s target no sooner than ${formatDuration(min.ms)} after the load ${direction === "up" ? "starts" : "stops"} (${min.terms}).`,
          `Widen the window to at least ${formatDuration(min.ms)}${direction === "up" ? " plus the time nodes and the model take to start" : ""}, or lower the delay for the test run, e.g. ${set(key, String(room))}.`
        );
      }
      if (w.id === "scale-up" && w.count.value > s.maxReplicas.value)
        add(
          w,
          `scale-up to ${w.count.text} replicas cannot pass: Serve never runs more than max_replicas ${s.maxReplicas.value} (${s.maxReplicas.place}) of ${facts.deployment}.`,
          `Expect at most ${s.maxReplicas.value} replicas, or raise max_replicas (${set("max_replicas", w.count.text)}).`,
          w.count.source
        );
      if (w.id === "scale-down" && w.count.value < s.minReplicas.value)
        add(
          w,
          `scale-down to ${w.count.text} replicas cannot pass: Serve keeps at least min_replicas ${s.minReplicas.value} (${s.minReplicas.place}) of ${facts.deployment}.`,
          `Expect ${s.minReplicas.value} replicas, or lower min_replicas (${set("min_replicas", w.count.text)}).`,
          w.count.source
        );
      if (w.id === "scale-up" && facts.gpusPerReplica && facts.gpusPerReplica > 0) {
        const gpus = facts.gpusPerReplica;
        const slots = facts.gpuGroups.reduce((sum, g) => sum + replicaSlots(g, gpus), 0);
        if (w.count.value > slots)
          add(
            w,
            `scale-up to ${w.count.text} replicas cannot pass: each needs ${gpus} GPU(s) on one pod and the GPU worker groups can hold at most ${slots} (${describeGroups(facts) || "no worker group offers GPUs"}).`,
            `${groupHint(facts, gpus, w.count.value)}, or expect at most ${slots} replicas.`,
            w.count.source
          );
      }
      continue;
    }
    const groups = expectations.workerGroup ? facts.gpuGroups.filter((g) => g.name === expectations.workerGroup) : facts.gpuGroups;
    const maxPods = groups.reduce((n, g) => n + g.maxReplicas * g.numOfHosts, 0);
    const minPods = groups.reduce((n, g) => n + g.minReplicas * g.numOfHosts, 0);
    const perPod = (n) => groups.reduce((sum, g) => sum + n * g.gpusPerPod, 0) / Math.max(1, groups.length);
    const limit = w.id === "worker-pods-up" ? { over: maxPods, what: "worker pods", bound: "maxReplicas" } : w.id === "gpus-up" ? {
      over: groups.reduce((n, g) => n + g.maxReplicas * g.numOfHosts * g.gpusPerPod, 0),
      what: "GPUs",
      bound: "maxReplicas"
    } : w.id === "worker-pods-down" ? { under: minPods, what: "worker pods", bound: "minReplicas" } : { under: perPod(minPods), what: "GPUs", bound: "minReplicas" };
    if ("over" in limit && w.count.value > limit.over)
      add(
        w,
        `${w.id} to ${w.count.text} cannot pass: the worker groups can have at most ${limit.over} ${limit.what} (${describeGroups(facts)}).`,
        `Expect at most ${limit.over}, or raise the group's maxReplicas.`,
        w.count.source
      );
    if ("under" in limit && w.count.value < limit.under)
      add(
        w,
        `${w.id} to ${w.count.text} cannot pass: the worker groups keep at least ${limit.under} ${limit.what} (their ${limit.bound}).`,
        `Expect ${limit.under}, or lower the group's minReplicas.`,
        w.count.source
      );
  }
  return problems;
}
function describeGroups(facts) {
  return facts.gpuGroups.map((g) => `${g.name}: maxReplicas ${g.maxReplicas} \xD7 ${g.numOfHosts} host(s) \xD7 ${g.gpusPerPod} GPU, ${g.place}`).join("; ");
}
function groupHint(facts, gpusPerReplica, replicas) {
  const fitting = facts.gpuGroups.filter((g2) => g2.gpusPerPod >= gpusPerReplica);
  if (fitting.length !== 1)
    return `Add a worker group with at least ${gpusPerReplica} GPU(s) per pod, or raise a GPU group's maxReplicas`;
  const g = fitting[0];
  const perPod = Math.floor(g.gpusPerPod / gpusPerReplica + 1e-9);
  const pods = Math.ceil(replicas / perPod / g.numOfHosts);
  return `Raise group ${g.name}'s maxReplicas to ${pods} (render --set 'spec.rayClusterConfig.workerGroupSpecs[groupName=${g.name}].maxReplicas=${pods}')`;
}

// src/assert/keep-observing.ts
var OBSERVE_MARGIN_MS = 3e4;
var POLL_MS = 5e3;
function undecided(results, observedUntil) {
  return results.filter((r) => r.outcome === "inconclusive" && r.window !== void 0 && r.window.to > observedUntil);
}
function observationDeadline(results, now) {
  const windows = results.flatMap((r) => r.window && r.outcome === "inconclusive" ? [r.window] : []);
  if (windows.length === 0) return now;
  const lastClose = Math.max(...windows.map((w) => w.to));
  const largest = Math.max(...windows.map((w) => w.to - w.from));
  return Math.min(lastClose + OBSERVE_MARGIN_MS, now + largest + OBSERVE_MARGIN_MS);
}
async function keepObserving(options) {
  const { clock, signal } = options;
  for (; ; ) {
    const timeline = mergeTimelines(options.base, options.live.snapshot());
    const results = options.evaluate(timeline);
    const open = undecided(results, timeline.end);
    const now = clock.now();
    if (open.length === 0 || now >= options.deadline || signal?.aborted) return { timeline, results };
    options.note?.(
      `waiting for ${open.map((r) => r.id).join(", ")} (windows close in up to ${Math.round((Math.max(...open.map((r) => r.window.to)) - timeline.end) / 1e3)} s)`
    );
    await sleepUnlessAborted(clock, Math.min(options.pollMs ?? POLL_MS, options.deadline - now), signal);
  }
}
function mergeTimelines(base, more) {
  const unseen = [];
  for (const source of ["serve", "pods"]) {
    const interval = base.sources.find((s) => s.name === source)?.intervalMs ?? 1e3;
    if (more.start - base.end > interval)
      unseen.push({
        source,
        from: base.end,
        to: more.start,
        reason: "not observed: between the end of the Timeline file and assert's own observation"
      });
  }
  const byTime = (list, time) => [...list].sort((a, b) => time(a) - time(b));
  const dropped = base.dropped || more.dropped ? {
    samples: (base.dropped?.samples ?? 0) + (more.dropped?.samples ?? 0),
    events: (base.dropped?.events ?? 0) + (more.dropped?.events ?? 0)
  } : void 0;
  return {
    ...base,
    end: Math.max(base.end, more.end),
    samples: byTime([...base.samples, ...more.samples], (s) => s.time),
    events: byTime([...base.events, ...more.events], (e) => e.time),
    gaps: byTime([...base.gaps, ...unseen, ...more.gaps], (g) => g.from),
    ...dropped ? { dropped } : {}
  };
}

// src/assert/manifest-facts.ts
var SERVE_CONFIG = ["spec", "serveConfigV2"];
var CLUSTER = ["spec", "rayClusterConfig"];
var SETTING_KEYS = {
  minReplicas: "min_replicas",
  maxReplicas: "max_replicas",
  upscaleDelayS: "upscale_delay_s",
  downscaleDelayS: "downscale_delay_s",
  downscaleToZeroDelayS: "downscale_to_zero_delay_s",
  lookBackPeriodS: "look_back_period_s",
  metricsIntervalS: "metrics_interval_s"
};
function manifestFacts(file, text, pick = {}) {
  const fail = (problem) => ({ ok: false, problem });
  const parsed = parseYamlFile(file, text);
  const doc = parsed.documents.find((d) => dict(d.value)["kind"] === "RayService");
  if (!doc) {
    const first = parsed.documents[0]?.problems[0];
    return fail(
      first ? `${file}:${first.span.start.line}:${first.span.start.column}: ${first.message}.` : `${file} holds no RayService; pass the manifest render wrote.`
    );
  }
  const serve = doc.embedded(SERVE_CONFIG);
  if (!serve || serve.problems.length > 0 || typeof serve.value !== "object" || serve.value === null)
    return fail(`${file}: spec.serveConfigV2 is not a YAML mapping of applications; run rayservice-ci lint on it.`);
  const cluster = dict(dict(dict(doc.value)["spec"])["rayClusterConfig"]);
  const versionText = stringOr(cluster["rayVersion"], void 0);
  const rayVersion = versionText === void 0 ? void 0 : parseRayVersion(versionText);
  const all = serveDeployments(serve.value, rayVersion);
  const candidates = pick.deployment ? all.filter(
    (d) => (d.name === pick.deployment || d.llm?.modelId === pick.deployment) && (pick.app === void 0 || d.appName === pick.app)
  ) : all.filter((d) => d.kind === "llm" && (pick.app === void 0 || d.appName === pick.app));
  if (candidates.length !== 1) {
    const names = all.map((d) => `${d.name} (app ${d.appName})`).join(", ") || "none";
    return fail(
      candidates.length === 0 ? `${file}: no Serve deployment ${pick.deployment ? `named ${pick.deployment}` : "of a ray.serve.llm model"}${pick.app ? ` in app ${pick.app}` : ""}; the Serve config has: ${names}.` : `${file}: several deployments match (${candidates.map((d) => d.name).join(", ")}); name one with deployment: (and app:) in the expectations file.`
    );
  }
  const model = candidates[0];
  const effective = effectiveDeployment(model, rayVersion);
  if (effective.mode !== "autoscaling" || !effective.autoscaling)
    return fail(
      `${file}: deployment ${model.name} does not autoscale (${effective.mode === "fixed" ? `num_replicas ${effective.fixedReplicas}` : "its replicas are set in code"}); there is nothing to assert about scaling.`
    );
  const autoscaling = effective.autoscaling;
  const setting = (field, value) => settingOf(file, serve, model, SETTING_KEYS[field], value, versionText);
  const gpuGroups = rayGroups(cluster, CLUSTER).filter((g) => g.kind === "worker" && g.gpusPerPod > 0).map((g) => ({ ...g, place: `${file} line ${doc.locate([...g.path, "maxReplicas"]).span.start.line}` }));
  return {
    ok: true,
    facts: {
      file,
      rayVersion,
      app: model.appName,
      deployment: model.name,
      gpusPerReplica: model.gpusPerReplica,
      autoscalingSetPath: formatYamlPath([...SERVE_CONFIG, ...model.optionsPath, "autoscaling_config"]),
      autoscaling,
      settings: {
        minReplicas: setting("minReplicas", autoscaling.minReplicas),
        maxReplicas: setting("maxReplicas", autoscaling.maxReplicas),
        upscaleDelayS: setting("upscaleDelayS", autoscaling.upscaleDelayS),
        downscaleDelayS: setting("downscaleDelayS", autoscaling.downscaleDelayS),
        downscaleToZeroDelayS: autoscaling.downscaleToZeroDelayS === void 0 ? void 0 : setting("downscaleToZeroDelayS", autoscaling.downscaleToZeroDelayS),
        lookBackPeriodS: setting("lookBackPeriodS", autoscaling.lookBackPeriodS),
        metricsIntervalS: setting("metricsIntervalS", autoscaling.metricsIntervalS)
      },
      gpuGroups
    }
  };
}
function settingOf(file, serve, model, key, value, versionText) {
  const written = model.autoscaling !== void 0 && key in model.autoscaling;
  if (written) {
    const at2 = serve.locate([...model.optionsPath, "autoscaling_config", key]).span.start;
    const place2 = `${file} line ${at2.line}`;
    return { value, place: place2, source: { kind: "derived", from: `${key} of ${model.name} (${place2})` } };
  }
  const place = `Ray ${versionText ?? "(version not given)"}'s default`;
  return { value, place, source: { kind: "derived", from: `${key} of ${model.name}, ${place}` } };
}

// src/assert/resolve.ts
var DEFAULT_STARTUP_ALLOWANCE_MS = 10 * 6e4;
var DEFAULT_SCALE_DOWN_ALLOWANCE_MS = 5 * 6e4;
var FALLBACK_WINDOW_MS = { up: 15 * 6e4, down: 20 * 6e4 };
var OPTION_NAMES = {
  scaleUpWithin: "scale-up-within",
  scaleDownWithin: "scale-down-within",
  scaleUpReplicas: "scale-up-replicas",
  scaleDownReplicas: "scale-down-replicas",
  inconclusive: "inconclusive"
};
function resolveExpectations(input) {
  const problems = [];
  const { facts, file } = input;
  const via = input.via ?? "option";
  const option = (key, parse) => {
    const text = input.options?.[key];
    if (text === void 0 || text === "") return void 0;
    const name = via === "option" ? `--${OPTION_NAMES[key]}` : OPTION_NAMES[key];
    const parsed = parse(text);
    if (!parsed.ok) {
      problems.push(`${name}: ${parsed.problem}`);
      return void 0;
    }
    return { value: parsed.value, text: text.trim(), source: { kind: via, name } };
  };
  const deployment = file?.deployment ?? facts?.deployment;
  const app = file?.app ?? facts?.app;
  if (deployment === void 0)
    problems.push(
      "assert needs to know the model deployment: give --manifest (the rendered RayService) or deployment: in the expectations file."
    );
  const upCount = option("scaleUpReplicas", (t) => parseCount(t, 1)) ?? file?.windows["scale-up"]?.count ?? derivedCount(facts?.settings.maxReplicas);
  const downCount = option("scaleDownReplicas", (t) => parseCount(t, 0)) ?? file?.windows["scale-down"]?.count ?? derivedCount(facts?.settings.minReplicas);
  if (!upCount)
    problems.push(
      "scale-up needs a replica count: give --manifest (its max_replicas is the default), --scale-up-replicas or scale-up.replicas."
    );
  if (!downCount)
    problems.push(
      "scale-down needs a replica count: give --manifest (its min_replicas is the default), --scale-down-replicas or scale-down.replicas."
    );
  const upWithin = option("scaleUpWithin", parseWindow) ?? file?.windows["scale-up"]?.within ?? defaultWindow("up", facts);
  const downWithin = option("scaleDownWithin", parseWindow) ?? file?.windows["scale-down"]?.within ?? defaultWindow("down", facts, downCount?.value);
  const inconclusive = option("inconclusive", parsePolicy) ?? file?.inconclusive ?? {
    value: "fail",
    text: "fail",
    source: { kind: "derived", from: "rayservice-ci's default: inconclusive is never a pass" }
  };
  const windows = [];
  if (upCount) windows.push({ id: "scale-up", count: upCount, within: upWithin });
  if (downCount) windows.push({ id: "scale-down", count: downCount, within: downWithin });
  const workerGroup = file?.workerGroup ?? (facts?.gpuGroups.length === 1 ? facts.gpuGroups[0].name : void 0);
  const group = facts?.gpuGroups.find((g) => g.name === workerGroup);
  if (file?.workerGroup !== void 0 && facts && !group)
    problems.push(
      `worker-group ${file.workerGroup} is not a GPU worker group of ${facts.file} (${facts.gpuGroups.map((g) => g.name).join(", ") || "none"}).`
    );
  const podsFor = (replicas) => replicas === void 0 || !group || !facts?.gpusPerReplica ? void 0 : Math.ceil(replicas / Math.max(1, Math.floor(group.gpusPerPod / facts.gpusPerReplica + 1e-9)));
  const derivedPods = {
    up: podsFor(upCount?.value),
    down: group ? Math.max(group.minReplicas, podsFor(downCount?.value) ?? 0) : void 0
  };
  const derived = {
    "worker-pods-up": {
      n: derivedPods.up,
      from: `worker pods of group ${workerGroup} that hold ${upCount?.text} replicas`
    },
    "worker-pods-down": {
      n: derivedPods.down,
      from: `worker pods of group ${workerGroup} left at ${downCount?.text} replicas (at least its minReplicas)`
    },
    "gpus-up": {
      n: derivedPods.up === void 0 || !group ? void 0 : derivedPods.up * group.gpusPerPod,
      from: `GPUs of the worker pods that hold ${upCount?.text} replicas`
    },
    "gpus-down": {
      n: derivedPods.down === void 0 || !group ? void 0 : derivedPods.down * group.gpusPerPod,
      from: `GPUs of the worker pods left at ${downCount?.text} replicas`
    }
  };
  for (const id of ["worker-pods-up", "worker-pods-down", "gpus-up", "gpus-down"]) {
    const entry = file?.windows[id];
    if (!entry) continue;
    const { n, from } = derived[id];
    const count = entry.count ?? (n === void 0 ? void 0 : { value: n, text: String(n), source: { kind: "derived", from } });
    if (!count) {
      problems.push(
        `${id} needs a count: write it in the expectations file, or give --manifest with one GPU worker group (or worker-group:) to derive it.`
      );
      continue;
    }
    const within = entry.within ?? (id.endsWith("-up") ? upWithin : downWithin);
    windows.push({ id, count, within });
  }
  const hold = file?.hold ?? {};
  const after = hold.after ?? {
    value: upWithin.value,
    text: upWithin.text,
    source: { kind: "derived", from: `the scale-up window (${upWithin.text}): the service should be up by then` }
  };
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    expectations: {
      app,
      deployment,
      workerGroup,
      windows,
      hold: {
        after,
        maxReplicaChanges: hold.maxReplicaChanges,
        maxErrorRate: hold.maxErrorRate,
        maxTtftP95: hold.maxTtftP95,
        maxE2eP95: hold.maxE2eP95
      },
      inconclusive
    }
  };
}
function derivedCount(setting) {
  return setting && { value: setting.value, text: String(setting.value), source: setting.source };
}
function defaultWindow(direction, facts, floor) {
  if (!facts) {
    const ms2 = FALLBACK_WINDOW_MS[direction];
    return {
      value: ms2,
      text: formatDuration(ms2),
      source: { kind: "derived", from: `rayservice-ci's default scale-${direction} window (no manifest given)` }
    };
  }
  const min = rayMinimum(facts, direction, floor);
  const allowance = direction === "up" ? DEFAULT_STARTUP_ALLOWANCE_MS : DEFAULT_SCALE_DOWN_ALLOWANCE_MS;
  const ms = Math.ceil((min.ms + allowance) / 6e4) * 6e4;
  return {
    value: ms,
    text: formatDuration(ms),
    source: {
      kind: "derived",
      from: `${min.terms} + ${formatDuration(allowance)} ${direction === "up" ? "for nodes and model load" : "of slack"}, in whole minutes`
    }
  };
}

// src/assert/run.ts
var DEFAULT_OUT = "verdict.json";
async function readText(cwd, path, what) {
  const full = resolve(cwd, path);
  const size = await stat(full).then(
    (s) => s.size,
    () => 0
  );
  if (size > YAML_LIMITS.maxBytes)
    return { problem: `${path} is ${(size / 1024 / 1024).toFixed(1)} MB; assert reads ${what} up to 8 MB.` };
  return readFile(full, "utf8").then(
    (text) => ({ text }),
    (error) => ({
      problem: `Cannot read ${path}: ${error.code === "ENOENT" ? "no such file" : error.code ?? error.message}.`
    })
  );
}
async function prepareExpectations(cwd, request) {
  let file;
  if (request.expect) {
    const read = await readText(cwd, request.expect, "expectations");
    if ("problem" in read) return { ok: false, problems: [read.problem] };
    const parsed = parseExpectationsFile(request.expect, read.text);
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    file = parsed.expectations;
  }
  let facts;
  if (request.manifest) {
    const read = await readText(cwd, request.manifest, "manifests");
    if ("problem" in read) return { ok: false, problems: [read.problem] };
    const found = manifestFacts(request.manifest, read.text, { deployment: file?.deployment, app: file?.app });
    if (!found.ok) return { ok: false, problems: [found.problem] };
    facts = found.facts;
  }
  const resolved = resolveExpectations({ facts, file, options: request.options, via: request.via });
  if (!resolved.ok) return { ok: false, problems: resolved.problems };
  return {
    ok: true,
    expectations: resolved.expectations,
    facts,
    feasibility: checkFeasibility(resolved.expectations, facts)
  };
}
function describeFeasibility(p) {
  return `${p.message} ${p.hint}`;
}
async function runAssert(context, request) {
  const input = (...problems) => ({ ok: false, kind: "input", problems });
  const prepared = await prepareExpectations(context.cwd, request);
  if (!prepared.ok) return { ok: false, kind: "input", problems: prepared.problems };
  const { expectations, feasibility } = prepared;
  if (request.checkOnly) {
    if (!request.manifest)
      return input("--check-only needs --manifest: the configuration the expectations are checked against.");
    if (feasibility.length && !request.force)
      return { ok: false, kind: "infeasible", problems: feasibility.map(describeFeasibility), feasibility };
    return { ok: true, checkOnly: true, expectations, feasibility };
  }
  if (!request.timeline) return input("assert needs --timeline FILE, the Timeline observe wrote.");
  if (!request.load) return input("assert needs --load FILE, the LoadResults load wrote.");
  const [timelineRead, loadRead] = await Promise.all([
    readContract(resolve(context.cwd, request.timeline), TIMELINE),
    readContract(resolve(context.cwd, request.load), LOAD_RESULTS)
  ]);
  if (!timelineRead.ok) return input(timelineRead.problem);
  if (!loadRead.ok) return input(loadRead.problem);
  for (const p of feasibility)
    context.note(`this expectation could not pass with the manifest's settings: ${describeFeasibility(p)}`);
  const load = loadRead.value;
  const timeline = timelineRead.value;
  let results = evaluateAssertions(expectations, timeline, load);
  if (request.deployment && undecided(results, timeline.end).length > 0) {
    const watched = await watchDeployment(context, request, expectations, timeline, load, results);
    if ("problem" in watched) return input(watched.problem);
    results = watched.results;
  }
  const verdict = decideVerdict({
    assertions: results,
    policy: expectations.inconclusive.value,
    load: { start: load.start, end: load.end },
    inputs: {
      timeline: request.timeline,
      load: request.load,
      expect: request.expect,
      deployment: request.deployment
    },
    decidedAt: context.now()
  });
  const out = resolve(context.cwd, request.out ?? DEFAULT_OUT);
  const written = await writeContract(out, VERDICT, verdict);
  if (written) return input(written);
  return { ok: true, checkOnly: false, expectations, feasibility, verdict, file: out };
}
async function watchDeployment(context, request, expectations, base, load, results) {
  const read = await readContract(resolve(context.cwd, request.deployment), DEPLOYMENT);
  if (!read.ok) return { problem: read.problem };
  const deployment = read.value;
  if (deployment.namespace !== base.namespace)
    return {
      problem: `${request.deployment} is namespace ${deployment.namespace}, but the Timeline observed ${base.namespace}; pass the files of one run.`
    };
  const deadline = observationDeadline(results, context.clock.now());
  const planned = planObservation({
    namespace: deployment.namespace,
    rayService: deployment.rayService,
    maxDurationMs: Math.max(1e3, deadline - context.clock.now() + 5e3)
  });
  if (!planned.ok) return { problem: planned.problems.join(" ") };
  const kube = loadKubeConfig({
    kubeconfig: request.kubeconfig,
    context: request.context ?? deployment.context,
    cwd: context.cwd,
    env: context.env
  });
  if (!kube.ok) return { problem: kube.problem };
  let reach;
  try {
    reach = await (context.openReach ?? ((kc, r, note) => openReach(kc, r, { note })))(
      kube.kc,
      deployment.dashboard,
      context.note
    );
  } catch (error) {
    return { problem: `cannot reach the Ray dashboard to keep observing (${error.message}).` };
  }
  const observer = startObserver(planned.plan, {
    kubeConfig: kube.kc,
    dashboardUrl: async () => reach.url,
    clock: context.clock
  });
  try {
    context.note(
      `observing ${deployment.namespace} until every assertion is decided (at most ${Math.round((deadline - context.clock.now()) / 1e3)} s)`
    );
    await keepObserving({
      clock: context.clock,
      base,
      live: observer,
      evaluate: (timeline2) => evaluateAssertions(expectations, timeline2, load),
      deadline,
      signal: context.signal,
      note: context.note
    });
    const timeline = mergeTimelines(base, await observer.stop());
    return { timeline, results: evaluateAssertions(expectations, timeline, load) };
  } finally {
    await observer.stop();
    await reach.close();
  }
}

export {
  evaluateAssertions,
  undecided,
  observationDeadline,
  describeSource,
  verdictText,
  prepareExpectations,
  describeFeasibility,
  runAssert
};
