// Before anything is deployed: expectations the configuration cannot meet, with the numbers and the fix. A window
// shorter than the delays Ray Serve waits by design, a count beyond max_replicas or min_replicas, more replicas than
// the GPU worker groups can ever hold. Pure: the pipeline calls it before deploy, `assert --check-only` prints it.
//
// The delays, from Ray's source (python/ray/serve/config.py AutoscalingConfig for the defaults — 2.47: upscale 30 s,
// downscale 600 s, look_back_period_s 30 s, metrics_interval_s 10 s; python/ray/serve/autoscaling_policy.py for how
// they apply): a handle pushes its request counts every metrics_interval_s, averaged over look_back_period_s; the
// policy moves the target only after the decision has pointed the same way for upscale_delay_s (up) or
// downscale_delay_s (down). So after the load stops, the average takes look_back_period_s to fall to zero, the push
// up to metrics_interval_s to arrive, and the delay downscale_delay_s to pass. From ~2.50 (ray PR #56573) a scale
// to zero is two stages, N→1 after downscale_delay_s, then 1→0 after downscale_to_zero_delay_s (default: the same).
// Every decision is clamped to [min_replicas, max_replicas] (python/ray/serve/_private/autoscaling_state.py,
// DeploymentAutoscalingState.apply_bounds; scaled by target_capacity when one is set), so a count outside that range
// can never be reached.
import { atLeast, replicaSlots } from '../ray/index.ts';
import { formatDuration } from '../time/duration.ts';
import type { ManifestFacts } from './manifest-facts.ts';
import type { ExpectationSource, ResolvedExpectations, WindowExpectation, WindowId } from './types.ts';

export interface FeasibilityProblem {
  readonly assertion: WindowId;
  /** What cannot pass, with the numbers it follows from. */
  readonly message: string;
  /** How to make it passable. */
  readonly hint: string;
  /** Where the expectation was written. */
  readonly source: ExpectationSource;
}

/** The earliest Ray can complete a scale in one direction after the load starts (up) or stops (down), with why. */
export interface RayMinimum {
  readonly ms: number;
  /** "downscale_delay_s 600 s (Ray 2.47.1's default) + look_back_period_s 30 s + metrics_interval_s 10 s". */
  readonly terms: string;
}

export function rayMinimum(facts: ManifestFacts, direction: 'up' | 'down', floor?: number): RayMinimum {
  const s = facts.settings;
  const term = (name: string, setting: { value: number; place: string }) =>
    `${name} ${setting.value}s (${setting.place})`;
  if (direction === 'up') {
    // The first push of the load can come at once (a handle with queued requests and no replica pushes at once), so
    // only a full push interval is certain on top of the delay when replicas are already running.
    return {
      ms: (s.upscaleDelayS.value + s.metricsIntervalS.value) * 1000,
      terms: `${term('upscale_delay_s', s.upscaleDelayS)} + metrics_interval_s ${s.metricsIntervalS.value}s`,
    };
  }
  const twoStage =
    floor === 0 && s.maxReplicas.value > 1 && facts.rayVersion !== undefined && atLeast(facts.rayVersion, '2.50.0');
  const toZero = s.downscaleToZeroDelayS ?? s.downscaleDelayS;
  const delay = s.downscaleDelayS.value + (twoStage ? toZero.value : 0);
  return {
    ms: (delay + s.lookBackPeriodS.value + s.metricsIntervalS.value) * 1000,
    terms:
      `${term('downscale_delay_s', s.downscaleDelayS)}` +
      (twoStage ? ` + ${term('downscale_to_zero_delay_s', toZero)} (N→1, then 1→0)` : '') +
      ` + look_back_period_s ${s.lookBackPeriodS.value}s + metrics_interval_s ${s.metricsIntervalS.value}s`,
  };
}

