// SPDY/3.1 frames on the wire: cut from a byte stream, and written for what a port-forward server sends.

// Layouts: the SPDY/3.1 draft (chromium.org/spdy/spdy-protocol/spdy-protocol-draft3-1), §2.2 and §2.6. Header blocks
// are raw here; header-compression.ts (de)compresses them.

/** Control frames carry version 3 for SPDY/3 and 3.1 alike (§2.2.1). */
const VERSION = 3;
const HEADER_BYTES = 8;

export const FrameType = {
  SYN_STREAM: 1,
  SYN_REPLY: 2,
  RST_STREAM: 3,
  SETTINGS: 4,
  PING: 6,
  GOAWAY: 7,
  HEADERS: 8,
  WINDOW_UPDATE: 9,
} as const;
export const FLAG_FIN = 0x01;
export const FLAG_UNIDIRECTIONAL = 0x02;
export const SETTINGS_INITIAL_WINDOW_SIZE = 7;
/** RST_STREAM status codes (§2.6.3). */
export const RstStatus = {
  PROTOCOL_ERROR: 1,
  INVALID_STREAM: 2,
  REFUSED_STREAM: 3,
  CANCEL: 5,
  INTERNAL_ERROR: 6,
  FLOW_CONTROL_ERROR: 7,
  STREAM_ALREADY_CLOSED: 9,
} as const;
/** GOAWAY status codes (§2.6.6). */
export const GoawayStatus = { OK: 0, PROTOCOL_ERROR: 1, INTERNAL_ERROR: 2 } as const;

/** A violation that ends the session (§2.4.1). */
export class ProtocolError extends Error {}

export type Frame =
  | { readonly kind: 'data'; readonly streamId: number; readonly fin: boolean; readonly data: Buffer }
  | { readonly kind: 'control'; readonly type: number; readonly flags: number; readonly payload: Buffer };

/** Cuts a byte stream into frames; the 24-bit length field bounds what one frame can make it hold. */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);

  push(chunk: Buffer): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
  }

  /** The next complete frame, or undefined until more bytes arrive. */
  next(): Frame | undefined {
    if (this.pending.length < HEADER_BYTES) return undefined;
    const length = this.pending.readUIntBE(5, 3);
    if (this.pending.length < HEADER_BYTES + length) return undefined;
    const head = this.pending;
    const body = head.subarray(HEADER_BYTES, HEADER_BYTES + length);
    this.pending = head.subarray(HEADER_BYTES + length);
    const flags = head[4]!;
    if (head[0]! & 0x80) {
      const version = head.readUInt16BE(0) & 0x7fff;
      if (version !== VERSION) throw new ProtocolError(`unsupported SPDY version ${version}`);
      return { kind: 'control', type: head.readUInt16BE(2), flags, payload: body };
    }
    const streamId = head.readUInt32BE(0) & 0x7fffffff;
    if (streamId === 0) throw new ProtocolError('DATA frame on stream 0');
    return { kind: 'data', streamId, fin: (flags & FLAG_FIN) !== 0, data: body };
  }
}

function need(payload: Buffer, bytes: number, what: string): void {
  if (payload.length < bytes) throw new ProtocolError(`${what} frame too short (${payload.length} bytes)`);
}

const streamIdAt = (payload: Buffer, offset: number) => payload.readUInt32BE(offset) & 0x7fffffff;

