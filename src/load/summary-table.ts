// The readable end-of-run summary (the role of Taurus's final-stats): counts, throughput, a latency table with the
// percentiles of each metric, status codes, finish reasons, errors by kind, and the criteria with their outcomes.
import { safeInline } from '../sanitize/index.ts';
import type { LatencyStats, LoadResults } from './types.ts';

function cell(value: number | null): string {
  if (value === null) return '-';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

export function summaryTable(results: LoadResults): string {
  const s = results.summary;
  const lines: string[] = [];
  const stopped =
    results.stop.reason === 'completed'
      ? ''
      : ` (stopped: ${results.stop.reason}${results.stop.detail ? `, ${safeInline(results.stop.detail)}` : ''})`;
  lines.push(`Load on ${safeInline(results.target)} for ${s.duration_s.toFixed(1)} s${stopped}, seed ${results.seed}`);
  lines.push(
    `  requests ${s.requests} completed, ${s.errors} failed, ${s.sent} sent${s.cancelled ? `, ${s.cancelled} cancelled` : ''}${s.dropped_arrivals ? `, ${s.dropped_arrivals} arrivals dropped` : ''}; ` +
      `${s.request_throughput.toFixed(2)} req/s, ${s.output_tokens_per_s.toFixed(1)} output tokens/s (${s.output_tokens} tokens${s.tokens_source === 'chunks' || s.tokens_source === 'mixed' ? `, ${s.tokens_from_chunks} requests counted by chunks` : ''}); at most ${s.max_users} users, ${s.max_in_flight} in flight`,
  );
  const rows: [string, LatencyStats][] = [
    ['TTFT', s.ttft_ms],
    ['TPOT', s.tpot_ms],
    ['ITL', s.itl_ms],
    ['E2E', s.e2e_ms],
    ['TTFB', s.ttfb_ms],
  ];
  const header = ['ms', 'count', 'mean', 'p50', 'p90', 'p95', 'p99', 'max'];
  lines.push(
    `  ${pad(header[0]!, 5)}${header
      .slice(1)
      .map((h) => pad(h, 9, true))
      .join('')}`,
  );
  for (const [name, st] of rows) {
    if (st.count === 0) continue;
    lines.push(
      `  ${pad(name, 5)}${[String(st.count), cell(st.mean), cell(st.p50), cell(st.p90), cell(st.p95), cell(st.p99), cell(st.max)].map((v) => pad(v, 9, true)).join('')}`,
    );
  }
  const status = Object.entries(s.status)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  if (status) lines.push(`  status ${status}`);
  const finish = Object.entries(s.finish_reasons)
    .map(([k, v]) => `${safeInline(k)}: ${v}`)
    .join(', ');
  if (finish) lines.push(`  finish_reason ${finish}`);
  const errors = Object.entries(s.errors_by_kind)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  if (errors) lines.push(`  errors ${errors}`);
  for (const e of results.error_samples.slice(0, 5)) lines.push(`    ${e.count}× ${e.kind}: ${safeInline(e.message)}`);
  if (results.connection.breaks || results.connection.reopens)
    lines.push(
      `  port-forward: ${results.connection.breaks} failed connections, re-opened ${results.connection.reopens} times`,
    );
  for (const c of results.criteria)
    lines.push(`  ${c.outcome.toUpperCase().padEnd(12)} ${safeInline(c.source)}: ${safeInline(c.message)}`);
  if (results.outcome !== 'none') lines.push(`  criteria: ${results.outcome}`);
  return `${lines.join('\n')}\n`;
}

/** One progress line: elapsed of planned, users, in flight, totals, and the last second's rate and latencies. */
export function progressLine(p: {
  elapsedMs: number;
  endMs: number | null;
  users: number;
  inFlight: number;
  completed: number;
  errors: number;
  window: readonly { metric: string; value: number }[];
}): string {
  const w = (metric: string) => p.window.find((s) => s.metric === metric)?.value;
  const ms = (v: number | undefined) => (v === undefined ? '-' : `${Math.round(v)}ms`);
  const of = p.endMs === null ? '' : `/${Math.round(p.endMs / 1000)}s`;
  return (
    `${Math.round(p.elapsedMs / 1000)}s${of} users ${p.users} in-flight ${p.inFlight} done ${p.completed} errors ${p.errors} ` +
    `| ${w('load_requests_completed_per_s') ?? 0} req/s ${w('load_output_tokens_per_s') ?? 0} tok/s ttft p50 ${ms(w('load_ttft_p50_ms'))} p95 ${ms(w('load_ttft_p95_ms'))} e2e p95 ${ms(w('load_e2e_p95_ms'))}`
  );
}
