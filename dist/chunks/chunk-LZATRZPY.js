import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOYMENT
} from "./chunk-QXVQQ5FB.js";
import {
  ObjectCoreV1Api,
  Watch,
  callOptions,
  loadKubeConfig,
  openReach
} from "./chunk-RKRSJY3C.js";
import {
  sleepUnlessAborted
} from "./chunk-UIDGSTCG.js";
import {
  parseDuration
} from "./chunk-65SL3IB2.js";
import {
  API_VERSION,
  defineContract,
  readContract,
  sampleSchema,
  writeContract
} from "./chunk-FO2DCR53.js";

// src/observe/run.ts
import { writeFile } from "node:fs/promises";
import { extname, resolve } from "node:path";

// src/observe/csv.ts
var LABEL_ORDER = ["app", "deployment", "state", "cluster", "group", "phase", "pod", "gpu"];
function cell(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
function timelineCsv(timeline) {
  const keys = /* @__PURE__ */ new Set();
  for (const sample of timeline.samples) for (const key of Object.keys(sample.labels)) keys.add(key);
  const labelColumns = [
    ...LABEL_ORDER.filter((k) => keys.has(k)),
    ...[...keys].filter((k) => !LABEL_ORDER.includes(k)).sort()
  ];
  const header = ["time", "time_ms", "metric", ...labelColumns, "value"].map(cell).join(",");
  const rows = timeline.samples.map(
    (s) => [
      new Date(s.time).toISOString(),
      String(s.time),
      cell(s.metric),
      ...labelColumns.map((k) => cell(s.labels[k] ?? "")),
      String(s.value)
    ].join(",")
  );
  return `${[header, ...rows].join("\r\n")}\r
`;
}

// src/observe/event-source.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var get = (value, key) => isObject(value) ? value[key] : void 0;
var text = (value) => typeof value === "string" ? value : "";
function timeOf(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? void 0 : value.getTime();
  if (typeof value === "string" && value) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? void 0 : ms;
  }
  return void 0;
}
function occurrences(event) {
  const count = get(event, "count") ?? get(get(event, "series"), "count");
  return typeof count === "number" && count >= 1 ? Math.floor(count) : 1;
}
function observedEvent(event, observedAt) {
  const metadata = get(event, "metadata");
  if (typeof get(metadata, "uid") !== "string") return void 0;
  const time = timeOf(get(event, "lastTimestamp")) ?? timeOf(get(get(event, "series"), "lastObservedTime")) ?? timeOf(get(event, "eventTime")) ?? timeOf(get(event, "firstTimestamp")) ?? timeOf(get(metadata, "creationTimestamp")) ?? observedAt;
  const involved = get(event, "involvedObject");
  const component = text(get(get(event, "source"), "component")) || text(get(event, "reportingComponent"));
  return {
    time,
    observedAt,
    type: text(get(event, "type")),
    reason: text(get(event, "reason")),
    message: text(get(event, "message")),
    object: { kind: text(get(involved, "kind")), name: text(get(involved, "name")) },
    count: occurrences(event),
    ...component ? { component } : {}
  };
}
var MAX_REMEMBERED = 1e5;
var NamespaceEventSource = class {
  recorder;
  /** Event uid → the highest count recorded. */
  seen = /* @__PURE__ */ new Map();
  constructor(recorder) {
    this.recorder = recorder;
  }
  handlers = {
    synced: (items, at) => {
      for (const item of items) this.consider(item, at);
    },
    changed: (type, object, at) => {
      if (type !== "DELETED") this.consider(object, at);
    }
  };
  consider(object, at) {
    const uid = get(get(object, "metadata"), "uid");
    if (typeof uid !== "string") return;
    const count = occurrences(object);
    if ((this.seen.get(uid) ?? 0) >= count) return;
    if (!this.seen.has(uid) && this.seen.size >= MAX_REMEMBERED) return this.recorder.dropEvent();
    const event = observedEvent(object, at);
    if (!event) return;
    this.seen.set(uid, count);
    this.recorder.event(event);
  }
};

// src/observe/kube-collections.ts
var WORKER_SELECTOR = "ray.io/node-type=worker";
var page = (list) => ({
  items: list.items,
  resourceVersion: list.metadata?.resourceVersion ?? "",
  continue: list.metadata?._continue
});
function workerPods(kubeConfig, namespace, labelSelector = WORKER_SELECTOR) {
  const core = kubeConfig.makeApiClient(ObjectCoreV1Api);
  return {
    description: `pods in ${namespace} (${labelSelector})`,
    watchPath: `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`,
    labelSelector,
    list: async ({ continue: token, limit, signal, timeoutMs }) => page(
      await core.listNamespacedPod(
        { namespace, labelSelector, limit, ...token ? { _continue: token } : {} },
        callOptions({ signal, timeoutMs })
      )
    )
  };
}
function namespaceEvents(kubeConfig, namespace) {
  const core = kubeConfig.makeApiClient(ObjectCoreV1Api);
  return {
    description: `events in ${namespace}`,
    watchPath: `/api/v1/namespaces/${encodeURIComponent(namespace)}/events`,
    list: async ({ continue: token, limit, signal, timeoutMs }) => page(
      await core.listNamespacedEvent(
        { namespace, limit, ...token ? { _continue: token } : {} },
        callOptions({ signal, timeoutMs })
      )
    )
  };
}

// src/observe/retry.ts
var DEFAULT_BACKOFF = { initialMs: 250, maxMs: 5e3, maxRetryAfterMs: 3e4 };
function isTransient(failure) {
  switch (failure.kind) {
    case "http":
      return failure.status === 408 || failure.status === 429 || failure.status >= 500;
    case "network":
    case "timeout":
      return true;
    case "invalid":
      return false;
  }
}
function retryDelay(attempt, failure, backoff = DEFAULT_BACKOFF) {
  const exponential = isTransient(failure) ? Math.min(backoff.maxMs, backoff.initialMs * 2 ** Math.min(30, Math.max(0, attempt - 1))) : backoff.maxMs;
  const asked = failure.kind === "http" && failure.retryAfterMs !== void 0 ? Math.min(failure.retryAfterMs, backoff.maxRetryAfterMs) : 0;
  return Math.max(exponential, asked);
}
function describeFailure(failure) {
  switch (failure.kind) {
    case "http":
      return `HTTP ${failure.status}${failure.detail ? ` (${failure.detail})` : ""}`;
    case "network":
      return `connection failed (${failure.code})`;
    case "timeout":
      return "no answer in time";
    case "invalid":
      return `unexpected answer: ${failure.detail}`;
  }
}
function parseRetryAfter(value, nowMs) {
  if (!value) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - nowMs);
}
var NETWORK_CODE = /^(E[A-Z]+|UND_ERR_[A-Z_]+)$/;
function failureOf(error, nowMs) {
  const e = error;
  if (e && (e.name === "TimeoutError" || e.name === "AbortError")) return { kind: "timeout" };
  const status = typeof e?.statusCode === "number" ? e.statusCode : typeof e?.code === "number" ? e.code : void 0;
  if (status !== void 0) {
    const headers = e?.headers ?? {};
    const retryAfter = headers["retry-after"] ?? headers["Retry-After"];
    return {
      kind: "http",
      status,
      retryAfterMs: parseRetryAfter(typeof retryAfter === "string" ? retryAfter : void 0, nowMs)
    };
  }
  let cursor = error;
  for (let depth = 0; depth < 5 && cursor; depth++) {
    const code = cursor.code;
    if (typeof code === "string" && NETWORK_CODE.test(code)) return { kind: "network", code };
    if (cursor.name === "TimeoutError") return { kind: "timeout" };
    cursor = cursor.cause;
  }
  const message = typeof e?.message === "string" ? e.message : String(error);
  return { kind: "network", code: message.slice(0, 80) || "unknown" };
}