/** Readers for the control frame payloads the server acts on. */
export const parse = {
  synStream(payload: Buffer): { streamId: number; headerBlock: Buffer } {
    need(payload, 10, 'SYN_STREAM');
    return { streamId: streamIdAt(payload, 0), headerBlock: payload.subarray(10) };
  },
  /** SYN_REPLY and HEADERS share this layout. */
  streamHeaders(payload: Buffer): { streamId: number; headerBlock: Buffer } {
    need(payload, 4, 'HEADERS');
    return { streamId: streamIdAt(payload, 0), headerBlock: payload.subarray(4) };
  },
  rstStream(payload: Buffer): { streamId: number; status: number } {
    need(payload, 8, 'RST_STREAM');
    return { streamId: streamIdAt(payload, 0), status: payload.readUInt32BE(4) };
  },
  /** ID → value; the first value wins when an ID repeats (§2.6.4). */
  settings(payload: Buffer): Map<number, number> {
    need(payload, 4, 'SETTINGS');
    const count = payload.readUInt32BE(0);
    need(payload, 4 + count * 8, 'SETTINGS');
    const values = new Map<number, number>();
    for (let i = 0; i < count; i++) {
      const id = payload.readUInt32BE(4 + i * 8) & 0xffffff;
      if (!values.has(id)) values.set(id, payload.readUInt32BE(8 + i * 8));
    }
    return values;
  },
  ping(payload: Buffer): number {
    need(payload, 4, 'PING');
    return payload.readUInt32BE(0);
  },
  windowUpdate(payload: Buffer): { streamId: number; delta: number } {
    need(payload, 8, 'WINDOW_UPDATE');
    return { streamId: streamIdAt(payload, 0), delta: payload.readUInt32BE(4) & 0x7fffffff };
  },
};

function control(type: number, flags: number, payload: Buffer): Buffer {
  const frame = Buffer.alloc(HEADER_BYTES + payload.length);
  frame.writeUInt16BE(0x8000 | VERSION, 0);
  frame.writeUInt16BE(type, 2);
  frame[4] = flags;
  frame.writeUIntBE(payload.length, 5, 3);
  payload.copy(frame, HEADER_BYTES);
  return frame;
}

function words(...values: number[]): Buffer {
  const buffer = Buffer.alloc(values.length * 4);
  values.forEach((value, i) => buffer.writeUInt32BE(value >>> 0, i * 4));
  return buffer;
}

/** Writers for the frames the server sends. */
export const encode = {
  data(streamId: number, data: Buffer, fin: boolean): Buffer {
    const frame = Buffer.alloc(HEADER_BYTES + data.length);
    frame.writeUInt32BE(streamId & 0x7fffffff, 0);
    frame[4] = fin ? FLAG_FIN : 0;
    frame.writeUIntBE(data.length, 5, 3);
    data.copy(frame, HEADER_BYTES);
    return frame;
  },
  synReply: (streamId: number, headerBlock: Buffer, fin = false) =>
    control(FrameType.SYN_REPLY, fin ? FLAG_FIN : 0, Buffer.concat([words(streamId), headerBlock])),
  rstStream: (streamId: number, status: number) => control(FrameType.RST_STREAM, 0, words(streamId, status)),
  ping: (id: number) => control(FrameType.PING, 0, words(id)),
  goaway: (lastStreamId: number, status: number) => control(FrameType.GOAWAY, 0, words(lastStreamId, status)),
  windowUpdate: (streamId: number, delta: number) => control(FrameType.WINDOW_UPDATE, 0, words(streamId, delta)),
};

/** An uncompressed Name/Value header block (§2.6.10): a count, then length-prefixed names and values. */
export function headerBlock(headers: Record<string, string>): Buffer {
  const parts: Buffer[] = [words(Object.keys(headers).length)];
  for (const [name, value] of Object.entries(headers)) {
    const n = Buffer.from(name.toLowerCase());
    const v = Buffer.from(value);
    parts.push(words(n.length), n, words(v.length), v);
  }
  return Buffer.concat(parts);
}

/** Names are lower case on the wire; a value that holds several is kept NUL-separated as sent. */
export function readHeaderBlock(block: Buffer): Record<string, string> {
  need(block, 4, 'header block');
  const count = block.readUInt32BE(0);
  const headers = Object.create(null) as Record<string, string>;
  let offset = 4;
  const string = () => {
    need(block, offset + 4, 'header block');
    const length = block.readUInt32BE(offset);
    need(block, offset + 4 + length, 'header block');
    const value = block.toString('utf8', offset + 4, offset + 4 + length);
    offset += 4 + length;
    return value;
  };
  for (let i = 0; i < count; i++) {
    const name = string();
    headers[name] = string();
  }
  return headers;
}
