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

/** A Ray version read from an image, and how sure the reading is. */
export interface ImageRayVersion {
  readonly version: RayVersion;
  /** `rayproject`: a rayproject/ray[-ml|-llm] tag; `tag`: another image whose name and tag look like a Ray build. */
  readonly confidence: 'rayproject' | 'tag';
}

// A tag that starts with a Ray 2.x version: `2.47.1`, `2.9.0-gpu`, `2.34.0.fc8721`, `2.52.0-py311-cu128`.
const RAY_TAG = /^(2\.\d+(?:\.\d+)?)(?=$|[-_.+][0-9a-z])/i;
// Ray-specific tag suffixes: a Python build (`-py311`), a CUDA build (`-cu124`), `-gpu`/`-cpu`, a `.deprecated` tag.
const RAY_BUILD_SUFFIX = /-(py3\d+|cu\d+|gpu|cpu|aarch64)\b/i;

/**
 * The Ray version an image most likely runs: exact for rayproject/* images (and their mirrors in private registries),
 * a lower-confidence reading for any other image whose tag starts with a Ray 2.x version and whose name says
 * "ray" (`ray-serve-llama`, `my-ray`) or whose tag carries a Ray build suffix. `vllm/vllm-openai:0.6.3` or
 * `alpine:3.20` are not read as Ray.
 */
export function rayVersionOfAnyImage(image: string): ImageRayVersion | undefined {
  const exact = rayVersionOfImage(image);
  if (exact === 'unversioned') return undefined;
  if (exact !== undefined) return { version: exact, confidence: 'rayproject' };
  const withoutDigest = image.trim().split('@')[0] ?? '';
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  if (colon <= slash) return undefined;
  const name = withoutDigest.slice(slash + 1, colon);
  const tag = withoutDigest.slice(colon + 1);
  const match = RAY_TAG.exec(tag);
  if (!match) return undefined;
  if (!/ray/i.test(name) && !RAY_BUILD_SUFFIX.test(tag)) return undefined;
  const version = parseRayVersion(match[1]!);
  return version === undefined ? undefined : { version, confidence: 'tag' };
}

/** `2.47.1`: the version without any suffix the user wrote after it. */
export function formatRayVersion(version: RayVersion): string {
  return `${version.major}.${version.minor}.${version.patch}`;
}

/** Which of a list of version bands (`since` ascending, the first may be undefined for "before the rest") holds. */
export function bandOf<T extends { readonly since?: string }>(bands: readonly T[], version: RayVersion): T {
  let chosen = bands[0]!;
  for (const band of bands) if (band.since === undefined || atLeast(version, band.since)) chosen = band;
  return chosen;
}
