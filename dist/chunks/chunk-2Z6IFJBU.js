import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);

// src/ray/values.ts
function isDict(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function dict(value) {
  return isDict(value) ? value : {};
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function numberOr(value, fallback) {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
function stringOr(value, fallback) {
  return typeof value === "string" ? value : fallback;
}
function valueAt(root, path) {
  let node = root;
  for (const segment of path) node = node?.[segment];
  return node;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isDict(value)) {
    return `{${Object.keys(value).sort().filter((k) => value[k] !== void 0).map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

// src/ray/version.ts
var VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?/;
function parseRayVersion(text) {
  const match = VERSION.exec(text.trim());
  if (!match) return void 0;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: text.trim() };
}
function compareRayVersions(a, b) {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
function atLeast(version, minimum) {
  const min = parseRayVersion(minimum);
  return min !== void 0 && compareRayVersions(version, min) >= 0;
}
var RAY_IMAGE = /(?:^|\/)rayproject\/(ray-llm|ray-ml|ray)(?::([^@\s]+))?(?=@|$)/;
function rayVersionOfImage(image) {
  const match = RAY_IMAGE.exec(image);
  if (!match) return void 0;
  const tag = match[2];
  if (tag === void 0) return "unversioned";
  return parseRayVersion(tag) ?? "unversioned";
}
var RAY_TAG = /^(2\.\d+(?:\.\d+)?)(?=$|[-_.+][0-9a-z])/i;
var RAY_BUILD_SUFFIX = /-(py3\d+|cu\d+|gpu|cpu|aarch64)\b/i;
var RAY_IN_NAME = /(?:^|[-_])ray-?(2\.\d+\.\d+)(?=$|[-_.])/i;
function rayVersionOfAnyImage(image) {
  const exact = rayVersionOfImage(image);
  if (exact === "unversioned") return void 0;
  if (exact !== void 0) return { version: exact, confidence: "rayproject" };
  const withoutDigest = image.trim().split("@")[0] ?? "";
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  const name = withoutDigest.slice(slash + 1, colon > slash ? colon : void 0);
  const tag = colon > slash ? withoutDigest.slice(colon + 1) : "";
  const tagged = RAY_TAG.exec(tag);
  const fromTag = tagged && (/ray/i.test(name) || RAY_BUILD_SUFFIX.test(tag)) ? tagged[1] : void 0;
  const text = fromTag ?? RAY_IN_NAME.exec(name)?.[1];
  const version = text === void 0 ? void 0 : parseRayVersion(text);
  return version === void 0 ? void 0 : { version, confidence: "guess" };
}
function formatRayVersion(version) {
  return `${version.major}.${version.minor}.${version.patch}`;
}
function bandOf(bands, version) {
  let chosen = bands[0];
  for (const band of bands) if (band.since === void 0 || atLeast(version, band.since)) chosen = band;
  return chosen;
}

// src/ray/llm-names.ts
var LLM_NAME_BANDS = [
  {
    modelPrefix: "LLMDeployment:",
    honoursName: false,
    ingress: "LLMRouter",
    source: 'ray python/ray/llm/_internal/serve/builders/application_builders.py build_llm_deployment (name_prefix="LLMDeployment:"), configs/server_models.py LLMConfig.get_serve_options; deployments/routers/router.py LLMRouter.as_deployment'
  },
  {
    since: "2.47.0",
    modelPrefix: "LLMDeployment",
    honoursName: true,
    ingress: "LLMRouter",
    source: 'ray PR #53099: application_builders.py build_llm_deployment (name_prefix or "LLMDeployment", no colon); server_models.py get_serve_options keeps a given deployment_config name'
  },
  {
    since: "2.49.0",
    modelPrefix: "LLMServer:",
    honoursName: true,
    ingress: "LLMRouter",
    source: 'ray application_builders.py build_llm_deployment (name_prefix or "LLMServer:")'
  },
  {
    since: "2.50.0",
    modelPrefix: "LLMServer:",
    honoursName: true,
    ingress: "OpenAiIngress",
    source: 'ray deployments/llm/builder_llm_server.py build_llm_deployment (the class name LLMServer + ":"); deployments/routers/builder_ingress.py build_openai_app (make_fastapi_ingress(OpenAiIngress), named after its class)'
  }
];
function llmNamesBand(version) {
  return version === void 0 ? LLM_NAME_BANDS[0] : bandOf(LLM_NAME_BANDS, version);
}
function llmDeploymentName(modelId, override, version) {
  const band = llmNamesBand(version);
  const own = band.honoursName && override !== void 0 ? override : modelId.replaceAll("/", "--").replaceAll(".", "_");
  return `${band.modelPrefix}${own}`;
}
function llmIngressName(args, version) {
  const override = version !== void 0 && atLeast(version, "2.51.0") && typeof args === "object" && args !== null ? args.ingress_deployment_config?.name : void 0;
  return typeof override === "string" && override !== "" ? override : llmNamesBand(version).ingress;
}

// src/ray/serve-model.ts
var LLM_BUILDERS = /* @__PURE__ */ new Set(["ray.serve.llm:build_openai_app", "ray.serve.llm.build_openai_app"]);
function serveApps(serveConfig) {
  return list(dict(serveConfig)["applications"]).map((raw, index) => {
    const app = dict(raw);
    const importPath = stringOr(app["import_path"], void 0);
    const routePrefix = app["route_prefix"] === null ? null : stringOr(app["route_prefix"], void 0);
    return {
      index,
      name: stringOr(app["name"], "default"),
      importPath,
      routePrefix,
      isLlm: importPath !== void 0 && LLM_BUILDERS.has(importPath)
    };
  });
}
function serveDeployments(serveConfig, version) {
  const out = [];
  const apps = list(dict(serveConfig)["applications"]);
  for (const app of serveApps(serveConfig)) {
    const raw = dict(apps[app.index]);
    const appPath = ["applications", app.index];
    if (app.isLlm) {
      list(dict(raw["args"])["llm_configs"]).forEach((config, j) => {
        if (!isDict(config)) return;
        const configPath = [...appPath, "args", "llm_configs", j];
        const options = dict(config["deployment_config"]);
        const engine = dict(config["engine_kwargs"]);
        const modelId = stringOr(dict(config["model_loading_config"])["model_id"], `model-${j}`);
        const tensorParallel = numberOr(engine["tensor_parallel_size"], 1);
        const pipelineParallel = numberOr(engine["pipeline_parallel_size"], 1);
        const gpusPath = engine["tensor_parallel_size"] !== void 0 ? [...configPath, "engine_kwargs", "tensor_parallel_size"] : engine["pipeline_parallel_size"] !== void 0 ? [...configPath, "engine_kwargs", "pipeline_parallel_size"] : [...configPath, "model_loading_config", "model_id"];
        out.push({
          appIndex: app.index,
          appName: app.name,
          kind: "llm",
          name: llmDeploymentName(modelId, stringOr(options["name"], void 0), version),
          optionsPath: [...configPath, "deployment_config"],
          options,
          ...autoscalingFields(options),
          gpusPerReplica: tensorParallel * pipelineParallel,
          gpusPath,
          llm: {
            modelId,
            modelIdPath: [...configPath, "model_loading_config", "model_id"],
            tensorParallel,
            pipelineParallel,
            maxModelLen: numberOr(engine["max_model_len"], void 0),
            configPath
          }
        });
      });
    }
    list(raw["deployments"]).forEach((deployment, k) => {
      if (!isDict(deployment)) return;
      const optionsPath = [...appPath, "deployments", k];
      const actor = dict(deployment["ray_actor_options"]);
      const gpus = numberOr(actor["num_gpus"], void 0);
      out.push({
        appIndex: app.index,
        appName: app.name,
        kind: "override",
        name: stringOr(deployment["name"], `#${k}`),
        optionsPath,
        options: deployment,
        ...autoscalingFields(deployment),
        gpusPerReplica: gpus,
        gpusPath: gpus === void 0 ? void 0 : [...optionsPath, "ray_actor_options", "num_gpus"]
      });
    });
  }
  return out;
}
function autoscalingFields(options) {
  const numReplicas2 = options["num_replicas"];
  return {
    autoscaling: isDict(options["autoscaling_config"]) ? options["autoscaling_config"] : void 0,
    numReplicas: numReplicas2 === "auto" ? "auto" : numberOr(numReplicas2, void 0),
    maxOngoingRequests: numberOr(options["max_ongoing_requests"], void 0)
  };
}
function runtimeEnvPaths(serveConfig) {
  const paths = [];
  list(dict(serveConfig)["applications"]).forEach((raw, a) => {
    const app = dict(raw);
    const base = ["applications", a];
    if (app["runtime_env"] !== void 0) paths.push([...base, "runtime_env"]);
    list(app["deployments"]).forEach((d, k) => {
      if (dict(dict(d)["ray_actor_options"])["runtime_env"] !== void 0)
        paths.push([...base, "deployments", k, "ray_actor_options", "runtime_env"]);
    });
    list(dict(app["args"])["llm_configs"]).forEach((config, j) => {
      const c = dict(config);
      const llm = [...base, "args", "llm_configs", j];
      if (c["runtime_env"] !== void 0) paths.push([...llm, "runtime_env"]);
      if (dict(dict(c["deployment_config"])["ray_actor_options"])["runtime_env"] !== void 0) {
        paths.push([...llm, "deployment_config", "ray_actor_options", "runtime_env"]);
      }
    });
  });
  return paths;
}

// src/time/go-duration.ts
var UNIT_MS = {
  ns: 1e-6,
  us: 1e-3,
  \u00B5s: 1e-3,
  \u03BCs: 1e-3,
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5
};
var PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
function parseGoDuration(text) {
  let rest = text;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    sign = rest.startsWith("-") ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === "0") return 0;
  if (rest === "") return void 0;
  PART.lastIndex = 0;
  let total = 0;
  while (PART.lastIndex < rest.length) {
    const at = PART.lastIndex;
    const match = PART.exec(rest);
    if (!match || match.index !== at) return void 0;
    total += Number(match[1]) * UNIT_MS[match[2]];
  }
  return sign * total;
}
function parseGoDurationOrSeconds(text) {
  const duration = parseGoDuration(text);
  if (duration !== void 0) return duration;
  return /^[+-]?\d+$/.test(text) ? Number(text) * 1e3 : void 0;
}
function formatGoDuration(ms) {
  if (ms === 0) return "0s";
  const sign = ms < 0 ? "-" : "";
  const abs = Math.abs(ms);
  if (abs < 1e3) return `${sign}${trim(abs)}ms`;
  const h = Math.floor(abs / 36e5);
  const m = Math.floor(abs % 36e5 / 6e4);
  const s = abs % 6e4 / 1e3;
  return `${sign}${h ? `${h}h` : ""}${h || m ? `${m}m` : ""}${trim(s)}s`;
}
function trim(value) {
  return String(Number(value.toFixed(9)));
}

// src/ray/rayservice-metadata.ts
var MAX_RAYSERVICE_NAME = 47;
var DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
var INITIALIZING_TIMEOUT_ANNOTATION = "ray.io/initializing-timeout";
function initializingTimeoutOf(value) {
  const ms = parseGoDurationOrSeconds(value);
  if (ms === void 0) return { problem: "format" };
  return ms > 0 ? { ms } : { problem: "not-positive" };
}

