// Our own settings, in a Taurus profile's `x-rayservice-ci` block and at the top of a LoadProfile: seed, hard caps,
// k6-style thresholds, the grace period, a whole-request deadline, and retries (off unless asked).
import type { YamlPath } from '../manifest/index.ts';
import { type ProfileReader } from './profile-reader.ts';
import { DEFAULT_SETTINGS, type CriterionSource, type Limits, type LoadSettings } from './profile.ts';
import { criterionText } from './scenario-reader.ts';

export const EXTENSION_KEYS = [
  'seed',
  'limits',
  'thresholds',
  'criteria',
  'grace',
  'total-timeout',
  'retry',
  'slo',
] as const;

export interface Extensions {
  readonly limits: Partial<Limits>;
  readonly settings: LoadSettings;
  readonly criteria: CriterionSource[];
}

export function readExtensions(
  reader: ProfileReader,
  raw: unknown,
  path: YamlPath,
  known: readonly string[] = EXTENSION_KEYS,
): Extensions {
  const block = reader.mapping(raw, path) ?? {};
  if (path.length)
    for (const key of Object.keys(block))
      if (!known.includes(key))
        reader.error([...path, key], `"${key}" is not a rayservice-ci setting (it reads ${known.join(', ')}).`, 'key');
  const at = (key: string): YamlPath => [...path, key];
  const seed = reader.number(block['seed'], at('seed'), { integer: true, min: 0 });
  const limitsRaw = reader.mapping(block['limits'], at('limits')) ?? {};
  for (const key of Object.keys(limitsRaw))
    if (!['max-duration', 'max-requests', 'max-connections'].includes(key))
      reader.error(
        [...path, 'limits', key],
        `"${key}" is not a limit (limits are max-duration, max-requests, max-connections).`,
        'key',
      );
  const limits: { -readonly [K in keyof Limits]?: Limits[K] } = {};
  const maxDuration = reader.duration(limitsRaw['max-duration'], [...path, 'limits', 'max-duration']);
  if (maxDuration !== undefined) limits.maxDurationMs = maxDuration;
  const maxRequests = reader.number(limitsRaw['max-requests'], [...path, 'limits', 'max-requests'], { integer: true });
  if (maxRequests !== undefined) limits.maxRequests = maxRequests;
  const maxConnections = reader.number(limitsRaw['max-connections'], [...path, 'limits', 'max-connections'], {
    integer: true,
  });
  if (maxConnections !== undefined) limits.maxConnections = maxConnections;

  const criteria: CriterionSource[] = [];
  const thresholds = reader.mapping(block['thresholds'], at('thresholds')) ?? {};
  for (const [metric, list] of Object.entries(thresholds)) {
    const items = typeof list === 'string' ? [list] : Array.isArray(list) ? list : undefined;
    if (!items) {
      reader.error([...path, 'thresholds', metric], 'expected a list of expressions like "p(95)<2s".');
      continue;
    }
    items.forEach((expression, i) => {
      const itemPath: YamlPath =
        typeof list === 'string' ? [...path, 'thresholds', metric] : [...path, 'thresholds', metric, i];
      if (typeof expression !== 'string') return void reader.error(itemPath, 'expected an expression like "p(95)<2s".');
      criteria.push({ syntax: 'threshold', text: expression, metric, place: reader.place(itemPath) });
    });
  }
  if (block['criteria'] !== undefined) {
    if (!Array.isArray(block['criteria']))
      reader.error(at('criteria'), 'expected a list of Taurus pass/fail criteria like "p95>10s".');
    else
      block['criteria'].forEach((c, i) => {
        const text = criterionText(reader, c, [...path, 'criteria', i]);
        if (text !== undefined)
          criteria.push({ syntax: 'taurus', text, place: reader.place([...path, 'criteria', i]) });
      });
  }
  const retryRaw = reader.mapping(block['retry'], at('retry')) ?? {};
  for (const key of Object.keys(retryRaw))
    if (!['max', 'statuses'].includes(key))
      reader.error([...path, 'retry', key], `"${key}" is not a retry setting (max, statuses).`, 'key');
  const retryMax = reader.number(retryRaw['max'], [...path, 'retry', 'max'], { integer: true, min: 0 });
  if (retryMax !== undefined && retryMax > 10)
    reader.error([...path, 'retry', 'max'], 'at most 10 retries per request.');
  let statuses = DEFAULT_SETTINGS.retry.statuses;
  if (retryRaw['statuses'] !== undefined) {
    const list = retryRaw['statuses'];
    if (!Array.isArray(list) || !list.every((s) => Number.isInteger(s) && s >= 400 && s <= 599))
      reader.error(
        [...path, 'retry', 'statuses'],
        'expected a list of HTTP status codes from 400 to 599, e.g. [429, 503].',
      );
    else statuses = list as number[];
  }
  const sloRaw = reader.mapping(block['slo'], at('slo'));
  let slo: { ttftMs?: number; tpotMs?: number; e2eMs?: number } | undefined;
  if (sloRaw) {
    for (const key of Object.keys(sloRaw))
      if (!['ttft', 'tpot', 'e2e'].includes(key))
        reader.error([...path, 'slo', key], `"${key}" is not an objective goodput counts (ttft, tpot, e2e).`, 'key');
    slo = {
      ttftMs: reader.duration(sloRaw['ttft'], [...path, 'slo', 'ttft']),
      tpotMs: reader.duration(sloRaw['tpot'], [...path, 'slo', 'tpot']),
      e2eMs: reader.duration(sloRaw['e2e'], [...path, 'slo', 'e2e']),
    };
    if (slo.ttftMs === undefined && slo.tpotMs === undefined && slo.e2eMs === undefined)
      reader.error(at('slo'), 'slo needs at least one of ttft, tpot, e2e (durations, e.g. ttft: 2s).');
  }
  return {
    limits,
    settings: {
      seed,
      slo,
      graceMs: reader.duration(block['grace'], at('grace')) ?? DEFAULT_SETTINGS.graceMs,
      totalTimeoutMs: reader.duration(block['total-timeout'], at('total-timeout')) ?? DEFAULT_SETTINGS.totalTimeoutMs,
      retry: { max: retryMax ?? 0, statuses },
    },
    criteria,
  };
}
