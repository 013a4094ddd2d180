// Seeded randomness for a load run: one generator per virtual user (and one for arrivals), forked from the run's
// seed, so the prompts each user sends and the arrival times are the same on every run with that seed, whatever order
// responses come back in.

/** What the load stage draws from; tests and the planner pass a seeded one, never Math.random. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
}

/** splitmix32: spreads a seed and a stream id over the state of sfc32. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/** sfc32 (Chris Doty-Humphrey's small fast counting generator): 128 bits of state, good enough for load shapes. */
export function seededRandom(seed: number, stream = 0): Random {
  const mix = splitmix32((seed >>> 0) ^ Math.imul(stream + 1, 0x85ebca6b));
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix() | 1;
  const random: Random = {
    next() {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    },
  };
  // The first outputs of a freshly seeded sfc32 are correlated with the seed; skipping a few is the usual remedy.
  for (let i = 0; i < 12; i++) random.next();
  return random;
}

/** An integer in [min, max], both ends included (JMeter's __Random). */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}

/** A standard normal draw (Box-Muller), for gaussian think times. */
export function randomGaussian(random: Random): number {
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * A Poisson draw with mean `lambda` (JMeter's PoissonRandomTimer samples one, in milliseconds): Knuth's product of
 * uniforms while lambda is small, the normal approximation (mean lambda, variance lambda, rounded, never below 0)
 * beyond 30, where the two differ by far less than a millisecond's rounding matters to a think time.
 */
export function randomPoisson(random: Random, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * randomGaussian(random)));
  const limit = Math.exp(-lambda);
  let k = 0;
  for (let p = random.next(); p > limit; p *= random.next()) k++;
  return k;
}

/** An exponential draw with the given mean, for Poisson arrivals. */
export function randomExponential(random: Random, mean: number): number {
  return -Math.log(1 - random.next()) * mean;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** An RFC 9562 version 4 UUID from the seeded source (JMeter's __UUID draws one per evaluation). */
export function randomUuid(random: Random): string {
  const bytes = new Array<number>(16);
  for (let i = 0; i < 16; i += 4) {
    const word = Math.floor(random.next() * 4294967296);
    bytes[i] = word & 0xff;
    bytes[i + 1] = (word >>> 8) & 0xff;
    bytes[i + 2] = (word >>> 16) & 0xff;
    bytes[i + 3] = (word >>> 24) & 0xff;
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = bytes.map((b) => HEX[b]!);
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}
