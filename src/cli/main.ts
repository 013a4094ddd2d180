#!/usr/bin/env node
// The rayservice-ci command: reads process state once, dispatches to a command, maps errors to exit codes.
import { enableCompileCache } from 'node:module';
import { InputError, UsageError, type CliIo } from './io.ts';
import { TOOL } from '../tool.ts';

interface Command {
  readonly run: (args: readonly string[], io: CliIo) => Promise<number>;
  readonly usage: string;
}

// Loaded on demand: `lint` on every pull request should not parse the simulated cluster.
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => {
    const m = await import('./lint-command.ts');
    return { run: m.lintCommand, usage: m.LINT_USAGE };
  },
  render: async () => {
    const m = await import('./render-command.ts');
    return { run: m.renderCommand, usage: m.RENDER_USAGE };
  },
  sim: async () => {
    const m = await import('./sim-command.ts');
    return { run: m.simCommand, usage: m.SIM_USAGE };
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
    io.stdout(`${TOOL.version}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`rayservice-ci: unknown command "${name}".\n\n${USAGE}\n`);
    return 2;
  }
  const command = await load();
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`rayservice-ci ${name}: ${(error as Error).message}\n\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`rayservice-ci ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

// spdy-transport (kubectl's port-forward protocol) still calls Buffer(); its deprecation warning says nothing a
// user of this CLI can act on.
process.noDeprecation = true;

// V8's code cache for the bundles, kept across runs, so a command's chunks are not compiled again each time (lint
// starts ~13 ms sooner). Node's own place for it: NODE_COMPILE_CACHE, else <os tmpdir>/node-compile-cache;
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. A directory that cannot be written only means no cache: Node reports
// that in the returned status rather than throwing; the catch is for anything else.
try {
  enableCompileCache();
} catch {
  // Start without the cache.
}

const io: CliIo = {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  now: () => new Date(),
  shutdownRequested: () =>
    new Promise((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
    }),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Only bugs reach here: say so plainly, with the stack for the report.
    process.stderr.write(`rayservice-ci: internal error (please report it): ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 70;
  },
);
