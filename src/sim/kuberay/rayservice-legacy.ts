// The RayService status of KubeRay 1.1–1.2, once the clusters are reconciled (K@v1.1.0 and K@v1.2.2:
// ray-operator/controllers/ray/rayservice_controller.go, Reconcile and reconcileServe): no conditions; serviceStatus
// Restarting when a new cluster is named, WaitForServeDeploymentReady while its apps are not all RUNNING, Running
// once they are — before the serve Service has an endpoint; the Services, the head's serve label and
// numServeEndpoints are reconciled only while the apps run; healthLastUpdateTime on every app and deployment.
import { canonicalJson } from '../../ray/index.ts';
import { timestamp, type KObject } from '../api/store.ts';
import type { EventRecorder } from '../cluster/events.ts';
import type { ClusterServiceStatus, ServiceStatus } from './rayservice-status.ts';
import type { KubeRayFeatures } from './versions.ts';

/** The ServiceStatus values of K@v1.1.0:ray-operator/apis/ray/v1/rayservice_types.go that the sim reaches. */
export const SERVICE_STATUS = {
  restarting: 'Restarting',
  waiting: 'WaitForServeDeploymentReady',
  running: 'Running',
  failedToUpdateService: 'FailedToUpdateService',
} as const;

export interface DeploymentStatus {
  status: string;
  message?: string;
  healthLastUpdateTime?: string;
}

export interface AppStatus {
  status: string;
  message?: string;
  healthLastUpdateTime?: string;
  serveDeploymentStatuses: Record<string, DeploymentStatus>;
}

/** What the 1.1–1.2 flow needs of the controller; the parts both eras share live there. */
export interface LegacyKit {
  readonly features: KubeRayFeatures;
  readonly now: () => number;
  readonly record: EventRecorder;
  /**
   * An event KubeRay records on every reconcile (ServiceNotReady, Running): said again only when it changes, as
   * client-go's spam filter lets a few through and then about one in five minutes.
   */
  readonly recordRepeated: (service: KObject, reason: string, message: string) => void;
  /** The name of a new cluster to prepare (no cluster yet, or a changed rayClusterConfig with zero downtime). */
  readonly newClusterName: (service: KObject, active: KObject | undefined) => string | undefined;
  readonly headReady: (cluster: KObject) => boolean;
  /** Sends serveConfigV2 to a cluster that has not had it. */
  readonly submit: (service: KObject, cluster: KObject) => { readonly error?: string; readonly submitted: boolean };
  /** The Serve applications as the dashboard reports them; undefined while there is no Ray runtime to ask. */
  readonly readApps: (
    cluster: KObject,
  ) => { readonly ready: boolean; readonly applicationStatuses: Record<string, AppStatus> } | undefined;
  readonly labelHead: (cluster: KObject) => void;
  /** Head and serve Services for the cluster; undefined when the serve Service cannot be built. */
  readonly pointServicesAt: (service: KObject, cluster: KObject) => string | undefined;
  readonly serveEndpoints: (service: KObject) => number;
  /** `stamp`: lastUpdateTime moves (only the reconcile's final write sets it). */
  readonly write: (service: KObject, status: ServiceStatus, stamp: boolean) => void;
}

const FAILING_APP = new Set(['UNHEALTHY', 'DEPLOY_FAILED']);

/**
 * getAndCheckServeStatus's healthLastUpdateTime: now, except that an app still UNHEALTHY or DEPLOY_FAILED (a
 * deployment still UNHEALTHY) keeps the time it was first seen so.
 */
export function withHealthTimes(
  apps: Record<string, AppStatus>,
  previous: Record<string, AppStatus> | undefined,
  now: number,
): Record<string, AppStatus> {
  const stamp = timestamp(now);
  return Object.fromEntries(
    Object.entries(apps).map(([name, app]) => {
      const before = previous?.[name];
      const keep =
        FAILING_APP.has(app.status) &&
        before !== undefined &&
        FAILING_APP.has(before.status) &&
        before.healthLastUpdateTime;
      const deployments = Object.fromEntries(
        Object.entries(app.serveDeploymentStatuses).map(([deployment, status]) => {
          const prior = before?.serveDeploymentStatuses?.[deployment];
          const held = status.status === 'UNHEALTHY' && prior?.status === 'UNHEALTHY' && prior.healthLastUpdateTime;
          return [deployment, { ...status, healthLastUpdateTime: held || stamp }];
        }),
      );
      return [
        name,
        {
          status: app.status,
          ...(app.message ? { message: app.message } : {}),
          healthLastUpdateTime: keep || stamp,
          serveDeploymentStatuses: deployments,
        },
      ];
    }),
  );
}

/**
 * inconsistentRayServiceStatuses: the fields whose change makes KubeRay 1.1–1.2 write the status at the end of a
 * reconcile. Not observedGeneration, not the copied RayCluster status, not healthLastUpdateTime.
 */