// src/ray/schemas/generated/llm-serving-args.ts
var schema11 = { "type": "object", "properties": { "llm_configs": { "type": "array", "items": { "if": { "type": "object" }, "then": { "type": "object", "properties": { "runtime_env": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": { "env_vars": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "working_dir": { "type": "string", "x-expect": "a string" }, "py_modules": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "pip": {}, "uv": {}, "conda": {}, "config": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "x-expect": "a value of type object or null" }, "model_loading_config": { "type": "object", "properties": { "model_id": { "type": "string", "x-expect": "a string" }, "model_source": { "anyOf": [{ "type": "string" }, { "type": "object" }, { "type": "null" }], "x-expect": "a path, a model id or a cloud mirror" }, "tokenizer_source": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" } }, "required": ["model_id"], "additionalProperties": false }, "llm_engine": { "type": "string", "x-expect": "a string" }, "engine_kwargs": { "type": "object", "properties": { "tensor_parallel_size": { "type": "integer", "x-expect": "an integer" }, "pipeline_parallel_size": { "type": "integer", "x-expect": "an integer" }, "max_model_len": { "type": "integer", "x-expect": "an integer" } }, "required": [] }, "resources_per_bundle": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a value of type object or null" }, "accelerator_type": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "lora_config": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": { "dynamic_lora_loading_path": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "max_num_adapters_per_replica": { "type": "integer", "x-expect": "an integer" }, "download_timeout_s": { "type": "number", "x-expect": "a number" }, "max_download_tries": { "type": "integer", "x-expect": "an integer" } }, "required": [], "additionalProperties": false }, "x-expect": "a value of type object or null" }, "deployment_config": { "type": "object", "properties": { "name": { "type": "string", "x-expect": "a string" }, "num_replicas": { "anyOf": [{ "type": "integer" }, { "const": "auto" }, { "type": "null" }], "x-expect": 'an integer \u2265 1 or "auto"' }, "max_ongoing_requests": { "type": "number", "x-expect": "a number" }, "max_queued_requests": { "type": "integer", "x-expect": "an integer" }, "user_config": {}, "autoscaling_config": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": { "min_replicas": { "type": "integer", "x-expect": "an integer" }, "initial_replicas": { "if": { "type": "null" }, "then": true, "else": { "type": "integer", "x-expect": "an integer" }, "x-expect": "an integer or null" }, "max_replicas": { "type": "integer", "x-expect": "an integer" }, "target_ongoing_requests": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "metrics_interval_s": { "type": "number", "x-expect": "a number" }, "look_back_period_s": { "type": "number", "x-expect": "a number" }, "smoothing_factor": { "type": "number", "x-expect": "a number" }, "upscale_smoothing_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscale_smoothing_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "upscaling_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscaling_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscale_delay_s": { "type": "number", "x-expect": "a number" }, "downscale_to_zero_delay_s": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "upscale_delay_s": { "type": "number", "x-expect": "a number" }, "aggregation_function": { "type": "string", "enum": ["mean", "max", "min", "MEAN", "MAX", "MIN"], "x-expect": 'one of "mean", "max", "min", "MEAN", "MAX", "MIN"' }, "policy": {}, "prometheus_metrics": { "if": { "type": "null" }, "then": true, "else": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "x-expect": "a list or null" }, "target_num_ongoing_requests_per_replica": { "type": "number", "x-expect": "a number" } }, "required": [], "additionalProperties": false }, "x-expect": "a value of type object or null" }, "graceful_shutdown_wait_loop_s": { "type": "number", "x-expect": "a number" }, "graceful_shutdown_timeout_s": { "type": "number", "x-expect": "a number" }, "health_check_period_s": { "type": "number", "x-expect": "a number" }, "health_check_timeout_s": { "type": "number", "x-expect": "a number" }, "ray_actor_options": { "type": "object", "properties": { "runtime_env": { "type": "object", "properties": { "env_vars": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "working_dir": { "type": "string", "x-expect": "a string" }, "py_modules": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "pip": {}, "uv": {}, "conda": {}, "config": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "num_cpus": { "type": "number", "x-expect": "a number" }, "num_gpus": { "type": "number", "x-expect": "a number" }, "memory": { "type": "number", "x-expect": "a number" }, "object_store_memory": { "type": "number", "x-expect": "a number" }, "resources": { "type": "object", "properties": {}, "required": [] }, "accelerator_type": { "type": "string", "x-expect": "a string" }, "label_selector": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [], "additionalProperties": false }, "logging_config": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["TEXT", "JSON"], "x-expect": 'one of "TEXT", "JSON"' }, "log_level": { "anyOf": [{ "type": "string" }, { "type": "integer" }], "x-expect": "a log level name or number" }, "logs_dir": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "enable_access_log": { "type": "boolean", "x-expect": "true or false" }, "additional_log_standard_attrs": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "request_router_config": { "type": "object", "properties": {}, "required": [] }, "max_constructor_retry_count": { "type": "integer", "x-expect": "an integer" }, "max_replicas_per_node": { "type": "integer", "x-expect": "an integer" } }, "required": [], "additionalProperties": false }, "experimental_configs": { "type": "object", "properties": {}, "required": [] }, "log_engine_metrics": { "type": "boolean", "x-expect": "true or false" }, "callback_config": {}, "placement_group_config": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a value of type object or null" } }, "required": ["model_loading_config"], "additionalProperties": false }, "else": { "type": "string", "x-expect": "an LLM config or a path to one" } }, "x-expect": "a list" }, "ingress_cls_config": { "type": "object", "properties": {}, "required": [] }, "ingress_deployment_config": { "type": "object", "properties": {}, "required": [] } }, "required": ["llm_configs"], "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var validate = (function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.llm_configs === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "llm_configs" }, message: "must have required property 'llm_configs'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "llm_configs" || key0 === "ingress_cls_config" || key0 === "ingress_deployment_config")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.llm_configs !== void 0) {
      let data0 = data.llm_configs;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          const _errs5 = errors;
          let valid3 = true;
          const _errs6 = errors;
          if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
            const err2 = {};
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          var _valid0 = _errs6 === errors;
          errors = _errs5;
          if (vErrors !== null) {
            if (_errs5) {
              vErrors.length = _errs5;
            } else {
              vErrors = null;
            }
          }
          let ifClause0;
          if (_valid0) {
            const _errs8 = errors;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.model_loading_config === void 0) {
                const err3 = { instancePath: instancePath + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/then/required", keyword: "required", params: { missingProperty: "model_loading_config" }, message: "must have required property 'model_loading_config'", schema: schema11.properties.llm_configs.items.then.required, parentSchema: schema11.properties.llm_configs.items.then, data: data1 };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
              for (const key1 in data1) {
                if (!func2.call(schema11.properties.llm_configs.items.then.properties, key1)) {
                  const err4 = { instancePath: instancePath + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/then/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
              if (data1.runtime_env !== void 0) {
                let data2 = data1.runtime_env;
                const _errs12 = errors;
                let valid5 = true;
                const _errs13 = errors;
                if (data2 !== null) {
                  const err5 = {};
                  if (vErrors === null) {
                    vErrors = [err5];
                  } else {
                    vErrors.push(err5);
                  }
                  errors++;
                }
                var _valid1 = _errs13 === errors;
                errors = _errs12;
                if (vErrors !== null) {
                  if (_errs12) {
                    vErrors.length = _errs12;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid1) {
                  const _errs15 = errors;
                  if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
                    if (data2.env_vars !== void 0) {
                      let data3 = data2.env_vars;
                      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                        for (const key2 in data3) {
                          let data4 = data3[key2];
                          if (typeof data4 !== "string") {
                            const err6 = { instancePath: instancePath + "/llm_configs/" + i0 + "/runtime_env/env_vars/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/env_vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.env_vars.additionalProperties.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.env_vars.additionalProperties, data: data4 };
                            if (vErrors === null) {
                              vErrors = [err6];
                            } else {
                              vErrors.push(err6);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err7 = { instancePath: instancePath + "/llm_configs/" + i0 + "/runtime_env/env_vars", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/env_vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.env_vars.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.env_vars, data: data3 };
                        if (vErrors === null) {
                          vErrors = [err7];
                        } else {
                          vErrors.push(err7);
                        }
                        errors++;
                      }
                    }
                    if (data2.working_dir !== void 0) {
                      let data5 = data2.working_dir;
                      if (typeof data5 !== "string") {
                        const err8 = { instancePath: instancePath + "/llm_configs/" + i0 + "/runtime_env/working_dir", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.working_dir.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.working_dir, data: data5 };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                      }
                    }
                    if (data2.py_modules !== void 0) {
                      let data6 = data2.py_modules;
                      if (Array.isArray(data6)) {
                        const len1 = data6.length;
                        for (let i1 = 0; i1 < len1; i1++) {
                          let data7 = data6[i1];
                          if (typeof data7 !== "string") {
                            const err9 = { instancePath: instancePath + "/llm_configs/" + i0 + "/runtime_env/py_modules/" + i1, schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/py_modules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.py_modules.items.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.py_modules.items, data: data7 };
                            if (vErrors === null) {
                              vErrors = [err9];
                            } else {
                              vErrors.push(err9);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err10 = { instancePath: instancePath + "/llm_configs/" + i0 + "/runtime_env/py_modules", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/py_modules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.py_modules.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.py_modules, data: data6 };
                        if (vErrors === null) {
                          vErrors = [err10];
                        } else {
                          vErrors.push(err10);
                        }
                        errors++;
                      }
                    }
                    if (data2.config !== void 0) {
                      let data8 = data2.config;
                      if (!(data8 && typeof data8 == "object" && !Array.isArray(data8))) {
                        const err11 = { instancePath: instancePath + "/llm_configs/" + i0 + "/runtime_env/config", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.properties.config, data: data8 };
                        if (vErrors === null) {
                          vErrors = [err11];
                        } else {
                          vErrors.push(err11);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/llm_configs/" + i0 + "/runtime_env", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.runtime_env.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env.else, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                  var _valid1 = _errs15 === errors;
                  valid5 = _valid1;
                }
                if (!valid5) {
                  const err13 = { instancePath: instancePath + "/llm_configs/" + i0 + "/runtime_env", schemaPath: "#/properties/llm_configs/items/then/properties/runtime_env/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.runtime_env.if, parentSchema: schema11.properties.llm_configs.items.then.properties.runtime_env, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              if (data1.model_loading_config !== void 0) {
                let data9 = data1.model_loading_config;
                if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                  if (data9.model_id === void 0) {
                    const err14 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/required", keyword: "required", params: { missingProperty: "model_id" }, message: "must have required property 'model_id'", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.required, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                  for (const key3 in data9) {
                    if (!(key3 === "model_id" || key3 === "model_source" || key3 === "tokenizer_source")) {
                      const err15 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config, data: data9 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                  if (data9.model_id !== void 0) {
                    let data10 = data9.model_id;
                    if (typeof data10 !== "string") {
                      const err16 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config/model_id", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_id.type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_id, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  }
                  if (data9.model_source !== void 0) {
                    let data11 = data9.model_source;
                    const _errs36 = errors;
                    let valid11 = false;
                    const _errs37 = errors;
                    if (typeof data11 !== "string") {
                      const err17 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config/model_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_source/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[0].type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[0], data: data11 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                    var _valid2 = _errs37 === errors;
                    valid11 = valid11 || _valid2;
                    if (!valid11) {
                      const _errs39 = errors;
                      if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                        const err18 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config/model_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_source/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[1].type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[1], data: data11 };
                        if (vErrors === null) {
                          vErrors = [err18];
                        } else {
                          vErrors.push(err18);
                        }
                        errors++;
                      }
                      var _valid2 = _errs39 === errors;
                      valid11 = valid11 || _valid2;
                      if (!valid11) {
                        const _errs41 = errors;
                        if (data11 !== null) {
                          const err19 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config/model_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_source/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[2].type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf[2], data: data11 };
                          if (vErrors === null) {
                            vErrors = [err19];
                          } else {
                            vErrors.push(err19);
                          }
                          errors++;
                        }
                        var _valid2 = _errs41 === errors;
                        valid11 = valid11 || _valid2;
                      }
                    }
                    if (!valid11) {
                      const err20 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config/model_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/model_source/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source.anyOf, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.model_source, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    } else {
                      errors = _errs36;
                      if (vErrors !== null) {
                        if (_errs36) {
                          vErrors.length = _errs36;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                  if (data9.tokenizer_source !== void 0) {
                    let data12 = data9.tokenizer_source;
                    const _errs44 = errors;
                    let valid12 = true;
                    const _errs45 = errors;
                    if (data12 !== null) {
                      const err21 = {};
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                    var _valid3 = _errs45 === errors;
                    errors = _errs44;
                    if (vErrors !== null) {
                      if (_errs44) {
                        vErrors.length = _errs44;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (!_valid3) {
                      const _errs47 = errors;
                      if (typeof data12 !== "string") {
                        const err22 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config/tokenizer_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/tokenizer_source/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.tokenizer_source.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.tokenizer_source.else, data: data12 };
                        if (vErrors === null) {
                          vErrors = [err22];
                        } else {
                          vErrors.push(err22);
                        }
                        errors++;
                      }
                      var _valid3 = _errs47 === errors;
                      valid12 = _valid3;
                    }
                    if (!valid12) {
                      const err23 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config/tokenizer_source", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/properties/tokenizer_source/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.tokenizer_source.if, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config.properties.tokenizer_source, data: data12 };
                      if (vErrors === null) {
                        vErrors = [err23];
                      } else {
                        vErrors.push(err23);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err24 = { instancePath: instancePath + "/llm_configs/" + i0 + "/model_loading_config", schemaPath: "#/properties/llm_configs/items/then/properties/model_loading_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.model_loading_config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.model_loading_config, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data1.llm_engine !== void 0) {
                let data13 = data1.llm_engine;
                if (typeof data13 !== "string") {
                  const err25 = { instancePath: instancePath + "/llm_configs/" + i0 + "/llm_engine", schemaPath: "#/properties/llm_configs/items/then/properties/llm_engine/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.llm_engine.type, parentSchema: schema11.properties.llm_configs.items.then.properties.llm_engine, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data1.engine_kwargs !== void 0) {
                let data14 = data1.engine_kwargs;
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                  if (data14.tensor_parallel_size !== void 0) {
                    let data15 = data14.tensor_parallel_size;
                    if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)))) {
                      const err26 = { instancePath: instancePath + "/llm_configs/" + i0 + "/engine_kwargs/tensor_parallel_size", schemaPath: "#/properties/llm_configs/items/then/properties/engine_kwargs/properties/tensor_parallel_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.tensor_parallel_size.type, parentSchema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.tensor_parallel_size, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                  if (data14.pipeline_parallel_size !== void 0) {
                    let data16 = data14.pipeline_parallel_size;
                    if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                      const err27 = { instancePath: instancePath + "/llm_configs/" + i0 + "/engine_kwargs/pipeline_parallel_size", schemaPath: "#/properties/llm_configs/items/then/properties/engine_kwargs/properties/pipeline_parallel_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.pipeline_parallel_size.type, parentSchema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.pipeline_parallel_size, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                  if (data14.max_model_len !== void 0) {
                    let data17 = data14.max_model_len;
                    if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)))) {
                      const err28 = { instancePath: instancePath + "/llm_configs/" + i0 + "/engine_kwargs/max_model_len", schemaPath: "#/properties/llm_configs/items/then/properties/engine_kwargs/properties/max_model_len/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.max_model_len.type, parentSchema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.properties.max_model_len, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err29 = { instancePath: instancePath + "/llm_configs/" + i0 + "/engine_kwargs", schemaPath: "#/properties/llm_configs/items/then/properties/engine_kwargs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.engine_kwargs.type, parentSchema: schema11.properties.llm_configs.items.then.properties.engine_kwargs, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              }
              if (data1.resources_per_bundle !== void 0) {
                let data18 = data1.resources_per_bundle;
                const _errs60 = errors;
                let valid14 = true;
                const _errs61 = errors;
                if (data18 !== null) {
                  const err30 = {};
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
                var _valid4 = _errs61 === errors;
                errors = _errs60;
                if (vErrors !== null) {
                  if (_errs60) {
                    vErrors.length = _errs60;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid4) {
                  const _errs63 = errors;
                  if (!(data18 && typeof data18 == "object" && !Array.isArray(data18))) {
                    const err31 = { instancePath: instancePath + "/llm_configs/" + i0 + "/resources_per_bundle", schemaPath: "#/properties/llm_configs/items/then/properties/resources_per_bundle/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.resources_per_bundle.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.resources_per_bundle.else, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                  }
                  var _valid4 = _errs63 === errors;
                  valid14 = _valid4;
                }
                if (!valid14) {
                  const err32 = { instancePath: instancePath + "/llm_configs/" + i0 + "/resources_per_bundle", schemaPath: "#/properties/llm_configs/items/then/properties/resources_per_bundle/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.resources_per_bundle.if, parentSchema: schema11.properties.llm_configs.items.then.properties.resources_per_bundle, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data1.accelerator_type !== void 0) {
                let data19 = data1.accelerator_type;
                const _errs66 = errors;
                let valid15 = true;
                const _errs67 = errors;
                if (data19 !== null) {
                  const err33 = {};
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
                var _valid5 = _errs67 === errors;
                errors = _errs66;
                if (vErrors !== null) {
                  if (_errs66) {
                    vErrors.length = _errs66;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid5) {
                  const _errs69 = errors;
                  if (typeof data19 !== "string") {
                    const err34 = { instancePath: instancePath + "/llm_configs/" + i0 + "/accelerator_type", schemaPath: "#/properties/llm_configs/items/then/properties/accelerator_type/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.accelerator_type.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.accelerator_type.else, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                  var _valid5 = _errs69 === errors;
                  valid15 = _valid5;
                }
                if (!valid15) {
                  const err35 = { instancePath: instancePath + "/llm_configs/" + i0 + "/accelerator_type", schemaPath: "#/properties/llm_configs/items/then/properties/accelerator_type/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.accelerator_type.if, parentSchema: schema11.properties.llm_configs.items.then.properties.accelerator_type, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (data1.lora_config !== void 0) {
                let data20 = data1.lora_config;
                const _errs72 = errors;
                let valid16 = true;
                const _errs73 = errors;
                if (data20 !== null) {
                  const err36 = {};
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                var _valid6 = _errs73 === errors;
                errors = _errs72;
                if (vErrors !== null) {
                  if (_errs72) {
                    vErrors.length = _errs72;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid6) {
                  const _errs75 = errors;
                  if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                    for (const key4 in data20) {
                      if (!(key4 === "dynamic_lora_loading_path" || key4 === "max_num_adapters_per_replica" || key4 === "download_timeout_s" || key4 === "max_download_tries")) {
                        const err37 = { instancePath: instancePath + "/llm_configs/" + i0 + "/lora_config", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else, data: data20 };
                        if (vErrors === null) {
                          vErrors = [err37];
                        } else {
                          vErrors.push(err37);
                        }
                        errors++;
                      }
                    }
                    if (data20.dynamic_lora_loading_path !== void 0) {
                      let data21 = data20.dynamic_lora_loading_path;
                      const _errs79 = errors;
                      let valid18 = true;
                      const _errs80 = errors;
                      if (data21 !== null) {
                        const err38 = {};
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                      var _valid7 = _errs80 === errors;
                      errors = _errs79;
                      if (vErrors !== null) {
                        if (_errs79) {
                          vErrors.length = _errs79;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid7) {
                        const _errs82 = errors;
                        if (typeof data21 !== "string") {
                          const err39 = { instancePath: instancePath + "/llm_configs/" + i0 + "/lora_config/dynamic_lora_loading_path", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/dynamic_lora_loading_path/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.dynamic_lora_loading_path.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.dynamic_lora_loading_path.else, data: data21 };
                          if (vErrors === null) {
                            vErrors = [err39];
                          } else {
                            vErrors.push(err39);
                          }
                          errors++;
                        }
                        var _valid7 = _errs82 === errors;
                        valid18 = _valid7;
                      }
                      if (!valid18) {
                        const err40 = { instancePath: instancePath + "/llm_configs/" + i0 + "/lora_config/dynamic_lora_loading_path", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/dynamic_lora_loading_path/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.dynamic_lora_loading_path.if, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.dynamic_lora_loading_path, data: data21 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                    if (data20.max_num_adapters_per_replica !== void 0) {
                      let data22 = data20.max_num_adapters_per_replica;
                      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                        const err41 = { instancePath: instancePath + "/llm_configs/" + i0 + "/lora_config/max_num_adapters_per_replica", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/max_num_adapters_per_replica/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.max_num_adapters_per_replica.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.max_num_adapters_per_replica, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err41];
                        } else {
                          vErrors.push(err41);
                        }
                        errors++;
                      }
                    }
                    if (data20.download_timeout_s !== void 0) {
                      let data23 = data20.download_timeout_s;
                      if (!(typeof data23 == "number")) {
                        const err42 = { instancePath: instancePath + "/llm_configs/" + i0 + "/lora_config/download_timeout_s", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/download_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.download_timeout_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.download_timeout_s, data: data23 };
                        if (vErrors === null) {
                          vErrors = [err42];
                        } else {
                          vErrors.push(err42);
                        }
                        errors++;
                      }
                    }
                    if (data20.max_download_tries !== void 0) {
                      let data24 = data20.max_download_tries;
                      if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)))) {
                        const err43 = { instancePath: instancePath + "/llm_configs/" + i0 + "/lora_config/max_download_tries", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/properties/max_download_tries/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.max_download_tries.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else.properties.max_download_tries, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err43];
                        } else {
                          vErrors.push(err43);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err44 = { instancePath: instancePath + "/llm_configs/" + i0 + "/lora_config", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.lora_config.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config.else, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                  var _valid6 = _errs75 === errors;
                  valid16 = _valid6;
                }
                if (!valid16) {
                  const err45 = { instancePath: instancePath + "/llm_configs/" + i0 + "/lora_config", schemaPath: "#/properties/llm_configs/items/then/properties/lora_config/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.lora_config.if, parentSchema: schema11.properties.llm_configs.items.then.properties.lora_config, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              }
              if (data1.deployment_config !== void 0) {
                let data25 = data1.deployment_config;
                if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                  for (const key5 in data25) {
                    if (!func2.call(schema11.properties.llm_configs.items.then.properties.deployment_config.properties, key5)) {
                      const err46 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config, data: data25 };
                      if (vErrors === null) {
                        vErrors = [err46];
                      } else {
                        vErrors.push(err46);
                      }
                      errors++;
                    }
                  }
                  if (data25.name !== void 0) {
                    let data26 = data25.name;
                    if (typeof data26 !== "string") {
                      const err47 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/name", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.name.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.name, data: data26 };
                      if (vErrors === null) {
                        vErrors = [err47];
                      } else {
                        vErrors.push(err47);
                      }
                      errors++;
                    }
                  }
                  if (data25.num_replicas !== void 0) {
                    let data27 = data25.num_replicas;
                    const _errs96 = errors;
                    let valid20 = false;
                    const _errs97 = errors;
                    if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)))) {
                      const err48 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/num_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/num_replicas/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[0].type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[0], data: data27 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    var _valid8 = _errs97 === errors;
                    valid20 = valid20 || _valid8;
                    if (!valid20) {
                      const _errs99 = errors;
                      if ("auto" !== data27) {
                        const err49 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/num_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/num_replicas/anyOf/1/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[1], data: data27 };
                        if (vErrors === null) {
                          vErrors = [err49];
                        } else {
                          vErrors.push(err49);
                        }
                        errors++;
                      }
                      var _valid8 = _errs99 === errors;
                      valid20 = valid20 || _valid8;
                      if (!valid20) {
                        const _errs100 = errors;
                        if (data27 !== null) {
                          const err50 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/num_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/num_replicas/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[2].type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf[2], data: data27 };
                          if (vErrors === null) {
                            vErrors = [err50];
                          } else {
                            vErrors.push(err50);
                          }
                          errors++;
                        }
                        var _valid8 = _errs100 === errors;
                        valid20 = valid20 || _valid8;
                      }
                    }
                    if (!valid20) {
                      const err51 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/num_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/num_replicas/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas.anyOf, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.num_replicas, data: data27 };
                      if (vErrors === null) {
                        vErrors = [err51];
                      } else {
                        vErrors.push(err51);
                      }
                      errors++;
                    } else {
                      errors = _errs96;
                      if (vErrors !== null) {
                        if (_errs96) {
                          vErrors.length = _errs96;
                        } else {
                          vErrors = null;
                        }
                      }
                    }
                  }
                  if (data25.max_ongoing_requests !== void 0) {
                    let data28 = data25.max_ongoing_requests;
                    if (!(typeof data28 == "number")) {
                      const err52 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/max_ongoing_requests", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/max_ongoing_requests/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_ongoing_requests.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_ongoing_requests, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                  }
                  if (data25.max_queued_requests !== void 0) {
                    let data29 = data25.max_queued_requests;
                    if (!(typeof data29 == "number" && (!(data29 % 1) && !isNaN(data29)))) {
                      const err53 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/max_queued_requests", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/max_queued_requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_queued_requests.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_queued_requests, data: data29 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                  if (data25.autoscaling_config !== void 0) {
                    let data30 = data25.autoscaling_config;
                    const _errs107 = errors;
                    let valid21 = true;
                    const _errs108 = errors;
                    if (data30 !== null) {
                      const err54 = {};
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                    var _valid9 = _errs108 === errors;
                    errors = _errs107;
                    if (vErrors !== null) {
                      if (_errs107) {
                        vErrors.length = _errs107;
                      } else {
                        vErrors = null;
                      }
                    }
                    if (!_valid9) {
                      const _errs110 = errors;
                      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                        for (const key6 in data30) {
                          if (!func2.call(schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties, key6)) {
                            const err55 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else, data: data30 };
                            if (vErrors === null) {
                              vErrors = [err55];
                            } else {
                              vErrors.push(err55);
                            }
                            errors++;
                          }
                        }
                        if (data30.min_replicas !== void 0) {
                          let data31 = data30.min_replicas;
                          if (!(typeof data31 == "number" && (!(data31 % 1) && !isNaN(data31)))) {
                            const err56 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/min_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/min_replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.min_replicas.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.min_replicas, data: data31 };
                            if (vErrors === null) {
                              vErrors = [err56];
                            } else {
                              vErrors.push(err56);
                            }
                            errors++;
                          }
                        }
                        if (data30.initial_replicas !== void 0) {
                          let data32 = data30.initial_replicas;
                          const _errs116 = errors;
                          let valid23 = true;
                          const _errs117 = errors;
                          if (data32 !== null) {
                            const err57 = {};
                            if (vErrors === null) {
                              vErrors = [err57];
                            } else {
                              vErrors.push(err57);
                            }
                            errors++;
                          }
                          var _valid10 = _errs117 === errors;
                          errors = _errs116;
                          if (vErrors !== null) {
                            if (_errs116) {
                              vErrors.length = _errs116;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid10) {
                            const _errs119 = errors;
                            if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)))) {
                              const err58 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/initial_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/initial_replicas/else/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.initial_replicas.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.initial_replicas.else, data: data32 };
                              if (vErrors === null) {
                                vErrors = [err58];
                              } else {
                                vErrors.push(err58);
                              }
                              errors++;
                            }
                            var _valid10 = _errs119 === errors;
                            valid23 = _valid10;
                          }
                          if (!valid23) {
                            const err59 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/initial_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/initial_replicas/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.initial_replicas.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.initial_replicas, data: data32 };
                            if (vErrors === null) {
                              vErrors = [err59];
                            } else {
                              vErrors.push(err59);
                            }
                            errors++;
                          }
                        }
                        if (data30.max_replicas !== void 0) {
                          let data33 = data30.max_replicas;
                          if (!(typeof data33 == "number" && (!(data33 % 1) && !isNaN(data33)))) {
                            const err60 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/max_replicas", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/max_replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.max_replicas.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.max_replicas, data: data33 };
                            if (vErrors === null) {
                              vErrors = [err60];
                            } else {
                              vErrors.push(err60);
                            }
                            errors++;
                          }
                        }
                        if (data30.target_ongoing_requests !== void 0) {
                          let data34 = data30.target_ongoing_requests;
                          const _errs124 = errors;
                          let valid24 = true;
                          const _errs125 = errors;
                          if (data34 !== null) {
                            const err61 = {};
                            if (vErrors === null) {
                              vErrors = [err61];
                            } else {
                              vErrors.push(err61);
                            }
                            errors++;
                          }
                          var _valid11 = _errs125 === errors;
                          errors = _errs124;
                          if (vErrors !== null) {
                            if (_errs124) {
                              vErrors.length = _errs124;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid11) {
                            const _errs127 = errors;
                            if (!(typeof data34 == "number")) {
                              const err62 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/target_ongoing_requests", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/target_ongoing_requests/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_ongoing_requests.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_ongoing_requests.else, data: data34 };
                              if (vErrors === null) {
                                vErrors = [err62];
                              } else {
                                vErrors.push(err62);
                              }
                              errors++;
                            }
                            var _valid11 = _errs127 === errors;
                            valid24 = _valid11;
                          }
                          if (!valid24) {
                            const err63 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/target_ongoing_requests", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/target_ongoing_requests/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_ongoing_requests.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_ongoing_requests, data: data34 };
                            if (vErrors === null) {
                              vErrors = [err63];
                            } else {
                              vErrors.push(err63);
                            }
                            errors++;
                          }
                        }
                        if (data30.metrics_interval_s !== void 0) {
                          let data35 = data30.metrics_interval_s;
                          if (!(typeof data35 == "number")) {
                            const err64 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/metrics_interval_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/metrics_interval_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.metrics_interval_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.metrics_interval_s, data: data35 };
                            if (vErrors === null) {
                              vErrors = [err64];
                            } else {
                              vErrors.push(err64);
                            }
                            errors++;
                          }
                        }
                        if (data30.look_back_period_s !== void 0) {
                          let data36 = data30.look_back_period_s;
                          if (!(typeof data36 == "number")) {
                            const err65 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/look_back_period_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/look_back_period_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.look_back_period_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.look_back_period_s, data: data36 };
                            if (vErrors === null) {
                              vErrors = [err65];
                            } else {
                              vErrors.push(err65);
                            }
                            errors++;
                          }
                        }
                        if (data30.smoothing_factor !== void 0) {
                          let data37 = data30.smoothing_factor;
                          if (!(typeof data37 == "number")) {
                            const err66 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/smoothing_factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.smoothing_factor.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.smoothing_factor, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err66];
                            } else {
                              vErrors.push(err66);
                            }
                            errors++;
                          }
                        }
                        if (data30.upscale_smoothing_factor !== void 0) {
                          let data38 = data30.upscale_smoothing_factor;
                          const _errs136 = errors;
                          let valid25 = true;
                          const _errs137 = errors;
                          if (data38 !== null) {
                            const err67 = {};
                            if (vErrors === null) {
                              vErrors = [err67];
                            } else {
                              vErrors.push(err67);
                            }
                            errors++;
                          }
                          var _valid12 = _errs137 === errors;
                          errors = _errs136;
                          if (vErrors !== null) {
                            if (_errs136) {
                              vErrors.length = _errs136;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid12) {
                            const _errs139 = errors;
                            if (!(typeof data38 == "number")) {
                              const err68 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscale_smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscale_smoothing_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_smoothing_factor.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_smoothing_factor.else, data: data38 };
                              if (vErrors === null) {
                                vErrors = [err68];
                              } else {
                                vErrors.push(err68);
                              }
                              errors++;
                            }
                            var _valid12 = _errs139 === errors;
                            valid25 = _valid12;
                          }
                          if (!valid25) {
                            const err69 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscale_smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscale_smoothing_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_smoothing_factor.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_smoothing_factor, data: data38 };
                            if (vErrors === null) {
                              vErrors = [err69];
                            } else {
                              vErrors.push(err69);
                            }
                            errors++;
                          }
                        }
                        if (data30.downscale_smoothing_factor !== void 0) {
                          let data39 = data30.downscale_smoothing_factor;
                          const _errs142 = errors;
                          let valid26 = true;
                          const _errs143 = errors;
                          if (data39 !== null) {
                            const err70 = {};
                            if (vErrors === null) {
                              vErrors = [err70];
                            } else {
                              vErrors.push(err70);
                            }
                            errors++;
                          }
                          var _valid13 = _errs143 === errors;
                          errors = _errs142;
                          if (vErrors !== null) {
                            if (_errs142) {
                              vErrors.length = _errs142;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid13) {
                            const _errs145 = errors;
                            if (!(typeof data39 == "number")) {
                              const err71 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_smoothing_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_smoothing_factor.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_smoothing_factor.else, data: data39 };
                              if (vErrors === null) {
                                vErrors = [err71];
                              } else {
                                vErrors.push(err71);
                              }
                              errors++;
                            }
                            var _valid13 = _errs145 === errors;
                            valid26 = _valid13;
                          }
                          if (!valid26) {
                            const err72 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_smoothing_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_smoothing_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_smoothing_factor.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_smoothing_factor, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err72];
                            } else {
                              vErrors.push(err72);
                            }
                            errors++;
                          }
                        }
                        if (data30.upscaling_factor !== void 0) {
                          let data40 = data30.upscaling_factor;
                          const _errs148 = errors;
                          let valid27 = true;
                          const _errs149 = errors;
                          if (data40 !== null) {
                            const err73 = {};
                            if (vErrors === null) {
                              vErrors = [err73];
                            } else {
                              vErrors.push(err73);
                            }
                            errors++;
                          }
                          var _valid14 = _errs149 === errors;
                          errors = _errs148;
                          if (vErrors !== null) {
                            if (_errs148) {
                              vErrors.length = _errs148;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid14) {
                            const _errs151 = errors;
                            if (!(typeof data40 == "number")) {
                              const err74 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscaling_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscaling_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscaling_factor.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscaling_factor.else, data: data40 };
                              if (vErrors === null) {
                                vErrors = [err74];
                              } else {
                                vErrors.push(err74);
                              }
                              errors++;
                            }
                            var _valid14 = _errs151 === errors;
                            valid27 = _valid14;
                          }
                          if (!valid27) {
                            const err75 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscaling_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscaling_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscaling_factor.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscaling_factor, data: data40 };
                            if (vErrors === null) {
                              vErrors = [err75];
                            } else {
                              vErrors.push(err75);
                            }
                            errors++;
                          }
                        }
                        if (data30.downscaling_factor !== void 0) {
                          let data41 = data30.downscaling_factor;
                          const _errs154 = errors;
                          let valid28 = true;
                          const _errs155 = errors;
                          if (data41 !== null) {
                            const err76 = {};
                            if (vErrors === null) {
                              vErrors = [err76];
                            } else {
                              vErrors.push(err76);
                            }
                            errors++;
                          }
                          var _valid15 = _errs155 === errors;
                          errors = _errs154;
                          if (vErrors !== null) {
                            if (_errs154) {
                              vErrors.length = _errs154;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid15) {
                            const _errs157 = errors;
                            if (!(typeof data41 == "number")) {
                              const err77 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscaling_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscaling_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscaling_factor.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscaling_factor.else, data: data41 };
                              if (vErrors === null) {
                                vErrors = [err77];
                              } else {
                                vErrors.push(err77);
                              }
                              errors++;
                            }
                            var _valid15 = _errs157 === errors;
                            valid28 = _valid15;
                          }
                          if (!valid28) {
                            const err78 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscaling_factor", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscaling_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscaling_factor.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscaling_factor, data: data41 };
                            if (vErrors === null) {
                              vErrors = [err78];
                            } else {
                              vErrors.push(err78);
                            }
                            errors++;
                          }
                        }
                        if (data30.downscale_delay_s !== void 0) {
                          let data42 = data30.downscale_delay_s;
                          if (!(typeof data42 == "number")) {
                            const err79 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_delay_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_delay_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_delay_s, data: data42 };
                            if (vErrors === null) {
                              vErrors = [err79];
                            } else {
                              vErrors.push(err79);
                            }
                            errors++;
                          }
                        }
                        if (data30.downscale_to_zero_delay_s !== void 0) {
                          let data43 = data30.downscale_to_zero_delay_s;
                          const _errs162 = errors;
                          let valid29 = true;
                          const _errs163 = errors;
                          if (data43 !== null) {
                            const err80 = {};
                            if (vErrors === null) {
                              vErrors = [err80];
                            } else {
                              vErrors.push(err80);
                            }
                            errors++;
                          }
                          var _valid16 = _errs163 === errors;
                          errors = _errs162;
                          if (vErrors !== null) {
                            if (_errs162) {
                              vErrors.length = _errs162;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid16) {
                            const _errs165 = errors;
                            if (!(typeof data43 == "number")) {
                              const err81 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_to_zero_delay_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_to_zero_delay_s/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.else, data: data43 };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                            }
                            var _valid16 = _errs165 === errors;
                            valid29 = _valid16;
                          }
                          if (!valid29) {
                            const err82 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/downscale_to_zero_delay_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/downscale_to_zero_delay_s/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s, data: data43 };
                            if (vErrors === null) {
                              vErrors = [err82];
                            } else {
                              vErrors.push(err82);
                            }
                            errors++;
                          }
                        }
                        if (data30.upscale_delay_s !== void 0) {
                          let data44 = data30.upscale_delay_s;
                          if (!(typeof data44 == "number")) {
                            const err83 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/upscale_delay_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/upscale_delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_delay_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.upscale_delay_s, data: data44 };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        if (data30.aggregation_function !== void 0) {
                          let data45 = data30.aggregation_function;
                          if (typeof data45 !== "string") {
                            const err84 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/aggregation_function", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/aggregation_function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function, data: data45 };
                            if (vErrors === null) {
                              vErrors = [err84];
                            } else {
                              vErrors.push(err84);
                            }
                            errors++;
                          }
                          if (!(data45 === "mean" || data45 === "max" || data45 === "min" || data45 === "MEAN" || data45 === "MAX" || data45 === "MIN")) {
                            const err85 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/aggregation_function", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/aggregation_function/enum", keyword: "enum", params: { allowedValues: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function.enum, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.aggregation_function, data: data45 };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          }
                        }
                        if (data30.prometheus_metrics !== void 0) {
                          let data46 = data30.prometheus_metrics;
                          const _errs172 = errors;
                          let valid30 = true;
                          const _errs173 = errors;
                          if (data46 !== null) {
                            const err86 = {};
                            if (vErrors === null) {
                              vErrors = [err86];
                            } else {
                              vErrors.push(err86);
                            }
                            errors++;
                          }
                          var _valid17 = _errs173 === errors;
                          errors = _errs172;
                          if (vErrors !== null) {
                            if (_errs172) {
                              vErrors.length = _errs172;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid17) {
                            const _errs175 = errors;
                            if (Array.isArray(data46)) {
                              const len2 = data46.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data47 = data46[i2];
                                if (typeof data47 !== "string") {
                                  const err87 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/prometheus_metrics/" + i2, schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/prometheus_metrics/else/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.else.items.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.else.items, data: data47 };
                                  if (vErrors === null) {
                                    vErrors = [err87];
                                  } else {
                                    vErrors.push(err87);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err88 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/prometheus_metrics", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/prometheus_metrics/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.else, data: data46 };
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                            var _valid17 = _errs175 === errors;
                            valid30 = _valid17;
                          }
                          if (!valid30) {
                            const err89 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/prometheus_metrics", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/prometheus_metrics/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.prometheus_metrics, data: data46 };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                        if (data30.target_num_ongoing_requests_per_replica !== void 0) {
                          let data48 = data30.target_num_ongoing_requests_per_replica;
                          if (!(typeof data48 == "number")) {
                            const err90 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config/target_num_ongoing_requests_per_replica", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/properties/target_num_ongoing_requests_per_replica/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_num_ongoing_requests_per_replica.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.properties.target_num_ongoing_requests_per_replica, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err90];
                            } else {
                              vErrors.push(err90);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err91 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.else, data: data30 };
                        if (vErrors === null) {
                          vErrors = [err91];
                        } else {
                          vErrors.push(err91);
                        }
                        errors++;
                      }
                      var _valid9 = _errs110 === errors;
                      valid21 = _valid9;
                    }
                    if (!valid21) {
                      const err92 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/autoscaling_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/autoscaling_config/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.autoscaling_config, data: data30 };
                      if (vErrors === null) {
                        vErrors = [err92];
                      } else {
                        vErrors.push(err92);
                      }
                      errors++;
                    }
                  }
                  if (data25.graceful_shutdown_wait_loop_s !== void 0) {
                    let data49 = data25.graceful_shutdown_wait_loop_s;
                    if (!(typeof data49 == "number")) {
                      const err93 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/graceful_shutdown_wait_loop_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/graceful_shutdown_wait_loop_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.graceful_shutdown_wait_loop_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.graceful_shutdown_wait_loop_s, data: data49 };
                      if (vErrors === null) {
                        vErrors = [err93];
                      } else {
                        vErrors.push(err93);
                      }
                      errors++;
                    }
                  }
                  if (data25.graceful_shutdown_timeout_s !== void 0) {
                    let data50 = data25.graceful_shutdown_timeout_s;
                    if (!(typeof data50 == "number")) {
                      const err94 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/graceful_shutdown_timeout_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/graceful_shutdown_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.graceful_shutdown_timeout_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.graceful_shutdown_timeout_s, data: data50 };
                      if (vErrors === null) {
                        vErrors = [err94];
                      } else {
                        vErrors.push(err94);
                      }
                      errors++;
                    }
                  }
                  if (data25.health_check_period_s !== void 0) {
                    let data51 = data25.health_check_period_s;
                    if (!(typeof data51 == "number")) {
                      const err95 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/health_check_period_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/health_check_period_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.health_check_period_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.health_check_period_s, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err95];
                      } else {
                        vErrors.push(err95);
                      }
                      errors++;
                    }
                  }
                  if (data25.health_check_timeout_s !== void 0) {
                    let data52 = data25.health_check_timeout_s;
                    if (!(typeof data52 == "number")) {
                      const err96 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/health_check_timeout_s", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/health_check_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.health_check_timeout_s.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.health_check_timeout_s, data: data52 };
                      if (vErrors === null) {
                        vErrors = [err96];
                      } else {
                        vErrors.push(err96);
                      }
                      errors++;
                    }
                  }
                  if (data25.ray_actor_options !== void 0) {
                    let data53 = data25.ray_actor_options;
                    if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                      for (const key7 in data53) {
                        if (!(key7 === "runtime_env" || key7 === "num_cpus" || key7 === "num_gpus" || key7 === "memory" || key7 === "object_store_memory" || key7 === "resources" || key7 === "accelerator_type" || key7 === "label_selector")) {
                          const err97 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options, data: data53 };
                          if (vErrors === null) {
                            vErrors = [err97];
                          } else {
                            vErrors.push(err97);
                          }
                          errors++;
                        }
                      }
                      if (data53.runtime_env !== void 0) {
                        let data54 = data53.runtime_env;
                        if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                          if (data54.env_vars !== void 0) {
                            let data55 = data54.env_vars;
                            if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                              for (const key8 in data55) {
                                let data56 = data55[key8];
                                if (typeof data56 !== "string") {
                                  const err98 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/env_vars/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/env_vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.env_vars.additionalProperties.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.env_vars.additionalProperties, data: data56 };
                                  if (vErrors === null) {
                                    vErrors = [err98];
                                  } else {
                                    vErrors.push(err98);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err99 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/env_vars", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/env_vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.env_vars.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.env_vars, data: data55 };
                              if (vErrors === null) {
                                vErrors = [err99];
                              } else {
                                vErrors.push(err99);
                              }
                              errors++;
                            }
                          }
                          if (data54.working_dir !== void 0) {
                            let data57 = data54.working_dir;
                            if (typeof data57 !== "string") {
                              const err100 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/working_dir", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.working_dir.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.working_dir, data: data57 };
                              if (vErrors === null) {
                                vErrors = [err100];
                              } else {
                                vErrors.push(err100);
                              }
                              errors++;
                            }
                          }
                          if (data54.py_modules !== void 0) {
                            let data58 = data54.py_modules;
                            if (Array.isArray(data58)) {
                              const len3 = data58.length;
                              for (let i3 = 0; i3 < len3; i3++) {
                                let data59 = data58[i3];
                                if (typeof data59 !== "string") {
                                  const err101 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/py_modules/" + i3, schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/py_modules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.py_modules.items.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.py_modules.items, data: data59 };
                                  if (vErrors === null) {
                                    vErrors = [err101];
                                  } else {
                                    vErrors.push(err101);
                                  }
                                  errors++;
                                }
                              }
                            } else {
                              const err102 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/py_modules", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/py_modules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.py_modules.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.py_modules, data: data58 };
                              if (vErrors === null) {
                                vErrors = [err102];
                              } else {
                                vErrors.push(err102);
                              }
                              errors++;
                            }
                          }
                          if (data54.config !== void 0) {
                            let data60 = data54.config;
                            if (!(data60 && typeof data60 == "object" && !Array.isArray(data60))) {
                              const err103 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env/config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.properties.config, data: data60 };
                              if (vErrors === null) {
                                vErrors = [err103];
                              } else {
                                vErrors.push(err103);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err104 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/runtime_env", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/runtime_env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.runtime_env, data: data54 };
                          if (vErrors === null) {
                            vErrors = [err104];
                          } else {
                            vErrors.push(err104);
                          }
                          errors++;
                        }
                      }
                      if (data53.num_cpus !== void 0) {
                        let data61 = data53.num_cpus;
                        if (!(typeof data61 == "number")) {
                          const err105 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/num_cpus", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/num_cpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.num_cpus.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.num_cpus, data: data61 };
                          if (vErrors === null) {
                            vErrors = [err105];
                          } else {
                            vErrors.push(err105);
                          }
                          errors++;
                        }
                      }
                      if (data53.num_gpus !== void 0) {
                        let data62 = data53.num_gpus;
                        if (!(typeof data62 == "number")) {
                          const err106 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/num_gpus", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/num_gpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.num_gpus.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.num_gpus, data: data62 };
                          if (vErrors === null) {
                            vErrors = [err106];
                          } else {
                            vErrors.push(err106);
                          }
                          errors++;
                        }
                      }
                      if (data53.memory !== void 0) {
                        let data63 = data53.memory;
                        if (!(typeof data63 == "number")) {
                          const err107 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/memory", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.memory.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.memory, data: data63 };
                          if (vErrors === null) {
                            vErrors = [err107];
                          } else {
                            vErrors.push(err107);
                          }
                          errors++;
                        }
                      }
                      if (data53.object_store_memory !== void 0) {
                        let data64 = data53.object_store_memory;
                        if (!(typeof data64 == "number")) {
                          const err108 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/object_store_memory", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/object_store_memory/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.object_store_memory.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.object_store_memory, data: data64 };
                          if (vErrors === null) {
                            vErrors = [err108];
                          } else {
                            vErrors.push(err108);
                          }
                          errors++;
                        }
                      }
                      if (data53.resources !== void 0) {
                        let data65 = data53.resources;
                        if (!(data65 && typeof data65 == "object" && !Array.isArray(data65))) {
                          const err109 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/resources", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.resources.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.resources, data: data65 };
                          if (vErrors === null) {
                            vErrors = [err109];
                          } else {
                            vErrors.push(err109);
                          }
                          errors++;
                        }
                      }
                      if (data53.accelerator_type !== void 0) {
                        let data66 = data53.accelerator_type;
                        if (typeof data66 !== "string") {
                          const err110 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/accelerator_type", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/accelerator_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.accelerator_type.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.accelerator_type, data: data66 };
                          if (vErrors === null) {
                            vErrors = [err110];
                          } else {
                            vErrors.push(err110);
                          }
                          errors++;
                        }
                      }
                      if (data53.label_selector !== void 0) {
                        let data67 = data53.label_selector;
                        if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                          for (const key9 in data67) {
                            let data68 = data67[key9];
                            if (typeof data68 !== "string") {
                              const err111 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/label_selector/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/label_selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.label_selector.additionalProperties.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.label_selector.additionalProperties, data: data68 };
                              if (vErrors === null) {
                                vErrors = [err111];
                              } else {
                                vErrors.push(err111);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err112 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options/label_selector", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/properties/label_selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.label_selector.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.properties.label_selector, data: data67 };
                          if (vErrors === null) {
                            vErrors = [err112];
                          } else {
                            vErrors.push(err112);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err113 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/ray_actor_options", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/ray_actor_options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.ray_actor_options, data: data53 };
                      if (vErrors === null) {
                        vErrors = [err113];
                      } else {
                        vErrors.push(err113);
                      }
                      errors++;
                    }
                  }
                  if (data25.logging_config !== void 0) {
                    let data69 = data25.logging_config;
                    if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                      for (const key10 in data69) {
                        if (!(key10 === "encoding" || key10 === "log_level" || key10 === "logs_dir" || key10 === "enable_access_log" || key10 === "additional_log_standard_attrs")) {
                          const err114 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config, data: data69 };
                          if (vErrors === null) {
                            vErrors = [err114];
                          } else {
                            vErrors.push(err114);
                          }
                          errors++;
                        }
                      }
                      if (data69.encoding !== void 0) {
                        let data70 = data69.encoding;
                        if (typeof data70 !== "string") {
                          const err115 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/encoding", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding, data: data70 };
                          if (vErrors === null) {
                            vErrors = [err115];
                          } else {
                            vErrors.push(err115);
                          }
                          errors++;
                        }
                        if (!(data70 === "TEXT" || data70 === "JSON")) {
                          const err116 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/encoding", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding.enum, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.encoding, data: data70 };
                          if (vErrors === null) {
                            vErrors = [err116];
                          } else {
                            vErrors.push(err116);
                          }
                          errors++;
                        }
                      }
                      if (data69.log_level !== void 0) {
                        let data71 = data69.log_level;
                        const _errs230 = errors;
                        let valid40 = false;
                        const _errs231 = errors;
                        if (typeof data71 !== "string") {
                          const err117 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/log_level", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/log_level/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf[0].type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf[0], data: data71 };
                          if (vErrors === null) {
                            vErrors = [err117];
                          } else {
                            vErrors.push(err117);
                          }
                          errors++;
                        }
                        var _valid18 = _errs231 === errors;
                        valid40 = valid40 || _valid18;
                        if (!valid40) {
                          const _errs233 = errors;
                          if (!(typeof data71 == "number" && (!(data71 % 1) && !isNaN(data71)))) {
                            const err118 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/log_level", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/log_level/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf[1].type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf[1], data: data71 };
                            if (vErrors === null) {
                              vErrors = [err118];
                            } else {
                              vErrors.push(err118);
                            }
                            errors++;
                          }
                          var _valid18 = _errs233 === errors;
                          valid40 = valid40 || _valid18;
                        }
                        if (!valid40) {
                          const err119 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/log_level", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/log_level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level.anyOf, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.log_level, data: data71 };
                          if (vErrors === null) {
                            vErrors = [err119];
                          } else {
                            vErrors.push(err119);
                          }
                          errors++;
                        } else {
                          errors = _errs230;
                          if (vErrors !== null) {
                            if (_errs230) {
                              vErrors.length = _errs230;
                            } else {
                              vErrors = null;
                            }
                          }
                        }
                      }
                      if (data69.logs_dir !== void 0) {
                        let data72 = data69.logs_dir;
                        const _errs236 = errors;
                        let valid41 = true;
                        const _errs237 = errors;
                        if (data72 !== null) {
                          const err120 = {};
                          if (vErrors === null) {
                            vErrors = [err120];
                          } else {
                            vErrors.push(err120);
                          }
                          errors++;
                        }
                        var _valid19 = _errs237 === errors;
                        errors = _errs236;
                        if (vErrors !== null) {
                          if (_errs236) {
                            vErrors.length = _errs236;
                          } else {
                            vErrors = null;
                          }
                        }
                        if (!_valid19) {
                          const _errs239 = errors;
                          if (typeof data72 !== "string") {
                            const err121 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/logs_dir", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/logs_dir/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.logs_dir.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.logs_dir.else, data: data72 };
                            if (vErrors === null) {
                              vErrors = [err121];
                            } else {
                              vErrors.push(err121);
                            }
                            errors++;
                          }
                          var _valid19 = _errs239 === errors;
                          valid41 = _valid19;
                        }
                        if (!valid41) {
                          const err122 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/logs_dir", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/logs_dir/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.logs_dir.if, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.logs_dir, data: data72 };
                          if (vErrors === null) {
                            vErrors = [err122];
                          } else {
                            vErrors.push(err122);
                          }
                          errors++;
                        }
                      }
                      if (data69.enable_access_log !== void 0) {
                        let data73 = data69.enable_access_log;
                        if (typeof data73 !== "boolean") {
                          const err123 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/enable_access_log", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/enable_access_log/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.enable_access_log.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.enable_access_log, data: data73 };
                          if (vErrors === null) {
                            vErrors = [err123];
                          } else {
                            vErrors.push(err123);
                          }
                          errors++;
                        }
                      }
                      if (data69.additional_log_standard_attrs !== void 0) {
                        let data74 = data69.additional_log_standard_attrs;
                        if (Array.isArray(data74)) {
                          const len4 = data74.length;
                          for (let i4 = 0; i4 < len4; i4++) {
                            let data75 = data74[i4];
                            if (typeof data75 !== "string") {
                              const err124 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/additional_log_standard_attrs/" + i4, schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/additional_log_standard_attrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.additional_log_standard_attrs.items.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.additional_log_standard_attrs.items, data: data75 };
                              if (vErrors === null) {
                                vErrors = [err124];
                              } else {
                                vErrors.push(err124);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err125 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config/additional_log_standard_attrs", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/properties/additional_log_standard_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.additional_log_standard_attrs.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.properties.additional_log_standard_attrs, data: data74 };
                          if (vErrors === null) {
                            vErrors = [err125];
                          } else {
                            vErrors.push(err125);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err126 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/logging_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/logging_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.logging_config, data: data69 };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                  }
                  if (data25.request_router_config !== void 0) {
                    let data76 = data25.request_router_config;
                    if (!(data76 && typeof data76 == "object" && !Array.isArray(data76))) {
                      const err127 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/request_router_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/request_router_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.request_router_config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.request_router_config, data: data76 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                  }
                  if (data25.max_constructor_retry_count !== void 0) {
                    let data77 = data25.max_constructor_retry_count;
                    if (!(typeof data77 == "number" && (!(data77 % 1) && !isNaN(data77)))) {
                      const err128 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/max_constructor_retry_count", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/max_constructor_retry_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_constructor_retry_count.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_constructor_retry_count, data: data77 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                  }
                  if (data25.max_replicas_per_node !== void 0) {
                    let data78 = data25.max_replicas_per_node;
                    if (!(typeof data78 == "number" && (!(data78 % 1) && !isNaN(data78)))) {
                      const err129 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config/max_replicas_per_node", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/properties/max_replicas_per_node/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_replicas_per_node.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config.properties.max_replicas_per_node, data: data78 };
                      if (vErrors === null) {
                        vErrors = [err129];
                      } else {
                        vErrors.push(err129);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err130 = { instancePath: instancePath + "/llm_configs/" + i0 + "/deployment_config", schemaPath: "#/properties/llm_configs/items/then/properties/deployment_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.deployment_config.type, parentSchema: schema11.properties.llm_configs.items.then.properties.deployment_config, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              }
              if (data1.experimental_configs !== void 0) {
                let data79 = data1.experimental_configs;
                if (!(data79 && typeof data79 == "object" && !Array.isArray(data79))) {
                  const err131 = { instancePath: instancePath + "/llm_configs/" + i0 + "/experimental_configs", schemaPath: "#/properties/llm_configs/items/then/properties/experimental_configs/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.experimental_configs.type, parentSchema: schema11.properties.llm_configs.items.then.properties.experimental_configs, data: data79 };
                  if (vErrors === null) {
                    vErrors = [err131];
                  } else {
                    vErrors.push(err131);
                  }
                  errors++;
                }
              }
              if (data1.log_engine_metrics !== void 0) {
                let data80 = data1.log_engine_metrics;
                if (typeof data80 !== "boolean") {
                  const err132 = { instancePath: instancePath + "/llm_configs/" + i0 + "/log_engine_metrics", schemaPath: "#/properties/llm_configs/items/then/properties/log_engine_metrics/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.llm_configs.items.then.properties.log_engine_metrics.type, parentSchema: schema11.properties.llm_configs.items.then.properties.log_engine_metrics, data: data80 };
                  if (vErrors === null) {
                    vErrors = [err132];
                  } else {
                    vErrors.push(err132);
                  }
                  errors++;
                }
              }
              if (data1.placement_group_config !== void 0) {
                let data81 = data1.placement_group_config;
                const _errs258 = errors;
                let valid44 = true;
                const _errs259 = errors;
                if (data81 !== null) {
                  const err133 = {};
                  if (vErrors === null) {
                    vErrors = [err133];
                  } else {
                    vErrors.push(err133);
                  }
                  errors++;
                }
                var _valid20 = _errs259 === errors;
                errors = _errs258;
                if (vErrors !== null) {
                  if (_errs258) {
                    vErrors.length = _errs258;
                  } else {
                    vErrors = null;
                  }
                }
                if (!_valid20) {
                  const _errs261 = errors;
                  if (!(data81 && typeof data81 == "object" && !Array.isArray(data81))) {
                    const err134 = { instancePath: instancePath + "/llm_configs/" + i0 + "/placement_group_config", schemaPath: "#/properties/llm_configs/items/then/properties/placement_group_config/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.properties.placement_group_config.else.type, parentSchema: schema11.properties.llm_configs.items.then.properties.placement_group_config.else, data: data81 };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                  var _valid20 = _errs261 === errors;
                  valid44 = _valid20;
                }
                if (!valid44) {
                  const err135 = { instancePath: instancePath + "/llm_configs/" + i0 + "/placement_group_config", schemaPath: "#/properties/llm_configs/items/then/properties/placement_group_config/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema11.properties.llm_configs.items.then.properties.placement_group_config.if, parentSchema: schema11.properties.llm_configs.items.then.properties.placement_group_config, data: data81 };
                  if (vErrors === null) {
                    vErrors = [err135];
                  } else {
                    vErrors.push(err135);
                  }
                  errors++;
                }
              }
            } else {
              const err136 = { instancePath: instancePath + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/then/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.llm_configs.items.then.type, parentSchema: schema11.properties.llm_configs.items.then, data: data1 };
              if (vErrors === null) {
                vErrors = [err136];
              } else {
                vErrors.push(err136);
              }
              errors++;
            }
            var _valid0 = _errs8 === errors;
            valid3 = _valid0;
            ifClause0 = "then";
          } else {
            const _errs263 = errors;
            if (typeof data1 !== "string") {
              const err137 = { instancePath: instancePath + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.llm_configs.items.else.type, parentSchema: schema11.properties.llm_configs.items.else, data: data1 };
              if (vErrors === null) {
                vErrors = [err137];
              } else {
                vErrors.push(err137);
              }
              errors++;
            }
            var _valid0 = _errs263 === errors;
            valid3 = _valid0;
            ifClause0 = "else";
          }
          if (!valid3) {
            const err138 = { instancePath: instancePath + "/llm_configs/" + i0, schemaPath: "#/properties/llm_configs/items/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema11.properties.llm_configs.items.if, parentSchema: schema11.properties.llm_configs.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
      } else {
        const err139 = { instancePath: instancePath + "/llm_configs", schemaPath: "#/properties/llm_configs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.llm_configs.type, parentSchema: schema11.properties.llm_configs, data: data0 };
        if (vErrors === null) {
          vErrors = [err139];
        } else {
          vErrors.push(err139);
        }
        errors++;
      }
    }
    if (data.ingress_cls_config !== void 0) {
      let data82 = data.ingress_cls_config;
      if (!(data82 && typeof data82 == "object" && !Array.isArray(data82))) {
        const err140 = { instancePath: instancePath + "/ingress_cls_config", schemaPath: "#/properties/ingress_cls_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ingress_cls_config.type, parentSchema: schema11.properties.ingress_cls_config, data: data82 };
        if (vErrors === null) {
          vErrors = [err140];
        } else {
          vErrors.push(err140);
        }
        errors++;
      }
    }
    if (data.ingress_deployment_config !== void 0) {
      let data83 = data.ingress_deployment_config;
      if (!(data83 && typeof data83 == "object" && !Array.isArray(data83))) {
        const err141 = { instancePath: instancePath + "/ingress_deployment_config", schemaPath: "#/properties/ingress_deployment_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ingress_deployment_config.type, parentSchema: schema11.properties.ingress_deployment_config, data: data83 };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
  } else {
    const err142 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err142];
    } else {
      vErrors.push(err142);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
});

// src/ray/schemas/generated/raycluster.ts
var schema112 = { "type": "object", "properties": { "spec": { "type": "object", "properties": { "rayVersion": { "type": "string", "x-expect": "a string (quote it: '2.47.1')" }, "enableInTreeAutoscaling": { "type": "boolean", "x-expect": "true or false" }, "autoscalerOptions": { "type": "object", "properties": { "upscalingMode": { "type": "string", "enum": ["Default", "Aggressive", "Conservative"], "x-expect": 'one of "Default", "Aggressive", "Conservative"' }, "idleTimeoutSeconds": { "type": "integer", "x-expect": "an integer" }, "version": { "type": "string", "enum": ["v1", "v2"], "x-expect": 'one of "v1", "v2"' }, "image": { "type": "string", "x-expect": "a string" }, "imagePullPolicy": { "type": "string", "x-expect": "a string" }, "resources": { "type": "object", "properties": {}, "required": [] }, "env": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "envFrom": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "securityContext": { "type": "object", "properties": {}, "required": [] }, "volumeMounts": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "command": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "args": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "headGroupSpec": { "type": "object", "properties": { "rayStartParams": { "type": "object", "additionalProperties": { "type": "string", "x-expect": 'a string (quote numbers: "1")' }, "x-expect": "a map of strings" }, "template": { "type": "object", "properties": { "metadata": { "type": "object", "properties": { "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "annotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [] }, "spec": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "serviceType": { "type": "string", "x-expect": "a string" }, "headService": { "type": "object", "properties": {}, "required": [] }, "enableIngress": { "type": "boolean", "x-expect": "true or false" }, "ingressOptions": { "type": "object", "properties": {}, "required": [] }, "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "resources": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": ["template"], "additionalProperties": false }, "workerGroupSpecs": { "type": "array", "items": { "type": "object", "properties": { "groupName": { "type": "string", "x-expect": "a string" }, "replicas": { "type": "integer", "x-expect": "an integer" }, "minReplicas": { "type": "integer", "x-expect": "an integer" }, "maxReplicas": { "type": "integer", "x-expect": "an integer" }, "numOfHosts": { "type": "integer", "x-expect": "an integer" }, "rayStartParams": { "type": "object", "additionalProperties": { "type": "string", "x-expect": 'a string (quote numbers: "1")' }, "x-expect": "a map of strings" }, "template": { "type": "object", "properties": { "metadata": { "type": "object", "properties": { "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "annotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [] }, "spec": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "idleTimeoutSeconds": { "type": "integer", "x-expect": "an integer" }, "priority": { "type": "integer", "x-expect": "an integer" }, "suspend": { "type": "boolean", "x-expect": "true or false" }, "scaleStrategy": { "type": "object", "properties": { "workersToDelete": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "resources": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": ["groupName", "template"], "additionalProperties": false }, "x-expect": "a list" }, "headServiceAnnotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "gcsFaultToleranceOptions": { "type": "object", "properties": {}, "required": [] }, "authOptions": { "type": "object", "properties": {}, "required": [] }, "tlsOptions": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "networkPolicy": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "historyServerOptions": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "managedBy": { "type": "string", "x-expect": "a string" }, "suspend": { "type": "boolean", "x-expect": "true or false" }, "upgradeStrategy": { "type": "object", "properties": {}, "required": [] } }, "required": ["headGroupSpec"], "additionalProperties": false } } };
var func22 = Object.prototype.hasOwnProperty;
var validate2 = (function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.spec !== void 0) {
      let data0 = data.spec;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.headGroupSpec === void 0) {
          const err0 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "headGroupSpec" }, message: "must have required property 'headGroupSpec'", schema: schema112.properties.spec.required, parentSchema: schema112.properties.spec, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        for (const key0 in data0) {
          if (!func22.call(schema112.properties.spec.properties, key0)) {
            const err1 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec, data: data0 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.rayVersion !== void 0) {
          let data1 = data0.rayVersion;
          if (typeof data1 !== "string") {
            const err2 = { instancePath: instancePath + "/spec/rayVersion", schemaPath: "#/properties/spec/properties/rayVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.rayVersion.type, parentSchema: schema112.properties.spec.properties.rayVersion, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data0.enableInTreeAutoscaling !== void 0) {
          let data2 = data0.enableInTreeAutoscaling;
          if (typeof data2 !== "boolean") {
            const err3 = { instancePath: instancePath + "/spec/enableInTreeAutoscaling", schemaPath: "#/properties/spec/properties/enableInTreeAutoscaling/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.enableInTreeAutoscaling.type, parentSchema: schema112.properties.spec.properties.enableInTreeAutoscaling, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.autoscalerOptions !== void 0) {
          let data3 = data0.autoscalerOptions;
          if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
            for (const key1 in data3) {
              if (!func22.call(schema112.properties.spec.properties.autoscalerOptions.properties, key1)) {
                const err4 = { instancePath: instancePath + "/spec/autoscalerOptions", schemaPath: "#/properties/spec/properties/autoscalerOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.autoscalerOptions, data: data3 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data3.upscalingMode !== void 0) {
              let data4 = data3.upscalingMode;
              if (typeof data4 !== "string") {
                const err5 = { instancePath: instancePath + "/spec/autoscalerOptions/upscalingMode", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/upscalingMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.autoscalerOptions.properties.upscalingMode.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.upscalingMode, data: data4 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
              if (!(data4 === "Default" || data4 === "Aggressive" || data4 === "Conservative")) {
                const err6 = { instancePath: instancePath + "/spec/autoscalerOptions/upscalingMode", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/upscalingMode/enum", keyword: "enum", params: { allowedValues: schema112.properties.spec.properties.autoscalerOptions.properties.upscalingMode.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.spec.properties.autoscalerOptions.properties.upscalingMode.enum, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.upscalingMode, data: data4 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data3.idleTimeoutSeconds !== void 0) {
              let data5 = data3.idleTimeoutSeconds;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
                const err7 = { instancePath: instancePath + "/spec/autoscalerOptions/idleTimeoutSeconds", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/idleTimeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.autoscalerOptions.properties.idleTimeoutSeconds.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.idleTimeoutSeconds, data: data5 };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
            if (data3.version !== void 0) {
              let data6 = data3.version;
              if (typeof data6 !== "string") {
                const err8 = { instancePath: instancePath + "/spec/autoscalerOptions/version", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.autoscalerOptions.properties.version.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.version, data: data6 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (!(data6 === "v1" || data6 === "v2")) {
                const err9 = { instancePath: instancePath + "/spec/autoscalerOptions/version", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/version/enum", keyword: "enum", params: { allowedValues: schema112.properties.spec.properties.autoscalerOptions.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.spec.properties.autoscalerOptions.properties.version.enum, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.version, data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data3.image !== void 0) {
              let data7 = data3.image;
              if (typeof data7 !== "string") {
                const err10 = { instancePath: instancePath + "/spec/autoscalerOptions/image", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.autoscalerOptions.properties.image.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.image, data: data7 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data3.imagePullPolicy !== void 0) {
              let data8 = data3.imagePullPolicy;
              if (typeof data8 !== "string") {
                const err11 = { instancePath: instancePath + "/spec/autoscalerOptions/imagePullPolicy", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/imagePullPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.autoscalerOptions.properties.imagePullPolicy.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.imagePullPolicy, data: data8 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.resources !== void 0) {
              let data9 = data3.resources;
              if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                const err12 = { instancePath: instancePath + "/spec/autoscalerOptions/resources", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.autoscalerOptions.properties.resources.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.resources, data: data9 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.env !== void 0) {
              let data10 = data3.env;
              if (Array.isArray(data10)) {
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data11 = data10[i0];
                  if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                    const err13 = { instancePath: instancePath + "/spec/autoscalerOptions/env/" + i0, schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/env/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.autoscalerOptions.properties.env.items.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.env.items, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/spec/autoscalerOptions/env", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.autoscalerOptions.properties.env.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.env, data: data10 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data3.envFrom !== void 0) {
              let data12 = data3.envFrom;
              if (Array.isArray(data12)) {
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data13 = data12[i1];
                  if (!(data13 && typeof data13 == "object" && !Array.isArray(data13))) {
                    const err15 = { instancePath: instancePath + "/spec/autoscalerOptions/envFrom/" + i1, schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/envFrom/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.autoscalerOptions.properties.envFrom.items.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.envFrom.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/spec/autoscalerOptions/envFrom", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/envFrom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.autoscalerOptions.properties.envFrom.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.envFrom, data: data12 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data3.securityContext !== void 0) {
              let data14 = data3.securityContext;
              if (!(data14 && typeof data14 == "object" && !Array.isArray(data14))) {
                const err17 = { instancePath: instancePath + "/spec/autoscalerOptions/securityContext", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/securityContext/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.autoscalerOptions.properties.securityContext.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.securityContext, data: data14 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data3.volumeMounts !== void 0) {
              let data15 = data3.volumeMounts;
              if (Array.isArray(data15)) {
                const len2 = data15.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data16 = data15[i2];
                  if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
                    const err18 = { instancePath: instancePath + "/spec/autoscalerOptions/volumeMounts/" + i2, schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/volumeMounts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.autoscalerOptions.properties.volumeMounts.items.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.volumeMounts.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
              } else {
                const err19 = { instancePath: instancePath + "/spec/autoscalerOptions/volumeMounts", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.autoscalerOptions.properties.volumeMounts.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.volumeMounts, data: data15 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data3.command !== void 0) {
              let data17 = data3.command;
              if (Array.isArray(data17)) {
                const len3 = data17.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data18 = data17[i3];
                  if (typeof data18 !== "string") {
                    const err20 = { instancePath: instancePath + "/spec/autoscalerOptions/command/" + i3, schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.autoscalerOptions.properties.command.items.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.command.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
              } else {
                const err21 = { instancePath: instancePath + "/spec/autoscalerOptions/command", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.autoscalerOptions.properties.command.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.command, data: data17 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data3.args !== void 0) {
              let data19 = data3.args;
              if (Array.isArray(data19)) {
                const len4 = data19.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data20 = data19[i4];
                  if (typeof data20 !== "string") {
                    const err22 = { instancePath: instancePath + "/spec/autoscalerOptions/args/" + i4, schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.autoscalerOptions.properties.args.items.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.args.items, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = { instancePath: instancePath + "/spec/autoscalerOptions/args", schemaPath: "#/properties/spec/properties/autoscalerOptions/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.autoscalerOptions.properties.args.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions.properties.args, data: data19 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/spec/autoscalerOptions", schemaPath: "#/properties/spec/properties/autoscalerOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.autoscalerOptions.type, parentSchema: schema112.properties.spec.properties.autoscalerOptions, data: data3 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data0.headGroupSpec !== void 0) {
          let data21 = data0.headGroupSpec;
          if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
            if (data21.template === void 0) {
              const err25 = { instancePath: instancePath + "/spec/headGroupSpec", schemaPath: "#/properties/spec/properties/headGroupSpec/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema112.properties.spec.properties.headGroupSpec.required, parentSchema: schema112.properties.spec.properties.headGroupSpec, data: data21 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            for (const key2 in data21) {
              if (!(key2 === "rayStartParams" || key2 === "template" || key2 === "serviceType" || key2 === "headService" || key2 === "enableIngress" || key2 === "ingressOptions" || key2 === "labels" || key2 === "resources")) {
                const err26 = { instancePath: instancePath + "/spec/headGroupSpec", schemaPath: "#/properties/spec/properties/headGroupSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.headGroupSpec, data: data21 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data21.rayStartParams !== void 0) {
              let data22 = data21.rayStartParams;
              if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                for (const key3 in data22) {
                  let data23 = data22[key3];
                  if (typeof data23 !== "string") {
                    const err27 = { instancePath: instancePath + "/spec/headGroupSpec/rayStartParams/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/headGroupSpec/properties/rayStartParams/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.headGroupSpec.properties.rayStartParams.additionalProperties.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.rayStartParams.additionalProperties, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              } else {
                const err28 = { instancePath: instancePath + "/spec/headGroupSpec/rayStartParams", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/rayStartParams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.rayStartParams.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.rayStartParams, data: data22 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data21.template !== void 0) {
              let data24 = data21.template;
              if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                if (data24.metadata !== void 0) {
                  let data25 = data24.metadata;
                  if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                    if (data25.labels !== void 0) {
                      let data26 = data25.labels;
                      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
                        for (const key4 in data26) {
                          let data27 = data26[key4];
                          if (typeof data27 !== "string") {
                            const err29 = { instancePath: instancePath + "/spec/headGroupSpec/template/metadata/labels/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/headGroupSpec/properties/template/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.additionalProperties, data: data27 };
                            if (vErrors === null) {
                              vErrors = [err29];
                            } else {
                              vErrors.push(err29);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err30 = { instancePath: instancePath + "/spec/headGroupSpec/template/metadata/labels", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/template/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.properties.labels, data: data26 };
                        if (vErrors === null) {
                          vErrors = [err30];
                        } else {
                          vErrors.push(err30);
                        }
                        errors++;
                      }
                    }
                    if (data25.annotations !== void 0) {
                      let data28 = data25.annotations;
                      if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                        for (const key5 in data28) {
                          let data29 = data28[key5];
                          if (typeof data29 !== "string") {
                            const err31 = { instancePath: instancePath + "/spec/headGroupSpec/template/metadata/annotations/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/headGroupSpec/properties/template/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.additionalProperties, data: data29 };
                            if (vErrors === null) {
                              vErrors = [err31];
                            } else {
                              vErrors.push(err31);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err32 = { instancePath: instancePath + "/spec/headGroupSpec/template/metadata/annotations", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/template/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations, data: data28 };
                        if (vErrors === null) {
                          vErrors = [err32];
                        } else {
                          vErrors.push(err32);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err33 = { instancePath: instancePath + "/spec/headGroupSpec/template/metadata", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/template/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.metadata, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                }
                if (data24.spec !== void 0) {
                  let data30 = data24.spec;
                  if (!(data30 && typeof data30 == "object" && !Array.isArray(data30))) {
                    const err34 = { instancePath: instancePath + "/spec/headGroupSpec/template/spec", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/template/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.spec.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.template.properties.spec, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
              } else {
                const err35 = { instancePath: instancePath + "/spec/headGroupSpec/template", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/template/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.template.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.template, data: data24 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data21.serviceType !== void 0) {
              let data31 = data21.serviceType;
              if (typeof data31 !== "string") {
                const err36 = { instancePath: instancePath + "/spec/headGroupSpec/serviceType", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/serviceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.headGroupSpec.properties.serviceType.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.serviceType, data: data31 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data21.headService !== void 0) {
              let data32 = data21.headService;
              if (!(data32 && typeof data32 == "object" && !Array.isArray(data32))) {
                const err37 = { instancePath: instancePath + "/spec/headGroupSpec/headService", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/headService/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.headService.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.headService, data: data32 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data21.enableIngress !== void 0) {
              let data33 = data21.enableIngress;
              if (typeof data33 !== "boolean") {
                const err38 = { instancePath: instancePath + "/spec/headGroupSpec/enableIngress", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/enableIngress/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.headGroupSpec.properties.enableIngress.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.enableIngress, data: data33 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data21.ingressOptions !== void 0) {
              let data34 = data21.ingressOptions;
              if (!(data34 && typeof data34 == "object" && !Array.isArray(data34))) {
                const err39 = { instancePath: instancePath + "/spec/headGroupSpec/ingressOptions", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/ingressOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.ingressOptions.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.ingressOptions, data: data34 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data21.labels !== void 0) {
              let data35 = data21.labels;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                for (const key6 in data35) {
                  let data36 = data35[key6];
                  if (typeof data36 !== "string") {
                    const err40 = { instancePath: instancePath + "/spec/headGroupSpec/labels/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/headGroupSpec/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.headGroupSpec.properties.labels.additionalProperties.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.labels.additionalProperties, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              } else {
                const err41 = { instancePath: instancePath + "/spec/headGroupSpec/labels", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.labels.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.labels, data: data35 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data21.resources !== void 0) {
              let data37 = data21.resources;
              if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                for (const key7 in data37) {
                  let data38 = data37[key7];
                  if (typeof data38 !== "string") {
                    const err42 = { instancePath: instancePath + "/spec/headGroupSpec/resources/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/headGroupSpec/properties/resources/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.headGroupSpec.properties.resources.additionalProperties.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.resources.additionalProperties, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              } else {
                const err43 = { instancePath: instancePath + "/spec/headGroupSpec/resources", schemaPath: "#/properties/spec/properties/headGroupSpec/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.properties.resources.type, parentSchema: schema112.properties.spec.properties.headGroupSpec.properties.resources, data: data37 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/spec/headGroupSpec", schemaPath: "#/properties/spec/properties/headGroupSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headGroupSpec.type, parentSchema: schema112.properties.spec.properties.headGroupSpec, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data0.workerGroupSpecs !== void 0) {
          let data39 = data0.workerGroupSpecs;
          if (Array.isArray(data39)) {
            const len5 = data39.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data40 = data39[i5];
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                if (data40.groupName === void 0) {
                  const err45 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/required", keyword: "required", params: { missingProperty: "groupName" }, message: "must have required property 'groupName'", schema: schema112.properties.spec.properties.workerGroupSpecs.items.required, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data40.template === void 0) {
                  const err46 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema112.properties.spec.properties.workerGroupSpecs.items.required, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
                for (const key8 in data40) {
                  if (!func22.call(schema112.properties.spec.properties.workerGroupSpecs.items.properties, key8)) {
                    const err47 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items, data: data40 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data40.groupName !== void 0) {
                  let data41 = data40.groupName;
                  if (typeof data41 !== "string") {
                    const err48 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/groupName", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/groupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.groupName.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.groupName, data: data41 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
                if (data40.replicas !== void 0) {
                  let data42 = data40.replicas;
                  if (!(typeof data42 == "number" && (!(data42 % 1) && !isNaN(data42)))) {
                    const err49 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/replicas", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.replicas.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.replicas, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
                if (data40.minReplicas !== void 0) {
                  let data43 = data40.minReplicas;
                  if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                    const err50 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/minReplicas", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.minReplicas.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.minReplicas, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                if (data40.maxReplicas !== void 0) {
                  let data44 = data40.maxReplicas;
                  if (!(typeof data44 == "number" && (!(data44 % 1) && !isNaN(data44)))) {
                    const err51 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/maxReplicas", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/maxReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.maxReplicas.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.maxReplicas, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data40.numOfHosts !== void 0) {
                  let data45 = data40.numOfHosts;
                  if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                    const err52 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/numOfHosts", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/numOfHosts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.numOfHosts.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.numOfHosts, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
                if (data40.rayStartParams !== void 0) {
                  let data46 = data40.rayStartParams;
                  if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    for (const key9 in data46) {
                      let data47 = data46[key9];
                      if (typeof data47 !== "string") {
                        const err53 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/rayStartParams/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/rayStartParams/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.rayStartParams.additionalProperties.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.rayStartParams.additionalProperties, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err53];
                        } else {
                          vErrors.push(err53);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err54 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/rayStartParams", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/rayStartParams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.rayStartParams.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.rayStartParams, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data40.template !== void 0) {
                  let data48 = data40.template;
                  if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    if (data48.metadata !== void 0) {
                      let data49 = data48.metadata;
                      if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                        if (data49.labels !== void 0) {
                          let data50 = data49.labels;
                          if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                            for (const key10 in data50) {
                              let data51 = data50[key10];
                              if (typeof data51 !== "string") {
                                const err55 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/template/metadata/labels/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.additionalProperties, data: data51 };
                                if (vErrors === null) {
                                  vErrors = [err55];
                                } else {
                                  vErrors.push(err55);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err56 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/template/metadata/labels", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels, data: data50 };
                            if (vErrors === null) {
                              vErrors = [err56];
                            } else {
                              vErrors.push(err56);
                            }
                            errors++;
                          }
                        }
                        if (data49.annotations !== void 0) {
                          let data52 = data49.annotations;
                          if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                            for (const key11 in data52) {
                              let data53 = data52[key11];
                              if (typeof data53 !== "string") {
                                const err57 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/template/metadata/annotations/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.additionalProperties, data: data53 };
                                if (vErrors === null) {
                                  vErrors = [err57];
                                } else {
                                  vErrors.push(err57);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err58 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/template/metadata/annotations", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations, data: data52 };
                            if (vErrors === null) {
                              vErrors = [err58];
                            } else {
                              vErrors.push(err58);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err59 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/template/metadata", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/template/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.metadata, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err59];
                        } else {
                          vErrors.push(err59);
                        }
                        errors++;
                      }
                    }
                    if (data48.spec !== void 0) {
                      let data54 = data48.spec;
                      if (!(data54 && typeof data54 == "object" && !Array.isArray(data54))) {
                        const err60 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/template/spec", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/template/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.spec.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.properties.spec, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/template", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/template/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.template, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
                if (data40.idleTimeoutSeconds !== void 0) {
                  let data55 = data40.idleTimeoutSeconds;
                  if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
                    const err62 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/idleTimeoutSeconds", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/idleTimeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.idleTimeoutSeconds.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.idleTimeoutSeconds, data: data55 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                }
                if (data40.priority !== void 0) {
                  let data56 = data40.priority;
                  if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
                    const err63 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/priority", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.priority.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.priority, data: data56 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data40.suspend !== void 0) {
                  let data57 = data40.suspend;
                  if (typeof data57 !== "boolean") {
                    const err64 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/suspend", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/suspend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.suspend.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.suspend, data: data57 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
                if (data40.scaleStrategy !== void 0) {
                  let data58 = data40.scaleStrategy;
                  if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                    for (const key12 in data58) {
                      if (!(key12 === "workersToDelete")) {
                        const err65 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/scaleStrategy", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/scaleStrategy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.scaleStrategy, data: data58 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data58.workersToDelete !== void 0) {
                      let data59 = data58.workersToDelete;
                      if (Array.isArray(data59)) {
                        const len6 = data59.length;
                        for (let i6 = 0; i6 < len6; i6++) {
                          let data60 = data59[i6];
                          if (typeof data60 !== "string") {
                            const err66 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/scaleStrategy/workersToDelete/" + i6, schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/scaleStrategy/properties/workersToDelete/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.items.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.items, data: data60 };
                            if (vErrors === null) {
                              vErrors = [err66];
                            } else {
                              vErrors.push(err66);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err67 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/scaleStrategy/workersToDelete", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/scaleStrategy/properties/workersToDelete/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err68 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/scaleStrategy", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/scaleStrategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.scaleStrategy.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.scaleStrategy, data: data58 };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
                if (data40.labels !== void 0) {
                  let data61 = data40.labels;
                  if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                    for (const key13 in data61) {
                      let data62 = data61[key13];
                      if (typeof data62 !== "string") {
                        const err69 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/labels/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.labels.additionalProperties.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.labels.additionalProperties, data: data62 };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/labels", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.labels.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.labels, data: data61 };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
                if (data40.resources !== void 0) {
                  let data63 = data40.resources;
                  if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                    for (const key14 in data63) {
                      let data64 = data63[key14];
                      if (typeof data64 !== "string") {
                        const err71 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/resources/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/resources/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.resources.additionalProperties.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.resources.additionalProperties, data: data64 };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err72 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5 + "/resources", schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.resources.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items.properties.resources, data: data63 };
                    if (vErrors === null) {
                      vErrors = [err72];
                    } else {
                      vErrors.push(err72);
                    }
                    errors++;
                  }
                }
              } else {
                const err73 = { instancePath: instancePath + "/spec/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/workerGroupSpecs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.workerGroupSpecs.items.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs.items, data: data40 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/spec/workerGroupSpecs", schemaPath: "#/properties/spec/properties/workerGroupSpecs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.spec.properties.workerGroupSpecs.type, parentSchema: schema112.properties.spec.properties.workerGroupSpecs, data: data39 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data0.headServiceAnnotations !== void 0) {
          let data65 = data0.headServiceAnnotations;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            for (const key15 in data65) {
              let data66 = data65[key15];
              if (typeof data66 !== "string") {
                const err75 = { instancePath: instancePath + "/spec/headServiceAnnotations/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/headServiceAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.headServiceAnnotations.additionalProperties.type, parentSchema: schema112.properties.spec.properties.headServiceAnnotations.additionalProperties, data: data66 };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/spec/headServiceAnnotations", schemaPath: "#/properties/spec/properties/headServiceAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.headServiceAnnotations.type, parentSchema: schema112.properties.spec.properties.headServiceAnnotations, data: data65 };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data0.gcsFaultToleranceOptions !== void 0) {
          let data67 = data0.gcsFaultToleranceOptions;
          if (!(data67 && typeof data67 == "object" && !Array.isArray(data67))) {
            const err77 = { instancePath: instancePath + "/spec/gcsFaultToleranceOptions", schemaPath: "#/properties/spec/properties/gcsFaultToleranceOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.gcsFaultToleranceOptions.type, parentSchema: schema112.properties.spec.properties.gcsFaultToleranceOptions, data: data67 };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data0.authOptions !== void 0) {
          let data68 = data0.authOptions;
          if (!(data68 && typeof data68 == "object" && !Array.isArray(data68))) {
            const err78 = { instancePath: instancePath + "/spec/authOptions", schemaPath: "#/properties/spec/properties/authOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.authOptions.type, parentSchema: schema112.properties.spec.properties.authOptions, data: data68 };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data0.tlsOptions !== void 0) {
          let data69 = data0.tlsOptions;
          if (!(data69 && typeof data69 == "object" && !Array.isArray(data69))) {
            const err79 = { instancePath: instancePath + "/spec/tlsOptions", schemaPath: "#/properties/spec/properties/tlsOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.tlsOptions.type, parentSchema: schema112.properties.spec.properties.tlsOptions, data: data69 };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data0.networkPolicy !== void 0) {
          let data70 = data0.networkPolicy;
          if (!(data70 && typeof data70 == "object" && !Array.isArray(data70))) {
            const err80 = { instancePath: instancePath + "/spec/networkPolicy", schemaPath: "#/properties/spec/properties/networkPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.networkPolicy.type, parentSchema: schema112.properties.spec.properties.networkPolicy, data: data70 };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data0.historyServerOptions !== void 0) {
          let data71 = data0.historyServerOptions;
          if (!(data71 && typeof data71 == "object" && !Array.isArray(data71))) {
            const err81 = { instancePath: instancePath + "/spec/historyServerOptions", schemaPath: "#/properties/spec/properties/historyServerOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.historyServerOptions.type, parentSchema: schema112.properties.spec.properties.historyServerOptions, data: data71 };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data0.managedBy !== void 0) {
          let data72 = data0.managedBy;
          if (typeof data72 !== "string") {
            const err82 = { instancePath: instancePath + "/spec/managedBy", schemaPath: "#/properties/spec/properties/managedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.spec.properties.managedBy.type, parentSchema: schema112.properties.spec.properties.managedBy, data: data72 };
            if (vErrors === null) {
              vErrors = [err82];
            } else {
              vErrors.push(err82);
            }
            errors++;
          }
        }
        if (data0.suspend !== void 0) {
          let data73 = data0.suspend;
          if (typeof data73 !== "boolean") {
            const err83 = { instancePath: instancePath + "/spec/suspend", schemaPath: "#/properties/spec/properties/suspend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema112.properties.spec.properties.suspend.type, parentSchema: schema112.properties.spec.properties.suspend, data: data73 };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data0.upgradeStrategy !== void 0) {
          let data74 = data0.upgradeStrategy;
          if (!(data74 && typeof data74 == "object" && !Array.isArray(data74))) {
            const err84 = { instancePath: instancePath + "/spec/upgradeStrategy", schemaPath: "#/properties/spec/properties/upgradeStrategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.properties.upgradeStrategy.type, parentSchema: schema112.properties.spec.properties.upgradeStrategy, data: data74 };
            if (vErrors === null) {
              vErrors = [err84];
            } else {
              vErrors.push(err84);
            }
            errors++;
          }
        }
      } else {
        const err85 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.properties.spec.type, parentSchema: schema112.properties.spec, data: data0 };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
  } else {
    const err86 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err86];
    } else {
      vErrors.push(err86);
    }
    errors++;
  }
  validate102.errors = vErrors;
  return errors === 0;
});

// src/ray/schemas/generated/rayservice.ts
var schema113 = { "type": "object", "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "type": "string", "enum": ["ray.io/v1", "ray.io/v1alpha1"], "x-expect": 'one of "ray.io/v1", "ray.io/v1alpha1"' }, "kind": { "const": "RayService" }, "metadata": { "type": "object", "properties": { "name": { "type": "string", "x-expect": "a string" }, "namespace": { "type": "string", "x-expect": "a string" }, "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "annotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": ["name"] }, "spec": { "type": "object", "properties": { "serveConfigV2": { "type": "string", "x-expect": "a string (a YAML block: `serveConfigV2: |`)" }, "rayClusterConfig": { "type": "object", "properties": { "rayVersion": { "type": "string", "x-expect": "a string (quote it: '2.47.1')" }, "enableInTreeAutoscaling": { "type": "boolean", "x-expect": "true or false" }, "autoscalerOptions": { "type": "object", "properties": { "upscalingMode": { "type": "string", "enum": ["Default", "Aggressive", "Conservative"], "x-expect": 'one of "Default", "Aggressive", "Conservative"' }, "idleTimeoutSeconds": { "type": "integer", "x-expect": "an integer" }, "version": { "type": "string", "enum": ["v1", "v2"], "x-expect": 'one of "v1", "v2"' }, "image": { "type": "string", "x-expect": "a string" }, "imagePullPolicy": { "type": "string", "x-expect": "a string" }, "resources": { "type": "object", "properties": {}, "required": [] }, "env": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "envFrom": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "securityContext": { "type": "object", "properties": {}, "required": [] }, "volumeMounts": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "command": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "args": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "headGroupSpec": { "type": "object", "properties": { "rayStartParams": { "type": "object", "additionalProperties": { "type": "string", "x-expect": 'a string (quote numbers: "1")' }, "x-expect": "a map of strings" }, "template": { "type": "object", "properties": { "metadata": { "type": "object", "properties": { "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "annotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [] }, "spec": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "serviceType": { "type": "string", "x-expect": "a string" }, "headService": { "type": "object", "properties": {}, "required": [] }, "enableIngress": { "type": "boolean", "x-expect": "true or false" }, "ingressOptions": { "type": "object", "properties": {}, "required": [] }, "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "resources": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": ["template"], "additionalProperties": false }, "workerGroupSpecs": { "type": "array", "items": { "type": "object", "properties": { "groupName": { "type": "string", "x-expect": "a string" }, "replicas": { "type": "integer", "x-expect": "an integer" }, "minReplicas": { "type": "integer", "x-expect": "an integer" }, "maxReplicas": { "type": "integer", "x-expect": "an integer" }, "numOfHosts": { "type": "integer", "x-expect": "an integer" }, "rayStartParams": { "type": "object", "additionalProperties": { "type": "string", "x-expect": 'a string (quote numbers: "1")' }, "x-expect": "a map of strings" }, "template": { "type": "object", "properties": { "metadata": { "type": "object", "properties": { "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "annotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [] }, "spec": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "idleTimeoutSeconds": { "type": "integer", "x-expect": "an integer" }, "priority": { "type": "integer", "x-expect": "an integer" }, "suspend": { "type": "boolean", "x-expect": "true or false" }, "scaleStrategy": { "type": "object", "properties": { "workersToDelete": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "labels": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "resources": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": ["groupName", "template"], "additionalProperties": false }, "x-expect": "a list" }, "headServiceAnnotations": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "gcsFaultToleranceOptions": { "type": "object", "properties": {}, "required": [] }, "authOptions": { "type": "object", "properties": {}, "required": [] }, "tlsOptions": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "networkPolicy": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "historyServerOptions": { "type": "object", "properties": {}, "required": [], "x-kuberay-since": "1.7" }, "managedBy": { "type": "string", "x-expect": "a string" }, "suspend": { "type": "boolean", "x-expect": "true or false" }, "upgradeStrategy": { "type": "object", "properties": {}, "required": [] } }, "required": ["headGroupSpec"], "additionalProperties": false }, "upgradeStrategy": { "type": "object", "properties": { "type": { "type": "string", "enum": ["NewCluster", "NewClusterWithIncrementalUpgrade", "None"], "x-expect": 'one of "NewCluster", "NewClusterWithIncrementalUpgrade", "None"' }, "clusterUpgradeOptions": { "type": "object", "properties": {}, "required": [] } }, "required": [], "additionalProperties": false }, "serviceUnhealthySecondThreshold": { "type": "integer", "x-expect": "an integer" }, "deploymentUnhealthySecondThreshold": { "type": "integer", "x-expect": "an integer" }, "excludeHeadPodFromServeSvc": { "type": "boolean", "x-expect": "true or false" }, "serveService": { "type": "object", "properties": {}, "required": [] }, "rayClusterDeletionDelaySeconds": { "type": "integer", "x-expect": "an integer" }, "managedBy": { "type": "string", "x-expect": "a string" }, "suspend": { "type": "boolean", "x-expect": "true or false" } }, "required": ["rayClusterConfig"], "additionalProperties": false }, "status": {} } };
var func23 = Object.prototype.hasOwnProperty;
var validate3 = (function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema113.required, parentSchema: schema113, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.apiVersion.type, parentSchema: schema113.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "ray.io/v1" || data0 === "ray.io/v1alpha1")) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/enum", keyword: "enum", params: { allowedValues: schema113.properties.apiVersion.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.apiVersion.enum, parentSchema: schema113.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("RayService" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "RayService" }, message: "must be equal to constant", schema: "RayService", parentSchema: schema113.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema113.properties.metadata.required, parentSchema: schema113.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 !== "string") {
            const err8 = { instancePath: instancePath + "/metadata/name", schemaPath: "#/properties/metadata/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.metadata.properties.name.type, parentSchema: schema113.properties.metadata.properties.name, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.namespace !== void 0) {
          let data4 = data2.namespace;
          if (typeof data4 !== "string") {
            const err9 = { instancePath: instancePath + "/metadata/namespace", schemaPath: "#/properties/metadata/properties/namespace/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.metadata.properties.namespace.type, parentSchema: schema113.properties.metadata.properties.namespace, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data2.labels !== void 0) {
          let data5 = data2.labels;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key0 in data5) {
              let data6 = data5[key0];
              if (typeof data6 !== "string") {
                const err10 = { instancePath: instancePath + "/metadata/labels/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema113.properties.metadata.properties.labels.additionalProperties, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/labels", schemaPath: "#/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.metadata.properties.labels.type, parentSchema: schema113.properties.metadata.properties.labels, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.annotations !== void 0) {
          let data7 = data2.annotations;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key1 in data7) {
              let data8 = data7[key1];
              if (typeof data8 !== "string") {
                const err12 = { instancePath: instancePath + "/metadata/annotations/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema113.properties.metadata.properties.annotations.additionalProperties, data: data8 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = { instancePath: instancePath + "/metadata/annotations", schemaPath: "#/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.metadata.properties.annotations.type, parentSchema: schema113.properties.metadata.properties.annotations, data: data7 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
      } else {
        const err14 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.metadata.type, parentSchema: schema113.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data9 = data.spec;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        if (data9.rayClusterConfig === void 0) {
          const err15 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "rayClusterConfig" }, message: "must have required property 'rayClusterConfig'", schema: schema113.properties.spec.required, parentSchema: schema113.properties.spec, data: data9 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key2 in data9) {
          if (!func23.call(schema113.properties.spec.properties, key2)) {
            const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.spec, data: data9 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data9.serveConfigV2 !== void 0) {
          let data10 = data9.serveConfigV2;
          if (typeof data10 !== "string") {
            const err17 = { instancePath: instancePath + "/spec/serveConfigV2", schemaPath: "#/properties/spec/properties/serveConfigV2/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.serveConfigV2.type, parentSchema: schema113.properties.spec.properties.serveConfigV2, data: data10 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data9.rayClusterConfig !== void 0) {
          let data11 = data9.rayClusterConfig;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.headGroupSpec === void 0) {
              const err18 = { instancePath: instancePath + "/spec/rayClusterConfig", schemaPath: "#/properties/spec/properties/rayClusterConfig/required", keyword: "required", params: { missingProperty: "headGroupSpec" }, message: "must have required property 'headGroupSpec'", schema: schema113.properties.spec.properties.rayClusterConfig.required, parentSchema: schema113.properties.spec.properties.rayClusterConfig, data: data11 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            for (const key3 in data11) {
              if (!func23.call(schema113.properties.spec.properties.rayClusterConfig.properties, key3)) {
                const err19 = { instancePath: instancePath + "/spec/rayClusterConfig", schemaPath: "#/properties/spec/properties/rayClusterConfig/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.spec.properties.rayClusterConfig, data: data11 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data11.rayVersion !== void 0) {
              let data12 = data11.rayVersion;
              if (typeof data12 !== "string") {
                const err20 = { instancePath: instancePath + "/spec/rayClusterConfig/rayVersion", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/rayVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.rayVersion.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.rayVersion, data: data12 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data11.enableInTreeAutoscaling !== void 0) {
              let data13 = data11.enableInTreeAutoscaling;
              if (typeof data13 !== "boolean") {
                const err21 = { instancePath: instancePath + "/spec/rayClusterConfig/enableInTreeAutoscaling", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/enableInTreeAutoscaling/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.spec.properties.rayClusterConfig.properties.enableInTreeAutoscaling.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.enableInTreeAutoscaling, data: data13 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data11.autoscalerOptions !== void 0) {
              let data14 = data11.autoscalerOptions;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key4 in data14) {
                  if (!func23.call(schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties, key4)) {
                    const err22 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
                if (data14.upscalingMode !== void 0) {
                  let data15 = data14.upscalingMode;
                  if (typeof data15 !== "string") {
                    const err23 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/upscalingMode", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/upscalingMode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                  if (!(data15 === "Default" || data15 === "Aggressive" || data15 === "Conservative")) {
                    const err24 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/upscalingMode", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/upscalingMode/enum", keyword: "enum", params: { allowedValues: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode.enum, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.upscalingMode, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data14.idleTimeoutSeconds !== void 0) {
                  let data16 = data14.idleTimeoutSeconds;
                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)))) {
                    const err25 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/idleTimeoutSeconds", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/idleTimeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.idleTimeoutSeconds.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.idleTimeoutSeconds, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data14.version !== void 0) {
                  let data17 = data14.version;
                  if (typeof data17 !== "string") {
                    const err26 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/version", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                  if (!(data17 === "v1" || data17 === "v2")) {
                    const err27 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/version", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/version/enum", keyword: "enum", params: { allowedValues: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version.enum, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.version, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
                if (data14.image !== void 0) {
                  let data18 = data14.image;
                  if (typeof data18 !== "string") {
                    const err28 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/image", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/image/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.image.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.image, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err28];
                    } else {
                      vErrors.push(err28);
                    }
                    errors++;
                  }
                }
                if (data14.imagePullPolicy !== void 0) {
                  let data19 = data14.imagePullPolicy;
                  if (typeof data19 !== "string") {
                    const err29 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/imagePullPolicy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/imagePullPolicy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.imagePullPolicy.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.imagePullPolicy, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
                if (data14.resources !== void 0) {
                  let data20 = data14.resources;
                  if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
                    const err30 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/resources", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.resources.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.resources, data: data20 };
                    if (vErrors === null) {
                      vErrors = [err30];
                    } else {
                      vErrors.push(err30);
                    }
                    errors++;
                  }
                }
                if (data14.env !== void 0) {
                  let data21 = data14.env;
                  if (Array.isArray(data21)) {
                    const len0 = data21.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      let data22 = data21[i0];
                      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22))) {
                        const err31 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/env/" + i0, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/env/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.env.items.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.env.items, data: data22 };
                        if (vErrors === null) {
                          vErrors = [err31];
                        } else {
                          vErrors.push(err31);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err32 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/env", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/env/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.env.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.env, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
                if (data14.envFrom !== void 0) {
                  let data23 = data14.envFrom;
                  if (Array.isArray(data23)) {
                    const len1 = data23.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data24 = data23[i1];
                      if (!(data24 && typeof data24 == "object" && !Array.isArray(data24))) {
                        const err33 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/envFrom/" + i1, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/envFrom/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.envFrom.items.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.envFrom.items, data: data24 };
                        if (vErrors === null) {
                          vErrors = [err33];
                        } else {
                          vErrors.push(err33);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err34 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/envFrom", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/envFrom/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.envFrom.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.envFrom, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err34];
                    } else {
                      vErrors.push(err34);
                    }
                    errors++;
                  }
                }
                if (data14.securityContext !== void 0) {
                  let data25 = data14.securityContext;
                  if (!(data25 && typeof data25 == "object" && !Array.isArray(data25))) {
                    const err35 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/securityContext", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/securityContext/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.securityContext.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.securityContext, data: data25 };
                    if (vErrors === null) {
                      vErrors = [err35];
                    } else {
                      vErrors.push(err35);
                    }
                    errors++;
                  }
                }
                if (data14.volumeMounts !== void 0) {
                  let data26 = data14.volumeMounts;
                  if (Array.isArray(data26)) {
                    const len2 = data26.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data27 = data26[i2];
                      if (!(data27 && typeof data27 == "object" && !Array.isArray(data27))) {
                        const err36 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/volumeMounts/" + i2, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/volumeMounts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.volumeMounts.items.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.volumeMounts.items, data: data27 };
                        if (vErrors === null) {
                          vErrors = [err36];
                        } else {
                          vErrors.push(err36);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err37 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/volumeMounts", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/volumeMounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.volumeMounts.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.volumeMounts, data: data26 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data14.command !== void 0) {
                  let data28 = data14.command;
                  if (Array.isArray(data28)) {
                    const len3 = data28.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data29 = data28[i3];
                      if (typeof data29 !== "string") {
                        const err38 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/command/" + i3, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.command.items.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.command.items, data: data29 };
                        if (vErrors === null) {
                          vErrors = [err38];
                        } else {
                          vErrors.push(err38);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/command", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/command/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.command.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.command, data: data28 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data14.args !== void 0) {
                  let data30 = data14.args;
                  if (Array.isArray(data30)) {
                    const len4 = data30.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      let data31 = data30[i4];
                      if (typeof data31 !== "string") {
                        const err40 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/args/" + i4, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/args/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.args.items.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.args.items, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err40];
                        } else {
                          vErrors.push(err40);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err41 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions/args", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/properties/args/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.args.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.properties.args, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                }
              } else {
                const err42 = { instancePath: instancePath + "/spec/rayClusterConfig/autoscalerOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/autoscalerOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.autoscalerOptions, data: data14 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data11.headGroupSpec !== void 0) {
              let data32 = data11.headGroupSpec;
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.template === void 0) {
                  const err43 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.required, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                for (const key5 in data32) {
                  if (!(key5 === "rayStartParams" || key5 === "template" || key5 === "serviceType" || key5 === "headService" || key5 === "enableIngress" || key5 === "ingressOptions" || key5 === "labels" || key5 === "resources")) {
                    const err44 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err44];
                    } else {
                      vErrors.push(err44);
                    }
                    errors++;
                  }
                }
                if (data32.rayStartParams !== void 0) {
                  let data33 = data32.rayStartParams;
                  if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                    for (const key6 in data33) {
                      let data34 = data33[key6];
                      if (typeof data34 !== "string") {
                        const err45 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/rayStartParams/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/rayStartParams/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.rayStartParams.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.rayStartParams.additionalProperties, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err45];
                        } else {
                          vErrors.push(err45);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err46 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/rayStartParams", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/rayStartParams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.rayStartParams.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.rayStartParams, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err46];
                    } else {
                      vErrors.push(err46);
                    }
                    errors++;
                  }
                }
                if (data32.template !== void 0) {
                  let data35 = data32.template;
                  if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                    if (data35.metadata !== void 0) {
                      let data36 = data35.metadata;
                      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                        if (data36.labels !== void 0) {
                          let data37 = data36.labels;
                          if (data37 && typeof data37 == "object" && !Array.isArray(data37)) {
                            for (const key7 in data37) {
                              let data38 = data37[key7];
                              if (typeof data38 !== "string") {
                                const err47 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/template/metadata/labels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.additionalProperties, data: data38 };
                                if (vErrors === null) {
                                  vErrors = [err47];
                                } else {
                                  vErrors.push(err47);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err48 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/template/metadata/labels", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.labels.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.labels, data: data37 };
                            if (vErrors === null) {
                              vErrors = [err48];
                            } else {
                              vErrors.push(err48);
                            }
                            errors++;
                          }
                        }
                        if (data36.annotations !== void 0) {
                          let data39 = data36.annotations;
                          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                            for (const key8 in data39) {
                              let data40 = data39[key8];
                              if (typeof data40 !== "string") {
                                const err49 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/template/metadata/annotations/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.additionalProperties, data: data40 };
                                if (vErrors === null) {
                                  vErrors = [err49];
                                } else {
                                  vErrors.push(err49);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err50 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/template/metadata/annotations", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.properties.annotations, data: data39 };
                            if (vErrors === null) {
                              vErrors = [err50];
                            } else {
                              vErrors.push(err50);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err51 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/template/metadata", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.metadata, data: data36 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                      }
                    }
                    if (data35.spec !== void 0) {
                      let data41 = data35.spec;
                      if (!(data41 && typeof data41 == "object" && !Array.isArray(data41))) {
                        const err52 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/template/spec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.spec.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.properties.spec, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err52];
                        } else {
                          vErrors.push(err52);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err53 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/template", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/template/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.template, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data32.serviceType !== void 0) {
                  let data42 = data32.serviceType;
                  if (typeof data42 !== "string") {
                    const err54 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/serviceType", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/serviceType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.serviceType.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.serviceType, data: data42 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data32.headService !== void 0) {
                  let data43 = data32.headService;
                  if (!(data43 && typeof data43 == "object" && !Array.isArray(data43))) {
                    const err55 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/headService", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/headService/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.headService.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.headService, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data32.enableIngress !== void 0) {
                  let data44 = data32.enableIngress;
                  if (typeof data44 !== "boolean") {
                    const err56 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/enableIngress", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/enableIngress/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.enableIngress.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.enableIngress, data: data44 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data32.ingressOptions !== void 0) {
                  let data45 = data32.ingressOptions;
                  if (!(data45 && typeof data45 == "object" && !Array.isArray(data45))) {
                    const err57 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/ingressOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/ingressOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.ingressOptions.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.ingressOptions, data: data45 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data32.labels !== void 0) {
                  let data46 = data32.labels;
                  if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                    for (const key9 in data46) {
                      let data47 = data46[key9];
                      if (typeof data47 !== "string") {
                        const err58 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/labels/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.labels.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.labels.additionalProperties, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/labels", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.labels.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.labels, data: data46 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
                if (data32.resources !== void 0) {
                  let data48 = data32.resources;
                  if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                    for (const key10 in data48) {
                      let data49 = data48[key10];
                      if (typeof data49 !== "string") {
                        const err60 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/resources/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/resources/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.resources.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.resources.additionalProperties, data: data49 };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err61 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec/resources", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.resources.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.properties.resources, data: data48 };
                    if (vErrors === null) {
                      vErrors = [err61];
                    } else {
                      vErrors.push(err61);
                    }
                    errors++;
                  }
                }
              } else {
                const err62 = { instancePath: instancePath + "/spec/rayClusterConfig/headGroupSpec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headGroupSpec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headGroupSpec, data: data32 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data11.workerGroupSpecs !== void 0) {
              let data50 = data11.workerGroupSpecs;
              if (Array.isArray(data50)) {
                const len5 = data50.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  let data51 = data50[i5];
                  if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                    if (data51.groupName === void 0) {
                      const err63 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/required", keyword: "required", params: { missingProperty: "groupName" }, message: "must have required property 'groupName'", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.required, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    if (data51.template === void 0) {
                      const err64 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/required", keyword: "required", params: { missingProperty: "template" }, message: "must have required property 'template'", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.required, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items, data: data51 };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                    for (const key11 in data51) {
                      if (!func23.call(schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties, key11)) {
                        const err65 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data51.groupName !== void 0) {
                      let data52 = data51.groupName;
                      if (typeof data52 !== "string") {
                        const err66 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/groupName", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/groupName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.groupName.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.groupName, data: data52 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                    }
                    if (data51.replicas !== void 0) {
                      let data53 = data51.replicas;
                      if (!(typeof data53 == "number" && (!(data53 % 1) && !isNaN(data53)))) {
                        const err67 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/replicas", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.replicas.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.replicas, data: data53 };
                        if (vErrors === null) {
                          vErrors = [err67];
                        } else {
                          vErrors.push(err67);
                        }
                        errors++;
                      }
                    }
                    if (data51.minReplicas !== void 0) {
                      let data54 = data51.minReplicas;
                      if (!(typeof data54 == "number" && (!(data54 % 1) && !isNaN(data54)))) {
                        const err68 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/minReplicas", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/minReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.minReplicas.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.minReplicas, data: data54 };
                        if (vErrors === null) {
                          vErrors = [err68];
                        } else {
                          vErrors.push(err68);
                        }
                        errors++;
                      }
                    }
                    if (data51.maxReplicas !== void 0) {
                      let data55 = data51.maxReplicas;
                      if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)))) {
                        const err69 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/maxReplicas", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/maxReplicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.maxReplicas.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.maxReplicas, data: data55 };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      }
                    }
                    if (data51.numOfHosts !== void 0) {
                      let data56 = data51.numOfHosts;
                      if (!(typeof data56 == "number" && (!(data56 % 1) && !isNaN(data56)))) {
                        const err70 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/numOfHosts", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/numOfHosts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.numOfHosts.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.numOfHosts, data: data56 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                    if (data51.rayStartParams !== void 0) {
                      let data57 = data51.rayStartParams;
                      if (data57 && typeof data57 == "object" && !Array.isArray(data57)) {
                        for (const key12 in data57) {
                          let data58 = data57[key12];
                          if (typeof data58 !== "string") {
                            const err71 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/rayStartParams/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/rayStartParams/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.rayStartParams.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.rayStartParams.additionalProperties, data: data58 };
                            if (vErrors === null) {
                              vErrors = [err71];
                            } else {
                              vErrors.push(err71);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err72 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/rayStartParams", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/rayStartParams/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.rayStartParams.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.rayStartParams, data: data57 };
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                    }
                    if (data51.template !== void 0) {
                      let data59 = data51.template;
                      if (data59 && typeof data59 == "object" && !Array.isArray(data59)) {
                        if (data59.metadata !== void 0) {
                          let data60 = data59.metadata;
                          if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                            if (data60.labels !== void 0) {
                              let data61 = data60.labels;
                              if (data61 && typeof data61 == "object" && !Array.isArray(data61)) {
                                for (const key13 in data61) {
                                  let data62 = data61[key13];
                                  if (typeof data62 !== "string") {
                                    const err73 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata/labels/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.additionalProperties, data: data62 };
                                    if (vErrors === null) {
                                      vErrors = [err73];
                                    } else {
                                      vErrors.push(err73);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err74 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata/labels", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.labels, data: data61 };
                                if (vErrors === null) {
                                  vErrors = [err74];
                                } else {
                                  vErrors.push(err74);
                                }
                                errors++;
                              }
                            }
                            if (data60.annotations !== void 0) {
                              let data63 = data60.annotations;
                              if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                for (const key14 in data63) {
                                  let data64 = data63[key14];
                                  if (typeof data64 !== "string") {
                                    const err75 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata/annotations/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/annotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.additionalProperties, data: data64 };
                                    if (vErrors === null) {
                                      vErrors = [err75];
                                    } else {
                                      vErrors.push(err75);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err76 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata/annotations", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/properties/annotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.properties.annotations, data: data63 };
                                if (vErrors === null) {
                                  vErrors = [err76];
                                } else {
                                  vErrors.push(err76);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err77 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/metadata", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.metadata, data: data60 };
                            if (vErrors === null) {
                              vErrors = [err77];
                            } else {
                              vErrors.push(err77);
                            }
                            errors++;
                          }
                        }
                        if (data59.spec !== void 0) {
                          let data65 = data59.spec;
                          if (!(data65 && typeof data65 == "object" && !Array.isArray(data65))) {
                            const err78 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template/spec", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.spec.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.properties.spec, data: data65 };
                            if (vErrors === null) {
                              vErrors = [err78];
                            } else {
                              vErrors.push(err78);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err79 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/template", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/template/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.template, data: data59 };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                    if (data51.idleTimeoutSeconds !== void 0) {
                      let data66 = data51.idleTimeoutSeconds;
                      if (!(typeof data66 == "number" && (!(data66 % 1) && !isNaN(data66)))) {
                        const err80 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/idleTimeoutSeconds", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/idleTimeoutSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.idleTimeoutSeconds.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.idleTimeoutSeconds, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err80];
                        } else {
                          vErrors.push(err80);
                        }
                        errors++;
                      }
                    }
                    if (data51.priority !== void 0) {
                      let data67 = data51.priority;
                      if (!(typeof data67 == "number" && (!(data67 % 1) && !isNaN(data67)))) {
                        const err81 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/priority", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.priority.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.priority, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                    }
                    if (data51.suspend !== void 0) {
                      let data68 = data51.suspend;
                      if (typeof data68 !== "boolean") {
                        const err82 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/suspend", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/suspend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.suspend.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.suspend, data: data68 };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                    if (data51.scaleStrategy !== void 0) {
                      let data69 = data51.scaleStrategy;
                      if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                        for (const key15 in data69) {
                          if (!(key15 === "workersToDelete")) {
                            const err83 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/scaleStrategy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/scaleStrategy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy, data: data69 };
                            if (vErrors === null) {
                              vErrors = [err83];
                            } else {
                              vErrors.push(err83);
                            }
                            errors++;
                          }
                        }
                        if (data69.workersToDelete !== void 0) {
                          let data70 = data69.workersToDelete;
                          if (Array.isArray(data70)) {
                            const len6 = data70.length;
                            for (let i6 = 0; i6 < len6; i6++) {
                              let data71 = data70[i6];
                              if (typeof data71 !== "string") {
                                const err84 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/scaleStrategy/workersToDelete/" + i6, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/scaleStrategy/properties/workersToDelete/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.items.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.items, data: data71 };
                                if (vErrors === null) {
                                  vErrors = [err84];
                                } else {
                                  vErrors.push(err84);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err85 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/scaleStrategy/workersToDelete", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/scaleStrategy/properties/workersToDelete/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.properties.workersToDelete, data: data70 };
                            if (vErrors === null) {
                              vErrors = [err85];
                            } else {
                              vErrors.push(err85);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err86 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/scaleStrategy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/scaleStrategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.scaleStrategy, data: data69 };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                    if (data51.labels !== void 0) {
                      let data72 = data51.labels;
                      if (data72 && typeof data72 == "object" && !Array.isArray(data72)) {
                        for (const key16 in data72) {
                          let data73 = data72[key16];
                          if (typeof data73 !== "string") {
                            const err87 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/labels/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.labels.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.labels.additionalProperties, data: data73 };
                            if (vErrors === null) {
                              vErrors = [err87];
                            } else {
                              vErrors.push(err87);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err88 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/labels", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.labels.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.labels, data: data72 };
                        if (vErrors === null) {
                          vErrors = [err88];
                        } else {
                          vErrors.push(err88);
                        }
                        errors++;
                      }
                    }
                    if (data51.resources !== void 0) {
                      let data74 = data51.resources;
                      if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
                        for (const key17 in data74) {
                          let data75 = data74[key17];
                          if (typeof data75 !== "string") {
                            const err89 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/resources/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/resources/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.resources.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.resources.additionalProperties, data: data75 };
                            if (vErrors === null) {
                              vErrors = [err89];
                            } else {
                              vErrors.push(err89);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err90 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5 + "/resources", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.resources.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.properties.resources, data: data74 };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs/" + i5, schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.items, data: data51 };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
              } else {
                const err92 = { instancePath: instancePath + "/spec/rayClusterConfig/workerGroupSpecs", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/workerGroupSpecs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.workerGroupSpecs, data: data50 };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              }
            }
            if (data11.headServiceAnnotations !== void 0) {
              let data76 = data11.headServiceAnnotations;
              if (data76 && typeof data76 == "object" && !Array.isArray(data76)) {
                for (const key18 in data76) {
                  let data77 = data76[key18];
                  if (typeof data77 !== "string") {
                    const err93 = { instancePath: instancePath + "/spec/rayClusterConfig/headServiceAnnotations/" + key18.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headServiceAnnotations/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headServiceAnnotations.additionalProperties.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headServiceAnnotations.additionalProperties, data: data77 };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/spec/rayClusterConfig/headServiceAnnotations", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/headServiceAnnotations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.headServiceAnnotations.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.headServiceAnnotations, data: data76 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data11.gcsFaultToleranceOptions !== void 0) {
              let data78 = data11.gcsFaultToleranceOptions;
              if (!(data78 && typeof data78 == "object" && !Array.isArray(data78))) {
                const err95 = { instancePath: instancePath + "/spec/rayClusterConfig/gcsFaultToleranceOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/gcsFaultToleranceOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.gcsFaultToleranceOptions.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.gcsFaultToleranceOptions, data: data78 };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data11.authOptions !== void 0) {
              let data79 = data11.authOptions;
              if (!(data79 && typeof data79 == "object" && !Array.isArray(data79))) {
                const err96 = { instancePath: instancePath + "/spec/rayClusterConfig/authOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/authOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.authOptions.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.authOptions, data: data79 };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
            }
            if (data11.tlsOptions !== void 0) {
              let data80 = data11.tlsOptions;
              if (!(data80 && typeof data80 == "object" && !Array.isArray(data80))) {
                const err97 = { instancePath: instancePath + "/spec/rayClusterConfig/tlsOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/tlsOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.tlsOptions.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.tlsOptions, data: data80 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
            }
            if (data11.networkPolicy !== void 0) {
              let data81 = data11.networkPolicy;
              if (!(data81 && typeof data81 == "object" && !Array.isArray(data81))) {
                const err98 = { instancePath: instancePath + "/spec/rayClusterConfig/networkPolicy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/networkPolicy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.networkPolicy.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.networkPolicy, data: data81 };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
            }
            if (data11.historyServerOptions !== void 0) {
              let data82 = data11.historyServerOptions;
              if (!(data82 && typeof data82 == "object" && !Array.isArray(data82))) {
                const err99 = { instancePath: instancePath + "/spec/rayClusterConfig/historyServerOptions", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/historyServerOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.historyServerOptions.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.historyServerOptions, data: data82 };
                if (vErrors === null) {
                  vErrors = [err99];
                } else {
                  vErrors.push(err99);
                }
                errors++;
              }
            }
            if (data11.managedBy !== void 0) {
              let data83 = data11.managedBy;
              if (typeof data83 !== "string") {
                const err100 = { instancePath: instancePath + "/spec/rayClusterConfig/managedBy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/managedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.rayClusterConfig.properties.managedBy.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.managedBy, data: data83 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data11.suspend !== void 0) {
              let data84 = data11.suspend;
              if (typeof data84 !== "boolean") {
                const err101 = { instancePath: instancePath + "/spec/rayClusterConfig/suspend", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/suspend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.spec.properties.rayClusterConfig.properties.suspend.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.suspend, data: data84 };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data11.upgradeStrategy !== void 0) {
              let data85 = data11.upgradeStrategy;
              if (!(data85 && typeof data85 == "object" && !Array.isArray(data85))) {
                const err102 = { instancePath: instancePath + "/spec/rayClusterConfig/upgradeStrategy", schemaPath: "#/properties/spec/properties/rayClusterConfig/properties/upgradeStrategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.properties.upgradeStrategy.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig.properties.upgradeStrategy, data: data85 };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
          } else {
            const err103 = { instancePath: instancePath + "/spec/rayClusterConfig", schemaPath: "#/properties/spec/properties/rayClusterConfig/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.rayClusterConfig.type, parentSchema: schema113.properties.spec.properties.rayClusterConfig, data: data11 };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data9.upgradeStrategy !== void 0) {
          let data86 = data9.upgradeStrategy;
          if (data86 && typeof data86 == "object" && !Array.isArray(data86)) {
            for (const key19 in data86) {
              if (!(key19 === "type" || key19 === "clusterUpgradeOptions")) {
                const err104 = { instancePath: instancePath + "/spec/upgradeStrategy", schemaPath: "#/properties/spec/properties/upgradeStrategy/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key19 }, message: "must NOT have additional properties", schema: false, parentSchema: schema113.properties.spec.properties.upgradeStrategy, data: data86 };
                if (vErrors === null) {
                  vErrors = [err104];
                } else {
                  vErrors.push(err104);
                }
                errors++;
              }
            }
            if (data86.type !== void 0) {
              let data87 = data86.type;
              if (typeof data87 !== "string") {
                const err105 = { instancePath: instancePath + "/spec/upgradeStrategy/type", schemaPath: "#/properties/spec/properties/upgradeStrategy/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.upgradeStrategy.properties.type.type, parentSchema: schema113.properties.spec.properties.upgradeStrategy.properties.type, data: data87 };
                if (vErrors === null) {
                  vErrors = [err105];
                } else {
                  vErrors.push(err105);
                }
                errors++;
              }
              if (!(data87 === "NewCluster" || data87 === "NewClusterWithIncrementalUpgrade" || data87 === "None")) {
                const err106 = { instancePath: instancePath + "/spec/upgradeStrategy/type", schemaPath: "#/properties/spec/properties/upgradeStrategy/properties/type/enum", keyword: "enum", params: { allowedValues: schema113.properties.spec.properties.upgradeStrategy.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema113.properties.spec.properties.upgradeStrategy.properties.type.enum, parentSchema: schema113.properties.spec.properties.upgradeStrategy.properties.type, data: data87 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
            }
            if (data86.clusterUpgradeOptions !== void 0) {
              let data88 = data86.clusterUpgradeOptions;
              if (!(data88 && typeof data88 == "object" && !Array.isArray(data88))) {
                const err107 = { instancePath: instancePath + "/spec/upgradeStrategy/clusterUpgradeOptions", schemaPath: "#/properties/spec/properties/upgradeStrategy/properties/clusterUpgradeOptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.upgradeStrategy.properties.clusterUpgradeOptions.type, parentSchema: schema113.properties.spec.properties.upgradeStrategy.properties.clusterUpgradeOptions, data: data88 };
                if (vErrors === null) {
                  vErrors = [err107];
                } else {
                  vErrors.push(err107);
                }
                errors++;
              }
            }
          } else {
            const err108 = { instancePath: instancePath + "/spec/upgradeStrategy", schemaPath: "#/properties/spec/properties/upgradeStrategy/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.upgradeStrategy.type, parentSchema: schema113.properties.spec.properties.upgradeStrategy, data: data86 };
            if (vErrors === null) {
              vErrors = [err108];
            } else {
              vErrors.push(err108);
            }
            errors++;
          }
        }
        if (data9.serviceUnhealthySecondThreshold !== void 0) {
          let data89 = data9.serviceUnhealthySecondThreshold;
          if (!(typeof data89 == "number" && (!(data89 % 1) && !isNaN(data89)))) {
            const err109 = { instancePath: instancePath + "/spec/serviceUnhealthySecondThreshold", schemaPath: "#/properties/spec/properties/serviceUnhealthySecondThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.serviceUnhealthySecondThreshold.type, parentSchema: schema113.properties.spec.properties.serviceUnhealthySecondThreshold, data: data89 };
            if (vErrors === null) {
              vErrors = [err109];
            } else {
              vErrors.push(err109);
            }
            errors++;
          }
        }
        if (data9.deploymentUnhealthySecondThreshold !== void 0) {
          let data90 = data9.deploymentUnhealthySecondThreshold;
          if (!(typeof data90 == "number" && (!(data90 % 1) && !isNaN(data90)))) {
            const err110 = { instancePath: instancePath + "/spec/deploymentUnhealthySecondThreshold", schemaPath: "#/properties/spec/properties/deploymentUnhealthySecondThreshold/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.deploymentUnhealthySecondThreshold.type, parentSchema: schema113.properties.spec.properties.deploymentUnhealthySecondThreshold, data: data90 };
            if (vErrors === null) {
              vErrors = [err110];
            } else {
              vErrors.push(err110);
            }
            errors++;
          }
        }
        if (data9.excludeHeadPodFromServeSvc !== void 0) {
          let data91 = data9.excludeHeadPodFromServeSvc;
          if (typeof data91 !== "boolean") {
            const err111 = { instancePath: instancePath + "/spec/excludeHeadPodFromServeSvc", schemaPath: "#/properties/spec/properties/excludeHeadPodFromServeSvc/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.spec.properties.excludeHeadPodFromServeSvc.type, parentSchema: schema113.properties.spec.properties.excludeHeadPodFromServeSvc, data: data91 };
            if (vErrors === null) {
              vErrors = [err111];
            } else {
              vErrors.push(err111);
            }
            errors++;
          }
        }
        if (data9.serveService !== void 0) {
          let data92 = data9.serveService;
          if (!(data92 && typeof data92 == "object" && !Array.isArray(data92))) {
            const err112 = { instancePath: instancePath + "/spec/serveService", schemaPath: "#/properties/spec/properties/serveService/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.properties.serveService.type, parentSchema: schema113.properties.spec.properties.serveService, data: data92 };
            if (vErrors === null) {
              vErrors = [err112];
            } else {
              vErrors.push(err112);
            }
            errors++;
          }
        }
        if (data9.rayClusterDeletionDelaySeconds !== void 0) {
          let data93 = data9.rayClusterDeletionDelaySeconds;
          if (!(typeof data93 == "number" && (!(data93 % 1) && !isNaN(data93)))) {
            const err113 = { instancePath: instancePath + "/spec/rayClusterDeletionDelaySeconds", schemaPath: "#/properties/spec/properties/rayClusterDeletionDelaySeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema113.properties.spec.properties.rayClusterDeletionDelaySeconds.type, parentSchema: schema113.properties.spec.properties.rayClusterDeletionDelaySeconds, data: data93 };
            if (vErrors === null) {
              vErrors = [err113];
            } else {
              vErrors.push(err113);
            }
            errors++;
          }
        }
        if (data9.managedBy !== void 0) {
          let data94 = data9.managedBy;
          if (typeof data94 !== "string") {
            const err114 = { instancePath: instancePath + "/spec/managedBy", schemaPath: "#/properties/spec/properties/managedBy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema113.properties.spec.properties.managedBy.type, parentSchema: schema113.properties.spec.properties.managedBy, data: data94 };
            if (vErrors === null) {
              vErrors = [err114];
            } else {
              vErrors.push(err114);
            }
            errors++;
          }
        }
        if (data9.suspend !== void 0) {
          let data95 = data9.suspend;
          if (typeof data95 !== "boolean") {
            const err115 = { instancePath: instancePath + "/spec/suspend", schemaPath: "#/properties/spec/properties/suspend/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema113.properties.spec.properties.suspend.type, parentSchema: schema113.properties.spec.properties.suspend, data: data95 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.properties.spec.type, parentSchema: schema113.properties.spec, data: data9 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
  } else {
    const err117 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema113.type, parentSchema: schema113, data };
    if (vErrors === null) {
      vErrors = [err117];
    } else {
      vErrors.push(err117);
    }
    errors++;
  }
  validate103.errors = vErrors;
  return errors === 0;
});

// src/ray/schemas/generated/serve-config.ts
var schema114 = { "type": "object", "properties": { "proxy_location": { "type": "string", "enum": ["Disabled", "HeadOnly", "EveryNode", "NoServer"], "x-expect": 'one of "Disabled", "HeadOnly", "EveryNode", "NoServer"' }, "http_options": { "type": "object", "properties": { "host": { "type": "string", "x-expect": "a string" }, "port": { "type": "integer", "x-expect": "an integer" }, "root_path": { "type": "string", "x-expect": "a string" }, "request_timeout_s": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "keep_alive_timeout_s": { "type": "number", "x-expect": "a number" }, "ssl_keyfile": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "ssl_certfile": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "ssl_keyfile_password": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "ssl_ca_certs": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "middlewares": {}, "location": { "type": "string", "x-expect": "a string" } }, "required": [], "additionalProperties": false }, "grpc_options": { "type": "object", "properties": { "port": { "type": "integer", "x-expect": "an integer" }, "grpc_servicer_functions": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "request_timeout_s": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" } }, "required": [], "additionalProperties": false }, "logging_config": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["TEXT", "JSON"], "x-expect": 'one of "TEXT", "JSON"' }, "log_level": { "anyOf": [{ "type": "string" }, { "type": "integer" }], "x-expect": "a log level name or number" }, "logs_dir": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "enable_access_log": { "type": "boolean", "x-expect": "true or false" }, "additional_log_standard_attrs": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "applications": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string", "x-expect": "a string" }, "route_prefix": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "import_path": { "type": "string", "x-expect": "a string" }, "runtime_env": { "type": "object", "properties": { "env_vars": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "working_dir": { "type": "string", "x-expect": "a string" }, "py_modules": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "pip": {}, "uv": {}, "conda": {}, "config": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "host": { "type": "string", "x-expect": "a string" }, "port": { "type": "integer", "x-expect": "an integer" }, "deployments": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string", "x-expect": "a string" }, "num_replicas": { "anyOf": [{ "type": "integer" }, { "const": "auto" }, { "type": "null" }], "x-expect": 'an integer \u2265 1 or "auto"' }, "max_ongoing_requests": { "type": "number", "x-expect": "a number" }, "max_queued_requests": { "type": "integer", "x-expect": "an integer" }, "user_config": {}, "autoscaling_config": { "if": { "type": "null" }, "then": true, "else": { "type": "object", "properties": { "min_replicas": { "type": "integer", "x-expect": "an integer" }, "initial_replicas": { "if": { "type": "null" }, "then": true, "else": { "type": "integer", "x-expect": "an integer" }, "x-expect": "an integer or null" }, "max_replicas": { "type": "integer", "x-expect": "an integer" }, "target_ongoing_requests": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "metrics_interval_s": { "type": "number", "x-expect": "a number" }, "look_back_period_s": { "type": "number", "x-expect": "a number" }, "smoothing_factor": { "type": "number", "x-expect": "a number" }, "upscale_smoothing_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscale_smoothing_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "upscaling_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscaling_factor": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "downscale_delay_s": { "type": "number", "x-expect": "a number" }, "downscale_to_zero_delay_s": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" }, "upscale_delay_s": { "type": "number", "x-expect": "a number" }, "aggregation_function": { "type": "string", "enum": ["mean", "max", "min", "MEAN", "MAX", "MIN"], "x-expect": 'one of "mean", "max", "min", "MEAN", "MAX", "MIN"' }, "policy": {}, "prometheus_metrics": { "if": { "type": "null" }, "then": true, "else": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "x-expect": "a list or null" }, "target_num_ongoing_requests_per_replica": { "type": "number", "x-expect": "a number" } }, "required": [], "additionalProperties": false }, "x-expect": "a value of type object or null" }, "graceful_shutdown_wait_loop_s": { "type": "number", "x-expect": "a number" }, "graceful_shutdown_timeout_s": { "type": "number", "x-expect": "a number" }, "health_check_period_s": { "type": "number", "x-expect": "a number" }, "health_check_timeout_s": { "type": "number", "x-expect": "a number" }, "ray_actor_options": { "type": "object", "properties": { "runtime_env": { "type": "object", "properties": { "env_vars": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" }, "working_dir": { "type": "string", "x-expect": "a string" }, "py_modules": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" }, "pip": {}, "uv": {}, "conda": {}, "config": { "type": "object", "properties": {}, "required": [] } }, "required": [] }, "num_cpus": { "type": "number", "x-expect": "a number" }, "num_gpus": { "type": "number", "x-expect": "a number" }, "memory": { "type": "number", "x-expect": "a number" }, "object_store_memory": { "type": "number", "x-expect": "a number" }, "resources": { "type": "object", "properties": {}, "required": [] }, "accelerator_type": { "type": "string", "x-expect": "a string" }, "label_selector": { "type": "object", "additionalProperties": { "type": "string", "x-expect": "a string" }, "x-expect": "a map of strings" } }, "required": [], "additionalProperties": false }, "logging_config": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["TEXT", "JSON"], "x-expect": 'one of "TEXT", "JSON"' }, "log_level": { "anyOf": [{ "type": "string" }, { "type": "integer" }], "x-expect": "a log level name or number" }, "logs_dir": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "enable_access_log": { "type": "boolean", "x-expect": "true or false" }, "additional_log_standard_attrs": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "request_router_config": { "type": "object", "properties": {}, "required": [] }, "max_constructor_retry_count": { "type": "integer", "x-expect": "an integer" }, "max_concurrent_queries": { "type": "number", "x-expect": "a number" }, "placement_group_bundles": { "type": "array", "items": { "type": "object", "properties": {}, "required": [] }, "x-expect": "a list" }, "placement_group_strategy": { "type": "string", "enum": ["PACK", "SPREAD", "STRICT_PACK", "STRICT_SPREAD"], "x-expect": 'one of "PACK", "SPREAD", "STRICT_PACK", "STRICT_SPREAD"' }, "max_replicas_per_node": { "type": "integer", "x-expect": "an integer" }, "route_prefix": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" } }, "required": ["name"], "additionalProperties": false }, "x-expect": "a list" }, "args": { "type": "object", "properties": {}, "required": [] }, "logging_config": { "type": "object", "properties": { "encoding": { "type": "string", "enum": ["TEXT", "JSON"], "x-expect": 'one of "TEXT", "JSON"' }, "log_level": { "anyOf": [{ "type": "string" }, { "type": "integer" }], "x-expect": "a log level name or number" }, "logs_dir": { "if": { "type": "null" }, "then": true, "else": { "type": "string", "x-expect": "a string" }, "x-expect": "a string or null" }, "enable_access_log": { "type": "boolean", "x-expect": "true or false" }, "additional_log_standard_attrs": { "type": "array", "items": { "type": "string", "x-expect": "a string" }, "x-expect": "a list" } }, "required": [], "additionalProperties": false }, "external_scaler_enabled": { "type": "boolean", "x-expect": "true or false" }, "autoscaling_policy": {} }, "required": ["import_path"], "additionalProperties": false }, "x-expect": "a list" }, "target_capacity": { "if": { "type": "null" }, "then": true, "else": { "type": "number", "x-expect": "a number" }, "x-expect": "a number or null" } }, "required": ["applications"], "additionalProperties": false };
var func24 = Object.prototype.hasOwnProperty;
var validate4 = (function validate104(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.applications === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "applications" }, message: "must have required property 'applications'", schema: schema114.required, parentSchema: schema114, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "proxy_location" || key0 === "http_options" || key0 === "grpc_options" || key0 === "logging_config" || key0 === "applications" || key0 === "target_capacity")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.proxy_location !== void 0) {
      let data0 = data.proxy_location;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/proxy_location", schemaPath: "#/properties/proxy_location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.proxy_location.type, parentSchema: schema114.properties.proxy_location, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "Disabled" || data0 === "HeadOnly" || data0 === "EveryNode" || data0 === "NoServer")) {
        const err3 = { instancePath: instancePath + "/proxy_location", schemaPath: "#/properties/proxy_location/enum", keyword: "enum", params: { allowedValues: schema114.properties.proxy_location.enum }, message: "must be equal to one of the allowed values", schema: schema114.properties.proxy_location.enum, parentSchema: schema114.properties.proxy_location, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.http_options !== void 0) {
      let data1 = data.http_options;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!func24.call(schema114.properties.http_options.properties, key1)) {
            const err4 = { instancePath: instancePath + "/http_options", schemaPath: "#/properties/http_options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.http_options, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1.host !== void 0) {
          let data2 = data1.host;
          if (typeof data2 !== "string") {
            const err5 = { instancePath: instancePath + "/http_options/host", schemaPath: "#/properties/http_options/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.http_options.properties.host.type, parentSchema: schema114.properties.http_options.properties.host, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1.port !== void 0) {
          let data3 = data1.port;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
            const err6 = { instancePath: instancePath + "/http_options/port", schemaPath: "#/properties/http_options/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.http_options.properties.port.type, parentSchema: schema114.properties.http_options.properties.port, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1.root_path !== void 0) {
          let data4 = data1.root_path;
          if (typeof data4 !== "string") {
            const err7 = { instancePath: instancePath + "/http_options/root_path", schemaPath: "#/properties/http_options/properties/root_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.http_options.properties.root_path.type, parentSchema: schema114.properties.http_options.properties.root_path, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1.request_timeout_s !== void 0) {
          let data5 = data1.request_timeout_s;
          const _errs14 = errors;
          let valid2 = true;
          const _errs15 = errors;
          if (data5 !== null) {
            const err8 = {};
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          var _valid0 = _errs15 === errors;
          errors = _errs14;
          if (vErrors !== null) {
            if (_errs14) {
              vErrors.length = _errs14;
            } else {
              vErrors = null;
            }
          }
          if (!_valid0) {
            const _errs17 = errors;
            if (!(typeof data5 == "number")) {
              const err9 = { instancePath: instancePath + "/http_options/request_timeout_s", schemaPath: "#/properties/http_options/properties/request_timeout_s/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.http_options.properties.request_timeout_s.else.type, parentSchema: schema114.properties.http_options.properties.request_timeout_s.else, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            var _valid0 = _errs17 === errors;
            valid2 = _valid0;
          }
          if (!valid2) {
            const err10 = { instancePath: instancePath + "/http_options/request_timeout_s", schemaPath: "#/properties/http_options/properties/request_timeout_s/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.http_options.properties.request_timeout_s.if, parentSchema: schema114.properties.http_options.properties.request_timeout_s, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data1.keep_alive_timeout_s !== void 0) {
          let data6 = data1.keep_alive_timeout_s;
          if (!(typeof data6 == "number")) {
            const err11 = { instancePath: instancePath + "/http_options/keep_alive_timeout_s", schemaPath: "#/properties/http_options/properties/keep_alive_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.http_options.properties.keep_alive_timeout_s.type, parentSchema: schema114.properties.http_options.properties.keep_alive_timeout_s, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data1.ssl_keyfile !== void 0) {
          let data7 = data1.ssl_keyfile;
          const _errs22 = errors;
          let valid3 = true;
          const _errs23 = errors;
          if (data7 !== null) {
            const err12 = {};
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid1 = _errs23 === errors;
          errors = _errs22;
          if (vErrors !== null) {
            if (_errs22) {
              vErrors.length = _errs22;
            } else {
              vErrors = null;
            }
          }
          if (!_valid1) {
            const _errs25 = errors;
            if (typeof data7 !== "string") {
              const err13 = { instancePath: instancePath + "/http_options/ssl_keyfile", schemaPath: "#/properties/http_options/properties/ssl_keyfile/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.http_options.properties.ssl_keyfile.else.type, parentSchema: schema114.properties.http_options.properties.ssl_keyfile.else, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            var _valid1 = _errs25 === errors;
            valid3 = _valid1;
          }
          if (!valid3) {
            const err14 = { instancePath: instancePath + "/http_options/ssl_keyfile", schemaPath: "#/properties/http_options/properties/ssl_keyfile/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.http_options.properties.ssl_keyfile.if, parentSchema: schema114.properties.http_options.properties.ssl_keyfile, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data1.ssl_certfile !== void 0) {
          let data8 = data1.ssl_certfile;
          const _errs28 = errors;
          let valid4 = true;
          const _errs29 = errors;
          if (data8 !== null) {
            const err15 = {};
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          var _valid2 = _errs29 === errors;
          errors = _errs28;
          if (vErrors !== null) {
            if (_errs28) {
              vErrors.length = _errs28;
            } else {
              vErrors = null;
            }
          }
          if (!_valid2) {
            const _errs31 = errors;
            if (typeof data8 !== "string") {
              const err16 = { instancePath: instancePath + "/http_options/ssl_certfile", schemaPath: "#/properties/http_options/properties/ssl_certfile/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.http_options.properties.ssl_certfile.else.type, parentSchema: schema114.properties.http_options.properties.ssl_certfile.else, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            var _valid2 = _errs31 === errors;
            valid4 = _valid2;
          }
          if (!valid4) {
            const err17 = { instancePath: instancePath + "/http_options/ssl_certfile", schemaPath: "#/properties/http_options/properties/ssl_certfile/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.http_options.properties.ssl_certfile.if, parentSchema: schema114.properties.http_options.properties.ssl_certfile, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.ssl_keyfile_password !== void 0) {
          let data9 = data1.ssl_keyfile_password;
          const _errs34 = errors;
          let valid5 = true;
          const _errs35 = errors;
          if (data9 !== null) {
            const err18 = {};
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid3 = _errs35 === errors;
          errors = _errs34;
          if (vErrors !== null) {
            if (_errs34) {
              vErrors.length = _errs34;
            } else {
              vErrors = null;
            }
          }
          if (!_valid3) {
            const _errs37 = errors;
            if (typeof data9 !== "string") {
              const err19 = { instancePath: instancePath + "/http_options/ssl_keyfile_password", schemaPath: "#/properties/http_options/properties/ssl_keyfile_password/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.http_options.properties.ssl_keyfile_password.else.type, parentSchema: schema114.properties.http_options.properties.ssl_keyfile_password.else, data: data9 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            var _valid3 = _errs37 === errors;
            valid5 = _valid3;
          }
          if (!valid5) {
            const err20 = { instancePath: instancePath + "/http_options/ssl_keyfile_password", schemaPath: "#/properties/http_options/properties/ssl_keyfile_password/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.http_options.properties.ssl_keyfile_password.if, parentSchema: schema114.properties.http_options.properties.ssl_keyfile_password, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data1.ssl_ca_certs !== void 0) {
          let data10 = data1.ssl_ca_certs;
          const _errs40 = errors;
          let valid6 = true;
          const _errs41 = errors;
          if (data10 !== null) {
            const err21 = {};
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          var _valid4 = _errs41 === errors;
          errors = _errs40;
          if (vErrors !== null) {
            if (_errs40) {
              vErrors.length = _errs40;
            } else {
              vErrors = null;
            }
          }
          if (!_valid4) {
            const _errs43 = errors;
            if (typeof data10 !== "string") {
              const err22 = { instancePath: instancePath + "/http_options/ssl_ca_certs", schemaPath: "#/properties/http_options/properties/ssl_ca_certs/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.http_options.properties.ssl_ca_certs.else.type, parentSchema: schema114.properties.http_options.properties.ssl_ca_certs.else, data: data10 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            var _valid4 = _errs43 === errors;
            valid6 = _valid4;
          }
          if (!valid6) {
            const err23 = { instancePath: instancePath + "/http_options/ssl_ca_certs", schemaPath: "#/properties/http_options/properties/ssl_ca_certs/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.http_options.properties.ssl_ca_certs.if, parentSchema: schema114.properties.http_options.properties.ssl_ca_certs, data: data10 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data1.location !== void 0) {
          let data11 = data1.location;
          if (typeof data11 !== "string") {
            const err24 = { instancePath: instancePath + "/http_options/location", schemaPath: "#/properties/http_options/properties/location/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.http_options.properties.location.type, parentSchema: schema114.properties.http_options.properties.location, data: data11 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/http_options", schemaPath: "#/properties/http_options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.http_options.type, parentSchema: schema114.properties.http_options, data: data1 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.grpc_options !== void 0) {
      let data12 = data.grpc_options;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key2 in data12) {
          if (!(key2 === "port" || key2 === "grpc_servicer_functions" || key2 === "request_timeout_s")) {
            const err26 = { instancePath: instancePath + "/grpc_options", schemaPath: "#/properties/grpc_options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.grpc_options, data: data12 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data12.port !== void 0) {
          let data13 = data12.port;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
            const err27 = { instancePath: instancePath + "/grpc_options/port", schemaPath: "#/properties/grpc_options/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.grpc_options.properties.port.type, parentSchema: schema114.properties.grpc_options.properties.port, data: data13 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data12.grpc_servicer_functions !== void 0) {
          let data14 = data12.grpc_servicer_functions;
          if (Array.isArray(data14)) {
            const len0 = data14.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data15 = data14[i0];
              if (typeof data15 !== "string") {
                const err28 = { instancePath: instancePath + "/grpc_options/grpc_servicer_functions/" + i0, schemaPath: "#/properties/grpc_options/properties/grpc_servicer_functions/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.grpc_options.properties.grpc_servicer_functions.items.type, parentSchema: schema114.properties.grpc_options.properties.grpc_servicer_functions.items, data: data15 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/grpc_options/grpc_servicer_functions", schemaPath: "#/properties/grpc_options/properties/grpc_servicer_functions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.grpc_options.properties.grpc_servicer_functions.type, parentSchema: schema114.properties.grpc_options.properties.grpc_servicer_functions, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data12.request_timeout_s !== void 0) {
          let data16 = data12.request_timeout_s;
          const _errs57 = errors;
          let valid10 = true;
          const _errs58 = errors;
          if (data16 !== null) {
            const err30 = {};
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          var _valid5 = _errs58 === errors;
          errors = _errs57;
          if (vErrors !== null) {
            if (_errs57) {
              vErrors.length = _errs57;
            } else {
              vErrors = null;
            }
          }
          if (!_valid5) {
            const _errs60 = errors;
            if (!(typeof data16 == "number")) {
              const err31 = { instancePath: instancePath + "/grpc_options/request_timeout_s", schemaPath: "#/properties/grpc_options/properties/request_timeout_s/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.grpc_options.properties.request_timeout_s.else.type, parentSchema: schema114.properties.grpc_options.properties.request_timeout_s.else, data: data16 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            var _valid5 = _errs60 === errors;
            valid10 = _valid5;
          }
          if (!valid10) {
            const err32 = { instancePath: instancePath + "/grpc_options/request_timeout_s", schemaPath: "#/properties/grpc_options/properties/request_timeout_s/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.grpc_options.properties.request_timeout_s.if, parentSchema: schema114.properties.grpc_options.properties.request_timeout_s, data: data16 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/grpc_options", schemaPath: "#/properties/grpc_options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.grpc_options.type, parentSchema: schema114.properties.grpc_options, data: data12 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.logging_config !== void 0) {
      let data17 = data.logging_config;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        for (const key3 in data17) {
          if (!(key3 === "encoding" || key3 === "log_level" || key3 === "logs_dir" || key3 === "enable_access_log" || key3 === "additional_log_standard_attrs")) {
            const err34 = { instancePath: instancePath + "/logging_config", schemaPath: "#/properties/logging_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.logging_config, data: data17 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data17.encoding !== void 0) {
          let data18 = data17.encoding;
          if (typeof data18 !== "string") {
            const err35 = { instancePath: instancePath + "/logging_config/encoding", schemaPath: "#/properties/logging_config/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.logging_config.properties.encoding.type, parentSchema: schema114.properties.logging_config.properties.encoding, data: data18 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
          if (!(data18 === "TEXT" || data18 === "JSON")) {
            const err36 = { instancePath: instancePath + "/logging_config/encoding", schemaPath: "#/properties/logging_config/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema114.properties.logging_config.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema114.properties.logging_config.properties.encoding.enum, parentSchema: schema114.properties.logging_config.properties.encoding, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data17.log_level !== void 0) {
          let data19 = data17.log_level;
          const _errs68 = errors;
          let valid12 = false;
          const _errs69 = errors;
          if (typeof data19 !== "string") {
            const err37 = { instancePath: instancePath + "/logging_config/log_level", schemaPath: "#/properties/logging_config/properties/log_level/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.logging_config.properties.log_level.anyOf[0].type, parentSchema: schema114.properties.logging_config.properties.log_level.anyOf[0], data: data19 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var _valid6 = _errs69 === errors;
          valid12 = valid12 || _valid6;
          if (!valid12) {
            const _errs71 = errors;
            if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)))) {
              const err38 = { instancePath: instancePath + "/logging_config/log_level", schemaPath: "#/properties/logging_config/properties/log_level/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.logging_config.properties.log_level.anyOf[1].type, parentSchema: schema114.properties.logging_config.properties.log_level.anyOf[1], data: data19 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            var _valid6 = _errs71 === errors;
            valid12 = valid12 || _valid6;
          }
          if (!valid12) {
            const err39 = { instancePath: instancePath + "/logging_config/log_level", schemaPath: "#/properties/logging_config/properties/log_level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema114.properties.logging_config.properties.log_level.anyOf, parentSchema: schema114.properties.logging_config.properties.log_level, data: data19 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          } else {
            errors = _errs68;
            if (vErrors !== null) {
              if (_errs68) {
                vErrors.length = _errs68;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data17.logs_dir !== void 0) {
          let data20 = data17.logs_dir;
          const _errs74 = errors;
          let valid13 = true;
          const _errs75 = errors;
          if (data20 !== null) {
            const err40 = {};
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          var _valid7 = _errs75 === errors;
          errors = _errs74;
          if (vErrors !== null) {
            if (_errs74) {
              vErrors.length = _errs74;
            } else {
              vErrors = null;
            }
          }
          if (!_valid7) {
            const _errs77 = errors;
            if (typeof data20 !== "string") {
              const err41 = { instancePath: instancePath + "/logging_config/logs_dir", schemaPath: "#/properties/logging_config/properties/logs_dir/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.logging_config.properties.logs_dir.else.type, parentSchema: schema114.properties.logging_config.properties.logs_dir.else, data: data20 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            var _valid7 = _errs77 === errors;
            valid13 = _valid7;
          }
          if (!valid13) {
            const err42 = { instancePath: instancePath + "/logging_config/logs_dir", schemaPath: "#/properties/logging_config/properties/logs_dir/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.logging_config.properties.logs_dir.if, parentSchema: schema114.properties.logging_config.properties.logs_dir, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data17.enable_access_log !== void 0) {
          let data21 = data17.enable_access_log;
          if (typeof data21 !== "boolean") {
            const err43 = { instancePath: instancePath + "/logging_config/enable_access_log", schemaPath: "#/properties/logging_config/properties/enable_access_log/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema114.properties.logging_config.properties.enable_access_log.type, parentSchema: schema114.properties.logging_config.properties.enable_access_log, data: data21 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data17.additional_log_standard_attrs !== void 0) {
          let data22 = data17.additional_log_standard_attrs;
          if (Array.isArray(data22)) {
            const len1 = data22.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data23 = data22[i1];
              if (typeof data23 !== "string") {
                const err44 = { instancePath: instancePath + "/logging_config/additional_log_standard_attrs/" + i1, schemaPath: "#/properties/logging_config/properties/additional_log_standard_attrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.logging_config.properties.additional_log_standard_attrs.items.type, parentSchema: schema114.properties.logging_config.properties.additional_log_standard_attrs.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
          } else {
            const err45 = { instancePath: instancePath + "/logging_config/additional_log_standard_attrs", schemaPath: "#/properties/logging_config/properties/additional_log_standard_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.logging_config.properties.additional_log_standard_attrs.type, parentSchema: schema114.properties.logging_config.properties.additional_log_standard_attrs, data: data22 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
      } else {
        const err46 = { instancePath: instancePath + "/logging_config", schemaPath: "#/properties/logging_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.logging_config.type, parentSchema: schema114.properties.logging_config, data: data17 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.applications !== void 0) {
      let data24 = data.applications;
      if (Array.isArray(data24)) {
        const len2 = data24.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data25 = data24[i2];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.import_path === void 0) {
              const err47 = { instancePath: instancePath + "/applications/" + i2, schemaPath: "#/properties/applications/items/required", keyword: "required", params: { missingProperty: "import_path" }, message: "must have required property 'import_path'", schema: schema114.properties.applications.items.required, parentSchema: schema114.properties.applications.items, data: data25 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            for (const key4 in data25) {
              if (!func24.call(schema114.properties.applications.items.properties, key4)) {
                const err48 = { instancePath: instancePath + "/applications/" + i2, schemaPath: "#/properties/applications/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.applications.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data25.name !== void 0) {
              let data26 = data25.name;
              if (typeof data26 !== "string") {
                const err49 = { instancePath: instancePath + "/applications/" + i2 + "/name", schemaPath: "#/properties/applications/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.name.type, parentSchema: schema114.properties.applications.items.properties.name, data: data26 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data25.route_prefix !== void 0) {
              let data27 = data25.route_prefix;
              const _errs93 = errors;
              let valid19 = true;
              const _errs94 = errors;
              if (data27 !== null) {
                const err50 = {};
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              var _valid8 = _errs94 === errors;
              errors = _errs93;
              if (vErrors !== null) {
                if (_errs93) {
                  vErrors.length = _errs93;
                } else {
                  vErrors = null;
                }
              }
              if (!_valid8) {
                const _errs96 = errors;
                if (typeof data27 !== "string") {
                  const err51 = { instancePath: instancePath + "/applications/" + i2 + "/route_prefix", schemaPath: "#/properties/applications/items/properties/route_prefix/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.route_prefix.else.type, parentSchema: schema114.properties.applications.items.properties.route_prefix.else, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                var _valid8 = _errs96 === errors;
                valid19 = _valid8;
              }
              if (!valid19) {
                const err52 = { instancePath: instancePath + "/applications/" + i2 + "/route_prefix", schemaPath: "#/properties/applications/items/properties/route_prefix/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.route_prefix.if, parentSchema: schema114.properties.applications.items.properties.route_prefix, data: data27 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data25.import_path !== void 0) {
              let data28 = data25.import_path;
              if (typeof data28 !== "string") {
                const err53 = { instancePath: instancePath + "/applications/" + i2 + "/import_path", schemaPath: "#/properties/applications/items/properties/import_path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.import_path.type, parentSchema: schema114.properties.applications.items.properties.import_path, data: data28 };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data25.runtime_env !== void 0) {
              let data29 = data25.runtime_env;
              if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                if (data29.env_vars !== void 0) {
                  let data30 = data29.env_vars;
                  if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                    for (const key5 in data30) {
                      let data31 = data30[key5];
                      if (typeof data31 !== "string") {
                        const err54 = { instancePath: instancePath + "/applications/" + i2 + "/runtime_env/env_vars/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/applications/items/properties/runtime_env/properties/env_vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.runtime_env.properties.env_vars.additionalProperties.type, parentSchema: schema114.properties.applications.items.properties.runtime_env.properties.env_vars.additionalProperties, data: data31 };
                        if (vErrors === null) {
                          vErrors = [err54];
                        } else {
                          vErrors.push(err54);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/applications/" + i2 + "/runtime_env/env_vars", schemaPath: "#/properties/applications/items/properties/runtime_env/properties/env_vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.runtime_env.properties.env_vars.type, parentSchema: schema114.properties.applications.items.properties.runtime_env.properties.env_vars, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data29.working_dir !== void 0) {
                  let data32 = data29.working_dir;
                  if (typeof data32 !== "string") {
                    const err56 = { instancePath: instancePath + "/applications/" + i2 + "/runtime_env/working_dir", schemaPath: "#/properties/applications/items/properties/runtime_env/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.runtime_env.properties.working_dir.type, parentSchema: schema114.properties.applications.items.properties.runtime_env.properties.working_dir, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                }
                if (data29.py_modules !== void 0) {
                  let data33 = data29.py_modules;
                  if (Array.isArray(data33)) {
                    const len3 = data33.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      let data34 = data33[i3];
                      if (typeof data34 !== "string") {
                        const err57 = { instancePath: instancePath + "/applications/" + i2 + "/runtime_env/py_modules/" + i3, schemaPath: "#/properties/applications/items/properties/runtime_env/properties/py_modules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.runtime_env.properties.py_modules.items.type, parentSchema: schema114.properties.applications.items.properties.runtime_env.properties.py_modules.items, data: data34 };
                        if (vErrors === null) {
                          vErrors = [err57];
                        } else {
                          vErrors.push(err57);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err58 = { instancePath: instancePath + "/applications/" + i2 + "/runtime_env/py_modules", schemaPath: "#/properties/applications/items/properties/runtime_env/properties/py_modules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.applications.items.properties.runtime_env.properties.py_modules.type, parentSchema: schema114.properties.applications.items.properties.runtime_env.properties.py_modules, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data29.config !== void 0) {
                  let data35 = data29.config;
                  if (!(data35 && typeof data35 == "object" && !Array.isArray(data35))) {
                    const err59 = { instancePath: instancePath + "/applications/" + i2 + "/runtime_env/config", schemaPath: "#/properties/applications/items/properties/runtime_env/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.runtime_env.properties.config.type, parentSchema: schema114.properties.applications.items.properties.runtime_env.properties.config, data: data35 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = { instancePath: instancePath + "/applications/" + i2 + "/runtime_env", schemaPath: "#/properties/applications/items/properties/runtime_env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.runtime_env.type, parentSchema: schema114.properties.applications.items.properties.runtime_env, data: data29 };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data25.host !== void 0) {
              let data36 = data25.host;
              if (typeof data36 !== "string") {
                const err61 = { instancePath: instancePath + "/applications/" + i2 + "/host", schemaPath: "#/properties/applications/items/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.host.type, parentSchema: schema114.properties.applications.items.properties.host, data: data36 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data25.port !== void 0) {
              let data37 = data25.port;
              if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)))) {
                const err62 = { instancePath: instancePath + "/applications/" + i2 + "/port", schemaPath: "#/properties/applications/items/properties/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.port.type, parentSchema: schema114.properties.applications.items.properties.port, data: data37 };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data25.deployments !== void 0) {
              let data38 = data25.deployments;
              if (Array.isArray(data38)) {
                const len4 = data38.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data39 = data38[i4];
                  if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                    if (data39.name === void 0) {
                      const err63 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4, schemaPath: "#/properties/applications/items/properties/deployments/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema114.properties.applications.items.properties.deployments.items.required, parentSchema: schema114.properties.applications.items.properties.deployments.items, data: data39 };
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                    for (const key6 in data39) {
                      if (!func24.call(schema114.properties.applications.items.properties.deployments.items.properties, key6)) {
                        const err64 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4, schemaPath: "#/properties/applications/items/properties/deployments/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.applications.items.properties.deployments.items, data: data39 };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                    if (data39.name !== void 0) {
                      let data40 = data39.name;
                      if (typeof data40 !== "string") {
                        const err65 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/name", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.name.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.name, data: data40 };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                    if (data39.num_replicas !== void 0) {
                      let data41 = data39.num_replicas;
                      const _errs127 = errors;
                      let valid27 = false;
                      const _errs128 = errors;
                      if (!(typeof data41 == "number" && (!(data41 % 1) && !isNaN(data41)))) {
                        const err66 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/num_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/num_replicas/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[0].type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[0], data: data41 };
                        if (vErrors === null) {
                          vErrors = [err66];
                        } else {
                          vErrors.push(err66);
                        }
                        errors++;
                      }
                      var _valid9 = _errs128 === errors;
                      valid27 = valid27 || _valid9;
                      if (!valid27) {
                        const _errs130 = errors;
                        if ("auto" !== data41) {
                          const err67 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/num_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/num_replicas/anyOf/1/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[1], data: data41 };
                          if (vErrors === null) {
                            vErrors = [err67];
                          } else {
                            vErrors.push(err67);
                          }
                          errors++;
                        }
                        var _valid9 = _errs130 === errors;
                        valid27 = valid27 || _valid9;
                        if (!valid27) {
                          const _errs131 = errors;
                          if (data41 !== null) {
                            const err68 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/num_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/num_replicas/anyOf/2/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema114.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[2].type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf[2], data: data41 };
                            if (vErrors === null) {
                              vErrors = [err68];
                            } else {
                              vErrors.push(err68);
                            }
                            errors++;
                          }
                          var _valid9 = _errs131 === errors;
                          valid27 = valid27 || _valid9;
                        }
                      }
                      if (!valid27) {
                        const err69 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/num_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/num_replicas/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema114.properties.applications.items.properties.deployments.items.properties.num_replicas.anyOf, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.num_replicas, data: data41 };
                        if (vErrors === null) {
                          vErrors = [err69];
                        } else {
                          vErrors.push(err69);
                        }
                        errors++;
                      } else {
                        errors = _errs127;
                        if (vErrors !== null) {
                          if (_errs127) {
                            vErrors.length = _errs127;
                          } else {
                            vErrors = null;
                          }
                        }
                      }
                    }
                    if (data39.max_ongoing_requests !== void 0) {
                      let data42 = data39.max_ongoing_requests;
                      if (!(typeof data42 == "number")) {
                        const err70 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/max_ongoing_requests", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_ongoing_requests/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.max_ongoing_requests.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.max_ongoing_requests, data: data42 };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                    if (data39.max_queued_requests !== void 0) {
                      let data43 = data39.max_queued_requests;
                      if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)))) {
                        const err71 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/max_queued_requests", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_queued_requests/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.deployments.items.properties.max_queued_requests.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.max_queued_requests, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err71];
                        } else {
                          vErrors.push(err71);
                        }
                        errors++;
                      }
                    }
                    if (data39.autoscaling_config !== void 0) {
                      let data44 = data39.autoscaling_config;
                      const _errs138 = errors;
                      let valid28 = true;
                      const _errs139 = errors;
                      if (data44 !== null) {
                        const err72 = {};
                        if (vErrors === null) {
                          vErrors = [err72];
                        } else {
                          vErrors.push(err72);
                        }
                        errors++;
                      }
                      var _valid10 = _errs139 === errors;
                      errors = _errs138;
                      if (vErrors !== null) {
                        if (_errs138) {
                          vErrors.length = _errs138;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid10) {
                        const _errs141 = errors;
                        if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                          for (const key7 in data44) {
                            if (!func24.call(schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties, key7)) {
                              const err73 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else, data: data44 };
                              if (vErrors === null) {
                                vErrors = [err73];
                              } else {
                                vErrors.push(err73);
                              }
                              errors++;
                            }
                          }
                          if (data44.min_replicas !== void 0) {
                            let data45 = data44.min_replicas;
                            if (!(typeof data45 == "number" && (!(data45 % 1) && !isNaN(data45)))) {
                              const err74 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/min_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/min_replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.min_replicas.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.min_replicas, data: data45 };
                              if (vErrors === null) {
                                vErrors = [err74];
                              } else {
                                vErrors.push(err74);
                              }
                              errors++;
                            }
                          }
                          if (data44.initial_replicas !== void 0) {
                            let data46 = data44.initial_replicas;
                            const _errs147 = errors;
                            let valid30 = true;
                            const _errs148 = errors;
                            if (data46 !== null) {
                              const err75 = {};
                              if (vErrors === null) {
                                vErrors = [err75];
                              } else {
                                vErrors.push(err75);
                              }
                              errors++;
                            }
                            var _valid11 = _errs148 === errors;
                            errors = _errs147;
                            if (vErrors !== null) {
                              if (_errs147) {
                                vErrors.length = _errs147;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid11) {
                              const _errs150 = errors;
                              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                                const err76 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/initial_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/initial_replicas/else/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.initial_replicas.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.initial_replicas.else, data: data46 };
                                if (vErrors === null) {
                                  vErrors = [err76];
                                } else {
                                  vErrors.push(err76);
                                }
                                errors++;
                              }
                              var _valid11 = _errs150 === errors;
                              valid30 = _valid11;
                            }
                            if (!valid30) {
                              const err77 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/initial_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/initial_replicas/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.initial_replicas.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.initial_replicas, data: data46 };
                              if (vErrors === null) {
                                vErrors = [err77];
                              } else {
                                vErrors.push(err77);
                              }
                              errors++;
                            }
                          }
                          if (data44.max_replicas !== void 0) {
                            let data47 = data44.max_replicas;
                            if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                              const err78 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/max_replicas", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/max_replicas/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.max_replicas.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.max_replicas, data: data47 };
                              if (vErrors === null) {
                                vErrors = [err78];
                              } else {
                                vErrors.push(err78);
                              }
                              errors++;
                            }
                          }
                          if (data44.target_ongoing_requests !== void 0) {
                            let data48 = data44.target_ongoing_requests;
                            const _errs155 = errors;
                            let valid31 = true;
                            const _errs156 = errors;
                            if (data48 !== null) {
                              const err79 = {};
                              if (vErrors === null) {
                                vErrors = [err79];
                              } else {
                                vErrors.push(err79);
                              }
                              errors++;
                            }
                            var _valid12 = _errs156 === errors;
                            errors = _errs155;
                            if (vErrors !== null) {
                              if (_errs155) {
                                vErrors.length = _errs155;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid12) {
                              const _errs158 = errors;
                              if (!(typeof data48 == "number")) {
                                const err80 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/target_ongoing_requests", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/target_ongoing_requests/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_ongoing_requests.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_ongoing_requests.else, data: data48 };
                                if (vErrors === null) {
                                  vErrors = [err80];
                                } else {
                                  vErrors.push(err80);
                                }
                                errors++;
                              }
                              var _valid12 = _errs158 === errors;
                              valid31 = _valid12;
                            }
                            if (!valid31) {
                              const err81 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/target_ongoing_requests", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/target_ongoing_requests/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_ongoing_requests.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_ongoing_requests, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err81];
                              } else {
                                vErrors.push(err81);
                              }
                              errors++;
                            }
                          }
                          if (data44.metrics_interval_s !== void 0) {
                            let data49 = data44.metrics_interval_s;
                            if (!(typeof data49 == "number")) {
                              const err82 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/metrics_interval_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/metrics_interval_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.metrics_interval_s.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.metrics_interval_s, data: data49 };
                              if (vErrors === null) {
                                vErrors = [err82];
                              } else {
                                vErrors.push(err82);
                              }
                              errors++;
                            }
                          }
                          if (data44.look_back_period_s !== void 0) {
                            let data50 = data44.look_back_period_s;
                            if (!(typeof data50 == "number")) {
                              const err83 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/look_back_period_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/look_back_period_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.look_back_period_s.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.look_back_period_s, data: data50 };
                              if (vErrors === null) {
                                vErrors = [err83];
                              } else {
                                vErrors.push(err83);
                              }
                              errors++;
                            }
                          }
                          if (data44.smoothing_factor !== void 0) {
                            let data51 = data44.smoothing_factor;
                            if (!(typeof data51 == "number")) {
                              const err84 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/smoothing_factor/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.smoothing_factor.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.smoothing_factor, data: data51 };
                              if (vErrors === null) {
                                vErrors = [err84];
                              } else {
                                vErrors.push(err84);
                              }
                              errors++;
                            }
                          }
                          if (data44.upscale_smoothing_factor !== void 0) {
                            let data52 = data44.upscale_smoothing_factor;
                            const _errs167 = errors;
                            let valid32 = true;
                            const _errs168 = errors;
                            if (data52 !== null) {
                              const err85 = {};
                              if (vErrors === null) {
                                vErrors = [err85];
                              } else {
                                vErrors.push(err85);
                              }
                              errors++;
                            }
                            var _valid13 = _errs168 === errors;
                            errors = _errs167;
                            if (vErrors !== null) {
                              if (_errs167) {
                                vErrors.length = _errs167;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid13) {
                              const _errs170 = errors;
                              if (!(typeof data52 == "number")) {
                                const err86 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscale_smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscale_smoothing_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_smoothing_factor.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_smoothing_factor.else, data: data52 };
                                if (vErrors === null) {
                                  vErrors = [err86];
                                } else {
                                  vErrors.push(err86);
                                }
                                errors++;
                              }
                              var _valid13 = _errs170 === errors;
                              valid32 = _valid13;
                            }
                            if (!valid32) {
                              const err87 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscale_smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscale_smoothing_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_smoothing_factor.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_smoothing_factor, data: data52 };
                              if (vErrors === null) {
                                vErrors = [err87];
                              } else {
                                vErrors.push(err87);
                              }
                              errors++;
                            }
                          }
                          if (data44.downscale_smoothing_factor !== void 0) {
                            let data53 = data44.downscale_smoothing_factor;
                            const _errs173 = errors;
                            let valid33 = true;
                            const _errs174 = errors;
                            if (data53 !== null) {
                              const err88 = {};
                              if (vErrors === null) {
                                vErrors = [err88];
                              } else {
                                vErrors.push(err88);
                              }
                              errors++;
                            }
                            var _valid14 = _errs174 === errors;
                            errors = _errs173;
                            if (vErrors !== null) {
                              if (_errs173) {
                                vErrors.length = _errs173;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid14) {
                              const _errs176 = errors;
                              if (!(typeof data53 == "number")) {
                                const err89 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_smoothing_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_smoothing_factor.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_smoothing_factor.else, data: data53 };
                                if (vErrors === null) {
                                  vErrors = [err89];
                                } else {
                                  vErrors.push(err89);
                                }
                                errors++;
                              }
                              var _valid14 = _errs176 === errors;
                              valid33 = _valid14;
                            }
                            if (!valid33) {
                              const err90 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_smoothing_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_smoothing_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_smoothing_factor.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_smoothing_factor, data: data53 };
                              if (vErrors === null) {
                                vErrors = [err90];
                              } else {
                                vErrors.push(err90);
                              }
                              errors++;
                            }
                          }
                          if (data44.upscaling_factor !== void 0) {
                            let data54 = data44.upscaling_factor;
                            const _errs179 = errors;
                            let valid34 = true;
                            const _errs180 = errors;
                            if (data54 !== null) {
                              const err91 = {};
                              if (vErrors === null) {
                                vErrors = [err91];
                              } else {
                                vErrors.push(err91);
                              }
                              errors++;
                            }
                            var _valid15 = _errs180 === errors;
                            errors = _errs179;
                            if (vErrors !== null) {
                              if (_errs179) {
                                vErrors.length = _errs179;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid15) {
                              const _errs182 = errors;
                              if (!(typeof data54 == "number")) {
                                const err92 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscaling_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscaling_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscaling_factor.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscaling_factor.else, data: data54 };
                                if (vErrors === null) {
                                  vErrors = [err92];
                                } else {
                                  vErrors.push(err92);
                                }
                                errors++;
                              }
                              var _valid15 = _errs182 === errors;
                              valid34 = _valid15;
                            }
                            if (!valid34) {
                              const err93 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscaling_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscaling_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscaling_factor.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscaling_factor, data: data54 };
                              if (vErrors === null) {
                                vErrors = [err93];
                              } else {
                                vErrors.push(err93);
                              }
                              errors++;
                            }
                          }
                          if (data44.downscaling_factor !== void 0) {
                            let data55 = data44.downscaling_factor;
                            const _errs185 = errors;
                            let valid35 = true;
                            const _errs186 = errors;
                            if (data55 !== null) {
                              const err94 = {};
                              if (vErrors === null) {
                                vErrors = [err94];
                              } else {
                                vErrors.push(err94);
                              }
                              errors++;
                            }
                            var _valid16 = _errs186 === errors;
                            errors = _errs185;
                            if (vErrors !== null) {
                              if (_errs185) {
                                vErrors.length = _errs185;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid16) {
                              const _errs188 = errors;
                              if (!(typeof data55 == "number")) {
                                const err95 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscaling_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscaling_factor/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscaling_factor.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscaling_factor.else, data: data55 };
                                if (vErrors === null) {
                                  vErrors = [err95];
                                } else {
                                  vErrors.push(err95);
                                }
                                errors++;
                              }
                              var _valid16 = _errs188 === errors;
                              valid35 = _valid16;
                            }
                            if (!valid35) {
                              const err96 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscaling_factor", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscaling_factor/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscaling_factor.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscaling_factor, data: data55 };
                              if (vErrors === null) {
                                vErrors = [err96];
                              } else {
                                vErrors.push(err96);
                              }
                              errors++;
                            }
                          }
                          if (data44.downscale_delay_s !== void 0) {
                            let data56 = data44.downscale_delay_s;
                            if (!(typeof data56 == "number")) {
                              const err97 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_delay_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_delay_s.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_delay_s, data: data56 };
                              if (vErrors === null) {
                                vErrors = [err97];
                              } else {
                                vErrors.push(err97);
                              }
                              errors++;
                            }
                          }
                          if (data44.downscale_to_zero_delay_s !== void 0) {
                            let data57 = data44.downscale_to_zero_delay_s;
                            const _errs193 = errors;
                            let valid36 = true;
                            const _errs194 = errors;
                            if (data57 !== null) {
                              const err98 = {};
                              if (vErrors === null) {
                                vErrors = [err98];
                              } else {
                                vErrors.push(err98);
                              }
                              errors++;
                            }
                            var _valid17 = _errs194 === errors;
                            errors = _errs193;
                            if (vErrors !== null) {
                              if (_errs193) {
                                vErrors.length = _errs193;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid17) {
                              const _errs196 = errors;
                              if (!(typeof data57 == "number")) {
                                const err99 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_to_zero_delay_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_to_zero_delay_s/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.else, data: data57 };
                                if (vErrors === null) {
                                  vErrors = [err99];
                                } else {
                                  vErrors.push(err99);
                                }
                                errors++;
                              }
                              var _valid17 = _errs196 === errors;
                              valid36 = _valid17;
                            }
                            if (!valid36) {
                              const err100 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/downscale_to_zero_delay_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/downscale_to_zero_delay_s/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.downscale_to_zero_delay_s, data: data57 };
                              if (vErrors === null) {
                                vErrors = [err100];
                              } else {
                                vErrors.push(err100);
                              }
                              errors++;
                            }
                          }
                          if (data44.upscale_delay_s !== void 0) {
                            let data58 = data44.upscale_delay_s;
                            if (!(typeof data58 == "number")) {
                              const err101 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/upscale_delay_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/upscale_delay_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_delay_s.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.upscale_delay_s, data: data58 };
                              if (vErrors === null) {
                                vErrors = [err101];
                              } else {
                                vErrors.push(err101);
                              }
                              errors++;
                            }
                          }
                          if (data44.aggregation_function !== void 0) {
                            let data59 = data44.aggregation_function;
                            if (typeof data59 !== "string") {
                              const err102 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/aggregation_function", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/aggregation_function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function, data: data59 };
                              if (vErrors === null) {
                                vErrors = [err102];
                              } else {
                                vErrors.push(err102);
                              }
                              errors++;
                            }
                            if (!(data59 === "mean" || data59 === "max" || data59 === "min" || data59 === "MEAN" || data59 === "MAX" || data59 === "MIN")) {
                              const err103 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/aggregation_function", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/aggregation_function/enum", keyword: "enum", params: { allowedValues: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function.enum }, message: "must be equal to one of the allowed values", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function.enum, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.aggregation_function, data: data59 };
                              if (vErrors === null) {
                                vErrors = [err103];
                              } else {
                                vErrors.push(err103);
                              }
                              errors++;
                            }
                          }
                          if (data44.prometheus_metrics !== void 0) {
                            let data60 = data44.prometheus_metrics;
                            const _errs203 = errors;
                            let valid37 = true;
                            const _errs204 = errors;
                            if (data60 !== null) {
                              const err104 = {};
                              if (vErrors === null) {
                                vErrors = [err104];
                              } else {
                                vErrors.push(err104);
                              }
                              errors++;
                            }
                            var _valid18 = _errs204 === errors;
                            errors = _errs203;
                            if (vErrors !== null) {
                              if (_errs203) {
                                vErrors.length = _errs203;
                              } else {
                                vErrors = null;
                              }
                            }
                            if (!_valid18) {
                              const _errs206 = errors;
                              if (Array.isArray(data60)) {
                                const len5 = data60.length;
                                for (let i5 = 0; i5 < len5; i5++) {
                                  let data61 = data60[i5];
                                  if (typeof data61 !== "string") {
                                    const err105 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/prometheus_metrics/" + i5, schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/prometheus_metrics/else/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.else.items.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.else.items, data: data61 };
                                    if (vErrors === null) {
                                      vErrors = [err105];
                                    } else {
                                      vErrors.push(err105);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err106 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/prometheus_metrics", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/prometheus_metrics/else/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.else, data: data60 };
                                if (vErrors === null) {
                                  vErrors = [err106];
                                } else {
                                  vErrors.push(err106);
                                }
                                errors++;
                              }
                              var _valid18 = _errs206 === errors;
                              valid37 = _valid18;
                            }
                            if (!valid37) {
                              const err107 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/prometheus_metrics", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/prometheus_metrics/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.prometheus_metrics, data: data60 };
                              if (vErrors === null) {
                                vErrors = [err107];
                              } else {
                                vErrors.push(err107);
                              }
                              errors++;
                            }
                          }
                          if (data44.target_num_ongoing_requests_per_replica !== void 0) {
                            let data62 = data44.target_num_ongoing_requests_per_replica;
                            if (!(typeof data62 == "number")) {
                              const err108 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config/target_num_ongoing_requests_per_replica", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/properties/target_num_ongoing_requests_per_replica/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_num_ongoing_requests_per_replica.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.properties.target_num_ongoing_requests_per_replica, data: data62 };
                              if (vErrors === null) {
                                vErrors = [err108];
                              } else {
                                vErrors.push(err108);
                              }
                              errors++;
                            }
                          }
                        } else {
                          const err109 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.else, data: data44 };
                          if (vErrors === null) {
                            vErrors = [err109];
                          } else {
                            vErrors.push(err109);
                          }
                          errors++;
                        }
                        var _valid10 = _errs141 === errors;
                        valid28 = _valid10;
                      }
                      if (!valid28) {
                        const err110 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/autoscaling_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/autoscaling_config/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.autoscaling_config, data: data44 };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                    if (data39.graceful_shutdown_wait_loop_s !== void 0) {
                      let data63 = data39.graceful_shutdown_wait_loop_s;
                      if (!(typeof data63 == "number")) {
                        const err111 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/graceful_shutdown_wait_loop_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/graceful_shutdown_wait_loop_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.graceful_shutdown_wait_loop_s.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.graceful_shutdown_wait_loop_s, data: data63 };
                        if (vErrors === null) {
                          vErrors = [err111];
                        } else {
                          vErrors.push(err111);
                        }
                        errors++;
                      }
                    }
                    if (data39.graceful_shutdown_timeout_s !== void 0) {
                      let data64 = data39.graceful_shutdown_timeout_s;
                      if (!(typeof data64 == "number")) {
                        const err112 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/graceful_shutdown_timeout_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/graceful_shutdown_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.graceful_shutdown_timeout_s.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.graceful_shutdown_timeout_s, data: data64 };
                        if (vErrors === null) {
                          vErrors = [err112];
                        } else {
                          vErrors.push(err112);
                        }
                        errors++;
                      }
                    }
                    if (data39.health_check_period_s !== void 0) {
                      let data65 = data39.health_check_period_s;
                      if (!(typeof data65 == "number")) {
                        const err113 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/health_check_period_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/health_check_period_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.health_check_period_s.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.health_check_period_s, data: data65 };
                        if (vErrors === null) {
                          vErrors = [err113];
                        } else {
                          vErrors.push(err113);
                        }
                        errors++;
                      }
                    }
                    if (data39.health_check_timeout_s !== void 0) {
                      let data66 = data39.health_check_timeout_s;
                      if (!(typeof data66 == "number")) {
                        const err114 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/health_check_timeout_s", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/health_check_timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.health_check_timeout_s.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.health_check_timeout_s, data: data66 };
                        if (vErrors === null) {
                          vErrors = [err114];
                        } else {
                          vErrors.push(err114);
                        }
                        errors++;
                      }
                    }
                    if (data39.ray_actor_options !== void 0) {
                      let data67 = data39.ray_actor_options;
                      if (data67 && typeof data67 == "object" && !Array.isArray(data67)) {
                        for (const key8 in data67) {
                          if (!(key8 === "runtime_env" || key8 === "num_cpus" || key8 === "num_gpus" || key8 === "memory" || key8 === "object_store_memory" || key8 === "resources" || key8 === "accelerator_type" || key8 === "label_selector")) {
                            const err115 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options, data: data67 };
                            if (vErrors === null) {
                              vErrors = [err115];
                            } else {
                              vErrors.push(err115);
                            }
                            errors++;
                          }
                        }
                        if (data67.runtime_env !== void 0) {
                          let data68 = data67.runtime_env;
                          if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                            if (data68.env_vars !== void 0) {
                              let data69 = data68.env_vars;
                              if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                                for (const key9 in data69) {
                                  let data70 = data69[key9];
                                  if (typeof data70 !== "string") {
                                    const err116 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/env_vars/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/env_vars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.env_vars.additionalProperties.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.env_vars.additionalProperties, data: data70 };
                                    if (vErrors === null) {
                                      vErrors = [err116];
                                    } else {
                                      vErrors.push(err116);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err117 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/env_vars", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/env_vars/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.env_vars.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.env_vars, data: data69 };
                                if (vErrors === null) {
                                  vErrors = [err117];
                                } else {
                                  vErrors.push(err117);
                                }
                                errors++;
                              }
                            }
                            if (data68.working_dir !== void 0) {
                              let data71 = data68.working_dir;
                              if (typeof data71 !== "string") {
                                const err118 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/working_dir", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/working_dir/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.working_dir.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.working_dir, data: data71 };
                                if (vErrors === null) {
                                  vErrors = [err118];
                                } else {
                                  vErrors.push(err118);
                                }
                                errors++;
                              }
                            }
                            if (data68.py_modules !== void 0) {
                              let data72 = data68.py_modules;
                              if (Array.isArray(data72)) {
                                const len6 = data72.length;
                                for (let i6 = 0; i6 < len6; i6++) {
                                  let data73 = data72[i6];
                                  if (typeof data73 !== "string") {
                                    const err119 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/py_modules/" + i6, schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/py_modules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.py_modules.items.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.py_modules.items, data: data73 };
                                    if (vErrors === null) {
                                      vErrors = [err119];
                                    } else {
                                      vErrors.push(err119);
                                    }
                                    errors++;
                                  }
                                }
                              } else {
                                const err120 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/py_modules", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/py_modules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.py_modules.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.py_modules, data: data72 };
                                if (vErrors === null) {
                                  vErrors = [err120];
                                } else {
                                  vErrors.push(err120);
                                }
                                errors++;
                              }
                            }
                            if (data68.config !== void 0) {
                              let data74 = data68.config;
                              if (!(data74 && typeof data74 == "object" && !Array.isArray(data74))) {
                                const err121 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env/config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.config.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.properties.config, data: data74 };
                                if (vErrors === null) {
                                  vErrors = [err121];
                                } else {
                                  vErrors.push(err121);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err122 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/runtime_env", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/runtime_env/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.runtime_env, data: data68 };
                            if (vErrors === null) {
                              vErrors = [err122];
                            } else {
                              vErrors.push(err122);
                            }
                            errors++;
                          }
                        }
                        if (data67.num_cpus !== void 0) {
                          let data75 = data67.num_cpus;
                          if (!(typeof data75 == "number")) {
                            const err123 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/num_cpus", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/num_cpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.num_cpus.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.num_cpus, data: data75 };
                            if (vErrors === null) {
                              vErrors = [err123];
                            } else {
                              vErrors.push(err123);
                            }
                            errors++;
                          }
                        }
                        if (data67.num_gpus !== void 0) {
                          let data76 = data67.num_gpus;
                          if (!(typeof data76 == "number")) {
                            const err124 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/num_gpus", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/num_gpus/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.num_gpus.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.num_gpus, data: data76 };
                            if (vErrors === null) {
                              vErrors = [err124];
                            } else {
                              vErrors.push(err124);
                            }
                            errors++;
                          }
                        }
                        if (data67.memory !== void 0) {
                          let data77 = data67.memory;
                          if (!(typeof data77 == "number")) {
                            const err125 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/memory", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/memory/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.memory.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.memory, data: data77 };
                            if (vErrors === null) {
                              vErrors = [err125];
                            } else {
                              vErrors.push(err125);
                            }
                            errors++;
                          }
                        }
                        if (data67.object_store_memory !== void 0) {
                          let data78 = data67.object_store_memory;
                          if (!(typeof data78 == "number")) {
                            const err126 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/object_store_memory", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/object_store_memory/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.object_store_memory.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.object_store_memory, data: data78 };
                            if (vErrors === null) {
                              vErrors = [err126];
                            } else {
                              vErrors.push(err126);
                            }
                            errors++;
                          }
                        }
                        if (data67.resources !== void 0) {
                          let data79 = data67.resources;
                          if (!(data79 && typeof data79 == "object" && !Array.isArray(data79))) {
                            const err127 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/resources", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/resources/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.resources.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.resources, data: data79 };
                            if (vErrors === null) {
                              vErrors = [err127];
                            } else {
                              vErrors.push(err127);
                            }
                            errors++;
                          }
                        }
                        if (data67.accelerator_type !== void 0) {
                          let data80 = data67.accelerator_type;
                          if (typeof data80 !== "string") {
                            const err128 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/accelerator_type", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/accelerator_type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.accelerator_type.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.accelerator_type, data: data80 };
                            if (vErrors === null) {
                              vErrors = [err128];
                            } else {
                              vErrors.push(err128);
                            }
                            errors++;
                          }
                        }
                        if (data67.label_selector !== void 0) {
                          let data81 = data67.label_selector;
                          if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                            for (const key10 in data81) {
                              let data82 = data81[key10];
                              if (typeof data82 !== "string") {
                                const err129 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/label_selector/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/label_selector/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.label_selector.additionalProperties.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.label_selector.additionalProperties, data: data82 };
                                if (vErrors === null) {
                                  vErrors = [err129];
                                } else {
                                  vErrors.push(err129);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err130 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options/label_selector", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/properties/label_selector/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.label_selector.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.properties.label_selector, data: data81 };
                            if (vErrors === null) {
                              vErrors = [err130];
                            } else {
                              vErrors.push(err130);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err131 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/ray_actor_options", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/ray_actor_options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.ray_actor_options, data: data67 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                    if (data39.logging_config !== void 0) {
                      let data83 = data39.logging_config;
                      if (data83 && typeof data83 == "object" && !Array.isArray(data83)) {
                        for (const key11 in data83) {
                          if (!(key11 === "encoding" || key11 === "log_level" || key11 === "logs_dir" || key11 === "enable_access_log" || key11 === "additional_log_standard_attrs")) {
                            const err132 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config, data: data83 };
                            if (vErrors === null) {
                              vErrors = [err132];
                            } else {
                              vErrors.push(err132);
                            }
                            errors++;
                          }
                        }
                        if (data83.encoding !== void 0) {
                          let data84 = data83.encoding;
                          if (typeof data84 !== "string") {
                            const err133 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/encoding", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding, data: data84 };
                            if (vErrors === null) {
                              vErrors = [err133];
                            } else {
                              vErrors.push(err133);
                            }
                            errors++;
                          }
                          if (!(data84 === "TEXT" || data84 === "JSON")) {
                            const err134 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/encoding", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding.enum, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.encoding, data: data84 };
                            if (vErrors === null) {
                              vErrors = [err134];
                            } else {
                              vErrors.push(err134);
                            }
                            errors++;
                          }
                        }
                        if (data83.log_level !== void 0) {
                          let data85 = data83.log_level;
                          const _errs261 = errors;
                          let valid47 = false;
                          const _errs262 = errors;
                          if (typeof data85 !== "string") {
                            const err135 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/log_level/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf[0].type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf[0], data: data85 };
                            if (vErrors === null) {
                              vErrors = [err135];
                            } else {
                              vErrors.push(err135);
                            }
                            errors++;
                          }
                          var _valid19 = _errs262 === errors;
                          valid47 = valid47 || _valid19;
                          if (!valid47) {
                            const _errs264 = errors;
                            if (!(typeof data85 == "number" && (!(data85 % 1) && !isNaN(data85)))) {
                              const err136 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/log_level/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf[1].type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf[1], data: data85 };
                              if (vErrors === null) {
                                vErrors = [err136];
                              } else {
                                vErrors.push(err136);
                              }
                              errors++;
                            }
                            var _valid19 = _errs264 === errors;
                            valid47 = valid47 || _valid19;
                          }
                          if (!valid47) {
                            const err137 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/log_level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level.anyOf, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.log_level, data: data85 };
                            if (vErrors === null) {
                              vErrors = [err137];
                            } else {
                              vErrors.push(err137);
                            }
                            errors++;
                          } else {
                            errors = _errs261;
                            if (vErrors !== null) {
                              if (_errs261) {
                                vErrors.length = _errs261;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                        }
                        if (data83.logs_dir !== void 0) {
                          let data86 = data83.logs_dir;
                          const _errs267 = errors;
                          let valid48 = true;
                          const _errs268 = errors;
                          if (data86 !== null) {
                            const err138 = {};
                            if (vErrors === null) {
                              vErrors = [err138];
                            } else {
                              vErrors.push(err138);
                            }
                            errors++;
                          }
                          var _valid20 = _errs268 === errors;
                          errors = _errs267;
                          if (vErrors !== null) {
                            if (_errs267) {
                              vErrors.length = _errs267;
                            } else {
                              vErrors = null;
                            }
                          }
                          if (!_valid20) {
                            const _errs270 = errors;
                            if (typeof data86 !== "string") {
                              const err139 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/logs_dir", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/logs_dir/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.logs_dir.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.logs_dir.else, data: data86 };
                              if (vErrors === null) {
                                vErrors = [err139];
                              } else {
                                vErrors.push(err139);
                              }
                              errors++;
                            }
                            var _valid20 = _errs270 === errors;
                            valid48 = _valid20;
                          }
                          if (!valid48) {
                            const err140 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/logs_dir", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/logs_dir/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.logs_dir.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.logs_dir, data: data86 };
                            if (vErrors === null) {
                              vErrors = [err140];
                            } else {
                              vErrors.push(err140);
                            }
                            errors++;
                          }
                        }
                        if (data83.enable_access_log !== void 0) {
                          let data87 = data83.enable_access_log;
                          if (typeof data87 !== "boolean") {
                            const err141 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/enable_access_log", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/enable_access_log/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.enable_access_log.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.enable_access_log, data: data87 };
                            if (vErrors === null) {
                              vErrors = [err141];
                            } else {
                              vErrors.push(err141);
                            }
                            errors++;
                          }
                        }
                        if (data83.additional_log_standard_attrs !== void 0) {
                          let data88 = data83.additional_log_standard_attrs;
                          if (Array.isArray(data88)) {
                            const len7 = data88.length;
                            for (let i7 = 0; i7 < len7; i7++) {
                              let data89 = data88[i7];
                              if (typeof data89 !== "string") {
                                const err142 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/additional_log_standard_attrs/" + i7, schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/additional_log_standard_attrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.additional_log_standard_attrs.items.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.additional_log_standard_attrs.items, data: data89 };
                                if (vErrors === null) {
                                  vErrors = [err142];
                                } else {
                                  vErrors.push(err142);
                                }
                                errors++;
                              }
                            }
                          } else {
                            const err143 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config/additional_log_standard_attrs", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/properties/additional_log_standard_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.additional_log_standard_attrs.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.properties.additional_log_standard_attrs, data: data88 };
                            if (vErrors === null) {
                              vErrors = [err143];
                            } else {
                              vErrors.push(err143);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err144 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/logging_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/logging_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.logging_config, data: data83 };
                        if (vErrors === null) {
                          vErrors = [err144];
                        } else {
                          vErrors.push(err144);
                        }
                        errors++;
                      }
                    }
                    if (data39.request_router_config !== void 0) {
                      let data90 = data39.request_router_config;
                      if (!(data90 && typeof data90 == "object" && !Array.isArray(data90))) {
                        const err145 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/request_router_config", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/request_router_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.request_router_config.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.request_router_config, data: data90 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (data39.max_constructor_retry_count !== void 0) {
                      let data91 = data39.max_constructor_retry_count;
                      if (!(typeof data91 == "number" && (!(data91 % 1) && !isNaN(data91)))) {
                        const err146 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/max_constructor_retry_count", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_constructor_retry_count/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.deployments.items.properties.max_constructor_retry_count.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.max_constructor_retry_count, data: data91 };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                    if (data39.max_concurrent_queries !== void 0) {
                      let data92 = data39.max_concurrent_queries;
                      if (!(typeof data92 == "number")) {
                        const err147 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/max_concurrent_queries", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_concurrent_queries/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.applications.items.properties.deployments.items.properties.max_concurrent_queries.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.max_concurrent_queries, data: data92 };
                        if (vErrors === null) {
                          vErrors = [err147];
                        } else {
                          vErrors.push(err147);
                        }
                        errors++;
                      }
                    }
                    if (data39.placement_group_bundles !== void 0) {
                      let data93 = data39.placement_group_bundles;
                      if (Array.isArray(data93)) {
                        const len8 = data93.length;
                        for (let i8 = 0; i8 < len8; i8++) {
                          let data94 = data93[i8];
                          if (!(data94 && typeof data94 == "object" && !Array.isArray(data94))) {
                            const err148 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/placement_group_bundles/" + i8, schemaPath: "#/properties/applications/items/properties/deployments/items/properties/placement_group_bundles/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_bundles.items.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_bundles.items, data: data94 };
                            if (vErrors === null) {
                              vErrors = [err148];
                            } else {
                              vErrors.push(err148);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err149 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/placement_group_bundles", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/placement_group_bundles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_bundles.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_bundles, data: data93 };
                        if (vErrors === null) {
                          vErrors = [err149];
                        } else {
                          vErrors.push(err149);
                        }
                        errors++;
                      }
                    }
                    if (data39.placement_group_strategy !== void 0) {
                      let data95 = data39.placement_group_strategy;
                      if (typeof data95 !== "string") {
                        const err150 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/placement_group_strategy", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/placement_group_strategy/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_strategy.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_strategy, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err150];
                        } else {
                          vErrors.push(err150);
                        }
                        errors++;
                      }
                      if (!(data95 === "PACK" || data95 === "SPREAD" || data95 === "STRICT_PACK" || data95 === "STRICT_SPREAD")) {
                        const err151 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/placement_group_strategy", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/placement_group_strategy/enum", keyword: "enum", params: { allowedValues: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_strategy.enum }, message: "must be equal to one of the allowed values", schema: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_strategy.enum, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.placement_group_strategy, data: data95 };
                        if (vErrors === null) {
                          vErrors = [err151];
                        } else {
                          vErrors.push(err151);
                        }
                        errors++;
                      }
                    }
                    if (data39.max_replicas_per_node !== void 0) {
                      let data96 = data39.max_replicas_per_node;
                      if (!(typeof data96 == "number" && (!(data96 % 1) && !isNaN(data96)))) {
                        const err152 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/max_replicas_per_node", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/max_replicas_per_node/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.deployments.items.properties.max_replicas_per_node.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.max_replicas_per_node, data: data96 };
                        if (vErrors === null) {
                          vErrors = [err152];
                        } else {
                          vErrors.push(err152);
                        }
                        errors++;
                      }
                    }
                    if (data39.route_prefix !== void 0) {
                      let data97 = data39.route_prefix;
                      const _errs293 = errors;
                      let valid53 = true;
                      const _errs294 = errors;
                      if (data97 !== null) {
                        const err153 = {};
                        if (vErrors === null) {
                          vErrors = [err153];
                        } else {
                          vErrors.push(err153);
                        }
                        errors++;
                      }
                      var _valid21 = _errs294 === errors;
                      errors = _errs293;
                      if (vErrors !== null) {
                        if (_errs293) {
                          vErrors.length = _errs293;
                        } else {
                          vErrors = null;
                        }
                      }
                      if (!_valid21) {
                        const _errs296 = errors;
                        if (typeof data97 !== "string") {
                          const err154 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/route_prefix", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/route_prefix/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.deployments.items.properties.route_prefix.else.type, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.route_prefix.else, data: data97 };
                          if (vErrors === null) {
                            vErrors = [err154];
                          } else {
                            vErrors.push(err154);
                          }
                          errors++;
                        }
                        var _valid21 = _errs296 === errors;
                        valid53 = _valid21;
                      }
                      if (!valid53) {
                        const err155 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4 + "/route_prefix", schemaPath: "#/properties/applications/items/properties/deployments/items/properties/route_prefix/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.deployments.items.properties.route_prefix.if, parentSchema: schema114.properties.applications.items.properties.deployments.items.properties.route_prefix, data: data97 };
                        if (vErrors === null) {
                          vErrors = [err155];
                        } else {
                          vErrors.push(err155);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err156 = { instancePath: instancePath + "/applications/" + i2 + "/deployments/" + i4, schemaPath: "#/properties/applications/items/properties/deployments/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.deployments.items.type, parentSchema: schema114.properties.applications.items.properties.deployments.items, data: data39 };
                    if (vErrors === null) {
                      vErrors = [err156];
                    } else {
                      vErrors.push(err156);
                    }
                    errors++;
                  }
                }
              } else {
                const err157 = { instancePath: instancePath + "/applications/" + i2 + "/deployments", schemaPath: "#/properties/applications/items/properties/deployments/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.applications.items.properties.deployments.type, parentSchema: schema114.properties.applications.items.properties.deployments, data: data38 };
                if (vErrors === null) {
                  vErrors = [err157];
                } else {
                  vErrors.push(err157);
                }
                errors++;
              }
            }
            if (data25.args !== void 0) {
              let data98 = data25.args;
              if (!(data98 && typeof data98 == "object" && !Array.isArray(data98))) {
                const err158 = { instancePath: instancePath + "/applications/" + i2 + "/args", schemaPath: "#/properties/applications/items/properties/args/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.args.type, parentSchema: schema114.properties.applications.items.properties.args, data: data98 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
            }
            if (data25.logging_config !== void 0) {
              let data99 = data25.logging_config;
              if (data99 && typeof data99 == "object" && !Array.isArray(data99)) {
                for (const key12 in data99) {
                  if (!(key12 === "encoding" || key12 === "log_level" || key12 === "logs_dir" || key12 === "enable_access_log" || key12 === "additional_log_standard_attrs")) {
                    const err159 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config", schemaPath: "#/properties/applications/items/properties/logging_config/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114.properties.applications.items.properties.logging_config, data: data99 };
                    if (vErrors === null) {
                      vErrors = [err159];
                    } else {
                      vErrors.push(err159);
                    }
                    errors++;
                  }
                }
                if (data99.encoding !== void 0) {
                  let data100 = data99.encoding;
                  if (typeof data100 !== "string") {
                    const err160 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/encoding", schemaPath: "#/properties/applications/items/properties/logging_config/properties/encoding/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.logging_config.properties.encoding.type, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.encoding, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err160];
                    } else {
                      vErrors.push(err160);
                    }
                    errors++;
                  }
                  if (!(data100 === "TEXT" || data100 === "JSON")) {
                    const err161 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/encoding", schemaPath: "#/properties/applications/items/properties/logging_config/properties/encoding/enum", keyword: "enum", params: { allowedValues: schema114.properties.applications.items.properties.logging_config.properties.encoding.enum }, message: "must be equal to one of the allowed values", schema: schema114.properties.applications.items.properties.logging_config.properties.encoding.enum, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.encoding, data: data100 };
                    if (vErrors === null) {
                      vErrors = [err161];
                    } else {
                      vErrors.push(err161);
                    }
                    errors++;
                  }
                }
                if (data99.log_level !== void 0) {
                  let data101 = data99.log_level;
                  const _errs306 = errors;
                  let valid55 = false;
                  const _errs307 = errors;
                  if (typeof data101 !== "string") {
                    const err162 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/logging_config/properties/log_level/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.logging_config.properties.log_level.anyOf[0].type, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.log_level.anyOf[0], data: data101 };
                    if (vErrors === null) {
                      vErrors = [err162];
                    } else {
                      vErrors.push(err162);
                    }
                    errors++;
                  }
                  var _valid22 = _errs307 === errors;
                  valid55 = valid55 || _valid22;
                  if (!valid55) {
                    const _errs309 = errors;
                    if (!(typeof data101 == "number" && (!(data101 % 1) && !isNaN(data101)))) {
                      const err163 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/logging_config/properties/log_level/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema114.properties.applications.items.properties.logging_config.properties.log_level.anyOf[1].type, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.log_level.anyOf[1], data: data101 };
                      if (vErrors === null) {
                        vErrors = [err163];
                      } else {
                        vErrors.push(err163);
                      }
                      errors++;
                    }
                    var _valid22 = _errs309 === errors;
                    valid55 = valid55 || _valid22;
                  }
                  if (!valid55) {
                    const err164 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/log_level", schemaPath: "#/properties/applications/items/properties/logging_config/properties/log_level/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema114.properties.applications.items.properties.logging_config.properties.log_level.anyOf, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.log_level, data: data101 };
                    if (vErrors === null) {
                      vErrors = [err164];
                    } else {
                      vErrors.push(err164);
                    }
                    errors++;
                  } else {
                    errors = _errs306;
                    if (vErrors !== null) {
                      if (_errs306) {
                        vErrors.length = _errs306;
                      } else {
                        vErrors = null;
                      }
                    }
                  }
                }
                if (data99.logs_dir !== void 0) {
                  let data102 = data99.logs_dir;
                  const _errs312 = errors;
                  let valid56 = true;
                  const _errs313 = errors;
                  if (data102 !== null) {
                    const err165 = {};
                    if (vErrors === null) {
                      vErrors = [err165];
                    } else {
                      vErrors.push(err165);
                    }
                    errors++;
                  }
                  var _valid23 = _errs313 === errors;
                  errors = _errs312;
                  if (vErrors !== null) {
                    if (_errs312) {
                      vErrors.length = _errs312;
                    } else {
                      vErrors = null;
                    }
                  }
                  if (!_valid23) {
                    const _errs315 = errors;
                    if (typeof data102 !== "string") {
                      const err166 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/logs_dir", schemaPath: "#/properties/applications/items/properties/logging_config/properties/logs_dir/else/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.logging_config.properties.logs_dir.else.type, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.logs_dir.else, data: data102 };
                      if (vErrors === null) {
                        vErrors = [err166];
                      } else {
                        vErrors.push(err166);
                      }
                      errors++;
                    }
                    var _valid23 = _errs315 === errors;
                    valid56 = _valid23;
                  }
                  if (!valid56) {
                    const err167 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/logs_dir", schemaPath: "#/properties/applications/items/properties/logging_config/properties/logs_dir/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.applications.items.properties.logging_config.properties.logs_dir.if, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.logs_dir, data: data102 };
                    if (vErrors === null) {
                      vErrors = [err167];
                    } else {
                      vErrors.push(err167);
                    }
                    errors++;
                  }
                }
                if (data99.enable_access_log !== void 0) {
                  let data103 = data99.enable_access_log;
                  if (typeof data103 !== "boolean") {
                    const err168 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/enable_access_log", schemaPath: "#/properties/applications/items/properties/logging_config/properties/enable_access_log/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema114.properties.applications.items.properties.logging_config.properties.enable_access_log.type, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.enable_access_log, data: data103 };
                    if (vErrors === null) {
                      vErrors = [err168];
                    } else {
                      vErrors.push(err168);
                    }
                    errors++;
                  }
                }
                if (data99.additional_log_standard_attrs !== void 0) {
                  let data104 = data99.additional_log_standard_attrs;
                  if (Array.isArray(data104)) {
                    const len9 = data104.length;
                    for (let i9 = 0; i9 < len9; i9++) {
                      let data105 = data104[i9];
                      if (typeof data105 !== "string") {
                        const err169 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/additional_log_standard_attrs/" + i9, schemaPath: "#/properties/applications/items/properties/logging_config/properties/additional_log_standard_attrs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema114.properties.applications.items.properties.logging_config.properties.additional_log_standard_attrs.items.type, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.additional_log_standard_attrs.items, data: data105 };
                        if (vErrors === null) {
                          vErrors = [err169];
                        } else {
                          vErrors.push(err169);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err170 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config/additional_log_standard_attrs", schemaPath: "#/properties/applications/items/properties/logging_config/properties/additional_log_standard_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.applications.items.properties.logging_config.properties.additional_log_standard_attrs.type, parentSchema: schema114.properties.applications.items.properties.logging_config.properties.additional_log_standard_attrs, data: data104 };
                    if (vErrors === null) {
                      vErrors = [err170];
                    } else {
                      vErrors.push(err170);
                    }
                    errors++;
                  }
                }
              } else {
                const err171 = { instancePath: instancePath + "/applications/" + i2 + "/logging_config", schemaPath: "#/properties/applications/items/properties/logging_config/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.properties.logging_config.type, parentSchema: schema114.properties.applications.items.properties.logging_config, data: data99 };
                if (vErrors === null) {
                  vErrors = [err171];
                } else {
                  vErrors.push(err171);
                }
                errors++;
              }
            }
            if (data25.external_scaler_enabled !== void 0) {
              let data106 = data25.external_scaler_enabled;
              if (typeof data106 !== "boolean") {
                const err172 = { instancePath: instancePath + "/applications/" + i2 + "/external_scaler_enabled", schemaPath: "#/properties/applications/items/properties/external_scaler_enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema114.properties.applications.items.properties.external_scaler_enabled.type, parentSchema: schema114.properties.applications.items.properties.external_scaler_enabled, data: data106 };
                if (vErrors === null) {
                  vErrors = [err172];
                } else {
                  vErrors.push(err172);
                }
                errors++;
              }
            }
          } else {
            const err173 = { instancePath: instancePath + "/applications/" + i2, schemaPath: "#/properties/applications/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.properties.applications.items.type, parentSchema: schema114.properties.applications.items, data: data25 };
            if (vErrors === null) {
              vErrors = [err173];
            } else {
              vErrors.push(err173);
            }
            errors++;
          }
        }
      } else {
        const err174 = { instancePath: instancePath + "/applications", schemaPath: "#/properties/applications/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema114.properties.applications.type, parentSchema: schema114.properties.applications, data: data24 };
        if (vErrors === null) {
          vErrors = [err174];
        } else {
          vErrors.push(err174);
        }
        errors++;
      }
    }
    if (data.target_capacity !== void 0) {
      let data107 = data.target_capacity;
      const _errs326 = errors;
      let valid59 = true;
      const _errs327 = errors;
      if (data107 !== null) {
        const err175 = {};
        if (vErrors === null) {
          vErrors = [err175];
        } else {
          vErrors.push(err175);
        }
        errors++;
      }
      var _valid24 = _errs327 === errors;
      errors = _errs326;
      if (vErrors !== null) {
        if (_errs326) {
          vErrors.length = _errs326;
        } else {
          vErrors = null;
        }
      }
      if (!_valid24) {
        const _errs329 = errors;
        if (!(typeof data107 == "number")) {
          const err176 = { instancePath: instancePath + "/target_capacity", schemaPath: "#/properties/target_capacity/else/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema114.properties.target_capacity.else.type, parentSchema: schema114.properties.target_capacity.else, data: data107 };
          if (vErrors === null) {
            vErrors = [err176];
          } else {
            vErrors.push(err176);
          }
          errors++;
        }
        var _valid24 = _errs329 === errors;
        valid59 = _valid24;
      }
      if (!valid59) {
        const err177 = { instancePath: instancePath + "/target_capacity", schemaPath: "#/properties/target_capacity/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema114.properties.target_capacity.if, parentSchema: schema114.properties.target_capacity, data: data107 };
        if (vErrors === null) {
          vErrors = [err177];
        } else {
          vErrors.push(err177);
        }
        errors++;
      }
    }
  } else {
    const err178 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.type, parentSchema: schema114, data };
    if (vErrors === null) {
      vErrors = [err178];
    } else {
      vErrors.push(err178);
    }
    errors++;
  }
  validate104.errors = vErrors;
  return errors === 0;
});

// src/ray/schemas/validators.ts
var validateRayService = validate3;
var validateRayCluster = validate2;
var validateServeConfig = validate4;
var validateLlmServingArgs = validate;

// src/ray/kuberay-gates.ts
function rayContainers(cluster) {
  const groups = [dict(cluster["headGroupSpec"]), ...list(cluster["workerGroupSpecs"]).map(dict)];
  return groups.map((group2) => dict(list(dict(dict(group2["template"])["spec"])["containers"])[0]));
}
var KUBERAY_GATES = [
  {
    since: "2.6.0",
    what: "the RayJob submitter passes --metadata-json",
    source: "ray-operator/controllers/ray/common/job.go",
    // Only RayJob submissions: a RayService's pods are the same on either side.
    appliesTo: () => false,
    whenDeclaredNewer: "the job submitter passes a flag the older Ray CLI does not know",
    whenDeclaredOlder: "KubeRay refuses job metadata"
  },
  {
    since: "2.52.0",
    what: "authOptions.mode: token is accepted",
    source: "ray-operator/controllers/ray/utils/validation.go",
    appliesTo: (cluster) => dict(cluster["authOptions"])["mode"] === "token",
    whenDeclaredNewer: "KubeRay enables token authentication that the Ray in the image does not implement",
    whenDeclaredOlder: "KubeRay rejects the RayCluster (token authentication needs rayVersion 2.52.0 or later)"
  },
  {
    since: "2.53.0",
    what: "KubeRay probes GET /api/healthz on the dashboard agent instead of exec wget probes on the raylet and GCS health endpoints",
    source: "ray-operator/controllers/ray/common/pod.go (supportsUnifiedHealthCheck)",
    // A container that sets both probes itself gets none generated.
    appliesTo: (cluster) => rayContainers(cluster).some((c) => c["livenessProbe"] === void 0 || c["readinessProbe"] === void 0),
    whenDeclaredNewer: "the pods get HTTP probes on /api/healthz, which the older Ray in the image does not serve, so they never become Ready",
    whenDeclaredOlder: "the pods get the older exec probes, written for a Ray older than the one in the image"
  },
  {
    since: "2.55.0",
    what: "authOptions.enableK8sTokenAuth is accepted",
    source: "ray-operator/controllers/ray/utils/validation.go",
    appliesTo: (cluster) => dict(cluster["authOptions"])["enableK8sTokenAuth"] === true,
    whenDeclaredNewer: "KubeRay enables Kubernetes token authentication that the Ray in the image does not implement",
    whenDeclaredOlder: "KubeRay rejects the RayCluster (enableK8sTokenAuth needs rayVersion 2.55.0 or later)"
  },
  {
    since: "2.56.0",
    what: "worker group priority is accepted",
    source: "ray-operator/controllers/ray/utils/validation.go (validateWorkerGroupPriority)",
    appliesTo: (cluster) => list(cluster["workerGroupSpecs"]).some((group2) => {
      const priority = dict(group2)["priority"];
      return priority !== void 0 && priority !== null && priority !== 0;
    }),
    whenDeclaredNewer: "the autoscaler is given worker-group priorities the Ray in the image does not read",
    whenDeclaredOlder: "KubeRay rejects the RayCluster (priority needs rayVersion 2.56.0 or later)"
  }
];
function gatesBetween(a, b) {
  return KUBERAY_GATES.filter((gate) => atLeast(a, gate.since) !== atLeast(b, gate.since));
}

// src/ray/serve-renames.ts
var RENAMED_SERVE_KEYS = [
  {
    key: "target_num_ongoing_requests_per_replica",
    scope: "autoscaling",
    replacement: "target_ongoing_requests",
    deprecatedIn: "2.10.0",
    deprecatedBy: "ray-project/ray#43454",
    removedIn: "2.33.0",
    removedBy: "ray-project/ray#46392"
  },
  {
    key: "max_concurrent_queries",
    scope: "options",
    replacement: "max_ongoing_requests",
    deprecatedIn: "2.10.0",
    deprecatedBy: "ray-project/ray#43007",
    removedIn: "2.33.0",
    removedBy: "ray-project/ray#46427"
  }
];
function renamedKeyState(entry, version) {
  if (!atLeast(version, entry.deprecatedIn)) return "current";
  return atLeast(version, entry.removedIn) ? "ignored" : "deprecated";
}
var METRICS_INTERVAL = {
  key: "metrics_interval_s",
  deprecatedIn: "2.49.0",
  deprecatedBy: "ray-project/ray#55102",
  default: 10
};

// src/ray/cluster-model.ts
var GPU_KEY = /(gpu$)|(^nvidia\.com\/mig-)/;
function gpuLimitOf(container, containerPath) {
  const limits = dict(dict(container["resources"])["limits"]);
  const key = Object.keys(limits).find((name) => GPU_KEY.test(name));
  if (key === void 0) return void 0;
  const count = Number(limits[key]);
  return { key, count: Number.isFinite(count) ? count : 0, path: [...containerPath, "resources", "limits", key] };
}
function group(kind, spec, path, name) {
  const rayStartParams2 = dict(spec["rayStartParams"]);
  const containerPath = [...path, "template", "spec", "containers", 0];
  const container = dict(list(dict(dict(spec["template"])["spec"])["containers"])[0]);
  const gpuLimit = gpuLimitOf(container, containerPath);
  const numGpus = rayStartParams2["num-gpus"];
  const declared = numGpus === void 0 ? void 0 : Number(numGpus);
  const gpusPerPod = declared !== void 0 && Number.isFinite(declared) ? declared : gpuLimit?.count ?? 0;
  const minReplicas = kind === "head" ? 1 : numberOr(spec["minReplicas"], 0);
  const maxReplicas = kind === "head" ? 1 : numberOr(spec["maxReplicas"], 2147483647);
  return {
    kind,
    name,
    path,
    rayStartParams: rayStartParams2,
    containerPath,
    image: stringOr(container["image"], void 0),
    gpuLimit,
    gpusPerPod,
    replicas: kind === "head" ? 1 : numberOr(spec["replicas"], minReplicas),
    minReplicas,
    maxReplicas,
    numOfHosts: kind === "head" ? 1 : numberOr(spec["numOfHosts"], 1)
  };
}
function rayGroups(clusterSpec, path) {
  const spec = dict(clusterSpec);
  const groups = [];
  if (spec["headGroupSpec"] !== void 0) {
    groups.push(group("head", dict(spec["headGroupSpec"]), [...path, "headGroupSpec"], "head"));
  }
  list(spec["workerGroupSpecs"]).forEach((worker, index) => {
    const name = stringOr(dict(worker)["groupName"], `#${index}`);
    groups.push(group("worker", dict(worker), [...path, "workerGroupSpecs", index], name));
  });
  return groups;
}
function replicaSlots(group2, gpusPerReplica, pods = group2.maxReplicas * group2.numOfHosts) {
  if (gpusPerReplica <= 0 || group2.gpusPerPod < gpusPerReplica) return 0;
  return pods * Math.floor(group2.gpusPerPod / gpusPerReplica + 1e-9);
}

// src/ray/autoscaling-defaults.ts
var LLM_UNBOUNDED = 1e9;
function serveDefaults(version) {
  const modern = version === void 0 || atLeast(version, "2.32.0");
  return { target: modern ? 2 : 1, maxOngoing: modern ? 5 : 100 };
}
var LLM_DEFAULT_BANDS = [
  {
    mode: "decorator",
    autoscaling: { min: 1, initial: 1, max: 10, target: 10 },
    maxOngoing: 20,
    source: "ray python/ray/llm/_internal/serve/deployments/llm/llm_server.py (@serve.deployment of LLMDeployment)"
  },
  {
    since: "2.49.0",
    mode: "decorator",
    autoscaling: { min: 1, initial: 1, max: 10, target: LLM_UNBOUNDED },
    maxOngoing: LLM_UNBOUNDED,
    source: "ray python/ray/llm/_internal/serve/configs/constants.py (DEFAULT_MAX_TARGET_ONGOING_REQUESTS = 1e9) used by llm_server.py"
  },
  {
    since: "2.50.0",
    mode: "none",
    maxOngoing: LLM_UNBOUNDED,
    source: "ray python/ray/llm/_internal/serve/deployments/llm/builder_llm_server.py (DEFAULT_DEPLOYMENT_OPTIONS has no autoscaling_config)"
  },
  {
    since: "2.53.0",
    mode: "deep-merge",
    autoscaling: { min: 1, max: 1, target: LLM_UNBOUNDED },
    maxOngoing: LLM_UNBOUNDED,
    source: "ray PR #59323: python/ray/llm/_internal/common/dict_utils.py maybe_apply_llm_deployment_config_defaults over core/server/builder.py DEFAULT_DEPLOYMENT_OPTIONS"
  }
];
function llmDefaultsBand(version) {
  return version === void 0 ? LLM_DEFAULT_BANDS[0] : bandOf(LLM_DEFAULT_BANDS, version);
}
function fromConfig(user, base, defaulted) {
  const pick = (key, fallback) => {
    const value = numberOr(user[key], void 0);
    if (value === void 0) defaulted.push(key);
    return value ?? fallback;
  };
  const smoothing = numberOr(user["smoothing_factor"], 1);
  const factor = (key, alias) => numberOr(user[key], void 0) ?? numberOr(user[alias], void 0) ?? smoothing;
  return {
    minReplicas: pick("min_replicas", base.min),
    initialReplicas: numberOr(user["initial_replicas"], base.initial),
    maxReplicas: pick("max_replicas", base.max),
    targetOngoingRequests: pick("target_ongoing_requests", base.target),
    upscaleDelayS: pick("upscale_delay_s", 30),
    downscaleDelayS: pick("downscale_delay_s", 600),
    downscaleToZeroDelayS: numberOr(user["downscale_to_zero_delay_s"], void 0),
    upscalingFactor: factor("upscaling_factor", "upscale_smoothing_factor"),
    downscalingFactor: factor("downscaling_factor", "downscale_smoothing_factor"),
    lookBackPeriodS: numberOr(user["look_back_period_s"], 30),
    metricsIntervalS: numberOr(user["metrics_interval_s"], 10)
  };
}
function effectiveDeployment(deployment, version) {
  const defaulted = [];
  const serve = serveDefaults(version);
  const llm = deployment.kind === "llm" ? llmDefaultsBand(version) : void 0;
  const maxOngoing = deployment.maxOngoingRequests ?? llm?.maxOngoing ?? serve.maxOngoing;
  if (deployment.maxOngoingRequests === void 0) defaulted.push("max_ongoing_requests");
  const result = (autoscaling, fixedReplicas) => ({
    mode: autoscaling ? "autoscaling" : "fixed",
    autoscaling,
    fixedReplicas,
    maxOngoingRequests: maxOngoing,
    defaulted
  });
  if (typeof deployment.numReplicas === "number" && deployment.autoscaling === void 0) {
    return result(void 0, deployment.numReplicas);
  }
  if (deployment.numReplicas === "auto") {
    return result(fromConfig(deployment.autoscaling ?? {}, { min: 1, max: 100, target: serve.target }, defaulted));
  }
  if (deployment.autoscaling !== void 0) {
    const target = llm?.mode === "deep-merge" ? llm.autoscaling.target : serve.target;
    return result(fromConfig(deployment.autoscaling, { min: 1, max: 1, target }, defaulted));
  }
  if (llm !== void 0) {
    defaulted.push("autoscaling_config");
    if (llm.autoscaling === void 0) return result(void 0, 1);
    return result(fromConfig({}, llm.autoscaling, []));
  }
  return {
    mode: "unknown",
    autoscaling: void 0,
    fixedReplicas: void 0,
    maxOngoingRequests: deployment.maxOngoingRequests,
    defaulted
  };
}

// src/ray/llm-ingress.ts
var ROUTER_TO_MODEL_REPLICA_RATIO = 2;
function llmIngress(args, version) {
  const llmConfigs = dict(args)["llm_configs"];
  const unbounded = version !== void 0 && atLeast(version, "2.48.0");
  let min = 0;
  let initial = 0;
  let max = 0;
  let fixed = 0;
  for (const raw of list(llmConfigs)) {
    const config = dict(raw);
    const experimental = dict(config["experimental_configs"]);
    fixed = Math.max(
      fixed,
      numberOr(experimental["num_ingress_replicas"], 0),
      numberOr(experimental["num_router_replicas"], 0)
    );
    const autoscaling = dict(dict(config["deployment_config"])["autoscaling_config"]);
    const modelMin = numberOr(autoscaling["min_replicas"], 1);
    min += modelMin;
    initial += numberOr(autoscaling["initial_replicas"], void 0) || modelMin;
    max += numberOr(autoscaling["max_replicas"], 1);
  }
  const scaled = (n) => Math.trunc(n * ROUTER_TO_MODEL_REPLICA_RATIO);
  return {
    name: llmIngressName(args, version),
    minReplicas: fixed || scaled(min),
    initialReplicas: fixed || scaled(initial),
    maxReplicas: fixed || scaled(max),
    targetOngoingRequests: unbounded ? LLM_UNBOUNDED : 16,
    maxOngoingRequests: unbounded ? LLM_UNBOUNDED : 1e3,
    fixed: fixed > 0
  };
}

// src/ray/schemas/builders.ts
function closed(properties, required = []) {
  return { type: "object", properties, required, additionalProperties: false };
}
function open(properties = {}, required = []) {
  return { type: "object", properties, required };
}
function nullable(schema) {
  return { if: { type: "null" }, then: true, else: schema, "x-expect": `${expectOf(schema)} or null` };
}
var str = { type: "string", "x-expect": "a string" };
var bool = { type: "boolean", "x-expect": "true or false" };
var num = { type: "number", "x-expect": "a number" };
var int = { type: "integer", "x-expect": "an integer" };
var anyValue = {};
var stringMap = { type: "object", additionalProperties: str, "x-expect": "a map of strings" };
var list2 = (items) => ({ type: "array", items, "x-expect": "a list" });
var oneOfStrings = (...values) => ({
  type: "string",
  enum: values,
  "x-expect": `one of ${values.map((v) => `"${v}"`).join(", ")}`
});
function since(kuberay, schema) {
  return { ...schema, "x-kuberay-since": kuberay };
}
function expectOf(schema) {
  const expect = schema["x-expect"];
  if (typeof expect === "string") return expect;
  const type = schema["type"];
  return typeof type === "string" ? `a value of type ${type}` : "a valid value";
}

// src/ray/schemas/rayservice.ts
var rayStartParams = {
  type: "object",
  additionalProperties: { type: "string", "x-expect": 'a string (quote numbers: "1")' },
  "x-expect": "a map of strings"
};
var podTemplate = open({ metadata: open({ labels: stringMap, annotations: stringMap }), spec: open() });
var headGroupSchema = closed(
  {
    rayStartParams,
    template: podTemplate,
    serviceType: str,
    headService: open(),
    enableIngress: bool,
    ingressOptions: open(),
    labels: stringMap,
    resources: stringMap
  },
  ["template"]
);
var workerGroupSchema = closed(
  {
    groupName: str,
    replicas: int,
    minReplicas: int,
    maxReplicas: int,
    numOfHosts: int,
    rayStartParams,
    template: podTemplate,
    idleTimeoutSeconds: int,
    priority: int,
    suspend: bool,
    scaleStrategy: closed({ workersToDelete: list2(str) }),
    labels: stringMap,
    resources: stringMap
  },
  ["groupName", "template"]
);
var rayClusterSpecSchema = closed(
  {
    rayVersion: { type: "string", "x-expect": "a string (quote it: '2.47.1')" },
    enableInTreeAutoscaling: bool,
    autoscalerOptions: closed({
      upscalingMode: oneOfStrings("Default", "Aggressive", "Conservative"),
      idleTimeoutSeconds: int,
      version: oneOfStrings("v1", "v2"),
      image: str,
      imagePullPolicy: str,
      resources: open(),
      env: list2(open()),
      envFrom: list2(open()),
      securityContext: open(),
      volumeMounts: list2(open()),
      command: list2(str),
      args: list2(str)
    }),
    headGroupSpec: headGroupSchema,
    workerGroupSpecs: list2(workerGroupSchema),
    headServiceAnnotations: stringMap,
    gcsFaultToleranceOptions: open(),
    authOptions: open(),
    tlsOptions: since("1.7", open()),
    networkPolicy: since("1.7", open()),
    historyServerOptions: since("1.7", open()),
    managedBy: str,
    suspend: bool,
    upgradeStrategy: open()
  },
  ["headGroupSpec"]
);
var rayServiceSchema = {
  type: "object",
  required: ["apiVersion", "kind", "metadata", "spec"],
  properties: {
    apiVersion: oneOfStrings("ray.io/v1", "ray.io/v1alpha1"),
    kind: { const: "RayService" },
    metadata: open({ name: str, namespace: str, labels: stringMap, annotations: stringMap }, ["name"]),
    spec: closed(
      {
        serveConfigV2: { type: "string", "x-expect": "a string (a YAML block: `serveConfigV2: |`)" },
        rayClusterConfig: rayClusterSpecSchema,
        upgradeStrategy: closed({
          type: oneOfStrings("NewCluster", "NewClusterWithIncrementalUpgrade", "None"),
          clusterUpgradeOptions: open()
        }),
        serviceUnhealthySecondThreshold: int,
        deploymentUnhealthySecondThreshold: int,
        excludeHeadPodFromServeSvc: bool,
        serveService: open(),
        rayClusterDeletionDelaySeconds: int,
        managedBy: str,
        suspend: bool
      },
      ["rayClusterConfig"]
    ),
    status: anyValue
  }
};

// src/ray/schemas/serve-config.ts
var nonNegativeNumber = { type: "number", "x-expect": "a number" };
var runtimeEnvSchema = open({
  env_vars: stringMap,
  working_dir: str,
  py_modules: list2(str),
  pip: anyValue,
  uv: anyValue,
  conda: anyValue,
  config: open()
});
var autoscalingConfigSchema = closed({
  min_replicas: int,
  initial_replicas: nullable(int),
  max_replicas: int,
  target_ongoing_requests: nullable(num),
  metrics_interval_s: num,
  look_back_period_s: num,
  smoothing_factor: num,
  upscale_smoothing_factor: nullable(num),
  downscale_smoothing_factor: nullable(num),
  upscaling_factor: nullable(num),
  downscaling_factor: nullable(num),
  downscale_delay_s: nonNegativeNumber,
  downscale_to_zero_delay_s: nullable(num),
  upscale_delay_s: nonNegativeNumber,
  aggregation_function: oneOfStrings("mean", "max", "min", "MEAN", "MAX", "MIN"),
  policy: anyValue,
  prometheus_metrics: nullable(list2(str)),
  // Removed from Ray but still written by old configs; reported by deprecated-serve-key.
  target_num_ongoing_requests_per_replica: num
});
var rayActorOptionsSchema = closed({
  runtime_env: runtimeEnvSchema,
  num_cpus: num,
  num_gpus: num,
  memory: num,
  object_store_memory: num,
  resources: open(),
  accelerator_type: str,
  label_selector: stringMap
});
var loggingConfigSchema = closed({
  encoding: oneOfStrings("TEXT", "JSON"),
  log_level: { anyOf: [{ type: "string" }, { type: "integer" }], "x-expect": "a log level name or number" },
  logs_dir: nullable(str),
  enable_access_log: bool,
  additional_log_standard_attrs: list2(str)
});
var numReplicas = {
  anyOf: [{ type: "integer" }, { const: "auto" }, { type: "null" }],
  "x-expect": 'an integer \u2265 1 or "auto"'
};
var deploymentOptionProperties = {
  name: str,
  num_replicas: numReplicas,
  max_ongoing_requests: num,
  max_queued_requests: int,
  user_config: anyValue,
  autoscaling_config: nullable(autoscalingConfigSchema),
  graceful_shutdown_wait_loop_s: num,
  graceful_shutdown_timeout_s: num,
  health_check_period_s: num,
  health_check_timeout_s: num,
  ray_actor_options: rayActorOptionsSchema,
  logging_config: loggingConfigSchema,
  request_router_config: open(),
  max_constructor_retry_count: int,
  // Renamed to max_ongoing_requests in Ray 2.10; reported by deprecated-serve-key.
  max_concurrent_queries: num
};
var deploymentSchema = closed(
  {
    ...deploymentOptionProperties,
    placement_group_bundles: list2(open()),
    placement_group_strategy: oneOfStrings("PACK", "SPREAD", "STRICT_PACK", "STRICT_SPREAD"),
    max_replicas_per_node: int,
    route_prefix: nullable(str)
  },
  ["name"]
);
var applicationSchema = closed(
  {
    name: str,
    route_prefix: nullable(str),
    import_path: str,
    runtime_env: runtimeEnvSchema,
    host: str,
    port: int,
    deployments: list2(deploymentSchema),
    args: open(),
    logging_config: loggingConfigSchema,
    external_scaler_enabled: bool,
    autoscaling_policy: anyValue
  },
  ["import_path"]
);
var serveConfigSchema = closed(
  {
    proxy_location: oneOfStrings("Disabled", "HeadOnly", "EveryNode", "NoServer"),
    http_options: closed({
      host: str,
      port: int,
      root_path: str,
      request_timeout_s: nullable(num),
      keep_alive_timeout_s: num,
      ssl_keyfile: nullable(str),
      ssl_certfile: nullable(str),
      ssl_keyfile_password: nullable(str),
      ssl_ca_certs: nullable(str),
      middlewares: anyValue,
      location: str
    }),
    grpc_options: closed({
      port: int,
      grpc_servicer_functions: list2(str),
      request_timeout_s: nullable(num)
    }),
    logging_config: loggingConfigSchema,
    applications: list2(applicationSchema),
    target_capacity: nullable(num)
  },
  ["applications"]
);

// src/ray/schemas/llm-args.ts
var { max_concurrent_queries: _old, ...llmDeploymentOptions } = deploymentOptionProperties;
var llmConfigSchema = closed(
  {
    runtime_env: nullable(runtimeEnvSchema),
    model_loading_config: closed(
      {
        model_id: str,
        model_source: {
          anyOf: [{ type: "string" }, { type: "object" }, { type: "null" }],
          "x-expect": "a path, a model id or a cloud mirror"
        },
        tokenizer_source: nullable(str)
      },
      ["model_id"]
    ),
    llm_engine: str,
    engine_kwargs: open({
      tensor_parallel_size: int,
      pipeline_parallel_size: int,
      max_model_len: int
    }),
    resources_per_bundle: nullable(open()),
    accelerator_type: nullable(str),
    lora_config: nullable(
      closed({
        dynamic_lora_loading_path: nullable(str),
        max_num_adapters_per_replica: int,
        download_timeout_s: num,
        max_download_tries: int
      })
    ),
    deployment_config: closed({ ...llmDeploymentOptions, max_replicas_per_node: int }),
    experimental_configs: open(),
    log_engine_metrics: bool,
    callback_config: anyValue,
    placement_group_config: nullable(open())
  },
  ["model_loading_config"]
);
var llmServingArgsSchema = closed(
  {
    llm_configs: list2({
      if: { type: "object" },
      then: llmConfigSchema,
      else: { type: "string", "x-expect": "an LLM config or a path to one" }
    }),
    ingress_cls_config: open(),
    ingress_deployment_config: open()
  },
  ["llm_configs"]
);

export {
  parseRayVersion,
  compareRayVersions,
  atLeast,
  rayVersionOfAnyImage,
  formatRayVersion,
  dict,
  list,
  numberOr,
  stringOr,
  valueAt,
  canonicalJson,
  KUBERAY_GATES,
  gatesBetween,
  RENAMED_SERVE_KEYS,
  renamedKeyState,
  METRICS_INTERVAL,
  rayGroups,
  replicaSlots,
  LLM_BUILDERS,
  serveApps,
  serveDeployments,
  runtimeEnvPaths,
  LLM_UNBOUNDED,
  llmDefaultsBand,
  effectiveDeployment,
  formatGoDuration,
  MAX_RAYSERVICE_NAME,
  DNS_1035_LABEL,
  INITIALIZING_TIMEOUT_ANNOTATION,
  initializingTimeoutOf,
  llmIngress,
  expectOf,
  validateRayService,
  validateRayCluster,
  validateServeConfig,
  validateLlmServingArgs
};
