// A watch response that respects backpressure: events go out as fast as the client reads them, what it has not read
// yet waits in a bounded queue, and a client that falls further behind is dropped (its watch ends), as
// kube-apiserver's cacher closes a watcher whose buffer stays full ("Forcing watcher close due to
// unresponsiveness", apiserver pkg/storage/cacher), instead of the sim buffering for it without bound.
import type { ServerResponse } from 'node:http';

export interface WatchLimits {
  /** Events a client may have waiting beyond what its socket already holds. */
  readonly maxQueuedEvents: number;
  /** The same bound in bytes of serialised events. */
  readonly maxQueuedBytes: number;
}

/**
 * A healthy client on loopback drains its socket within a tick; these bounds leave room for a burst (a deploy's
 * hundred-odd events) and keep twenty stalled watches within about 20 MiB.
 */
export const WATCH_LIMITS: WatchLimits = { maxQueuedEvents: 1000, maxQueuedBytes: 1024 * 1024 };

export class WatchStream {
  private readonly res: ServerResponse;
  private readonly limits: WatchLimits;
  private readonly onDrop: (queuedEvents: number, queuedBytes: number) => void;
  private queue: string[] = [];
  private queuedBytes = 0;
  /** The initial events, made one at a time as the client reads: the state it asked for, not held against it. */
  private initial: Iterator<string> | undefined;
  private blocked = false;
  private done = false;

  /** `onDrop` runs once when the client fell too far behind; the response is then destroyed. */
  constructor(res: ServerResponse, limits: WatchLimits, onDrop: (queuedEvents: number, queuedBytes: number) => void) {
    this.res = res;
    this.limits = limits;
    this.onDrop = onDrop;
    res.on('drain', () => {
      this.blocked = false;
      this.pump();
    });
  }

  /** Starts the stream with the events the client gets before any live one. */
  begin(initial: Iterable<string>): void {
    this.initial = initial[Symbol.iterator]();
    this.pump();
  }

  /** A live event: written now, or queued behind what the client has not read yet (which may drop the client). */
  send(line: string): void {
    if (this.done) return;
    if (!this.blocked && !this.initial && this.queue.length === 0) {
      this.write(line);
      return;
    }
    this.queue.push(line);
    this.queuedBytes += Buffer.byteLength(line);
    if (this.queue.length > this.limits.maxQueuedEvents || this.queuedBytes > this.limits.maxQueuedBytes) this.drop();
  }

  /** A best-effort line (a bookmark): sent only when the client is keeping up, since a later one supersedes it. */
  sendIfIdle(line: string): void {
    if (!this.done && !this.blocked && !this.initial && this.queue.length === 0) this.write(line);
  }

  /** The watch's normal end (timeoutSeconds, the server closing it): the client gets what was queued, then the end. */
  end(): void {
    if (this.done) return;
    this.done = true;
    this.initial = undefined;
    for (const line of this.queue.splice(0)) if (this.writable()) this.res.write(line);
    this.queuedBytes = 0;
    if (this.writable()) this.res.end();
  }

  /** The client went away: nothing more is written, and what was queued is let go. */
  close(): void {
    this.done = true;
    this.initial = undefined;
    this.queue = [];
    this.queuedBytes = 0;
  }

  private writable(): boolean {
    return !this.res.writableEnded && !this.res.destroyed;
  }

  private write(line: string): void {
    if (!this.writable()) return void this.close();
    if (!this.res.write(line)) this.blocked = true;
  }

  /** Writes initial then queued events until the socket pushes back; 'drain' resumes it. */
  private pump(): void {
    // Bounded: every turn consumes one initial event or one queued event, and both are finite.
    while (!this.done && !this.blocked) {
      let line: string | undefined;
      if (this.initial) {
        const next = this.initial.next();
        if (next.done) {
          this.initial = undefined;
          continue;
        }
        line = next.value;
      } else {
        line = this.queue.shift();
        if (line === undefined) return;
        this.queuedBytes -= Buffer.byteLength(line);
      }
      this.write(line);
    }
  }

  private drop(): void {
    const events = this.queue.length;
    const bytes = this.queuedBytes;
    this.close();
    this.onDrop(events, bytes);
    // What the socket still holds is only freed with the connection; the client sees its watch end and re-lists.
    this.res.destroy();
  }
}
