// A CliIo that records what a command prints, for tests that run commands in-process.
import type { CliIo } from '../../src/cli/io.ts';

/** `stop`: the promise shutdownRequested() returns, resolved by the test as a signal would be. */
export function recordingIo(
  cwd: string,
  env: Record<string, string> = {},
  stop?: Promise<string>,
): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd,
    env,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    isTty: false,
    now: () => new Date(),
    shutdownRequested: () => stop ?? new Promise(() => {}),
    out,
    err,
  };
}