// src/observe/kube-reflector.ts
var PAGE_LIMIT = 500;
var MAX_PAGES = 1e3;
var MAX_ROUNDS = 1e6;
var SHORT_WATCH_MS = 1e3;
var isGone = (failure) => failure?.kind === "http" && failure.status === 410;
async function runReflector(options) {
  const { clock, health, handlers, signal, collection } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let resourceVersion = "";
  let attempt = 0;
  const wait = (failure) => sleepUnlessAborted(clock, retryDelay(++attempt, failure, backoff), signal);
  for (let round2 = 0; round2 < MAX_ROUNDS && !signal.aborted; round2++) {
    if (!resourceVersion) {
      const listed = await listAll(options);
      if (signal.aborted) break;
      if (!listed.ok) {
        health.failed(`listing ${collection.description}: ${describeFailure(listed.failure)}`);
        await wait(listed.failure);
        continue;
      }
      const at = clock.now();
      health.ok(at);
      handlers.synced(listed.items, at);
      resourceVersion = listed.resourceVersion;
      attempt = 0;
    }
    const outcome = await watchOnce(options, resourceVersion);
    if (signal.aborted) break;
    const endedAt = clock.now();
    resourceVersion = outcome.resourceVersion;
    if (outcome.opened) attempt = 0;
    if (outcome.gone || isGone(outcome.failure)) {
      health.failed(
        `watching ${collection.description}: resourceVersion expired (410 Gone); re-listed`,
        outcome.opened ? endedAt : health.lastGood
      );
      resourceVersion = "";
      continue;
    }
    const why = outcome.failure ? describeFailure(outcome.failure) : "the server ended the watch";
    health.failed(`watching ${collection.description}: ${why}`, outcome.opened ? endedAt : health.lastGood);
    if (outcome.opened && (outcome.failure === void 0 || outcome.failure.kind === "timeout")) {
      if (endedAt - outcome.openedAt < SHORT_WATCH_MS) await sleepUnlessAborted(clock, backoff.initialMs, signal);
      continue;
    }
    await wait(outcome.failure ?? { kind: "network", code: "watch ended" });
  }
}
async function listAll(options) {
  const items = [];
  let resourceVersion;
  let token;
  for (let page2 = 0; page2 < MAX_PAGES; page2++) {
    try {
      const answer = await options.collection.list({
        continue: token,
        limit: PAGE_LIMIT,
        signal: options.signal,
        timeoutMs: options.requestTimeoutMs ?? 1e4
      });
      items.push(...answer.items);
      resourceVersion ??= answer.resourceVersion;
      token = answer.continue || void 0;
      if (!token) return { ok: true, items, resourceVersion };
    } catch (error) {
      return { ok: false, failure: failureOf(error, options.clock.now()) };
    }
  }
  return { ok: false, failure: { kind: "invalid", detail: `more than ${MAX_PAGES} pages` } };
}
function watchOnce(options, resourceVersion) {
  const { clock, health, handlers, signal, collection } = options;
  const watch = new Watch(options.kubeConfig);
  return new Promise((resolve2) => {
    let latest = resourceVersion;
    let opened = false;
    let openedAt = clock.now();
    let gone = false;
    let ended = false;
    let controller;
    const stop = () => controller?.abort();
    const end = (error) => {
      if (ended) return;
      ended = true;
      signal.removeEventListener("abort", stop);
      const failure = error ? failureOf(error, clock.now()) : void 0;
      resolve2({ resourceVersion: latest, opened, openedAt, gone, failure: gone ? void 0 : failure });
    };
    signal.addEventListener("abort", stop, { once: true });
    const query = {
      resourceVersion,
      allowWatchBookmarks: true,
      timeoutSeconds: options.watchTimeoutSeconds ?? 300
    };
    if (collection.labelSelector) query["labelSelector"] = collection.labelSelector;
    const onEvent = (type, object) => {
      if (ended) return;
      if (type === "ERROR") {
        const code = object?.code;
        if (code === 410) gone = true;
        controller?.abort();
        return;
      }
      const version = object?.metadata?.resourceVersion;
      if (typeof version === "string" && version) latest = version;
      if (type === "ADDED" || type === "MODIFIED" || type === "DELETED") handlers.changed(type, object, clock.now());
    };
    watch.watch(collection.watchPath, query, onEvent, end).then((started) => {
      controller = started;
      if (ended) return;
      if (signal.aborted) return void started.abort();
      opened = true;
      openedAt = clock.now();
      health.ok(openedAt);
    }, end);
  });
}

// src/observe/gpu-seconds.ts
var GpuSecondsIntegrator = class {
  totals = /* @__PURE__ */ new Map();
  held = /* @__PURE__ */ new Map();
  /** Integrated up to here while running; undefined while paused. */
  since;
  /** Where a pause began, for an outage that turns out short enough to fill. */
  pausedAt;
  /** Holds `held` from `at` on (integrating up to `at` first, when running). */
  change(at, held) {
    this.advance(at);
    this.held = held;
    if (this.since === void 0) {
      this.since = at;
      this.pausedAt = void 0;
    }
    for (const key of held.keys()) if (!this.totals.has(key)) this.totals.set(key, 0);
  }
  /** Stops integrating at `at`: the source went blind then. Idempotent while paused. */
  pause(at) {
    if (this.since === void 0) return;
    this.advance(at);
    this.since = void 0;
    this.pausedAt = at;
  }
  /** The outage that paused it was within the source's resolution: integrate it with what was held, and go on. */
  fill(at) {
    if (this.since !== void 0 || this.pausedAt === void 0) return;
    this.since = this.pausedAt;
    this.pausedAt = void 0;
    this.advance(at);
  }
  /** The outage was a gap: go on from `at` without integrating it. */
  resume(at) {
    if (this.since !== void 0) return;
    this.since = at;
    this.pausedAt = void 0;
  }
  get paused() {
    return this.since === void 0;
  }
  /** GPU-seconds per key up to `at` (integrating up to it first, when running). */
  totalsAt(at) {
    this.advance(at);
    return this.totals;
  }
  advance(at) {
    if (this.since === void 0 || at <= this.since) return;
    const seconds = (at - this.since) / 1e3;
    for (const [key, gpus] of this.held) this.totals.set(key, (this.totals.get(key) ?? 0) + gpus * seconds);
    this.since = at;
  }
};

