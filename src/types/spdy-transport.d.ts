// The small part of spdy-transport (no published types) that the sim's port-forward uses.
declare module 'spdy-transport' {
  import type { Duplex } from 'node:stream';
  import type { EventEmitter } from 'node:events';

  export interface SpdyStream extends Duplex {
    readonly headers: Record<string, string>;
    respond(status: number, headers: Record<string, string>, callback?: (error?: Error) => void): void;
    abort(code?: number, callback?: () => void): void;
  }

  export interface SpdyConnection extends EventEmitter {
    start(version: number): void;
    end(callback?: () => void): void;
    destroyStreams(error?: Error): void;
  }

  const transport: {
    connection: { create(socket: Duplex, options: { protocol: 'spdy' | 'http2'; isServer: boolean; autoSpdy31?: boolean; windowSize?: number }): SpdyConnection };
  };
  export default transport;
}
