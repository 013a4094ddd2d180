// kube: the Kubernetes client code deploy, load, observe and teardown share, over @kubernetes/client-node. Everything
// other folders may use of it.
export { loadKubeConfig, type KubeConfigRequest, type KubeConfigResult } from './kubeconfig.ts';
export {
  apiFailure,
  attempt,
  boundedSignal,
  callOptions,
  DEFAULT_CALL_TIMEOUT_MS,
  isConflict,
  isNotFound,
  isTransient,
  type ApiFailure,
  type Attempt,
  type CallBounds,
  type CallOptions,
} from './call.ts';
export { openReach, headSelector, pickHeadPod, type OpenReach, type Reach, type ReachOptions } from './reach.ts';
export { serverSideApply, servesKind, FIELD_MANAGER } from './apply.ts';
