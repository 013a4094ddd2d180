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
  /** `rayproject`: a rayproject/ray[-ml|-llm] tag; `guess`: another image whose tag or name carries a Ray version. */
  readonly confidence: 'rayproject' | 'guess';
}

// A tag that starts with a Ray 2.x version: `2.47.1`, `2.9.0-gpu`, `2.34.0.fc8721`, `2.52.0-py311-cu128`.
const RAY_TAG = /^(2\.\d+(?:\.\d+)?)(?=$|[-_.+][0-9a-z])/i;
// Ray-specific tag suffixes: a Python build (`-py311`), a CUDA build (`-cu124`), `-gpu`/`-cpu`.
const RAY_BUILD_SUFFIX = /-(py3\d+|cu\d+|gpu|cpu|aarch64)\b/i;
// A Ray version inside an image name, as people build their own: `ray2.22.0-py310-mistral7b-neuron`,
// `ray-2.41.0-py310-cu118-vllm0.7.0`, `vllm-ray2.32.0-inf2-llama3`.
const RAY_IN_NAME = /(?:^|[-_])ray-?(2\.\d+\.\d+)(?=$|[-_.])/i;

/**
 * The Ray version an image most likely runs: exact for rayproject/* images (and their mirrors in private registries);
 * a guess for any other image whose tag starts with a Ray 2.x version and whose name says "ray" (`ray-serve-llama`)
 * or whose tag carries a Ray build suffix, or whose name holds `ray<version>`. `vllm/vllm-openai:0.6.3`,
 * `anyscale/ray-llm:0.5.0` (a RayLLM release) or `alpine:3.20` are not read as Ray.
 */
export function rayVersionOfAnyImage(image: string): ImageRayVersion | undefined {
  const exact = rayVersionOfImage(image);
  if (exact === 'unversioned') return undefined;
  if (exact !== undefined) return { version: exact, confidence: 'rayproject' };
  const withoutDigest = image.trim().split('@')[0] ?? '';
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const name = withoutDigest.slice(slash + 1, colon > slash ? colon : undefined);
  const tag = colon > slash ? withoutDigest.slice(colon + 1) : '';
  const tagged = RAY_TAG.exec(tag);
  const fromTag = tagged && (/ray/i.test(name) || RAY_BUILD_SUFFIX.test(tag)) ? tagged[1] : undefined;
  const text = fromTag ?? RAY_IN_NAME.exec(name)?.[1];
  const version = text === undefined ? undefined : parseRayVersion(text);
  return version === undefined ? undefined : { version, confidence: 'guess' };
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
