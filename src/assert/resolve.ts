// Merges what the user asked for into one set of expectations: options (or action inputs) over the Expectations
// file over defaults derived from the manifest (the model's max_replicas and min_replicas, its delays for the default
// windows). Every value keeps where it came from, so the verdict can say "5m (--scale-up-within)".
import { formatDuration } from '../time/duration.ts';
import type { ExpectationsFile, WindowEntry } from './expect-file.ts';
import { parseCount, parsePolicy, parseWindow, type Parsed } from './limits.ts';
import { rayMinimum } from './feasibility.ts';
import type { ManifestFacts } from './manifest-facts.ts';
import type {
  ExpectationSource,
  InconclusivePolicy,
  ResolvedExpectations,
  Sourced,
  WindowExpectation,
  WindowId,
} from './types.ts';

/** The expectations a command line or an action's inputs can set. */
export interface ExpectationOptions {
  readonly scaleUpWithin?: string | undefined;
  readonly scaleDownWithin?: string | undefined;
  readonly scaleUpReplicas?: string | undefined;
  readonly scaleDownReplicas?: string | undefined;
  readonly inconclusive?: string | undefined;
}

export interface ResolveInput {
  /** The rendered manifest's facts, for the defaults. */
  readonly facts?: ManifestFacts | undefined;
  readonly file?: ExpectationsFile | undefined;
  readonly options?: ExpectationOptions | undefined;
  /** Whether `options` came from CLI options (--scale-up-within) or action inputs (scale-up-within). */
  readonly via?: 'option' | 'input' | undefined;
}

export type Resolved =
  | { readonly ok: true; readonly expectations: ResolvedExpectations }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Time for nodes to start and the model to load, on top of Ray's own delays, in the default scale-up window. */
export const DEFAULT_STARTUP_ALLOWANCE_MS = 10 * 60_000;
/** Slack after Ray's earliest possible scale-down in the default scale-down window. */
export const DEFAULT_SCALE_DOWN_ALLOWANCE_MS = 5 * 60_000;
/** Windows when there is no manifest to derive them from. */
const FALLBACK_WINDOW_MS: Readonly<Record<'up' | 'down', number>> = { up: 15 * 60_000, down: 20 * 60_000 };

const OPTION_NAMES = {
  scaleUpWithin: 'scale-up-within',
  scaleDownWithin: 'scale-down-within',
  scaleUpReplicas: 'scale-up-replicas',
  scaleDownReplicas: 'scale-down-replicas',
  inconclusive: 'inconclusive',
} as const satisfies Record<keyof ExpectationOptions, string>;

