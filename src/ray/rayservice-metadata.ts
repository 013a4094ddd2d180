// What KubeRay validates on a RayService's metadata (ray-operator/controllers/ray/utils/validation.go
// ValidateRayServiceMetadata, v1.7): lint warns about it, render writes within it, the sim enforces it.
import { parseGoDurationOrSeconds } from '../time/go-duration.ts';

/** MaxRayServiceNameLength: 53 minus the 6 characters of a cluster suffix (utils/constant.go). */
export const MAX_RAYSERVICE_NAME = 47;

/** KubeRay also wants the name to be a DNS-1035 label (validation.IsDNS1035Label). */
export const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** KubeRay 1.5+: how long a RayService may initialize before it fails for good. */
export const INITIALIZING_TIMEOUT_ANNOTATION = 'ray.io/initializing-timeout';

/** The annotation as KubeRay reads it: a Go duration, else whole seconds; positive. */
export function initializingTimeoutOf(value: string): { ms: number } | { problem: 'format' | 'not-positive' } {
  const ms = parseGoDurationOrSeconds(value);
  if (ms === undefined) return { problem: 'format' };
  return ms > 0 ? { ms } : { problem: 'not-positive' };
}
