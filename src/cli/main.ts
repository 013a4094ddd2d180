#!/usr/bin/env node
// The rayservice-ci process: reads process state once, runs the command (dispatch.ts), writes its output and exit
// code. The only file of the CLI that touches process.
import { isOneShot, runCommand } from './dispatch.ts';
import type { CliIo } from './io.ts';

const { fstatSync, statSync, writeSync } = process.getBuiltinModule('node:fs');

/**
 * Writes all of `text` before returning, as Node does itself for files, pipes and terminals on Linux: the output is
 * complete whenever a command returns, and lint never creates process.stdout (its stream classes cost ~1.5 ms).
 */
function writeAll(fd: number, text: string): void {
  let rest = Buffer.from(text);
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking descriptor from the parent: wait for the reader rather than drop output.
      if (code === 'EAGAIN') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      // The reader has gone (`| head`): nobody is left to tell.
      else if (code === 'EPIPE') return;
      else throw error;
    }
  }
}

/** Whether stdout is a terminal, asking Node's tty module (~1.5 ms to load) only when fstat cannot tell. */
function stdoutIsTty(): boolean {
  try {
    const stdout = fstatSync(1);
    if (!stdout.isCharacterDevice()) return false;
    const devNull = statSync('/dev/null');
    if (stdout.rdev === devNull.rdev) return false;
  } catch {
    // Ask the tty module.
  }
  return process.getBuiltinModule('node:tty').isatty(1);
}

// spdy-transport (kubectl's port-forward protocol) still calls Buffer(); its deprecation warning says nothing a
// user of this CLI can act on.
process.noDeprecation = true;

const io: CliIo = {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => writeAll(1, text),
  stderr: (text) => writeAll(2, text),
  isTty: stdoutIsTty(),
  now: () => new Date(),
  shutdownRequested: () =>
    new Promise((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
    }),
};

const argv = process.argv.slice(2);
runCommand(argv, io).then(
  (code) => {
    process.exitCode = code;
    // Its output is written (writeAll) and nothing else runs: skip Node's teardown of the environment and the V8
    // heap, ~1 ms of lint's run.
    if (isOneShot(argv[0])) process.exit(code);
    // A command that has returned has nothing left to do and its output is written: a handle still holding the
    // event loop (a socket a library keeps alive) must not keep a CI step waiting. The timer itself holds nothing.
    setTimeout(() => process.exit(code), 2_000).unref();
  },
  (error: unknown) => {
    // Only bugs reach here: say so plainly, with the stack for the report.
    writeAll(2, `rayservice-ci: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
