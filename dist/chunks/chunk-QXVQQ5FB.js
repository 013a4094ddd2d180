import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  ObjectApisApi,
  ObjectAuthorizationV1Api,
  ObjectCoreV1Api,
  ObjectCustomObjectsApi,
  ObjectVersionApi,
  PatchStrategy,
  attempt,
  callOptions,
  headSelector,
  isTransient,
  loadKubeConfig,
  openReach,
  serverSideApply,
  servesKind
} from "./chunk-RKRSJY3C.js";
import {
  ANNOTATIONS,
  LABELS,
  RENDERED_MANIFEST
} from "./chunk-WNYQVBGA.js";
import {
  dict,
  list,
  serveApps
} from "./chunk-2Z6IFJBU.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-65SL3IB2.js";
import {
  API_VERSION,
  YAML_LIMITS,
  defineContract,
  parseYamlFile,
  parseYamlText,
  readContract,
  writeContract
} from "./chunk-FO2DCR53.js";
import {
  redactTokens,
  safeInline
} from "./chunk-46TLH3BL.js";

// src/deploy/run.ts
import { dirname, join, resolve as resolve2 } from "node:path";

// src/deploy/readiness.ts
var FAILURE_CAUSES = ["ValidationFailed", "InitializingTimeout", "DEPLOY_FAILED"];
function expectedApps(serveConfigV2) {
  if (typeof serveConfigV2 !== "string") return [];
  const parsed = parseYamlText(serveConfigV2);
  return parsed.problems.length ? [] : serveApps(parsed.value).map((app) => app.name);
}
function serveServiceName(service) {
  return service.spec?.serveService?.metadata?.name || `${service.metadata?.name ?? ""}-serve-svc`;
}
function appLine(name, app) {
  return `${name} ${app?.status ?? "not reported"}`;
}
function deployFailure(apps) {
  const failed = Object.entries(apps).filter(([, app]) => app.status === "DEPLOY_FAILED");
  if (!failed.length) return void 0;
  const message = failed.map(([name, app]) => {
    const deployments = Object.entries(app.serveDeploymentStatuses ?? {}).filter(([, d]) => d.message).map(([d, s]) => `${d}: ${s.message}`);
    return `application ${name} DEPLOY_FAILED${app.message ? `: ${app.message}` : ""}${deployments.length ? ` (${deployments.join("; ")})` : ""}`;
  }).join("; ");
  return { cause: "DEPLOY_FAILED", message, retried: true };
}
function readiness(service) {
  const status = service.status ?? {};
  const conditions = list(status.conditions);
  const shape = conditions.length > 0 ? "conditions" : "serviceStatus";
  const ready = conditions.find((c) => c.type === "Ready");
  const serveEndpoints = typeof status.numServeEndpoints === "number" ? status.numServeEndpoints : 0;
  const active = status.activeServiceStatus;
  const pending = status.pendingServiceStatus;
  const cluster = active?.rayClusterName || void 0;
  const base = { shape, serveEndpoints, ...cluster ? { cluster } : {} };
  if (ready?.status === "False" && (ready.reason === "ValidationFailed" || ready.reason === "InitializingTimeout")) {
    return {
      ...base,
      ready: false,
      waitingFor: [],
      failure: { cause: ready.reason, message: ready.message ?? ready.reason, retried: false }
    };
  }
  const failure = deployFailure({
    ...dict(pending?.applicationStatuses),
    ...dict(active?.applicationStatuses)
  });
  const waitingFor = [];
  const generation = service.metadata?.generation;
  if (generation !== void 0 && (status.observedGeneration ?? 0) < generation) {
    waitingFor.push(`KubeRay to observe generation ${generation} (it has seen ${status.observedGeneration ?? "none"})`);
  }
  if (shape === "conditions") {
    if (ready?.status !== "True")
      waitingFor.push(
        `the Ready condition (now ${ready?.status ?? "unset"}${ready?.reason ? `: ${ready.reason}` : ""})`
      );
  } else if (status.serviceStatus !== "Running") {
    waitingFor.push(`serviceStatus Running (it is ${status.serviceStatus ? status.serviceStatus : "unset"})`);
  }
  if (serveEndpoints <= 0) waitingFor.push("serve endpoints (0 ready)");
  if (!cluster)
    waitingFor.push(
      pending?.rayClusterName ? `RayCluster ${pending.rayClusterName} to become active (KubeRay promotes it once its apps run)` : "a RayCluster"
    );
  else if (pending?.rayClusterName) waitingFor.push(`the upgrade to RayCluster ${pending.rayClusterName} to finish`);
  const apps = dict(active?.applicationStatuses);
  const pendingApps = dict(pending?.applicationStatuses);
  const wanted = expectedApps(service.spec?.serveConfigV2);
  const names = wanted.length ? wanted : [.../* @__PURE__ */ new Set([...Object.keys(apps), ...Object.keys(pendingApps)])];
  const notRunning = names.filter((name) => apps[name]?.status !== "RUNNING");
  if (!names.length) waitingFor.push("Serve applications");
  else if (notRunning.length)
    waitingFor.push(
      `applications RUNNING (${notRunning.map((name) => apps[name] ? appLine(name, apps[name]) : pendingApps[name] ? `${appLine(name, pendingApps[name])} on the pending cluster` : `${name} not reported`).join(", ")})`
    );
  return { ...base, ready: waitingFor.length === 0 && !failure, waitingFor, ...failure ? { failure } : {} };
}

