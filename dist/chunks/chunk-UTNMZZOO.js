import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  API_VERSION,
  YamlEditError,
  appendIn,
  deleteIn,
  lintText,
  parseYamlFile,
  setBlockString,
  setIn
} from "./chunk-AFRALKLC.js";
import {
  parseDuration
} from "./chunk-V5EYLQ52.js";
import {
  DNS_1035_LABEL,
  INITIALIZING_TIMEOUT_ANNOTATION,
  MAX_RAYSERVICE_NAME,
  dict,
  formatGoDuration,
  initializingTimeoutOf,
  list,
  rayGroups,
  require_dist,
  runtimeEnvPaths,
  stringOr,
  valueAt
} from "./chunk-6JHDKNNW.js";
import {
  __toESM
} from "./chunk-S5ZBFXNU.js";

// src/render/run.ts
import { readFile, writeFile } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";

// src/render/github-context.ts
function runIdFrom(env) {
  const id = env["GITHUB_RUN_ID"];
  if (!id) return "local";
  return `${id}-${env["GITHUB_RUN_ATTEMPT"] ?? "1"}`;
}
function sourceFrom(env, eventPullRequest) {
  const server = env["GITHUB_SERVER_URL"];
  const repository = env["GITHUB_REPOSITORY"];
  const runId = env["GITHUB_RUN_ID"];
  const pr = /^refs\/pull\/(\d+)\//.exec(env["GITHUB_REF"] ?? "")?.[1];
  return {
    repository,
    sha: env["GITHUB_SHA"],
    pullRequest: eventPullRequest ?? (pr ? Number(pr) : void 0),
    runUrl: server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : void 0
  };
}

