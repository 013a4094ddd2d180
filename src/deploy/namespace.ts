// The run's namespace and what makes it ours: render's ownership labels (app.kubernetes.io/managed-by=rayservice-ci,
// rayservice-ci.io/run-id) and the expiry annotation the janitor reads. Deploy creates it; teardown and the janitor act
// only on namespaces that carry the labels.
import * as k8s from '@kubernetes/client-node';
import { attempt, callOptions, type CallBounds } from '../kube/index.ts';
import { ANNOTATIONS, LABELS, type RenderedManifest } from '../render/index.ts';

export const MANAGED_BY = 'rayservice-ci';
/** The label selector for namespaces rayservice-ci created. */
export const OWNED_SELECTOR = `${LABELS.managedBy}=${MANAGED_BY}`;

export function isOurs(namespace: k8s.V1Namespace): boolean {
  return namespace.metadata?.labels?.[LABELS.managedBy] === MANAGED_BY;
}

export function runIdOf(namespace: k8s.V1Namespace): string | undefined {
  return namespace.metadata?.labels?.[LABELS.runId];
}

/** The expiry render set, in ms, or undefined when the annotation is missing or unreadable. */
export function expiresAt(namespace: k8s.V1Namespace): number | undefined {
  const text = namespace.metadata?.annotations?.[ANNOTATIONS.expiresAt];
  const ms = text ? Date.parse(text) : NaN;
  return Number.isFinite(ms) ? ms : undefined;
}

export type NamespaceResult =
  { readonly ok: true; readonly created: boolean } | { readonly ok: false; readonly problem: string };

/** Creates the namespace; an existing one is used only if it is this run's own (a re-run) and not being deleted. */
export async function createRunNamespace(
  kc: k8s.KubeConfig,
  rendered: RenderedManifest,
  bounds: CallBounds,
): Promise<NamespaceResult> {
  const core = kc.makeApiClient(k8s.CoreV1Api);
  const body: k8s.V1Namespace = {
    metadata: {
      name: rendered.namespace,
      labels: { ...rendered.labels, [LABELS.managedBy]: MANAGED_BY, [LABELS.runId]: rendered.runId },
      annotations: { [ANNOTATIONS.expiresAt]: rendered.expiresAt },
    },
  };
  const created = await attempt(() => core.createNamespace({ body }, callOptions(bounds)), { signal: bounds.signal });
  if (created.ok) return { ok: true, created: true };
  if (created.failure.code !== 409)
    return { ok: false, problem: `Cannot create the namespace ${rendered.namespace}: ${created.failure.message}` };
  const existing = await attempt(() => core.readNamespace({ name: rendered.namespace }, callOptions(bounds)), {
    signal: bounds.signal,
  });
  if (!existing.ok)
    return {
      ok: false,
      problem: `The namespace ${rendered.namespace} exists but cannot be read: ${existing.failure.message}`,
    };
  if (!isOurs(existing.value) || runIdOf(existing.value) !== rendered.runId) {
    return {
      ok: false,
      problem: `The namespace ${rendered.namespace} already exists and is not this run's (it lacks ${LABELS.managedBy}=${MANAGED_BY}, ${LABELS.runId}=${rendered.runId}); render with another --namespace. Nothing in it was changed.`,
    };
  }
  if (existing.value.metadata?.deletionTimestamp) {
    return {
      ok: false,
      problem: `The namespace ${rendered.namespace} is being deleted (an earlier teardown of this run); wait until it is gone, or render with another --namespace or --run-id.`,
    };
  }
  return { ok: true, created: false };
}
