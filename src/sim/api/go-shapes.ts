// The Go types (k8s.io/api core/v1) of the fields the sim's controllers read from what clients write: pod specs
// (the scheduler, kubelet, endpoints and KubeRay read them, also inside a RayService's pod templates), service specs,
// namespace finalizers, node capacity, ConfigMap and Secret data. kube-apiserver decodes a body into these types,
// so a value of the wrong JSON type is its decoder's 400; checking them at the door keeps a malformed object from
// ever reaching (and stopping) a controller. Only these fields are described; others pass as they are.

/** A Go type, as much of it as decoding a JSON value into it checks. */
export type GoShape =
  | { readonly kind: 'scalar'; readonly go: 'string' | 'bool' | 'int32' | 'int64' }
  | { readonly kind: 'quantity' }
  | { readonly kind: 'intOrString' }
  | { readonly kind: 'map'; readonly go: string; readonly value: GoShape }
  | { readonly kind: 'list'; readonly go: string; readonly item: GoShape }
  | { readonly kind: 'struct'; readonly go: string; readonly fields: Readonly<Record<string, GoShape>> };

const string: GoShape = { kind: 'scalar', go: 'string' };
const bool: GoShape = { kind: 'scalar', go: 'bool' };
const int32: GoShape = { kind: 'scalar', go: 'int32' };
const int64: GoShape = { kind: 'scalar', go: 'int64' };
const quantity: GoShape = { kind: 'quantity' };
const intOrString: GoShape = { kind: 'intOrString' };
const struct = (go: string, fields: Record<string, GoShape>): GoShape => ({ kind: 'struct', go, fields });
const list = (go: string, item: GoShape): GoShape => ({ kind: 'list', go, item });
const map = (go: string, value: GoShape): GoShape => ({ kind: 'map', go, value });
const strings = list('[]string', string);
const stringMap = map('map[string]string', string);
const resourceList = map('v1.ResourceList', quantity);

const keySelector = (go: string) => struct(go, { name: string, key: string, optional: bool });

const container = struct('v1.Container', {
  name: string,
  image: string,
  imagePullPolicy: string,
  command: strings,
  args: strings,
  workingDir: string,
  env: list(
    '[]v1.EnvVar',
    struct('v1.EnvVar', {
      name: string,
      value: string,
      valueFrom: struct('v1.EnvVarSource', {
        secretKeyRef: keySelector('v1.SecretKeySelector'),
        configMapKeyRef: keySelector('v1.ConfigMapKeySelector'),
      }),
    }),
  ),
  envFrom: list('[]v1.EnvFromSource', struct('v1.EnvFromSource', { prefix: string })),
  ports: list(
    '[]v1.ContainerPort',
    struct('v1.ContainerPort', { name: string, containerPort: int32, hostPort: int32, protocol: string }),
  ),
  resources: struct('v1.ResourceRequirements', { limits: resourceList, requests: resourceList }),
  volumeMounts: list('[]v1.VolumeMount', struct('v1.VolumeMount', { name: string, mountPath: string, readOnly: bool })),
});

export const POD_SPEC = struct('v1.PodSpec', {
  containers: list('[]v1.Container', container),
  initContainers: list('[]v1.Container', container),
  nodeName: string,
  nodeSelector: stringMap,
  serviceAccountName: string,
  restartPolicy: string,
  terminationGracePeriodSeconds: int64,
  activeDeadlineSeconds: int64,
  priority: int32,
  priorityClassName: string,
  schedulerName: string,
  hostname: string,
  subdomain: string,
  tolerations: list(
    '[]v1.Toleration',
    struct('v1.Toleration', { key: string, operator: string, value: string, effect: string, tolerationSeconds: int64 }),
  ),
  volumes: list('[]v1.Volume', struct('v1.Volume', { name: string })),
});

const OBJECT_META_PART = struct('v1.ObjectMeta', { labels: stringMap, annotations: stringMap });

export const POD_TEMPLATE = struct('v1.PodTemplateSpec', { metadata: OBJECT_META_PART, spec: POD_SPEC });

