// Runs generated manifests through the CLI's own dispatch, in-process (lint in every format, and render), and
// checks the invariants that must hold for any input: exit code 0/1/2, no stack trace, no planted secret in any
// output, no raw control character, no line the GitHub runner would execute unless we wrote it in --format github.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from '../../src/cli/dispatch.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { manifestCase, type ManifestCase } from './manifest-arbitraries.ts';
import { violations, type Ran } from './invariants.ts';

const COMMANDS: readonly { readonly argv: (file: string) => string[]; readonly ourCommands: boolean }[] = [
  { argv: (file) => ['lint', file], ourCommands: false },
  { argv: (file) => ['lint', file, '--format', 'json'], ourCommands: false },
  { argv: (file) => ['lint', file, '--format', 'sarif'], ourCommands: false },
  { argv: (file) => ['lint', file, '--format', 'github'], ourCommands: true },
  {
    argv: (file) => [
      'render',
      file,
      '--namespace',
      'fuzz',
      '--run-id',
      'f1',
      '--secret-env',
      'HF_TOKEN=hf/token',
      '--set',
      'metadata.annotations.x=1',
    ],
    ourCommands: false,
  },
];

async function run(argv: string[], cwd: string): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: {},
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    isTty: false,
    now: () => new Date('2026-11-29T00:00:00Z'),
    shutdownRequested: () => new Promise(() => undefined),
  };
  let code: number;
  try {
    code = await runCommand(argv, io);
  } catch (error) {
    // An exception out of the dispatch is what the process would print as an internal error.
    stderr += `internal error: ${(error as Error)?.stack ?? String(error)}`;
    code = 70;
  }
  return { code, stdout, stderr };
}

export interface ManifestFuzzResult {
  readonly runs: number;
  readonly commandsPerCase: number;
  readonly failures: string[];
  readonly slowestMs: number;
}

export async function fuzzManifests(numRuns: number, seed: number): Promise<ManifestFuzzResult> {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-fuzz-'));
  const file = join(dir, 'rayservice.yaml');
  const failures: string[] = [];
  let runs = 0;
  let slowestMs = 0;
  // A process warning goes to the real stderr, past io and every sanitiser: any one is a broken invariant.
  const warnings: string[] = [];
  const onWarning = (warning: Error) => void warnings.push(`${warning.name}: ${warning.message.slice(0, 120)}`);
  process.on('warning', onWarning);
  try {
    await fc
      .assert(
        fc.asyncProperty(manifestCase, async (c: ManifestCase) => {
          runs++;
          writeFileSync(file, c.text);
          const started = performance.now();
          const problems: string[] = [];
          for (const command of COMMANDS) {
            const argv = command.argv('rayservice.yaml');
            const ran = await run(argv, dir);
            for (const v of violations(ran, c.secrets, { allowedCodes: [0, 1, 2], ourCommands: command.ourCommands }))
              problems.push(`${argv.slice(0, 3).join(' ')}: ${v}`);
          }
          slowestMs = Math.max(slowestMs, performance.now() - started);
          // Node emits warnings on the next tick: give it one before looking.
          await new Promise((resolve) => setImmediate(resolve));
          for (const warning of warnings.splice(0)) problems.push(`a process warning reached stderr: ${warning}`);
          if (problems.length) failures.push(`${c.description} (${c.text.length} bytes): ${problems.join(' | ')}`);
          return problems.length === 0;
        }),
        { numRuns, seed, endOnFailure: true },
      )
      .catch(() => undefined);
  } finally {
    process.off('warning', onWarning);
    rmSync(dir, { recursive: true, force: true });
  }
  return { runs, commandsPerCase: COMMANDS.length, failures, slowestMs };
}
