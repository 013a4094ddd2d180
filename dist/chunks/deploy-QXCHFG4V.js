import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEPLOYMENT,
  DEPLOY_DIAGNOSIS,
  KUBERAY_FINALIZERS,
  PERMISSIONS,
  RBAC_DOC,
  deploymentSchema,
  expectedApps,
  explain,
  parseSecretValues,
  readiness,
  renderedManifestPath,
  runDeploy,
  runJanitor,
  serveServiceName,
  tearDown
} from "./chunk-QXVQQ5FB.js";
import "./chunk-RKRSJY3C.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-DNN5VYJT.js";
import "./chunk-WNYQVBGA.js";
import "./chunk-NUJ64NSH.js";
import "./chunk-2Z6IFJBU.js";
import {
  WALL_CLOCK,
  abortableClock
} from "./chunk-UIDGSTCG.js";
import "./chunk-65SL3IB2.js";
import "./chunk-FO2DCR53.js";
import "./chunk-7UO7HX7F.js";
import "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";
export {
  DEPLOYMENT,
  DEPLOY_DIAGNOSIS,
  KUBERAY_FINALIZERS,
  PERMISSIONS,
  RBAC_DOC,
  WALL_CLOCK,
  abortableClock,
  deploymentSchema,
  expectedApps,
  explain,
  parseSecretValues,
  readiness,
  renderedManifestPath,
  runDeploy,
  runJanitor,
  serveServiceName,
  tearDown
};
