// The one render call the CLI and the action share: reads the manifest, renders with defaults taken from the
// GitHub run (when there is one), writes the outputs, and returns problems as values.
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { YAML_LIMITS } from '../manifest/index.ts';
import { formatDuration, parseDuration } from '../time/duration.ts';
import { formatGoDuration } from '../time/go-duration.ts';
import { initializingTimeoutOf } from '../ray/index.ts';
import { runIdFrom, sourceFrom } from './github-context.ts';
import { renderManifest } from './render.ts';
import { RENDERED_MANIFEST, type RenderedManifest } from './types.ts';
import { writeContract, writeText } from '../contracts/index.ts';

export interface RenderRequest {
  readonly manifest: string;
  readonly namespace?: string | undefined;
  readonly runId?: string | undefined;
  readonly name?: string | undefined;
  readonly sets: readonly string[];
  readonly secretEnv: readonly string[];
  readonly ttl?: string | undefined;
  readonly initializingTimeout?: string | undefined;
  readonly output?: string | undefined;
  readonly resultFile?: string | undefined;
}

export interface RenderContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly now: () => Date;
}

export type RenderRun =
  | { readonly ok: true; readonly result: RenderedManifest; readonly text: string; readonly notes: readonly string[] }
  /** `input`: the request cannot be acted on (exit 2); `invalid`: the manifest does not render (exit 1). */
  | { readonly ok: false; readonly kind: 'input' | 'invalid'; readonly problems: readonly string[] };

/** A test namespace lives at most this long; the janitor deletes it after its expiry. */
export const MAX_TTL_MS = 30 * 86_400_000;

export function defaultNamespace(runId: string): string {
  return `rayservice-ci-${runId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`.slice(0, 63).replace(/-+$/, '');
}

export async function runRender(context: RenderContext, request: RenderRequest): Promise<RenderRun> {
  const input = (problem: string): RenderRun => ({ ok: false, kind: 'input', problems: [problem] });
  const ttlMs = parseDuration(request.ttl ?? '6h');
  if (typeof ttlMs === 'string') return input(`ttl: ${ttlMs}`);
  if (ttlMs > MAX_TTL_MS)
    return input(
      `ttl: ${request.ttl} is longer than ${formatDuration(MAX_TTL_MS)}, the longest a test namespace may live before the janitor removes it; give a shorter one.`,
    );
  const initializingTimeout =
    request.initializingTimeout === undefined ? undefined : kubeRayTimeout(request.initializingTimeout);
  if (initializingTimeout?.problem) return input(`initializing-timeout: ${initializingTimeout.problem}`);
  const path = resolve(context.cwd, request.manifest);
  const size = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  if (size > YAML_LIMITS.maxBytes)
    return input(
      `${request.manifest} is ${(size / 1024 / 1024).toFixed(1)} MB; render reads manifests up to ${YAML_LIMITS.maxBytes / 1024 / 1024} MB.`,
    );
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => error);
  if (typeof text !== 'string')
    return input(
      `Cannot read ${request.manifest}: ${text.code === 'ENOENT' ? 'no such file' : (text.code ?? text.message)}.`,
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
    initializingTimeout: initializingTimeout?.value,
  });
  if (!outcome.ok) return { ok: false, kind: 'invalid', problems: outcome.problems };
  const result: RenderedManifest = { ...outcome.result, manifest: request.output };
  if (request.output !== undefined) {
    const problem = await writeText(resolve(context.cwd, request.output), outcome.text);
    if (problem) return input(problem);
  }
  if (request.resultFile !== undefined) {
    const problem = await writeContract(resolve(context.cwd, request.resultFile), RENDERED_MANIFEST, result);
    if (problem) return input(problem);
  }
  return { ok: true, result, text: outcome.text, notes: outcome.notes };
}

/**
 * KubeRay reads ray.io/initializing-timeout as a Go duration or whole seconds; what it cannot read fails the
 * RayService. A value Go reads is kept as written; one only we read (2d, 1.5d) is written in Go's form.
 */
function kubeRayTimeout(text: string): { value?: string; problem?: string } {
  const notPositive = { problem: `"${text}" is not above zero; KubeRay refuses a timeout of zero or less.` };
  const asKubeRay = initializingTimeoutOf(text);
  if ('ms' in asKubeRay) return { value: text };
  if (asKubeRay.problem === 'not-positive') return notPositive;
  const ms = parseDuration(text);
  if (typeof ms === 'string') return { problem: ms };
  return ms > 0 ? { value: formatGoDuration(ms) } : notPositive;
}
