// kube-controller-manager's endpoint and EndpointSlice controllers: for every Service with a selector, the pods it
// selects with their readiness (discovery.k8s.io/v1 EndpointSlice `<service>-xxxxx` labelled
// kubernetes.io/service-name, and core/v1 Endpoints). KubeRay counts numServeEndpoints from these.
import { typeByKind } from '../api/resources.ts';
import { parseLabelSelector } from '../api/selectors.ts';
import type { KObject, ObjectStore } from '../api/store.ts';
import type { Cancel, Clock } from '../clock.ts';
import type { Random } from '../random.ts';
import { podReady } from './pod-status.ts';

const POD = typeByKind('v1', 'Pod')!;
const SERVICE = typeByKind('v1', 'Service')!;
const ENDPOINTS = typeByKind('v1', 'Endpoints')!;
const SLICE = typeByKind('discovery.k8s.io/v1', 'EndpointSlice')!;

function owner(service: KObject) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    name: service.metadata.name,
    uid: service.metadata.uid,
    controller: true,
    blockOwnerDeletion: true,
  };
}

export function startEndpointsController(store: ObjectStore, clock: Clock, random: Random): Cancel {
  const sync = (service: KObject) => {
    const ns = service.metadata.namespace!;
    const selectorMap = (service.spec?.selector ?? {}) as Record<string, string>;
    if (!Object.keys(selectorMap).length) return;
    const selector = parseLabelSelector(
      Object.entries(selectorMap)
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    );
    const pods = store.scan(POD, ns).filter((p) => selector(p.metadata.labels ?? {}) && p.status?.podIP);
    const ports = (
      (service.spec?.ports ?? []) as { name?: string; port: number; targetPort?: number | string; protocol?: string }[]
    ).map((p) => ({
      name: p.name ?? '',
      port: typeof p.targetPort === 'number' ? p.targetPort : p.port,
      protocol: p.protocol ?? 'TCP',
    }));
    const includeNotReady = service.spec?.publishNotReadyAddresses === true;
    const endpoints = pods.map((pod) => ({
      addresses: [String(pod.status.podIP)],
      conditions: {
        ready: (podReady(pod) || includeNotReady) && !pod.metadata.deletionTimestamp,
        serving: podReady(pod),
        terminating: Boolean(pod.metadata.deletionTimestamp),
      },
      nodeName: pod.spec?.nodeName,
      targetRef: { kind: 'Pod', namespace: ns, name: pod.metadata.name, uid: pod.metadata.uid },
    }));
    const slice = store
      .scan(SLICE, ns)
      .find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service.metadata.name);
    const body = { addressType: 'IPv4', endpoints, ports };
    if (!slice) {
      store.create(SLICE, ns, {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: `${service.metadata.name}-${random.suffix(5)}`,
          labels: {
            'kubernetes.io/service-name': service.metadata.name,
            'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
          },
          ownerReferences: [owner(service)],
        } as unknown as KObject['metadata'],
        ...body,
      });
    } else if (
      JSON.stringify({ addressType: slice['addressType'], endpoints: slice['endpoints'], ports: slice['ports'] }) !==
      JSON.stringify(body)
    ) {
      store.mutate(SLICE, ns, slice.metadata.name, (s) => Object.assign(s, body));
    }
    const subsets = endpoints.length
      ? [
          {
            ...(endpoints.some((e) => e.conditions.ready)
              ? {
                  addresses: endpoints
                    .filter((e) => e.conditions.ready)
                    .map((e) => ({ ip: e.addresses[0], nodeName: e.nodeName, targetRef: e.targetRef })),
                }
              : {}),
            ...(endpoints.some((e) => !e.conditions.ready)
              ? {
                  notReadyAddresses: endpoints
                    .filter((e) => !e.conditions.ready)
                    .map((e) => ({ ip: e.addresses[0], nodeName: e.nodeName, targetRef: e.targetRef })),
                }
              : {}),
            ports: ports.map((p) => ({ name: p.name, port: p.port, protocol: p.protocol })),
          },
        ]
      : [];
    const existing = store.get(ENDPOINTS, ns, service.metadata.name);
    if (!existing)
      store.create(ENDPOINTS, ns, {
        apiVersion: 'v1',
        kind: 'Endpoints',
        metadata: { name: service.metadata.name, ownerReferences: [owner(service)] } as unknown as KObject['metadata'],
        subsets,
      });
    else if (JSON.stringify(existing['subsets']) !== JSON.stringify(subsets))
      store.mutate(ENDPOINTS, ns, service.metadata.name, (e) => void (e['subsets'] = subsets));
  };
  return clock.every(500, () => {
    for (const service of store.scan(SERVICE)) {
      if (service.metadata.deletionTimestamp) continue;
      try {
        sync(service);
      } catch {
        // The namespace is terminating; the next sync sees it gone.
      }
    }
  });
}
