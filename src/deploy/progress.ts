// What the user sees while deploy waits: one line whenever what the cluster shows changes (pods per group,
// application statuses, conditions, endpoints), a line per notable event, a reminder at least every 30 s, and a
// live line on a terminal. The summaries are pure; the reporter only remembers what it already said.
import { formatDuration } from '../time/duration.ts';
import { safeInline } from '../sanitize/index.ts';
import type { Readiness, RayServiceObject } from './readiness.ts';
import type { EventView, PodView, Snapshot } from './snapshot.ts';

/** Where progress goes: whole lines, and (on a terminal) a line that is rewritten in place. */
export interface Progress {
  line(text: string): void;
  live?(text: string): void;
}

export const HEARTBEAT_MS = 30_000;

/** Whole seconds: a poll's few milliseconds either way are noise. */
function elapsedText(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return seconds === 0 ? '0s' : formatDuration(seconds * 1000);
}

/** "headgroup 1/1 running; gpu-group 0/2 running, 1 starting (ContainerCreating), 1 unschedulable". */
export function podSummary(pods: readonly PodView[]): string {
  const live = pods.filter((p) => !p.deleting);
  if (!live.length) return 'no pods yet';
  const groups = [...new Set(live.map((p) => p.group))].sort((a, b) =>
    a === 'headgroup' ? -1 : b === 'headgroup' ? 1 : a.localeCompare(b),
  );
  return groups
    .map((group) => {
      const members = live.filter((p) => p.group === group);
      const running = members.filter((p) => p.phase === 'Running').length;
      const unschedulable = members.filter((p) => p.phase === 'Pending' && p.unschedulable).length;
      const starting = members.filter((p) => p.phase === 'Pending' && !p.unschedulable);
      const reasons = [...new Set(starting.flatMap((p) => p.waiting.map((w) => w.reason)))];
      const failed = members.filter((p) => p.phase === 'Failed' || p.phase === 'Unknown').length;
      const parts = [`${running}/${members.length} running`];
      if (starting.length) parts.push(`${starting.length} starting${reasons.length ? ` (${reasons.join(', ')})` : ''}`);
      if (unschedulable) parts.push(`${unschedulable} unschedulable`);
      if (failed) parts.push(`${failed} failed`);
      return `${group} ${parts.join(', ')}`;
    })
    .join('; ');
}

/** Application statuses of the active cluster, else the pending one (where a first deploy's apps start). */
export function appSummary(service: RayServiceObject | undefined): string {
  const status = service?.status;
  const apps = {
    ...status?.pendingServiceStatus?.applicationStatuses,
    ...status?.activeServiceStatus?.applicationStatuses,
  };
  const names = Object.keys(apps).sort();
  return names.length ? names.map((name) => `${name} ${apps[name]?.status ?? '?'}`).join(', ') : 'none reported yet';
}

export function conditionSummary(service: RayServiceObject | undefined, readiness: Readiness): string {
  const status = service?.status;
  if (readiness.shape === 'conditions') {
    return (status?.conditions ?? []).map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`).join(', ');
  }
  return `serviceStatus ${status?.serviceStatus || 'unset'}`;
}

/** The one-line state; a new line is printed whenever it changes. */
export function progressLine(snapshot: Snapshot, readiness: Readiness): string {
  if (!snapshot.service) return 'RayService not found';
  return [
    `pods: ${podSummary(snapshot.pods)}`,
    `apps: ${appSummary(snapshot.service)}`,
    conditionSummary(snapshot.service, readiness),
    `endpoints ${readiness.serveEndpoints}`,
  ]
    .filter(Boolean)
    .join(' | ');
}

/** Warnings, and what KubeRay says about the RayService and its clusters. */
export function isNotable(event: EventView): boolean {
  return event.type === 'Warning' || event.object.startsWith('RayService/') || event.object.startsWith('RayCluster/');
}

export function eventLine(event: EventView): string {
  return `event: ${event.type} ${event.reason} ${event.object}: ${event.message}`;
}

/** Remembers what it has said, so that each change, and each notable event, is said once. */
export class ProgressReporter {
  private readonly progress: Progress;
  private readonly startedAt: number;
  private lastLine = '';
  private lastSaidAt: number;
  private readonly seenEvents = new Set<string>();

  constructor(progress: Progress, startedAt: number) {
    this.progress = progress;
    this.startedAt = startedAt;
    this.lastSaidAt = startedAt;
  }

  say(text: string, now: number): void {
    this.progress.line(safeInline(text));
    this.lastSaidAt = now;
  }

  /** Events that were already there when waiting began are history, not news. */
  skipEvents(events: readonly EventView[]): void {
    for (const event of events) this.seenEvents.add(event.key);
  }

  update(snapshot: Snapshot, readiness: Readiness, now: number): void {
    const elapsed = elapsedText(now - this.startedAt);
    for (const event of snapshot.events) {
      if (this.seenEvents.has(event.key) || !isNotable(event)) continue;
      this.seenEvents.add(event.key);
      this.say(`[${elapsed}] ${eventLine(event)}`, now);
    }
    const line = progressLine(snapshot, readiness);
    if (line !== this.lastLine) {
      this.lastLine = line;
      this.say(`[${elapsed}] ${line}`, now);
    } else if (now - this.lastSaidAt >= HEARTBEAT_MS) {
      this.say(
        `[${elapsed}] still waiting for ${readiness.waitingFor.slice(0, 2).join('; ') || 'the HTTP probe'}`,
        now,
      );
    }
    this.progress.live?.(safeInline(`${elapsed} waiting: ${readiness.waitingFor[0] ?? 'probe'} | ${line}`));
  }
}
