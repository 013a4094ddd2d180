// What differs between the KubeRay releases the sim can play, 1.1 to 1.7, as one row of data per release that the
// RayService and RayCluster controllers read. Each row cites the tag of ray-project/kuberay it was read from
// (K@<tag>:<path>); a field's comment names the release that changed it and where.

export const KUBERAY_VERSIONS = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'] as const;
export type KubeRayVersion = (typeof KUBERAY_VERSIONS)[number];
export const DEFAULT_KUBERAY_VERSION: KubeRayVersion = '1.7';

/** The RayService Ready condition's reasons, and every condition type, of the 1.3+ status. */
export type ReadyReason =
  'Initializing' | 'InitializingTimeout' | 'NonZeroServeEndpoints' | 'ZeroServeEndpoints' | 'ValidationFailed';
export type RayServiceConditionType = 'Ready' | 'UpgradeInProgress' | 'RollbackInProgress' | 'Suspending' | 'Suspended';

export interface KubeRayFeatures {
  /**
   * The release tag these rules were read at; the operator writes it as the RayCluster annotation
   * ray.io/kuberay-version (utils/constant.go KUBERAY_VERSION) when `versionAnnotation` is set.
   */
  readonly tag: string;
  /**
   * GenerateRayClusterName: `<rayservice>-raycluster-<5>` up to 1.3 (K@v1.3.0:ray-operator/controllers/ray/utils/
   * util.go, RayClusterSuffix), `<rayservice>-<5>` from 1.4 (K@v1.4.0, same file).
   */
  readonly clusterNameInfix: '-raycluster-' | '-';
  /**
   * Pod names: 1.1 names workers `<cluster>-worker-<group>-<5>` and cuts a long prefix from its front (CheckName,
   * K@v1.1.0:ray-operator/controllers/ray/raycluster_controller.go); from 1.2 `<cluster>-<group>-worker-<5>`,
   * the prefix cut at 50 from its end (PodGenerateName, K@v1.2.2:ray-operator/controllers/ray/utils/util.go).
   */
  readonly podNames: 'worker-group' | 'group-worker';
  /**
   * How the RayService status says it serves. `serviceStatus` (1.1–1.2): no conditions; serviceStatus is
   * Restarting, WaitForServeDeploymentReady, Running, … and Running is set once every app is RUNNING, whatever the
   * endpoints (K@v1.1.0:ray-operator/controllers/ray/rayservice_controller.go reconcileServe). `conditions` (1.3+):
   * Ready and UpgradeInProgress, and serviceStatus is "Running" exactly when Ready=True (K@v1.3.0, same file,
   * calculateStatus).
   */
  readonly statusModel: 'serviceStatus' | 'conditions';
  /** Application and deployment statuses carry healthLastUpdateTime up to 1.2 (K@v1.2.2:ray-operator/apis/ray/v1/rayservice_types.go). */
  readonly healthLastUpdateTime: boolean;
  /** Condition types the release knows: RollbackInProgress from 1.6, Suspending/Suspended from 1.7. */
  readonly conditionTypes: readonly RayServiceConditionType[];
  /** Ready reasons the release knows: InitializingTimeout from 1.5, ValidationFailed from 1.6 (K@v1.5.0, K@v1.6.0: same file). */
  readonly readyReasons: readonly ReadyReason[];
  /**
   * An invalid RayService name (over 47 characters, not a DNS-1035 label): not checked up to 1.3; from 1.4 an
   * InvalidRayServiceMetadata event and a requeue, the status untouched (K@v1.4.0:ray-operator/controllers/ray/
   * rayservice_controller.go, Reconcile); from 1.6 Ready=False/ValidationFailed and no requeue (K@v1.6.0, same
   * file, validateRayService).
   */
  readonly metadataValidation: 'none' | 'event' | 'condition';
  /**
   * The RayService controller's events: 1.1–1.2 record ServiceNotReady, Running and SubmittedServeDeployment
   * (K@v1.1.0:ray-operator/controllers/ray/rayservice_controller.go); from 1.3 CreatedRayCluster, UpdatedRayCluster,
   * DeletedRayCluster, … and no longer those (K@v1.3.0, same file).
   */
  readonly serviceEvents: 'v1.1' | 'v1.3';
  /** ray.io/initializing-timeout, validated and honoured from 1.5 (K@v1.5.0:ray-operator/controllers/ray/rayservice_controller.go). */
  readonly initializingTimeout: boolean;
  /** spec.rayClusterDeletionDelaySeconds from 1.5 (K@v1.5.0:ray-operator/apis/ray/v1/rayservice_types.go); before it, always 60 s. */
  readonly deletionDelaySeconds: boolean;
  /** spec.upgradeStrategy from 1.3 (K@v1.3.0:ray-operator/apis/ray/v1/rayservice_types.go); before it only ENABLE_ZERO_DOWNTIME decides. */
  readonly upgradeStrategy: boolean;
  /** ray.io/rayservice-finalizer from 1.7 (K@v1.7.0:ray-operator/controllers/ray/utils/constant.go); before it the garbage collector cleans up. */
  readonly finalizer: boolean;
  /**
   * The RayCluster annotation ray.io/kuberay-version, and the active cluster updated when it differs, from 1.2
   * (K@v1.2.2:ray-operator/controllers/ray/rayservice_controller.go, constructRayClusterForRayService); 1.1 writes
   * no version anywhere.
   */
  readonly versionAnnotation: boolean;
  /**
   * RayCluster status fields: v1.2 added readyWorkerReplicas, stateTransitionTimes and head.podName/serviceName
   * (K@v1.1.0 and K@v1.2.2:ray-operator/apis/ray/v1/raycluster_types.go).
   */
  readonly clusterStatusFields: 'v1.1' | 'v1.2';
  /**
   * RayCluster HeadPodReady and RayClusterProvisioned conditions from 1.3, where the RayClusterStatusConditions gate
   * turned on by default (alpha and off in K@v1.2.2, beta and on in K@v1.3.0:ray-operator/pkg/features/features.go).
   */
  readonly clusterConditions: boolean;
  /**
   * The CRDs' controller-gen.kubebuilder.io/version annotation (ray-operator/config/crd/bases/ray.io_rayservices.yaml
   * at each tag). It tells eras apart, not releases; the served versions (v1, and v1alpha1) are the same in all.
   */
  readonly controllerGen: string;
}

