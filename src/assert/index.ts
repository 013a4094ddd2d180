// assert: expectations (a file, options, defaults from the manifest), their feasibility before deploying, three-outcome
// assertions over the Timeline and LoadResults, and the Verdict. Everything other folders may use of it.
export {
  describeFeasibility,
  prepareExpectations,
  runAssert,
  type AssertContext,
  type AssertRequest,
  type AssertRun,
} from './run.ts';
export {
  evaluateAssertions,
  evaluateErrorRate,
  evaluateFlapping,
  evaluateLatency,
  evaluateWindow,
  type LoadSpan,
} from './evaluate.ts';
export { resolveExpectations, type ExpectationOptions, type ResolveInput, type Resolved } from './resolve.ts';
export { checkFeasibility, rayMinimum, type FeasibilityProblem, type RayMinimum } from './feasibility.ts';
export { manifestFacts, type FactsResult, type ManifestFacts, type Setting } from './manifest-facts.ts';
export { parseExpectationsFile, type ExpectationsFile, type ExpectFileResult } from './expect-file.ts';
export { keepObserving, mergeTimelines, observationDeadline, undecided, type LiveTimeline } from './keep-observing.ts';
export { decideVerdict, describeSource, exitCodeFor, overallOutcome, verdictText } from './verdict.ts';
export {
  INCONCLUSIVE_POLICIES,
  OUTCOMES,
  PIPELINE_STAGES,
  VERDICT,
  WINDOW_IDS,
  type AssertionResult,
  type ExpectationSource,
  type HoldExpectations,
  type InconclusivePolicy,
  type Outcome,
  type PipelineStage,
  type ResolvedExpectations,
  type Sourced,
  type StageFailure,
  type Verdict,
  type WindowExpectation,
  type WindowId,
} from './types.ts';
