// SPDY/3.1 flow control: the peer's windows for what we send, our credit for what we receive, and whether it cares.

// The rules are the SPDY/3.1 draft's §2.6.8 (chromium.org/spdy/spdy-protocol/spdy-protocol-draft3-1). Whether the
// peer cares, because kubectl's side does not: its SPDY is moby/spdystream (used through
// k8s.io/apimachinery/pkg/util/httpstream/spdy), which never sends SETTINGS or WINDOW_UPDATE, drops the ones it
// receives (connection.go, frameHandler: "unhandled frame type") and writes DATA without looking at any window
// (stream.go, WriteData); only TCP backpressure paces it. A server that waits for its WINDOW_UPDATEs stops after
// the first 64 KiB for good. Kubernetes' own server side (the kubelet, spdystream too) never waits. So windows are
// kept as the spec says from the start, and dropped for a session only when one is exhausted and a PING sent then
// comes back without the peer having sent any WINDOW_UPDATE or SETTINGS_INITIAL_WINDOW_SIZE: by then it has read
// everything we sent and still granted nothing, which a peer that keeps windows does not do.

/** Every window starts at 64 KiB: the session's, and each stream's until SETTINGS_INITIAL_WINDOW_SIZE says else. */
export const DEFAULT_WINDOW = 64 * 1024;
export const MAX_WINDOW = 2 ** 31 - 1;

/** What we may send: a session window and one per stream, both grown only by the peer's WINDOW_UPDATEs. */
export class SendWindows {
  private session = DEFAULT_WINDOW;
  private initial = DEFAULT_WINDOW;
  private readonly streams = new Map<number, number>();
  private keepsWindows: boolean | undefined;

  open(streamId: number): void {
    this.streams.set(streamId, this.initial);
  }

  close(streamId: number): void {
    this.streams.delete(streamId);
  }

  /** DATA bytes a stream may send now. */
  available(streamId: number): number {
    if (this.keepsWindows === false) return Number.POSITIVE_INFINITY;
    return Math.max(0, Math.min(this.session, this.streams.get(streamId) ?? 0));
  }

  spent(streamId: number, bytes: number): void {
    this.session -= bytes;
    const window = this.streams.get(streamId);
    if (window !== undefined) this.streams.set(streamId, window - bytes);
  }

  /** A WINDOW_UPDATE (stream 0 is the session); false when it takes a window past 2^31-1, a flow-control error. */
  grant(streamId: number, delta: number): boolean {
    this.keepsWindows = true;
    if (streamId === 0) {
      if (this.session + delta > MAX_WINDOW) return false;
      this.session += delta;
      return true;
    }
    const window = this.streams.get(streamId);
    // An update for a stream that has closed meanwhile is harmless (it may cross our FIN).
    if (window === undefined) return true;
    if (window + delta > MAX_WINDOW) return false;
    this.streams.set(streamId, window + delta);
    return true;
  }

  /** SETTINGS_INITIAL_WINDOW_SIZE: open streams move by the difference, possibly below zero; the session does not. */
  setInitial(size: number): void {
    this.keepsWindows = true;
    const difference = size - this.initial;
    this.initial = size;
    for (const [id, window] of this.streams) this.streams.set(id, window + difference);
  }

  /** Whether it is still unknown if the peer keeps windows (then an exhausted window calls for a PING probe). */
  get undecided(): boolean {
    return this.keepsWindows === undefined;
  }

  /** The probe PING came back. */
  probeAnswered(): void {
    if (this.keepsWindows === undefined) this.keepsWindows = false;
  }
}

/**
 * Credit for DATA received, returned as a WINDOW_UPDATE once half a window has been consumed: early enough that a
 * peer keeping windows never waits on us while we keep up, without an update per frame.
 */
export class ReceiveCredit {
  private consumed = 0;

  /** Records consumed bytes; returns the WINDOW_UPDATE delta to send now, or 0. */
  consume(bytes: number): number {
    this.consumed += bytes;
    if (this.consumed < DEFAULT_WINDOW / 2) return 0;
    const delta = this.consumed;
    this.consumed = 0;
    return delta;
  }
}
