// Prepares a RayService manifest for one test run: namespace, name, run labels on the RayService and on every
// pod template (KubeRay does not copy RayService labels to pods), expiry and source annotations, --set
// overrides (also inside serveConfigV2) and plaintext env vars moved into Secrets. Edits are splices, so the
// rest of the file stays as written; rendering a rendered file with the same arguments changes nothing.
import { appendIn, deleteIn, parseYamlFile, setBlockString, setIn, YamlEditError, type YamlPath } from '../manifest/index.ts';
import { dict, list, rayGroups, runtimeEnvPaths, stringOr, valueAt } from '../ray/index.ts';
import { lintText, type Finding } from '../lint/index.ts';
import { DNS_1035_LABEL, MAX_RAYSERVICE_NAME } from '../ray/index.ts';
import { API_VERSION } from '../contracts/index.ts';
import { parseSet, resolveSelectors } from './set-path.ts';
import { ANNOTATIONS, LABELS, type RenderedManifest, type RenderSource, type SecretReference } from './types.ts';

export interface RenderOptions {
  readonly namespace: string;
  readonly runId: string;
  readonly name?: string | undefined;
  readonly sets?: readonly string[];
  readonly secretEnv?: readonly string[];
  /** How long the janitor lets the namespace live, from `now`. */
  readonly ttlMs: number;
  readonly now: Date;
  readonly source?: RenderSource;
  readonly initializingTimeout?: string | undefined;
}

export type RenderOutcome =
  | { readonly ok: true; readonly text: string; readonly result: RenderedManifest; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly problems: readonly string[]; readonly findings: readonly Finding[] };

const SERVE: YamlPath = ['spec', 'serveConfigV2'];
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const CLUSTER_SCOPED = new Set(['Namespace', 'CustomResourceDefinition', 'ClusterRole', 'ClusterRoleBinding', 'PersistentVolume', 'StorageClass', 'PriorityClass']);

/** Edits of the outer text and of the Serve config inside it, written back together. */
class Session {
  text: string;
  readonly docIndex: number;
  private serve: string | undefined;

  constructor(text: string, docIndex: number) {
    this.text = text;
    this.docIndex = docIndex;
  }

  get value(): Record<string, unknown> {
    return dict(parseYamlFile('', this.text).documents[this.docIndex]?.value);
  }

  get serveText(): string | undefined {
    if (this.serve === undefined) {
      const raw = dict(this.value['spec'])['serveConfigV2'];
      if (typeof raw === 'string') this.serve = raw;
    }
    return this.serve;
  }

  get serveValue(): unknown {
    const text = this.serveText;
    return text === undefined ? undefined : parseYamlFile('', text).documents[0]?.value;
  }

  set(path: YamlPath, value: unknown): void {
    if (isServePath(path)) this.serve = setIn(this.requireServe(), 0, path.slice(SERVE.length), value);
    else this.text = setIn(this.text, this.docIndex, path, value);
  }

  delete(path: YamlPath): void {
    if (isServePath(path)) this.serve = deleteIn(this.requireServe(), 0, path.slice(SERVE.length));
    else this.text = deleteIn(this.text, this.docIndex, path);
  }

  append(path: YamlPath, item: unknown): void {
    this.text = appendIn(this.text, this.docIndex, path, item);
  }

  commit(): string {
    if (this.serve !== undefined) this.text = setBlockString(this.text, this.docIndex, SERVE, this.serve);
    return this.text;
  }

  private requireServe(): string {
    const text = this.serveText;
    if (text === undefined) throw new YamlEditError('spec.serveConfigV2 is not a string, so no path can go inside it.');
    return text;
  }
}

function isServePath(path: YamlPath): boolean {
  return path.length > SERVE.length && path[0] === SERVE[0] && path[1] === SERVE[1];
}

function resolve(session: Session, raw: string): YamlPath | string {
  const op = parseSet(raw);
  if (typeof op === 'string') return op;
  const head = op.segments.slice(0, 2);
  if (op.segments.length > 2 && head[0] === 'spec' && head[1] === 'serveConfigV2') {
    if (session.serveText === undefined) return `--set "${raw}": spec.serveConfigV2 is not a string in this manifest.`;
    const inner = resolveSelectors(op.segments.slice(2), session.serveValue, raw);
    return typeof inner === 'string' ? inner : [...SERVE, ...inner];
  }
  return resolveSelectors(op.segments, session.value, raw);
}

function parseSecretEnv(raw: string): SecretReference | string {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)=([a-z0-9]([-a-z0-9.]*[a-z0-9])?)\/([-._a-zA-Z0-9]+)$/.exec(raw);
  if (!match) return `--secret-env "${raw}" is not NAME=SECRET/KEY (e.g. HF_TOKEN=hf-token/token).`;
  return { env: match[1]!, secretName: match[2]!, key: match[4]! };
}

function moveToSecret(session: Session, secret: SecretReference): void {
  const serve = session.serveValue;
  for (const path of runtimeEnvPaths(serve)) {
    if (secret.env in dict(dict(valueAt(serve, path))['env_vars'])) session.delete([...SERVE, ...path, 'env_vars', secret.env]);
  }
  const entry = { name: secret.env, valueFrom: { secretKeyRef: { name: secret.secretName, key: secret.key } } };
  const groups = rayGroups(dict(dict(session.value['spec'])['rayClusterConfig']), ['spec', 'rayClusterConfig']);
  for (const group of groups) {
    const spec = dict(dict(dict(valueAt(session.value, group.path))['template'])['spec']);
    list(spec['containers']).forEach((container, c) => {
      const envPath = [...group.path, 'template', 'spec', 'containers', c, 'env'];
      const env = list(dict(container)['env']);
      const at = env.findIndex((e) => dict(e)['name'] === secret.env);
      if (at >= 0) {
        const current = dict(env[at]);
        if (JSON.stringify(current['valueFrom']) !== JSON.stringify(entry.valueFrom) || 'value' in current) session.set([...envPath, at], entry);
      } else if (c === 0) {
        // Ray workers inherit the container's environment, so container[0] of every group is enough.
        session.append(envPath, entry);
      }
    });
  }
}

