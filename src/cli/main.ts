#!/usr/bin/env node
// The rayservice-ci command: reads process state once, dispatches to a command, maps errors to exit codes.
import { loadBundle } from './cached-load.ts';
import type { CliIo } from './io.ts';

// Node's modules through getBuiltinModule rather than imports: an ES module's import of a built-in makes Node build
// its namespace first (for node:fs that loads the stream classes, ~2 ms), and this runs before every command.
const { fstatSync, statSync, writeSync } = process.getBuiltinModule('node:fs');
const { constants, enableCompileCache } = process.getBuiltinModule('node:module');
const { join } = process.getBuiltinModule('node:path');

/** Set by the build to the lint bundle's path relative to dist/cli.js; not defined when running from src/. */
declare const __LINT_BUNDLE__: string | undefined;
const LINT_BUNDLE = typeof __LINT_BUNDLE__ === 'string' ? __LINT_BUNDLE__ : undefined;

type ErrorClass = abstract new (...args: never[]) => Error;

interface Command {
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
  readonly usage: string;
  /** The command's own error classes: a bundle run through loadBundle has its own copy of io.ts. */
  readonly UsageError: ErrorClass;
  readonly InputError: ErrorClass;
  /** Runs once the command has finished, whatever the outcome. */
  readonly finished?: () => void;
}

interface CommandEntry {
  readonly load: () => Promise<Command>;
  /** Leaves nothing running when it returns and writes its output synchronously: the CLI may exit at once. */
  readonly oneShot: boolean;
}

/**
 * Turns on Node's compile cache for the modules loaded from here on and returns its directory, where the lint
 * bundle's cache goes too: NODE_COMPILE_CACHE, else <os tmpdir>/node-compile-cache; undefined when
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off or the directory cannot be created (Node reports that in the status
 * rather than throwing; the catch is for anything else).
 */
function useCompileCache(): string | undefined {
  try {
    const { status, directory } = enableCompileCache();
    const { ENABLED, ALREADY_ENABLED } = constants.compileCacheStatus;
    return status === ENABLED || status === ALREADY_ENABLED ? directory : undefined;
  } catch {
    return undefined;
  }
}

// Loaded on demand: `lint` on every pull request should not parse the simulated cluster.
const COMMANDS: Record<string, CommandEntry> = {
  lint: {
    load: async () => {
      if (LINT_BUNDLE === undefined) {
        const m = await import('./lint-command.ts');
        return { run: m.lintCommand, usage: m.LINT_USAGE, UsageError: m.UsageError, InputError: m.InputError };
      }
      // From dist/, one CommonJS bundle whose code cache is taken after a run (cached-load.ts).
      const bundle = loadBundle<typeof import('./lint-command.ts')>(
        join(import.meta.dirname, LINT_BUNDLE),
        useCompileCache(),
      );
      const m = bundle.exports;
      return {
        run: m.lintCommand,
        usage: m.LINT_USAGE,
        UsageError: m.UsageError,
        InputError: m.InputError,
        finished: () => bundle.save(m.lintReported()),
      };
    },
    oneShot: true,
  },
  render: {
    load: async () => {
      useCompileCache();
      const [m, io] = await Promise.all([import('./render-command.ts'), import('./io.ts')]);
      return { run: m.renderCommand, usage: m.RENDER_USAGE, UsageError: io.UsageError, InputError: io.InputError };
    },
    oneShot: false,
  },
  sim: {
    load: async () => {
      useCompileCache();
      const [m, io] = await Promise.all([import('./sim-command.ts'), import('./io.ts')]);
      return { run: m.simCommand, usage: m.SIM_USAGE, UsageError: io.UsageError, InputError: io.InputError };
    },
    oneShot: false,
  },
};

const USAGE = `Usage: rayservice-ci <command> [options]

Commands:
  lint     check RayService manifests and the Serve config inside them
  render   prepare a manifest for one test run (namespace, labels, overrides)
  sim      run the simulated GPU cluster (Kubernetes API, KubeRay, Ray Serve) on 127.0.0.1

Run "rayservice-ci <command> --help" for a command's options.`;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    const { TOOL } = await import('../tool.ts');
    io.stdout(`${TOOL.version}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`rayservice-ci: unknown command "${name}".\n\n${USAGE}\n`);
    return 2;
  }
  const command = await entry.load();
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof command.UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`rayservice-ci ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof command.InputError) {
      io.stderr(`rayservice-ci ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    command.finished?.();
  }
}

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
main(argv, io).then(
  (code) => {
    process.exitCode = code;
    // Its output is written (writeAll) and nothing else runs: skip Node's teardown of the environment and the V8
    // heap, ~1 ms of lint's run.
    if (COMMANDS[argv[0] ?? '']?.oneShot) process.exit(code);
  },
  (error: unknown) => {
    // Only bugs reach here: say so plainly, with the stack for the report.
    writeAll(2, `rayservice-ci: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
