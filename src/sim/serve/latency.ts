// How long an LLM replica takes to answer, as a function of how busy it is: time to first token and time per
// output token both grow with the requests the replica is serving at once (continuous batching on one GPU).
// Output lengths come from a seeded log-normal, capped by max_tokens. Defaults: a 3B model on an L40S-class GPU.
import type { Random } from '../random.ts';

export interface LatencyModel {
  readonly ttftBaseMs: number;
  readonly ttftPerConcurrentMs: number;
  readonly ttftPerPromptTokenMs: number;
  readonly tpotBaseMs: number;
  /** Relative slowdown of each token per additional concurrent request. */
  readonly tpotConcurrencySlowdown: number;
  readonly medianOutputTokens: number;
  readonly outputTokensSigma: number;
}

export const DEFAULT_LATENCY: LatencyModel = {
  ttftBaseMs: 80,
  ttftPerConcurrentMs: 25,
  ttftPerPromptTokenMs: 0.2,
  tpotBaseMs: 15,
  tpotConcurrencySlowdown: 0.12,
  medianOutputTokens: 250,
  outputTokensSigma: 0.6,
};

export function ttftMs(model: LatencyModel, concurrent: number, promptTokens: number): number {
  return (
    model.ttftBaseMs +
    model.ttftPerConcurrentMs * Math.max(0, concurrent - 1) +
    model.ttftPerPromptTokenMs * promptTokens
  );
}

export function tpotMs(model: LatencyModel, concurrent: number): number {
  return model.tpotBaseMs * (1 + model.tpotConcurrencySlowdown * Math.max(0, concurrent - 1));
}

export function outputTokens(model: LatencyModel, maxTokens: number, random: Random): number {
  // Box–Muller on the seeded source.
  const u = Math.max(random.next(), 1e-9);
  const v = random.next();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  const tokens = Math.round(model.medianOutputTokens * Math.exp(model.outputTokensSigma * normal));
  return Math.max(1, Math.min(maxTokens, tokens));
}

/** A rough token count of prompt text (≈ 4 characters a token), as the sim has no tokenizer. */
export function promptTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

const WORDS = [
  'the',
  'model',
  'answers',
  'with',
  'a',
  'short',
  'reply',
  'about',
  'autoscaling',
  'replicas',
  'and',
  'GPUs',
  'under',
  'load',
  'in',
  'Ray',
  'Serve',
  'on',
  'Kubernetes',
  'today',
];

export function tokenText(index: number, random: Random): string {
  return `${index === 0 ? '' : ' '}${WORDS[Math.floor(random.next() * WORDS.length)]}`;
}