export function renderManifest(file: string, text: string, options: RenderOptions): RenderOutcome {
  const problems: string[] = [];
  const parsed = parseYamlFile(file, text);
  const syntax = parsed.documents.flatMap((d) => d.problems.map((p) => `${file}:${p.span.start.line}:${p.span.start.column}: ${p.message}`));
  if (syntax.length) return { ok: false, problems: syntax, findings: [] };
  const indexes = parsed.documents.flatMap((d, i) => (dict(d.value)['kind'] === 'RayService' ? [i] : []));
  if (indexes.length !== 1) {
    return { ok: false, problems: [`${file} holds ${indexes.length} RayService documents; render takes a file with exactly one.`], findings: [] };
  }
  if (!DNS_LABEL.test(options.namespace)) problems.push(`Namespace "${options.namespace}" is not a DNS label (lowercase letters, digits, "-", at most 63 characters).`);
  if (!LABEL_VALUE.test(options.runId)) problems.push(`Run id "${options.runId}" cannot be a label value (letters, digits, "-", "_", ".", at most 63 characters, starting and ending alphanumeric).`);
  if (options.name !== undefined && (options.name.length > MAX_RAYSERVICE_NAME || !DNS_1035_LABEL.test(options.name))) {
    problems.push(`Name "${options.name}" must be a DNS-1035 label of at most ${MAX_RAYSERVICE_NAME} characters (KubeRay's limit for a RayService).`);
  }
  const secrets: SecretReference[] = [];
  for (const raw of options.secretEnv ?? []) {
    const secret = parseSecretEnv(raw);
    if (typeof secret === 'string') problems.push(secret);
    else secrets.push(secret);
  }
  if (problems.length) return { ok: false, problems, findings: [] };

  const docIndex = indexes[0]!;
  let session = new Session(text, docIndex);
  try {
    for (const raw of options.sets ?? []) {
      const path = resolve(session, raw);
      if (typeof path === 'string') {
        problems.push(path);
        continue;
      }
      const op = parseSet(raw) as Exclude<ReturnType<typeof parseSet>, string>;
      session.set(path, op.value);
    }
    for (const secret of secrets) moveToSecret(session, secret);
    if (problems.length) return { ok: false, problems, findings: [] };
    let out = session.commit();

    // Namespace on every namespaced document of the file (Secrets or ConfigMaps shipped beside the RayService).
    parsed.documents.forEach((doc, i) => {
      const value = dict(doc.value);
      if (typeof value['kind'] === 'string' && !CLUSTER_SCOPED.has(value['kind'])) out = setIn(out, i, ['metadata', 'namespace'], options.namespace);
    });
    session = new Session(out, docIndex);
    const before = session.value;
    const metadata = dict(before['metadata']);
    if (options.name !== undefined) session.set(['metadata', 'name'], options.name);
    const labels = { [LABELS.managedBy]: 'rayservice-ci', [LABELS.runId]: options.runId };
    for (const [key, value] of Object.entries(labels)) session.set(['metadata', 'labels', key], value);
    for (const group of rayGroups(dict(dict(before['spec'])['rayClusterConfig']), ['spec', 'rayClusterConfig'])) {
      for (const [key, value] of Object.entries(labels)) session.set([...group.path, 'template', 'metadata', 'labels', key], value);
    }
    // Re-rendering the same run keeps its expiry: rendering is idempotent, not a lease renewal.
    const annotations = dict(metadata['annotations']);
    const sameRun = dict(metadata['labels'])[LABELS.runId] === options.runId;
    const previous = stringOr(annotations[ANNOTATIONS.expiresAt], undefined);
    const expiresAt = sameRun && previous !== undefined ? previous : new Date(options.now.getTime() + options.ttlMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
    session.set(['metadata', 'annotations', ANNOTATIONS.expiresAt], expiresAt);
    const source = options.source ?? {};
    const sourceAnnotations: [string, string | undefined][] = [
      [ANNOTATIONS.repository, source.repository],
      [ANNOTATIONS.sha, source.sha],
      [ANNOTATIONS.pullRequest, source.pullRequest === undefined ? undefined : String(source.pullRequest)],
      [ANNOTATIONS.runUrl, source.runUrl],
      [ANNOTATIONS.initializingTimeout, options.initializingTimeout],
    ];
    for (const [key, value] of sourceAnnotations) if (value !== undefined) session.set(['metadata', 'annotations', key], value);
    out = session.commit();

    const lint = lintText(file, out);
    const errors = lint.findings.filter((f) => f.severity === 'error');
    if (errors.length) {
      return { ok: false, problems: errors.map((f) => `rendered manifest: line ${f.line}:${f.column}: ${f.message} [${f.ruleId}]`), findings: lint.findings };
    }
    const name = options.name ?? stringOr(metadata['name'], '');
    return {
      ok: true,
      text: out,
      findings: lint.findings,
      result: { apiVersion: API_VERSION, kind: 'RenderedManifest', manifest: undefined, namespace: options.namespace, name, runId: options.runId, expiresAt, labels, secrets },
    };
  } catch (error) {
    if (error instanceof YamlEditError) return { ok: false, problems: [error.message], findings: [] };
    throw error;
  }
}
