// The LoadResults value from a finished run: the summary, labels and windows from the metrics, the criteria
// evaluated on them, how the run stopped, and the target without credentials.
import { API_VERSION } from '../contracts/index.ts';
import { evaluateCriterion, overallOutcome } from './criteria.ts';
import type { RunnablePlan } from './plan.ts';
import type { RunOutput } from './runner.ts';
import { METRIC_DEFINITIONS, type LoadResults } from './types.ts';

/** An address as it may be written into a file: no user info, no query. */
export function describeTarget(address: string | undefined): string {
  if (!address) return "(the profile's addresses)";
  try {
    const url = new URL(address);
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(an address that is not a URL)';
  }
}

export function buildResults(
  runnable: RunnablePlan,
  run: RunOutput,
  target: string,
  warnings: readonly string[],
): LoadResults {
  const { metrics } = run;
  const durationS = Math.max(0, (run.end - run.start) / 1000);
  const summary = metrics.summary(durationS);
  const labels = metrics.labelSummaries();
  const criteria = runnable.criteria.map((c) => run.timeframes.get(c) ?? evaluateCriterion(c, summary, labels));
  return {
    apiVersion: API_VERSION,
    kind: 'LoadResults',
    profile: { path: runnable.plan.profile, format: runnable.plan.format },
    target,
    seed: runnable.plan.seed,
    start: run.start,
    end: run.end,
    startedAt: new Date(run.start).toISOString(),
    stop:
      run.stop.detail === undefined
        ? { reason: run.stop.reason }
        : { reason: run.stop.reason, detail: run.stop.detail },
    summary,
    labels,
    samples: metrics.windowSamples(),
    connection: run.connection,
    criteria,
    outcome: overallOutcome(criteria),
    error_samples: metrics.errorSampleList(),
    warnings: [...warnings],
    definitions: METRIC_DEFINITIONS,
  };
}