// src/observe/types.ts
var SOURCES = ["serve", "pods", "events", "prometheus"];
var METRIC = {
  serveReplicas: "serve_replicas",
  serveTargetReplicas: "serve_target_replicas",
  rayWorkerPods: "ray_worker_pods",
  gpusRequested: "gpus_requested",
  gpuSeconds: "gpu_seconds",
  gpuUtilization: "gpu_utilization_percent",
  gpuMemoryUsed: "gpu_memory_used_bytes"
};
var METRIC_SOURCE = {
  serve_replicas: "serve",
  serve_target_replicas: "serve",
  ray_worker_pods: "pods",
  gpus_requested: "pods",
  gpu_seconds: "pods",
  gpu_utilization_percent: "prometheus",
  gpu_memory_used_bytes: "prometheus"
};
var REPLICA_STATES = [
  "STARTING",
  "UPDATING",
  "RECOVERING",
  "RUNNING",
  "STOPPING",
  "PENDING_MIGRATION"
];
var POD_PHASES = ["Pending", "Running", "Terminating", "Succeeded", "Failed", "Unknown"];
var timelineSchema = {
  type: "object",
  required: ["apiVersion", "kind", "namespace", "start", "end", "startedAt", "sources", "samples", "events", "gaps"],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: "Timeline" },
    namespace: { type: "string" },
    rayService: { type: "string" },
    start: { type: "integer" },
    end: { type: "integer" },
    startedAt: { type: "string" },
    sources: {
      type: "array",
      items: {
        type: "object",
        required: ["name", "intervalMs", "target"],
        properties: {
          name: { enum: SOURCES },
          intervalMs: { type: "number", exclusiveMinimum: 0 },
          target: { type: "string" }
        }
      }
    },
    samples: { type: "array", items: sampleSchema },
    events: {
      type: "array",
      items: {
        type: "object",
        required: ["time", "observedAt", "type", "reason", "message", "object", "count"],
        properties: {
          time: { type: "integer" },
          observedAt: { type: "integer" },
          type: { type: "string" },
          reason: { type: "string" },
          message: { type: "string" },
          object: {
            type: "object",
            required: ["kind", "name"],
            properties: { kind: { type: "string" }, name: { type: "string" } }
          },
          count: { type: "integer", minimum: 1 },
          component: { type: "string" }
        }
      }
    },
    gaps: {
      type: "array",
      items: {
        type: "object",
        required: ["source", "from", "to", "reason"],
        properties: {
          source: { enum: SOURCES },
          from: { type: "integer" },
          to: { type: "integer" },
          reason: { type: "string" },
          metric: { type: "string" }
        }
      }
    },
    dropped: {
      type: "object",
      required: ["samples", "events"],
      properties: { samples: { type: "integer" }, events: { type: "integer" } }
    }
  }
};
var TIMELINE = defineContract("Timeline", timelineSchema);

// src/observe/worker-pods.ts
var isObject2 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var get2 = (value, key) => isObject2(value) ? value[key] : void 0;
function gpuCount(quantity) {
  const n = typeof quantity === "number" ? quantity : typeof quantity === "string" && /^\d+$/.test(quantity.trim()) ? Number(quantity) : 0;
  return Number.isFinite(n) && n > 0 ? n : 0;
}
function podGpus(pod) {
  let total = 0;
  const containers = get2(get2(pod, "spec"), "containers");
  if (!Array.isArray(containers)) return 0;
  for (const container of containers) {
    const limits = get2(get2(container, "resources"), "limits");
    if (!isObject2(limits)) continue;
    for (const [name, quantity] of Object.entries(limits))
      if (name.toLowerCase().endsWith("gpu")) total += gpuCount(quantity);
  }
  return total;
}
function podPhase(pod) {
  const phase = get2(get2(pod, "status"), "phase");
  const known = typeof phase === "string" && POD_PHASES.includes(phase) && phase !== "Terminating" ? phase : phase === void 0 ? "Pending" : "Unknown";
  const deleting = get2(get2(pod, "metadata"), "deletionTimestamp");
  if (deleting !== void 0 && deleting !== null && (known === "Pending" || known === "Running")) return "Terminating";
  return known;
}
function workerPod(pod) {
  const metadata = get2(pod, "metadata");
  const uid = get2(metadata, "uid");
  const name = get2(metadata, "name");
  if (typeof uid !== "string" || typeof name !== "string") return void 0;
  const labels = get2(metadata, "labels");
  const label = (key) => {
    const value = get2(labels, key);
    return typeof value === "string" ? value : "";
  };
  const running = get2(get2(pod, "status"), "phase") === "Running";
  return {
    uid,
    name,
    cluster: label("ray.io/cluster"),
    group: label("ray.io/group"),
    phase: podPhase(pod),
    holdsGpus: running,
    gpus: podGpus(pod)
  };
}
var groupKey = (cluster, group) => `${cluster}\0${group}`;
var splitGroupKey = (key) => {
  const [cluster = "", group = ""] = key.split("\0");
  return { cluster, group };
};
function countWorkers(pods, knownGroups = []) {
  const zero = () => Object.fromEntries(POD_PHASES.map((p) => [p, 0]));
  const counts = /* @__PURE__ */ new Map();
  const gpus = /* @__PURE__ */ new Map();
  for (const key of knownGroups) {
    counts.set(key, zero());
    gpus.set(key, 0);
  }
  for (const pod of pods) {
    const key = groupKey(pod.cluster, pod.group);
    let byPhase = counts.get(key);
    if (!byPhase) counts.set(key, byPhase = zero());
    byPhase[pod.phase]++;
    gpus.set(key, (gpus.get(key) ?? 0) + (pod.holdsGpus ? pod.gpus : 0));
  }
  return { pods: counts, gpus };
}
function workerSamples(counts, time) {
  const samples = [];
  for (const [key, byPhase] of counts.pods) {
    const { cluster, group } = splitGroupKey(key);
    for (const phase of POD_PHASES)
      samples.push({ time, metric: METRIC.rayWorkerPods, labels: { cluster, group, phase }, value: byPhase[phase] });
    samples.push({ time, metric: METRIC.gpusRequested, labels: { cluster, group }, value: counts.gpus.get(key) ?? 0 });
  }
  return samples;
}

