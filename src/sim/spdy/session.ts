// A SPDY/3.1 server session on one transport (socket or WebSocket stream): client streams, frames, flow control.

// Why our own and not spdy-transport's Connection: that one serves HTTP over SPDY (it insists on :method/:path in
// every SYN_STREAM, which Kubernetes' streams lack) and its send windows can only be waited on, which against
// kubectl waits forever (see flow-control.ts). What a port-forward server needs of SPDY is small enough to own.
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { DEFAULT_WINDOW, MAX_WINDOW, ReceiveCredit, SendWindows } from './flow-control.ts';
import {
  encode,
  FLAG_FIN,
  FrameReader,
  FrameType,
  GoawayStatus,
  headerBlock,
  parse,
  ProtocolError,
  readHeaderBlock,
  RstStatus,
  SETTINGS_INITIAL_WINDOW_SIZE,
  type Frame,
} from './frames.ts';
import { HeaderCompression } from './header-compression.ts';
import { SpdyStream, type Outgoing, type StreamHost } from './stream.ts';

/** Bigger writes are cut so that concurrent streams take turns (spdystream takes frames up to 2^24-1 bytes). */
const MAX_DATA_FRAME = 32 * 1024;
/** Frames one pump may write before it lets the event loop run. */
const FRAMES_PER_PUMP = 256;
const EMPTY = Buffer.alloc(0);

export { SpdyStream };

export class SpdySession extends EventEmitter<{ stream: [SpdyStream] }> implements StreamHost {
  private readonly reader = new FrameReader();
  private readonly compression = new HeaderCompression();
  private readonly sendWindows = new SendWindows();
  private readonly sessionCredit = new ReceiveCredit();
  private readonly streams = new Map<number, SpdyStream>();
  /** Streams holding more than a window of unread DATA: only a peer ignoring our windows gets there. */
  private readonly overfull = new Set<SpdyStream>();
  private lastStreamId = 0;
  /** A header block is being decompressed; the frames behind it wait so that their order holds. */
  private decoding = false;
  private writeBlocked = false;
  private probe: number | undefined;
  private nextPingId = 2;
  private closed = false;
  private readonly transport: Duplex;

  constructor(transport: Duplex) {
    super();
    this.transport = transport;
    transport.on('data', (chunk: Buffer) => {
      this.reader.push(chunk);
      this.readFrames();
    });
    transport.on('drain', () => {
      this.writeBlocked = false;
      this.pump();
    });
    transport.on('error', () => this.destroy());
    transport.on('end', () => this.destroy());
    transport.on('close', () => this.destroy());
  }

  /** Ends every stream and the transport. */
  destroy(): void {
    this.close(() => this.transport.destroy());
  }

  private fail(error: unknown): void {
    // §2.4.1: GOAWAY with the last stream we accepted, then close.
    const goaway = encode.goaway(
      this.lastStreamId,
      error instanceof ProtocolError ? GoawayStatus.PROTOCOL_ERROR : GoawayStatus.INTERNAL_ERROR,
    );
    this.close(() => this.transport.end(goaway, () => this.transport.destroy()));
  }

  private close(endTransport: () => void): void {
    if (this.closed) return;
    this.closed = true;
    for (const stream of this.streams.values()) stream.destroy();
    this.compression.close();
    endTransport();
  }

  private write(frame: Buffer): void {
    if (this.closed) return;
    if (!this.transport.write(frame)) this.writeBlocked = true;
  }

  private readFrames(): void {
    if (this.decoding || this.closed) return;
    try {
      // Bounded: each frame takes at least its 8-byte header out of the buffer.
      for (let frame = this.reader.next(); frame; frame = this.reader.next()) {
        const pending = this.handle(frame);
        if (pending) {
          this.decoding = true;
          pending.then(
            () => {
              this.decoding = false;
              this.readFrames();
            },
            (error: unknown) => this.fail(error),
          );
          return;
        }
      }
    } catch (error) {
      this.fail(error);
    }
  }

