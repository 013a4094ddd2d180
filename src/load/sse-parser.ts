// An incremental Server-Sent Events parser over raw bytes, as the WHATWG HTML standard's "event stream
// interpretation" defines it: lines end in LF, CRLF or CR (a CR at the end of one chunk and an LF at the start of
// the next are one line end), a blank line dispatches the event, "data:" lines join with "\n", one space after the
// colon is dropped, lines starting with ":" are comments. Chunks may split a line, a CRLF or a UTF-8 character
// anywhere: bytes wait until their line is complete, and only whole lines are decoded (a line end is ASCII, so it
// never falls inside a multi-byte character).

export interface SseSink {
  /** One dispatched event: its data (lines joined with "\n") and its type ("message" when none was given). */
  event(data: string, type: string): void;
}

const LF = 10;
const CR = 13;
/** An event larger than this is a broken or hostile stream, not a completion chunk. */
export const MAX_SSE_EVENT_BYTES = 1024 * 1024;

export class SseParser {
  private readonly sink: SseSink;
  private carry: Buffer | undefined;
  private skipLf = false;
  private data = '';
  private hasData = false;
  private type = '';
  private eventBytes = 0;
  /** Set when the stream went past MAX_SSE_EVENT_BYTES; nothing more is parsed. */
  failed: string | undefined;

  constructor(sink: SseSink) {
    this.sink = sink;
  }

  push(chunk: Buffer): void {
    if (this.failed) return;
    let start = 0;
    const length = chunk.length;
    if (this.skipLf) {
      this.skipLf = false;
      if (length > 0 && chunk[0] === LF) start = 1;
    }
    for (let i = start; i < length; i++) {
      const byte = chunk[i];
      if (byte !== LF && byte !== CR) continue;
      let line: string;
      if (this.carry) {
        line = Buffer.concat([this.carry, chunk.subarray(start, i)]).toString('utf8');
        this.carry = undefined;
      } else line = chunk.toString('utf8', start, i);
      if (byte === CR) {
        if (i + 1 < length) {
          if (chunk[i + 1] === LF) i++;
        } else this.skipLf = true;
      }
      start = i + 1;
      this.line(line);
      if (this.failed) return;
    }
    if (start < length) {
      const rest = chunk.subarray(start);
      this.carry = this.carry ? Buffer.concat([this.carry, rest]) : Buffer.from(rest);
      if (this.carry.length + this.eventBytes > MAX_SSE_EVENT_BYTES) this.fail();
    }
  }

  /**
   * The stream ended. An event not closed by a blank line is dropped, as the standard says; reports whether bytes
   * of an unfinished event were left (the stream was cut).
   */
  end(): boolean {
    const unfinished = (this.carry?.length ?? 0) > 0 || this.hasData;
    this.carry = undefined;
    this.data = '';
    this.hasData = false;
    return unfinished;
  }

  private fail(): void {
    this.failed = `an SSE event larger than ${MAX_SSE_EVENT_BYTES / 1024} KiB`;
    this.carry = undefined;
  }

  private line(line: string): void {
    if (line.length === 0) {
      if (this.hasData) {
        const data = this.data;
        const type = this.type || 'message';
        this.data = '';
        this.hasData = false;
        this.type = '';
        this.eventBytes = 0;
        this.sink.event(data, type);
      } else {
        this.type = '';
        this.eventBytes = 0;
      }
      return;
    }
    if (line.charCodeAt(0) === 58 /* : */) return;
    this.eventBytes += line.length;
    if (this.eventBytes > MAX_SSE_EVENT_BYTES) return this.fail();
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    if (field === 'data') {
      this.data = this.hasData ? `${this.data}\n${value}` : value;
      this.hasData = true;
    } else if (field === 'event') this.type = value;
    // id and retry matter to a reconnecting EventSource, not to a load generator; other fields are ignored by spec.
  }
}