export function resolveExpectations(input: ResolveInput): Resolved {
  const problems: string[] = [];
  const { facts, file } = input;
  const via = input.via ?? 'option';
  const option = <T>(key: keyof ExpectationOptions, parse: (text: string) => Parsed<T>): Sourced<T> | undefined => {
    const text = input.options?.[key];
    if (text === undefined || text === '') return undefined;
    const name = via === 'option' ? `--${OPTION_NAMES[key]}` : OPTION_NAMES[key];
    const parsed = parse(text);
    if (!parsed.ok) {
      problems.push(`${name}: ${parsed.problem}`);
      return undefined;
    }
    return { value: parsed.value, text: text.trim(), source: { kind: via, name } };
  };

  const deployment = file?.deployment ?? facts?.deployment;
  const app = file?.app ?? facts?.app;
  if (deployment === undefined)
    problems.push(
      'assert needs to know the model deployment: give --manifest (the rendered RayService) or deployment: in the expectations file.',
    );

  const upCount =
    option('scaleUpReplicas', (t) => parseCount(t, 1)) ??
    file?.windows['scale-up']?.count ??
    derivedCount(facts?.settings.maxReplicas);
  const downCount =
    option('scaleDownReplicas', (t) => parseCount(t, 0)) ??
    file?.windows['scale-down']?.count ??
    derivedCount(facts?.settings.minReplicas);
  if (!upCount)
    problems.push(
      'scale-up needs a replica count: give --manifest (its max_replicas is the default), --scale-up-replicas or scale-up.replicas.',
    );
  if (!downCount)
    problems.push(
      'scale-down needs a replica count: give --manifest (its min_replicas is the default), --scale-down-replicas or scale-down.replicas.',
    );
  const upWithin =
    option('scaleUpWithin', parseWindow) ?? file?.windows['scale-up']?.within ?? defaultWindow('up', facts);
  const downWithin =
    option('scaleDownWithin', parseWindow) ??
    file?.windows['scale-down']?.within ??
    defaultWindow('down', facts, downCount?.value);
  const inconclusive: Sourced<InconclusivePolicy> = option('inconclusive', parsePolicy) ??
    file?.inconclusive ?? {
      value: 'fail',
      text: 'fail',
      source: { kind: 'derived', from: "rayservice-ci's default: inconclusive is never a pass" },
    };

  const windows: WindowExpectation[] = [];
  if (upCount) windows.push({ id: 'scale-up', count: upCount, within: upWithin });
  if (downCount) windows.push({ id: 'scale-down', count: downCount, within: downWithin });

  const workerGroup = file?.workerGroup ?? (facts?.gpuGroups.length === 1 ? facts.gpuGroups[0]!.name : undefined);
  const group = facts?.gpuGroups.find((g) => g.name === workerGroup);
  if (file?.workerGroup !== undefined && facts && !group)
    problems.push(
      `worker-group ${file.workerGroup} is not a GPU worker group of ${facts.file} (${facts.gpuGroups.map((g) => g.name).join(', ') || 'none'}).`,
    );
  const podsFor = (replicas: number | undefined): number | undefined =>
    replicas === undefined || !group || !facts?.gpusPerReplica
      ? undefined
      : Math.ceil(replicas / Math.max(1, Math.floor(group.gpusPerPod / facts.gpusPerReplica + 1e-9)));
  const derivedPods = {
    up: podsFor(upCount?.value),
    down: group ? Math.max(group.minReplicas, podsFor(downCount?.value) ?? 0) : undefined,
  };
  const derived: Record<Exclude<WindowId, 'scale-up' | 'scale-down'>, { n: number | undefined; from: string }> = {
    'worker-pods-up': {
      n: derivedPods.up,
      from: `worker pods of group ${workerGroup} that hold ${upCount?.text} replicas`,
    },
    'worker-pods-down': {
      n: derivedPods.down,
      from: `worker pods of group ${workerGroup} left at ${downCount?.text} replicas (at least its minReplicas)`,
    },
    'gpus-up': {
      n: derivedPods.up === undefined || !group ? undefined : derivedPods.up * group.gpusPerPod,
      from: `GPUs of the worker pods that hold ${upCount?.text} replicas`,
    },
    'gpus-down': {
      n: derivedPods.down === undefined || !group ? undefined : derivedPods.down * group.gpusPerPod,
      from: `GPUs of the worker pods left at ${downCount?.text} replicas`,
    },
  };
  for (const id of ['worker-pods-up', 'worker-pods-down', 'gpus-up', 'gpus-down'] as const) {
    const entry: WindowEntry | undefined = file?.windows[id];
    if (!entry) continue;
    const { n, from } = derived[id];
    const count =
      entry.count ??
      (n === undefined ? undefined : { value: n, text: String(n), source: { kind: 'derived' as const, from } });
    if (!count) {
      problems.push(
        `${id} needs a count: write it in the expectations file, or give --manifest with one GPU worker group (or worker-group:) to derive it.`,
      );
      continue;
    }
    const within = entry.within ?? (id.endsWith('-up') ? upWithin : downWithin);
    windows.push({ id, count, within });
  }

  const hold = file?.hold ?? {};
  const after: Sourced<number> = hold.after ?? {
    value: upWithin.value,
    text: upWithin.text,
    source: { kind: 'derived', from: `the scale-up window (${upWithin.text}): the service should be up by then` },
  };
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    expectations: {
      app,
      deployment: deployment!,
      workerGroup,
      windows,
      hold: {
        after,
        maxReplicaChanges: hold.maxReplicaChanges,
        maxErrorRate: hold.maxErrorRate,
        maxTtftP95: hold.maxTtftP95,
        maxE2eP95: hold.maxE2eP95,
      },
      inconclusive,
    },
  };
}

function derivedCount(setting: { value: number; source: ExpectationSource } | undefined): Sourced<number> | undefined {
  return setting && { value: setting.value, text: String(setting.value), source: setting.source };
}

/**
 * A window that can pass when Ray behaves as configured: Ray's own delays (the same sum feasibility checks) plus an
 * allowance for nodes, image pulls and model loads (up) or slack (down). Without a manifest, a fixed fallback.
 */
function defaultWindow(direction: 'up' | 'down', facts: ManifestFacts | undefined, floor?: number): Sourced<number> {
  if (!facts) {
    const ms = FALLBACK_WINDOW_MS[direction];
    return {
      value: ms,
      text: formatDuration(ms),
      source: { kind: 'derived', from: `rayservice-ci's default scale-${direction} window (no manifest given)` },
    };
  }
  const min = rayMinimum(facts, direction, floor);
  const allowance = direction === 'up' ? DEFAULT_STARTUP_ALLOWANCE_MS : DEFAULT_SCALE_DOWN_ALLOWANCE_MS;
  // Whole minutes: a window people can read and write back with --scale-*-within.
  const ms = Math.ceil((min.ms + allowance) / 60_000) * 60_000;
  return {
    value: ms,
    text: formatDuration(ms),
    source: {
      kind: 'derived',
      from: `${min.terms} + ${formatDuration(allowance)} ${direction === 'up' ? 'for nodes and model load' : 'of slack'}, in whole minutes`,
    },
  };
}
