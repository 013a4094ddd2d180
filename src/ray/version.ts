// Ray versions as written in rayVersion and image tags; behaviour that changed between releases is keyed on them.

export interface RayVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly text: string;
}

const VERSION = /^(\d+)\.(\d+)(?:\.(\d+))?/;

export function parseRayVersion(text: string): RayVersion | undefined {
  const match = VERSION.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0), text: text.trim() };
}

export function compareRayVersions(a: RayVersion, b: RayVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

export function atLeast(version: RayVersion, minimum: string): boolean {
  const min = parseRayVersion(minimum);
  return min !== undefined && compareRayVersions(version, min) >= 0;
}

const RAY_IMAGE = /(?:^|\/)rayproject\/(ray-llm|ray-ml|ray)(?::([^@\s]+))?(?=@|$)/;

/** The Ray version in a rayproject/ray[-ml|-llm] image tag (`2.47.1-py311-cu124` → 2.47.1); undefined for others. */
export function rayVersionOfImage(image: string): RayVersion | undefined | 'unversioned' {
  const match = RAY_IMAGE.exec(image);
  if (!match) return undefined;
  const tag = match[2];
  if (tag === undefined) return 'unversioned';
  return parseRayVersion(tag) ?? 'unversioned';
}
