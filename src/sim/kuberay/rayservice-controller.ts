// KubeRay's RayService controller (ray-operator/controllers/ray/rayservice_controller.go, v1.7 semantics, and those of
// 1.1–1.6 where versions.ts says they differ): finalizer; validation; a pending RayCluster that is promoted to active
// once its Serve apps run and the Services point at it; zero-downtime upgrades (a new cluster when rayClusterConfig
// changes beyond replica counts, in-place updates when worker groups are only appended); serveConfigV2 submitted
// once a head pod is Ready; numServeEndpoints from the serve Service's EndpointSlices; the v1.3+ conditions, or the
// serviceStatus of 1.1–1.2 (rayservice-legacy.ts); the initializing timeout; clusters nobody names any more deleted
// after rayClusterDeletionDelaySeconds; teardown that deletes the clusters before releasing the finalizer.
// Not modelled: NewClusterWithIncrementalUpgrade's Gateway traffic split (it upgrades as NewCluster here), rollback,
// suspend, managedBy, the spec checks of ValidateRayServiceSpec.
import {
  canonicalJson,
  dict,
  DNS_1035_LABEL,
  initializingTimeoutOf,
  INITIALIZING_TIMEOUT_ANNOTATION,
  MAX_RAYSERVICE_NAME,
  numberOr,
} from '../../ray/index.ts';
import { typeByKind } from '../api/resources.ts';
import { timestamp, type KObject, type ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import type { EventRecorder } from '../cluster/events.ts';
import { podReady } from '../cluster/pod-status.ts';
import type { Random } from '../random.ts';
import type { RayClusterRuntime } from '../raycluster/runtime.ts';
import { clusterSpecHash, clusterSpecMatches, HASH_ANNOTATION, NUM_WORKER_GROUPS_ANNOTATION } from './cluster-hash.ts';
import { clusterNameFor, headServiceName, LABEL, RAYSERVICE_FINALIZER, serveServiceName } from './names.ts';
import { headPorts, ownerReference } from './raycluster-controller.ts';
import { reconcileLegacyStatus, type AppStatus, type LegacyKit } from './rayservice-legacy.ts';
import { applyConditions, conditionTrue, type ServiceStatus } from './rayservice-status.ts';
import { KUBERAY_FEATURES, DEFAULT_KUBERAY_VERSION, type KubeRayFeatures } from './versions.ts';

const POD = typeByKind('v1', 'Pod')!;
const SERVICE = typeByKind('v1', 'Service')!;
const RAY_CLUSTER = typeByKind('ray.io/v1', 'RayCluster')!;
const RAY_SERVICE = typeByKind('ray.io/v1', 'RayService')!;
const SLICE = typeByKind('discovery.k8s.io/v1', 'EndpointSlice')!;

/**
 * KubeRay reconciles on watch events of the objects it owns and requeues every 2 s (ServiceDefaultRequeueDuration);
 * polling every 0.5 s stands in for the event-driven part.
 */
const REQUEUE_MS = 500;
/** RayClusterDeletionDelayDuration: how long a cluster nobody names any more is kept. */
const DEFAULT_DELETION_DELAY_S = 60;

export interface RayServiceControllerOptions {
  /** The operator's ENABLE_ZERO_DOWNTIME; an object's spec.upgradeStrategy.type wins over it (from v1.3). */
  readonly zeroDowntime?: boolean;
  /** The release played (default 1.7). */
  readonly features?: KubeRayFeatures;
}

interface ServeResult {
  readonly ready: boolean;
  readonly applicationStatuses?: Record<string, AppStatus>;
}

export function startRayServiceController(
  store: ObjectStore,
  clock: Clock,
  random: Random,
  record: EventRecorder,
  runtimeOf: (cluster: KObject) => RayClusterRuntime | undefined,
  options: RayServiceControllerOptions = {},
): Cancel {
  const features = options.features ?? KUBERAY_FEATURES[DEFAULT_KUBERAY_VERSION];
  /** When a cluster nobody names any more goes (KubeRay's RayClusterDeletionTimestamps), by namespace/name. */
  const deletionAt = new Map<string, number>();
  /** The last repeated event (reason) and validation message said per RayService uid, so each is said once per change. */
  const repeated = new Map<string, string>();
  const invalidSaid = new Map<string, string>();

  const zeroDowntimeFor = (service: KObject): boolean => {
    const type = features.upgradeStrategy ? dict(dict(service.spec)['upgradeStrategy'])['type'] : undefined;
    // The RayServiceIncrementalUpgrade gate is on in v1.7, so both new-cluster strategies count.
    if (typeof type === 'string') return type === 'NewCluster' || type === 'NewClusterWithIncrementalUpgrade';
    return options.zeroDowntime ?? true;
  };

  const clusterConfig = (service: KObject) => dict(service.spec)['rayClusterConfig'];

  const shouldUpdateCluster = (service: KObject, cluster: KObject | undefined, isActive: boolean): boolean => {
    if (!cluster) return false;
    if (isActive) {
      if (conditionTrue(service.status, 'UpgradeInProgress')) return false;
      if (features.versionAnnotation && cluster.metadata.annotations?.['ray.io/kuberay-version'] !== features.tag)
        return true;
    }
    if (clusterSpecMatches(clusterConfig(service), cluster, false)) return false;
    return clusterSpecMatches(clusterConfig(service), cluster, true);
  };

  const shouldPrepareNewCluster = (
    service: KObject,
    active: KObject | undefined,
    pending: KObject | undefined,
    pendingServing: boolean,
  ): boolean => {
    if (pendingServing) return false;
    if (!active && !pending) return true;
    const cluster = (pending ?? active)!;
    if (clusterSpecMatches(clusterConfig(service), cluster, false)) return false;
    if (clusterSpecMatches(clusterConfig(service), cluster, true)) return false;
    return zeroDowntimeFor(service);
  };

  /** constructRayClusterForRayService: the RayService's labels and annotations plus KubeRay's own. */
  const desiredCluster = (service: KObject, name: string) => {
    const spec = structuredClone(dict(clusterConfig(service)));
    return {
      labels: {
        ...service.metadata.labels,
        [LABEL.originName]: service.metadata.name,
        [LABEL.originCrd]: 'RayService',
      },
      annotations: {
        ...service.metadata.annotations,
        [HASH_ANNOTATION]: clusterSpecHash(spec),
        [NUM_WORKER_GROUPS_ANNOTATION]: String(
          Array.isArray(spec['workerGroupSpecs']) ? spec['workerGroupSpecs'].length : 0,
        ),
        ...(features.versionAnnotation ? { 'ray.io/kuberay-version': features.tag } : {}),
      },
      name,
      spec,
    };
  };

  const createCluster = (service: KObject, name: string): KObject => {
    const ns = service.metadata.namespace!;
    const goal = desiredCluster(service, name);
    const cluster = store.create(RAY_CLUSTER, ns, {
      apiVersion: 'ray.io/v1',
      kind: 'RayCluster',
      metadata: {
        name,
        labels: goal.labels,
        annotations: goal.annotations,
        ownerReferences: [ownerReference(service)],
      } as unknown as KObject['metadata'],
      spec: goal.spec,
    });
    if (features.serviceEvents === 'v1.3')
      record(service, 'Normal', 'CreatedRayCluster', `Created RayCluster ${ns}/${name}`);
    return cluster;
  };

  /** modifyRayCluster: the spec is rebuilt from the RayService, replica counts included (KubeRay has a TODO on it). */
  const updateCluster = (service: KObject, cluster: KObject, role: 'active' | 'pending'): KObject => {
    const ns = service.metadata.namespace!;
    const goal = desiredCluster(service, cluster.metadata.name);
    const updated = store.mutate(RAY_CLUSTER, ns, cluster.metadata.name, (c) => {
      const suspend = dict(c.spec)['suspend'];
      c.spec = suspend === undefined ? goal.spec : { ...goal.spec, suspend };
      c.metadata.labels = goal.labels;
      c.metadata.annotations = goal.annotations;
    });
    if (features.serviceEvents === 'v1.3')
      record(service, 'Normal', 'UpdatedRayCluster', `Updated the ${role} RayCluster ${ns}/${cluster.metadata.name}`);
    return updated ?? cluster;
  };

  /** cleanUpRayClusterInstance: true while some cluster still has to go. */
  const cleanUpClusters = (service: KObject, clusters: KObject[], names: ReadonlySet<string>): boolean => {
    const ns = service.metadata.namespace!;
    const serviceDeleted = Boolean(service.metadata.deletionTimestamp);
    const delaySeconds = features.deletionDelaySeconds
      ? numberOr(dict(service.spec)['rayClusterDeletionDelaySeconds'], DEFAULT_DELETION_DELAY_S)
      : DEFAULT_DELETION_DELAY_S;
    const delayMs = serviceDeleted ? 0 : delaySeconds * 1000;
    let remaining = false;
    for (const cluster of clusters) {
      if (!serviceDeleted && names.has(cluster.metadata.name)) continue;
      remaining = true;
      const key = `${ns}/${cluster.metadata.name}`;
      const at = deletionAt.get(key);
      if (at === undefined && !serviceDeleted) {
        deletionAt.set(key, clock.now() + delayMs);
        continue;
      }
      if ((serviceDeleted || clock.now() >= at!) && !cluster.metadata.deletionTimestamp) {
        store.delete(RAY_CLUSTER, ns, cluster.metadata.name);
        if (features.serviceEvents === 'v1.3')
          record(service, 'Normal', 'DeletedRayCluster', `Deleted the RayCluster ${ns}/${cluster.metadata.name}`);
      }
    }
    const present = new Set(clusters.map((c) => `${ns}/${c.metadata.name}`));
    for (const key of deletionAt.keys()) if (key.startsWith(`${ns}/`) && !present.has(key)) deletionAt.delete(key);
    return remaining;
  };

  /** ValidateRayServiceMetadata's error, without the "The RayService metadata is invalid" that v1.6 put in front. */
  const validationError = (service: KObject): string | undefined => {
    if (features.metadataValidation === 'none') return undefined;
    const name = service.metadata.name;
    if (name.length > MAX_RAYSERVICE_NAME)
      return `RayService name should be no more than ${MAX_RAYSERVICE_NAME} characters`;
    if (!DNS_1035_LABEL.test(name))
      return `RayService name should be a valid DNS1035 label: [a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')]`;
    const text = features.initializingTimeout
      ? service.metadata.annotations?.[INITIALIZING_TIMEOUT_ANNOTATION]
      : undefined;
    const timeout = text ? initializingTimeoutOf(text) : undefined;
    if (timeout && 'problem' in timeout) {
      return timeout.problem === 'format'
        ? `RayService annotations is invalid: annotation ${INITIALIZING_TIMEOUT_ANNOTATION} has invalid format: ${text}. Expected Go duration format (e.g., '5m', '1h') or positive integer seconds`
        : `RayService annotations is invalid: annotation ${INITIALIZING_TIMEOUT_ANNOTATION} must be a positive duration, got: ${text}`;
    }
    return undefined;
  };

  const headPodOf = (ns: string, cluster: KObject) =>
    store
      .scan(POD, ns)
      .find(
        (p) =>
          p.metadata.labels?.[LABEL.cluster] === cluster.metadata.name &&
          p.metadata.labels?.[LABEL.nodeType] === 'head' &&
          !p.metadata.deletionTimestamp,
      );

  /** The head's proxy answers once Serve runs there: KubeRay labels the head as serving (updateHeadPodServeLabel). */
  const labelHead = (ns: string, cluster: KObject | undefined) => {
    if (!cluster) return;
    const runtime = runtimeOf(cluster);
    const head = headPodOf(ns, cluster);
    if (!head) return;
    const serving = String(
      runtime !== undefined && allRunning([...runtime.serve.apps.values()]) && Boolean(runtime.head()),
    );
    if (head.metadata.labels?.[LABEL.serve] !== serving) {
      store.mutate(
        POD,
        ns,
        head.metadata.name,
        (p) => void (p.metadata.labels = { ...p.metadata.labels, [LABEL.serve]: serving }),
      );
    }
  };

  const headReady = (cluster: KObject) => {
    const head = headPodOf(cluster.metadata.namespace!, cluster);
    return runtimeOf(cluster) !== undefined && head !== undefined && podReady(head);
  };

  /** Sends serveConfigV2 to a cluster that has not had it (KubeRay's serve config cache). */
  const submit = (service: KObject, cluster: KObject): { error?: string; submitted: boolean } => {
    const runtime = runtimeOf(cluster);
    const serveConfig = dict(service.spec)['serveConfigV2'];
    if (!runtime || typeof serveConfig !== 'string' || runtime.submittedConfig === serveConfig)
      return { submitted: false };
    const error = runtime.serve.deploy(serveConfig);
    if (error) return { error, submitted: false };
    runtime.submittedConfig = serveConfig;
    return { submitted: true };
  };

  /** The dashboard's applications, as KubeRay copies them into the status. */
  const readApps = (
    cluster: KObject,
  ): { ready: boolean; applicationStatuses: Record<string, AppStatus> } | undefined => {
    const runtime = runtimeOf(cluster);
    if (!runtime) return undefined;
    const apps = [...runtime.serve.apps.values()];
    const applicationStatuses = Object.fromEntries(
      apps.map((app) => [
        app.name,
        {
          status: app.status,
          ...(app.message ? { message: app.message } : {}),
          serveDeploymentStatuses: Object.fromEntries(
            app.deployments.map((d) => [
              d.spec.name,
              { status: d.status, ...(d.message ? { message: d.message } : {}) },
            ]),
          ),
        },
      ]),
    );
    return { ready: allRunning(apps), applicationStatuses };
  };

  /** reconcileServe: submit serveConfigV2 once the head pod is Ready, then read the applications back. */
  const reconcileServe = (service: KObject, cluster: KObject): ServeResult => {
    if (!headReady(cluster)) return { ready: false };
    const sent = submit(service, cluster);
    if (sent.error)
      record(
        service,
        'Warning',
        'FailedToUpdateServeApplications',
        `Failed to update serve applications to the RayCluster ${cluster.metadata.name}: ${sent.error}`,
      );
    return readApps(cluster) ?? { ready: false };
  };

  /** reconcileServices: create the Service, or point its selector at the cluster. */
  const ensureService = (
    owner: KObject,
    name: string,
    selector: Record<string, string>,
    ports: { name: string; port: number }[],
    headless: boolean,
  ): KObject => {
    const ns = owner.metadata.namespace!;
    const existing = store.get(SERVICE, ns, name);
    if (!existing) {
      const spec = {
        ...(headless
          ? { clusterIP: 'None', publishNotReadyAddresses: true }
          : { type: 'ClusterIP', clusterIP: `10.96.${random.int(0, 255)}.${random.int(1, 254)}` }),
        selector,
        ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: 'TCP' })),
      };
      return store.create(SERVICE, ns, {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name,
          labels: { [LABEL.originName]: owner.metadata.name },
          ownerReferences: [ownerReference(owner)],
        } as unknown as KObject['metadata'],
        spec,
      });
    }
    if (JSON.stringify(existing.spec.selector) === JSON.stringify(selector)) return existing;
    return store.mutate(SERVICE, ns, name, (s) => void (s.spec.selector = selector)) ?? existing;
  };

  /** Head and serve Services for the cluster that serves; undefined while the serve Service cannot be built. */
  const pointServicesAt = (service: KObject, cluster: KObject): string | undefined => {
    const name = service.metadata.name;
    const clusterName = cluster.metadata.name;
    ensureService(
      service,
      headServiceName(name),
      { [LABEL.cluster]: clusterName, [LABEL.nodeType]: 'head' },
      headPorts(cluster),
      true,
    );
    const servePorts = headPorts(cluster).filter((p) => p.name === 'serve' || p.name.startsWith('serve-'));
    // KubeRay builds the serve Service from the head's serve ports; with none it cannot (common/service.go).
    if (!servePorts.length) {
      record(
        service,
        'Warning',
        'FailedToCreateServeService',
        `The head container of ${clusterName} declares no port named "serve", so the serve Service ${serveServiceName(name)} cannot be created`,
      );
      return undefined;
    }
    const serve = ensureService(
      service,
      serveServiceName(name),
      { [LABEL.cluster]: clusterName, [LABEL.serve]: 'true' },
      servePorts,
      false,
    );
    return serve.spec.selector?.[LABEL.cluster];
  };

  /** calculateNumServeEndpointsFromSlices: ready endpoints of the serve Service, counted once per pod. */
  const serveEndpoints = (service: KObject): number => {
    const slices = store
      .scan(SLICE, service.metadata.namespace)
      .filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === serveServiceName(service.metadata.name));
    const endpoints = slices.flatMap(
      (s) => (s['endpoints'] ?? []) as { conditions?: { ready?: boolean }; targetRef?: { uid?: string } }[],
    );
    return new Set(endpoints.filter((e) => e.conditions?.ready).map((e) => e.targetRef?.uid)).size;
  };

  /** `stamp`: lastUpdateTime moves; KubeRay 1.1–1.2 write some statuses without moving it. */
  const writeStatus = (service: KObject, next: ServiceStatus, stamp = true) => {
    store.mutate(
      RAY_SERVICE,
      service.metadata.namespace,
      service.metadata.name,
      (s) => {
        if (
          canonicalJson({ ...s.status, lastUpdateTime: undefined }) ===
          canonicalJson({ ...next, lastUpdateTime: undefined })
        )
          return;
        const lastUpdateTime = stamp ? timestamp(clock.now()) : s.status?.lastUpdateTime;
        s.status = { ...next, lastUpdateTime };
      },
      'status',
    );
  };

  /** A new pending cluster's name when one is due: none yet, or a changed rayClusterConfig with zero downtime. */
  const newClusterName = (
    service: KObject,
    active: KObject | undefined,
    pending: KObject | undefined,
    pendingServing: boolean,
  ) =>
    shouldPrepareNewCluster(service, active, pending, pendingServing)
      ? clusterNameFor(service.metadata.name, random, features)
      : undefined;

  const recordRepeated = (service: KObject, reason: string, message: string) => {
    const uid = service.metadata.uid ?? '';
    if (repeated.get(uid) === reason) return;
    repeated.set(uid, reason);
    record(service, 'Normal', reason, message);
  };

  const legacyKit: LegacyKit = {
    features,
    now: () => clock.now(),
    record,
    recordRepeated,
    newClusterName: (service, active) => newClusterName(service, active, undefined, false),
    headReady,
    submit,
    readApps,
    labelHead: (cluster) => labelHead(cluster.metadata.namespace!, cluster),
    pointServicesAt,
    serveEndpoints,
    write: writeStatus,
  };

  /** Before v1.6 an invalid RayService is only an event (said again when the error changes) and a requeue. */
  const reportInvalid = (service: KObject, status: ServiceStatus, invalid: string) => {
    const ns = service.metadata.namespace!;
    if (features.metadataValidation === 'condition') {
      const message = `The RayService metadata is invalid: ${invalid}`;
      // The condition keeps the old observedGeneration, so a client waiting for the new one waits in vain.
      const previous = status.conditions?.find((c) => c.type === 'Ready');
      if (previous?.reason !== 'ValidationFailed' || previous.message !== message)
        record(service, 'Warning', 'InvalidRayServiceMetadata', `${ns}/${service.metadata.name}: ${message}`);
      writeStatus(
        service,
        applyConditions(status, clock.now(), {
          known: features,
          ready: { status: 'False', reason: 'ValidationFailed', message },
        }),
      );
      return;
    }
    const uid = service.metadata.uid ?? '';
    if (invalidSaid.get(uid) === invalid) return;
    invalidSaid.set(uid, invalid);
    record(
      service,
      'Warning',
      'InvalidRayServiceMetadata',
      `The RayService metadata is invalid ${ns}/${service.metadata.name}: ${invalid}`,
    );
  };

  const reconcile = (service: KObject) => {
    const ns = service.metadata.namespace!;
    const status: ServiceStatus = structuredClone(service.status ?? {});
    const clusters = store
      .list(RAY_CLUSTER, ns)
      .filter(
        (c) =>
          c.metadata.labels?.[LABEL.originName] === service.metadata.name &&
          c.metadata.labels?.[LABEL.originCrd] === 'RayService',
      );
    const activeName = status.activeServiceStatus?.rayClusterName ?? '';
    const pendingName = status.pendingServiceStatus?.rayClusterName ?? '';
    const remaining = cleanUpClusters(service, clusters, new Set([activeName, pendingName].filter(Boolean)));

    if (service.metadata.deletionTimestamp) {
      if (!remaining)
        store.mutate(
          RAY_SERVICE,
          ns,
          service.metadata.name,
          (s) => void (s.metadata.finalizers = (s.metadata.finalizers ?? []).filter((f) => f !== RAYSERVICE_FINALIZER)),
        );
      return;
    }
    if (features.finalizer && !service.metadata.finalizers?.includes(RAYSERVICE_FINALIZER)) {
      store.mutate(
        RAY_SERVICE,
        ns,
        service.metadata.name,
        (s) => void (s.metadata.finalizers = [...(s.metadata.finalizers ?? []), RAYSERVICE_FINALIZER]),
      );
      return;
    }
    const invalid = validationError(service);
    if (invalid) {
      reportInvalid(service, status, invalid);
      return;
    }
    invalidSaid.delete(service.metadata.uid ?? '');
    const ready = status.conditions?.find((c) => c.type === 'Ready');
    if (ready?.status === 'False' && ready.reason === 'InitializingTimeout') return;

    // reconcileRayCluster
    let active = clusters.find((c) => c.metadata.name === activeName && !c.metadata.deletionTimestamp);
    let pending = clusters.find((c) => c.metadata.name === pendingName && !c.metadata.deletionTimestamp);
    if (pendingName && !pending) pending = createCluster(service, pendingName);
    if (shouldUpdateCluster(service, active, true)) active = updateCluster(service, active!, 'active');
    if (shouldUpdateCluster(service, pending, false)) pending = updateCluster(service, pending!, 'pending');

    if (features.statusModel === 'serviceStatus') {
      reconcileLegacyStatus(service, status, { active, pending }, legacyKit);
      return;
    }

    labelHead(ns, active);
    labelHead(ns, pending);

    // During an upgrade only the pending cluster's Serve apps are reconciled; the active one keeps serving as it is.
    const pendingServe = pending ? reconcileServe(service, pending) : undefined;
    const activeServe =
      active && !pending && !shouldPrepareNewCluster(service, active, undefined, false)
        ? reconcileServe(service, active)
        : undefined;
    const target = pendingServe?.ready ? pending : activeServe?.ready ? active : undefined;
    const servedBy = target ? pointServicesAt(service, target) : undefined;

    // calculateStatus
    const next: ServiceStatus = { ...status, observedGeneration: service.metadata.generation };
    next.activeServiceStatus = activeName
      ? {
          rayClusterName: activeName,
          rayClusterStatus: active?.status ?? {},
          ...(activeServe?.applicationStatuses ? { applicationStatuses: activeServe.applicationStatuses } : {}),
        }
      : undefined;
    next.pendingServiceStatus = pendingName
      ? {
          rayClusterName: pendingName,
          rayClusterStatus: pending?.status ?? {},
          ...(pendingServe?.applicationStatuses ? { applicationStatuses: pendingServe.applicationStatuses } : {}),
        }
      : undefined;
    let pendingServing = false;
    if (servedBy) {
      pendingServing = servedBy === pendingName;
      // Blue/green: promotion is complete once the Services' selector has switched.
      if (servedBy !== activeName) {
        next.activeServiceStatus = next.pendingServiceStatus;
        next.pendingServiceStatus = undefined;
      }
    }
    const prepared = newClusterName(service, active, pending, pendingServing);
    if (prepared) next.pendingServiceStatus = { rayClusterName: prepared };
    next.numServeEndpoints = serveEndpoints(service);
    const timeoutMs = features.initializingTimeout ? initializingTimeout(service) : undefined;
    writeStatus(
      service,
      applyConditions(next, clock.now(), {
        known: features,
        initializingTimeoutMs: timeoutMs,
        onTimeout: (message) => record(service, 'Warning', 'RayServiceInitializingTimeout', message),
      }),
    );
  };

  return clock.every(REQUEUE_MS, () => {
    const services = store.list(RAY_SERVICE);
    for (const service of services) reconcile(service);
    // What was said of a RayService that is gone is forgotten.
    const present = new Set(services.map((s) => s.metadata.uid ?? ''));
    for (const uid of [...repeated.keys(), ...invalidSaid.keys()]) {
      if (present.has(uid)) continue;
      repeated.delete(uid);
      invalidSaid.delete(uid);
    }
  });
}

/** KubeRay's isReady: at least one app, and every app RUNNING. */
const allRunning = (apps: readonly { status: string }[]) =>
  apps.length > 0 && apps.every((app) => app.status === 'RUNNING');

function initializingTimeout(service: KObject): number | undefined {
  const text = service.metadata.annotations?.[INITIALIZING_TIMEOUT_ANNOTATION];
  const timeout = text ? initializingTimeoutOf(text) : undefined;
  return timeout && 'ms' in timeout ? timeout.ms : undefined;
}