// src/deploy/progress.ts
var HEARTBEAT_MS = 3e4;
function elapsedText(ms) {
  const seconds = Math.max(0, Math.round(ms / 1e3));
  return seconds === 0 ? "0s" : formatDuration(seconds * 1e3);
}
function podSummary(pods) {
  const live = pods.filter((p2) => !p2.deleting);
  if (!live.length) return "no pods yet";
  const groups = [...new Set(live.map((p2) => p2.group))].sort(
    (a, b) => a === "headgroup" ? -1 : b === "headgroup" ? 1 : a.localeCompare(b)
  );
  return groups.map((group) => {
    const members = live.filter((p2) => p2.group === group);
    const running = members.filter((p2) => p2.phase === "Running").length;
    const unschedulable = members.filter((p2) => p2.phase === "Pending" && p2.unschedulable).length;
    const starting = members.filter((p2) => p2.phase === "Pending" && !p2.unschedulable);
    const reasons = [...new Set(starting.flatMap((p2) => p2.waiting.map((w) => w.reason)))];
    const failed = members.filter((p2) => p2.phase === "Failed" || p2.phase === "Unknown").length;
    const parts = [`${running}/${members.length} running`];
    if (starting.length) parts.push(`${starting.length} starting${reasons.length ? ` (${reasons.join(", ")})` : ""}`);
    if (unschedulable) parts.push(`${unschedulable} unschedulable`);
    if (failed) parts.push(`${failed} failed`);
    return `${group} ${parts.join(", ")}`;
  }).join("; ");
}
function appSummary(service) {
  const status = service?.status;
  const apps = {
    ...status?.pendingServiceStatus?.applicationStatuses,
    ...status?.activeServiceStatus?.applicationStatuses
  };
  const names = Object.keys(apps).sort();
  return names.length ? names.map((name) => `${name} ${apps[name]?.status ?? "?"}`).join(", ") : "none reported yet";
}
function conditionSummary(service, readiness2) {
  const status = service?.status;
  if (readiness2.shape === "conditions") {
    return (status?.conditions ?? []).map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ""}`).join(", ");
  }
  return `serviceStatus ${status?.serviceStatus || "unset"}`;
}
function progressLine(snapshot, readiness2) {
  if (!snapshot.service) return "RayService not found";
  return [
    `pods: ${podSummary(snapshot.pods)}`,
    `apps: ${appSummary(snapshot.service)}`,
    conditionSummary(snapshot.service, readiness2),
    `endpoints ${readiness2.serveEndpoints}`
  ].filter(Boolean).join(" | ");
}
function isNotable(event) {
  return event.type === "Warning" || event.object.startsWith("RayService/") || event.object.startsWith("RayCluster/");
}
function eventLine(event) {
  return `event: ${event.type} ${event.reason} ${event.object}: ${event.message}`;
}
var ProgressReporter = class {
  progress;
  startedAt;
  lastLine = "";
  lastSaidAt;
  seenEvents = /* @__PURE__ */ new Set();
  constructor(progress, startedAt) {
    this.progress = progress;
    this.startedAt = startedAt;
    this.lastSaidAt = startedAt;
  }
  say(text, now) {
    this.progress.line(safeInline(text));
    this.lastSaidAt = now;
  }
  /** Events that were already there when waiting began are history, not news. */
  skipEvents(events) {
    for (const event of events) this.seenEvents.add(event.key);
  }
  update(snapshot, readiness2, now) {
    const elapsed = elapsedText(now - this.startedAt);
    for (const event of snapshot.events) {
      if (this.seenEvents.has(event.key) || !isNotable(event)) continue;
      this.seenEvents.add(event.key);
      this.say(`[${elapsed}] ${eventLine(event)}`, now);
    }
    const line = progressLine(snapshot, readiness2);
    if (line !== this.lastLine) {
      this.lastLine = line;
      this.say(`[${elapsed}] ${line}`, now);
    } else if (now - this.lastSaidAt >= HEARTBEAT_MS) {
      this.say(
        `[${elapsed}] still waiting for ${readiness2.waitingFor.slice(0, 2).join("; ") || "the HTTP probe"}`,
        now
      );
    }
    this.progress.live?.(safeInline(`${elapsed} waiting: ${readiness2.waitingFor[0] ?? "probe"} | ${line}`));
  }
};

// src/deploy/diagnosis.ts
var DEPLOY_FAILURES = [
  ...FAILURE_CAUSES,
  "Unschedulable",
  "Timeout",
  "ProbeFailed",
  "Deleted",
  "ApiUnavailable"
];
var deployDiagnosisSchema = {
  type: "object",
  required: [
    "apiVersion",
    "kind",
    "namespace",
    "rayService",
    "cause",
    "message",
    "waitedMs",
    "hints",
    "readiness",
    "conditions",
    "pods",
    "events"
  ],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: "DeployDiagnosis" },
    namespace: { type: "string" },
    rayService: { type: "string" },
    cause: { enum: DEPLOY_FAILURES },
    message: { type: "string" },
    waitedMs: { type: "number" },
    hints: { type: "array", items: { type: "string" } },
    readiness: { type: "object", required: ["shape", "waitingFor", "serveEndpoints"] },
    conditions: { type: "array" },
    pods: { type: "array", items: { type: "object", required: ["name", "group", "phase"] } },
    events: { type: "array", items: { type: "object", required: ["type", "reason", "message", "object"] } }
  }
};
var DEPLOY_DIAGNOSIS = defineContract("DeployDiagnosis", deployDiagnosisSchema);
var MAX_EVENTS = 50;
function hintsFor(cause, pods, events, readiness2) {
  const hints = [];
  const noGpu = pods.filter((p2) => p2.unschedulable && /Insufficient nvidia\.com\/gpu/.test(p2.unschedulable));
  if (noGpu.length) {
    const gpus = [...new Set(noGpu.map((p2) => p2.gpus))].join(" or ");
    hints.push(
      `The cluster has no free nvidia.com/gpu for ${noGpu.length} pod${noGpu.length === 1 ? "" : "s"} asking for ${gpus} GPU${gpus === "1" ? "" : "s"} each: add GPU nodes (or let Karpenter / the Cluster Autoscaler provision them, allowing for their start-up in --unschedulable-grace), or lower the worker group's replicas and minReplicas.`
    );
  } else if (pods.some((p2) => p2.unschedulable && /didn't match Pod's node affinity\/selector/.test(p2.unschedulable))) {
    hints.push(
      "No node matches the pod's nodeSelector or node affinity (see the scheduler's message above): the nodes it selects do not exist yet. Check the selector against `kubectl get nodes --show-labels`, or that the provisioner it names (a Karpenter NodePool, a node group) can create them within --unschedulable-grace."
    );
  } else if (pods.some((p2) => p2.unschedulable)) {
    hints.push(
      "A pod fits no node (see the scheduler's message above): check its resources, nodeSelector, affinity and tolerations against the nodes."
    );
  }
  if (events.some((e) => /exceeded quota/.test(e.message)))
    hints.push(
      "The namespace's ResourceQuota refuses pods: raise --max-gpus, or lower the replicas the service starts with."
    );
  const waiting = new Set(pods.flatMap((p2) => p2.waiting.map((w) => w.reason)));
  if (waiting.has("ImagePullBackOff") || waiting.has("ErrImagePull") || waiting.has("InvalidImageName"))
    hints.push(
      "An image cannot be pulled: check the image name and tag, and the imagePullSecrets of the pod templates."
    );
  if (waiting.has("CrashLoopBackOff") || pods.some((p2) => p2.lastTermination))
    hints.push(
      "A Ray container keeps exiting (see its last termination above): read its logs; OOMKilled means it needs a higher memory limit."
    );
  if (waiting.has("CreateContainerConfigError"))
    hints.push(
      "A container cannot be configured: a Secret or ConfigMap it refers to is probably missing (pass it with --secret-env at render and a value at deploy)."
    );
  if (events.some((e) => e.reason === "FailedToUpdateServeApplications"))
    hints.push(
      "KubeRay could not submit serveConfigV2 to the Ray dashboard: run rayservice-ci lint on the manifest; the event above has Ray's message."
    );
  switch (cause) {
    case "ValidationFailed":
      hints.push(
        "KubeRay refused the RayService as written (message above); rayservice-ci lint checks the same rules before deploy."
      );
      break;
    case "InitializingTimeout":
      hints.push(
        "KubeRay gave up after the ray.io/initializing-timeout annotation and deleted the clusters; the pods and events above show what kept it from starting. If it only needs longer, raise render's --initializing-timeout."
      );
      break;
    case "DEPLOY_FAILED":
      hints.push(
        "Ray Serve could not deploy an application (message above): check import_path, runtime_env and the model settings in serveConfigV2."
      );
      break;
    case "Timeout":
      if (!hints.length)
        hints.push(
          `Still waiting for ${readiness2.waitingFor[0] ?? "the HTTP probe"} when --timeout ran out: if the cluster is only slow (node start, image pull, model load), raise --timeout.`
        );
      break;
    case "ProbeFailed":
      hints.push(
        "The status says the service is ready but its endpoint did not answer: check the head container declares the serve port, and that the applications' route_prefix serves /v1/models."
      );
      break;
    case "Deleted":
      hints.push(
        "Something else deleted the RayService (or its namespace) while deploy waited: another job, the janitor, or a person."
      );
      break;
    case "ApiUnavailable":
      hints.push("The Kubernetes API stopped answering: check the cluster, then run teardown for the namespace.");
      break;
    case "Unschedulable":
      break;
  }
  return hints;
}
function diagnose(input) {
  const pods = input.snapshot?.pods ?? [];
  const events = (input.snapshot?.events ?? []).slice(-MAX_EVENTS);
  const readiness2 = input.readiness ?? {
    ready: false,
    shape: "serviceStatus",
    waitingFor: [],
    serveEndpoints: 0
  };
  return {
    apiVersion: API_VERSION,
    kind: "DeployDiagnosis",
    namespace: input.namespace,
    rayService: input.rayService,
    cause: input.cause,
    message: input.message,
    waitedMs: input.waitedMs,
    hints: hintsFor(input.cause, pods, events, readiness2),
    readiness: {
      shape: readiness2.shape,
      waitingFor: readiness2.waitingFor,
      serveEndpoints: readiness2.serveEndpoints,
      ...readiness2.cluster ? { cluster: readiness2.cluster } : {}
    },
    conditions: input.snapshot?.service?.status?.conditions ?? [],
    status: input.snapshot?.service?.status ?? null,
    pods,
    events
  };
}
var clean = (text) => safeInline(redactTokens(text));
function podLine(pod) {
  const why = [
    pod.unschedulable ? `unschedulable: ${pod.unschedulable}` : "",
    ...pod.waiting.map((w) => `${w.container} ${w.reason}${w.message ? ` (${w.message})` : ""}`),
    pod.lastTermination ? `${pod.lastTermination.container} restarted ${pod.lastTermination.restarts}\xD7, last ${pod.lastTermination.reason}` : ""
  ].filter(Boolean);
  if (!why.length && pod.phase === "Running") return void 0;
  return `${pod.name} (${pod.group}${pod.gpus ? `, ${pod.gpus} GPU` : ""}): ${pod.phase}${why.length ? `, ${why.join("; ")}` : ""}`;
}
function explain(d, diagnosisFile) {
  const lines = [
    `${d.rayService} in namespace ${d.namespace} did not become ready after ${formatDuration(d.waitedMs)}: ${clean(d.message)}`
  ];
  const service = d.status === null ? void 0 : { status: d.status };
  const readiness2 = {
    ready: false,
    shape: d.readiness.shape,
    waitingFor: d.readiness.waitingFor,
    serveEndpoints: d.readiness.serveEndpoints
  };
  if (service)
    lines.push(
      `  RayService: ${clean(conditionSummary(service, readiness2))} | serve endpoints ${d.readiness.serveEndpoints} | apps: ${clean(appSummary(service))}`
    );
  if (d.readiness.waitingFor.length) lines.push(`  waiting for: ${clean(d.readiness.waitingFor.join("; "))}`);
  lines.push(`  pods: ${clean(podSummary(d.pods))}`);
  for (const line of d.pods.map(podLine).filter((l) => l !== void 0).slice(0, 8))
    lines.push(`    ${clean(line)}`);
  const warnings = d.events.filter(
    (e) => e.type === "Warning" && !(e.reason === "FailedScheduling" && d.pods.some((p2) => p2.unschedulable === e.message))
  ).slice(-5);
  if (warnings.length) {
    lines.push("  recent warnings:");
    for (const e of warnings)
      lines.push(`    ${clean(`${e.reason} ${e.object}: ${e.message}${e.count > 1 ? ` (\xD7${e.count})` : ""}`)}`);
  }
  for (const hint of d.hints) lines.push(`  what to do: ${clean(hint)}`);
  if (diagnosisFile) lines.push(`  diagnostics: ${clean(diagnosisFile)}`);
  return lines.join("\n");
}

