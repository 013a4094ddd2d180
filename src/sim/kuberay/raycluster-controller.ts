// KubeRay's RayCluster controller (ray-operator/controllers/ray/raycluster_controller.go, v1.7 semantics): head and
// worker pods from the group templates, workersToDelete honoured first, no random deletion while the autoscaler is
// on, the head Service, and the status fields clients read — those the release played has (versions.ts).
import { dict, list, numberOr, rayGroups, stringOr } from '../../ray/index.ts';
import { typeByKind } from '../api/resources.ts';
import { timestamp, type KObject, type ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import type { EventRecorder } from '../cluster/events.ts';
import { podReady } from '../cluster/pod-status.ts';
import type { Random } from '../random.ts';
import type { Json } from '../api/json.ts';
import { quotaForbiddenMessage, quotaRefusal } from '../api/resource-quota.ts';
import { headPodName, headServiceName, LABEL, workerPodName } from './names.ts';
import { DEFAULT_KUBERAY_VERSION, KUBERAY_FEATURES, type KubeRayFeatures } from './versions.ts';

const POD = typeByKind('v1', 'Pod')!;
const SERVICE = typeByKind('v1', 'Service')!;
const RAY_CLUSTER = typeByKind('ray.io/v1', 'RayCluster')!;

/** Kubernetes quantities we meet in pod requests: "500m", "6", "1200Mi", "20Gi". */
export function quantity(value: unknown): number {
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(String(value ?? '').trim());
  if (!m) return 0;
  const units: Record<string, number> = {
    '': 1,
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    Ti: 1024 ** 4,
  };
  return Number(m[1]) * (units[m[2]!] ?? 1);
}

/** KubeRay's desiredCPU/desiredMemory: head plus workers × replicas × hosts, requests first, then limits. */
function desiredResources(cluster: KObject): { cpu: string; memory: string } {
  const spec = dict(cluster.spec);
  const groups = [
    { template: dict(spec['headGroupSpec'])['template'], pods: 1 },
    ...list(spec['workerGroupSpecs'])
      .map(dict)
      .map((g) => ({ template: g['template'], pods: numberOr(g['replicas'], 0) * numberOr(g['numOfHosts'], 1) })),
  ];
  let cpu = 0;
  let memory = 0;
  for (const group of groups) {
    for (const container of list(dict(dict(group.template)['spec'])['containers']).map(dict)) {
      const resources = dict(container['resources']);
      const pick = (key: string) => dict(resources['requests'])[key] ?? dict(resources['limits'])[key];
      cpu += quantity(pick('cpu')) * group.pods;
      memory += quantity(pick('memory')) * group.pods;
    }
  }
  const millis = Math.round(cpu * 1000);
  return {
    cpu: millis % 1000 === 0 ? String(millis / 1000) : `${millis}m`,
    memory: memory % 1024 ** 3 === 0 ? `${memory / 1024 ** 3}Gi` : `${Math.round(memory / 1024 ** 2)}Mi`,
  };
}

export function ownerReference(owner: KObject) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

const ready = (pod: KObject) => pod.status?.phase === 'Running' && podReady(pod);

/** Ports of the head container, as KubeRay's head Service exposes them (defaults when none are declared). */
export function headPorts(cluster: KObject): { name: string; port: number }[] {
  const container = dict(
    list(dict(dict(dict(dict(cluster.spec)['headGroupSpec'])['template'])['spec'])['containers'])[0],
  );
  const declared = list(container['ports'])
    .map(dict)
    .filter((p) => typeof p['containerPort'] === 'number')
    .map((p) => ({
      name: stringOr(p['name'], `port-${String(p['containerPort'])}`),
      port: p['containerPort'] as number,
    }));
  const ports = declared.length
    ? declared
    : [
        { name: 'client', port: 10001 },
        { name: 'gcs-server', port: 6379 },
        { name: 'dashboard', port: 8265 },
        { name: 'serve', port: 8000 },
      ];
  return ports.some((p) => p.name === 'metrics') ? ports : [...ports, { name: 'metrics', port: 8080 }];
}

function podFromTemplate(
  cluster: KObject,
  template: Record<string, Json>,
  name: string,
  labels: Record<string, string>,
): KObject {
  const metadata = dict(template['metadata']);
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      labels: { ...(metadata['labels'] as Record<string, string> | undefined), ...labels },
      annotations: { ...(metadata['annotations'] as Record<string, string> | undefined), 'ray.io/ft-enabled': 'false' },
      ownerReferences: [ownerReference(cluster)],
    } as unknown as KObject['metadata'],
    spec: { restartPolicy: 'Always', terminationGracePeriodSeconds: 30, ...structuredClone(dict(template['spec'])) },
    status: { phase: 'Pending', qosClass: 'Burstable' },
  };
}

