// Server-side apply of any object with fieldValidation=Strict, and whether a kind is served at all. client-node's KubernetesObjectApi.patch finds the
// resource path by discovery but cannot send fieldValidation, and serialises known kinds through its typed models,
// which would drop an unknown field before the server could refuse it; this sends the object exactly as written.
import * as k8s from '@kubernetes/client-node';
import { boundedSignal, type CallBounds } from './call.ts';

class StrictApplier extends k8s.KubernetesObjectApi {
  static forConfig(kc: k8s.KubeConfig): StrictApplier {
    const api = kc.makeApiClient(StrictApplier);
    api.setDefaultNamespace(kc);
    return api;
  }

  async apply(object: k8s.KubernetesObject, fieldManager: string, bounds: CallBounds): Promise<k8s.KubernetesObject> {
    const path = await this.specUriPath(structuredClone(object), 'patch');
    const request = this.configuration.baseServer.makeRequestContext(path, k8s.HttpMethod.PATCH);
    request.setHeaderParam('Accept', 'application/json');
    request.setHeaderParam('Content-Type', k8s.PatchStrategy.ServerSideApply);
    request.setQueryParam('fieldManager', fieldManager);
    request.setQueryParam('fieldValidation', 'Strict');
    // The namespace is this run's own: nobody else should own a field of ours, and a re-run takes them back.
    request.setQueryParam('force', 'true');
    request.setBody(JSON.stringify(object));
    request.setSignal(boundedSignal(bounds));
    return this.requestPromise(request);
  }

  /** Whether the API server serves `kind` in `apiVersion` (discovery; no permission beyond being authenticated). */
  async serves(apiVersion: string, kind: string): Promise<boolean> {
    return (await this.resource(apiVersion, kind)) !== undefined;
  }
}

export const FIELD_MANAGER = 'rayservice-ci';

/** Whether the cluster serves a kind, e.g. RayService in ray.io/v1; throws when discovery itself fails. */
export function servesKind(kc: k8s.KubeConfig, apiVersion: string, kind: string): Promise<boolean> {
  return StrictApplier.forConfig(kc).serves(apiVersion, kind);
}

/** Applies one object as FIELD_MANAGER; throws client-node's ApiException (use `attempt` to get a value). */
export function serverSideApply(
  kc: k8s.KubeConfig,
  object: k8s.KubernetesObject,
  bounds: CallBounds = {},
): Promise<k8s.KubernetesObject> {
  return StrictApplier.forConfig(kc).apply(object, FIELD_MANAGER, bounds);
}
