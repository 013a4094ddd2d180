import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DNS_1035_LABEL,
  INITIALIZING_TIMEOUT_ANNOTATION,
  KUBERAY_GATES,
  LLM_BUILDERS,
  LLM_UNBOUNDED,
  MAX_RAYSERVICE_NAME,
  METRICS_INTERVAL,
  RENAMED_SERVE_KEYS,
  atLeast,
  compareRayVersions,
  dict,
  effectiveDeployment,
  expectOf,
  formatRayVersion,
  gatesBetween,
  initializingTimeoutOf,
  list,
  llmDefaultsBand,
  numberOr,
  parseRayVersion,
  rayGroups,
  rayVersionOfAnyImage,
  renamedKeyState,
  replicaSlots,
  runtimeEnvPaths,
  serveApps,
  serveDeployments,
  stringOr,
  validateLlmServingArgs,
  validateRayService,
  validateServeConfig,
  valueAt
} from "./chunk-2Z6IFJBU.js";
import {
  API_VERSION,
  defineContract,
  formatYamlPath,
  parseYamlFile
} from "./chunk-FO2DCR53.js";
import {
  require_dist
} from "./chunk-7UO7HX7F.js";
import {
  describeValue,
  isPlaceholderValue,
  isSecretName,
  looksLikeRealToken,
  redactValues,
  safeInline,
  safeLines,
  secretValuesIn
} from "./chunk-46TLH3BL.js";
import {
  __toESM
} from "./chunk-S5ZBFXNU.js";

// src/lint/rules/serve-structure.ts
var routePrefix = {
  meta: {
    id: "route-prefix",
    severity: "error",
    description: 'route_prefix must start with "/", must not end with "/" (unless it is "/") and must not contain "{" or "}".'
  },
  check(target, report) {
    for (const app of target.apps) {
      const prefix = app.routePrefix;
      if (typeof prefix !== "string") continue;
      const problem = !prefix.startsWith("/") ? 'must start with "/"' : prefix.length > 1 && prefix.endsWith("/") ? 'must not end with "/"' : /[{}]/.test(prefix) ? 'must not contain "{" or "}"' : void 0;
      if (problem) {
        report({
          message: `route_prefix "${prefix}" of application "${app.name}" ${problem}; Ray rejects the config.`,
          at: { in: "serve", path: ["applications", app.index, "route_prefix"] },
          hint: `Use "/${prefix.replace(/^\/+|\/+$/g, "").replace(/[{}]/g, "")}".`
        });
      }
    }
  }
};
var uniqueApplications = {
  meta: {
    id: "unique-applications",
    severity: "error",
    description: "Application names must be non-empty and unique, and route prefixes unique."
  },
  check(target, report) {
    const names = /* @__PURE__ */ new Map();
    const prefixes = /* @__PURE__ */ new Map();
    for (const app of target.apps) {
      if (app.name === "") {
        report({
          message: "Application name is empty; Ray rejects the config.",
          at: { in: "serve", path: ["applications", app.index, "name"] },
          hint: "Give the application a name."
        });
      }
      const sameName = names.get(app.name);
      if (sameName !== void 0) {
        report({
          message: `Application name "${app.name}" is used twice (applications[${sameName}] and [${app.index}]); Ray rejects the config.`,
          at: { in: "serve", path: ["applications", app.index, "name"] },
          hint: "Rename one of the applications."
        });
      } else names.set(app.name, app.index);
      const prefix = app.routePrefix === void 0 ? "/" : app.routePrefix;
      if (prefix === null) continue;
      const samePrefix = prefixes.get(prefix);
      if (samePrefix !== void 0) {
        report({
          message: `route_prefix "${prefix}" is used by applications[${samePrefix}] and [${app.index}]; Ray rejects the config.`,
          at: {
            in: "serve",
            path: ["applications", app.index, app.routePrefix === void 0 ? "name" : "route_prefix"]
          },
          hint: 'Give each application its own route_prefix (an omitted one means "/").'
        });
      } else prefixes.set(prefix, app.index);
    }
  }
};
var importPath = {
  meta: {
    id: "import-path",
    severity: "error",
    description: 'import_path must be "module:attribute" or "module.attribute".'
  },
  check(target, report) {
    for (const app of target.apps) {
      const path = app.importPath;
      if (path === void 0) continue;
      const colons = path.split(":").length - 1;
      const bad = colons > 1 || colons === 1 && (path.startsWith(":") || path.endsWith(":")) || colons === 0 && (!path.includes(".") || path.startsWith(".") || path.endsWith(".")) || /\s/.test(path);
      if (bad) {
        report({
          message: `import_path "${path}" of application "${app.name}" is not "module:attribute" or "module.attribute".`,
          at: { in: "serve", path: ["applications", app.index, "import_path"] },
          hint: 'For Ray Serve LLM use "ray.serve.llm:build_openai_app".'
        });
      }
    }
  }
};
var appHostPort = {
  meta: {
    id: "app-host-port",
    severity: "error",
    description: "host and port belong in http_options, not inside an application."
  },
  check(target, report) {
    const apps = list(target.serve?.value["applications"]);
    apps.forEach((app, index) => {
      for (const key of ["host", "port"]) {
        if (dict(app)[key] !== void 0) {
          report({
            message: `"${key}" is set inside application ${index}; Ray rejects it in multi-application configs.`,
            at: { in: "serve", path: ["applications", index, key], part: "key" },
            hint: `Move it to the top-level http_options.${key}.`
          });
        }
      }
    });
  }
};
var REMOTE_URI = /^[a-z][a-z0-9+.-]*:\/\//i;
var runtimeEnvRemoteUri = {
  meta: {
    id: "runtime-env-remote-uri",
    severity: "error",
    description: "runtime_env working_dir and py_modules must be remote URIs in a Serve config."
  },
  check(target, report) {
    list(target.serve?.value["applications"]).forEach((app, index) => {
      const env = dict(dict(app)["runtime_env"]);
      const base = ["applications", index, "runtime_env"];
      const workingDir = stringOr(env["working_dir"], void 0);
      if (workingDir !== void 0 && !REMOTE_URI.test(workingDir)) {
        report({
          message: `runtime_env.working_dir "${workingDir}" is a local path; Serve configs accept only remote URIs.`,
          at: { in: "serve", path: [...base, "working_dir"] },
          hint: "Upload a zip and use its URI (https://\u2026/archive.zip, s3://\u2026, gs://\u2026), or bake the code into the image."
        });
      }
      list(env["py_modules"]).forEach((module, m) => {
        if (typeof module === "string" && !REMOTE_URI.test(module)) {
          report({
            message: `runtime_env.py_modules entry "${module}" is a local path; Serve configs accept only remote URIs.`,
            at: { in: "serve", path: [...base, "py_modules", m] },
            hint: "Use a remote URI (https://\u2026/module.zip, s3://\u2026, gs://\u2026)."
          });
        }
      });
    });
  }
};
var duplicateModelId = {
  meta: {
    id: "duplicate-model-id",
    severity: "error",
    description: "Model ids of one build_openai_app must be unique."
  },
  check(target, report) {
    const seen = /* @__PURE__ */ new Map();
    for (const deployment of target.deployments) {
      if (!deployment.llm) continue;
      const key = `${deployment.appIndex}/${deployment.llm.modelId}`;
      if (seen.has(key)) {
        report({
          message: `Model id "${deployment.llm.modelId}" appears twice in application "${deployment.appName}"; Ray rejects duplicate model ids.`,
          at: { in: "serve", path: deployment.llm.modelIdPath },
          hint: "Give each llm_configs entry its own model_id."
        });
      } else seen.set(key, deployment.name);
    }
  }
};

// src/lint/target.ts
var SERVE_CONFIG_PATH = ["spec", "serveConfigV2"];
var CLUSTER_PATH = ["spec", "rayClusterConfig"];
function buildTarget(file, manifest, serveSource) {
  const resource = dict(manifest.value);
  const spec = dict(resource["spec"]);
  const cluster = dict(spec["rayClusterConfig"]);
  const serveValue = serveSource?.value;
  const serve = serveSource && serveSource.problems.length === 0 && typeof serveValue === "object" && serveValue !== null && !Array.isArray(serveValue) ? { source: serveSource, value: serveValue } : void 0;
  const rayVersionText = stringOr(cluster["rayVersion"], void 0);
  const rayVersion = rayVersionText === void 0 ? void 0 : parseRayVersion(rayVersionText);
  const groups = rayGroups(cluster, CLUSTER_PATH);
  const inUse = versionInUse(rayVersion, groups);
  return {
    file,
    manifest,
    resource,
    serve,
    rayVersion,
    versionInUse: inUse,
    groups,
    apps: serve ? serveApps(serve.value) : [],
    deployments: serve ? serveDeployments(serve.value, inUse?.version) : []
  };
}
function versionInUse(declared, groups) {
  if (declared) return { version: declared, from: "rayVersion", confidence: "declared" };
  for (const group of groups) {
    const read = group.image ? rayVersionOfAnyImage(group.image) : void 0;
    if (read && group.image)
      return { version: read.version, from: "image", image: group.image, confidence: read.confidence };
  }
  return void 0;
}
function versionLabel(inUse) {
  if (!inUse) return "an unknown Ray version (rayVersion is not set and no image tag names one)";
  const v = formatRayVersion(inUse.version);
  if (inUse.from === "rayVersion") return `Ray ${v} (rayVersion)`;
  return `Ray ${v} (read from image ${inUse.image}${inUse.confidence === "guess" ? ", not a rayproject image: a guess" : ""}; rayVersion is not set)`;
}

