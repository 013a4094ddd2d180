import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEFAULT_CALL_TIMEOUT_MS,
  FIELD_MANAGER,
  apiFailure,
  attempt,
  boundedSignal,
  callOptions,
  headSelector,
  isConflict,
  isNotFound,
  isTransient,
  loadKubeConfig,
  openReach,
  pickHeadPod,
  serverSideApply,
  servesKind
} from "./chunk-RKRSJY3C.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-DNN5VYJT.js";
import "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";
export {
  DEFAULT_CALL_TIMEOUT_MS,
  FIELD_MANAGER,
  apiFailure,
  attempt,
  boundedSignal,
  callOptions,
  headSelector,
  isConflict,
  isNotFound,
  isTransient,
  loadKubeConfig,
  openReach,
  pickHeadPod,
  serverSideApply,
  servesKind
};
