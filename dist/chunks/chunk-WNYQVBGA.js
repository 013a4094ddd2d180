import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  lintText
} from "./chunk-NUJ64NSH.js";
import {
  DNS_1035_LABEL,
  INITIALIZING_TIMEOUT_ANNOTATION,
  MAX_RAYSERVICE_NAME,
  dict,
  formatGoDuration,
  initializingTimeoutOf,
  list,
  rayGroups,
  runtimeEnvPaths,
  stringOr,
  valueAt
} from "./chunk-2Z6IFJBU.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-65SL3IB2.js";
import {
  API_VERSION,
  FlowStyleError,
  YAML_LIMITS,
  YamlEditError,
  appendIn,
  defineContract,
  deleteIn,
  formatYamlPath,
  parseYamlFile,
  setBlockString,
  setIn,
  toBlockStyle,
  writeContract,
  writeText
} from "./chunk-FO2DCR53.js";
import {
  require_dist
} from "./chunk-7UO7HX7F.js";
import {
  describeValue,
  plaintextCredentialPaths,
  safeInline
} from "./chunk-46TLH3BL.js";
import {
  __toESM
} from "./chunk-S5ZBFXNU.js";

// src/render/run.ts
import { readFile, stat } from "node:fs/promises";
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

// src/render/session.ts
var SERVE = ["spec", "serveConfigV2"];
function isServePath(path) {
  return path.length > SERVE.length && path[0] === SERVE[0] && path[1] === SERVE[1];
}
function editBlock(text, edit, notes, what) {
  try {
    return edit(text);
  } catch (error) {
    if (!(error instanceof FlowStyleError)) throw error;
    notes.push(`${what} was written in flow style ({\u2026}, as JSON is); it is rendered in block style (${error.message})`);
    return edit(toBlockStyle(text));
  }
}
var Session = class {
  outer;
  outerValue;
  serve;
  serveParsed;
  notes;
  /** `text` holds exactly one document: the RayService. */
  constructor(text, notes) {
    this.outer = text;
    this.notes = notes;
  }
  get value() {
    this.outerValue ??= dict(parseYamlFile("", this.outer).documents[0]?.value);
    return this.outerValue;
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
    if (text === void 0) return void 0;
    if (this.serveParsed?.text !== text)
      this.serveParsed = { text, value: parseYamlFile("", text).documents[0]?.value };
    return this.serveParsed.value;
  }
  set(path, value) {
    if (isServePath(path)) this.editServe((text) => setIn(text, 0, path.slice(SERVE.length), value));
    else this.editOuter((text) => setIn(text, 0, path, value));
  }
  delete(path) {
    if (isServePath(path)) this.editServe((text) => deleteIn(text, 0, path.slice(SERVE.length)));
    else this.editOuter((text) => deleteIn(text, 0, path));
  }
  append(path, item) {
    this.editOuter((text) => appendIn(text, 0, path, item));
  }
  /** The document's text with the Serve config written back (as a block literal) when it changed. */
  commit() {
    const serve = this.serve;
    if (serve !== void 0) this.editOuter((text) => setBlockString(text, 0, SERVE, serve));
    return this.outer;
  }
  editOuter(edit) {
    this.outer = editBlock(this.outer, edit, this.notes, "The RayService");
    this.outerValue = void 0;
  }
  editServe(edit) {
    const text = this.serveText;
    if (text === void 0) throw new YamlEditError("spec.serveConfigV2 is not a string, so no path can go inside it.");
    this.serve = editBlock(text, edit, this.notes, "spec.serveConfigV2");
  }
};