// src/lint/rules/serve-autoscaling.ts
function autoscalingPath(deployment, key) {
  const base = [...deployment.optionsPath, "autoscaling_config"];
  return key === void 0 ? base : [...base, key];
}
function where(deployment, key) {
  if (deployment.autoscaling && key in deployment.autoscaling) return autoscalingPath(deployment, key);
  return deployment.autoscaling ? autoscalingPath(deployment) : deployment.optionsPath;
}
var autoscalingBounds = {
  meta: {
    id: "autoscaling-bounds",
    severity: "error",
    description: "min_replicas \u2264 initial_replicas \u2264 max_replicas, max_replicas \u2265 1, target_ongoing_requests > 0, delays \u2265 0, factors > 0."
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const user = deployment.autoscaling;
      if (!user) continue;
      const effective = effectiveDeployment(deployment, target.rayVersion).autoscaling;
      if (!effective) continue;
      const label2 = `Deployment "${deployment.name}" (application "${deployment.appName}")`;
      const value = (key) => numberOr(user[key], void 0);
      const fail = (key, message, hint) => report({ message: `${label2}: ${message}`, at: { in: "serve", path: where(deployment, key) }, hint });
      const { minReplicas: min, maxReplicas: max, initialReplicas: initial } = effective;
      const shown2 = (key, n) => value(key) === void 0 ? `${n} (Ray's default)` : String(n);
      if (!Number.isInteger(min) || min < 0)
        fail(
          "min_replicas",
          `min_replicas ${min} must be a whole number \u2265 0.`,
          "Use 0 to allow scale to zero, or 1 or more."
        );
      if (!Number.isInteger(max) || max < 1)
        fail(
          "max_replicas",
          `max_replicas ${max} must be a whole number \u2265 1.`,
          "Set max_replicas to the largest replica count you can afford."
        );
      if (max < min) {
        fail(
          value("max_replicas") === void 0 ? "min_replicas" : "max_replicas",
          `max_replicas ${shown2("max_replicas", max)} is below min_replicas ${shown2("min_replicas", min)}; Ray rejects the config.`,
          "Set max_replicas \u2265 min_replicas."
        );
      }
      if (initial !== void 0 && (initial < min || initial > max)) {
        fail(
          "initial_replicas",
          `initial_replicas ${initial} is outside [min_replicas ${min}, max_replicas ${max}]; Ray rejects the config.`,
          "Set initial_replicas between min_replicas and max_replicas."
        );
      }
      const target_ = value("target_ongoing_requests");
      if (target_ !== void 0 && target_ <= 0)
        fail(
          "target_ongoing_requests",
          `target_ongoing_requests ${target_} must be > 0.`,
          "A small positive number such as 1 scales eagerly."
        );
      for (const key of ["upscale_delay_s", "downscale_delay_s", "downscale_to_zero_delay_s"]) {
        const delay = value(key);
        if (delay !== void 0 && delay < 0) fail(key, `${key} ${delay} must be \u2265 0.`, "Use 0 for no delay.");
      }
      for (const key of [
        "look_back_period_s",
        "metrics_interval_s",
        "upscaling_factor",
        "downscaling_factor",
        "smoothing_factor",
        "upscale_smoothing_factor",
        "downscale_smoothing_factor"
      ]) {
        const n = value(key);
        if (n !== void 0 && n <= 0)
          fail(key, `${key} ${n} must be > 0.`, "Use a positive number (1 is the default).");
      }
    }
  }
};
var numReplicasWithAutoscaling = {
  meta: {
    id: "num-replicas-with-autoscaling",
    severity: "error",
    description: 'A fixed num_replicas cannot be combined with autoscaling_config; num_replicas must be \u2265 1 or "auto".'
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const n = deployment.numReplicas;
      if (typeof n === "number" && deployment.autoscaling) {
        report({
          message: `Deployment "${deployment.name}": num_replicas ${n} is set together with autoscaling_config; Ray rejects the config ("Manually setting num_replicas is not allowed when autoscaling_config is provided").`,
          at: { in: "serve", path: [...deployment.optionsPath, "num_replicas"] },
          hint: 'Remove num_replicas, or set it to "auto".'
        });
      } else if (typeof n === "number" && (!Number.isInteger(n) || n < 1)) {
        report({
          message: `Deployment "${deployment.name}": num_replicas ${n} must be a whole number \u2265 1 or "auto".`,
          at: { in: "serve", path: [...deployment.optionsPath, "num_replicas"] },
          hint: "Use autoscaling_config with min_replicas: 0 to scale to zero."
        });
      }
    }
  }
};
var maxOngoingBelowTarget = {
  meta: {
    id: "max-ongoing-below-target",
    severity: "warning",
    description: "max_ongoing_requests below target_ongoing_requests keeps replicas from ever reaching the target."
  },
  check(target, report) {
    for (const deployment of target.deployments) {
      const effective = effectiveDeployment(deployment, target.rayVersion);
      const max = effective.maxOngoingRequests;
      const goal = effective.autoscaling?.targetOngoingRequests;
      if (effective.mode !== "autoscaling" || max === void 0 || goal === void 0 || max >= goal) continue;
      report({
        message: `Deployment "${deployment.name}": max_ongoing_requests ${max} is below target_ongoing_requests ${goal}; a replica can never hold its target load, so requests queue in the proxy and scaling reacts to queueing instead.`,
        at: {
          in: "serve",
          path: deployment.maxOngoingRequests !== void 0 ? [...deployment.optionsPath, "max_ongoing_requests"] : where(deployment, "target_ongoing_requests")
        },
        hint: `Set max_ongoing_requests to at least ${Math.ceil(goal)} (a common choice is 2\u20134 \xD7 the target).`
      });
    }
  }
};
var SMOOTHING = {
  smoothing_factor: "upscaling_factor and downscaling_factor",
  upscale_smoothing_factor: "upscaling_factor",
  downscale_smoothing_factor: "downscaling_factor"
};
var short = (version) => version.replace(/\.0$/, "");
var deprecatedServeKey = {
  meta: {
    id: "deprecated-serve-key",
    severity: "warning",
    description: "Renamed or deprecated Serve options, judged for the Ray version in use: what that version does with them (applies them, warns, or drops them silently).",
    bands: [
      {
        versions: "Ray < 2.10",
        behaviour: "target_num_ongoing_requests_per_replica and max_concurrent_queries are the current names: no finding."
      },
      {
        versions: "Ray 2.10 \u2013 2.32",
        behaviour: "they are deprecated aliases Ray still applies (ray#43454, ray#43007): warning, removed in 2.33."
      },
      {
        versions: "Ray \u2265 2.33",
        behaviour: "removed (ray#46392, ray#46427) and ignored without a word, so the default applies: error (warning when the new name is also set)."
      },
      { versions: "Ray < 2.49", behaviour: "metrics_interval_s is a live setting: no finding." },
      {
        versions: "Ray \u2265 2.49",
        behaviour: "metrics_interval_s other than 10 is deprecated (ray#55102) but still used as the push interval: warning."
      }
    ]
  },
  check(target, report) {
    const inUse = target.versionInUse;
    const label2 = versionLabel(inUse);
    for (const deployment of target.deployments) {
      const who = `Deployment "${deployment.name}"`;
      for (const entry of RENAMED_SERVE_KEYS) {
        const holder = entry.scope === "autoscaling" ? deployment.autoscaling : deployment.options;
        if (!holder || !(entry.key in holder)) continue;
        const path = entry.scope === "autoscaling" ? autoscalingPath(deployment, entry.key) : [...deployment.optionsPath, entry.key];
        const state = inUse ? renamedKeyState(entry, inUse.version) : void 0;
        if (state === "current") continue;
        const written = holder[entry.key];
        const alsoNew = entry.replacement in holder;
        const effective = effectiveDeployment(deployment, inUse?.version);
        const fallback = entry.replacement === "target_ongoing_requests" ? effective.autoscaling?.targetOngoingRequests : effective.maxOngoingRequests;
        const shownFallback = fallback === void 0 ? "Ray's default" : fallback >= LLM_UNBOUNDED ? fallback.toExponential() : String(fallback);
        let message;
        let severity = "warning";
        if (state === "deprecated") {
          message = `${who}: ${entry.key} is a deprecated alias of ${entry.replacement} since Ray ${short(entry.deprecatedIn)} (${entry.deprecatedBy}); ${label2} still applies it, but Ray ${short(entry.removedIn)} removed it (${entry.removedBy}) and from then on ignores it silently.`;
        } else if (state === "ignored") {
          if (alsoNew) {
            message = `${who}: ${entry.key} was removed in Ray ${short(entry.removedIn)} (${entry.removedBy}); ${label2} ignores it and uses ${entry.replacement}, which is also set.`;
          } else {
            severity = "error";
            message = `${who}: ${entry.key} was removed in Ray ${short(entry.removedIn)} (${entry.removedBy}); ${label2} ignores it without a word, so the deployment runs with ${entry.replacement} ${shownFallback} instead of ${String(written)}.`;
          }
        } else {
          message = `${who}: ${entry.key} was renamed ${entry.replacement} in Ray ${short(entry.deprecatedIn)} and is ignored from Ray ${short(entry.removedIn)}; the Ray version is unknown (${label2}).`;
        }
        report({
          message,
          at: { in: "serve", path, part: "key" },
          hint: `Rename it to ${entry.replacement}${alsoNew ? " (and keep one value)" : ""}.`,
          severity
        });
      }
      const autoscaling = deployment.autoscaling;
      if (!autoscaling) continue;
      const before210 = inUse !== void 0 && !atLeast(inUse.version, "2.10.0");
      for (const [key, replacement] of Object.entries(SMOOTHING)) {
        if (!(key in autoscaling) || before210) continue;
        report({
          message: `${who}: autoscaling_config.${key} is deprecated; ${label2} still reads it where ${replacement} is not set.`,
          at: { in: "serve", path: autoscalingPath(deployment, key), part: "key" },
          hint: `Use ${replacement}.`
        });
      }
      const interval = autoscaling[METRICS_INTERVAL.key];
      if (interval === void 0 || interval === METRICS_INTERVAL.default) continue;
      if (!inUse || !atLeast(inUse.version, METRICS_INTERVAL.deprecatedIn)) continue;
      report({
        message: `${who}: autoscaling_config.metrics_interval_s is deprecated since Ray ${short(METRICS_INTERVAL.deprecatedIn)} (${METRICS_INTERVAL.deprecatedBy}); ${label2} still pushes metrics every ${String(interval)} s as written and logs a DeprecationWarning, and a later release replaces it with the RAY_SERVE_*_AUTOSCALING_METRIC_PUSH_INTERVAL_S environment variables.`,
        at: { in: "serve", path: autoscalingPath(deployment, METRICS_INTERVAL.key), part: "key" },
        hint: "Remove it (the default is 10 s), or set RAY_SERVE_REPLICA_AUTOSCALING_METRIC_PUSH_INTERVAL_S and RAY_SERVE_HANDLE_AUTOSCALING_METRIC_PUSH_INTERVAL_S in the container env."
      });
    }
  }
};
var llmAutoscalingDefault = {
  meta: {
    id: "llm-autoscaling-default",
    severity: "warning",
    description: "A ray.serve.llm model that can scale (min_replicas < max_replicas, or no autoscaling_config) without an explicit target_ongoing_requests relies on defaults that changed three times.",
    bands: [
      {
        versions: "Ray < 2.49",
        behaviour: "the LLM default (1\u201310 replicas, target 10) applies; a user autoscaling_config replaces it whole, so Serve\u2019s default target (2; 1 before 2.32) applies."
      },
      {
        versions: "Ray 2.49",
        behaviour: "the LLM default target is 1e9: without autoscaling_config the model never scales up; a user autoscaling_config still replaces the default whole (Serve\u2019s target 2)."
      },
      {
        versions: "Ray 2.50 \u2013 2.52",
        behaviour: "no LLM autoscaling default: without autoscaling_config one fixed replica; with one, Serve\u2019s default target 2."
      },
      {
        versions: "Ray \u2265 2.53",
        behaviour: "the LLM defaults are deep-merged under the user\u2019s (ray#59323): a user autoscaling_config without a target gets 1e9 and never scales above min_replicas."
      }
    ]
  },
  check(target, report) {
    const inUse = target.versionInUse;
    const label2 = versionLabel(inUse);
    const band = llmDefaultsBand(inUse?.version);
    for (const deployment of target.deployments) {
      if (deployment.kind !== "llm" || typeof deployment.numReplicas === "number") continue;
      if (deployment.autoscaling && "target_ongoing_requests" in deployment.autoscaling) continue;
      const effective = effectiveDeployment(deployment, inUse?.version).autoscaling;
      if (deployment.autoscaling && effective && effective.minReplicas === effective.maxReplicas) continue;
      const who = `Deployment "${deployment.name}"`;
      let message;
      if (deployment.autoscaling) {
        if (band.mode === "deep-merge") {
          message = `${who}: autoscaling_config has no target_ongoing_requests; ${label2} merges the LLM defaults under it (ray#59323), so the target is ${LLM_UNBOUNDED.toExponential()} and the model never scales above min_replicas ${effective?.minReplicas ?? 1}.`;
        } else {
          const how = band.mode === "decorator" ? "replaces the LLM defaults whole" : "gets no LLM default target";
          message = `${who}: autoscaling_config has no target_ongoing_requests; on ${label2} it ${how}, so Serve's default target of ${effective?.targetOngoingRequests ?? 2} applies, and from Ray 2.53 the same config never scales (the LLM default of ${LLM_UNBOUNDED.toExponential()} is merged in).`;
        }
      } else if (band.mode === "none") {
        message = `${who}: no autoscaling_config; ${label2} gives LLM deployments no autoscaling default, so it runs one fixed replica and never scales.`;
      } else if (effective && effective.targetOngoingRequests >= LLM_UNBOUNDED) {
        message = `${who}: no autoscaling_config; on ${label2} the LLM default target_ongoing_requests is ${LLM_UNBOUNDED.toExponential()}, so it stays at ${effective.minReplicas} replica(s) and never scales up.`;
      } else {
        message = `${who}: no autoscaling_config; ${label2} uses the LLM default (${effective?.minReplicas ?? 1}\u2013${effective?.maxReplicas ?? 10} replicas, target_ongoing_requests ${effective?.targetOngoingRequests ?? 10}); from Ray 2.49 the default stops scaling altogether.`;
      }
      report({
        message,
        at: {
          in: "serve",
          path: deployment.autoscaling ? autoscalingPath(deployment) : deployment.llm?.configPath ?? deployment.optionsPath
        },
        hint: "Set deployment_config.autoscaling_config with min_replicas, max_replicas and target_ongoing_requests."
      });
    }
  }
};
var VERSION_GATED = [
  { scope: "autoscaling", key: "downscale_to_zero_delay_s", since: "2.50.0" },
  { scope: "autoscaling", key: "policy", since: "2.50.0" },
  { scope: "autoscaling", key: "prometheus_metrics", since: "2.50.0" },
  { scope: "autoscaling", key: "aggregation_function", since: "2.55.0" },
  { scope: "options", key: "request_router_config", since: "2.46.0" },
  { scope: "llm-args", key: "ingress_cls_config", since: "2.50.0" },
  { scope: "llm-args", key: "ingress_deployment_config", since: "2.50.0" },
  { scope: "llm-config", key: "placement_group_config", since: "2.50.0" }
];
function gatedIn(target, scope, visit) {
  for (const deployment of target.deployments) {
    if (scope === "autoscaling" && deployment.autoscaling) visit(autoscalingPath(deployment));
    if (scope === "options") visit(deployment.optionsPath);
    if (scope === "llm-config" && deployment.llm) visit(deployment.llm.configPath);
  }
  if (scope === "llm-args") {
    for (const app of target.apps) if (app.isLlm) visit(["applications", app.index, "args"]);
  }
}
var versionGatedKey = {
  meta: {
    id: "version-gated-key",
    severity: "warning",
    description: "Serve options that the rayVersion in use does not know yet (it drops them silently).",
    bands: VERSION_GATED.map((gate) => ({
      versions: `Ray < ${gate.since.replace(/\.0$/, "")}`,
      behaviour: `${gate.key} (${gate.scope}) is dropped silently: warning.`
    }))
  },
  check(target, report) {
    const version = target.rayVersion;
    if (!version) return;
    for (const gate of VERSION_GATED) {
      if (atLeast(version, gate.since)) continue;
      gatedIn(target, gate.scope, (path) => {
        if (!(gate.key in dict(valueAt(target.serve?.value, path)))) return;
        const since = gate.since.replace(/\.0$/, "");
        report({
          message: `${gate.key} needs Ray ${since} or later; rayVersion ${version.text} ignores it.`,
          at: { in: "serve", path: [...path, gate.key], part: "key" },
          hint: `Upgrade rayVersion and the image to ${since}+, or remove ${gate.key}.`
        });
      });
    }
  }
};

