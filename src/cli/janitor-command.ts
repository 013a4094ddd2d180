// `rayservice-ci janitor [--dry-run] [--kubeconfig F] [--context C] [--limit N]`
import { parseArgs } from 'node:util';
import { runJanitor, WALL_CLOCK } from '../deploy/index.ts';
import { loadKubeConfig } from '../kube/index.ts';
import { safeInline } from '../sanitize/index.ts';
import { abortOnShutdown, cliProgress } from './deploy-command.ts';
import { InputError, UsageError, type CliIo } from './io.ts';

export const JANITOR_USAGE = `Usage: rayservice-ci janitor [options]

Tears down every namespace rayservice-ci created (label app.kubernetes.io/managed-by=rayservice-ci) whose
rayservice-ci.io/expires-at annotation (render --ttl) has passed: the backstop for runs whose own teardown never
ran. Run it on a schedule (workflows/rayservice-janitor.yml).

Options:
  --dry-run               only say which namespaces would be deleted
  --limit N               at most N namespaces per run (default: 20)
  --kubeconfig FILE       kubeconfig (default: $KUBECONFIG, ~/.kube/config, or the pod's service account)
  --context NAME          kubeconfig context (default: its current context)

Exit codes: 0 done (or nothing to do), 1 a teardown failed or the namespaces cannot be listed, 2 bad usage or input.`;

export async function janitorCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      limit: { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${JANITOR_USAGE}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError('janitor takes no positional arguments.');
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    throw new UsageError(`--limit takes a whole number from 1, not "${safeInline(values.limit!)}".`);
  const kube = loadKubeConfig({ kubeconfig: values.kubeconfig, context: values.context, cwd: io.cwd, env: io.env });
  if (!kube.ok) throw new InputError(kube.problem);
  const progress = cliProgress(io, 'rayservice-ci janitor: ');
  const controller = abortOnShutdown(io);
  const result = await runJanitor(
    kube.kc,
    { dryRun: values['dry-run'] ?? false, ...(limit !== undefined ? { limit } : {}) },
    { clock: WALL_CLOCK, signal: controller.signal, say: (line) => progress.line(line) },
  );
  if (result.problem) {
    io.stderr(`rayservice-ci janitor: ${safeInline(result.problem)}\n`);
    return 1;
  }
  for (const f of result.failed) io.stderr(`rayservice-ci janitor: ${f.namespace}: ${safeInline(f.problem)}\n`);
  const verb = values['dry-run'] ? 'would delete' : 'deleted';
  io.stdout(
    `rayservice-ci janitor: ${verb} ${result.expired.length - result.failed.length} expired namespace${result.expired.length === 1 ? '' : 's'}${result.failed.length ? `, ${result.failed.length} failed` : ''}; ${result.notExpired} not yet expired${result.noExpiry.length ? `, ${result.noExpiry.length} without an expiry` : ''}${result.deferred.length ? `, ${result.deferred.length} left for the next run` : ''}.\n`,
  );
  return result.ok ? 0 : 1;
}

export const command = { run: janitorCommand, usage: JANITOR_USAGE };