export function comparedFields(status: ServiceStatus): string {
  const side = (s: ClusterServiceStatus | undefined) => ({
    name: s?.rayClusterName ?? '',
    apps: Object.fromEntries(
      Object.entries((s?.applicationStatuses ?? {}) as Record<string, AppStatus>).map(([name, app]) => [
        name,
        {
          status: app.status,
          message: app.message ?? '',
          deployments: Object.fromEntries(
            Object.entries(app.serveDeploymentStatuses ?? {}).map(([d, x]) => [
              d,
              { status: x.status, message: x.message ?? '' },
            ]),
          ),
        },
      ]),
    ),
  });
  return canonicalJson({
    serviceStatus: status.serviceStatus ?? '',
    numServeEndpoints: status.numServeEndpoints ?? 0,
    active: side(status.activeServiceStatus),
    pending: side(status.pendingServiceStatus),
  });
}

type Role = 'active' | 'pending';

export function reconcileLegacyStatus(
  service: KObject,
  status: ServiceStatus,
  clusters: { readonly active?: KObject | undefined; readonly pending?: KObject | undefined },
  kit: LegacyKit,
): void {
  const next: ServiceStatus = { ...structuredClone(status), observedGeneration: service.metadata.generation };
  const { active, pending } = clusters;

  // markRestartAndAddPendingClusterName: the name is written first; the cluster is created on the next reconcile.
  if (!status.pendingServiceStatus?.rayClusterName) {
    const name = kit.newClusterName(service, active);
    if (name) {
      next.serviceStatus = SERVICE_STATUS.restarting;
      next.pendingServiceStatus = { rayClusterName: name };
      kit.write(service, next, false);
      return;
    }
  }

  const appsOf = (role: Role) =>
    (role === 'active' ? next.activeServiceStatus : next.pendingServiceStatus)?.applicationStatuses as
      Record<string, AppStatus> | undefined;
  const setApps = (role: Role, apps: Record<string, AppStatus>) => {
    const side = role === 'active' ? (next.activeServiceStatus ??= {}) : (next.pendingServiceStatus ??= {});
    const stamped = kit.features.healthLastUpdateTime ? withHealthTimes(apps, appsOf(role), kit.now()) : apps;
    if (Object.keys(stamped).length) side.applicationStatuses = stamped;
    else delete side.applicationStatuses;
  };

  /** reconcileServe: { ready } once every app runs; `write` when KubeRay writes the status on the way out. */
  const serve = (cluster: KObject, role: Role): { ready: boolean; write: boolean } => {
    // KubeRay 1.1–1.2 copy the reconciled cluster's status into activeServiceStatus whichever role it has, so a
    // first cluster still pending shows as an active status without a name.
    next.activeServiceStatus = { ...next.activeServiceStatus, rayClusterStatus: cluster.status ?? {} };
    if (!kit.headReady(cluster)) return { ready: false, write: false };
    const sent = kit.submit(service, cluster);
    if (sent.error) {
      next.serviceStatus = SERVICE_STATUS.waiting;
      kit.record(
        service,
        'Normal',
        SERVICE_STATUS.waiting,
        `Fail to create / update Serve applications: ${sent.error}`,
      );
      return { ready: false, write: true };
    }
    if (sent.submitted)
      kit.record(
        service,
        'Normal',
        'SubmittedServeDeployment',
        `Controller sent API request to update Serve deployments on cluster ${cluster.metadata.name}`,
      );
    const apps = kit.readApps(cluster);
    if (!apps) return { ready: false, write: false };
    setApps(role, apps.applicationStatuses);
    if (!apps.ready) {
      next.serviceStatus = SERVICE_STATUS.waiting;
      return { ready: false, write: true };
    }
    next.serviceStatus = SERVICE_STATUS.running;
    // updateRayClusterInfo: the cluster whose apps run becomes the active one.
    if (next.activeServiceStatus?.rayClusterName !== cluster.metadata.name) {
      next.activeServiceStatus = next.pendingServiceStatus;
      next.pendingServiceStatus = undefined;
    }
    kit.recordRepeated(service, 'Running', 'The Serve application is now running and healthy.');
    return { ready: true, write: false };
  };

  let served: { ready: boolean; write: boolean } = { ready: false, write: false };
  if (active && !pending) {
    next.pendingServiceStatus = undefined;
    served = serve(active, 'active');
  } else if (active && pending) {
    // updateStatusForActiveCluster: during an upgrade the active cluster's apps are read, not redeployed.
    next.activeServiceStatus = { ...next.activeServiceStatus, rayClusterStatus: active.status ?? {} };
    const apps = kit.readApps(active);
    if (apps) setApps('active', apps.applicationStatuses);
    served = serve(pending, 'pending');
  } else if (pending) {
    next.activeServiceStatus = undefined;
    served = serve(pending, 'pending');
  } else {
    next.activeServiceStatus = undefined;
    next.pendingServiceStatus = undefined;
  }
  if (!served.ready) {
    kit.recordRepeated(
      service,
      'ServiceNotReady',
      'The service is not ready yet. Controller will perform a round of actions in 2s.',
    );
    if (served.write) kit.write(service, next, false);
    return;
  }

  const target = (pending ?? active)!;
  kit.labelHead(target);
  if (!kit.pointServicesAt(service, target)) {
    next.serviceStatus = SERVICE_STATUS.failedToUpdateService;
    kit.write(service, next, false);
    return;
  }
  // calculateStatus: the ready addresses of the serve Service, counted only on a reconcile whose apps all run.
  next.numServeEndpoints = kit.serveEndpoints(service);
  if (comparedFields(status) !== comparedFields(next)) kit.write(service, next, true);
}