// src/lint/rules/gpu.ts
function gpuDemands(target) {
  const demands = [];
  for (const deployment of target.deployments) {
    const gpus = deployment.gpusPerReplica;
    if (gpus === void 0 || gpus <= 0) continue;
    const effective = effectiveDeployment(deployment, target.rayVersion);
    if (effective.mode === "fixed" && effective.fixedReplicas !== void 0) {
      demands.push({
        deployment,
        gpusPerReplica: gpus,
        replicas: effective.fixedReplicas,
        countPath: [...deployment.optionsPath, "num_replicas"],
        countSource: "num_replicas"
      });
    } else if (effective.autoscaling) {
      const explicit = deployment.autoscaling && "max_replicas" in deployment.autoscaling;
      demands.push({
        deployment,
        gpusPerReplica: gpus,
        replicas: effective.autoscaling.maxReplicas,
        countPath: explicit ? [...deployment.optionsPath, "autoscaling_config", "max_replicas"] : deployment.llm?.configPath ?? deployment.optionsPath,
        countSource: explicit ? "max_replicas" : `max_replicas (Ray's default ${effective.autoscaling.maxReplicas})`
      });
    }
  }
  return demands;
}
function describeGroups(groups, pods) {
  return groups.filter((g) => g.gpusPerPod > 0).map((g) => `${g.name}: ${pods(g)} pod(s) \xD7 ${g.gpusPerPod} GPU`).join(", ");
}
var gpuCapacity = {
  meta: {
    id: "gpu-capacity",
    severity: "error",
    description: "An error when one deployment's max replicas \xD7 GPUs per replica can never fit what the worker groups offer (maxReplicas \xD7 numOfHosts \xD7 GPUs per pod); a warning naming the deployments when only their maxima together overcommit a shared GPU pool.",
    bands: [
      {
        versions: "Ray < 2.50",
        behaviour: "a ray.serve.llm model without autoscaling_config may scale to the LLM default max_replicas of 10."
      },
      {
        versions: "Ray \u2265 2.50",
        behaviour: "a ray.serve.llm model without autoscaling_config runs one replica (no LLM default from 2.50; max_replicas 1 once ray#59323 merges a target in 2.53)."
      }
    ]
  },
  check(target, report) {
    const demands = gpuDemands(target);
    const gpuGroups = target.groups.filter((g) => g.gpusPerPod > 0);
    for (const demand of demands) {
      const slots = target.groups.reduce((sum, g) => sum + replicaSlots(g, demand.gpusPerReplica), 0);
      const fitsOnePod = gpuGroups.some((g) => g.gpusPerPod >= demand.gpusPerReplica);
      if (gpuGroups.length === 0) {
        report({
          message: `Deployment "${demand.deployment.name}" needs ${demand.gpusPerReplica} GPU(s) per replica, but no head or worker group offers GPUs: no replica can ever be placed.`,
          at: { in: "serve", path: demand.countPath },
          hint: "Add a worker group whose container has an nvidia.com/gpu limit (and matching num-gpus)."
        });
        continue;
      }
      if (!fitsOnePod || demand.replicas <= slots) continue;
      report({
        message: `Deployment "${demand.deployment.name}": ${demand.countSource} ${demand.replicas} \xD7 ${demand.gpusPerReplica} GPU(s) per replica needs ${demand.replicas * demand.gpusPerReplica} GPUs, but the cluster can offer at most ${slots} such replica(s) (${describeGroups(target.groups, (g) => g.maxReplicas * g.numOfHosts)}): replicas beyond ${slots} can never be placed.`,
        at: { in: "serve", path: demand.countPath },
        hint: `Lower ${demand.countSource.split(" ")[0]} to ${slots}, or raise the GPU worker group's maxReplicas.`
      });
    }
    const sharing = demands.filter((d) => gpuGroups.some((g) => g.gpusPerPod >= d.gpusPerReplica));
    if (sharing.length > 1) {
      const needed = sharing.reduce((sum, d) => sum + d.replicas * d.gpusPerReplica, 0);
      const offered = target.groups.reduce((sum, g) => sum + g.maxReplicas * g.numOfHosts * g.gpusPerPod, 0);
      if (needed > offered) {
        const last = sharing[sharing.length - 1];
        report({
          message: `Deployments ${sharing.map((d) => `"${d.deployment.name}" (${d.countSource} ${d.replicas} \xD7 ${d.gpusPerReplica} GPU)`).join(", ")} share the GPU pool (${describeGroups(target.groups, (g) => g.maxReplicas * g.numOfHosts)}): at their maxima together they need ${needed} GPUs of the ${offered} it can ever offer, so one that scales up first can keep the others below their max_replicas.`,
          at: { in: "serve", path: last.countPath },
          hint: "If the overcommit is not deliberate, lower the max_replicas values or raise the GPU worker groups' maxReplicas.",
          severity: "warning"
        });
      }
    }
  }
};
var tensorParallelFit = {
  meta: {
    id: "tensor-parallel-fit",
    severity: "error",
    description: "tensor_parallel_size must not exceed the GPUs of one worker pod (the engine packs its GPUs onto one node)."
  },
  check(target, report) {
    const largest = Math.max(0, ...target.groups.map((g) => g.gpusPerPod));
    if (largest === 0) return;
    for (const deployment of target.deployments) {
      const tp = deployment.llm?.tensorParallel;
      if (tp === void 0 || tp <= largest) continue;
      report({
        message: `Deployment "${deployment.name}": tensor_parallel_size ${tp} needs ${tp} GPUs on one node, but the largest pod offers ${largest}; the replica's placement group can never be scheduled.`,
        at: {
          in: "serve",
          path: [...deployment.llm?.configPath ?? deployment.optionsPath, "engine_kwargs", "tensor_parallel_size"]
        },
        hint: `Use a worker group with ${tp} GPUs per pod (nvidia.com/gpu: ${tp}, num-gpus: "${tp}"), or lower tensor_parallel_size.`
      });
    }
  }
};
var numGpusMismatch = {
  meta: {
    id: "num-gpus-mismatch",
    severity: "error",
    description: "rayStartParams num-gpus must match the container's GPU limit."
  },
  check(target, report) {
    for (const group of target.groups) {
      const raw = group.rayStartParams["num-gpus"];
      if (raw === void 0) continue;
      const declared = Number(raw);
      if (!Number.isFinite(declared)) continue;
      const at = { in: "manifest", path: [...group.path, "rayStartParams", "num-gpus"] };
      if (!group.gpuLimit) {
        if (declared > 0) {
          report({
            message: `Group "${group.name}" tells Ray it has ${declared} GPU(s) (num-gpus) but its container has no GPU limit: Kubernetes gives the pod no GPU and replicas placed there fail.`,
            at,
            hint: `Add resources.limits nvidia.com/gpu: ${declared} to the group's first container, or remove num-gpus.`
          });
        }
        continue;
      }
      if (declared !== group.gpuLimit.count) {
        report({
          message: `Group "${group.name}": num-gpus "${raw}" does not match the container's ${group.gpuLimit.key} limit ${group.gpuLimit.count}; Ray schedules by num-gpus, so ${declared > group.gpuLimit.count ? "replicas land on GPUs that do not exist" : "GPUs the pod holds stay unused"}.`,
          at,
          hint: `Set num-gpus: "${group.gpuLimit.count}", or remove it and let KubeRay derive it from the limit.`,
          severity: declared > group.gpuLimit.count ? "error" : "warning"
        });
      }
    }
  }
};
var fractionalRayResource = {
  meta: {
    id: "fractional-ray-resource",
    severity: "error",
    description: "num-cpus and num-gpus in rayStartParams must be whole numbers: the Ray autoscaler parses them with int()."
  },
  check(target, report) {
    const autoscaling = target.resource.spec?.rayClusterConfig?.enableInTreeAutoscaling === true;
    for (const group of target.groups) {
      for (const key of ["num-cpus", "num-gpus"]) {
        const raw = group.rayStartParams[key];
        if (raw === void 0) continue;
        if (/^\s*\d+\s*$/.test(String(raw))) continue;
        report({
          message: `Group "${group.name}": ${key} "${String(raw)}" is not a whole number; the Ray autoscaler reads it with int() and fails to build its config.`,
          at: { in: "manifest", path: [...group.path, "rayStartParams", key] },
          hint: `Use a whole number in quotes, e.g. ${key}: "1"; put fractional GPUs in ray_actor_options.num_gpus instead.`,
          severity: autoscaling ? "error" : "warning"
        });
      }
    }
  }
};
var autoscalerDisabled = {
  meta: {
    id: "autoscaler-disabled",
    severity: "error",
    description: "Serve may scale past what the fixed worker pods hold while the in-tree autoscaler is off: those replicas pend forever."
  },
  check(target, report) {
    const cluster = target.resource.spec?.rayClusterConfig;
    if (!cluster || cluster["enableInTreeAutoscaling"] === true) return;
    const canGrow = target.groups.some((g) => g.kind === "worker" && g.maxReplicas > g.replicas && g.gpusPerPod > 0);
    if (!canGrow) return;
    for (const demand of gpuDemands(target)) {
      const staticSlots = target.groups.reduce(
        (sum, g) => sum + replicaSlots(g, demand.gpusPerReplica, g.replicas * g.numOfHosts),
        0
      );
      if (demand.replicas <= staticSlots) continue;
      const located = "enableInTreeAutoscaling" in cluster ? [...CLUSTER_PATH, "enableInTreeAutoscaling"] : CLUSTER_PATH;
      report({
        message: `Deployment "${demand.deployment.name}" may scale to ${demand.replicas} replica(s), but with enableInTreeAutoscaling off the cluster keeps its ${describeGroups(target.groups, (g) => g.replicas * g.numOfHosts)}: replicas beyond ${staticSlots} pend forever.`,
        at: { in: "manifest", path: located, part: "enableInTreeAutoscaling" in cluster ? "value" : "key" },
        hint: "Set spec.rayClusterConfig.enableInTreeAutoscaling: true."
      });
    }
  }
};
var maxReplicasPerNodeAutoscaler = {
  meta: {
    id: "max-replicas-per-node-autoscaler",
    severity: "warning",
    description: "max_replicas_per_node asks for an internal resource the Ray autoscaler cannot map to a node type (ray#48471)."
  },
  check(target, report) {
    const autoscaling = target.resource.spec?.rayClusterConfig?.enableInTreeAutoscaling === true;
    if (!autoscaling) return;
    for (const deployment of target.deployments) {
      if (!("max_replicas_per_node" in deployment.options)) continue;
      report({
        message: `Deployment "${deployment.name}": max_replicas_per_node makes each replica request a per-node resource that the Ray autoscaler cannot map to any worker group, so replicas beyond the current nodes can stay pending (ray-project/ray#48471).`,
        at: { in: "serve", path: [...deployment.optionsPath, "max_replicas_per_node"], part: "key" },
        hint: "Remove max_replicas_per_node, or size the worker groups so every replica fits without new nodes."
      });
    }
  }
};

