// KubeRay's RayService controller (ray-operator/controllers/ray/rayservice_controller.go, v1.7 semantics with the
// v1.3+ Ready condition): finalizer, a RayCluster per RayService, serveConfigV2 submitted once the head pod is
// Ready, application statuses read back, the head and serve Services once every app is RUNNING, numServeEndpoints
// from ready serving pods, and teardown that deletes the clusters before releasing the finalizer.
import { dict } from '../../ray/index.ts';
import { typeByKind } from '../api/resources.ts';
import { timestamp, type KObject, type ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import type { EventRecorder } from '../cluster/events.ts';
import type { Random } from '../random.ts';
import type { RayClusterRuntime } from '../raycluster/runtime.ts';
import { podReady } from '../cluster/pod-status.ts';
import { clusterNameFor, headServiceName, KUBERAY_VERSION, LABEL, RAYSERVICE_FINALIZER, serveServiceName } from './names.ts';
import { headPorts, ownerReference } from './raycluster-controller.ts';

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


export function startRayServiceController(store: ObjectStore, clock: Clock, random: Random, record: EventRecorder, runtimeOf: (cluster: KObject) => RayClusterRuntime | undefined): Cancel {
  const reconcile = (service: KObject) => {
    const ns = service.metadata.namespace!;
    const name = service.metadata.name;
    const clusters = store.list(RAY_CLUSTER, ns).filter((c) => c.metadata.labels?.[LABEL.originName] === name && c.metadata.labels?.[LABEL.originCrd] === 'RayService');

    if (service.metadata.deletionTimestamp) {
      // rayClusterDeletionDelaySeconds is 0 when the RayService itself goes.
      for (const cluster of clusters) if (!cluster.metadata.deletionTimestamp) store.delete(RAY_CLUSTER, ns, cluster.metadata.name);
      if (clusters.length === 0) {
        store.mutate(RAY_SERVICE, ns, name, (s) => {
          s.metadata.finalizers = (s.metadata.finalizers ?? []).filter((f) => f !== RAYSERVICE_FINALIZER);
        });
      }
      return;
    }
    if (!service.metadata.finalizers?.includes(RAYSERVICE_FINALIZER)) {
      store.mutate(RAY_SERVICE, ns, name, (s) => {
        s.metadata.finalizers = [...(s.metadata.finalizers ?? []), RAYSERVICE_FINALIZER];
      });
    }
    if (name.length > 47) {
      setStatus(service, { ready: false, reason: 'ValidationFailed', message: `RayService name should be no more than 47 characters` });
      record(service, 'Warning', 'InvalidRayServiceMetadata', `The RayService name ${name} should be no more than 47 characters`);
      return;
    }

    let cluster = clusters.find((c) => !c.metadata.deletionTimestamp);
    if (!cluster) {
      const clusterSpec = structuredClone(dict(service.spec)['rayClusterConfig'] ?? {});
      cluster = store.create(RAY_CLUSTER, ns, {
        apiVersion: 'ray.io/v1',
        kind: 'RayCluster',
        metadata: {
          name: clusterNameFor(name, random),
          labels: { ...service.metadata.labels, [LABEL.originName]: name, [LABEL.originCrd]: 'RayService' },
          annotations: { ...service.metadata.annotations, 'ray.io/kuberay-version': KUBERAY_VERSION, 'ray.io/num-worker-groups': String(((clusterSpec as { workerGroupSpecs?: unknown[] }).workerGroupSpecs ?? []).length) },
          ownerReferences: [ownerReference(service)],
        } as unknown as KObject['metadata'],
        spec: clusterSpec,
      });
      record(service, 'Normal', 'CreatedRayCluster', `Created RayCluster ${ns}/${cluster.metadata.name}`);
    }
    const clusterName = cluster.metadata.name;
    const runtime = runtimeOf(cluster);
    const pods = store.list(POD, ns).filter((p) => p.metadata.labels?.[LABEL.cluster] === clusterName && !p.metadata.deletionTimestamp);
    const head = pods.find((p) => p.metadata.labels?.[LABEL.nodeType] === 'head');

    // Submit serveConfigV2 once the head pod is Ready (the dashboard answers).
    const serveConfig = dict(service.spec)['serveConfigV2'];
    if (runtime && head && podReady(head) && typeof serveConfig === 'string' && runtime.submittedConfig !== serveConfig) {
      const error = runtime.serve.deploy(serveConfig);
      if (error) record(service, 'Warning', 'FailedToUpdateServeApplications', `Failed to update serve applications to the RayCluster ${clusterName}: ${error}`);
      else runtime.submittedConfig = serveConfig;
    }
    const apps = runtime ? [...runtime.serve.apps.values()] : [];
    const applicationStatuses = Object.fromEntries(apps.map((app) => [app.name, {
      status: app.status,
      ...(app.message ? { message: app.message } : {}),
      serveDeploymentStatuses: Object.fromEntries(app.deployments.map((d) => [d.spec.name, { status: d.status, ...(d.message ? { message: d.message } : {}) }])),
    }]));
    const appsRunning = apps.length > 0 && apps.every((app) => app.status === 'RUNNING');

    // The head's proxy answers once Serve runs: KubeRay labels the head as serving.
    if (head && head.metadata.labels?.[LABEL.serve] !== String(appsRunning && Boolean(runtime?.head()))) {
      store.mutate(POD, ns, head.metadata.name, (p) => {
        p.metadata.labels = { ...p.metadata.labels, [LABEL.serve]: String(appsRunning && Boolean(runtime?.head())) };
      });
    }
    const promoted = service.status?.activeServiceStatus?.rayClusterName === clusterName;
    if (appsRunning || promoted) {
      ensureService(service, headServiceName(name), { [LABEL.cluster]: clusterName, [LABEL.nodeType]: 'head' }, headPorts(cluster), true);
      const servePorts = headPorts(cluster).filter((p) => p.name === 'serve' || p.name.startsWith('serve-'));
      // KubeRay builds the serve Service from the head's serve ports; with none it cannot (common/service.go).
      if (servePorts.length) ensureService(service, serveServiceName(name), { [LABEL.cluster]: clusterName, [LABEL.serve]: 'true' }, servePorts, false);
      else record(service, 'Warning', 'FailedToCreateServeService', `The head container of ${clusterName} declares no port named "serve", so the serve Service ${serveServiceName(name)} cannot be created`);
    }
    // KubeRay counts ready endpoints in the serve Service's EndpointSlices, by pod (rayservice_controller.go).
    const slices = store.list(SLICE, ns).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === serveServiceName(name));
    const readyPods = new Set(slices.flatMap((s) => (s['endpoints'] ?? []) as { conditions?: { ready?: boolean }; targetRef?: { uid?: string } }[]).filter((e) => e.conditions?.ready).map((e) => e.targetRef?.uid));
    const endpoints = appsRunning || promoted ? readyPods.size : 0;
    const clusterStatus = store.get(RAY_CLUSTER, ns, clusterName)?.status ?? {};
    const active = appsRunning || promoted;
    const readyNow = active && endpoints > 0;
    setStatus(service, {
      ready: readyNow,
      reason: readyNow ? 'NonZeroServeEndpoints' : active ? 'ZeroServeEndpoints' : 'Initializing',
      message: readyNow ? 'Number of serve endpoints is greater than 0' : active ? 'Number of serve endpoints dropped to 0' : 'RayService is initializing',
      endpoints,
      [active ? 'active' : 'pending']: { rayClusterName: clusterName, rayClusterStatus: clusterStatus, applicationStatuses },
    });
  };

  const ensureService = (owner: KObject, name: string, selector: Record<string, string>, ports: { name: string; port: number }[], headless: boolean) => {
    const ns = owner.metadata.namespace!;
    const existing = store.get(SERVICE, ns, name);
    const spec = { ...(headless ? { clusterIP: 'None', publishNotReadyAddresses: true } : { type: 'ClusterIP', clusterIP: `10.96.${random.int(0, 255)}.${random.int(1, 254)}` }), selector, ports: ports.map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: 'TCP' })) };
    if (!existing) {
      store.create(SERVICE, ns, { apiVersion: 'v1', kind: 'Service', metadata: { name, labels: { [LABEL.originName]: owner.metadata.name }, ownerReferences: [ownerReference(owner)] } as unknown as KObject['metadata'], spec });
    } else if (JSON.stringify(existing.spec.selector) !== JSON.stringify(selector)) {
      store.mutate(SERVICE, ns, name, (s) => void (s.spec.selector = selector));
    }
  };

  interface StatusUpdate {
    ready: boolean;
    reason: string;
    message: string;
    endpoints?: number;
    active?: Record<string, unknown>;
    pending?: Record<string, unknown>;
  }

  const setStatus = (service: KObject, update: StatusUpdate) => {
    store.mutate(RAY_SERVICE, service.metadata.namespace, service.metadata.name, (s) => {
      const previous = s.status ?? {};
      const before = previous.conditions?.find((c: { type: string }) => c.type === 'Ready');
      const status = update.ready ? 'True' : 'False';
      const ready = { type: 'Ready', status, reason: update.reason, message: update.message, observedGeneration: s.metadata.generation, lastTransitionTime: before && before.status === status && before.reason === update.reason ? before.lastTransitionTime : timestamp(clock.now()) };
      const upgrade = previous.conditions?.find((c: { type: string }) => c.type === 'UpgradeInProgress') ?? { type: 'UpgradeInProgress', status: 'False', reason: 'NoPendingCluster', message: 'No pending cluster exists', observedGeneration: s.metadata.generation, lastTransitionTime: timestamp(clock.now()) };
      s.status = {
        conditions: [ready, { ...upgrade, observedGeneration: s.metadata.generation }],
        serviceStatus: update.ready ? 'Running' : '',
        numServeEndpoints: update.endpoints ?? 0,
        observedGeneration: update.reason === 'ValidationFailed' ? previous.observedGeneration : s.metadata.generation,
        ...(update.active ? { activeServiceStatus: update.active } : previous.activeServiceStatus && !update.pending ? { activeServiceStatus: previous.activeServiceStatus } : {}),
        ...(update.pending ? { pendingServiceStatus: update.pending } : {}),
        lastUpdateTime: previous.lastUpdateTime ?? timestamp(clock.now()),
      };
      if (JSON.stringify({ ...s.status, lastUpdateTime: undefined }) !== JSON.stringify({ ...previous, lastUpdateTime: undefined })) s.status.lastUpdateTime = timestamp(clock.now());
    }, 'status');
  };

  return clock.every(REQUEUE_MS, () => {
    for (const service of store.list(RAY_SERVICE)) reconcile(service);
  });
}


