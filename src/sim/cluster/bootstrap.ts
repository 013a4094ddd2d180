// What a fresh cluster holds: default namespaces, the node pool, and KubeRay's CRDs (the operator is installed).
import { RESOURCE_TYPES, typeByKind } from '../api/resources.ts';
import type { KObject, ObjectStore } from '../api/store.ts';

export interface NodePool {
  /** GPU nodes, each with `gpusPerNode` nvidia.com/gpu. */
  readonly gpuNodes: number;
  readonly gpusPerNode: number;
  readonly cpuNodes: number;
}

export const DEFAULT_NODE_POOL: NodePool = { gpuNodes: 4, gpusPerNode: 1, cpuNodes: 1 };

function node(name: string, gpus: number): KObject {
  const capacity: Record<string, string> = {
    cpu: gpus ? '48' : '16',
    memory: gpus ? '393216Mi' : '65536Mi',
    pods: '110',
    ...(gpus ? { 'nvidia.com/gpu': String(gpus) } : {}),
  };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        ...(gpus ? { 'nvidia.com/gpu.present': 'true', 'nvidia.com/gpu.product': 'NVIDIA-L40S' } : {}),
      },
    } as unknown as KObject['metadata'],
    spec: {},
    status: {
      capacity,
      allocatable: capacity,
      conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'rayservice-ci sim node' }],
      nodeInfo: { kubeletVersion: 'v1.32.0-sim' },
    },
  };
}

function crd(kind: string, plural: string, annotations: Record<string, string>): KObject {
  const type = RESOURCE_TYPES.find((t) => t.plural === plural && t.group === 'ray.io')!;
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.ray.io`, annotations } as KObject['metadata'],
    spec: {
      group: 'ray.io',
      names: { kind, listKind: `${kind}List`, plural, singular: type.singular, categories: ['all'] },
      scope: 'Namespaced',
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          subresources: { status: {} },
          schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
        },
      ],
    },
    status: {
      conditions: [{ type: 'Established', status: 'True', reason: 'InitialNamesAccepted' }],
      acceptedNames: { kind, plural },
    },
  };
}

/** `crdAnnotations`: what the installed release's CRD files carry (KubeRay's controller-gen version). */
export function bootstrap(store: ObjectStore, pool: NodePool, crdAnnotations: Record<string, string> = {}): void {
  const ns = typeByKind('v1', 'Namespace')!;
  for (const name of ['default', 'kube-system', 'kube-public']) {
    store.create(ns, undefined, {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name } as KObject['metadata'],
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  }
  const nodes = typeByKind('v1', 'Node')!;
  for (let i = 0; i < pool.cpuNodes; i++) store.create(nodes, undefined, node(`sim-cpu-${i}`, 0));
  for (let i = 0; i < pool.gpuNodes; i++) store.create(nodes, undefined, node(`sim-gpu-${i}`, pool.gpusPerNode));
  const crds = typeByKind('apiextensions.k8s.io/v1', 'CustomResourceDefinition')!;
  store.create(crds, undefined, crd('RayService', 'rayservices', crdAnnotations));
  store.create(crds, undefined, crd('RayCluster', 'rayclusters', crdAnnotations));
}