// src/render/set-path.ts
var import_yaml = __toESM(require_dist(), 1);
function parseSet(raw) {
  const equals = findAssignment(raw);
  if (equals < 0) return `--set "${raw}" has no "=": write PATH=VALUE, e.g. spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].maxReplicas=2.`;
  const segments = parsePath(raw.slice(0, equals));
  if (typeof segments === "string") return `--set "${raw}": ${segments}`;
  let value;
  try {
    value = (0, import_yaml.parse)(raw.slice(equals + 1));
  } catch {
    return `--set "${raw}": the value is not a YAML scalar; quote it, e.g. '"${raw.slice(equals + 1)}"'.`;
  }
  if (typeof value === "object" && value !== null) return `--set "${raw}": values are scalars (a number, true/false, a string); set list items or keys one by one.`;
  return { raw, segments, value: value ?? null };
}
function findAssignment(raw) {
  let depth = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === "[") depth++;
    else if (ch === "]") depth--;
    else if (ch === "=" && depth === 0) return i;
  }
  return -1;
}
function parsePath(path) {
  const segments = [];
  let i = 0;
  const word = /^[^.[\]=]+/;
  while (i < path.length) {
    if (path[i] === ".") {
      if (i === 0 || path[i + 1] === void 0) return "the path has an empty segment.";
      i++;
      continue;
    }
    if (path[i] === "[") {
      const close = path.indexOf("]", i);
      if (close < 0) return `unclosed "[" at position ${i + 1}.`;
      const inner = path.slice(i + 1, close);
      i = close + 1;
      const quoted = /^"(.*)"$|^'(.*)'$/.exec(inner);
      if (quoted) segments.push(quoted[1] ?? quoted[2] ?? "");
      else if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else if (/^[^=]+=.+$/.test(inner)) {
        const at = inner.indexOf("=");
        segments.push({ key: inner.slice(0, at), value: inner.slice(at + 1) });
      } else return `"[${inner}]" is not an index, a [key=value] selector or a ["quoted key"].`;
      continue;
    }
    const match = word.exec(path.slice(i));
    if (!match) return `unexpected "${path[i]}" at position ${i + 1}.`;
    segments.push(match[0]);
    i += match[0].length;
  }
  return segments.length ? segments : "the path is empty.";
}
function resolveSelectors(segments, root, shown) {
  const out = [];
  let node = root;
  for (const segment of segments) {
    if (typeof segment === "object") {
      const items = list(node);
      if (!Array.isArray(node)) return `${shown}: [${segment.key}=${segment.value}] selects from a list, but ${describe(out)} is not one.`;
      const matches = items.flatMap((item, index) => String(dict(item)[segment.key]) === segment.value ? [index] : []);
      if (matches.length !== 1) {
        const available = items.map((item) => dict(item)[segment.key]).filter((v) => v !== void 0).map(String);
        return `${shown}: ${matches.length === 0 ? "no item" : `${matches.length} items`} of ${describe(out)} with ${segment.key}=${segment.value}${available.length ? ` (there is ${available.map((v) => `${segment.key}=${v}`).join(", ")})` : ""}.`;
      }
      out.push(matches[0]);
      node = items[matches[0]];
    } else {
      if (typeof segment === "number" && !Array.isArray(node)) return `${shown}: [${segment}] indexes a list, but ${describe(out)} is not one.`;
      if (typeof segment === "number" && segment >= list(node).length) return `${shown}: ${describe(out)} has ${list(node).length} item(s); there is no [${segment}].`;
      out.push(segment);
      node = node?.[segment];
    }
  }
  return out;
}
function describe(path) {
  return path.reduce((s, p) => typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${p}` : p, "") || "the document";
}

// src/render/types.ts
var LABELS = {
  managedBy: "app.kubernetes.io/managed-by",
  runId: "rayservice-ci.io/run-id"
};
var ANNOTATIONS = {
  expiresAt: "rayservice-ci.io/expires-at",
  repository: "rayservice-ci.io/source-repository",
  sha: "rayservice-ci.io/source-sha",
  pullRequest: "rayservice-ci.io/source-pull-request",
  runUrl: "rayservice-ci.io/run-url",
  initializingTimeout: INITIALIZING_TIMEOUT_ANNOTATION
};

// src/render/render.ts
var SERVE = ["spec", "serveConfigV2"];
var LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
var CLUSTER_SCOPED = /* @__PURE__ */ new Set(["Namespace", "CustomResourceDefinition", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass", "PriorityClass"]);
var Session = class {
  text;
  docIndex;
  serve;
  constructor(text, docIndex) {
    this.text = text;
    this.docIndex = docIndex;
  }
  get value() {
    return dict(parseYamlFile("", this.text).documents[this.docIndex]?.value);
  }
  get serveText() {
    if (this.serve === void 0) {
      const raw = dict(this.value["spec"])["serveConfigV2"];
      if (typeof raw === "string") this.serve = raw;
    }
    return this.serve;
  }
  get serveValue() {
    const text = this.serveText;
    return text === void 0 ? void 0 : parseYamlFile("", text).documents[0]?.value;
  }
  set(path, value) {
    if (isServePath(path)) this.serve = setIn(this.requireServe(), 0, path.slice(SERVE.length), value);
    else this.text = setIn(this.text, this.docIndex, path, value);
  }
  delete(path) {
    if (isServePath(path)) this.serve = deleteIn(this.requireServe(), 0, path.slice(SERVE.length));
    else this.text = deleteIn(this.text, this.docIndex, path);
  }
  append(path, item) {
    this.text = appendIn(this.text, this.docIndex, path, item);
  }
  commit() {
    if (this.serve !== void 0) this.text = setBlockString(this.text, this.docIndex, SERVE, this.serve);
    return this.text;
  }
  requireServe() {
    const text = this.serveText;
    if (text === void 0) throw new YamlEditError("spec.serveConfigV2 is not a string, so no path can go inside it.");
    return text;
  }
};
function isServePath(path) {
  return path.length > SERVE.length && path[0] === SERVE[0] && path[1] === SERVE[1];
}
function resolve(session, raw) {
  const op = parseSet(raw);
  if (typeof op === "string") return op;
  const head = op.segments.slice(0, 2);
  if (op.segments.length > 2 && head[0] === "spec" && head[1] === "serveConfigV2") {
    if (session.serveText === void 0) return `--set "${raw}": spec.serveConfigV2 is not a string in this manifest.`;
    const inner = resolveSelectors(op.segments.slice(2), session.serveValue, raw);
    return typeof inner === "string" ? inner : [...SERVE, ...inner];
  }
  return resolveSelectors(op.segments, session.value, raw);
}
function parseSecretEnv(raw) {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=([a-z0-9]([-a-z0-9.]*[a-z0-9])?)\/([-._a-zA-Z0-9]+)$/.exec(raw);
  if (!match) return `--secret-env "${raw}" is not NAME=SECRET/KEY (e.g. HF_TOKEN=hf-token/token).`;
  return { env: match[1], secretName: match[2], key: match[4] };
}
function moveToSecret(session, secret) {
  const serve = session.serveValue;
  for (const path of runtimeEnvPaths(serve)) {
    if (secret.env in dict(dict(valueAt(serve, path))["env_vars"])) session.delete([...SERVE, ...path, "env_vars", secret.env]);
  }
  const entry = { name: secret.env, valueFrom: { secretKeyRef: { name: secret.secretName, key: secret.key } } };
  const groups = rayGroups(dict(dict(session.value["spec"])["rayClusterConfig"]), ["spec", "rayClusterConfig"]);
  for (const group of groups) {
    const spec = dict(dict(dict(valueAt(session.value, group.path))["template"])["spec"]);
    list(spec["containers"]).forEach((container, c) => {
      const envPath = [...group.path, "template", "spec", "containers", c, "env"];
      const env = list(dict(container)["env"]);
      const at = env.findIndex((e) => dict(e)["name"] === secret.env);
      if (at >= 0) {
        const current = dict(env[at]);
        if (JSON.stringify(current["valueFrom"]) !== JSON.stringify(entry.valueFrom) || "value" in current) session.set([...envPath, at], entry);
      } else if (c === 0) {
        session.append(envPath, entry);
      }
    });
  }
}
function renderManifest(file, text, options) {
  const problems = [];
  const parsed = parseYamlFile(file, text);
  const syntax = parsed.documents.flatMap((d) => d.problems.map((p) => `${file}:${p.span.start.line}:${p.span.start.column}: ${p.message}`));
  if (syntax.length) return { ok: false, problems: syntax, findings: [] };
  const indexes = parsed.documents.flatMap((d, i) => dict(d.value)["kind"] === "RayService" ? [i] : []);
  if (indexes.length !== 1) {
    return { ok: false, problems: [`${file} holds ${indexes.length} RayService documents; render takes a file with exactly one.`], findings: [] };
  }
  if (!DNS_LABEL.test(options.namespace)) problems.push(`Namespace "${options.namespace}" is not a DNS label (lowercase letters, digits, "-", at most 63 characters).`);
  if (!LABEL_VALUE.test(options.runId)) problems.push(`Run id "${options.runId}" cannot be a label value (letters, digits, "-", "_", ".", at most 63 characters, starting and ending alphanumeric).`);
  if (options.name !== void 0 && (options.name.length > MAX_RAYSERVICE_NAME || !DNS_1035_LABEL.test(options.name))) {
    problems.push(`Name "${options.name}" must be a DNS-1035 label of at most ${MAX_RAYSERVICE_NAME} characters (KubeRay's limit for a RayService).`);
  }
  const secrets = [];
  for (const raw of options.secretEnv ?? []) {
    const secret = parseSecretEnv(raw);
    if (typeof secret === "string") problems.push(secret);
    else secrets.push(secret);
  }
  if (problems.length) return { ok: false, problems, findings: [] };
  const docIndex = indexes[0];
  let session = new Session(text, docIndex);
  try {
    for (const raw of options.sets ?? []) {
      const path = resolve(session, raw);
      if (typeof path === "string") {
        problems.push(path);
        continue;
      }
      const op = parseSet(raw);
      session.set(path, op.value);
    }
    for (const secret of secrets) moveToSecret(session, secret);
    if (problems.length) return { ok: false, problems, findings: [] };
    let out = session.commit();
    parsed.documents.forEach((doc, i) => {
      const value = dict(doc.value);
      if (typeof value["kind"] === "string" && !CLUSTER_SCOPED.has(value["kind"])) out = setIn(out, i, ["metadata", "namespace"], options.namespace);
    });
    session = new Session(out, docIndex);
    const before = session.value;
    const metadata = dict(before["metadata"]);
    if (options.name !== void 0) session.set(["metadata", "name"], options.name);
    const labels = { [LABELS.managedBy]: "rayservice-ci", [LABELS.runId]: options.runId };
    for (const [key, value] of Object.entries(labels)) session.set(["metadata", "labels", key], value);
    for (const group of rayGroups(dict(dict(before["spec"])["rayClusterConfig"]), ["spec", "rayClusterConfig"])) {
      for (const [key, value] of Object.entries(labels)) session.set([...group.path, "template", "metadata", "labels", key], value);
    }
    const annotations = dict(metadata["annotations"]);
    const sameRun = dict(metadata["labels"])[LABELS.runId] === options.runId;
    const previous = stringOr(annotations[ANNOTATIONS.expiresAt], void 0);
    const expiresAt = sameRun && previous !== void 0 ? previous : new Date(options.now.getTime() + options.ttlMs).toISOString().replace(/\.\d{3}Z$/, "Z");
    session.set(["metadata", "annotations", ANNOTATIONS.expiresAt], expiresAt);
    const source = options.source ?? {};
    const sourceAnnotations = [
      [ANNOTATIONS.repository, source.repository],
      [ANNOTATIONS.sha, source.sha],
      [ANNOTATIONS.pullRequest, source.pullRequest === void 0 ? void 0 : String(source.pullRequest)],
      [ANNOTATIONS.runUrl, source.runUrl],
      [ANNOTATIONS.initializingTimeout, options.initializingTimeout]
    ];
    for (const [key, value] of sourceAnnotations) if (value !== void 0) session.set(["metadata", "annotations", key], value);
    out = session.commit();
    const lint = lintText(file, out);
    const errors = lint.findings.filter((f) => f.severity === "error");
    if (errors.length) {
      return { ok: false, problems: errors.map((f) => `rendered manifest: line ${f.line}:${f.column}: ${f.message} [${f.ruleId}]`), findings: lint.findings };
    }
    const name = options.name ?? stringOr(metadata["name"], "");
    return {
      ok: true,
      text: out,
      findings: lint.findings,
      result: { apiVersion: API_VERSION, kind: "RenderedManifest", manifest: void 0, namespace: options.namespace, name, runId: options.runId, expiresAt, labels, secrets }
    };
  } catch (error) {
    if (error instanceof YamlEditError) return { ok: false, problems: [error.message], findings: [] };
    throw error;
  }
}

// src/render/run.ts
function defaultNamespace(runId) {
  return `rayservice-ci-${runId.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}`.slice(0, 63).replace(/-+$/, "");
}
async function write(path, text) {
  return writeFile(path, text).then(() => void 0, (error) => `Cannot write ${path}: ${error.code ?? error.message}.`);
}
async function runRender(context, request) {
  const input = (problem) => ({ ok: false, kind: "input", problems: [problem] });
  const ttlMs = parseDuration(request.ttl ?? "6h");
  if (typeof ttlMs === "string") return input(`ttl: ${ttlMs}`);
  const initializingTimeout = request.initializingTimeout === void 0 ? void 0 : kubeRayTimeout(request.initializingTimeout);
  if (initializingTimeout?.problem) return input(`initializing-timeout: ${initializingTimeout.problem}`);
  const text = await readFile(resolve2(context.cwd, request.manifest), "utf8").catch((error) => error);
  if (typeof text !== "string") return input(`Cannot read ${request.manifest}: ${text.code === "ENOENT" ? "no such file" : text.message}.`);
  const runId = request.runId ?? runIdFrom(context.env);
  const outcome = renderManifest(request.manifest, text, {
    namespace: request.namespace ?? defaultNamespace(runId),
    runId,
    name: request.name,
    sets: request.sets,
    secretEnv: request.secretEnv,
    ttlMs,
    now: context.now(),
    source: sourceFrom(context.env),
    initializingTimeout: initializingTimeout?.value
  });
  if (!outcome.ok) return { ok: false, kind: "invalid", problems: outcome.problems };
  const result = { ...outcome.result, manifest: request.output };
  if (request.output !== void 0) {
    const problem = await write(resolve2(context.cwd, request.output), outcome.text);
    if (problem) return input(problem);
  }
  if (request.resultFile !== void 0) {
    const problem = await write(resolve2(context.cwd, request.resultFile), `${JSON.stringify(result, null, 2)}
`);
    if (problem) return input(problem);
  }
  return { ok: true, result, text: outcome.text };
}
function kubeRayTimeout(text) {
  const notPositive = { problem: `"${text}" is not above zero; KubeRay refuses a timeout of zero or less.` };
  const asKubeRay = initializingTimeoutOf(text);
  if ("ms" in asKubeRay) return { value: text };
  if (asKubeRay.problem === "not-positive") return notPositive;
  const ms = parseDuration(text);
  if (typeof ms === "string") return { problem: ms };
  return ms > 0 ? { value: formatGoDuration(ms) } : notPositive;
}

export {
  runRender
};
