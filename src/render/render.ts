// Prepares a RayService manifest for one test run: namespace, name, run labels on the RayService and on every
// pod template (KubeRay does not copy RayService labels to pods), expiry and source annotations, --set
// overrides (also inside serveConfigV2) and plaintext env vars moved into Secrets. Edits are splices on each
// document's own text, so the rest of the file stays as written (line endings included) and the cost stays linear
// in the file; rendering a rendered file with the same arguments changes nothing.
import { parseYamlFile, setIn, YamlEditError, type YamlPath } from '../manifest/index.ts';
import { dict, rayGroups, stringOr } from '../ray/index.ts';
import { lintText, type Finding } from '../lint/index.ts';
import { DNS_1035_LABEL, MAX_RAYSERVICE_NAME } from '../ray/index.ts';
import { API_VERSION } from '../contracts/index.ts';
import { safeInline } from '../sanitize/index.ts';
import { moveToSecret, parseSecretEnv, plaintextCredentials, plaintextLeft } from './secret-env.ts';
import { editBlock, Session, SERVE } from './session.ts';
import { parseSet, resolveSelectors } from './set-path.ts';
import { ANNOTATIONS, LABELS, type RenderedManifest, type RenderSource } from './types.ts';

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
  /** `notes`: what render did that a user should know (a flow-style document rewritten in block style). */
  | {
      readonly ok: true;
      readonly text: string;
      readonly result: RenderedManifest;
      readonly findings: readonly Finding[];
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly string[]; readonly findings: readonly Finding[] };
const LABEL_VALUE = /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleBinding',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
]);

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

