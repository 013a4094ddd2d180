// One SPDY stream as a Node Duplex: what the peer sends is read from it, what is written to it goes out as DATA.
import { Duplex } from 'node:stream';
import { ReceiveCredit } from './flow-control.ts';

/** A write waiting for its turn (and its window) to go out as DATA frames. */
export interface Outgoing {
  data: Buffer;
  readonly fin: boolean;
  readonly done: (error?: Error | null) => void;
}

/** What a stream needs from its session. */
export interface StreamHost {
  reply(stream: SpdyStream, headers: Record<string, string>): void;
  reset(stream: SpdyStream, status: number): void;
  send(stream: SpdyStream, item: Outgoing): void;
  consumed(stream: SpdyStream, bytes: number): void;
  forget(stream: SpdyStream, error: Error | null): void;
}

export class SpdyStream extends Duplex {
  /** The session's bookkeeping, kept here so that it goes away with the stream. */
  readonly queue: Outgoing[] = [];
  readonly credit = new ReceiveCredit();
  replied = false;
  finSent = false;
  remoteFin = false;
  /** An RST_STREAM went either way: forget sends none. */
  wasReset = false;
  /** Received bytes not yet handed to the reader. */
  buffered = 0;
  private readonly incoming: Buffer[] = [];
  private wanted = false;
  private endPushed = false;
  private readonly host: StreamHost;
  readonly id: number;
  readonly headers: Readonly<Record<string, string>>;

  constructor(host: StreamHost, id: number, headers: Readonly<Record<string, string>>) {
    super({ allowHalfOpen: true });
    this.host = host;
    this.id = id;
    this.headers = headers;
  }

  /** SYN_REPLY: the stream is accepted. */
  respond(headers: Record<string, string> = {}): void {
    this.host.reply(this, headers);
  }

  /** RST_STREAM, then the stream is gone. */
  reset(status: number): void {
    this.host.reset(this, status);
  }

  /** DATA from the peer (a FIN flag arrives through receiveFin). */
  receive(data: Buffer): void {
    if (data.length) {
      this.incoming.push(data);
      this.buffered += data.length;
    }
    this.deliver();
  }

  receiveFin(): void {
    this.remoteFin = true;
    this.deliver();
  }

  override _read(): void {
    this.wanted = true;
    this.deliver();
  }

  // Data is pushed only when the reader asks (_read): bytes count as consumed, and are credited back to the peer,
  // once the pod side takes them, so a slow pod connection slows the sender instead of filling memory.
  private deliver(): void {
    while (this.wanted && this.incoming.length) {
      const chunk = this.incoming.shift()!;
      this.buffered -= chunk.length;
      this.host.consumed(this, chunk.length);
      this.wanted = this.push(chunk);
    }
    if (this.remoteFin && !this.incoming.length && !this.endPushed) {
      this.endPushed = true;
      this.push(null);
    }
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.host.send(this, { data: chunk, fin: false, done: callback });
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.host.send(this, { data: Buffer.alloc(0), fin: true, done: callback });
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.host.forget(this, error);
    callback(error);
  }
}