// src/lint/rules/cluster.ts
var workerGroupBounds = {
  meta: {
    id: "worker-group-bounds",
    severity: "error",
    description: "Worker groups need 0 \u2264 minReplicas \u2264 replicas \u2264 maxReplicas and numOfHosts \u2265 1."
  },
  check(target, report) {
    list(dict(dict(target.resource["spec"])["rayClusterConfig"])["workerGroupSpecs"]).forEach((raw, index) => {
      const group = dict(raw);
      const name = stringOr(group["groupName"], `#${index}`);
      const path = [...CLUSTER_PATH, "workerGroupSpecs", index];
      const n = (key) => typeof group[key] === "number" ? group[key] : void 0;
      const min = n("minReplicas");
      const max = n("maxReplicas");
      const replicas = n("replicas");
      for (const [key, value] of [
        ["minReplicas", min],
        ["maxReplicas", max],
        ["replicas", replicas]
      ]) {
        if (value !== void 0 && value < 0) {
          report({
            message: `Group "${name}": ${key} ${value} must be \u2265 0.`,
            at: { in: "manifest", path: [...path, key] },
            hint: `Set ${key} to 0 or more.`
          });
        }
      }
      if (min !== void 0 && max !== void 0 && min > max) {
        report({
          message: `Group "${name}": minReplicas ${min} is above maxReplicas ${max}; KubeRay rejects the RayCluster.`,
          at: { in: "manifest", path: [...path, "minReplicas"] },
          hint: "Set minReplicas \u2264 maxReplicas."
        });
      }
      if (replicas !== void 0 && (min !== void 0 && replicas < min || max !== void 0 && replicas > max)) {
        report({
          message: `Group "${name}": replicas ${replicas} is outside [minReplicas ${min ?? 0}, maxReplicas ${max ?? "\u221E"}]; KubeRay clamps it, so the cluster starts with a different size than written.`,
          at: { in: "manifest", path: [...path, "replicas"] },
          hint: "Set replicas within the bounds, or leave it out (it starts at minReplicas).",
          severity: "warning"
        });
      }
      const hosts = n("numOfHosts");
      if (hosts !== void 0 && hosts < 1) {
        report({
          message: `Group "${name}": numOfHosts ${hosts} must be \u2265 1.`,
          at: { in: "manifest", path: [...path, "numOfHosts"] },
          hint: "Use 1 unless the group runs multi-host TPUs."
        });
      }
    });
  }
};
function images(target, cluster) {
  const found = [];
  for (const group of target.groups) {
    if (group.image)
      found.push({ where: `group "${group.name}"`, image: group.image, path: [...group.containerPath, "image"] });
  }
  const autoscalerImage = stringOr(dict(cluster["autoscalerOptions"])["image"], void 0);
  if (autoscalerImage)
    found.push({
      where: "autoscalerOptions",
      image: autoscalerImage,
      path: [...CLUSTER_PATH, "autoscalerOptions", "image"]
    });
  return found;
}
var rayVersionImage = {
  meta: {
    id: "ray-version-image",
    severity: "error",
    description: "rayVersion should be the Ray version the images run (rayproject/* tags exactly; other images whose tag or name carries a Ray version, as a guess). An error when the two lie on either side of a KubeRay rayVersion gate this RayService uses; a warning otherwise.",
    bands: KUBERAY_GATES.map((gate) => ({
      versions: `rayVersion gate ${gate.since.replace(/\.0$/, "")}`,
      behaviour: `${gate.what} (${gate.source.replace(/ \((\w+)\)$/, ", $1")})`
    }))
  },
  check(target, report) {
    const cluster = dict(dict(target.resource["spec"])["rayClusterConfig"]);
    const raw = cluster["rayVersion"];
    const declared = typeof raw === "string" ? parseRayVersion(raw) : void 0;
    if (typeof raw === "string" && declared === void 0) {
      report({
        message: `rayVersion "${raw}" is not a version number.`,
        at: { in: "manifest", path: [...CLUSTER_PATH, "rayVersion"] },
        hint: "Write it like '2.47.1'."
      });
      return;
    }
    const tagged = images(target, cluster).flatMap((entry) => {
      const read = rayVersionOfAnyImage(entry.image);
      return read ? [{ ...entry, ...read }] : [];
    });
    if (declared === void 0) {
      const first = tagged[0];
      if (first && raw === void 0) {
        const v = formatRayVersion(first.version);
        report({
          message: `rayVersion is not set; KubeRay uses it to pick health probes and features, and rayservice-ci to pick Ray's autoscaling behaviour. ${first.where} runs Ray ${v} (image ${first.image}${first.confidence === "guess" ? ", read from its name or tag: a guess" : ""}).`,
          at: { in: "manifest", path: CLUSTER_PATH, part: "key" },
          hint: `Add rayVersion: '${v}' under rayClusterConfig.`,
          severity: "warning"
        });
      }
      return;
    }
    const declaredText = formatRayVersion(declared);
    for (const entry of tagged) {
      const v = entry.version;
      if (compareRayVersions(v, declared) === 0) continue;
      const runs = `${entry.where} runs image ${entry.image} (Ray ${formatRayVersion(v)}${entry.confidence === "guess" ? ", read from the name or tag of an image that is not rayproject/*: a guess" : ""}) but rayVersion is ${declared.text}`;
      const hint = `Use the same version in both places (rayVersion: '${formatRayVersion(v)}' or an image tagged ${declaredText}).`;
      const gates = gatesBetween(declared, v);
      const used = gates.filter((gate) => gate.appliesTo(cluster));
      const declaredNewer = compareRayVersions(declared, v) > 0;
      if (used.length > 0) {
        const differences = used.map(
          (gate) => `at KubeRay's ${gate.since} gate (${gate.source}) ${declaredNewer ? gate.whenDeclaredNewer : gate.whenDeclaredOlder}`
        ).join("; ");
        report({ message: `${runs}: ${differences}.`, at: { in: "manifest", path: entry.path }, hint });
        continue;
      }
      const unused = gates.length ? ` (it crosses ${gates.map((g) => `the ${g.since} gate, where ${g.what}`).join(" and ")}, which this RayService does not use)` : "";
      report({
        message: `${runs}. No KubeRay rayVersion gate this RayService uses lies between them${unused}, so KubeRay generates the same pods; but Serve behaves as Ray ${formatRayVersion(v)} while lint and the pipeline reason from rayVersion.`,
        at: { in: "manifest", path: entry.path },
        hint,
        severity: "warning"
      });
    }
  }
};
var rayServiceName = {
  meta: {
    id: "rayservice-name",
    severity: "error",
    description: `The RayService name must be a DNS-1035 label of at most ${MAX_RAYSERVICE_NAME} characters.`
  },
  check(target, report) {
    const name = dict(target.resource["metadata"])["name"];
    if (typeof name !== "string") return;
    const at = { in: "manifest", path: ["metadata", "name"] };
    if (name.length > MAX_RAYSERVICE_NAME) {
      report({
        message: `RayService name "${name}" has ${name.length} characters; KubeRay allows at most ${MAX_RAYSERVICE_NAME}.`,
        at,
        hint: `Shorten it to ${MAX_RAYSERVICE_NAME} characters or fewer.`
      });
    }
    if (!DNS_1035_LABEL.test(name)) {
      report({
        message: `RayService name "${name}" is not a DNS-1035 label (lowercase letters, digits and "-", starting with a letter, ending with a letter or digit).`,
        at,
        hint: `Try "${name.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^[^a-z]+/, "").replace(/-+$/, "") || "rayservice"}".`
      });
    }
  }
};
var initializingTimeout = {
  meta: {
    id: "initializing-timeout",
    severity: "error",
    description: `The ${INITIALIZING_TIMEOUT_ANNOTATION} annotation must be a positive Go duration (20m, 1h30m) or whole seconds.`
  },
  check(target, report) {
    const value = dict(dict(target.resource["metadata"])["annotations"])[INITIALIZING_TIMEOUT_ANNOTATION];
    if (value === void 0 || value === "") return;
    const at = { in: "manifest", path: ["metadata", "annotations", INITIALIZING_TIMEOUT_ANNOTATION] };
    const timeout = typeof value === "string" ? initializingTimeoutOf(value) : { problem: "format" };
    if ("problem" in timeout && timeout.problem === "format") {
      report({
        message: `${INITIALIZING_TIMEOUT_ANNOTATION} "${String(value)}" is neither a Go duration nor whole seconds; KubeRay marks the RayService Ready=False (ValidationFailed) and never starts it.`,
        at,
        hint: 'Write a Go duration such as "20m" or "1h30m" (units h, m, s, ms; no "d"), or seconds such as "1200", as a quoted string.'
      });
    } else if ("problem" in timeout) {
      report({
        message: `${INITIALIZING_TIMEOUT_ANNOTATION} "${String(value)}" is not positive; KubeRay refuses it and never starts the RayService.`,
        at,
        hint: 'Give a timeout above zero, e.g. "20m", or remove the annotation.'
      });
    }
  }
};
var deprecatedRayServiceField = {
  meta: {
    id: "deprecated-rayservice-field",
    severity: "warning",
    description: "RayService fields KubeRay no longer reads (serviceUnhealthySecondThreshold, deploymentUnhealthySecondThreshold) and the deprecated ray.io/v1alpha1 API."
  },
  check(target, report) {
    const spec = dict(target.resource["spec"]);
    for (const key of ["serviceUnhealthySecondThreshold", "deploymentUnhealthySecondThreshold"]) {
      if (key in spec) {
        report({
          message: `spec.${key} has had no effect since KubeRay 1.1.`,
          at: { in: "manifest", path: ["spec", key], part: "key" },
          hint: "Remove it; use the ray.io/initializing-timeout annotation (KubeRay 1.5+) to bound start-up."
        });
      }
    }
    if (target.resource["apiVersion"] === "ray.io/v1alpha1") {
      report({
        message: "apiVersion ray.io/v1alpha1 is deprecated.",
        at: { in: "manifest", path: ["apiVersion"] },
        hint: "Use apiVersion: ray.io/v1."
      });
    }
  }
};
var serveConfigMissing = {
  meta: {
    id: "serve-config-missing",
    severity: "warning",
    description: "A RayService without serveConfigV2 deploys no Serve application."
  },
  check(target, report) {
    if (dict(target.resource["spec"])["serveConfigV2"] === void 0 && target.resource["spec"] !== void 0) {
      report({
        message: "spec.serveConfigV2 is not set: the cluster starts but serves nothing, and the RayService never becomes Ready.",
        at: { in: "manifest", path: ["spec"], part: "key" },
        hint: "Add serveConfigV2: | with an applications: list."
      });
    }
  }
};
var servePortMissing = {
  meta: {
    id: "serve-port-missing",
    severity: "error",
    description: 'A head container that declares ports needs one named "serve" (or spec.serveService), or KubeRay never creates the serve Service.'
  },
  check(target, report) {
    const spec = dict(target.resource["spec"]);
    if (spec["serveService"] !== void 0) return;
    const head = target.groups.find((g) => g.kind === "head");
    if (!head) return;
    const container = dict(
      list(dict(dict(dict(dict(spec["rayClusterConfig"])["headGroupSpec"])["template"])["spec"])["containers"])[0]
    );
    const ports = list(container["ports"]).map(dict);
    if (!ports.length || ports.some((p) => p["name"] === "serve" || String(p["name"] ?? "").startsWith("serve-")))
      return;
    report({
      message: `The head container declares ports but none named "serve": KubeRay takes the serve Service's ports from it, so <name>-serve-svc is never created and the RayService never serves (kuberay common/service.go).`,
      at: { in: "manifest", path: [...head.containerPath, "ports"], part: "key" },
      hint: "Add - containerPort: 8000, name: serve to the head container's ports (or remove ports to get KubeRay's defaults)."
    });
  }
};

