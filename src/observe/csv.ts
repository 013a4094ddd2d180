// The Timeline's samples as CSV (RFC 4180): one row per sample, a column per label key, for spreadsheets and plotting
// tools. Cells a spreadsheet would run as a formula are prefixed with ' (OWASP's CSV injection advice): label values
// come from the cluster (deployment names are the user's).
import type { Timeline } from './types.ts';

/** Label columns in this order first (the observer's own), then any other keys alphabetically. */
const LABEL_ORDER = ['app', 'deployment', 'state', 'cluster', 'group', 'phase', 'pod', 'gpu'];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function timelineCsv(timeline: Pick<Timeline, 'samples'>): string {
  const keys = new Set<string>();
  for (const sample of timeline.samples) for (const key of Object.keys(sample.labels)) keys.add(key);
  const labelColumns = [
    ...LABEL_ORDER.filter((k) => keys.has(k)),
    ...[...keys].filter((k) => !LABEL_ORDER.includes(k)).sort(),
  ];
  const header = ['time', 'time_ms', 'metric', ...labelColumns, 'value'].map(cell).join(',');
  const rows = timeline.samples.map((s) =>
    [
      new Date(s.time).toISOString(),
      String(s.time),
      cell(s.metric),
      ...labelColumns.map((k) => cell(s.labels[k] ?? '')),
      String(s.value),
    ].join(','),
  );
  return `${[header, ...rows].join('\r\n')}\r\n`;
}