/** Expectations this configuration can never meet. `facts` absent: nothing to check against. */
export function checkFeasibility(
  expectations: ResolvedExpectations,
  facts: ManifestFacts | undefined,
): FeasibilityProblem[] {
  if (!facts) return [];
  const problems: FeasibilityProblem[] = [];
  const add = (w: WindowExpectation, message: string, hint: string, source = w.within.source) =>
    problems.push({ assertion: w.id, message, hint, source });
  const s = facts.settings;
  const set = (key: string, value: string) => `render --set '${facts.autoscalingSetPath}.${key}=${value}'`;
  for (const w of expectations.windows) {
    if (w.id === 'scale-up' || w.id === 'scale-down') {
      const direction = w.id === 'scale-up' ? 'up' : 'down';
      const min = rayMinimum(facts, direction, direction === 'down' ? w.count.value : undefined);
      if (w.within.value < min.ms) {
        const key = direction === 'up' ? 'upscale_delay_s' : 'downscale_delay_s';
        // The delay that would make Ray's minimum fit the window exactly.
        const delay = direction === 'up' ? s.upscaleDelayS.value : s.downscaleDelayS.value;
        const room = Math.max(0, Math.floor((w.within.value - min.ms) / 1000 + delay));
        add(
          w,
          `${w.id} within ${w.within.text} cannot pass: Ray Serve ${direction === 'up' ? 'raises' : 'lowers'} ${facts.deployment}'s target no sooner than ${formatDuration(min.ms)} after the load ${direction === 'up' ? 'starts' : 'stops'} (${min.terms}).`,
          `Widen the window to at least ${formatDuration(min.ms)}${direction === 'up' ? ' plus the time nodes and the model take to start' : ''}, or lower the delay for the test run, e.g. ${set(key, String(room))}.`,
        );
      }
      if (w.id === 'scale-up' && w.count.value > s.maxReplicas.value)
        add(
          w,
          `scale-up to ${w.count.text} replicas cannot pass: Serve never runs more than max_replicas ${s.maxReplicas.value} (${s.maxReplicas.place}) of ${facts.deployment}.`,
          `Expect at most ${s.maxReplicas.value} replicas, or raise max_replicas (${set('max_replicas', w.count.text)}).`,
          w.count.source,
        );
      if (w.id === 'scale-down' && w.count.value < s.minReplicas.value)
        add(
          w,
          `scale-down to ${w.count.text} replicas cannot pass: Serve keeps at least min_replicas ${s.minReplicas.value} (${s.minReplicas.place}) of ${facts.deployment}.`,
          `Expect ${s.minReplicas.value} replicas, or lower min_replicas (${set('min_replicas', w.count.text)}).`,
          w.count.source,
        );
      if (w.id === 'scale-up' && facts.gpusPerReplica && facts.gpusPerReplica > 0) {
        const gpus = facts.gpusPerReplica;
        const slots = facts.gpuGroups.reduce((sum, g) => sum + replicaSlots(g, gpus), 0);
        if (w.count.value > slots)
          add(
            w,
            `scale-up to ${w.count.text} replicas cannot pass: each needs ${gpus} GPU(s) on one pod and the GPU worker groups can hold at most ${slots} (${describeGroups(facts) || 'no worker group offers GPUs'}).`,
            `${groupHint(facts, gpus, w.count.value)}, or expect at most ${slots} replicas.`,
            w.count.source,
          );
      }
      continue;
    }
    const groups = expectations.workerGroup
      ? facts.gpuGroups.filter((g) => g.name === expectations.workerGroup)
      : facts.gpuGroups;
    const maxPods = groups.reduce((n, g) => n + g.maxReplicas * g.numOfHosts, 0);
    const minPods = groups.reduce((n, g) => n + g.minReplicas * g.numOfHosts, 0);
    const perPod = (n: number) => groups.reduce((sum, g) => sum + n * g.gpusPerPod, 0) / Math.max(1, groups.length);
    const limit =
      w.id === 'worker-pods-up'
        ? { over: maxPods, what: 'worker pods', bound: 'maxReplicas' }
        : w.id === 'gpus-up'
          ? {
              over: groups.reduce((n, g) => n + g.maxReplicas * g.numOfHosts * g.gpusPerPod, 0),
              what: 'GPUs',
              bound: 'maxReplicas',
            }
          : w.id === 'worker-pods-down'
            ? { under: minPods, what: 'worker pods', bound: 'minReplicas' }
            : { under: perPod(minPods), what: 'GPUs', bound: 'minReplicas' };
    if ('over' in limit && w.count.value > limit.over!)
      add(
        w,
        `${w.id} to ${w.count.text} cannot pass: the worker groups can have at most ${limit.over} ${limit.what} (${describeGroups(facts)}).`,
        `Expect at most ${limit.over}, or raise the group's maxReplicas.`,
        w.count.source,
      );
    if ('under' in limit && w.count.value < limit.under!)
      add(
        w,
        `${w.id} to ${w.count.text} cannot pass: the worker groups keep at least ${limit.under} ${limit.what} (their ${limit.bound}).`,
        `Expect ${limit.under}, or lower the group's minReplicas.`,
        w.count.source,
      );
  }
  return problems;
}

function describeGroups(facts: ManifestFacts): string {
  return facts.gpuGroups
    .map((g) => `${g.name}: maxReplicas ${g.maxReplicas} × ${g.numOfHosts} host(s) × ${g.gpusPerPod} GPU, ${g.place}`)
    .join('; ');
}

/** How to make room for `replicas` on the GPU groups: the maxReplicas the (single) group needs, as a --set. */
function groupHint(facts: ManifestFacts, gpusPerReplica: number, replicas: number): string {
  const fitting = facts.gpuGroups.filter((g) => g.gpusPerPod >= gpusPerReplica);
  if (fitting.length !== 1)
    return `Add a worker group with at least ${gpusPerReplica} GPU(s) per pod, or raise a GPU group's maxReplicas`;
  const g = fitting[0]!;
  const perPod = Math.floor(g.gpusPerPod / gpusPerReplica + 1e-9);
  const pods = Math.ceil(replicas / perPod / g.numOfHosts);
  return `Raise group ${g.name}'s maxReplicas to ${pods} (render --set 'spec.rayClusterConfig.workerGroupSpecs[groupName=${g.name}].maxReplicas=${pods}')`;
}