// src/observe/pod-source.ts
var WorkerPodSource = class {
  pods = /* @__PURE__ */ new Map();
  knownGroups = /* @__PURE__ */ new Set();
  gpuSeconds = new GpuSecondsIntegrator();
  recorder;
  health;
  intervalMs;
  /** The counts last written, to write again only what changed between ticks. */
  written = "";
  synced = false;
  /** When the last change not yet written was heard; undefined when nothing waits. */
  heardAt;
  finished = false;
  constructor(options) {
    this.recorder = options.recorder;
    this.health = options.health;
    this.intervalMs = options.intervalMs;
    this.health.onRecovery((at, gapFrom) => {
      if (gapFrom === void 0) return this.gpuSeconds.fill(at);
      this.pauseForGap(gapFrom);
      this.gpuSeconds.resume(at);
    });
  }
  handlers = {
    synced: (items, at) => {
      this.pods.clear();
      for (const item of items) {
        const pod = workerPod(item);
        if (pod) this.pods.set(pod.uid, pod);
      }
      this.synced = true;
      this.heardAt = void 0;
      this.update(at, true);
    },
    changed: (type, object, at) => {
      const pod = workerPod(object);
      if (!pod) return;
      if (type === "DELETED") this.pods.delete(pod.uid);
      else this.pods.set(pod.uid, pod);
      this.gpuSeconds.change(at, this.counts().gpus);
      if (this.heardAt === void 0) setImmediate(() => this.flush());
      this.heardAt = at;
    }
  };
  /** Writes the changes heard since the last write, as of the last of them. */
  flush() {
    const at = this.heardAt;
    this.heardAt = void 0;
    if (at !== void 0 && !this.finished) this.update(at, false);
  }
  /** Whether what the source holds is current at `at`: seen, or blind for less than its resolution. */
  current(at) {
    const down = this.health.downSince;
    return this.synced && (down === void 0 || at - down < this.intervalMs);
  }
  /** A tick of the observer's clock: the state as it stands, when the source can vouch for it. */
  tick(at) {
    this.flush();
    this.closeBeforeGap(at);
    if (!this.current(at)) return;
    this.write(at, this.counts());
  }
  /** The end of the run: a last sample of every series when the source could see then. */
  finish(end) {
    this.flush();
    this.finished = true;
    this.closeBeforeGap(end);
    if (this.current(end)) this.write(end, this.counts());
  }
  /**
   * Blind for longer than the resolution by `at`: a gap begins one interval after the source went blind. GPU-seconds
   * stop there until it ends, and their total up to there is written at its start, so the last value before a gap
   * (or before the end) is the integral over all the time the source could see.
   */
  closeBeforeGap(at) {
    const down = this.health.downSince;
    if (down !== void 0 && at - down >= this.intervalMs) this.pauseForGap(down + this.intervalMs);
  }
  pauseForGap(from) {
    if (this.gpuSeconds.paused || !this.synced) return;
    this.gpuSeconds.pause(from);
    this.writeGpuSeconds(from, this.counts());
  }
  counts() {
    const counts = countWorkers(this.pods.values(), this.knownGroups);
    for (const key of counts.pods.keys()) this.knownGroups.add(key);
    return counts;
  }
  update(at, force) {
    const counts = this.counts();
    this.gpuSeconds.change(at, counts.gpus);
    if (!force && fingerprint(counts) === this.written) return;
    this.write(at, counts);
  }
  write(at, counts) {
    this.written = fingerprint(counts);
    for (const sample of workerSamples(counts, at)) this.recorder.sample(sample);
    this.writeGpuSeconds(at, counts);
  }
  writeGpuSeconds(at, counts) {
    const totals = this.gpuSeconds.totalsAt(at);
    for (const key of counts.pods.keys()) {
      const { cluster, group } = splitGroupKey(key);
      this.recorder.sample({
        time: at,
        metric: METRIC.gpuSeconds,
        labels: { cluster, group },
        value: round(totals.get(groupKey(cluster, group)) ?? 0)
      });
    }
  }
};
var fingerprint = (counts) => JSON.stringify([[...counts.pods], [...counts.gpus]]);
var round = (value) => Math.round(value * 1e3) / 1e3;