// src/lint/rules/secrets.ts
var NOT_A_CREDENTIAL = /^(?:[-+]?\d+(?:\.\d+)?|true|false|yes|no|on|off|none|null|\$\(?\{?[A-Za-z_][A-Za-z0-9_]*\}?\)?)$/i;
function couldBeCredential(value) {
  const trimmed = value.trim();
  return trimmed !== "" && !NOT_A_CREDENTIAL.test(trimmed);
}
function containerEnvValues(resource) {
  const found = [];
  const cluster = dict(dict(resource["spec"])["rayClusterConfig"]);
  const templates = [
    {
      path: [...CLUSTER_PATH, "headGroupSpec", "template", "spec"],
      spec: dict(dict(cluster["headGroupSpec"])["template"])["spec"]
    },
    ...list(cluster["workerGroupSpecs"]).map((group, i) => ({
      path: [...CLUSTER_PATH, "workerGroupSpecs", i, "template", "spec"],
      spec: dict(dict(group)["template"])["spec"]
    }))
  ];
  for (const template of templates) {
    for (const kind of ["containers", "initContainers"]) {
      list(dict(template.spec)[kind]).forEach((container, c) => {
        list(dict(container)["env"]).forEach((env, e) => {
          const entry = dict(env);
          if (typeof entry["name"] === "string" && typeof entry["value"] === "string") {
            found.push({
              name: entry["name"],
              value: entry["value"],
              in: "manifest",
              path: [...template.path, kind, c, "env", e, "value"],
              context: "container env"
            });
          }
        });
      });
    }
  }
  list(dict(cluster["autoscalerOptions"])["env"]).forEach((env, e) => {
    const entry = dict(env);
    if (typeof entry["name"] === "string" && typeof entry["value"] === "string") {
      found.push({
        name: entry["name"],
        value: entry["value"],
        in: "manifest",
        path: [...CLUSTER_PATH, "autoscalerOptions", "env", e, "value"],
        context: "autoscaler env"
      });
    }
  });
  return found;
}
function serveEnvValues(serve) {
  const found = [];
  for (const path of runtimeEnvPaths(serve)) {
    for (const [name, value] of Object.entries(dict(dict(valueAt(serve, path))["env_vars"]))) {
      if (typeof value === "string")
        found.push({ name, value, in: "serve", path: [...path, "env_vars", name], context: "runtime_env.env_vars" });
    }
  }
  return found;
}
var plaintextSecret = {
  meta: {
    id: "plaintext-secret",
    severity: "warning",
    description: "Credentials written into the manifest: env or env_vars whose name ends in a credential word (HF_TOKEN, *_API_KEY, *_PASSWORD, *_SECRET) and whose value could be one; an error when the value looks like a real token."
  },
  check(target, report) {
    const values = [...containerEnvValues(target.resource), ...serveEnvValues(target.serve?.value)];
    for (const entry of values) {
      const real = looksLikeRealToken(entry.value);
      if (!real && (!isSecretName(entry.name) || !couldBeCredential(entry.value))) continue;
      const placeholder = !real && isPlaceholderValue(entry.value);
      const hint = entry.in === "serve" ? `Keep it in a Kubernetes Secret and inject it as a container env var with valueFrom.secretKeyRef (Ray workers inherit it); \`rayservice-ci render --secret-env ${entry.name}=SECRET/KEY\` does this for a test run.` : "Use valueFrom.secretKeyRef with a Kubernetes Secret instead of value.";
      let message;
      if (real)
        message = `${entry.name} in ${entry.context} holds what looks like a real credential, in plain text in the manifest (value not shown). Revoke it and move it to a Secret.`;
      else if (placeholder && entry.in === "serve")
        message = `${entry.name} in ${entry.context} holds a placeholder, not a credential: it overrides any real ${entry.name} the container gets from a Secret, so the replicas see the placeholder.`;
      else if (placeholder)
        message = `${entry.name} in ${entry.context} holds a placeholder where a credential goes; whoever fills it in writes the credential into the manifest.`;
      else message = `${entry.name} in ${entry.context} is a credential written in plain text in the manifest.`;
      report({ message, at: { in: entry.in, path: entry.path }, hint, severity: real ? "error" : "warning" });
    }
  }
};

