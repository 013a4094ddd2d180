// From results to the Verdict: the overall outcome (any fail fails; an inconclusive one is never a pass), the exit
// code under the inconclusive policy, and the readable table assert prints. Pure.
import { API_VERSION } from '../contracts/index.ts';
import { safeInline } from '../sanitize/index.ts';
import type { AssertionResult, ExpectationSource, InconclusivePolicy, Outcome, Verdict } from './types.ts';

export function overallOutcome(results: readonly AssertionResult[]): Outcome {
  if (results.some((r) => r.outcome === 'fail')) return 'fail';
  // Nothing asserted is nothing proven.
  if (results.length === 0 || results.some((r) => r.outcome === 'inconclusive')) return 'inconclusive';
  return 'pass';
}

export function exitCodeFor(outcome: Outcome, policy: InconclusivePolicy): number {
  switch (outcome) {
    case 'pass':
      return 0;
    case 'fail':
      return 1;
    case 'inconclusive':
      return policy === 'pass' ? 0 : 1;
  }
}

export interface VerdictInput {
  readonly assertions: readonly AssertionResult[];
  readonly policy: InconclusivePolicy;
  readonly load?: { readonly start: number; readonly end: number } | undefined;
  readonly inputs: Verdict['inputs'];
  readonly decidedAt: Date;
}

function wholeMilliseconds(result: AssertionResult): AssertionResult {
  return {
    ...result,
    ...(result.window ? { window: { from: Math.round(result.window.from), to: Math.round(result.window.to) } } : {}),
    ...(result.at === undefined ? {} : { at: Math.round(result.at) }),
  };
}

export function decideVerdict(input: VerdictInput): Verdict {
  const outcome = overallOutcome(input.assertions);
  return {
    apiVersion: API_VERSION,
    kind: 'Verdict',
    outcome,
    exitCode: exitCodeFor(outcome, input.policy),
    load: input.load ? { start: Math.round(input.load.start), end: Math.round(input.load.end) } : undefined,
    // Times on a wall clock carry fractions of a millisecond; the contract keeps whole ones, as the Timeline does.
    assertions: input.assertions.map(wholeMilliseconds),
    inputs: input.inputs,
    decidedAt: input.decidedAt.toISOString(),
  };
}

export function describeSource(source: ExpectationSource): string {
  switch (source.kind) {
    case 'file':
      return `${source.file}:${source.line}:${source.column}`;
    case 'input':
      return `input ${source.name}`;
    case 'option':
      return source.name;
    case 'derived':
      return `derived from ${source.from}`;
  }
}

const MARK: Readonly<Record<Outcome, string>> = { pass: 'PASS', fail: 'FAIL', inconclusive: 'INCONCLUSIVE' };

/** The verdict as text for a terminal or a log: one block per assertion, every value sanitised. */
export function verdictText(verdict: Verdict): string {
  const lines: string[] = [];
  for (const r of verdict.assertions) {
    lines.push(`${MARK[r.outcome].padEnd(12)} ${safeInline(r.title)}`);
    lines.push(`${''.padEnd(12)}   limit ${safeInline(r.limit)} (${safeInline(describeSource(r.source))})`);
    if (r.targetSource && describeSource(r.targetSource) !== describeSource(r.source))
      lines.push(
        `${''.padEnd(12)}   target ${r.targetSource.kind === 'derived' ? '' : 'from '}${safeInline(describeSource(r.targetSource))}`,
      );
    lines.push(`${''.padEnd(12)}   measured: ${safeInline(r.measured)}`);
    if (r.reason) lines.push(`${''.padEnd(12)}   why: ${safeInline(r.reason)}`);
  }
  const counts = (['pass', 'fail', 'inconclusive'] as const)
    .map((o) => `${verdict.assertions.filter((r) => r.outcome === o).length} ${o}`)
    .join(', ');
  lines.push('', `Verdict: ${verdict.outcome.toUpperCase()} (${counts}); exit ${verdict.exitCode}`);
  return `${lines.join('\n')}\n`;
}