// src/observe/prometheus-source.ts
var MAX_POINTS = 1e4;
var FINAL_TRIES = 3;
var isObject3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function gpuLabels(metric) {
  const pick = (...names) => names.map((n) => metric[n]).find((v) => typeof v === "string" && v !== "");
  const pod = pick("pod", "exported_pod");
  const gpu = pick("gpu", "GpuIndex");
  if (pod !== void 0 || gpu !== void 0)
    return { ...pod !== void 0 ? { pod } : {}, ...gpu !== void 0 ? { gpu } : {} };
  return Object.fromEntries(
    Object.entries(metric).filter(([k, v]) => k !== "__name__" && typeof v === "string")
  );
}
function matrixSamples(body, metric) {
  if (!isObject3(body) || body["status"] !== "success") {
    const error = isObject3(body) && typeof body["error"] === "string" ? body["error"] : "status is not success";
    return { ok: false, problem: error };
  }
  const data = body["data"];
  if (!isObject3(data) || data["resultType"] !== "matrix" || !Array.isArray(data["result"]))
    return { ok: false, problem: "the result is not a matrix" };
  const samples = [];
  for (const series of data["result"]) {
    if (!isObject3(series) || !isObject3(series["metric"]) || !Array.isArray(series["values"])) continue;
    const labels = gpuLabels(series["metric"]);
    for (const point of series["values"]) {
      if (!Array.isArray(point) || typeof point[0] !== "number") continue;
      const value = Number(point[1]);
      if (!Number.isFinite(value)) continue;
      samples.push({ time: Math.round(point[0] * 1e3), metric, labels, value });
    }
  }
  return { ok: true, samples };
}
async function queryRange(options, query, fromMs, toMs, stepMs, signal) {
  const params = new URLSearchParams({
    query: query.expr,
    start: String(fromMs / 1e3),
    end: String(toMs / 1e3),
    step: String(stepMs / 1e3)
  });
  try {
    const response = await options.fetch(`${options.baseUrl.replace(/\/+$/, "")}/api/v1/query_range?${params}`, {
      signal: AbortSignal.any([signal, AbortSignal.timeout(options.requestTimeoutMs)]),
      headers: { Accept: "application/json" }
    });
    const text2 = await response.text();
    let body;
    try {
      body = JSON.parse(text2);
    } catch {
      body = void 0;
    }
    if (!response.ok) {
      const detail = isObject3(body) && typeof body["error"] === "string" ? body["error"].slice(0, 200) : void 0;
      return {
        ok: false,
        failure: {
          kind: "http",
          status: response.status,
          retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), options.clock.now()),
          detail
        }
      };
    }
    const read = matrixSamples(body, query.metric);
    return read.ok ? { ok: true, samples: read.samples } : { ok: false, failure: { kind: "invalid", detail: read.problem } };
  } catch (error) {
    return { ok: false, failure: failureOf(error, options.clock.now()) };
  }
}
var alignUp = (ms, step) => Math.ceil(ms / step) * step;
var alignDown = (ms, step) => Math.floor(ms / step) * step;
var QueryCursor = class {
  query;
  next;
  /** Consecutive failures, the first one's words, and when to try again. */
  failures = 0;
  firstFailure = "";
  retryAt = 0;
  constructor(query, start, stepMs) {
    this.query = query;
    this.next = alignUp(start, stepMs);
  }
};
var PrometheusSource = class {
  options;
  cursors;
  constructor(options) {
    this.options = options;
    this.cursors = options.queries.map((q) => new QueryCursor(q, options.start, options.stepMs));
  }
  /** Fetches windows until `signal` aborts; never rejects. */
  async run() {
    const { clock, signal } = this.options;
    for (let round2 = 0; round2 < this.options.maxRounds && !signal.aborted; round2++) {
      await sleepUnlessAborted(clock, this.options.intervalMs, signal);
      if (signal.aborted) break;
      for (const cursor of this.cursors) {
        if (clock.now() >= cursor.retryAt) await this.fetch(cursor, clock.now() - this.options.lagMs, signal);
      }
    }
  }
  /**
   * The run's end: the windows still missing up to `end`, a few tries each within the caller's `signal`; what
   * cannot be had is a gap to the end.
   */
  async finish(end, signal) {
    const last = alignDown(end, this.options.stepMs);
    for (const cursor of this.cursors) {
      for (let tryNumber = 1; tryNumber <= FINAL_TRIES && cursor.next <= last && !signal.aborted; tryNumber++) {
        const failure = await this.fetch(cursor, end, signal);
        if (failure && tryNumber < FINAL_TRIES)
          await sleepUnlessAborted(
            this.options.clock,
            retryDelay(tryNumber, failure, this.options.backoff ?? DEFAULT_BACKOFF),
            signal
          );
      }
      if (cursor.next > last) continue;
      const reason = cursor.failures ? `${cursor.firstFailure}${cursor.failures > 1 ? ` (${cursor.failures} failures)` : ""}` : "the run was stopped before it could be fetched";
      this.options.recorder.gap({
        source: "prometheus",
        metric: cursor.query.metric,
        from: cursor.next,
        to: end,
        reason
      });
    }
  }
  /** Fetches [next, until] in chunks Prometheus accepts; the failure that stopped it, if one did. */
  async fetch(cursor, until, signal) {
    const { stepMs, recorder, clock } = this.options;
    const last = alignDown(until, stepMs);
    for (let chunk = 0; cursor.next <= last && chunk < 1e3 && !signal.aborted; chunk++) {
      const to = Math.min(last, cursor.next + (MAX_POINTS - 1) * stepMs);
      const answer = await queryRange(this.options, cursor.query, cursor.next, to, stepMs, signal);
      if (!answer.ok) {
        if (cursor.failures++ === 0)
          cursor.firstFailure = `query_range for ${cursor.query.metric}: ${describeFailure(answer.failure)}`;
        cursor.retryAt = clock.now() + retryDelay(cursor.failures, answer.failure, this.options.backoff ?? DEFAULT_BACKOFF);
        return answer.failure;
      }
      for (const sample of answer.samples) recorder.sample(sample);
      cursor.next = to + stepMs;
      cursor.failures = 0;
      cursor.retryAt = 0;
    }
    return void 0;
  }
};

// src/observe/serve-applications.ts
var isObject4 = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function readServeApplications(body) {
  if (!isObject4(body)) return { ok: false, problem: "the answer is not a JSON object" };
  const applications = body["applications"] ?? {};
  if (!isObject4(applications)) return { ok: false, problem: '"applications" is not an object' };
  const deployments = [];
  for (const [appKey, app] of Object.entries(applications)) {
    if (!isObject4(app)) return { ok: false, problem: `application "${appKey}" is not an object` };
    const appName = typeof app["name"] === "string" ? app["name"] : appKey;
    const byName = app["deployments"] ?? {};
    if (!isObject4(byName)) return { ok: false, problem: `"deployments" of application "${appName}" is not an object` };
    for (const [deploymentKey, deployment] of Object.entries(byName)) {
      if (!isObject4(deployment)) return { ok: false, problem: `deployment "${deploymentKey}" is not an object` };
      const states = Object.fromEntries(REPLICA_STATES.map((s) => [s, 0]));
      const replicas = deployment["replicas"] ?? [];
      if (!Array.isArray(replicas))
        return { ok: false, problem: `"replicas" of deployment "${deploymentKey}" is not a list` };
      for (const replica of replicas) {
        const state = isObject4(replica) && typeof replica["state"] === "string" ? replica["state"] : "UNKNOWN";
        states[state] = (states[state] ?? 0) + 1;
      }
      const target = deployment["target_num_replicas"];
      deployments.push({
        app: appName,
        deployment: typeof deployment["name"] === "string" ? deployment["name"] : deploymentKey,
        target: typeof target === "number" && Number.isFinite(target) ? target : void 0,
        states
      });
    }
  }
  return { ok: true, deployments };
}
function serveSamples(deployments, time) {
  const samples = [];
  for (const d of deployments) {
    for (const [state, value] of Object.entries(d.states))
      samples.push({
        time,
        metric: METRIC.serveReplicas,
        labels: { app: d.app, deployment: d.deployment, state },
        value
      });
    if (d.target !== void 0)
      samples.push({
        time,
        metric: METRIC.serveTargetReplicas,
        labels: { app: d.app, deployment: d.deployment },
        value: d.target
      });
  }
  return samples;
}

