// The rayVersion values at which KubeRay changes what it generates or accepts for a RayCluster, and whether a given
// cluster spec uses the feature behind each gate. Between two gates KubeRay treats every rayVersion alike.
// Sources (kuberay ray-operator/controllers/ray/): common/pod.go supportsUnifiedHealthCheck (2.53.0),
// utils/validation.go ValidateRayClusterSpec auth checks (2.52.0, 2.55.0) and validateWorkerGroupPriority
// (2.56.0), common/job.go getMetadataJSONForSubmitCommand (2.6.0, RayJob only).
import { atLeast, type RayVersion } from './version.ts';
import { dict, list, type Dict } from './values.ts';

export interface KubeRayGate {
  /** The first rayVersion on the new side of the gate. */
  readonly since: string;
  /** What KubeRay does differently on either side, in a phrase. */
  readonly what: string;
  /** The upstream file that holds the gate. */
  readonly source: string;
  /** Whether this RayCluster spec (spec.rayClusterConfig) uses what the gate switches. */
  readonly appliesTo: (cluster: Dict) => boolean;
  /** What goes wrong when rayVersion sits on the new side and the image runs an older Ray, and the reverse. */
  readonly whenDeclaredNewer: string;
  readonly whenDeclaredOlder: string;
}

function rayContainers(cluster: Dict): Dict[] {
  const groups = [dict(cluster['headGroupSpec']), ...list(cluster['workerGroupSpecs']).map(dict)];
  return groups.map((group) => dict(list(dict(dict(group['template'])['spec'])['containers'])[0]));
}

export const KUBERAY_GATES: readonly KubeRayGate[] = [
  {
    since: '2.6.0',
    what: 'the RayJob submitter passes --metadata-json',
    source: 'ray-operator/controllers/ray/common/job.go',
    // Only RayJob submissions: a RayService's pods are the same on either side.
    appliesTo: () => false,
    whenDeclaredNewer: 'the job submitter passes a flag the older Ray CLI does not know',
    whenDeclaredOlder: 'KubeRay refuses job metadata',
  },
  {
    since: '2.52.0',
    what: 'authOptions.mode: token is accepted',
    source: 'ray-operator/controllers/ray/utils/validation.go',
    appliesTo: (cluster) => dict(cluster['authOptions'])['mode'] === 'token',
    whenDeclaredNewer: 'KubeRay enables token authentication that the Ray in the image does not implement',
    whenDeclaredOlder: 'KubeRay rejects the RayCluster (token authentication needs rayVersion 2.52.0 or later)',
  },
  {
    since: '2.53.0',
    what: 'KubeRay probes GET /api/healthz on the dashboard agent instead of exec wget probes on the raylet and GCS health endpoints',
    source: 'ray-operator/controllers/ray/common/pod.go (supportsUnifiedHealthCheck)',
    // A container that sets both probes itself gets none generated.
    appliesTo: (cluster) =>
      rayContainers(cluster).some((c) => c['livenessProbe'] === undefined || c['readinessProbe'] === undefined),
    whenDeclaredNewer:
      'the pods get HTTP probes on /api/healthz, which the older Ray in the image does not serve, so they never become Ready',
    whenDeclaredOlder: 'the pods get the older exec probes, written for a Ray older than the one in the image',
  },
  {
    since: '2.55.0',
    what: 'authOptions.enableK8sTokenAuth is accepted',
    source: 'ray-operator/controllers/ray/utils/validation.go',
    appliesTo: (cluster) => dict(cluster['authOptions'])['enableK8sTokenAuth'] === true,
    whenDeclaredNewer: 'KubeRay enables Kubernetes token authentication that the Ray in the image does not implement',
    whenDeclaredOlder: 'KubeRay rejects the RayCluster (enableK8sTokenAuth needs rayVersion 2.55.0 or later)',
  },
  {
    since: '2.56.0',
    what: 'worker group priority is accepted',
    source: 'ray-operator/controllers/ray/utils/validation.go (validateWorkerGroupPriority)',
    appliesTo: (cluster) =>
      list(cluster['workerGroupSpecs']).some((group) => {
        const priority = dict(group)['priority'];
        return priority !== undefined && priority !== null && priority !== 0;
      }),
    whenDeclaredNewer: 'the autoscaler is given worker-group priorities the Ray in the image does not read',
    whenDeclaredOlder: 'KubeRay rejects the RayCluster (priority needs rayVersion 2.56.0 or later)',
  },
];

/** The gates that lie between two versions: one is on the old side of the gate, the other on the new side. */
export function gatesBetween(a: RayVersion, b: RayVersion): KubeRayGate[] {
  return KUBERAY_GATES.filter((gate) => atLeast(a, gate.since) !== atLeast(b, gate.since));
}
