// The backstop for runs whose own teardown never ran (a runner that died, a cancelled job past the post step's
// budget): every namespace rayservice-ci created whose expiry annotation has passed is torn down, at most `limit`
// per pass. --dry-run only says which.
import * as k8s from '@kubernetes/client-node';
import { attempt, callOptions } from '../kube/index.ts';
import { ANNOTATIONS } from '../render/index.ts';
import { formatDuration } from '../time/duration.ts';
import { expiresAt, OWNED_SELECTOR } from './namespace.ts';
import { tearDown, type TeardownContext, type TeardownOptions } from './teardown.ts';

export interface JanitorRequest {
  readonly dryRun: boolean;
  /** At most this many namespaces per pass (default 20): a scheduled job must end well inside its slot. */
  readonly limit?: number;
  readonly teardown?: TeardownOptions;
}

export interface JanitorResult {
  readonly ok: boolean;
  /** Expired namespaces: deleted, or (dry run) that would be. */
  readonly expired: readonly string[];
  readonly failed: readonly { readonly namespace: string; readonly problem: string }[];
  /** Ours but without a readable expiry: left alone, said. */
  readonly noExpiry: readonly string[];
  readonly notExpired: number;
  /** Past the limit, for the next pass. */
  readonly deferred: readonly string[];
  readonly problem?: string;
}

export async function runJanitor(
  kc: k8s.KubeConfig,
  request: JanitorRequest,
  context: TeardownContext,
): Promise<JanitorResult> {
  const empty = { expired: [], failed: [], noExpiry: [], notExpired: 0, deferred: [] };
  const listed = await attempt(() =>
    kc
      .makeApiClient(k8s.CoreV1Api)
      .listNamespace({ labelSelector: OWNED_SELECTOR }, callOptions({ signal: context.signal })),
  );
  if (!listed.ok)
    return {
      ok: false,
      ...empty,
      problem: `Cannot list namespaces labelled ${OWNED_SELECTOR}: ${listed.failure.message}`,
    };
  const now = context.clock.now();
  const namespaces = listed.value.items.map((ns) => ({ name: ns.metadata?.name ?? '', expiry: expiresAt(ns) }));
  const noExpiry = namespaces.filter((ns) => ns.expiry === undefined).map((ns) => ns.name);
  for (const name of noExpiry) context.say(`${name}: no readable ${ANNOTATIONS.expiresAt} annotation; left alone`);
  const expired = namespaces
    .filter((ns) => ns.expiry !== undefined && ns.expiry <= now)
    .sort((a, b) => a.expiry! - b.expiry!);
  const limit = request.limit ?? 20;
  const due = expired.slice(0, limit);
  const deferred = expired.slice(limit).map((ns) => ns.name);
  const failed: { namespace: string; problem: string }[] = [];
  for (const ns of due) {
    if (context.signal?.aborted) break;
    const ago = formatDuration(now - ns.expiry!);
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
      `${deferred.length} more expired namespace${deferred.length === 1 ? '' : 's'} left for the next pass (limit ${limit})`,
    );
  return {
    ok: failed.length === 0,
    expired: due.map((ns) => ns.name),
    failed,
    noExpiry,
    notExpired: namespaces.length - noExpiry.length - expired.length,
    deferred,
  };
}
