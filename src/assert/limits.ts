// The values an expectation is written with — windows and latencies (durations with units), counts, error rates
// (1% or 0.01) and the inconclusive policy — parsed strictly, each failure a sentence naming the accepted form.
import { parseDuration } from '../time/duration.ts';
import { INCONCLUSIVE_POLICIES, type InconclusivePolicy } from './types.ts';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

/** A window or a latency: a duration with units, above zero, at most a day (a longer run is a mistake). */
export function parseWindow(text: string): Parsed<number> {
  const ms = parseDuration(text);
  if (typeof ms === 'string') return no(ms);
  // Whole milliseconds: windows become integer times in the Verdict.
  if (Math.round(ms) <= 0) return no(`"${text}" is not above zero; give a window like 5m.`);
  if (ms > 86_400_000) return no(`"${text}" is longer than a day; give a window like 5m or 12m.`);
  return ok(Math.round(ms));
}

/** A count of replicas, pods or GPUs: a whole number from `min`. */
export function parseCount(text: string, min: number): Parsed<number> {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return no(`"${text}" is not a whole number; give a count like 4.`);
  const n = Number(trimmed);
  return n < min ? no(`"${text}" is below ${min}.`) : ok(n);
}

/** An error rate: "1%", "0.5%" or a fraction from 0 to 1. */
export function parseRate(text: string): Parsed<number> {
  const trimmed = text.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(trimmed);
  const value = percent ? Number(percent[1]) / 100 : /^\d+(?:\.\d+)?$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(value) || value > 1) return no(`"${text}" is not a rate; write one like 1% or 0.01.`);
  return ok(value);
}

export function parsePolicy(text: string): Parsed<InconclusivePolicy> {
  const trimmed = text.trim();
  return (INCONCLUSIVE_POLICIES as readonly string[]).includes(trimmed)
    ? ok(trimmed as InconclusivePolicy)
    : no(`"${text}" is not one of ${INCONCLUSIVE_POLICIES.join(', ')}.`);
}

/** A rate as people read it: 0.0123 → "1.23%". */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`;
}

/** A latency as people read it: 850 → "850ms", 1400 → "1.4s". */
export function formatLatency(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)}ms` : `${Number((ms / 1000).toFixed(ms < 10_000 ? 2 : 1))}s`;
}