export function renderManifest(file: string, original: string, options: RenderOptions): RenderOutcome {
  // Edited with LF line breaks and written back with the input's own: a CRLF file stays CRLF.
  const crlf = original.includes('\r\n');
  const text = crlf ? original.replaceAll('\r\n', '\n') : original;
  const problems: string[] = [];
  const parsed = parseYamlFile(file, text);
  const syntax = parsed.documents.flatMap((d) =>
    d.problems.map((p) => `${file}:${p.span.start.line}:${p.span.start.column}: ${safeInline(p.message)}`),
  );
  if (syntax.length) return { ok: false, problems: syntax, findings: [] };
  const indexes = parsed.documents.flatMap((d, i) => (dict(d.value)['kind'] === 'RayService' ? [i] : []));
  if (indexes.length !== 1) {
    return {
      ok: false,
      problems: [`${file} holds ${indexes.length} RayService documents; render takes a file with exactly one.`],
      findings: [],
    };
  }
  if (!DNS_LABEL.test(options.namespace))
    problems.push(
      `Namespace "${safeInline(options.namespace)}" is not a DNS label (lowercase letters, digits, "-", at most 63 characters).`,
    );
  if (!LABEL_VALUE.test(options.runId))
    problems.push(
      `Run id "${safeInline(options.runId)}" cannot be a label value (letters, digits, "-", "_", ".", at most 63 characters, starting and ending alphanumeric).`,
    );
  if (options.name !== undefined && (options.name.length > MAX_RAYSERVICE_NAME || !DNS_1035_LABEL.test(options.name))) {
    problems.push(
      `Name "${safeInline(options.name)}" must be a DNS-1035 label of at most ${MAX_RAYSERVICE_NAME} characters (KubeRay's limit for a RayService).`,
    );
  }
  const expiry = new Date(options.now.getTime() + options.ttlMs);
  if (!Number.isFinite(expiry.getTime())) problems.push(`The expiry (now + ttl) is not a date; give a shorter ttl.`);
  const { secrets, problems: secretProblems } = parseSecretEnv(options.secretEnv ?? []);
  problems.push(...secretProblems);
  if (problems.length) return { ok: false, problems, findings: [] };

  const docIndex = indexes[0]!;
  const notes: string[] = [];
  const slices = parsed.slices.map(([start, end]) => text.slice(start, end));
  try {
    const session = new Session(slices[docIndex]!, notes);
    const metadata = dict(session.value['metadata']);
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
    const reported = new Set<string>();
    for (const secret of secrets) {
      const left = plaintextLeft(session, secret.env);
      left.forEach((path) => reported.add(path));
      if (left.length)
        problems.push(
          `--secret-env ${secret.env}: a plaintext value is still written at ${left.join(', ')}, where render cannot replace it; move it into the Secret by hand.`,
        );
    }
    // A rendered manifest is applied to a shared cluster and kept as a build artifact: no credential in plain text.
    for (const path of plaintextCredentials(session)) {
      if (reported.has(path)) continue;
      problems.push(
        `A credential is written in plain text at ${path} (under a credential's name, or shaped like a token); move it into a Secret with --secret-env NAME=SECRET/KEY, or remove it.`,
      );
    }
    if (problems.length) return { ok: false, problems, findings: [] };

    if (options.name !== undefined) session.set(['metadata', 'name'], options.name);
    const labels = { [LABELS.managedBy]: 'rayservice-ci', [LABELS.runId]: options.runId };
    for (const [key, value] of Object.entries(labels)) session.set(['metadata', 'labels', key], value);
    for (const group of rayGroups(dict(dict(session.value['spec'])['rayClusterConfig']), [
      'spec',
      'rayClusterConfig',
    ])) {
      for (const [key, value] of Object.entries(labels))
        session.set([...group.path, 'template', 'metadata', 'labels', key], value);
    }
    // Re-rendering the same run keeps its expiry: rendering is idempotent, not a lease renewal.
    const annotations = dict(metadata['annotations']);
    const sameRun = dict(metadata['labels'])[LABELS.runId] === options.runId;
    const previous = stringOr(annotations[ANNOTATIONS.expiresAt], undefined);
    const expiresAt = sameRun && previous !== undefined ? previous : expiry.toISOString().replace(/\.\d{3}Z$/, 'Z');
    session.set(['metadata', 'annotations', ANNOTATIONS.expiresAt], expiresAt);
    const source = options.source ?? {};
    const sourceAnnotations: [string, string | undefined][] = [
      [ANNOTATIONS.repository, source.repository],
      [ANNOTATIONS.sha, source.sha],
      [ANNOTATIONS.pullRequest, source.pullRequest === undefined ? undefined : String(source.pullRequest)],
      [ANNOTATIONS.runUrl, source.runUrl],
      [ANNOTATIONS.initializingTimeout, options.initializingTimeout],
    ];
    for (const [key, value] of sourceAnnotations)
      if (value !== undefined) session.set(['metadata', 'annotations', key], value);
    slices[docIndex] = session.commit();

    // Namespace on every namespaced document of the file (Secrets or ConfigMaps shipped beside the RayService).
    parsed.documents.forEach((doc, i) => {
      const kind = dict(doc.value)['kind'];
      if (typeof kind === 'string' && !CLUSTER_SCOPED.has(kind)) {
        slices[i] = editBlock(
          slices[i]!,
          (t) => setIn(t, 0, ['metadata', 'namespace'], options.namespace),
          notes,
          `Document ${i + 1} (${kind})`,
        );
      }
    });
    const out = slices.join('');

    const errors = introducedErrors(file, text, out);
    if (errors.problems.length) return { ok: false, problems: errors.problems, findings: errors.findings };
    const name = options.name ?? stringOr(metadata['name'], '');
    return {
      ok: true,
      text: crlf ? out.replaceAll('\n', '\r\n') : out,
      findings: errors.findings,
      notes,
      result: {
        apiVersion: API_VERSION,
        kind: 'RenderedManifest',
        manifest: undefined,
        namespace: options.namespace,
        name,
        runId: options.runId,
        expiresAt,
        labels,
        secrets,
      },
    };
  } catch (error) {
    if (error instanceof YamlEditError) return { ok: false, problems: [safeInline(error.message)], findings: [] };
    throw error;
  }
}

/**
 * The rendered manifest must lint without errors. Each error is told where the user can fix it: at its line in
 * the input when the input has it too, else as an effect of the overrides (it is not in the file they wrote).
 */
function introducedErrors(
  file: string,
  input: string,
  output: string,
): { problems: string[]; findings: readonly Finding[] } {
  const lint = lintText(file, output);
  const errors = lint.findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return { problems: [], findings: lint.findings };
  const inInput = lintText(file, input).findings.filter((f) => f.severity === 'error');
  const problems = errors.map((f) => {
    const same = inInput.findIndex((g) => g.ruleId === f.ruleId && g.message === f.message);
    if (same < 0) return `after --set/--secret-env: ${safeInline(f.message)} [${f.ruleId}]`;
    const [g] = inInput.splice(same, 1);
    return `${file}:${g!.line}:${g!.column}: ${safeInline(g!.message)} [${g!.ruleId}]`;
  });
  return { problems, findings: lint.findings };
}
