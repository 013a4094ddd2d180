// The last word on "it serves": an HTTP GET through the endpoint the later stages will use (a port-forward to the
// head's Serve proxy, or the user's URL), retried until it answers 200 or the deadline passes. For an LLM app the
// path is /v1/models (ray.serve.llm's OpenAI app lists its models there); otherwise the proxy's /-/routes.
import type * as k8s from '@kubernetes/client-node';
import { openReach, type Reach } from '../kube/index.ts';
import { formatDuration } from '../time/duration.ts';
import type { Clock } from '../time/clock.ts';

export interface ProbeRequest {
  readonly reach: Reach;
  readonly path: string;
  readonly deadline: number;
  readonly pollMs?: number;
}

export interface ProbeContext {
  readonly clock: Clock;
  readonly signal?: AbortSignal | undefined;
  readonly note?: (line: string) => void;
}

export type ProbeOutcome =
  | { readonly ok: true; readonly status: number; readonly models: readonly string[]; readonly attempts: number }
  | { readonly ok: false; readonly cancelled: boolean; readonly message: string };

const REQUEST_TIMEOUT_MS = 10_000;

export async function probe(kc: k8s.KubeConfig, request: ProbeRequest, context: ProbeContext): Promise<ProbeOutcome> {
  const { clock, signal } = context;
  const reach = await openReach(kc, request.reach, { ...(context.note ? { note: context.note } : {}) });
  const started = clock.now();
  let last = 'no answer yet';
  try {
    // Bounded by the deadline; the count guards a clock that does not move.
    for (let attempt = 1; attempt <= 10_000; attempt++) {
      if (signal?.aborted) return { ok: false, cancelled: true, message: 'cancelled' };
      try {
        const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
        const answer = await fetch(`${reach.url}${request.path}`, {
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        const text = await answer.text();
        if (answer.status === 200) {
          let models: string[] = [];
          try {
            models = ((JSON.parse(text) as { data?: { id?: unknown }[] }).data ?? []).map((m) => String(m.id));
          } catch {
            models = [];
          }
          return { ok: true, status: answer.status, models, attempts: attempt };
        }
        last = `HTTP ${answer.status}`;
      } catch (error) {
        last =
          (error as Error).name === 'TimeoutError'
            ? `no answer in ${formatDuration(REQUEST_TIMEOUT_MS)}`
            : 'the connection failed';
      }
      const left = request.deadline - clock.now();
      if (left <= 0) break;
      await clock.sleep(Math.min(request.pollMs ?? 2_000, left), signal);
    }
    if (signal?.aborted) return { ok: false, cancelled: true, message: 'cancelled' };
    const where =
      request.reach.kind === 'url'
        ? request.reach.url
        : `a port-forward to ${request.reach.namespace}/${reach.pod() ?? request.reach.pod}:${request.reach.port}`;
    return {
      ok: false,
      cancelled: false,
      message: `GET ${request.path} through ${where} did not answer 200 within ${formatDuration(clock.now() - started)} (last: ${last})`,
    };
  } finally {
    await reach.close();
  }
}
