// Runs a CommonJS bundle of dist/ through vm.Script with a V8 code cache taken after the command ran.
//
// Why not Node's own compile cache: it stores the code V8 produced right after compiling a module, before it runs,
// so every function compiled lazily during the run (most of yaml's parser, the rules) was compiled again on each
// start. script.createCachedData() after the run includes them.
//
// The cache is a quiet optimization: any problem reading or writing it means running without it, never an error.
import { checksumRegion } from './checksum.ts';

// Node's modules through getBuiltinModule rather than imports: an ES module's import of a built-in makes Node build
// its namespace first (for node:fs that loads the stream classes, ~2 ms), and this runs before every lint.
const { closeSync, constants, fstatSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync } =
  process.getBuiltinModule('node:fs');
const { basename, dirname, join } = process.getBuiltinModule('node:path');
const { Script } = process.getBuiltinModule('node:vm');

/**
 * What became of the cache: off (no directory), missing, used, partial (used, but taken after a run that did not do
 * the whole job), or rejected: corrupt, writable by another user, or refused by V8 (made by another V8 version or
 * with other V8 flags).
 */
export type CacheUse = 'off' | 'missing' | 'used' | 'partial' | 'rejected';

/**
 * A cache file: this magic, one byte saying whether the run it was taken after was complete (C) or not (P), the
 * checksum of V8's cached data (8 bytes, checksum.ts), then the data.
 */
const MAGIC = 'RSCIV8C';
const HEADER = 16;

export interface CachedBundle<T> {
  readonly exports: T;
  readonly cache: CacheUse;
  /**
   * Call after the command ran. Writes the code cache for the next start when there was none or it was rejected, or
   * when it was partial and this run was `complete`: one that did the whole job, so compiled all it needs.
   */
  save(complete: boolean): void;
}

/**
 * The cache file for a bundle. V8 checks a cache against the length of the source only, not its content, so the key
 * is the bundle's file name, which carries its content hash (the build names it so), plus the Node version and CPU;
 * V8 itself rejects a cache made by another V8 version or with other V8 flags.
 */
export function cacheFileFor(bundle: string, cacheDir: string): string {
  return join(cacheDir, `rayservice-ci-${basename(bundle, '.cjs')}-${process.version}-${process.arch}.v8cache`);
}

interface CacheRead {
  readonly data: Buffer;
  readonly complete: boolean;
}

/** V8's cached data from a cache file; 'unusable' when it is corrupt or anyone but this user could have written it. */
function readCache(file: string): CacheRead | 'missing' | 'unusable' {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return 'missing';
  }
  try {
    const stat = fstatSync(fd);
    // V8 runs cached bytecode as it would run source: in a shared temporary directory, only a file this user owns
    // and nobody else can change is used.
    if (process.getuid && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)) return 'unusable';
    if (stat.size <= HEADER) return 'unusable';
    const region = checksumRegion(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, region.bytes, read, stat.size - read, read);
      if (n === 0) return 'unusable';
      read += n;
    }
    const bytes = Buffer.from(region.bytes.buffer, 0, stat.size);
    const magic = bytes.toString('latin1', 0, 8);
    const intact = magic.startsWith(MAGIC) && bytes.readBigInt64LE(8) === region.sum(HEADER, stat.size - HEADER);
    return intact ? { data: bytes.subarray(HEADER), complete: magic.endsWith('C') } : 'unusable';
  } catch {
    return 'unusable';
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes beside the target and renames, so a concurrent start never reads a half-written cache. The temporary file
 * is created exclusively: a link planted under its name is not followed.
 */
function writeCache(file: string, data: Buffer, complete: boolean): void {
  const region = checksumRegion(HEADER + data.length);
  const bytes = Buffer.from(region.bytes.buffer, 0, HEADER + data.length);
  bytes.write(`${MAGIC}${complete ? 'C' : 'P'}`, 0, 'latin1');
  bytes.set(data, HEADER);
  bytes.writeBigInt64LE(region.sum(HEADER, data.length), 8);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}

/**
 * Loads `bundle`: CommonJS code the build wrapped in Node's module wrapper, `(function (exports, require, module,
 * __filename, __dirname) {…})`, so that it compiles as one script. Its require() serves Node's built-in modules and
 * files beside the bundle: it holds everything else. With `cacheDir` undefined it runs without a cache.
 */
export function loadBundle<T>(bundle: string, cacheDir: string | undefined): CachedBundle<T> {
  // The build writes ASCII only (charset: 'ascii'), so latin1 is exact and skips UTF-8 decoding.
  const source = readFileSync(bundle, 'latin1');
  const cacheFile = cacheDir === undefined ? undefined : cacheFileFor(bundle, cacheDir);
  const read = cacheFile === undefined ? 'missing' : readCache(cacheFile);
  const cachedData = typeof read === 'string' ? undefined : read.data;
  const script = new Script(source, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
  let cache: CacheUse;
  if (cacheFile === undefined) cache = 'off';
  else if (read === 'missing') cache = 'missing';
  else if (read === 'unusable' || script.cachedDataRejected) cache = 'rejected';
  else cache = read.complete ? 'used' : 'partial';
  const module = { exports: {} as T };
  const require = (id: string): unknown => {
    const builtin = process.getBuiltinModule(id);
    if (builtin !== undefined) return builtin;
    // A file the build put beside the bundle (ajv, for lint --crd only).
    if (id.startsWith('./')) return process.getBuiltinModule('node:module').createRequire(bundle)(id);
    throw new Error(`${bundle} requires "${id}", which is neither built into Node.js nor beside it`);
  };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper(module.exports, require, module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    cache,
    save(complete) {
      if (cacheFile === undefined || cache === 'used' || (cache === 'partial' && !complete)) return;
      try {
        writeCache(cacheFile, script.createCachedData(), complete);
      } catch {
        // The next start compiles from source again.
      }
    },
  };
}