// src/deploy/manifest.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
function renderedManifestPath(manifest) {
  return manifest.replace(/\.ya?ml$/i, "") + ".json";
}
async function readDeployManifest(cwd, manifestPath, renderedPath) {
  const fail = (...problems2) => ({ ok: false, problems: problems2 });
  const rendered = await readContract(
    resolve(cwd, renderedPath ?? renderedManifestPath(manifestPath)),
    RENDERED_MANIFEST
  );
  if (!rendered.ok) {
    return fail(
      renderedPath ? rendered.problem : `${rendered.problem} deploy reads the RenderedManifest render wrote beside the manifest (render --result); pass it with --rendered FILE.`
    );
  }
  const path = resolve(cwd, manifestPath);
  const size = await stat(path).then(
    (s) => s.size,
    () => -1
  );
  if (size < 0) return fail(`Cannot read ${manifestPath}: no such file.`);
  if (size > YAML_LIMITS.maxBytes)
    return fail(`${manifestPath} is larger than ${YAML_LIMITS.maxBytes / 1024 / 1024} MB.`);
  const text = await readFile(path, "utf8");
  const parsed = parseYamlFile(manifestPath, text);
  const syntax = parsed.documents.flatMap(
    (d) => d.problems.map((p2) => `${manifestPath}:${p2.span.start.line}:${p2.span.start.column}: ${p2.message}`)
  );
  if (syntax.length) return fail(...syntax);
  const { namespace, name } = rendered.value;
  const objects = [];
  const problems = [];
  parsed.documents.forEach((doc, i) => {
    if (doc.value === null || doc.value === void 0) return;
    const object = dict(doc.value);
    const where = `${manifestPath}: document ${i + 1}${object.kind ? ` (${object.kind})` : ""}`;
    if (typeof object.apiVersion !== "string" || typeof object.kind !== "string" || typeof object.metadata?.name !== "string") {
      problems.push(`${where} has no apiVersion, kind and metadata.name.`);
    } else if (object.metadata.namespace !== namespace) {
      problems.push(
        `${where} is ${object.metadata.namespace ? `in namespace ${object.metadata.namespace}` : "not namespaced"}, not the run's namespace ${namespace}: deploy creates only what teardown removes with the namespace; render the file again.`
      );
    } else objects.push(object);
  });
  if (problems.length) return fail(...problems);
  const services = objects.filter((o) => o.apiVersion === "ray.io/v1" && o.kind === "RayService");
  if (services.length !== 1 || services[0].metadata.name !== name) {
    return fail(
      `${manifestPath} holds ${services.length === 1 ? `the RayService ${services[0].metadata.name}` : `${services.length} ray.io/v1 RayServices`}, but its RenderedManifest names ${name}; pass the pair render wrote together.`
    );
  }
  return {
    ok: true,
    manifest: { rendered: rendered.value, objects, rayService: services[0] }
  };
}

// src/deploy/namespace.ts
var MANAGED_BY = "rayservice-ci";
var OWNED_SELECTOR = `${LABELS.managedBy}=${MANAGED_BY}`;
function isOurs(namespace) {
  return namespace.metadata?.labels?.[LABELS.managedBy] === MANAGED_BY;
}
function runIdOf(namespace) {
  return namespace.metadata?.labels?.[LABELS.runId];
}
function expiresAt(namespace) {
  const text = namespace.metadata?.annotations?.[ANNOTATIONS.expiresAt];
  const ms = text ? Date.parse(text) : NaN;
  return Number.isFinite(ms) ? ms : void 0;
}
async function createRunNamespace(kc, rendered, bounds) {
  const core = kc.makeApiClient(ObjectCoreV1Api);
  const body = {
    metadata: {
      name: rendered.namespace,
      labels: { ...rendered.labels, [LABELS.managedBy]: MANAGED_BY, [LABELS.runId]: rendered.runId },
      annotations: { [ANNOTATIONS.expiresAt]: rendered.expiresAt }
    }
  };
  const created = await attempt(() => core.createNamespace({ body }, callOptions(bounds)), { signal: bounds.signal });
  if (created.ok) return { ok: true, created: true };
  if (created.failure.code !== 409)
    return { ok: false, problem: `Cannot create the namespace ${rendered.namespace}: ${created.failure.message}` };
  const existing = await attempt(() => core.readNamespace({ name: rendered.namespace }, callOptions(bounds)), {
    signal: bounds.signal
  });
  if (!existing.ok)
    return {
      ok: false,
      problem: `The namespace ${rendered.namespace} exists but cannot be read: ${existing.failure.message}`
    };
  if (!isOurs(existing.value) || runIdOf(existing.value) !== rendered.runId) {
    return {
      ok: false,
      problem: `The namespace ${rendered.namespace} already exists and is not this run's (it lacks ${LABELS.managedBy}=${MANAGED_BY}, ${LABELS.runId}=${rendered.runId}); render with another --namespace. Nothing in it was changed.`
    };
  }
  if (existing.value.metadata?.deletionTimestamp) {
    return {
      ok: false,
      problem: `The namespace ${rendered.namespace} is being deleted (an earlier teardown of this run); wait until it is gone, or render with another --namespace or --run-id.`
    };
  }
  return { ok: true, created: false };
}

