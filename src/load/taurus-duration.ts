// Taurus's durations (bzt/utils.py dehumanize_time): parts summed ("1h30m", "1s500ms"), a part without a unit and a
// bare YAML number are seconds, units are case-insensitive. Each part's unit goes through src/time's parseDuration,
// the one place units are read; "inf" (Taurus's forever) is refused, since every run here has a hard cap.
import { parseDuration } from '../time/duration.ts';

const PART = /(\d+(?:\.\d+)?|\.\d+)([a-z]*)/y;

/** Milliseconds, or a sentence saying what is accepted. */
export function parseTaurusDuration(value: unknown): number | string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0)
      return `${value} is not a duration; write seconds (10) or one like 90s, 10m, 1h30m.`;
    return value * 1000;
  }
  if (typeof value !== 'string')
    return `a duration is a number of seconds or a text like 90s, 10m or 1h30m, not ${describe(value)}.`;
  const text = value.replace(/\s+/g, '').toLowerCase();
  if (text === '') return 'a duration is empty; write one like 90s, 10m or 1h30m.';
  if (/^inf/.test(text))
    return `"${value}" (run forever) is not accepted: every load run has a finite duration; write one like 30m.`;
  PART.lastIndex = 0;
  let total = 0;
  while (PART.lastIndex < text.length) {
    const at = PART.lastIndex;
    const match = PART.exec(text);
    if (!match || match.index !== at)
      return `"${value}" is not a duration; write one like 90s, 10m, 1h30m or 500ms (units ms, s, m, h, d; no unit = seconds).`;
    const ms = parseDuration(`${match[1]}${match[2] || 's'}`);
    if (typeof ms === 'string')
      return `"${value}" is not a duration; write one like 90s, 10m, 1h30m or 500ms (units ms, s, m, h, d; no unit = seconds).`;
    total += ms;
  }
  return total;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : JSON.stringify(value);
}
