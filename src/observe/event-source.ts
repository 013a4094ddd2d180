// The events source: every core/v1 Event in the namespace, one entry per occurrence the observer sees (a new event,
// or a higher count on one it knows), with the event's own time. A re-list adds only what the watch did not deliver.
import type { ReflectorHandlers } from './kube-reflector.ts';
import type { TimelineRecorder } from './timeline-recorder.ts';
import type { ObservedEvent } from './types.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const get = (value: unknown, key: string): unknown => (isObject(value) ? value[key] : undefined);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A timestamp as the list (client-node: Date) or the watch (RFC 3339 string) gives it, in ms. */
export function timeOf(value: unknown): number | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
  if (typeof value === 'string' && value) {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

/** How many times an event has happened: `count` (core/v1), else the series' count (events.k8s.io), else 1. */
export function occurrences(event: unknown): number {
  const count = get(event, 'count') ?? get(get(event, 'series'), 'count');
  return typeof count === 'number' && count >= 1 ? Math.floor(count) : 1;
}

/** An Event as the timeline keeps it, observed at `observedAt`; undefined for an object that is not one. */
export function observedEvent(event: unknown, observedAt: number): ObservedEvent | undefined {
  const metadata = get(event, 'metadata');
  if (typeof get(metadata, 'uid') !== 'string') return undefined;
  // The latest moment the event says it happened: a repeat moves lastTimestamp (or the series' lastObservedTime).
  const time =
    timeOf(get(event, 'lastTimestamp')) ??
    timeOf(get(get(event, 'series'), 'lastObservedTime')) ??
    timeOf(get(event, 'eventTime')) ??
    timeOf(get(event, 'firstTimestamp')) ??
    timeOf(get(metadata, 'creationTimestamp')) ??
    observedAt;
  const involved = get(event, 'involvedObject');
  const component = text(get(get(event, 'source'), 'component')) || text(get(event, 'reportingComponent'));
  return {
    time,
    observedAt,
    type: text(get(event, 'type')),
    reason: text(get(event, 'reason')),
    message: text(get(event, 'message')),
    object: { kind: text(get(involved, 'kind')), name: text(get(involved, 'name')) },
    count: occurrences(event),
    ...(component ? { component } : {}),
  };
}

/** Events remembered to tell a repeat from a known one; a namespace past this has a storm the timeline caps anyway. */
const MAX_REMEMBERED = 100_000;

export class NamespaceEventSource {
  private readonly recorder: TimelineRecorder;
  /** Event uid → the highest count recorded. */
  private readonly seen = new Map<string, number>();

  constructor(recorder: TimelineRecorder) {
    this.recorder = recorder;
  }

  readonly handlers: ReflectorHandlers = {
    synced: (items, at) => {
      for (const item of items) this.consider(item, at);
    },
    changed: (type, object, at) => {
      if (type !== 'DELETED') this.consider(object, at);
    },
  };

  private consider(object: unknown, at: number): void {
    const uid = get(get(object, 'metadata'), 'uid');
    if (typeof uid !== 'string') return;
    const count = occurrences(object);
    if ((this.seen.get(uid) ?? 0) >= count) return;
    if (!this.seen.has(uid) && this.seen.size >= MAX_REMEMBERED) return this.recorder.dropEvent();
    const event = observedEvent(object, at);
    if (!event) return;
    this.seen.set(uid, count);
    this.recorder.event(event);
  }
}