  /** Handles a frame; a promise when its header block must be decompressed first. */
  private handle(frame: Frame): Promise<void> | undefined {
    if (frame.kind === 'data') {
      this.onData(frame.streamId, frame.fin, frame.data);
      return undefined;
    }
    const { payload, flags } = frame;
    switch (frame.type) {
      case FrameType.SYN_STREAM:
        return this.onSynStream(flags, payload);
      case FrameType.SYN_REPLY:
      case FrameType.HEADERS: {
        const { streamId, headerBlock: block } = parse.streamHeaders(payload);
        // Decompressed although unused: every header block continues the session's one zlib stream.
        return this.compression.decompress(block).then(() => {
          const stream = this.streams.get(streamId);
          if (frame.type === FrameType.SYN_REPLY) this.write(encode.rstStream(streamId, RstStatus.INVALID_STREAM));
          else if (stream && flags & FLAG_FIN) stream.receiveFin();
        });
      }
      case FrameType.RST_STREAM: {
        const { streamId } = parse.rstStream(payload);
        const stream = this.streams.get(streamId);
        // A reset ends the stream like a close does ('close', no 'error'): its users need no error handler for it.
        if (stream) {
          stream.wasReset = true;
          stream.destroy();
        }
        return undefined;
      }
      case FrameType.SETTINGS: {
        const size = parse.settings(payload).get(SETTINGS_INITIAL_WINDOW_SIZE);
        if (size !== undefined) {
          if (size > MAX_WINDOW) throw new ProtocolError(`SETTINGS_INITIAL_WINDOW_SIZE ${size} exceeds 2^31-1`);
          this.sendWindows.setInitial(size);
          this.pump();
        }
        return undefined;
      }
      case FrameType.PING: {
        const id = parse.ping(payload);
        // §2.6.5: the client's PINGs are odd and echoed; an even one is ours coming back.
        if (id % 2 === 1) this.write(encode.ping(id));
        else if (id === this.probe) {
          this.probe = undefined;
          this.sendWindows.probeAnswered();
          this.pump();
        }
        return undefined;
      }
      case FrameType.WINDOW_UPDATE: {
        const { streamId, delta } = parse.windowUpdate(payload);
        if (!this.sendWindows.grant(streamId, delta)) {
          if (streamId === 0) throw new ProtocolError('WINDOW_UPDATE takes the session window past 2^31-1');
          this.streams.get(streamId)?.reset(RstStatus.FLOW_CONTROL_ERROR);
        }
        this.pump();
        return undefined;
      }
      default:
        // GOAWAY (the client opens no more streams; open ones finish) and unknown control frames need nothing.
        return undefined;
    }
  }

  private onSynStream(flags: number, payload: Buffer): Promise<void> {
    const { streamId, headerBlock: block } = parse.synStream(payload);
    return this.compression.decompress(block).then((raw) => {
      if (this.closed) return;
      if (streamId % 2 === 0 || streamId <= this.lastStreamId)
        throw new ProtocolError(`SYN_STREAM ${streamId} after ${this.lastStreamId}`);
      this.lastStreamId = streamId;
      const stream = new SpdyStream(this, streamId, readHeaderBlock(raw));
      this.streams.set(streamId, stream);
      this.sendWindows.open(streamId);
      if (flags & FLAG_FIN) stream.receiveFin();
      this.emit('stream', stream);
    });
  }

  private onData(streamId: number, fin: boolean, data: Buffer): void {
    const stream = this.streams.get(streamId);
    if (!stream || stream.remoteFin) {
      // It counts against the session window all the same (§2.6.8); nothing will consume it, so credit it now.
      const delta = this.sessionCredit.consume(data.length);
      if (delta) this.write(encode.windowUpdate(0, delta));
      this.write(encode.rstStream(streamId, stream ? RstStatus.STREAM_ALREADY_CLOSED : RstStatus.INVALID_STREAM));
      return;
    }
    stream.receive(data);
    if (fin) stream.receiveFin();
    // A peer that ignores our windows (kubectl) is held back as spdystream holds back a sender: by reading no
    // further from the transport until the stream drains, which TCP passes on.
    if (stream.buffered > DEFAULT_WINDOW && !this.overfull.has(stream)) {
      this.overfull.add(stream);
      this.transport.pause();
    }
  }

