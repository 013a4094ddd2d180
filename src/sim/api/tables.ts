// Server-side printing (meta.k8s.io/v1 Table): the columns `kubectl get` shows, as the API server's printers
// (pkg/printers/internalversion) and KubeRay's CRD additionalPrinterColumns (v1.7) define them.
import type { ResourceType } from './resources.ts';
import type { KObject } from './store.ts';

interface Column {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'date';
  readonly priority?: number;
  readonly cell: (object: KObject, now: number) => string | number;
}

export function age(timestamp: string | undefined, now: number): string {
  if (!timestamp) return '<unknown>';
  const s = Math.max(0, Math.floor((now - Date.parse(timestamp)) / 1000));
  if (s < 120) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${s % 60 && s < 600 ? `${s % 60}s` : ''}`;
  if (s < 86400)
    return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60) && s < 36000 ? `${Math.floor((s % 3600) / 60)}m` : ''}`;
  return `${Math.floor(s / 86400)}d`;
}

const name: Column = { name: 'Name', type: 'string', cell: (o) => o.metadata.name };
const created: Column = { name: 'Age', type: 'date', cell: (o, now) => age(o.metadata.creationTimestamp, now) };
const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

function podStatus(pod: KObject): string {
  if (pod.metadata.deletionTimestamp) return 'Terminating';
  const waiting = (pod.status?.containerStatuses ?? [])
    .map((c: { state?: { waiting?: { reason?: string } } }) => c.state?.waiting?.reason)
    .find(Boolean);
  return waiting ?? pod.status?.phase ?? 'Pending';
}

const COLUMNS: Record<string, readonly Column[]> = {
  Pod: [
    name,
    {
      name: 'Ready',
      type: 'string',
      cell: (p) =>
        `${(p.status?.containerStatuses ?? []).filter((c: { ready?: boolean }) => c.ready).length}/${(p.spec?.containers ?? []).length}`,
    },
    { name: 'Status', type: 'string', cell: podStatus },
    { name: 'Restarts', type: 'integer', cell: () => 0 },
    created,
    { name: 'IP', type: 'string', priority: 1, cell: (p) => text(p.status?.podIP) || '<none>' },
    { name: 'Node', type: 'string', priority: 1, cell: (p) => text(p.spec?.nodeName) || '<none>' },
  ],
  Node: [
    name,
    { name: 'Status', type: 'string', cell: () => 'Ready' },
    { name: 'Roles', type: 'string', cell: () => '<none>' },
    created,
    { name: 'Version', type: 'string', cell: (n) => text(n.status?.nodeInfo?.kubeletVersion) },
  ],
  Namespace: [name, { name: 'Status', type: 'string', cell: (n) => text(n.status?.phase) }, created],
  Service: [
    name,
    { name: 'Type', type: 'string', cell: (s) => text(s.spec?.type ?? 'ClusterIP') },
    { name: 'Cluster-IP', type: 'string', cell: (s) => text(s.spec?.clusterIP) || '<none>' },
    { name: 'External-IP', type: 'string', cell: () => '<none>' },
    {
      name: 'Port(s)',
      type: 'string',
      cell: (s) => (s.spec?.ports ?? []).map((p: { port: number }) => `${p.port}/TCP`).join(','),
    },
    created,
  ],
  Event: [
    { name: 'Last Seen', type: 'string', cell: (e, now) => age(e.lastTimestamp, now) },
    { name: 'Type', type: 'string', cell: (e) => text(e.type) },
    { name: 'Reason', type: 'string', cell: (e) => text(e.reason) },
    {
      name: 'Object',
      type: 'string',
      cell: (e) => `${String(e.involvedObject?.kind ?? '').toLowerCase()}/${text(e.involvedObject?.name)}`,
    },
    { name: 'Message', type: 'string', cell: (e) => text(e.message) },
  ],
  RayService: [
    name,
    { name: 'service status', type: 'string', cell: (s) => text(s.status?.serviceStatus) },
    { name: 'num serve endpoints', type: 'string', cell: (s) => text(s.status?.numServeEndpoints) },
    created,
  ],
  RayCluster: [
    name,
    { name: 'desired workers', type: 'integer', cell: (c) => text(c.status?.desiredWorkerReplicas) },
    { name: 'available workers', type: 'integer', cell: (c) => text(c.status?.availableWorkerReplicas) },
    { name: 'cpus', type: 'string', cell: (c) => text(c.status?.desiredCPU) },
    { name: 'memory', type: 'string', cell: (c) => text(c.status?.desiredMemory) },
    { name: 'gpus', type: 'string', cell: (c) => text(c.status?.desiredGPU) },
    { name: 'status', type: 'string', cell: (c) => text(c.status?.state) },
    created,
    { name: 'head pod IP', type: 'string', priority: 1, cell: (c) => text(c.status?.head?.podIP) },
  ],
};

export function wantsTable(accept: string): boolean {
  return accept.includes('as=Table');
}

export function table(type: ResourceType, objects: readonly KObject[], now: number, resourceVersion: string) {
  const columns = COLUMNS[type.kind] ?? [name, created];
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: columns.map((c) => ({
      name: c.name,
      type: c.type,
      format: c.name === 'Name' ? 'name' : '',
      description: '',
      priority: c.priority ?? 0,
    })),
    rows: objects.map((object) => ({
      cells: columns.map((c) => c.cell(object, now)),
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: object.metadata },
    })),
  };
}