// src/observe/serve-poller.ts
var SERVE_APPLICATIONS_PATH = "/api/serve/applications/";
var MAX_ANSWER_BYTES = 16 * 1024 * 1024;
async function pollServe(options) {
  const signal = AbortSignal.any([options.signal, AbortSignal.timeout(options.requestTimeoutMs)]);
  try {
    const base = (await untilAborted(options.dashboardUrl(), signal)).replace(/\/+$/, "");
    const response = await options.fetch(`${base}${SERVE_APPLICATIONS_PATH}`, {
      signal,
      headers: { Accept: "application/json" }
    });
    const body = await response.text();
    if (!response.ok) {
      return {
        ok: false,
        failure: {
          kind: "http",
          status: response.status,
          retryAfterMs: parseRetryAfter(response.headers.get("retry-after"), options.clock.now())
        }
      };
    }
    if (body.length > MAX_ANSWER_BYTES)
      return { ok: false, failure: { kind: "invalid", detail: `an answer of ${body.length} bytes` } };
    let json;
    try {
      json = JSON.parse(body);
    } catch {
      return { ok: false, failure: { kind: "invalid", detail: "not JSON" } };
    }
    const reading = readServeApplications(json);
    return reading.ok ? { ok: true, deployments: reading.deployments } : { ok: false, failure: { kind: "invalid", detail: reading.problem } };
  } catch (error) {
    return { ok: false, failure: failureOf(error, options.clock.now()) };
  }
}
function untilAborted(promise, signal) {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve2, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener("abort", abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", abort);
        resolve2(value);
      },
      (error) => {
        signal.removeEventListener("abort", abort);
        reject(error);
      }
    );
  });
}
function nextTick(start, intervalMs, at) {
  return start + (Math.floor((at - start) / intervalMs) + 1) * intervalMs;
}
async function runServePoller(options) {
  const { clock, signal, health, recorder } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let next = options.start;
  let attempt = 0;
  for (let poll = 0; poll < options.maxPolls && !signal.aborted; poll++) {
    await sleepUnlessAborted(clock, next - clock.now(), signal);
    if (signal.aborted) break;
    const askedAt = clock.now();
    const result = await pollServe(options);
    if (signal.aborted) break;
    const at = clock.now();
    if (result.ok) {
      health.ok(at);
      for (const sample of serveSamples(result.deployments, at)) recorder.sample(sample);
      attempt = 0;
      next = nextTick(options.start, options.intervalMs, at);
    } else {
      health.failed(`dashboard ${SERVE_APPLICATIONS_PATH}: ${describeFailure(result.failure)}`, askedAt);
      next = at + retryDelay(++attempt, result.failure, backoff);
    }
  }
}

// src/observe/source-health.ts
var MAX_REASONS = 3;
var SourceHealth = class {
  source;
  metric;
  record;
  /** How long what the source last saw stays current: outages up to this long are not gaps, longer ones start here. */
  minGapMs;
  outage;
  lastGoodAt;
  /** Whether the source has seen anything yet: before it has, there is nothing to stay current. */
  seen = false;
  listeners = [];
  constructor(options) {
    this.source = options.source;
    this.metric = options.metric;
    this.record = options.record;
    this.minGapMs = options.minGapMs;
    this.lastGoodAt = options.startAt;
  }
  /** Time of the last good observation (or of the start). */
  get lastGood() {
    return this.lastGoodAt;
  }
  /** Since when the source has been blind, or undefined while it sees. */
  get downSince() {
    return this.outage?.since;
  }
  /** A failed try (or the watch ending); the outage starts at `since` (default: the last good observation). */
  failed(reason, since = this.lastGoodAt) {
    if (this.outage) {
      this.outage.attempts++;
      if (!this.outage.reasons.includes(reason) && this.outage.reasons.length < MAX_REASONS)
        this.outage.reasons.push(reason);
      return;
    }
    this.outage = { since, reasons: [reason], attempts: 1 };
  }
  onRecovery(listener) {
    this.listeners.push(listener);
  }
  /** A good observation at `at`: closes an outage, recording it as a gap when it was long enough to matter. */
  ok(at) {
    this.close(at);
    this.lastGoodAt = at;
    this.seen = true;
  }
  /** The end of the run: an outage still open ends there (a gap to the end unless within the resolution). */
  finish(end) {
    this.close(end);
  }
  close(at) {
    const outage = this.outage;
    if (!outage) return;
    this.outage = void 0;
    const from = outage.since + (this.seen ? this.minGapMs : 0);
    const wasGap = at > from;
    for (const listener of this.listeners) listener(at, wasGap ? from : void 0);
    if (!wasGap) return;
    const tries = outage.attempts > 1 ? ` (${outage.attempts} failures)` : "";
    this.record({
      source: this.source,
      from,
      to: at,
      reason: `${outage.reasons.join("; then ")}${tries}`,
      ...this.metric ? { metric: this.metric } : {}
    });
  }
};

// src/observe/timeline-recorder.ts
var DEFAULT_RECORDER_LIMITS = { maxSamples: 2e6, maxEvents: 2e4 };
var TimelineRecorder = class {
  samples = [];
  events = [];
  gaps = [];
  listeners = /* @__PURE__ */ new Set();
  limits;
  droppedSamples = 0;
  droppedEvents = 0;
  constructor(limits = DEFAULT_RECORDER_LIMITS) {
    this.limits = limits;
  }
  /** Records a sample; a value that is not a finite number is not a measurement and is not kept. */
  sample(sample) {
    if (!Number.isFinite(sample.value) || !Number.isFinite(sample.time)) return;
    if (this.samples.length >= this.limits.maxSamples) {
      this.droppedSamples++;
      return;
    }
    const kept = {
      time: Math.round(sample.time),
      metric: sample.metric,
      labels: sample.labels,
      value: sample.value
    };
    this.samples.push(kept);
    for (const listener of this.listeners) {
      try {
        listener(kept);
      } catch {
      }
    }
  }
  event(event) {
    if (this.events.length >= this.limits.maxEvents) {
      this.droppedEvents++;
      return;
    }
    this.events.push(event);
  }
  /** An event a source could not keep (past its own bounds): counted with the recorder's own drops. */
  dropEvent() {
    this.droppedEvents++;
  }
  gap(gap) {
    if (gap.to > gap.from) this.gaps.push({ ...gap, from: Math.round(gap.from), to: Math.round(gap.to) });
  }
  /** Every sample recorded from now on, until the returned function is called. */
  subscribe(listener) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  get sampleCount() {
    return this.samples.length;
  }
  /** The Timeline so far: samples and events by time (stable, so a source's order within a millisecond stays). */
  timeline(header) {
    const byTime = (list) => [...list].sort((a, b) => a.time - b.time);
    const dropped = this.droppedSamples || this.droppedEvents ? { dropped: { samples: this.droppedSamples, events: this.droppedEvents } } : {};
    return {
      apiVersion: API_VERSION,
      kind: "Timeline",
      namespace: header.namespace,
      ...header.rayService ? { rayService: header.rayService } : {},
      start: Math.round(header.start),
      end: Math.round(header.end),
      startedAt: new Date(header.start).toISOString(),
      sources: header.sources,
      samples: byTime(this.samples),
      events: byTime(this.events),
      gaps: [...this.gaps].sort((a, b) => a.from - b.from),
      ...dropped
    };
  }
};

