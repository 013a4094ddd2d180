// Seeded randomness (mulberry32): the same --seed gives the same names, jitter and output lengths.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Lowercase alphanumerics, like Kubernetes' generateName suffixes. */
  suffix(length: number): string;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
}

const ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    suffix: (length) => Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(''),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}