/** What decoding checks of each built-in kind beyond ObjectMeta, by kind. */
export const KIND_SHAPES: Readonly<Record<string, GoShape>> = {
  Pod: struct('v1.Pod', {
    spec: POD_SPEC,
    status: struct('v1.PodStatus', { phase: string, podIP: string, hostIP: string }),
  }),
  Service: struct('v1.Service', {
    spec: struct('v1.ServiceSpec', {
      ports: list(
        '[]v1.ServicePort',
        struct('v1.ServicePort', {
          name: string,
          protocol: string,
          port: int32,
          targetPort: intOrString,
          nodePort: int32,
          appProtocol: string,
        }),
      ),
      selector: stringMap,
      type: string,
      clusterIP: string,
      clusterIPs: strings,
      publishNotReadyAddresses: bool,
      sessionAffinity: string,
    }),
  }),
  Namespace: struct('v1.Namespace', {
    spec: struct('v1.NamespaceSpec', { finalizers: list('[]v1.FinalizerName', string) }),
    status: struct('v1.NamespaceStatus', { phase: string }),
  }),
  Node: struct('v1.Node', {
    spec: struct('v1.NodeSpec', {
      unschedulable: bool,
      taints: list('[]v1.Taint', struct('v1.Taint', { key: string, value: string, effect: string })),
    }),
    status: struct('v1.NodeStatus', { capacity: resourceList, allocatable: resourceList }),
  }),
  ConfigMap: struct('v1.ConfigMap', {
    data: stringMap,
    binaryData: map('map[string][]uint8', string),
    immutable: bool,
  }),
  Secret: struct('v1.Secret', {
    data: map('map[string][]uint8', string),
    stringData: stringMap,
    type: string,
    immutable: bool,
  }),
  ServiceAccount: struct('v1.ServiceAccount', {
    secrets: list('[]v1.ObjectReference', struct('v1.ObjectReference', { name: string, namespace: string })),
  }),
  ResourceQuota: struct('v1.ResourceQuota', { spec: struct('v1.ResourceQuotaSpec', { hard: resourceList }) }),
};

/** apimachinery's resource.Quantity accepts numbers and strings of this form (pkg/api/resource/quantity.go splitRE). */
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
export const QUANTITY_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  return typeof value === 'object' ? 'object' : typeof value;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const RANGES: Record<'int32' | 'int64', [number, number]> = {
  int32: [-(2 ** 31), 2 ** 31 - 1],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

/**
 * Why `value` would not decode into `shape`, in the words of Go's decoder (`json: cannot unmarshal number into Go
 * struct field PodSpec.spec.containers of type []v1.Container`), or undefined. `path` is the JSON path from the
 * object's root (Go names fields by it, without list indices); `owner` the Go struct holding the field.
 */
export function shapeError(value: unknown, shape: GoShape, path: string, owner: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const cannot = (json: string, go: string) =>
    `json: cannot unmarshal ${json} into Go struct field ${owner}.${path} of type ${go}`;
  switch (shape.kind) {
    case 'scalar':
      if (shape.go === 'string') return typeof value === 'string' ? undefined : cannot(jsonType(value), 'string');
      if (shape.go === 'bool') return typeof value === 'boolean' ? undefined : cannot(jsonType(value), 'bool');
      if (typeof value !== 'number') return cannot(jsonType(value), shape.go);
      if (!Number.isInteger(value) || value < RANGES[shape.go][0] || value > RANGES[shape.go][1])
        return cannot(`number ${value}`, shape.go);
      return undefined;
    case 'quantity':
      if (typeof value === 'number' || (typeof value === 'string' && QUANTITY.test(value.trim()))) return undefined;
      return QUANTITY_ERROR;
    case 'intOrString':
      if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return undefined;
      return `json: cannot unmarshal ${typeof value === 'number' ? `number ${value}` : jsonType(value)} into Go value of type int32`;
    case 'map': {
      if (!isObject(value)) return cannot(jsonType(value), shape.go);
      for (const item of Object.values(value)) {
        const wrong = shapeError(item, shape.value, path, owner);
        if (wrong) return wrong;
      }
      return undefined;
    }
    case 'list': {
      if (!Array.isArray(value)) return cannot(jsonType(value), shape.go);
      for (const item of value) {
        const wrong = shapeError(item, shape.item, path, owner);
        if (wrong) return wrong;
      }
      return undefined;
    }
    case 'struct': {
      if (!isObject(value)) return cannot(jsonType(value), shape.go);
      const name = shape.go.replace(/^v1\./, '');
      for (const [field, fieldShape] of Object.entries(shape.fields)) {
        const wrong = shapeError(value[field], fieldShape, path ? `${path}.${field}` : field, name);
        if (wrong) return wrong;
      }
      return undefined;
    }
  }
}