// src/deploy/permissions.ts
var p = (verb, group, resource, scope, usedBy, why, extra = {}) => ({ verb, group, resource, scope, usedBy, why, ...extra });
var PERMISSIONS = [
  p("create", "", "namespaces", "cluster", ["deploy"], "create the run's namespace"),
  p(
    "get",
    "",
    "namespaces",
    "cluster",
    ["deploy", "teardown"],
    "check a namespace is ours before using or deleting it"
  ),
  p("delete", "", "namespaces", "cluster", ["teardown", "janitor"], "delete the run's namespace"),
  p("list", "", "namespaces", "cluster", ["janitor"], "find expired namespaces of ours"),
  // Server-side apply creates what does not exist yet: the API server checks create as well as patch.
  p("create", "", "secrets", "namespace", ["deploy"], "create the Secrets the manifest refers to", {
    onlyFor: "secrets"
  }),
  p("patch", "", "secrets", "namespace", ["deploy"], "apply the Secrets (server-side apply)", { onlyFor: "secrets" }),
  p("create", "", "resourcequotas", "namespace", ["deploy"], "cap the run's GPUs (--max-gpus)", { onlyFor: "quota" }),
  p("patch", "", "resourcequotas", "namespace", ["deploy"], "apply the GPU quota (server-side apply)", {
    onlyFor: "quota"
  }),
  p("create", "ray.io", "rayservices", "namespace", ["deploy"], "create the RayService"),
  p(
    "patch",
    "ray.io",
    "rayservices",
    "namespace",
    ["deploy", "teardown"],
    "apply the RayService; remove a finalizer the operator can no longer remove"
  ),
  p("get", "ray.io", "rayservices", "namespace", ["deploy", "teardown"], "read the RayService status while waiting"),
  p("list", "ray.io", "rayservices", "namespace", ["teardown"], "find the RayServices to delete"),
  p("delete", "ray.io", "rayservices", "namespace", ["teardown"], "delete the RayService before its namespace"),
  p(
    "list",
    "ray.io",
    "rayclusters",
    "namespace",
    ["deploy", "teardown"],
    "read the KubeRay version and what still runs"
  ),
  p(
    "patch",
    "ray.io",
    "rayclusters",
    "namespace",
    ["teardown"],
    "remove a finalizer the operator can no longer remove"
  ),
  p("list", "", "pods", "namespace", ["deploy"], "report pods pending and running, and why"),
  p("get", "", "pods", "namespace", ["deploy"], "port-forward to the head pod"),
  // client-node forwards over WebSocket, an HTTP GET (RBAC verb get); Kubernetes 1.35's
  // AuthorizePodWebsocketUpgradeCreatePermission also asks for create, which SPDY clients always needed.
  p("get", "", "pods", "namespace", ["deploy"], "port-forward to the head pod (WebSocket)", {
    subresource: "portforward"
  }),
  p("create", "", "pods", "namespace", ["deploy"], "port-forward to the head pod", { subresource: "portforward" }),
  p("list", "", "events", "namespace", ["deploy"], "explain a service that does not come up")
];
function permissionsFor(stage, uses = {}) {
  const stages = stage === "deploy" ? ["deploy", "teardown"] : stage === "janitor" ? ["janitor", "teardown"] : [stage];
  return PERMISSIONS.filter(
    (perm) => perm.usedBy.some((s) => stages.includes(s)) && (perm.onlyFor === void 0 || uses[perm.onlyFor])
  );
}
function describePermission(perm) {
  const resource = `${perm.resource}${perm.subresource ? `/${perm.subresource}` : ""}${perm.group ? `.${perm.group}` : ""}`;
  return `${perm.verb} ${resource}${perm.scope === "cluster" ? " (cluster-wide)" : ""}: ${perm.why}`;
}
var RBAC_DOC = "docs/rbac.yaml";

// src/deploy/preflight.ts
async function preflight(kc, request) {
  const options = callOptions(request.bounds);
  const failed = (problem, rest = {}) => ({
    ok: false,
    missing: [],
    problems: [problem],
    ...rest
  });
  const version = await attempt(() => kc.makeApiClient(ObjectVersionApi).getCode(void 0, options), {
    signal: request.bounds.signal
  });
  if (!version.ok) {
    return failed(
      `The Kubernetes API at ${request.server} does not answer (${version.failure.message}); check the kubeconfig's server and that the cluster is up.`
    );
  }
  const kubernetesVersion = version.value.gitVersion;
  const served = await attempt(() => servesKind(kc, "ray.io/v1", "RayService"), { signal: request.bounds.signal });
  if (!served.ok && served.failure.code !== 404) {
    return failed(`Cannot ask the API server which kinds it serves (${served.failure.message}).`, {
      kubernetesVersion
    });
  }
  if (!served.ok || !served.value) {
    const groups = await attempt(() => kc.makeApiClient(ObjectApisApi).getAPIVersions(void 0, options), {
      signal: request.bounds.signal
    });
    const ray = groups.ok ? groups.value.groups.find((g) => g.name === "ray.io") : void 0;
    const versions = ray?.versions.map((v) => v.version) ?? [];
    return failed(
      ray ? `KubeRay's API is served only as ray.io/${versions.join(", ray.io/")}, without RayService in ray.io/v1; rayservice-ci needs KubeRay 1.1 or later (upgrade the operator and its CRDs).` : "The cluster does not serve ray.io (no KubeRay CRDs); install the KubeRay operator 1.1 or later (https://docs.ray.io/en/latest/cluster/kubernetes/getting-started/kuberay-operator-installation.html).",
      { kubernetesVersion }
    );
  }
  const wanted = permissionsFor(request.stage, request.uses);
  const auth = kc.makeApiClient(ObjectAuthorizationV1Api);
  const reviews = await Promise.all(
    wanted.map(async (perm) => {
      const resourceAttributes = {
        verb: perm.verb,
        group: perm.group,
        resource: perm.resource,
        ...perm.subresource ? { subresource: perm.subresource } : {},
        ...perm.scope === "namespace" && request.namespace ? { namespace: request.namespace } : {}
      };
      const review = await attempt(
        () => auth.createSelfSubjectAccessReview({ body: { spec: { resourceAttributes } } }, options),
        { signal: request.bounds.signal }
      );
      return { perm, review };
    })
  );
  const unanswered = reviews.find((r) => !r.review.ok);
  if (unanswered && !unanswered.review.ok) {
    return failed(`Cannot check permissions with a SelfSubjectAccessReview (${unanswered.review.failure.message}).`, {
      kubernetesVersion
    });
  }
  const missing = reviews.filter((r) => r.review.ok && r.review.value.status?.allowed !== true).map((r) => r.perm);
  if (missing.length) {
    const where = request.namespace ? ` (namespaced ones asked for namespace ${request.namespace})` : "";
    return {
      ok: false,
      kubernetesVersion,
      missing,
      problems: [
        `The kubeconfig's identity lacks ${missing.length} permission${missing.length === 1 ? "" : "s"} ${request.stage} needs${where}:`,
        ...missing.map((perm) => `  - ${describePermission(perm)}`),
        `Grant them with the ClusterRole in ${RBAC_DOC} (kubectl apply -f ${RBAC_DOC}, bound to this identity); nothing was created.`
      ]
    };
  }
  return { ok: true, ...kubernetesVersion ? { kubernetesVersion } : {}, missing: [], problems: [] };
}

// src/deploy/probe.ts
var REQUEST_TIMEOUT_MS = 1e4;
async function probe(kc, request, context) {
  const { clock, signal } = context;
  const reach = await openReach(kc, request.reach, { ...context.note ? { note: context.note } : {} });
  const started = clock.now();
  let last = "no answer yet";
  try {
    for (let attempt2 = 1; attempt2 <= 1e4; attempt2++) {
      if (signal?.aborted) return { ok: false, cancelled: true, message: "cancelled" };
      try {
        const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
        const answer = await fetch(`${reach.url}${request.path}`, {
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout
        });
        const text = await answer.text();
        if (answer.status === 200) {
          let models = [];
          try {
            models = (JSON.parse(text).data ?? []).map((m) => String(m.id));
          } catch {
            models = [];
          }
          return { ok: true, status: answer.status, models, attempts: attempt2 };
        }
        last = `HTTP ${answer.status}`;
      } catch (error) {
        last = error.name === "TimeoutError" ? `no answer in ${formatDuration(REQUEST_TIMEOUT_MS)}` : "the connection failed";
      }
      const left = request.deadline - clock.now();
      if (left <= 0) break;
      await clock.sleep(Math.min(request.pollMs ?? 2e3, left), signal);
    }
    if (signal?.aborted) return { ok: false, cancelled: true, message: "cancelled" };
    const where = request.reach.kind === "url" ? request.reach.url : `a port-forward to ${request.reach.namespace}/${reach.pod() ?? request.reach.pod}:${request.reach.port}`;
    return {
      ok: false,
      cancelled: false,
      message: `GET ${request.path} through ${where} did not answer 200 within ${formatDuration(clock.now() - started)} (last: ${last})`
    };
  } finally {
    await reach.close();
  }
}