// src/render/secret-env.ts
var CONTAINER_LISTS = ["containers", "initContainers", "ephemeralContainers"];
var CLUSTER = ["spec", "rayClusterConfig"];
function parseSecretEnv(raws) {
  const secrets = [];
  const problems = [];
  for (const raw of raws) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=([a-z0-9]([-a-z0-9.]*[a-z0-9])?)\/([-._a-zA-Z0-9]+)$/.exec(raw);
    if (!match) {
      problems.push(`--secret-env "${safeInline(raw)}" is not NAME=SECRET/KEY (e.g. HF_TOKEN=hf-token/token).`);
      continue;
    }
    const secret = { env: match[1], secretName: match[2], key: match[4] };
    if (secrets.some((s) => s.env === secret.env)) {
      problems.push(`--secret-env names ${secret.env} more than once; give each variable one Secret.`);
      continue;
    }
    secrets.push(secret);
  }
  return { secrets, problems };
}
function secretEntry(secret) {
  return { name: secret.env, valueFrom: { secretKeyRef: { name: secret.secretName, key: secret.key } } };
}
function moveToSecret(session, secret) {
  const serve = session.serveValue;
  for (const path of runtimeEnvPaths(serve)) {
    if (secret.env in dict(dict(valueAt(serve, path))["env_vars"]))
      session.delete([...SERVE, ...path, "env_vars", secret.env]);
  }
  const entry = secretEntry(secret);
  const replaceIn = (envPath, env) => {
    const at = env.findIndex((e) => dict(e)["name"] === secret.env);
    if (at < 0) return false;
    const current = dict(env[at]);
    if (JSON.stringify(current["valueFrom"]) !== JSON.stringify(entry.valueFrom) || "value" in current)
      session.set([...envPath, at], entry);
    return true;
  };
  for (const group of rayGroups(dict(dict(session.value["spec"])["rayClusterConfig"]), CLUSTER)) {
    const spec = dict(dict(dict(valueAt(session.value, group.path))["template"])["spec"]);
    let present = false;
    for (const kind of CONTAINER_LISTS) {
      list(spec[kind]).forEach((container, c) => {
        present = replaceIn([...group.path, "template", "spec", kind, c, "env"], list(dict(container)["env"])) || present;
      });
    }
    if (!present && list(spec["containers"]).length > 0)
      session.append([...group.path, "template", "spec", "containers", 0, "env"], entry);
  }
  const autoscaler = [...CLUSTER, "autoscalerOptions", "env"];
  replaceIn(autoscaler, list(valueAt(session.value, autoscaler)));
}
function plaintextLeft(session, name) {
  const found = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        const entry = dict(item);
        if (entry["name"] === name && "value" in entry) found.push(formatYamlPath([...path, i]));
        walk(item, [...path, i]);
      });
    } else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key === "env_vars" && typeof child === "object" && child !== null && name in child)
          found.push(formatYamlPath([...path, key, name]));
        walk(child, [...path, key]);
      }
    }
  };
  walk(session.value, []);
  walk(session.serveValue, SERVE);
  return found;
}
function plaintextCredentials(session) {
  const spec = dict(session.value["spec"]);
  const outer = typeof spec["serveConfigV2"] === "string" ? { ...session.value, spec: { ...spec, serveConfigV2: void 0 } } : session.value;
  return [...plaintextCredentialPaths(outer), ...plaintextCredentialPaths(session.serveValue, SERVE)].map(
    (path) => formatYamlPath(path)
  );
}

// src/render/set-path.ts
var import_yaml = __toESM(require_dist(), 1);
function parseSet(raw) {
  const equals = findAssignment(raw);
  if (equals < 0)
    return `--set "${raw}" has no "=": write PATH=VALUE, e.g. spec.rayClusterConfig.workerGroupSpecs[groupName=gpu].maxReplicas=2.`;
  const segments = parsePath(raw.slice(0, equals));
  if (typeof segments === "string") return `--set "${raw}": ${segments}`;
  const text = raw.slice(equals + 1);
  const value = parseScalar(text);
  if (value === void 0) return `--set "${raw}": the value is not a YAML scalar; quote it, e.g. '"${text}"'.`;
  if (typeof value === "object" && value !== null)
    return `--set "${raw}": values are scalars (a number, true/false, a string); set list items or keys one by one.`;
  return { raw, segments, value };
}
function parseScalar(text) {
  if (text.trim() === "") return "";
  const docs = (0, import_yaml.parseAllDocuments)(text, { logLevel: "error" });
  if (!Array.isArray(docs) || docs.length !== 1 || docs[0].errors.length) return void 0;
  const value = docs[0].toJS({ maxAliasCount: 0 });
  if (value === null || value === void 0) return /^\s*(null|Null|NULL|~)\s*$/.test(text) ? null : void 0;
  return value;
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
      if (!Array.isArray(node))
        return `${shown}: [${segment.key}=${segment.value}] selects from a list, but ${formatYamlPath(out)} is not one.`;
      const matches = items.flatMap(
        (item, index) => String(dict(item)[segment.key]) === segment.value ? [index] : []
      );
      if (matches.length !== 1) {
        const available = items.map((item) => dict(item)[segment.key]).filter((v) => v !== void 0).map((v) => describeValue(v, segment.key));
        return `${shown}: ${matches.length === 0 ? "no item" : `${matches.length} items`} of ${formatYamlPath(out)} with ${segment.key}=${segment.value}${available.length ? ` (there is ${available.map((v) => `${segment.key}=${v}`).join(", ")})` : ""}.`;
      }
      out.push(matches[0]);
      node = items[matches[0]];
    } else {
      if (typeof segment === "number" && !Array.isArray(node))
        return `${shown}: [${segment}] indexes a list, but ${formatYamlPath(out)} is not one.`;
      if (typeof segment === "number" && segment >= list(node).length)
        return `${shown}: ${formatYamlPath(out)} has ${list(node).length} item(s); there is no [${segment}].`;
      out.push(segment);
      node = node?.[segment];
    }
  }
  return out;
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
var renderedManifestSchema = {
  type: "object",
  required: ["apiVersion", "kind", "namespace", "name", "runId", "expiresAt", "labels", "secrets"],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: "RenderedManifest" },
    manifest: { type: "string" },
    namespace: { type: "string" },
    name: { type: "string" },
    runId: { type: "string" },
    expiresAt: { type: "string" },
    labels: { type: "object", additionalProperties: { type: "string" } },
    secrets: {
      type: "array",
      items: {
        type: "object",
        required: ["env", "secretName", "key"],
        properties: { env: { type: "string" }, secretName: { type: "string" }, key: { type: "string" } }
      }
    }
  }
};
var RENDERED_MANIFEST = defineContract("RenderedManifest", renderedManifestSchema);