const ALL_READY_REASONS: readonly ReadyReason[] = [
  'Initializing',
  'InitializingTimeout',
  'NonZeroServeEndpoints',
  'ZeroServeEndpoints',
  'ValidationFailed',
];
const without = <T>(list: readonly T[], ...dropped: T[]) => list.filter((item) => !dropped.includes(item));

const V1_7: KubeRayFeatures = {
  tag: 'v1.7.0',
  clusterNameInfix: '-',
  podNames: 'group-worker',
  statusModel: 'conditions',
  healthLastUpdateTime: false,
  conditionTypes: ['Ready', 'UpgradeInProgress', 'RollbackInProgress', 'Suspending', 'Suspended'],
  readyReasons: ALL_READY_REASONS,
  metadataValidation: 'condition',
  serviceEvents: 'v1.3',
  initializingTimeout: true,
  deletionDelaySeconds: true,
  upgradeStrategy: true,
  finalizer: true,
  versionAnnotation: true,
  clusterStatusFields: 'v1.2',
  clusterConditions: true,
  controllerGen: 'v0.16.5',
};
const V1_6: KubeRayFeatures = {
  ...V1_7,
  tag: 'v1.6.0',
  conditionTypes: ['Ready', 'UpgradeInProgress', 'RollbackInProgress'],
  finalizer: false,
};
const V1_5: KubeRayFeatures = {
  ...V1_6,
  tag: 'v1.5.0',
  conditionTypes: ['Ready', 'UpgradeInProgress'],
  readyReasons: without(ALL_READY_REASONS, 'ValidationFailed'),
  metadataValidation: 'event',
};
const V1_4: KubeRayFeatures = {
  ...V1_5,
  tag: 'v1.4.0',
  readyReasons: without(ALL_READY_REASONS, 'ValidationFailed', 'InitializingTimeout'),
  initializingTimeout: false,
  deletionDelaySeconds: false,
};
const V1_3: KubeRayFeatures = {
  ...V1_4,
  tag: 'v1.3.0',
  clusterNameInfix: '-raycluster-',
  metadataValidation: 'none',
  controllerGen: 'v0.15.0',
};
const V1_2: KubeRayFeatures = {
  ...V1_3,
  tag: 'v1.2.2',
  statusModel: 'serviceStatus',
  serviceEvents: 'v1.1',
  healthLastUpdateTime: true,
  conditionTypes: [],
  readyReasons: [],
  upgradeStrategy: false,
  clusterConditions: false,
};
const V1_1: KubeRayFeatures = {
  ...V1_2,
  tag: 'v1.1.0',
  podNames: 'worker-group',
  versionAnnotation: false,
  clusterStatusFields: 'v1.1',
  controllerGen: 'v0.13.0',
};

export const KUBERAY_FEATURES: Record<KubeRayVersion, KubeRayFeatures> = {
  '1.1': V1_1,
  '1.2': V1_2,
  '1.3': V1_3,
  '1.4': V1_4,
  '1.5': V1_5,
  '1.6': V1_6,
  '1.7': V1_7,
};

export function isKubeRayVersion(value: string): value is KubeRayVersion {
  return (KUBERAY_VERSIONS as readonly string[]).includes(value);
}
