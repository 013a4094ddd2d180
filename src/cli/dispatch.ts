// The CLI's dispatch: which module each command of src/stages.ts lives in, loaded on demand, and how what a command
// throws maps to an exit code. No process state here: main.ts passes it in, and tests and the fuzzer call it directly.
import { loadBundle } from './cached-load.ts';
import type { CliIo } from './io.ts';
import { usage } from '../stages.ts';

// Node's modules through getBuiltinModule rather than imports: an ES module's import of a built-in makes Node build
// its namespace first (for node:fs that loads the stream classes, ~2 ms), and this runs before every command.
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

/** A module of src/cli that exports its command (`export const command = { run, usage }`). */
function commandModule(load: () => Promise<{ command: { run: Command['run']; usage: string } }>): CommandEntry {
  return {
    load: async () => {
      useCompileCache();
      const [m, io] = await Promise.all([load(), import('./io.ts')]);
      return { ...m.command, UsageError: io.UsageError, InputError: io.InputError };
    },
    oneShot: false,
  };
}

// Loaded on demand: `lint` on every pull request should not parse the simulated cluster. One entry per row of
// src/stages.ts (a test checks they match); import() takes literal paths so the bundler can split them.
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
  render: commandModule(() => import('./render-command.ts')),
  sim: commandModule(() => import('./sim-command.ts')),
  deploy: commandModule(() => import('./deploy-command.ts')),
  load: commandModule(() => import('./load-command.ts')),
  observe: commandModule(() => import('./observe-command.ts')),
  teardown: commandModule(() => import('./teardown-command.ts')),
  janitor: commandModule(() => import('./janitor-command.ts')),
  assert: commandModule(() => import('./assert-command.ts')),
  report: commandModule(() => import('./report-command.ts')),
  run: commandModule(() => import('./run-command.ts')),
};

/** Whether the process may exit as soon as this command returns (it leaves nothing running). */
export function isOneShot(name: string | undefined): boolean {
  return name !== undefined && COMMANDS[name]?.oneShot === true;
}

/** The command names the CLI can load, for the test that holds them to src/stages.ts. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** Runs one command line; user mistakes are exit 2 with a message, anything thrown out of here is a bug. */
export async function runCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const USAGE = usage();
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
