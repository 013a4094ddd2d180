// One RayService document as rules see it: its values, the Serve config parsed out of serveConfigV2, the
// deployments and GPU groups it defines, and the Ray version it claims.
import type { YamlPath, YamlSource } from '../manifest/index.ts';
import {
  dict,
  formatRayVersion,
  parseRayVersion,
  rayVersionOfAnyImage,
  rayGroups,
  serveApps,
  serveDeployments,
  stringOr,
  type Dict,
  type RayGroup,
  type RayVersion,
  type ServeAppModel,
  type ServeDeploymentModel,
} from '../ray/index.ts';
import type { Report, RuleMeta } from './types.ts';

export const SERVE_CONFIG_PATH: YamlPath = ['spec', 'serveConfigV2'];
export const CLUSTER_PATH: YamlPath = ['spec', 'rayClusterConfig'];

/** The Ray version rules reason from: rayVersion as declared, else the one read from the Ray containers' images. */
export interface RayVersionInUse {
  readonly version: RayVersion;
  readonly from: 'rayVersion' | 'image';
  /** The image it was read from, when `from` is `image`. */
  readonly image?: string;
  readonly confidence: 'declared' | 'rayproject' | 'guess';
}

export interface LintTarget {
  readonly file: string;
  readonly manifest: YamlSource;
  readonly resource: Dict;
  /** The embedded Serve config, when serveConfigV2 is a string that parses to a mapping. */
  readonly serve: { readonly source: YamlSource; readonly value: Dict } | undefined;
  readonly rayVersion: RayVersion | undefined;
  /** rayVersion when it parses, otherwise the first Ray version read from a group's image. */
  readonly versionInUse: RayVersionInUse | undefined;
  readonly groups: readonly RayGroup[];
  readonly apps: readonly ServeAppModel[];
  readonly deployments: readonly ServeDeploymentModel[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check(target: LintTarget, report: (report: Report) => void): void;
}

export function buildTarget(file: string, manifest: YamlSource, serveSource: YamlSource | undefined): LintTarget {
  const resource = dict(manifest.value);
  const spec = dict(resource['spec']);
  const cluster = dict(spec['rayClusterConfig']);
  const serveValue = serveSource?.value;
  const serve =
    serveSource &&
    serveSource.problems.length === 0 &&
    typeof serveValue === 'object' &&
    serveValue !== null &&
    !Array.isArray(serveValue)
      ? { source: serveSource, value: serveValue as Dict }
      : undefined;
  const rayVersionText = stringOr(cluster['rayVersion'], undefined);
  const rayVersion = rayVersionText === undefined ? undefined : parseRayVersion(rayVersionText);
  const groups = rayGroups(cluster, CLUSTER_PATH);
  const inUse = versionInUse(rayVersion, groups);
  return {
    file,
    manifest,
    resource,
    serve,
    rayVersion,
    versionInUse: inUse,
    groups,
    apps: serve ? serveApps(serve.value) : [],
    deployments: serve ? serveDeployments(serve.value, inUse?.version) : [],
  };
}

function versionInUse(declared: RayVersion | undefined, groups: readonly RayGroup[]): RayVersionInUse | undefined {
  if (declared) return { version: declared, from: 'rayVersion', confidence: 'declared' };
  for (const group of groups) {
    const read = group.image ? rayVersionOfAnyImage(group.image) : undefined;
    if (read && group.image)
      return { version: read.version, from: 'image', image: group.image, confidence: read.confidence };
  }
  return undefined;
}

/** How a message names the version it reasoned from: `Ray 2.22.0 (rayVersion)`, or where it was read instead. */
export function versionLabel(inUse: RayVersionInUse | undefined): string {
  if (!inUse) return 'an unknown Ray version (rayVersion is not set and no image tag names one)';
  const v = formatRayVersion(inUse.version);
  if (inUse.from === 'rayVersion') return `Ray ${v} (rayVersion)`;
  return `Ray ${v} (read from image ${inUse.image}${inUse.confidence === 'guess' ? ', not a rayproject image: a guess' : ''}; rayVersion is not set)`;
}