// src/deploy/secrets.ts
function buildSecrets(namespace, labels, references, given, env) {
  const missing = references.filter((ref) => !(given[ref.env] ?? env[ref.env]));
  if (missing.length) {
    const names = [...new Set(missing.map((ref) => ref.env))];
    return {
      ok: false,
      problem: `No value for ${names.join(", ")}, which the manifest reads from Secret${missing.length === 1 ? "" : "s"} ${[...new Set(missing.map((r) => `${r.secretName}/${r.key}`))].join(", ")}: set ${names.length === 1 ? "it" : "them"} in the environment, or pass ${names.map((n) => `${n}=\u2026`).join(", ")} in the deploy action's secrets input.`
    };
  }
  const data = /* @__PURE__ */ new Map();
  const values = [];
  for (const ref of references) {
    const value = given[ref.env] ?? env[ref.env];
    values.push(value);
    const secret = data.get(ref.secretName) ?? {};
    secret[ref.key] = Buffer.from(value, "utf8").toString("base64");
    data.set(ref.secretName, secret);
  }
  const secrets = [...data].map(
    ([name, entries]) => ({
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name, namespace, labels: { ...labels } },
      type: "Opaque",
      data: entries
    })
  );
  return { ok: true, secrets, values };
}
function parseSecretValues(lines) {
  const values = {};
  for (const [i, line] of lines.entries()) {
    const eq = line.indexOf("=");
    const name = eq > 0 ? line.slice(0, eq).trim() : "";
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
      return { problem: `secrets: line ${i + 1} is not NAME=VALUE (NAME an environment variable name).` };
    values[name] = line.slice(eq + 1);
  }
  return { values };
}
function gpuQuota(namespace, labels, maxGpus) {
  return {
    apiVersion: "v1",
    kind: "ResourceQuota",
    metadata: { name: "rayservice-ci-gpus", namespace, labels: { ...labels } },
    spec: { hard: { "requests.nvidia.com/gpu": String(maxGpus) } }
  };
}

// src/deploy/types.ts
var reachSchema = {
  oneOf: [
    {
      type: "object",
      required: ["kind", "namespace", "podSelector", "pod", "port"],
      properties: {
        kind: { const: "port-forward" },
        namespace: { type: "string" },
        podSelector: { type: "string" },
        pod: { type: "string" },
        port: { type: "integer", minimum: 1, maximum: 65535 },
        rayService: { type: "string" }
      }
    },
    { type: "object", required: ["kind", "url"], properties: { kind: { const: "url" }, url: { type: "string" } } }
  ]
};
var deploymentSchema = {
  type: "object",
  required: [
    "apiVersion",
    "kind",
    "namespace",
    "rayService",
    "rayCluster",
    "serveService",
    "endpoint",
    "dashboard",
    "kubeRayVersion",
    "timings",
    "runId"
  ],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: "Deployment" },
    context: { type: "string" },
    namespace: { type: "string" },
    rayService: { type: "string" },
    rayCluster: { type: "string" },
    serveService: { type: "string" },
    endpoint: reachSchema,
    dashboard: reachSchema,
    kubeRayVersion: { type: "string" },
    rayVersion: { type: "string" },
    runId: { type: "string" },
    timings: {
      type: "object",
      required: ["startedAt", "preflightMs", "applyMs"],
      properties: {
        startedAt: { type: "string" },
        readyAt: { type: "string" },
        preflightMs: { type: "number" },
        applyMs: { type: "number" },
        readyMs: { type: "number" },
        statusReadyMs: { type: "number" },
        probeMs: { type: "number" }
      }
    }
  }
};
var DEPLOYMENT = defineContract("Deployment", deploymentSchema);