// src/observe/observer.ts
function startObserver(plan, deps) {
  const clock = { now: () => Math.floor(deps.clock.now()), sleep: (ms, signal2) => deps.clock.sleep(ms, signal2) };
  const start = clock.now();
  const fetchFn = deps.fetch ?? fetch;
  const recorder = new TimelineRecorder(deps.limits);
  const controller = new AbortController();
  const signal = controller.signal;
  const gap = recorder.gap.bind(recorder);
  const maxTicks = Math.ceil(plan.maxDurationMs / plan.intervalMs) + 1;
  const serveHealth = new SourceHealth({ source: "serve", startAt: start, minGapMs: 0, record: gap });
  const podHealth = new SourceHealth({ source: "pods", startAt: start, minGapMs: plan.intervalMs, record: gap });
  const eventHealth = new SourceHealth({ source: "events", startAt: start, minGapMs: plan.intervalMs, record: gap });
  const pods = new WorkerPodSource({ recorder, health: podHealth, intervalMs: plan.intervalMs });
  const events = new NamespaceEventSource(recorder);
  const prometheus = plan.prometheus ? new PrometheusSource({
    baseUrl: plan.prometheus.url,
    queries: plan.prometheus.queries,
    stepMs: plan.prometheus.stepMs,
    intervalMs: plan.prometheus.intervalMs,
    lagMs: plan.prometheus.lagMs,
    requestTimeoutMs: plan.requestTimeoutMs,
    clock,
    fetch: fetchFn,
    recorder,
    start,
    signal,
    ...deps.backoff ? { backoff: deps.backoff } : {},
    maxRounds: Math.ceil(plan.maxDurationMs / plan.prometheus.intervalMs) + 1
  }) : void 0;
  const reflector = {
    kubeConfig: deps.kubeConfig,
    clock,
    signal,
    requestTimeoutMs: plan.requestTimeoutMs,
    ...deps.backoff ? { backoff: deps.backoff } : {}
  };
  const loops = [
    runServePoller({
      clock,
      start,
      intervalMs: plan.intervalMs,
      requestTimeoutMs: plan.requestTimeoutMs,
      dashboardUrl: deps.dashboardUrl,
      fetch: fetchFn,
      recorder,
      health: serveHealth,
      signal,
      maxPolls: maxTicks * 4,
      ...deps.backoff ? { backoff: deps.backoff } : {}
    }),
    runReflector({
      ...reflector,
      collection: workerPods(deps.kubeConfig, plan.namespace, plan.workerSelector),
      health: podHealth,
      handlers: pods.handlers
    }),
    runReflector({
      ...reflector,
      collection: namespaceEvents(deps.kubeConfig, plan.namespace),
      health: eventHealth,
      handlers: events.handlers
    }),
    // The pods source's ticks: the state as it stands each interval, between the changes it writes as they come.
    (async () => {
      for (let i = 0, next = nextTick(start, plan.intervalMs, start); i < maxTicks && !signal.aborted; i++) {
        await sleepUnlessAborted(clock, next - clock.now(), signal);
        if (signal.aborted) break;
        pods.tick(clock.now());
        next = nextTick(start, plan.intervalMs, clock.now());
      }
    })()
  ];
  if (prometheus) loops.push(prometheus.run());
  const header = (end) => ({
    namespace: plan.namespace,
    rayService: plan.rayService,
    start,
    end,
    sources: plan.sources
  });
  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      const end = Math.min(clock.now(), start + plan.maxDurationMs);
      controller.abort();
      await Promise.all(loops);
      if (prometheus) await prometheus.finish(end, AbortSignal.timeout(deps.finishTimeoutMs ?? 15e3));
      pods.finish(end);
      for (const health of [serveHealth, podHealth, eventHealth]) health.finish(end);
      return recorder.timeline(header(end));
    })();
    return stopped;
  };
  const expired = sleepUnlessAborted(clock, plan.maxDurationMs, signal).then(() => {
    if (!signal.aborted) void stop();
  });
  return {
    start,
    record: (sample) => recorder.sample(sample),
    subscribe: (listener) => recorder.subscribe(listener),
    snapshot: () => recorder.timeline(header(clock.now())),
    expired,
    stop
  };
}

// src/observe/plan.ts
var DEFAULT_GPU_QUERIES = {
  utilization: 'DCGM_FI_DEV_GPU_UTIL{namespace="$namespace"}',
  memory: 'DCGM_FI_DEV_FB_USED{namespace="$namespace"} * 1048576'
};
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
var BOUNDS = {
  interval: { name: "the sampling interval", min: 100, max: 6e4 },
  maxDuration: { name: "the maximum duration", min: 1e3, max: 7 * 864e5 },
  requestTimeout: { name: "the request timeout", min: 100, max: 3e5 },
  step: { name: "the Prometheus step", min: 100, max: 36e5 },
  promInterval: { name: "the Prometheus query interval", min: 1e3, max: 36e5 },
  lag: { name: "the Prometheus lag", min: 0, max: 36e5 }
};
function planObservation(request) {
  const problems = [];
  const within = (bound, value, fallback) => {
    const v = value ?? fallback;
    if (!Number.isFinite(v) || v < bound.min || v > bound.max)
      problems.push(`${bound.name} must be from ${bound.min} to ${bound.max} ms, not ${v}.`);
    return v;
  };
  if (!DNS_LABEL.test(request.namespace))
    problems.push(`"${request.namespace}" is not a namespace name (lowercase letters, digits and "-", at most 63).`);
  const intervalMs = within(BOUNDS.interval, request.intervalMs, 1e3);
  const maxDurationMs = within(BOUNDS.maxDuration, request.maxDurationMs, 6 * 36e5);
  const requestTimeoutMs = within(BOUNDS.requestTimeout, request.requestTimeoutMs, 1e4);
  const workerSelector = request.workerSelector?.trim() || WORKER_SELECTOR;
  let prometheus;
  if (request.prometheus) {
    const p = request.prometheus;
    const url = prometheusUrl(p.url);
    if (typeof url !== "string") problems.push(url.problem);
    const substitute = (expr) => expr.replaceAll("$namespace", request.namespace);
    const queries = [
      {
        metric: METRIC.gpuUtilization,
        expr: substitute(p.utilizationQuery?.trim() || DEFAULT_GPU_QUERIES.utilization)
      },
      { metric: METRIC.gpuMemoryUsed, expr: substitute(p.memoryQuery?.trim() || DEFAULT_GPU_QUERIES.memory) }
    ];
    prometheus = {
      url: typeof url === "string" ? url : "",
      queries,
      stepMs: within(BOUNDS.step, p.stepMs, 1e3),
      intervalMs: within(BOUNDS.promInterval, p.intervalMs, 15e3),
      lagMs: within(BOUNDS.lag, p.lagMs, 5e3)
    };
  }
  if (problems.length) return { ok: false, problems };
  const sources = [
    { name: "serve", intervalMs, target: `Ray dashboard ${SERVE_APPLICATIONS_PATH}` },
    { name: "pods", intervalMs, target: `pods in ${request.namespace} (${workerSelector})` },
    { name: "events", intervalMs, target: `events in ${request.namespace}` }
  ];
  if (prometheus)
    for (const q of prometheus.queries)
      sources.push({
        name: "prometheus",
        intervalMs: prometheus.stepMs,
        target: `${prometheus.url} ${q.metric}: ${q.expr}`
      });
  return {
    ok: true,
    plan: {
      namespace: request.namespace,
      rayService: request.rayService,
      intervalMs,
      maxDurationMs,
      requestTimeoutMs,
      workerSelector,
      prometheus,
      sources
    }
  };
}
function prometheusUrl(raw) {
  let url;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: `--prometheus "${raw}" is not a URL; pass one like http://127.0.0.1:9090.` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { problem: `--prometheus must be an http or https URL, not ${url.protocol}.` };
  if (url.username || url.password)
    return {
      problem: "--prometheus must not carry credentials in the URL; put an authenticating proxy or port-forward in front of Prometheus."
    };
  if (url.search || url.hash)
    return { problem: "--prometheus takes the base URL only (no query or fragment), e.g. http://127.0.0.1:9090." };
  return url.toString().replace(/\/+$/, "");
}

