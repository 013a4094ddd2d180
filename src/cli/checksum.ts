// A checksum over the code cache (cached-load.ts). V8 checks a cache's header only: one flipped bit in the rest can
// crash the process or run wrong code, and a corrupt cache must only mean compiling from source. node:zlib's crc32
// would do, but loading node:zlib takes ~1.5 ms and a JavaScript loop over the bytes ~1.5 ms, a third of what the
// cache saves; this WebAssembly loop takes ~0.5 ms, its set-up included.

/**
 * The module below, assembled by hand (109 bytes): Fletcher-64 over the 8-byte words of [p, p + n), folded.
 *
 *   (module
 *     (import "m" "memory" (memory 1))
 *     (func (export "sum") (param $p i32) (param $n i32) (result i64)
 *       (local $end i32) (local $a i64) (local $b i64)
 *       (local.set $end (i32.add (local.get $p) (local.get $n)))
 *       (block (loop
 *         (br_if 1 (i32.ge_u (local.get $p) (local.get $end)))
 *         (local.set $a (i64.add (local.get $a) (i64.load (local.get $p))))
 *         (local.set $b (i64.add (local.get $b) (local.get $a)))
 *         (local.set $p (i32.add (local.get $p) (i32.const 8)))
 *         (br 0)))
 *       (i64.xor (local.get $a) (i64.rotl (local.get $b) (i64.const 32)))))
 */
const WASM =
  'AGFzbQEAAAABBwFgAn9/AX4CDQEBbQZtZW1vcnkCAAEDAgEABwcBA3N1bQAACj4BPAIBfwJ+IAAgAWohAgJAA0AgACACTw0BIAMgACkDAHwhAyAEIAN8IQQgAEEIaiEADAALCyADIARCIImFCw==';

/** The part of the WebAssembly API used here: its declarations come with TypeScript's DOM lib, not Node's types. */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Memory: new (descriptor: { initial: number }) => { readonly buffer: ArrayBuffer };
  Instance: new (module: object, imports: object) => { readonly exports: object };
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

let compiled: object | undefined;

export interface ChecksumRegion {
  /** `size` zeroed bytes, to read a file into or copy data into. */
  readonly bytes: Uint8Array;
  /** The checksum of bytes[offset, offset + length); offset a multiple of 8. */
  sum(offset: number, length: number): bigint;
}

/** A region of `size` bytes the checksum reads in place, so a file read into it is not copied again. */
export function checksumRegion(size: number): ChecksumRegion {
  compiled ??= new wasm.Module(Buffer.from(WASM, 'base64'));
  // Fresh memory is zeroed, and 8 bytes of slack let the last word run past `size` over zeros.
  const memory = new wasm.Memory({ initial: Math.ceil((size + 8) / 65536) });
  const { sum } = new wasm.Instance(compiled, { m: { memory } }).exports as {
    sum: (p: number, n: number) => bigint;
  };
  return {
    bytes: new Uint8Array(memory.buffer, 0, size),
    sum: (offset, length) => sum(offset, Math.ceil(length / 8) * 8),
  };
}