export function startRayClusterController(
  store: ObjectStore,
  clock: Clock,
  random: Random,
  record: EventRecorder,
  features: KubeRayFeatures = KUBERAY_FEATURES[DEFAULT_KUBERAY_VERSION],
): Cancel {
  const reconcile = (cluster: KObject) => {
    const ns = cluster.metadata.namespace!;
    const name = cluster.metadata.name;
    const fromService = cluster.metadata.labels?.[LABEL.originCrd] === 'RayService';
    const base = {
      [LABEL.cluster]: name,
      [LABEL.isRayNode]: 'yes',
      [LABEL.appName]: 'kuberay',
      [LABEL.createdBy]: 'kuberay-operator',
    };
    // Pods are read in place (the store's objects are frozen): a cluster of a thousand workers must not stall the sim.
    const pods = store.scan(POD, ns).filter((p) => p.metadata.labels?.[LABEL.cluster] === name);
    // KubeRay names pods with generateName, and the API server (1.32) draws again when a name is taken: with a
    // thousand workers, five random characters do collide.
    const unused = (draw: () => string) => {
      let podName = draw();
      for (let i = 0; i < 10 && store.has(POD, ns, podName); i++) podName = draw();
      return podName;
    };
    const live = pods.filter((p) => !p.metadata.deletionTimestamp);

    const head = live.find((p) => p.metadata.labels?.[LABEL.nodeType] === 'head');
    if (!head) {
      const template = dict(dict(cluster.spec)['headGroupSpec'])['template'] as Record<string, Json>;
      const pod = store.create(
        POD,
        ns,
        podFromTemplate(
          cluster,
          template ?? {},
          unused(() => headPodName(name, random, features)),
          {
            ...base,
            [LABEL.nodeType]: 'head',
            [LABEL.group]: 'headgroup',
            [LABEL.identifier]: `${name}-head`,
            ...(fromService ? { [LABEL.serve]: 'false' } : {}),
          },
        ),
      );
      record(cluster, 'Normal', 'CreatedHeadPod', `Created head Pod ${ns}/${pod.metadata.name}`);
    }
    if (!store.get(SERVICE, ns, headServiceName(name))) {
      store.create(SERVICE, ns, {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name: headServiceName(name),
          labels: { [LABEL.cluster]: name, [LABEL.nodeType]: 'head' },
          ownerReferences: [ownerReference(cluster)],
        } as unknown as KObject['metadata'],
        spec: {
          clusterIP: 'None',
          publishNotReadyAddresses: true,
          selector: { [LABEL.cluster]: name, [LABEL.nodeType]: 'head' },
          ports: headPorts(cluster).map((p) => ({ name: p.name, port: p.port, targetPort: p.port, protocol: 'TCP' })),
        },
      });
    }

    const autoscaling = dict(cluster.spec)['enableInTreeAutoscaling'] === true;
    const specs = list(dict(cluster.spec)['workerGroupSpecs']).map(dict);
    let desiredWorkers = 0;
    let refused = false;
    rayGroups(cluster.spec, [])
      .filter((g) => g.kind === 'worker')
      .forEach((group, i) => {
        const spec = specs[i] ?? {};
        const toDelete = new Set(list(dict(spec['scaleStrategy'])['workersToDelete']) as string[]);
        let members = live.filter(
          (p) => p.metadata.labels?.[LABEL.group] === group.name && p.metadata.labels?.[LABEL.nodeType] === 'worker',
        );
        for (const pod of members.filter((p) => toDelete.has(p.metadata.name))) {
          store.delete(POD, ns, pod.metadata.name);
          record(cluster, 'Normal', 'DeletedWorkerPod', `Deleted worker Pod ${ns}/${pod.metadata.name}`);
        }
        members = members.filter((p) => !toDelete.has(p.metadata.name));
        const desired =
          Math.min(Math.max(numberOr(spec['replicas'], group.minReplicas), group.minReplicas), group.maxReplicas) *
          group.numOfHosts;
        desiredWorkers += desired;
        for (let n = members.length; n < desired && !refused; n++) {
          const wanted = podFromTemplate(
            cluster,
            dict(spec['template']),
            unused(() => workerPodName(name, group.name, random, features)),
            {
              ...base,
              [LABEL.nodeType]: 'worker',
              [LABEL.group]: group.name,
              [LABEL.identifier]: `${name}-worker`,
              ...(fromService ? { [LABEL.serve]: 'true' } : {}),
            },
          );
          // The API server's quota admission refuses it: KubeRay records the error and ends this reconcile
          // (raycluster_controller.go createWorkerPod), so the next one tries again.
          const refusal = quotaRefusal(store, ns, wanted);
          if (refusal) {
            record(
              cluster,
              'Warning',
              'FailedToCreateWorkerPod',
              `Failed to create worker Pod for the cluster ${ns}/${name}, ${quotaForbiddenMessage(wanted.metadata.name, refusal)}`,
            );
            refused = true;
            break;
          }
          const pod = store.create(POD, ns, wanted);
          record(cluster, 'Normal', 'CreatedWorkerPod', `Created worker Pod ${ns}/${pod.metadata.name}`);
        }
        // The autoscaler is the sole decision-maker about which pods go; without it, KubeRay trims the newest.
        if (!autoscaling && members.length > desired) {
          for (const pod of [...members]
            .sort((a, b) => b.metadata.creationTimestamp.localeCompare(a.metadata.creationTimestamp))
            .slice(0, members.length - desired))
            store.delete(POD, ns, pod.metadata.name);
        }
      });

    const now = store
      .scan(POD, ns)
      .filter((p) => p.metadata.labels?.[LABEL.cluster] === name && !p.metadata.deletionTimestamp);
    const workers = now.filter((p) => p.metadata.labels?.[LABEL.nodeType] === 'worker');
    const headPod = now.find((p) => p.metadata.labels?.[LABEL.nodeType] === 'head');
    const groups = rayGroups(cluster.spec, []);
    const allRunning = now.every((p) => p.status?.phase === 'Running') && now.length === desiredWorkers + 1;
    const headReady = headPod !== undefined && ready(headPod);
    store.mutate(
      RAY_CLUSTER,
      ns,
      name,
      (c) => {
        const previous = c.status ?? {};
        const state = previous.state === 'ready' || allRunning ? 'ready' : previous.state;
        const provisioned =
          previous.conditions?.find((x: { type: string }) => x.type === 'RayClusterProvisioned')?.status === 'True' ||
          (allRunning && now.every(ready));
        c.status = {
          ...(state ? { state } : {}),
          desiredWorkerReplicas: desiredWorkers,
          availableWorkerReplicas: workers.filter((p) => p.status?.phase === 'Running').length,
          ...(features.clusterStatusFields === 'v1.2' ? { readyWorkerReplicas: workers.filter(ready).length } : {}),
          minWorkerReplicas: groups
            .filter((g) => g.kind === 'worker')
            .reduce((s, g) => s + g.minReplicas * g.numOfHosts, 0),
          maxWorkerReplicas: groups
            .filter((g) => g.kind === 'worker')
            .reduce((s, g) => s + Math.min(g.maxReplicas * g.numOfHosts, 2147483647), 0),
          desiredCPU: desiredResources(cluster).cpu,
          desiredMemory: desiredResources(cluster).memory,
          // From the spec (replicas × limits, head included), not what is allocated: as KubeRay computes it.
          desiredGPU: String(
            groups.reduce(
              (s, g) => s + (g.gpuLimit?.count ?? 0) * (g.kind === 'head' ? 1 : g.replicas * g.numOfHosts),
              0,
            ),
          ),
          // v1.1's head status has only the pod and Service IPs.
          head:
            features.clusterStatusFields === 'v1.2'
              ? {
                  podName: headPod?.metadata.name,
                  podIP: headPod?.status?.podIP,
                  serviceName: headServiceName(name),
                  serviceIP: 'None',
                }
              : { podIP: headPod?.status?.podIP, serviceIP: 'None' },
          endpoints: Object.fromEntries(headPorts(cluster).map((p) => [p.name, String(p.port)])),
          ...(features.clusterConditions
            ? {
                conditions: [
                  {
                    type: 'HeadPodReady',
                    status: headReady ? 'True' : 'False',
                    reason: headReady ? 'HeadPodRunningAndReady' : headPod ? 'ContainerCreating' : 'HeadPodNotFound',
                    message: '',
                    lastTransitionTime: timestamp(clock.now()),
                  },
                  {
                    type: 'RayClusterProvisioned',
                    status: provisioned ? 'True' : 'False',
                    reason: provisioned ? 'AllPodRunningAndReadyFirstTime' : 'RayClusterPodsProvisioning',
                    message: '',
                    lastTransitionTime: timestamp(clock.now()),
                  },
                ],
              }
            : {}),
          observedGeneration: c.metadata.generation,
          ...(state && features.clusterStatusFields === 'v1.2'
            ? { stateTransitionTimes: { ready: previous.stateTransitionTimes?.ready ?? timestamp(clock.now()) } }
            : {}),
        };
        // Keep lastTransitionTime stable unless the status actually changed.
        for (const condition of c.status.conditions ?? []) {
          const before = previous.conditions?.find((x: { type: string }) => x.type === condition.type);
          if (before && before.status === condition.status) condition.lastTransitionTime = before.lastTransitionTime;
        }
      },
      'status',
    );
  };
  return clock.every(500, () => {
    for (const cluster of store.list(RAY_CLUSTER)) if (!cluster.metadata.deletionTimestamp) reconcile(cluster);
  });
}