// src/observe/run.ts
var MAX_DURATION_MS = 6 * 36e5;
function csvPath(out) {
  return extname(out) === ".json" ? `${out.slice(0, -".json".length)}.csv` : `${out}.csv`;
}
function durationOf(name, text2) {
  if (text2 === void 0) return void 0;
  const ms = parseDuration(text2);
  return typeof ms === "string" ? { problem: `--${name}: ${ms}` } : ms;
}
var defaultOpener = (kc, reach, note) => openReach(kc, reach, { note });
async function runObserve(context, request) {
  const input = (problem) => ({ ok: false, kind: "input", problems: [problem] });
  const duration = durationOf("duration", request.duration);
  if (typeof duration === "object") return input(duration.problem);
  if (duration !== void 0 && (duration < 1e3 || duration > MAX_DURATION_MS))
    return input(`--duration must be from 1s to 6h, not ${request.duration}.`);
  const interval = durationOf("interval", request.interval);
  if (typeof interval === "object") return input(interval.problem);
  const read = await readContract(resolve(context.cwd, request.deployment), DEPLOYMENT);
  if (!read.ok) return input(read.problem);
  const deployment = read.value;
  const planned = planObservation({
    namespace: deployment.namespace,
    rayService: deployment.rayService,
    intervalMs: interval,
    maxDurationMs: duration ?? MAX_DURATION_MS,
    prometheus: request.prometheus ? { url: request.prometheus, utilizationQuery: request.gpuUtilizationQuery, memoryQuery: request.gpuMemoryQuery } : void 0
  });
  if (!planned.ok) return { ok: false, kind: "input", problems: planned.problems };
  if (request.dryRun) return { ok: true, dryRun: true, plan: planned.plan };
  const kube = loadKubeConfig({
    kubeconfig: request.kubeconfig,
    context: request.context ?? deployment.context,
    cwd: context.cwd,
    env: context.env
  });
  if (!kube.ok) return input(kube.problem);
  let reach;
  try {
    reach = await (context.openReach ?? defaultOpener)(kube.kc, deployment.dashboard, context.note);
  } catch (error) {
    return input(
      `cannot reach the Ray dashboard (${error.message}); check the Deployment's dashboard and that this machine may port-forward.`
    );
  }
  try {
    const plan = planned.plan;
    const observer = startObserver(plan, {
      kubeConfig: kube.kc,
      dashboardUrl: async () => reach.url,
      clock: context.clock
    });
    context.started?.(observer);
    context.note(
      `observing ${deployment.namespace} (RayService ${deployment.rayService}) ${duration ? `for ${request.duration}` : context.until ?? "until stopped (Ctrl-C)"}: Serve every ${plan.intervalMs} ms from the dashboard, worker pods and events by watch${plan.prometheus ? `, GPU metrics from ${plan.prometheus.url}` : ""}`
    );
    const stopAsked = new Promise(
      (resolveStop) => context.signal.aborted ? resolveStop() : context.signal.addEventListener("abort", () => resolveStop(), { once: true })
    );
    await Promise.race([observer.expired, stopAsked]);
    const timeline = await observer.stop();
    const out = resolve(context.cwd, request.out);
    const csv = resolve(context.cwd, request.csv ?? csvPath(request.out));
    const written = await writeContract(out, TIMELINE, timeline);
    if (written) return input(written);
    const csvProblem = await writeFile(csv, timelineCsv(timeline)).then(
      () => void 0,
      (error) => `Cannot write ${csv}: ${error.code ?? error.message}.`
    );
    if (csvProblem) return input(csvProblem);
    const files = [out, csv];
    if (timeline.samples.length === 0) {
      const why = timeline.gaps.map((g) => `${g.source}: ${g.reason}`);
      return {
        ok: false,
        kind: "empty",
        problems: [`observed nothing in ${deployment.namespace}${why.length ? `: ${why.join("; ")}` : ""}`],
        files
      };
    }
    return { ok: true, dryRun: false, timeline, files };
  } finally {
    await reach.close();
  }
}
function describeTimeline(timeline) {
  const seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
  const bySource = /* @__PURE__ */ new Map();
  for (const g of timeline.gaps) {
    const entry = bySource.get(g.source) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += g.to - g.from;
    bySource.set(g.source, entry);
  }
  const gaps = bySource.size ? [...bySource].map(([source, g]) => `${source} ${g.count} (${seconds(g.ms)})`).join(", ") : "none";
  return `${timeline.samples.length} samples and ${timeline.events.length} events over ${seconds(timeline.end - timeline.start)}; gaps: ${gaps}`;
}

// src/observe/dashboard-observer.ts
var MAX_ANSWER_BYTES2 = 4 * 1024 * 1024;

export {
  METRIC,
  METRIC_SOURCE,
  TIMELINE,
  startObserver,
  planObservation,
  runObserve,
  describeTimeline
};
