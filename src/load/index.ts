// load: the chat load profile — Taurus-compatible input, an LLM-aware closed/open-loop runner on an injected clock,
// HDR percentiles, criteria, and the LoadResults contract. Everything other folders may use of it.
export { WALL_CLOCK, type Clock } from '../time/clock.ts';
export { parseCriterion, evaluateCriterion, overallOutcome, type Criterion } from './criteria.ts';
export {
  planLoad,
  arrivalSchedule,
  type LoadPlan,
  type ExecutionPlan,
  type PlanOptions,
  type RunnablePlan,
} from './plan.ts';
export { DEFAULT_LIMITS, formatProblem, type LoadProfile, type Limits, type ProfileProblem } from './profile.ts';
export { parseProfileText, readProfile, type ProfileRead } from './read-profile.ts';
export { plannedUsers, userSteps, throughputSteps } from './ramp.ts';
export { seededRandom, type Random } from './random.ts';
export { runPlan, type Progress, type RunnerDeps, type RunOutput } from './runner.ts';
export { exitCodeOf, runLoad, type LoadContext, type LoadRun, type LoadRunRequest, type ReachOpener } from './run.ts';
export { progressLine, summaryTable } from './summary-table.ts';
export { SseParser, type SseSink } from './sse-parser.ts';
export { OpenAiStream } from './openai-stream.ts';
export { parseTaurusDuration } from './taurus-duration.ts';
export { compileTemplate, renderTemplate } from './template.ts';
export {
  LOAD_METRIC,
  LOAD_RESULTS,
  METRIC_DEFINITIONS,
  type LoadResults,
  type LoadSummary,
  type LoadSample,
  type LatencyStats,
  type CriterionResult,
} from './types.ts';
