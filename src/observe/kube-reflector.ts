// A list-then-watch of one Kubernetes collection that survives the API: a watch resumed from the last
// resourceVersion (bookmarks keep it fresh) when it ends; a re-list when the server says 410 Gone (as an HTTP status
// or an ERROR event in the stream, both as https://kubernetes.io/docs/reference/using-api/api-concepts/#efficient-detection-of-changes
// describes); backoff on 429, 5xx and broken connections; and every span it could not see handed to SourceHealth.
import { Watch, type KubeConfig } from '@kubernetes/client-node';
import { sleepUnlessAborted, type Clock } from '../time/clock.ts';
import { DEFAULT_BACKOFF, describeFailure, failureOf, retryDelay, type Backoff, type Failure } from './retry.ts';
import type { SourceHealth } from './source-health.ts';

export interface ListPage {
  readonly items: readonly unknown[];
  readonly resourceVersion: string;
  readonly continue?: string | undefined;
}

/** One collection: how to list a page of it and where to watch it. */
export interface KubeCollection {
  /** For messages: "pods in demo (ray.io/node-type=worker)". */
  readonly description: string;
  /** One page; `signal` is the observer stopping, `timeoutMs` the bound on this request. */
  list(page: {
    readonly continue: string | undefined;
    readonly limit: number;
    readonly signal: AbortSignal;
    readonly timeoutMs: number;
  }): Promise<ListPage>;
  /** The collection's path, e.g. /api/v1/namespaces/demo/pods. */
  readonly watchPath: string;
  readonly labelSelector?: string | undefined;
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface ReflectorHandlers {
  /** A complete list at `at`: it replaces whatever was known. */
  synced(items: readonly unknown[], at: number): void;
  /** One change heard from the watch at `at` (replayed changes after a resume are heard late, and say so by `at`). */
  changed(type: WatchEventType, object: unknown, at: number): void;
}

export interface ReflectorOptions {
  readonly kubeConfig: KubeConfig;
  readonly collection: KubeCollection;
  readonly clock: Clock;
  readonly health: SourceHealth;
  readonly handlers: ReflectorHandlers;
  readonly signal: AbortSignal;
  readonly backoff?: Backoff;
  /** Per list page (wall time: it bounds a hung connection, not the observation). */
  readonly requestTimeoutMs?: number;
  /** Asked of the server per watch; it closes the watch then and the reflector resumes it. */
  readonly watchTimeoutSeconds?: number;
}

const PAGE_LIMIT = 500;
/** A namespace's pods or events fit in a few pages; a thousand means something is wrong. */
const MAX_PAGES = 1000;
/** A bound on list/watch rounds: at least one round trip each, a day of one per 100 ms is below it. */
const MAX_ROUNDS = 1_000_000;
/** A watch the server closes sooner than this is not resumed at once, so a server that closes every watch is not hammered. */
const SHORT_WATCH_MS = 1000;

type ListOutcome =
  | { readonly ok: true; readonly items: unknown[]; readonly resourceVersion: string }
  | { readonly ok: false; readonly failure: Failure };

type WatchOutcome = {
  /** The resourceVersion to resume from. */
  readonly resourceVersion: string;
  /** Whether the server answered 200 and the stream started. */
  readonly opened: boolean;
  readonly openedAt: number;
  /** The server said the resourceVersion is too old (HTTP 410, or an ERROR event with code 410). */
  readonly gone: boolean;
  /** Why it ended; undefined for a normal end (timeoutSeconds, the server closing it). */
  readonly failure: Failure | undefined;
};

const isGone = (failure: Failure | undefined) => failure?.kind === 'http' && failure.status === 410;

/** Runs until `signal` aborts; resolves then. Never rejects: what fails becomes an outage in `health`. */
export async function runReflector(options: ReflectorOptions): Promise<void> {
  const { clock, health, handlers, signal, collection } = options;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  let resourceVersion = '';
  let attempt = 0;
  const wait = (failure: Failure) => sleepUnlessAborted(clock, retryDelay(++attempt, failure, backoff), signal);
  for (let round = 0; round < MAX_ROUNDS && !signal.aborted; round++) {
    if (!resourceVersion) {
      const listed = await listAll(options);
      if (signal.aborted) break;
      if (!listed.ok) {
        health.failed(`listing ${collection.description}: ${describeFailure(listed.failure)}`);
        await wait(listed.failure);
        continue;
      }
      // Seen again first (closing the outage), then the state as listed.
      const at = clock.now();
      health.ok(at);
      handlers.synced(listed.items, at);
      resourceVersion = listed.resourceVersion;
      attempt = 0;
    }
    const outcome = await watchOnce(options, resourceVersion);
    if (signal.aborted) break;
    const endedAt = clock.now();
    resourceVersion = outcome.resourceVersion;
    // A watch that opened was a success: the backoff starts over from its end.
    if (outcome.opened) attempt = 0;
    if (outcome.gone || isGone(outcome.failure)) {
      // The history since the last event is gone: the list that follows says how things stand now. Changes lost in
      // between are within the source's resolution when the re-list is quick, and in a gap when it is not.
      health.failed(
        `watching ${collection.description}: resourceVersion expired (410 Gone); re-listed`,
        outcome.opened ? endedAt : health.lastGood,
      );
      resourceVersion = '';
      continue;
    }
    const why = outcome.failure ? describeFailure(outcome.failure) : 'the server ended the watch';
    health.failed(`watching ${collection.description}: ${why}`, outcome.opened ? endedAt : health.lastGood);
    if (outcome.opened && (outcome.failure === undefined || outcome.failure.kind === 'timeout')) {
      // A normal end (or the idle limit): resume at once from where it was, unless the server keeps cutting it short.
      if (endedAt - outcome.openedAt < SHORT_WATCH_MS) await sleepUnlessAborted(clock, backoff.initialMs, signal);
      continue;
    }
    await wait(outcome.failure ?? { kind: 'network', code: 'watch ended' });
  }
}

async function listAll(options: ReflectorOptions): Promise<ListOutcome> {
  const items: unknown[] = [];
  let resourceVersion: string | undefined;
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    try {
      const answer = await options.collection.list({
        continue: token,
        limit: PAGE_LIMIT,
        signal: options.signal,
        timeoutMs: options.requestTimeoutMs ?? 10_000,
      });
      items.push(...answer.items);
      // The first page's version: a watch from it may replay changes the later pages already show, never miss one.
      resourceVersion ??= answer.resourceVersion;
      token = answer.continue || undefined;
      if (!token) return { ok: true, items, resourceVersion };
    } catch (error) {
      return { ok: false, failure: failureOf(error, options.clock.now()) };
    }
  }
  return { ok: false, failure: { kind: 'invalid', detail: `more than ${MAX_PAGES} pages` } };
}

