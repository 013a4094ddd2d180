// The RayService fields rayservice-ci models, from KubeRay's ray-operator/apis/ray/v1/rayservice_types.go and
// raycluster_types.go (v1.0–v1.7; the field list is checked by a test against the newest CRD the Go module proxy serves). Unknown keys in the
// parts modelled here are errors, because the API server prunes them silently (the CRDs are structural).
// Pod templates are left open: the CRD's own schema (`lint --crd`) covers them.
import {
  anyValue,
  bool,
  closed,
  int,
  list,
  oneOfStrings,
  open,
  since,
  str,
  stringMap,
  type Schema,
} from './builders.ts';

const rayStartParams: Schema = {
  type: 'object',
  additionalProperties: { type: 'string', 'x-expect': 'a string (quote numbers: "1")' },
  'x-expect': 'a map of strings',
};

const podTemplate: Schema = open({ metadata: open({ labels: stringMap, annotations: stringMap }), spec: open() });

export const headGroupSchema: Schema = closed(
  {
    rayStartParams,
    template: podTemplate,
    serviceType: str,
    headService: open(),
    enableIngress: bool,
    ingressOptions: open(),
    labels: stringMap,
    resources: stringMap,
  },
  ['template'],
);

export const workerGroupSchema: Schema = closed(
  {
    groupName: str,
    replicas: int,
    minReplicas: int,
    maxReplicas: int,
    numOfHosts: int,
    rayStartParams,
    template: podTemplate,
    idleTimeoutSeconds: int,
    priority: int,
    suspend: bool,
    scaleStrategy: closed({ workersToDelete: list(str) }),
    labels: stringMap,
    resources: stringMap,
  },
  ['groupName', 'template'],
);

export const rayClusterSpecSchema: Schema = closed(
  {
    rayVersion: { type: 'string', 'x-expect': "a string (quote it: '2.47.1')" },
    enableInTreeAutoscaling: bool,
    autoscalerOptions: closed({
      upscalingMode: oneOfStrings('Default', 'Aggressive', 'Conservative'),
      idleTimeoutSeconds: int,
      version: oneOfStrings('v1', 'v2'),
      image: str,
      imagePullPolicy: str,
      resources: open(),
      env: list(open()),
      envFrom: list(open()),
      securityContext: open(),
      volumeMounts: list(open()),
      command: list(str),
      args: list(str),
    }),
    headGroupSpec: headGroupSchema,
    workerGroupSpecs: list(workerGroupSchema),
    headServiceAnnotations: stringMap,
    gcsFaultToleranceOptions: open(),
    authOptions: open(),
    tlsOptions: since('1.7', open()),
    networkPolicy: since('1.7', open()),
    historyServerOptions: since('1.7', open()),
    managedBy: str,
    suspend: bool,
    upgradeStrategy: open(),
  },
  ['headGroupSpec'],
);

export const rayServiceSchema: Schema = {
  type: 'object',
  required: ['apiVersion', 'kind', 'metadata', 'spec'],
  properties: {
    apiVersion: oneOfStrings('ray.io/v1', 'ray.io/v1alpha1'),
    kind: { const: 'RayService' },
    metadata: open({ name: str, namespace: str, labels: stringMap, annotations: stringMap }, ['name']),
    spec: closed(
      {
        serveConfigV2: { type: 'string', 'x-expect': 'a string (a YAML block: `serveConfigV2: |`)' },
        rayClusterConfig: rayClusterSpecSchema,
        upgradeStrategy: closed({
          type: oneOfStrings('NewCluster', 'NewClusterWithIncrementalUpgrade', 'None'),
          clusterUpgradeOptions: open(),
        }),
        serviceUnhealthySecondThreshold: int,
        deploymentUnhealthySecondThreshold: int,
        excludeHeadPodFromServeSvc: bool,
        serveService: open(),
        rayClusterDeletionDelaySeconds: int,
        managedBy: str,
        suspend: bool,
      },
      ['rayClusterConfig'],
    ),
    status: anyValue,
  },
};

/** A RayCluster as the sim checks it: only its spec is modelled (KubeRay creates it from a RayService). */
export const rayClusterSchema: Schema = { type: 'object', properties: { spec: rayClusterSpecSchema } };