// src/lint/rules/index.ts
var RULES = [
  rayServiceName,
  initializingTimeout,
  serveConfigMissing,
  servePortMissing,
  deprecatedRayServiceField,
  rayVersionImage,
  workerGroupBounds,
  numGpusMismatch,
  fractionalRayResource,
  routePrefix,
  uniqueApplications,
  importPath,
  appHostPort,
  runtimeEnvRemoteUri,
  duplicateModelId,
  autoscalingBounds,
  numReplicasWithAutoscaling,
  maxOngoingBelowTarget,
  deprecatedServeKey,
  llmAutoscalingDefault,
  versionGatedKey,
  gpuCapacity,
  tensorParallelFit,
  autoscalerDisabled,
  maxReplicasPerNodeAutoscaler,
  plaintextSecret
];

// src/lint/schema-findings.ts
function schemaReports(check) {
  if (check.validate(check.value)) return [];
  return toReports(check.validate.errors ?? [], check);
}
function toReports(errors, check) {
  const anyOfPaths = new Set(
    errors.filter((e) => e.keyword === "anyOf").map((e) => `${e.instancePath}|${e.schemaPath}`)
  );
  const reports = [];
  const seen = /* @__PURE__ */ new Set();
  for (const error of errors) {
    if (error.keyword === "if") continue;
    const insideAnyOf = [...anyOfPaths].some((key2) => {
      const [instance, schemaPath] = key2.split("|");
      return error.keyword !== "anyOf" && error.instancePath === instance && error.schemaPath.startsWith(`${schemaPath}/`);
    });
    if (insideAnyOf) continue;
    const path = [...check.base, ...instancePath(error.instancePath, check.value)];
    const report = describe(error, path, check);
    const key = `${report.message}@${formatYamlPath(path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    reports.push(report);
  }
  return reports;
}
function instancePath(pointer, root) {
  if (pointer === "") return [];
  const segments = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    const key = Array.isArray(node) ? Number(segment) : segment;
    segments.push(key);
    node = node?.[key];
  }
  return segments;
}
function label(path) {
  const named = [...path].reverse().find((s) => typeof s === "string");
  return named === void 0 ? "the document" : String(named);
}
function describe(error, path, check) {
  const where2 = check.in;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const known = Object.keys(
        error.parentSchema?.["properties"] ?? {}
      );
      const suggestion = closest(key, known);
      return {
        message: `Unknown key "${key}" in ${label(path)}${suggestion ? `; did you mean "${suggestion}"?` : "."} ${check.unknownKeyEffect}`,
        at: { in: where2, path: [...path, key], part: "key" },
        hint: suggestion ? `Rename it to "${suggestion}".` : `Remove it. Known keys: ${known.join(", ")}.`
      };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      return {
        message: `${path.length ? `"${label(path)}"` : "The document"} is missing the required key "${missing}".`,
        at: { in: where2, path, part: "key" },
        hint: `Add ${missing}.`
      };
    }
    default: {
      const expected = expectOf(error.parentSchema ?? {});
      return {
        message: `${formatYamlPath(path, "The document")} must be ${expected}, but is ${shown(error.data, path)}.`,
        at: { in: where2, path },
        hint: `Write ${expected}.`
      };
    }
  }
}
function shown(value, path) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const key = [...path].reverse().find((s) => typeof s === "string");
  if (typeof value === "string") return `the string ${describeValue(value, key)}`;
  return `${typeof value} ${describeValue(value, key)}`;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(2, Math.floor(word.length / 4));
  return bestDistance <= allowed ? best : void 0;
}
function levenshtein(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

// src/lint/suppressions.ts
var DIRECTIVE = /(?:^|\s)#\s*rayservice-ci-disable(-line|-next-line|-file)?(?:\s+([\w\-,\s]+?))?\s*$/;
function findSuppressions(text) {
  const byLine = /* @__PURE__ */ new Map();
  const fileWide = [];
  text.split("\n").forEach((rawLine, index) => {
    const match = DIRECTIVE.exec(rawLine.replace(/\r$/, ""));
    if (!match) return;
    const rules = match[2]?.split(/[\s,]+/).filter(Boolean);
    const suppression = { rules: rules && rules.length ? rules : "all" };
    const line = index + 1;
    switch (match[1]) {
      case "-file":
        fileWide.push(suppression);
        break;
      case "-next-line":
        byLine.set(line + 1, [...byLine.get(line + 1) ?? [], suppression]);
        break;
      default:
        byLine.set(line, [...byLine.get(line) ?? [], suppression]);
    }
  });
  const covers = (s, ruleId) => s.rules === "all" || s.rules.includes(ruleId);
  return {
    isSuppressed(ruleId, line) {
      return fileWide.some((s) => covers(s, ruleId)) || (byLine.get(line) ?? []).some((s) => covers(s, ruleId));
    }
  };
}

// src/lint/lint-text.ts
var BUILTIN_CHECKS = [
  { id: "yaml-syntax", severity: "error", description: "The file, or the YAML inside serveConfigV2, does not parse." },
  {
    id: "rayservice-schema",
    severity: "error",
    description: "RayService fields with a wrong type or unknown name (the API server would prune them silently)."
  },
  {
    id: "serve-schema",
    severity: "error",
    description: "Serve config and build_openai_app args keys with a wrong type or unknown name (Ray drops unknown keys silently)."
  },
  { id: "crd-schema", severity: "error", description: "Violations of the CRD given with --crd." }
];
var ALL_RULES = [...BUILTIN_CHECKS, ...RULES.map((rule) => rule.meta)];
function lintText(file, text, options = {}) {
  const parsed = parseYamlFile(file, text);
  const pending = [];
  const meta = (id) => ALL_RULES.find((rule) => rule.id === id);
  let rayServices = 0;
  const secrets = /* @__PURE__ */ new Set();
  const mentionsRayService = /kind:\s*["']?RayService\b/.test(text);
  for (const doc of parsed.documents) {
    for (const secret of secretValuesIn(doc.value)) secrets.add(secret);
    const value = dict(doc.value);
    const syntax = doc.problems;
    if (syntax.length) {
      if (options.reportUnrecognised || mentionsRayService) {
        for (const problem of syntax) {
          pending.push({
            meta: meta("yaml-syntax"),
            source: doc,
            serve: void 0,
            report: {
              message: problem.message,
              at: { in: "span", span: problem.span },
              hint: "Fix the YAML syntax; every other check waits for it."
            }
          });
        }
      }
      continue;
    }
    if (value["kind"] !== "RayService") continue;
    rayServices++;
    const add = (id, report, serve2) => pending.push({ meta: meta(id), report, source: doc, serve: serve2 });
    const asServed = withoutNulls(value);
    for (const report of schemaReports({
      validate: validateRayService,
      value: asServed,
      in: "manifest",
      base: [],
      unknownKeyEffect: "The API server prunes unknown fields without an error, so this setting would be lost."
    })) {
      add("rayservice-schema", report);
    }
    for (const report of options.crd?.validate(asServed) ?? []) add("crd-schema", report);
    for (const path of nonFinitePaths(asServed)) add("rayservice-schema", nonFiniteReport("manifest", path));
    const serve = typeof dict(value["spec"])["serveConfigV2"] === "string" ? doc.embedded(SERVE_CONFIG_PATH) : void 0;
    if (serve) {
      for (const secret of secretValuesIn(serve.value)) secrets.add(secret);
      for (const path of nonFinitePaths(serve.value)) add("serve-schema", nonFiniteReport("serve", path), serve);
      for (const problem of serve.problems) {
        add("yaml-syntax", {
          message: `serveConfigV2: ${problem.message}`,
          at: { in: "span", span: problem.span },
          hint: "Fix the YAML inside serveConfigV2; KubeRay would only report it once the head pod is up."
        });
      }
      const serveValue = serve.value;
      if (serve.problems.length === 0 && (typeof serveValue !== "object" || serveValue === null || Array.isArray(serveValue))) {
        add("serve-schema", {
          message: "serveConfigV2 does not hold a mapping with an applications: list.",
          at: { in: "manifest", path: SERVE_CONFIG_PATH },
          hint: "Write serveConfigV2: | followed by an indented applications: list."
        });
      }
    }
    const target = buildTarget(file, doc, serve);
    if (target.serve) {
      const unknownKeyEffect = "Ray ignores unknown keys here without a word, so this setting would have no effect.";
      for (const report of schemaReports({
        validate: validateServeConfig,
        value: target.serve.value,
        in: "serve",
        base: [],
        unknownKeyEffect
      })) {
        add("serve-schema", report, serve);
      }
      list(target.serve.value["applications"]).forEach((app, index) => {
        const importPath2 = dict(app)["import_path"];
        if (typeof importPath2 !== "string" || !LLM_BUILDERS.has(importPath2)) return;
        const args = dict(app)["args"];
        for (const report of schemaReports({
          validate: validateLlmServingArgs,
          value: args ?? {},
          in: "serve",
          base: ["applications", index, "args"],
          unknownKeyEffect: "ray.serve.llm rejects unknown keys when the application deploys."
        })) {
          add("serve-schema", report, serve);
        }
      });
    }
    for (const rule of RULES) rule.check(target, (report) => add(rule.meta.id, report, serve));
  }
  return settle(file, pending, text, options.config, rayServices, [...secrets]);
}
function nonFinitePaths(value, path = [], found = []) {
  if (typeof value === "number" && !Number.isFinite(value)) found.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => nonFinitePaths(item, [...path, i], found));
  else if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) nonFinitePaths(item, [...path, key], found);
  return found;
}
function nonFiniteReport(where2, path) {
  return {
    message: `${formatYamlPath(path)} is not a finite number (.inf or .nan): YAML reads it as a number, but JSON (the API server) and Ray have no such number.`,
    at: { in: where2, path },
    hint: "Write a finite number."
  };
}
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)])
  );
}
function settle(file, pending, text, config, rayServices, secrets) {
  const suppressions = findSuppressions(text);
  const clean = (message) => safeInline(redactValues(message, secrets));
  const lines = text.split("\n");
  const snippet = (line) => {
    const source = (lines[line - 1] ?? "").replace(/\r$/, "");
    return safeLines(redactValues(source.length > 240 ? `${source.slice(0, 240)}\u2026` : source, secrets));
  };
  const findings = [];
  let suppressed = 0;
  for (const { meta, report, source, serve } of pending) {
    const setting = config?.rules[meta.id];
    if (setting === "off") continue;
    const severity = setting ?? report.severity ?? meta.severity;
    const span = report.at.in === "span" ? report.at.span : (report.at.in === "serve" && serve ? serve : source).locate(report.at.path, report.at.part).span;
    if (suppressions.isSuppressed(meta.id, span.start.line)) {
      suppressed++;
      continue;
    }
    findings.push({
      ruleId: meta.id,
      severity,
      message: clean(report.message),
      ...report.hint ? { hint: clean(report.hint) } : {},
      file: safeInline(file),
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      snippet: snippet(span.start.line)
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { findings, suppressed, rayServices };
}

// src/lint/report.ts
function summarize(findings, counts) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
    ...counts
  };
}
var lintReportSchema = {
  type: "object",
  required: ["apiVersion", "kind", "findings", "summary"],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: "LintReport" },
    findings: {
      type: "array",
      items: {
        type: "object",
        required: ["ruleId", "severity", "message", "file", "line", "column"],
        properties: {
          ruleId: { type: "string" },
          severity: { enum: ["error", "warning", "info"] },
          message: { type: "string" },
          hint: { type: "string" },
          file: { type: "string" },
          line: { type: "integer", minimum: 1 },
          column: { type: "integer", minimum: 1 },
          endLine: { type: "integer", minimum: 1 },
          endColumn: { type: "integer", minimum: 1 },
          snippet: { type: "string" }
        }
      }
    },
    summary: {
      type: "object",
      required: ["errors", "warnings", "infos", "suppressed", "files", "rayServices"],
      properties: {
        errors: { type: "integer" },
        warnings: { type: "integer" },
        infos: { type: "integer" },
        suppressed: { type: "integer" },
        files: { type: "integer" },
        rayServices: { type: "integer" }
      }
    }
  }
};
var LINT_REPORT = defineContract("LintReport", lintReportSchema);

// src/lint/run.ts
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/lint/config.ts
var import_yaml = __toESM(require_dist(), 1);

// src/lint/types.ts
var SEVERITIES = ["error", "warning", "info"];

// src/lint/config.ts
var RULE_SETTINGS = [...SEVERITIES, "off"];
var EMPTY_CONFIG = { rules: {} };
var CONFIG_FILE_NAMES = [".rayservice-ci.yaml", ".rayservice-ci.yml"];
function parseLintConfig(source, text, knownRules) {
  let raw;
  try {
    raw = (0, import_yaml.parse)(text);
  } catch (error) {
    return { problems: [`${source}: not valid YAML: ${error.message.split("\n")[0]}`] };
  }
  const rules = dict(dict(dict(raw)["lint"])["rules"]);
  const problems = [];
  const settings = {};
  for (const [id, value] of Object.entries(rules)) {
    const setting = value === false ? "off" : String(value);
    if (!knownRules.includes(id)) {
      problems.push(`${source}: lint.rules.${id}: no such rule. Rules: ${knownRules.join(", ")}.`);
    } else if (!RULE_SETTINGS.includes(setting)) {
      problems.push(
        `${source}: lint.rules.${id}: "${setting}" is not a setting; use one of ${RULE_SETTINGS.join(", ")}.`
      );
    } else {
      settings[id] = setting;
    }
  }
  return problems.length ? { problems } : { rules: settings };
}

// src/lint/crd.ts
var import_yaml2 = __toESM(require_dist(), 1);
function withPruning(schema) {
  if (Array.isArray(schema)) return schema.map(withPruning);
  if (typeof schema !== "object" || schema === null) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) out[key] = withPruning(value);
  if (out["type"] === "object" && out["properties"] !== void 0 && out["additionalProperties"] === void 0 && out["x-kubernetes-preserve-unknown-fields"] !== true) {
    out["additionalProperties"] = false;
  }
  return out;
}
async function loadCrd(source, text) {
  let crd;
  try {
    crd = dict((0, import_yaml2.parse)(text, { maxAliasCount: 100 }));
  } catch (error) {
    return `${source} is not valid YAML: ${error.message.split("\n")[0]}`;
  }
  if (crd["kind"] !== "CustomResourceDefinition")
    return `${source} is not a CustomResourceDefinition (kind: ${String(crd["kind"])}).`;
  const spec = dict(crd["spec"]);
  const group = String(spec["group"]);
  const kind = String(dict(spec["names"])["kind"]);
  const versions = /* @__PURE__ */ new Map();
  const { Ajv } = await import("./ajv-IWXSZDJD.js");
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false, useDefaults: true });
  for (const version of list(spec["versions"])) {
    const v = dict(version);
    const schema = dict(dict(v["schema"])["openAPIV3Schema"]);
    const pruned = withPruning(schema);
    const properties = dict(pruned["properties"]);
    properties["metadata"] = { type: "object" };
    versions.set(`${group}/${String(v["name"])}`, ajv.compile({ ...pruned, properties }));
  }
  return {
    source,
    kind,
    validate(resource) {
      const apiVersion = String(dict(resource)["apiVersion"]);
      const validate = versions.get(apiVersion);
      if (!validate) return void 0;
      const defaulted = structuredClone(resource);
      if (validate(defaulted)) return [];
      return toReports(validate.errors ?? [], {
        value: defaulted,
        in: "manifest",
        base: [],
        unknownKeyEffect: "The API server prunes fields its CRD does not declare, without an error."
      });
    }
  };
}

// src/lint/lint-paths.ts
import { globSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
var YAML_FILE = /\.ya?ml$/i;
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git", "dist"]);
function walk(directory) {
  const out = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_DIRECTORIES.has(entry.name)) out.push(...walk(path));
    } else if (YAML_FILE.test(entry.name)) out.push(path);
  }
  return out.sort();
}
function expand(inputs, cwd, problems) {
  const files = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    if (/[*?[{]/.test(input)) {
      const yaml = globSync(input, { cwd }).filter((m) => YAML_FILE.test(m)).sort();
      if (yaml.length === 0) problems.push(`${input}: no YAML file matches this pattern.`);
      for (const match of yaml) if (!files.has(match)) files.set(match, false);
      continue;
    }
    const absolute = resolve(cwd, input);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      problems.push(
        `${input}: ${error.code === "ENOENT" ? "no such file or directory" : error.message}.`
      );
      continue;
    }
    if (info.isDirectory()) {
      const found = walk(absolute);
      for (const file of found) {
        const shown2 = isAbsolute(input) ? file : relative(cwd, file);
        if (!files.has(shown2)) files.set(shown2, false);
      }
    } else {
      files.set(input, true);
    }
  }
  return [...files].map(([path, explicit]) => ({ path, explicit }));
}
async function lintPaths(inputs, options) {
  const problems = [];
  const files = expand(inputs, options.cwd, problems);
  const findings = [];
  let suppressed = 0;
  let rayServices = 0;
  for (const file of files) {
    let text;
    try {
      text = readFileSync(resolve(options.cwd, file.path), "utf8");
    } catch (error) {
      problems.push(`${file.path}: ${error.message}.`);
      continue;
    }
    const result = lintText(file.path, text, { ...options, reportUnrecognised: file.explicit });
    findings.push(...result.findings);
    suppressed += result.suppressed;
    rayServices += result.rayServices;
  }
  if (problems.length === 0 && rayServices === 0 && findings.length === 0) {
    problems.push(`No RayService found in ${inputs.join(", ")}: lint looks for YAML documents with kind: RayService.`);
  }
  return {
    report: {
      apiVersion: API_VERSION,
      kind: "LintReport",
      findings,
      summary: summarize(findings, { suppressed, files: files.length, rayServices })
    },
    problems
  };
}

// src/lint/run.ts
function lintExitCode(report, maxWarnings) {
  if (report.summary.errors > 0) return 1;
  if (maxWarnings !== void 0 && report.summary.warnings > maxWarnings) return 1;
  return 0;
}
function readText(path) {
  try {
    return readFileSync2(path, "utf8");
  } catch {
    return void 0;
  }
}
function loadConfig(cwd, path) {
  const file = path ?? CONFIG_FILE_NAMES.find((name) => existsSync(resolve2(cwd, name)));
  if (file === void 0) return EMPTY_CONFIG;
  const text = readText(resolve2(cwd, file));
  if (text === void 0) return { problems: [`Cannot read the config file ${file}.`] };
  return parseLintConfig(
    file,
    text,
    ALL_RULES.map((rule) => rule.id)
  );
}
async function runLint(context, request) {
  const config = loadConfig(context.cwd, request.configPath);
  if ("problems" in config) return { ok: false, problems: config.problems };
  let crd;
  if (request.crdPath !== void 0) {
    const text = readText(resolve2(context.cwd, request.crdPath));
    if (text === void 0) return { ok: false, problems: [`Cannot read the CRD file ${request.crdPath}.`] };
    const loaded = await loadCrd(request.crdPath, text);
    if (typeof loaded === "string") return { ok: false, problems: [loaded] };
    crd = loaded;
  }
  const { report, problems } = await lintPaths(request.inputs, { cwd: context.cwd, config, ...crd ? { crd } : {} });
  return problems.length ? { ok: false, problems } : { ok: true, report };
}
function parseMaxWarnings(raw) {
  if (raw === void 0 || raw === "" || raw === "-1") return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) return `max-warnings takes a whole number \u2265 0 (or -1 for no limit), not "${raw}".`;
  return n;
}

// src/lint/format/text.ts
var COLORS = { error: "\x1B[31m", warning: "\x1B[33m", info: "\x1B[36m", dim: "\x1B[2m", reset: "\x1B[0m" };
function formatText(report, options = {}) {
  const paint = (color, text) => options.color ? `${COLORS[color]}${text}${COLORS.reset}` : text;
  const lines = [];
  for (const finding of report.findings) {
    lines.push(
      `${finding.file}:${finding.line}:${finding.column}: ${paint(finding.severity, finding.severity)} ${finding.message} ${paint("dim", `[${finding.ruleId}]`)}`
    );
    const text = finding.snippet;
    if (text !== void 0) {
      const gutter = String(finding.line).padStart(5);
      lines.push(paint("dim", `${gutter} | `) + text);
      const width = finding.endLine === finding.line ? Math.max(1, finding.endColumn - finding.column) : 1;
      lines.push(
        paint("dim", `${" ".repeat(5)} | `) + " ".repeat(finding.column - 1) + paint(finding.severity, "^".repeat(Math.min(width, 80)))
      );
    }
    if (finding.hint) lines.push(`${" ".repeat(7)}${paint("dim", "fix:")} ${finding.hint}`);
  }
  const { errors, warnings, infos, suppressed, rayServices, files } = report.summary;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const tail = suppressed ? `, ${suppressed} suppressed` : "";
  lines.push(
    `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")}${tail} in ${plural(rayServices, "RayService")} (${plural(files, "file")}).`
  );
  return `${lines.join("\n")}
`;
}

