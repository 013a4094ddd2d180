// One RayService document as rules see it: its values, the Serve config parsed out of serveConfigV2, the
// deployments and GPU groups it defines, and the Ray version it claims.
import type { YamlPath, YamlSource } from '../manifest/index.ts';
import {
  dict,
  parseRayVersion,
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

export interface LintTarget {
  readonly file: string;
  readonly manifest: YamlSource;
  readonly resource: Dict;
  /** The embedded Serve config, when serveConfigV2 is a string that parses to a mapping. */
  readonly serve: { readonly source: YamlSource; readonly value: Dict } | undefined;
  readonly rayVersion: RayVersion | undefined;
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
  return {
    file,
    manifest,
    resource,
    serve,
    rayVersion: rayVersionText === undefined ? undefined : parseRayVersion(rayVersionText),
    groups: rayGroups(cluster, CLUSTER_PATH),
    apps: serve ? serveApps(serve.value) : [],
    deployments: serve ? serveDeployments(serve.value) : [],
  };
}
