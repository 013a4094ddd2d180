// SPDY header block compression: one zlib stream per direction for the whole session, primed with SPDY's dictionary.
import { constants, createDeflate, createInflate, type Deflate, type Inflate } from 'node:zlib';
import transport from 'spdy-transport';

// SPDY/3 §2.6.10.1: every header block of a session continues the same zlib stream (each one ends with a sync
// flush), so blocks must be (de)compressed one at a time in wire order. The dictionary is the spec's constant;
// it is taken from spdy-transport, which ships it, instead of being copied here.
const DICTIONARY = transport.protocol.spdy.dictionary[3];

class SerialZlib {
  private readonly zlib: Inflate | Deflate;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(zlib: Inflate | Deflate) {
    this.zlib = zlib;
    // Errors reach the caller through run(); this keeps one between calls from crashing the process.
    zlib.on('error', () => {});
  }

  /** Feeds `input` and resolves with everything zlib produced up to a sync flush; calls run in call order. */
  run(input: Buffer): Promise<Buffer> {
    const result = this.tail.then(
      () =>
        new Promise<Buffer>((resolve, reject) => {
          const output: Buffer[] = [];
          const onData = (chunk: Buffer) => output.push(chunk);
          const onError = (error: Error) => {
            this.zlib.off('data', onData);
            reject(error);
          };
          this.zlib.on('data', onData);
          this.zlib.once('error', onError);
          this.zlib.write(input);
          this.zlib.flush(constants.Z_SYNC_FLUSH, () => {
            this.zlib.off('data', onData);
            this.zlib.off('error', onError);
            resolve(Buffer.concat(output));
          });
        }),
    );
    this.tail = result.catch(() => undefined);
    return result;
  }

  close(): void {
    this.zlib.close();
  }
}

export class HeaderCompression {
  private readonly inflate = new SerialZlib(createInflate({ dictionary: DICTIONARY }));
  private readonly deflate = new SerialZlib(createDeflate({ dictionary: DICTIONARY }));

  decompress(block: Buffer): Promise<Buffer> {
    return this.inflate.run(block);
  }

  compress(block: Buffer): Promise<Buffer> {
    return this.deflate.run(block);
  }

  close(): void {
    this.inflate.close();
    this.deflate.close();
  }
}
