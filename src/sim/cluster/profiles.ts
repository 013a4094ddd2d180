// How long things take, as declarative rules: which pods a stage applies to, a base delay and jitter, overridable
// per pod with the annotation sim.rayservice-ci.io/<stage>-delay ("90s"). `fast` shows the pipeline in seconds;
// `realistic` follows a GPU cluster with Karpenter: node start, a multi-GB ray-llm image pull, model load.
import { parseDuration } from '../../time/duration.ts';
import { podGpus } from '../api/pod-gpus.ts';
import type { KObject } from '../api/store.ts';
import type { Random } from '../random.ts';

export const STAGES = [
  'schedule',
  'node-provisioning',
  'image-pull',
  'ray-start',
  'model-load',
  'termination',
] as const;
export type StageName = (typeof STAGES)[number];

export interface StageRule {
  readonly stage: StageName;
  /** Applies when the pod asks for GPUs (`gpu`), does not (`cpu`), or always. */
  readonly pods: 'gpu' | 'cpu' | 'all';
  readonly delayMs: number;
  readonly jitterMs: number;
}

export type ProfileName = 'fast' | 'realistic';

const s = (seconds: number) => seconds * 1000;

export const PROFILES: Record<ProfileName, readonly StageRule[]> = {
  fast: [
    { stage: 'schedule', pods: 'all', delayMs: s(0.2), jitterMs: s(0.1) },
    { stage: 'node-provisioning', pods: 'gpu', delayMs: s(1), jitterMs: s(0.5) },
    { stage: 'image-pull', pods: 'all', delayMs: s(0.5), jitterMs: s(0.3) },
    { stage: 'ray-start', pods: 'all', delayMs: s(0.5), jitterMs: s(0.2) },
    { stage: 'model-load', pods: 'all', delayMs: s(2), jitterMs: s(0.5) },
    { stage: 'termination', pods: 'all', delayMs: s(0.5), jitterMs: s(0.2) },
  ],
  realistic: [
    { stage: 'schedule', pods: 'all', delayMs: s(1), jitterMs: s(0.5) },
    // Karpenter launches a GPU instance and the node joins.
    { stage: 'node-provisioning', pods: 'gpu', delayMs: s(75), jitterMs: s(30) },
    // rayproject/ray-llm images are many GB; CPU heads usually land on warm nodes with the image cached.
    { stage: 'image-pull', pods: 'gpu', delayMs: s(150), jitterMs: s(60) },
    { stage: 'image-pull', pods: 'cpu', delayMs: s(20), jitterMs: s(10) },
    { stage: 'ray-start', pods: 'all', delayMs: s(10), jitterMs: s(5) },
    // vLLM engine start for a 3B model from shared storage.
    { stage: 'model-load', pods: 'all', delayMs: s(90), jitterMs: s(30) },
    { stage: 'termination', pods: 'all', delayMs: s(5), jitterMs: s(3) },
  ],
};

export { podGpus };

export const DELAY_ANNOTATION = (stage: StageName) => `sim.rayservice-ci.io/${stage}-delay`;

/** The delay of a stage for one object: its annotation, else the profile's rule with jitter; 0 when no rule applies. */
export function stageDelay(
  profile: readonly StageRule[],
  stage: StageName,
  object: KObject,
  random: Random,
  gpu = podGpus(object) > 0,
): number {
  const override = object.metadata?.annotations?.[DELAY_ANNOTATION(stage)];
  if (override !== undefined) {
    const parsed = parseDuration(override);
    if (typeof parsed === 'number') return parsed;
  }
  const rule = profile.find((r) => r.stage === stage && (r.pods === 'all' || (r.pods === 'gpu') === gpu));
  if (!rule) return 0;
  return Math.max(0, rule.delayMs + (random.next() * 2 - 1) * rule.jitterMs);
}