// src/deploy/snapshot.ts
var RAY_SERVICE = { group: "ray.io", version: "v1", plural: "rayservices" };
function gpusOf(pod) {
  let total = 0;
  for (const container of pod.spec?.containers ?? []) {
    for (const [key, value] of Object.entries(container.resources?.limits ?? {}))
      if (/gpu$/.test(key)) total += Number(value) || 0;
  }
  return total;
}
function podView(pod) {
  const labels = pod.metadata?.labels ?? {};
  const type = labels["ray.io/node-type"];
  const scheduled = (pod.status?.conditions ?? []).find((c) => c.type === "PodScheduled");
  const statuses = [...pod.status?.initContainerStatuses ?? [], ...pod.status?.containerStatuses ?? []];
  const waiting = statuses.flatMap(
    (s) => s.state?.waiting?.reason ? [
      {
        container: s.name,
        reason: s.state.waiting.reason,
        ...s.state.waiting.message ? { message: s.state.waiting.message } : {}
      }
    ] : []
  );
  const restarted = statuses.find((s) => s.restartCount > 0 && s.lastState?.terminated?.reason);
  return {
    name: pod.metadata?.name ?? "",
    group: labels["ray.io/group"] ?? "-",
    nodeType: type === "head" || type === "worker" ? type : "other",
    cluster: labels["ray.io/cluster"] ?? "",
    phase: pod.status?.phase ?? "Unknown",
    ready: (pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True"),
    deleting: Boolean(pod.metadata?.deletionTimestamp),
    ...scheduled?.status === "False" && scheduled.reason === "Unschedulable" ? { unschedulable: scheduled.message ?? "Unschedulable" } : {},
    waiting,
    ...restarted ? {
      lastTermination: {
        container: restarted.name,
        reason: restarted.lastState.terminated.reason,
        restarts: restarted.restartCount
      }
    } : {},
    gpus: gpusOf(pod)
  };
}
function time(value) {
  if (value instanceof Date) return value.toISOString();
  return typeof value === "string" ? value : "";
}
function eventView(event) {
  const object = `${event.involvedObject?.kind ?? "?"}/${event.involvedObject?.name ?? "?"}`;
  const reason = event.reason ?? "";
  const message = event.message ?? "";
  return {
    type: event.type ?? "Normal",
    reason,
    message,
    object,
    count: event.count ?? 1,
    last: time(event.lastTimestamp) || time(event.eventTime) || time(event.firstTimestamp),
    key: `${object}|${reason}|${message}`
  };
}
async function takeSnapshot(kc, namespace, name, at, bounds, previous) {
  const options = callOptions(bounds);
  const once = { tries: 1 };
  const custom = kc.makeApiClient(ObjectCustomObjectsApi);
  const core = kc.makeApiClient(ObjectCoreV1Api);
  const [service, pods, events] = await Promise.all([
    attempt(
      () => custom.getNamespacedCustomObject({ ...RAY_SERVICE, namespace, name }, options),
      once
    ),
    attempt(() => core.listNamespacedPod({ namespace, labelSelector: "ray.io/cluster" }, options), once),
    attempt(() => core.listNamespacedEvent({ namespace, limit: 500 }, options), once)
  ]);
  const serviceMissing = !service.ok && service.failure.code === 404;
  const failure = [service, pods, events].find((r) => !r.ok && !(r === service && serviceMissing));
  return {
    at,
    service: service.ok ? service.value : void 0,
    pods: pods.ok ? pods.value.items.map(podView).sort((a, b) => a.name.localeCompare(b.name)) : previous?.pods ?? [],
    events: events.ok ? events.value.items.map(eventView).sort((a, b) => a.last.localeCompare(b.last)) : previous?.events ?? [],
    ...failure && !failure.ok ? { failure: failure.failure } : {}
  };
}

// src/deploy/wait.ts
var DEFAULT_POLL_MS = 2e3;
var MAX_POLLS = 1e5;
async function waitUntilServing(kc, request, context) {
  const { clock, signal } = context;
  const pollMs = request.pollMs ?? DEFAULT_POLL_MS;
  const started = clock.now();
  const reporter = new ProgressReporter(context.progress, started);
  const unschedulableSince = /* @__PURE__ */ new Map();
  let deployFailedSince;
  let failedReads = 0;
  let seen = false;
  let last = {};
  for (let poll = 0; poll < MAX_POLLS; poll++) {
    if (signal?.aborted)
      return { ok: false, cause: "Cancelled", message: `cancelled (${String(signal.reason ?? "signal")})`, ...last };
    const now = clock.now();
    const snapshot = await takeSnapshot(
      kc,
      request.namespace,
      request.name,
      now,
      { ...context.bounds, signal },
      last.snapshot
    );
    if (signal?.aborted)
      return { ok: false, cause: "Cancelled", message: `cancelled (${String(signal.reason ?? "signal")})`, ...last };
    if (poll === 0) reporter.skipEvents(snapshot.events);
    if (!snapshot.service) {
      if (snapshot.failure) {
        failedReads++;
        if (!isTransient(snapshot.failure) || failedReads >= (request.maxFailedReads ?? 15)) {
          return {
            ok: false,
            cause: "ApiUnavailable",
            message: `cannot read the RayService ${failedReads} time${failedReads === 1 ? "" : "s"} in a row: ${snapshot.failure.message}`,
            ...last
          };
        }
      } else {
        return {
          ok: false,
          cause: "Deleted",
          message: seen ? "the RayService was deleted while deploy waited" : "the RayService does not exist after it was applied",
          snapshot,
          ...last.readiness ? { readiness: last.readiness } : {}
        };
      }
    } else {
      failedReads = 0;
      seen = true;
      const readiness2 = readiness(snapshot.service);
      last = { snapshot, readiness: readiness2 };
      reporter.update(snapshot, readiness2, now);
      if (readiness2.failure && !readiness2.failure.retried)
        return { ok: false, cause: readiness2.failure.cause, message: readiness2.failure.message, snapshot, readiness: readiness2 };
      if (readiness2.failure) {
        deployFailedSince ??= now;
        if (now - deployFailedSince >= request.deployFailedGraceMs)
          return {
            ok: false,
            cause: readiness2.failure.cause,
            message: `${readiness2.failure.message} (for ${formatDuration(now - deployFailedSince)})`,
            snapshot,
            readiness: readiness2
          };
      } else deployFailedSince = void 0;
      if (readiness2.ready) return { ok: true, snapshot, readiness: readiness2 };
      const unschedulable = snapshot.pods.filter((p2) => p2.unschedulable && !p2.deleting);
      for (const name of [...unschedulableSince.keys()])
        if (!unschedulable.some((p2) => p2.name === name)) unschedulableSince.delete(name);
      for (const pod of unschedulable) if (!unschedulableSince.has(pod.name)) unschedulableSince.set(pod.name, now);
      const stuck = unschedulable.find((p2) => now - unschedulableSince.get(p2.name) >= request.unschedulableGraceMs);
      if (stuck) {
        const count = unschedulable.length;
        return {
          ok: false,
          cause: "Unschedulable",
          // The scheduler's summary, without its preemption postscript.
          message: `${count === 1 ? `pod ${stuck.name} has` : `${count} pods have`} been unschedulable for ${formatDuration(now - unschedulableSince.get(stuck.name))} (grace ${formatDuration(request.unschedulableGraceMs)}): ${stuck.unschedulable.split(" preemption:")[0]}`,
          snapshot,
          readiness: readiness2
        };
      }
    }
    const left = request.deadline - clock.now();
    if (left <= 0) {
      const waiting = last.readiness?.waitingFor.join("; ") ?? "the RayService";
      return {
        ok: false,
        cause: "Timeout",
        message: `not serving within ${formatDuration(request.deadline - started)}; still waiting for ${waiting}`,
        ...last
      };
    }
    await clock.sleep(Math.min(pollMs, left), signal);
  }
  return { ok: false, cause: "Timeout", message: `gave up after ${MAX_POLLS} polls`, ...last };
}

// src/deploy/run.ts
var DEFAULT_TIMEOUT = "20m";
var DEFAULT_UNSCHEDULABLE_GRACE = "5m";
var DEPLOY_FAILED_GRACE_MS = 3e4;
var RAY_CLUSTERS = { group: "ray.io", version: "v1", plural: "rayclusters" };
function headPort(manifest, name, fallback) {
  const head = dict(dict(dict(manifest.rayService.spec)["rayClusterConfig"])["headGroupSpec"]);
  const container = dict(list(dict(dict(head["template"])["spec"])["containers"])[0]);
  const port = list(container["ports"]).map(dict).find((p2) => p2["name"] === name);
  return typeof port?.["containerPort"] === "number" ? port["containerPort"] : fallback;
}
function probePath(manifest) {
  const config = manifest.rayService.spec?.serveConfigV2;
  const parsed = typeof config === "string" ? parseYamlText(config) : void 0;
  return parsed && serveApps(parsed.value).some((app) => app.isLlm) ? "/v1/models" : "/-/routes";
}
async function kubeRayVersion(kc, namespace, cluster, bounds) {
  const clusters = await attempt(
    () => kc.makeApiClient(ObjectCustomObjectsApi).listNamespacedCustomObject({ ...RAY_CLUSTERS, namespace }, callOptions(bounds)),
    { signal: bounds.signal }
  );
  const annotation = clusters.ok ? clusters.value.items?.find((c) => c.metadata?.name === cluster)?.metadata?.annotations?.["ray.io/kuberay-version"] : void 0;
  return annotation ? annotation.replace(/^v/, "") : "unknown";
}
async function runDeploy(context, request) {
  const { clock, signal } = context;
  const say = (text) => context.progress.line(safeInline(text));
  const input = (...problems) => ({ ok: false, kind: "input", problems });
  const startedAt = clock.now();
  const timeoutMs = parseDuration(request.timeout ?? DEFAULT_TIMEOUT);
  if (typeof timeoutMs === "string") return input(`timeout: ${timeoutMs}`);
  const graceMs = parseDuration(request.unschedulableGrace ?? DEFAULT_UNSCHEDULABLE_GRACE);
  if (typeof graceMs === "string") return input(`unschedulable-grace: ${graceMs}`);
  if (request.maxGpus !== void 0 && (!Number.isInteger(request.maxGpus) || request.maxGpus < 0))
    return input(`max-gpus takes a whole number from 0, not ${request.maxGpus}.`);
  const deadline = startedAt + timeoutMs;
  const pollMs = context.pollMs ?? 2e3;
  const bounds = { signal };
  const read = await readDeployManifest(context.cwd, request.manifest, request.rendered);
  if (!read.ok) return input(...read.problems);
  const manifest = read.manifest;
  const { namespace, name, runId } = manifest.rendered;
  const secrets = buildSecrets(
    namespace,
    manifest.rendered.labels,
    manifest.rendered.secrets,
    request.secretValues ?? {},
    context.env
  );
  if (!secrets.ok) return input(secrets.problem);
  for (const value of secrets.values) context.mask?.(value);
  const kube = loadKubeConfig({
    kubeconfig: request.kubeconfig,
    context: request.context,
    cwd: context.cwd,
    env: context.env
  });
  if (!kube.ok) return input(kube.problem);
  const { kc } = kube;
  const cancelled = (namespaceMayExist) => ({
    ok: false,
    kind: "cancelled",
    problems: [
      `deploy cancelled (${String(signal?.reason ?? "signal")})${namespaceMayExist ? `; teardown removes the namespace ${namespace}` : "; nothing was created"}.`
    ],
    ...namespaceMayExist ? { namespace } : {}
  });
  const failed = (problem, namespaceMayExist) => ({
    ok: false,
    kind: "failed",
    problems: [problem],
    ...namespaceMayExist ? { namespace } : {}
  });
  say(`preflight: ${kube.server} (context ${kube.context})`);
  const checked = await preflight(kc, {
    stage: "deploy",
    namespace,
    server: kube.server,
    bounds,
    uses: { secrets: secrets.secrets.length > 0, quota: request.maxGpus !== void 0 }
  });
  if (signal?.aborted) return cancelled(false);
  if (!checked.ok) return { ok: false, kind: "failed", problems: checked.problems };
  const preflightMs = Math.round(clock.now() - startedAt);
  say(
    `preflight: Kubernetes ${checked.kubernetesVersion ?? "(version not told)"}, RayService served in ray.io/v1, permissions granted (${preflightMs} ms)`
  );
  const applyStarted = clock.now();
  await context.record?.({ kind: "namespace", name: namespace, context: kube.context, runId });
  const notes = [];
  const ns = await createRunNamespace(kc, manifest.rendered, bounds);
  if (signal?.aborted) return cancelled(true);
  if (!ns.ok) return failed(ns.problem, false);
  if (!ns.created) notes.push(`The namespace ${namespace} already existed for run ${runId}; applied into it again.`);
  const objects = [
    ...secrets.secrets,
    ...request.maxGpus !== void 0 ? [gpuQuota(namespace, manifest.rendered.labels, request.maxGpus)] : [],
    ...manifest.objects
  ];
  for (const object of objects) {
    const applied = await attempt(() => serverSideApply(kc, object, bounds), { signal: bounds.signal });
    if (signal?.aborted) return cancelled(true);
    if (!applied.ok)
      return failed(`Cannot apply ${object.kind} ${object.metadata?.name}: ${applied.failure.message}`, true);
  }
  const applyMs = Math.round(clock.now() - applyStarted);
  say(
    `applied ${objects.map((o) => `${o.kind}/${o.metadata?.name}`).join(", ")} in ${namespace} (${applyMs} ms, field manager rayservice-ci)`
  );
  const waitStarted = clock.now();
  const waited = await waitUntilServing(
    kc,
    { namespace, name, deadline, unschedulableGraceMs: graceMs, deployFailedGraceMs: DEPLOY_FAILED_GRACE_MS, pollMs },
    { clock, signal, progress: context.progress, bounds }
  );
  const fail = async (cause, message) => {
    const diagnosis = diagnose({
      cause,
      message,
      namespace,
      rayService: name,
      waitedMs: clock.now() - waitStarted,
      snapshot: waited.snapshot,
      readiness: waited.readiness
    });
    const file = resolve2(context.cwd, request.diagnosis ?? join(dirname(request.out), "deploy-diagnosis.json"));
    const written2 = await writeContract(file, DEPLOY_DIAGNOSIS, diagnosis);
    return {
      ok: false,
      kind: "failed",
      problems: [explain(diagnosis, written2 ? void 0 : file), ...written2 ? [written2] : []],
      namespace,
      diagnosis,
      ...written2 ? {} : { diagnosisFile: file }
    };
  };
  if (!waited.ok) return waited.cause === "Cancelled" ? cancelled(true) : fail(waited.cause, waited.message);
  const statusReadyMs = Math.round(clock.now() - waitStarted);
  const cluster = waited.readiness.cluster;
  const head = waited.snapshot.pods.find(
    (p2) => p2.nodeType === "head" && p2.cluster === cluster && p2.phase === "Running" && !p2.deleting
  );
  say(
    `status: serving (cluster ${cluster}, ${waited.readiness.serveEndpoints} serve endpoint${waited.readiness.serveEndpoints === 1 ? "" : "s"}, ${statusReadyMs} ms after apply)`
  );
  const forward = (port) => ({
    kind: "port-forward",
    namespace,
    podSelector: headSelector(cluster),
    pod: head?.name ?? "",
    port,
    rayService: name
  });
  const endpoint = request.endpointUrl ? { kind: "url", url: request.endpointUrl } : forward(headPort(manifest, "serve", 8e3));
  const dashboard = request.dashboardUrl ? { kind: "url", url: request.dashboardUrl } : forward(headPort(manifest, "dashboard", 8265));
  const path = probePath(manifest);
  const probeStarted = clock.now();
  const probed = await probe(
    kc,
    { reach: endpoint, path, deadline, pollMs },
    { clock, signal, note: (line) => say(line) }
  );
  if (!probed.ok) return probed.cancelled ? cancelled(true) : fail("ProbeFailed", probed.message);
  const probeMs = Math.round(clock.now() - probeStarted);
  say(
    `probe: GET ${path} answered 200${probed.models.length ? ` (models: ${probed.models.join(", ")})` : ""} after ${probed.attempts} attempt${probed.attempts === 1 ? "" : "s"} (${probeMs} ms)`
  );
  const readyAt = clock.now();
  const version = await kubeRayVersion(kc, namespace, cluster, bounds);
  if (version === "unknown")
    notes.push(
      `The KubeRay version could not be told (no ray.io/kuberay-version on RayCluster ${cluster}); its status has ${waited.readiness.shape === "conditions" ? "conditions, so it is 1.3 or later" : "no conditions, so it is 1.2 or earlier"}.`
    );
  const rayVersion = dict(dict(manifest.rayService.spec)["rayClusterConfig"])["rayVersion"];
  const deployment = {
    apiVersion: API_VERSION,
    kind: "Deployment",
    context: kube.context,
    namespace,
    rayService: name,
    rayCluster: cluster,
    serveService: serveServiceName(manifest.rayService),
    endpoint,
    dashboard,
    kubeRayVersion: version,
    ...typeof rayVersion === "string" ? { rayVersion } : {},
    runId,
    timings: {
      startedAt: new Date(startedAt).toISOString(),
      readyAt: new Date(readyAt).toISOString(),
      preflightMs,
      applyMs,
      readyMs: readyAt - waitStarted,
      statusReadyMs,
      probeMs
    }
  };
  const written = await writeContract(resolve2(context.cwd, request.out), DEPLOYMENT, deployment);
  if (written) return input(written);
  return { ok: true, deployment, notes };
}

// src/deploy/teardown.ts
var KUBERAY_FINALIZERS = ["ray.io/rayservice-finalizer", "ray.io/gcs-ft-redis-cleanup-finalizer"];
var RAY = { group: "ray.io", version: "v1" };
var isKubeRayFinalizer = (finalizer) => KUBERAY_FINALIZERS.includes(finalizer);
async function listRay(kc, namespace, plural, bounds) {
  const listed = await attempt(
    () => kc.makeApiClient(ObjectCustomObjectsApi).listNamespacedCustomObject({ ...RAY, plural, namespace }, callOptions(bounds)),
    { signal: bounds.signal }
  );
  if (!listed.ok) return listed.failure.code === 404 ? [] : listed.failure.message;
  return (listed.value.items ?? []).map((o) => ({
    plural,
    name: o.metadata?.name ?? "",
    finalizers: o.metadata?.finalizers ?? [],
    deleting: Boolean(o.metadata?.deletionTimestamp)
  }));
}
async function tearDown(kc, namespace, options, context) {
  const { clock, signal } = context;
  const say = (line) => context.say(safeInline(line));
  const bounds = { signal };
  const pollMs = options.pollMs ?? 1e3;
  const core = kc.makeApiClient(ObjectCoreV1Api);
  const custom = kc.makeApiClient(ObjectCustomObjectsApi);
  const found = await attempt(() => core.readNamespace({ name: namespace }, callOptions(bounds)), {
    signal: bounds.signal
  });
  if (!found.ok) {
    if (found.failure.code === 404) {
      say(`namespace ${namespace}: already gone`);
      return { ok: true, result: "already-gone", forcedFinalizers: [] };
    }
    return { ok: false, refused: false, problem: `Cannot read the namespace ${namespace}: ${found.failure.message}` };
  }
  if (!isOurs(found.value))
    return {
      ok: false,
      refused: true,
      problem: `The namespace ${namespace} does not carry ${LABELS.managedBy}=${MANAGED_BY}; rayservice-ci deletes only namespaces it created. Nothing was deleted.`
    };
  if (options.runId !== void 0 && runIdOf(found.value) !== options.runId) {
    return {
      ok: false,
      refused: true,
      problem: `The namespace ${namespace} belongs to run ${runIdOf(found.value) ?? "(none)"}, not ${options.runId}. Nothing was deleted.`
    };
  }
  const services = await listRay(kc, namespace, "rayservices", bounds);
  if (typeof services === "string")
    return { ok: false, refused: false, problem: `Cannot list the RayServices in ${namespace}: ${services}` };
  for (const service of services.filter((s) => !s.deleting)) {
    const deleted2 = await attempt(
      () => custom.deleteNamespacedCustomObject(
        { ...RAY, plural: "rayservices", namespace, name: service.name, propagationPolicy: "Background" },
        callOptions(bounds)
      ),
      { signal: bounds.signal }
    );
    if (!deleted2.ok && deleted2.failure.code !== 404)
      return {
        ok: false,
        refused: false,
        problem: `Cannot delete RayService ${namespace}/${service.name}: ${deleted2.failure.message}`
      };
    say(`RayService ${namespace}/${service.name}: deleted; waiting for KubeRay to remove its clusters`);
  }
  const forcedFinalizers = [];
  const graceMs = options.finalizerGraceMs ?? 6e4;
  const waitStarted = clock.now();
  const sweep = async () => {
    const [services2, clusters] = await Promise.all([
      listRay(kc, namespace, "rayservices", bounds),
      listRay(kc, namespace, "rayclusters", bounds)
    ]);
    if (typeof services2 === "string" || typeof clusters === "string")
      return `Cannot list what remains in ${namespace}: ${typeof services2 === "string" ? services2 : clusters}`;
    const stuck = [...services2, ...clusters].filter((h) => h.deleting && h.finalizers.some(isKubeRayFinalizer));
    if (clock.now() - waitStarted < graceMs) return { services: services2, stuck };
    for (const held of stuck) {
      const keep = held.finalizers.filter((f) => !isKubeRayFinalizer(f));
      const removed = held.finalizers.filter((f) => isKubeRayFinalizer(f));
      say(
        `WARNING: ${held.plural === "rayservices" ? "RayService" : "RayCluster"} ${namespace}/${held.name} is still held by ${removed.join(", ")} ${formatDuration(clock.now() - waitStarted)} after deletion: the KubeRay operator is not running or not reconciling. Removing the finalizer as a last resort so the namespace can go; check that nothing of this run is left outside the cluster (external storage, the GCS Redis).`
      );
      const patch = [
        { op: "test", path: "/metadata/finalizers", value: held.finalizers },
        { op: "replace", path: "/metadata/finalizers", value: keep }
      ];
      const patched = await attempt(
        () => custom.patchNamespacedCustomObject(
          { ...RAY, plural: held.plural, namespace, name: held.name, body: patch },
          callOptions({ ...bounds, headers: { "Content-Type": PatchStrategy.JsonPatch } })
        ),
        { signal: bounds.signal }
      );
      if (!patched.ok && patched.failure.code !== 404 && patched.failure.code !== 422)
        return `Cannot remove the finalizer of ${held.plural} ${namespace}/${held.name}: ${patched.failure.message}`;
      if (patched.ok) forcedFinalizers.push(`${held.plural}/${held.name}`);
    }
    return { services: services2, stuck };
  };
  const failed = (problem) => ({ ok: false, refused: false, problem });
  for (let poll = 0; poll < 1e4; poll++) {
    const left = await sweep();
    if (typeof left === "string") return failed(left);
    if (signal?.aborted) return failed(`teardown of ${namespace} cancelled; run it again.`);
    if (!left.services.length && !left.stuck.length) break;
    await clock.sleep(pollMs, signal);
  }
  const deleted = await attempt(
    () => core.deleteNamespace({ name: namespace, propagationPolicy: "Background" }, callOptions(bounds)),
    { signal: bounds.signal }
  );
  if (!deleted.ok && deleted.failure.code !== 404)
    return failed(`Cannot delete the namespace ${namespace}: ${deleted.failure.message}`);
  say(`namespace ${namespace}: deleted; waiting for it to go`);
  const nsWaitMs = options.namespaceWaitMs ?? 12e4;
  const nsStarted = clock.now();
  for (let poll = 0; poll < 1e4; poll++) {
    const still = await attempt(() => core.readNamespace({ name: namespace }, callOptions(bounds)), {
      signal: bounds.signal
    });
    if (!still.ok && still.failure.code === 404) {
      say(`namespace ${namespace}: gone (${formatDuration(clock.now() - waitStarted)})`);
      return { ok: true, result: "deleted", forcedFinalizers };
    }
    if (signal?.aborted || clock.now() - nsStarted >= nsWaitMs) break;
    const swept = await sweep();
    if (typeof swept === "string") return failed(swept);
    await clock.sleep(pollMs, signal);
  }
  say(
    `namespace ${namespace}: still Terminating after ${formatDuration(clock.now() - nsStarted)}; Kubernetes removes it once its contents are gone (the janitor checks again)`
  );
  return { ok: true, result: "terminating", forcedFinalizers };
}

// src/deploy/janitor.ts
async function runJanitor(kc, request, context) {
  const empty = { expired: [], failed: [], noExpiry: [], notExpired: 0, deferred: [] };
  const listed = await attempt(
    () => kc.makeApiClient(ObjectCoreV1Api).listNamespace({ labelSelector: OWNED_SELECTOR }, callOptions({ signal: context.signal }))
  );
  if (!listed.ok)
    return {
      ok: false,
      ...empty,
      problem: `Cannot list namespaces labelled ${OWNED_SELECTOR}: ${listed.failure.message}`
    };
  const now = context.clock.now();
  const namespaces = listed.value.items.map((ns) => ({ name: ns.metadata?.name ?? "", expiry: expiresAt(ns) }));
  const noExpiry = namespaces.filter((ns) => ns.expiry === void 0).map((ns) => ns.name);
  for (const name of noExpiry) context.say(`${name}: no readable ${ANNOTATIONS.expiresAt} annotation; left alone`);
  const expired = namespaces.filter((ns) => ns.expiry !== void 0 && ns.expiry <= now).sort((a, b) => a.expiry - b.expiry);
  const limit = request.limit ?? 20;
  const due = expired.slice(0, limit);
  const deferred = expired.slice(limit).map((ns) => ns.name);
  const failed = [];
  for (const ns of due) {
    if (context.signal?.aborted) break;
    const ago = formatDuration(now - ns.expiry);
    if (request.dryRun) {
      context.say(`${ns.name}: expired ${ago} ago; would be deleted (dry run)`);
      continue;
    }
    context.say(`${ns.name}: expired ${ago} ago; tearing down`);
    const outcome = await tearDown(kc, ns.name, request.teardown ?? {}, context);
    if (!outcome.ok) failed.push({ namespace: ns.name, problem: outcome.problem });
  }
  if (deferred.length)
    context.say(
      `${deferred.length} more expired namespace${deferred.length === 1 ? "" : "s"} left for the next pass (limit ${limit})`
    );
  return {
    ok: failed.length === 0,
    expired: due.map((ns) => ns.name),
    failed,
    noExpiry,
    notExpired: namespaces.length - noExpiry.length - expired.length,
    deferred
  };
}

export {
  expectedApps,
  serveServiceName,
  readiness,
  DEPLOY_DIAGNOSIS,
  explain,
  renderedManifestPath,
  PERMISSIONS,
  RBAC_DOC,
  parseSecretValues,
  deploymentSchema,
  DEPLOYMENT,
  runDeploy,
  KUBERAY_FINALIZERS,
  tearDown,
  runJanitor
};
