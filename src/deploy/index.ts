// deploy: the third stage, with its teardown and janitor. Everything other folders may use of it.
export { runDeploy, type DeployRequest, type DeployContext, type DeployRun, type CreatedResource } from './run.ts';
export {
  tearDown,
  KUBERAY_FINALIZERS,
  type TeardownOptions,
  type TeardownContext,
  type TeardownOutcome,
} from './teardown.ts';
export { runJanitor, type JanitorRequest, type JanitorResult } from './janitor.ts';
export { WALL_CLOCK, abortableClock, type Clock } from '../time/clock.ts';
export {
  readiness,
  expectedApps,
  serveServiceName,
  type Readiness,
  type RayServiceObject,
  type StatusShape,
} from './readiness.ts';
export { explain, DEPLOY_DIAGNOSIS, type DeployDiagnosis, type DeployFailure } from './diagnosis.ts';
export { parseSecretValues } from './secrets.ts';
export { renderedManifestPath } from './manifest.ts';
export { PERMISSIONS, RBAC_DOC, type Permission } from './permissions.ts';
export type { Progress } from './progress.ts';
export { DEPLOYMENT, deploymentSchema, type Deployment, type DeploymentTimings, type Reach } from './types.ts';