  private release(stream: SpdyStream): void {
    if (this.overfull.delete(stream) && this.overfull.size === 0 && !this.closed) this.transport.resume();
  }

  // StreamHost

  reply(stream: SpdyStream, headers: Record<string, string>): void {
    this.compression.compress(headerBlock(headers)).then(
      (block) => {
        // Written even if the stream is gone by now: the peer's decompressor must see every block we compressed.
        this.write(encode.synReply(stream.id, block));
        stream.replied = true;
        this.pump();
      },
      (error: unknown) => this.fail(error),
    );
  }

  reset(stream: SpdyStream, status: number): void {
    if (!this.closed && this.streams.has(stream.id)) this.write(encode.rstStream(stream.id, status));
    stream.wasReset = true;
    stream.destroy();
  }

  send(stream: SpdyStream, item: Outgoing): void {
    stream.queue.push(item);
    this.pump();
  }

  consumed(stream: SpdyStream, bytes: number): void {
    // Once the peer has sent FIN it sends no more DATA on the stream, so its window no longer matters.
    const delta = stream.remoteFin ? 0 : stream.credit.consume(bytes);
    if (delta) this.write(encode.windowUpdate(stream.id, delta));
    const sessionDelta = this.sessionCredit.consume(bytes);
    if (sessionDelta) this.write(encode.windowUpdate(0, sessionDelta));
    if (stream.buffered <= DEFAULT_WINDOW / 2) this.release(stream);
  }

  forget(stream: SpdyStream, error: Error | null): void {
    if (this.streams.get(stream.id) !== stream) return;
    this.streams.delete(stream.id);
    this.sendWindows.close(stream.id);
    this.release(stream);
    const closedBothWays = stream.finSent && stream.remoteFin;
    if (!closedBothWays && !stream.wasReset) this.write(encode.rstStream(stream.id, RstStatus.CANCEL));
    for (const item of stream.queue.splice(0)) item.done(error ?? new Error(`stream ${stream.id} closed`));
  }

  /** Writes queued DATA, stream by stream in turn, as far as windows and the transport allow. */
  private pump(): void {
    let budget = FRAMES_PER_PUMP;
    let progress = true;
    while (progress && budget > 0 && !this.writeBlocked && !this.closed) {
      progress = false;
      for (const stream of this.streams.values()) {
        if (budget <= 0 || this.writeBlocked) break;
        const item = stream.queue[0];
        if (!item || !stream.replied) continue;
        if (item.data.length) {
          const size = Math.min(item.data.length, MAX_DATA_FRAME, this.sendWindows.available(stream.id));
          if (size <= 0) {
            this.probeWindows();
            continue;
          }
          const last = size === item.data.length;
          this.write(encode.data(stream.id, item.data.subarray(0, size), last && item.fin));
          this.sendWindows.spent(stream.id, size);
          item.data = item.data.subarray(size);
          budget--;
          progress = true;
          if (!last) continue;
        } else if (item.fin) {
          // An empty FIN may go whatever the windows (§2.6.8).
          this.write(encode.data(stream.id, EMPTY, true));
          budget--;
        }
        stream.queue.shift();
        if (item.fin) stream.finSent = true;
        progress = true;
        item.done();
      }
    }
    if (budget <= 0 && !this.writeBlocked && !this.closed) setImmediate(() => this.pump());
  }

  /** A window ran out before the peer said whether it keeps windows: ask with a PING (flow-control.ts says why). */
  private probeWindows(): void {
    if (!this.sendWindows.undecided || this.probe !== undefined) return;
    this.probe = this.nextPingId;
    this.nextPingId += 2;
    this.write(encode.ping(this.probe));
  }
}
