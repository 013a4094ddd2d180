import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  abortOnShutdown,
  cliProgress
} from "./chunk-7O55LCPB.js";
import {
  InputError,
  UsageError
} from "./chunk-ZX5C764E.js";
import {
  runJanitor
} from "./chunk-QXVQQ5FB.js";
import {
  loadKubeConfig
} from "./chunk-RKRSJY3C.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-DNN5VYJT.js";
import "./chunk-WNYQVBGA.js";
import "./chunk-NUJ64NSH.js";
import "./chunk-2Z6IFJBU.js";
import {
  WALL_CLOCK
} from "./chunk-UIDGSTCG.js";
import "./chunk-65SL3IB2.js";
import "./chunk-FO2DCR53.js";
import "./chunk-7UO7HX7F.js";
import {
  safeInline
} from "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";

// src/cli/janitor-command.ts
import { parseArgs } from "node:util";
var JANITOR_USAGE = `Usage: rayservice-ci janitor [options]

Tears down every namespace rayservice-ci created (label app.kubernetes.io/managed-by=rayservice-ci) whose
rayservice-ci.io/expires-at annotation (render --ttl) has passed: the backstop for runs whose own teardown never
ran. Run it on a schedule (workflows/rayservice-janitor.yml).

Options:
  --dry-run               only say which namespaces would be deleted
  --limit N               at most N namespaces per run (default: 20)
  --kubeconfig FILE       kubeconfig (default: $KUBECONFIG, ~/.kube/config, or the pod's service account)
  --context NAME          kubeconfig context (default: its current context)

Exit codes: 0 done (or nothing to do), 1 a teardown failed or the namespaces cannot be listed, 2 bad usage or input.`;
async function janitorCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean" },
      limit: { type: "string" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${JANITOR_USAGE}
`);
    return 0;
  }
  if (positionals.length) throw new UsageError("janitor takes no positional arguments.");
  const limit = values.limit === void 0 ? void 0 : Number(values.limit);
  if (limit !== void 0 && (!Number.isInteger(limit) || limit < 1))
    throw new UsageError(`--limit takes a whole number from 1, not "${safeInline(values.limit)}".`);
  const kube = loadKubeConfig({ kubeconfig: values.kubeconfig, context: values.context, cwd: io.cwd, env: io.env });
  if (!kube.ok) throw new InputError(kube.problem);
  const progress = cliProgress(io, "rayservice-ci janitor: ");
  const controller = abortOnShutdown(io);
  const result = await runJanitor(
    kube.kc,
    { dryRun: values["dry-run"] ?? false, ...limit !== void 0 ? { limit } : {} },
    { clock: WALL_CLOCK, signal: controller.signal, say: (line) => progress.line(line) }
  );
  if (result.problem) {
    io.stderr(`rayservice-ci janitor: ${safeInline(result.problem)}
`);
    return 1;
  }
  for (const f of result.failed) io.stderr(`rayservice-ci janitor: ${f.namespace}: ${safeInline(f.problem)}
`);
  const verb = values["dry-run"] ? "would delete" : "deleted";
  io.stdout(
    `rayservice-ci janitor: ${verb} ${result.expired.length - result.failed.length} expired namespace${result.expired.length === 1 ? "" : "s"}${result.failed.length ? `, ${result.failed.length} failed` : ""}; ${result.notExpired} not yet expired${result.noExpiry.length ? `, ${result.noExpiry.length} without an expiry` : ""}${result.deferred.length ? `, ${result.deferred.length} left for the next run` : ""}.
`
  );
  return result.ok ? 0 : 1;
}
var command = { run: janitorCommand, usage: JANITOR_USAGE };
export {
  JANITOR_USAGE,
  command,
  janitorCommand
};