// src/render/render.ts
var LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "CustomResourceDefinition",
  "ClusterRole",
  "ClusterRoleBinding",
  "PersistentVolume",
  "StorageClass",
  "PriorityClass"
]);
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
function renderManifest(file, original, options) {
  const crlf = original.includes("\r\n");
  const text = crlf ? original.replaceAll("\r\n", "\n") : original;
  const problems = [];
  const parsed = parseYamlFile(file, text);
  const syntax = parsed.documents.flatMap(
    (d) => d.problems.map((p) => `${file}:${p.span.start.line}:${p.span.start.column}: ${safeInline(p.message)}`)
  );
  if (syntax.length) return { ok: false, problems: syntax, findings: [] };
  const indexes = parsed.documents.flatMap((d, i) => dict(d.value)["kind"] === "RayService" ? [i] : []);
  if (indexes.length !== 1) {
    return {
      ok: false,
      problems: [`${file} holds ${indexes.length} RayService documents; render takes a file with exactly one.`],
      findings: []
    };
  }
  if (!DNS_LABEL.test(options.namespace))
    problems.push(
      `Namespace "${safeInline(options.namespace)}" is not a DNS label (lowercase letters, digits, "-", at most 63 characters).`
    );
  if (!LABEL_VALUE.test(options.runId))
    problems.push(
      `Run id "${safeInline(options.runId)}" cannot be a label value (letters, digits, "-", "_", ".", at most 63 characters, starting and ending alphanumeric).`
    );
  if (options.name !== void 0 && (options.name.length > MAX_RAYSERVICE_NAME || !DNS_1035_LABEL.test(options.name))) {
    problems.push(
      `Name "${safeInline(options.name)}" must be a DNS-1035 label of at most ${MAX_RAYSERVICE_NAME} characters (KubeRay's limit for a RayService).`
    );
  }
  const expiry = new Date(options.now.getTime() + options.ttlMs);
  if (!Number.isFinite(expiry.getTime())) problems.push(`The expiry (now + ttl) is not a date; give a shorter ttl.`);
  const { secrets, problems: secretProblems } = parseSecretEnv(options.secretEnv ?? []);
  problems.push(...secretProblems);
  if (problems.length) return { ok: false, problems, findings: [] };
  const docIndex = indexes[0];
  const notes = [];
  const slices = parsed.slices.map(([start, end]) => text.slice(start, end));
  try {
    const session = new Session(slices[docIndex], notes);
    const metadata = dict(session.value["metadata"]);
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
    const reported = /* @__PURE__ */ new Set();
    for (const secret of secrets) {
      const left = plaintextLeft(session, secret.env);
      left.forEach((path) => reported.add(path));
      if (left.length)
        problems.push(
          `--secret-env ${secret.env}: a plaintext value is still written at ${left.join(", ")}, where render cannot replace it; move it into the Secret by hand.`
        );
    }
    for (const path of plaintextCredentials(session)) {
      if (reported.has(path)) continue;
      problems.push(
        `A credential is written in plain text at ${path} (under a credential's name, or shaped like a token); move it into a Secret with --secret-env NAME=SECRET/KEY, or remove it.`
      );
    }
    if (problems.length) return { ok: false, problems, findings: [] };
    if (options.name !== void 0) session.set(["metadata", "name"], options.name);
    const labels = { [LABELS.managedBy]: "rayservice-ci", [LABELS.runId]: options.runId };
    for (const [key, value] of Object.entries(labels)) session.set(["metadata", "labels", key], value);
    for (const group of rayGroups(dict(dict(session.value["spec"])["rayClusterConfig"]), [
      "spec",
      "rayClusterConfig"
    ])) {
      for (const [key, value] of Object.entries(labels))
        session.set([...group.path, "template", "metadata", "labels", key], value);
    }
    const annotations = dict(metadata["annotations"]);
    const sameRun = dict(metadata["labels"])[LABELS.runId] === options.runId;
    const previous = stringOr(annotations[ANNOTATIONS.expiresAt], void 0);
    const expiresAt = sameRun && previous !== void 0 ? previous : expiry.toISOString().replace(/\.\d{3}Z$/, "Z");
    session.set(["metadata", "annotations", ANNOTATIONS.expiresAt], expiresAt);
    const source = options.source ?? {};
    const sourceAnnotations = [
      [ANNOTATIONS.repository, source.repository],
      [ANNOTATIONS.sha, source.sha],
      [ANNOTATIONS.pullRequest, source.pullRequest === void 0 ? void 0 : String(source.pullRequest)],
      [ANNOTATIONS.runUrl, source.runUrl],
      [ANNOTATIONS.initializingTimeout, options.initializingTimeout]
    ];
    for (const [key, value] of sourceAnnotations)
      if (value !== void 0) session.set(["metadata", "annotations", key], value);
    slices[docIndex] = session.commit();
    parsed.documents.forEach((doc, i) => {
      const kind = dict(doc.value)["kind"];
      if (typeof kind === "string" && !CLUSTER_SCOPED.has(kind)) {
        slices[i] = editBlock(
          slices[i],
          (t) => setIn(t, 0, ["metadata", "namespace"], options.namespace),
          notes,
          `Document ${i + 1} (${kind})`
        );
      }
    });
    const out = slices.join("");
    const errors = introducedErrors(file, text, out);
    if (errors.problems.length) return { ok: false, problems: errors.problems, findings: errors.findings };
    const name = options.name ?? stringOr(metadata["name"], "");
    return {
      ok: true,
      text: crlf ? out.replaceAll("\n", "\r\n") : out,
      findings: errors.findings,
      notes,
      result: {
        apiVersion: API_VERSION,
        kind: "RenderedManifest",
        manifest: void 0,
        namespace: options.namespace,
        name,
        runId: options.runId,
        expiresAt,
        labels,
        secrets
      }
    };
  } catch (error) {
    if (error instanceof YamlEditError) return { ok: false, problems: [safeInline(error.message)], findings: [] };
    throw error;
  }
}
function introducedErrors(file, input, output) {
  const lint = lintText(file, output);
  const errors = lint.findings.filter((f) => f.severity === "error");
  if (errors.length === 0) return { problems: [], findings: lint.findings };
  const inInput = lintText(file, input).findings.filter((f) => f.severity === "error");
  const problems = errors.map((f) => {
    const same = inInput.findIndex((g2) => g2.ruleId === f.ruleId && g2.message === f.message);
    if (same < 0) return `after --set/--secret-env: ${safeInline(f.message)} [${f.ruleId}]`;
    const [g] = inInput.splice(same, 1);
    return `${file}:${g.line}:${g.column}: ${safeInline(g.message)} [${g.ruleId}]`;
  });
  return { problems, findings: lint.findings };
}