// src/lint/format/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function formatSarif(report, rules, tool) {
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rayservice-ci",
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.severity] }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((finding) => ({
          ruleId: finding.ruleId,
          ruleIndex: rules.findIndex((rule) => rule.id === finding.ruleId),
          level: LEVEL[finding.severity],
          message: { text: finding.hint ? `${finding.message} Fix: ${finding.hint}` : finding.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: finding.file.replaceAll("\\", "/").replace(/^\.\//, "") },
                region: {
                  startLine: finding.line,
                  startColumn: finding.column,
                  endLine: finding.endLine,
                  endColumn: finding.endColumn,
                  ...finding.snippet === void 0 ? {} : { snippet: { text: finding.snippet } }
                }
              }
            }
          ]
        }))
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/lint/format/rule-list.ts
function formatRuleList(rules) {
  const lines = [];
  for (const rule of rules) {
    lines.push(`${rule.id.padEnd(32)} ${rule.severity.padEnd(8)} ${rule.description}`);
    for (const band of rule.bands ?? []) lines.push(`${"".padEnd(41)} ${band.versions}: ${band.behaviour}`);
  }
  return `${lines.join("\n")}
`;
}

// src/lint/format/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function formatAnnotations(report) {
  return report.findings.map((f) => {
    const properties = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.line}`,
      `col=${f.column}`,
      `endLine=${f.endLine}`,
      ...f.endLine === f.line ? [`endColumn=${f.endColumn}`] : [],
      `title=${escapeProperty(`rayservice-ci ${f.ruleId}`)}`
    ].join(",");
    return `::${COMMAND[f.severity]} ${properties}::${escapeData(f.hint ? `${f.message}
Fix: ${f.hint}` : f.message)}
`;
  }).join("");
}
function cell(text) {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ").replaceAll("<", "&lt;");
}
function formatSummary(report, maxRows = 200) {
  const { errors, warnings, infos, rayServices, suppressed } = report.summary;
  const verdict = errors > 0 ? "\u274C" : warnings > 0 ? "\u26A0\uFE0F" : "\u2705";
  const lines = [
    `### ${verdict} rayservice-ci lint`,
    "",
    `${errors} error(s), ${warnings} warning(s), ${infos} info in ${rayServices} RayService(s)${suppressed ? `; ${suppressed} suppressed` : ""}.`
  ];
  if (report.findings.length) {
    lines.push("", "| | Where | Rule | Finding |", "|---|---|---|---|");
    for (const f of report.findings.slice(0, maxRows)) {
      const icon = f.severity === "error" ? "\u274C" : f.severity === "warning" ? "\u26A0\uFE0F" : "\u2139\uFE0F";
      lines.push(
        `| ${icon} | \`${cell(f.file)}:${f.line}:${f.column}\` | \`${f.ruleId}\` | ${cell(f.message)}${f.hint ? `<br>**Fix:** ${cell(f.hint)}` : ""} |`
      );
    }
    if (report.findings.length > maxRows)
      lines.push("", `\u2026and ${report.findings.length - maxRows} more; see the annotations or the SARIF file.`);
  }
  return `${lines.join("\n")}
`;
}

// src/lint/index.ts
var LINT_FORMATS = ["text", "json", "sarif", "github"];

export {
  ALL_RULES,
  lintText,
  LINT_REPORT,
  lintExitCode,
  runLint,
  parseMaxWarnings,
  formatText,
  formatSarif,
  formatRuleList,
  formatAnnotations,
  formatSummary,
  LINT_FORMATS
};