function watchOnce(options: ReflectorOptions, resourceVersion: string): Promise<WatchOutcome> {
  const { clock, health, handlers, signal, collection } = options;
  // client-node's Watch ends a watch silent for 30 s (wall time) with a TimeoutError: with bookmarks asked for, such
  // silence means a dead connection, and the watch is resumed.
  const watch = new Watch(options.kubeConfig);
  return new Promise<WatchOutcome>((resolve) => {
    let latest = resourceVersion;
    let opened = false;
    let openedAt = clock.now();
    let gone = false;
    let ended = false;
    let controller: AbortController | undefined;
    const stop = () => controller?.abort();
    const end = (error: unknown) => {
      if (ended) return;
      ended = true;
      signal.removeEventListener('abort', stop);
      const failure = error ? failureOf(error, clock.now()) : undefined;
      resolve({ resourceVersion: latest, opened, openedAt, gone, failure: gone ? undefined : failure });
    };
    signal.addEventListener('abort', stop, { once: true });
    const query: Record<string, string | number | boolean> = {
      resourceVersion,
      allowWatchBookmarks: true,
      timeoutSeconds: options.watchTimeoutSeconds ?? 300,
    };
    if (collection.labelSelector) query['labelSelector'] = collection.labelSelector;
    const onEvent = (type: string, object: unknown) => {
      if (ended) return;
      if (type === 'ERROR') {
        // A Status in the stream: 410 means the version is too old; anything else ends this watch as a failure.
        const code = (object as { code?: unknown } | null)?.code;
        if (code === 410) gone = true;
        controller?.abort();
        return;
      }
      const version = (object as { metadata?: { resourceVersion?: unknown } } | null)?.metadata?.resourceVersion;
      if (typeof version === 'string' && version) latest = version;
      if (type === 'ADDED' || type === 'MODIFIED' || type === 'DELETED') handlers.changed(type, object, clock.now());
    };
    watch.watch(collection.watchPath, query, onEvent, end).then((started) => {
      controller = started;
      if (ended) return;
      if (signal.aborted) return void started.abort();
      // The server answered 200: from here the collection is seen again.
      opened = true;
      openedAt = clock.now();
      health.ok(openedAt);
    }, end);
  });
}