// src/render/run.ts
var MAX_TTL_MS = 30 * 864e5;
function defaultNamespace(runId) {
  return `rayservice-ci-${runId.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}`.slice(0, 63).replace(/-+$/, "");
}
async function runRender(context, request) {
  const input = (problem) => ({ ok: false, kind: "input", problems: [problem] });
  const ttlMs = parseDuration(request.ttl ?? "6h");
  if (typeof ttlMs === "string") return input(`ttl: ${ttlMs}`);
  if (ttlMs > MAX_TTL_MS)
    return input(
      `ttl: ${request.ttl} is longer than ${formatDuration(MAX_TTL_MS)}, the longest a test namespace may live before the janitor removes it; give a shorter one.`
    );
  const initializingTimeout = request.initializingTimeout === void 0 ? void 0 : kubeRayTimeout(request.initializingTimeout);
  if (initializingTimeout?.problem) return input(`initializing-timeout: ${initializingTimeout.problem}`);
  const path = resolve2(context.cwd, request.manifest);
  const size = await stat(path).then(
    (s) => s.size,
    () => 0
  );
  if (size > YAML_LIMITS.maxBytes)
    return input(
      `${request.manifest} is ${(size / 1024 / 1024).toFixed(1)} MB; render reads manifests up to ${YAML_LIMITS.maxBytes / 1024 / 1024} MB.`
    );
  const text = await readFile(path, "utf8").catch((error) => error);
  if (typeof text !== "string")
    return input(
      `Cannot read ${request.manifest}: ${text.code === "ENOENT" ? "no such file" : text.code ?? text.message}.`
    );
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
    const problem = await writeText(resolve2(context.cwd, request.output), outcome.text);
    if (problem) return input(problem);
  }
  if (request.resultFile !== void 0) {
    const problem = await writeContract(resolve2(context.cwd, request.resultFile), RENDERED_MANIFEST, result);
    if (problem) return input(problem);
  }
  return { ok: true, result, text: outcome.text, notes: outcome.notes };
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
  LABELS,
  ANNOTATIONS,
  RENDERED_MANIFEST,
  runIdFrom,
  runRender
};
