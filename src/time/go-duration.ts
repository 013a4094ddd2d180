// Go's time.ParseDuration grammar, for values Kubernetes operators read that way (KubeRay's
// ray.io/initializing-timeout): a sequence of decimal numbers with units ns, us/µs, ms, s, m, h; a lone "0".

const UNIT_MS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};
const PART = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;

/** Milliseconds, or undefined when Go would refuse the text. */
export function parseGoDuration(text: string): number | undefined {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  PART.lastIndex = 0;
  let total = 0;
  while (PART.lastIndex < rest.length) {
    const at = PART.lastIndex;
    const match = PART.exec(rest);
    if (!match || match.index !== at) return undefined;
    total += Number(match[1]) * UNIT_MS[match[2]!]!;
  }
  return sign * total;
}

/**
 * KubeRay's reading of ray.io/initializing-timeout (rayservice_controller.go getInitializingTimeout, v1.7): a Go
 * duration, else integer seconds. Undefined when neither.
 */
export function parseGoDurationOrSeconds(text: string): number | undefined {
  const duration = parseGoDuration(text);
  if (duration !== undefined) return duration;
  return /^[+-]?\d+$/.test(text) ? Number(text) * 1000 : undefined;
}

/** time.Duration.String(): "1h2m3.5s", "750ms", "0s". */
export function formatGoDuration(ms: number): string {
  if (ms === 0) return '0s';
  const sign = ms < 0 ? '-' : '';
  const abs = Math.abs(ms);
  if (abs < 1000) return `${sign}${trim(abs)}ms`;
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  const s = (abs % 60_000) / 1000;
  return `${sign}${h ? `${h}h` : ''}${h || m ? `${m}m` : ''}${trim(s)}s`;
}

function trim(value: number): string {
  return String(Number(value.toFixed(9)));
}
