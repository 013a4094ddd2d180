// Serve options that were renamed or deprecated, and what each Ray release does with them. Checked against the
// released wheels: python/ray/serve/config.py (AutoscalingConfig) and schema.py (DeploymentSchema) of 2.32.0 still
// map the old names onto the new ones; 2.33.0 has neither, and since neither model forbids extra keys (pydantic's
// default is to ignore them), Ray 2.33+ drops the old names without a word.
import { atLeast, type RayVersion } from './version.ts';

export interface RenamedServeKey {
  readonly key: string;
  /** Where the key is written: in autoscaling_config, or among the deployment options. */
  readonly scope: 'autoscaling' | 'options';
  readonly replacement: string;
  readonly deprecatedIn: string;
  readonly deprecatedBy: string;
  readonly removedIn: string;
  readonly removedBy: string;
}

export const RENAMED_SERVE_KEYS: readonly RenamedServeKey[] = [
  {
    key: 'target_num_ongoing_requests_per_replica',
    scope: 'autoscaling',
    replacement: 'target_ongoing_requests',
    deprecatedIn: '2.10.0',
    deprecatedBy: 'ray-project/ray#43454',
    removedIn: '2.33.0',
    removedBy: 'ray-project/ray#46392',
  },
  {
    key: 'max_concurrent_queries',
    scope: 'options',
    replacement: 'max_ongoing_requests',
    deprecatedIn: '2.10.0',
    deprecatedBy: 'ray-project/ray#43007',
    removedIn: '2.33.0',
    removedBy: 'ray-project/ray#46427',
  },
];

/** `current`: the name Ray reads; `deprecated`: an alias Ray still applies; `ignored`: dropped silently. */
export type RenamedKeyState = 'current' | 'deprecated' | 'ignored';

export function renamedKeyState(entry: RenamedServeKey, version: RayVersion): RenamedKeyState {
  if (!atLeast(version, entry.deprecatedIn)) return 'current';
  return atLeast(version, entry.removedIn) ? 'ignored' : 'deprecated';
}

/**
 * autoscaling_config.metrics_interval_s: a live setting until ray-project/ray#55102 marked it deprecated in 2.49.0.
 * From then on Serve still uses it as the metrics push interval, and warns (DeprecationWarning) when it is not the
 * default of 10; a later release is to replace it with RAY_SERVE_REPLICA_AUTOSCALING_METRIC_PUSH_INTERVAL_S and
 * RAY_SERVE_HANDLE_AUTOSCALING_METRIC_PUSH_INTERVAL_S.
 */
export const METRICS_INTERVAL = {
  key: 'metrics_interval_s',
  deprecatedIn: '2.49.0',
  deprecatedBy: 'ray-project/ray#55102',
  default: 10,
} as const;
