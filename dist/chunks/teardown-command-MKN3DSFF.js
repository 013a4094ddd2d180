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
  DEPLOYMENT,
  tearDown
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
import {
  parseDuration
} from "./chunk-65SL3IB2.js";
import {
  readContract
} from "./chunk-FO2DCR53.js";
import "./chunk-7UO7HX7F.js";
import {
  safeInline
} from "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";

// src/cli/teardown-command.ts
import { parseArgs } from "node:util";
var TEARDOWN_USAGE = `Usage: rayservice-ci teardown (--namespace NS | --deployment FILE) [options]

Deletes a run: its RayService first (KubeRay frees the GPUs), then its namespace. Acts only on namespaces
rayservice-ci created (label app.kubernetes.io/managed-by=rayservice-ci); running it again is harmless.

Options:
  --namespace NS          the run's namespace; repeatable
  --deployment FILE       take the namespace (and the kubeconfig context) from deploy's Deployment file
  --run-id ID             only if the namespace belongs to this run
  --kubeconfig FILE       kubeconfig (default: $KUBECONFIG, ~/.kube/config, or the pod's service account)
  --context NAME          kubeconfig context (default: the Deployment's, else the current one)
  --finalizer-grace DURATION
                          how long KubeRay gets to release ray.io/rayservice-finalizer before it is removed as a
                          last resort, when the operator is gone (default: 60s)
  --wait DURATION         how long to wait for the namespace to go (default: 2m)

Exit codes: 0 removed or already gone, 1 refused (not ours) or failed, 2 bad usage or input.`;
function duration(name, raw) {
  if (raw === void 0) return void 0;
  const ms = parseDuration(raw);
  if (typeof ms === "string") throw new UsageError(`--${name}: ${ms}`);
  return ms;
}
async function teardownCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      namespace: { type: "string", multiple: true },
      deployment: { type: "string" },
      "run-id": { type: "string" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      "finalizer-grace": { type: "string" },
      wait: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${TEARDOWN_USAGE}
`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`teardown takes no positional arguments; use --namespace NS.`);
  const namespaces = [...values.namespace ?? []];
  let context = values.context;
  if (values.deployment) {
    const deployment = await readContract(values.deployment, DEPLOYMENT);
    if (!deployment.ok) throw new InputError(deployment.problem);
    namespaces.push(deployment.value.namespace);
    context ??= deployment.value.context;
  }
  if (!namespaces.length) throw new UsageError("teardown needs --namespace NS or --deployment FILE.");
  const finalizerGraceMs = duration("finalizer-grace", values["finalizer-grace"]);
  const namespaceWaitMs = duration("wait", values.wait);
  const kube = loadKubeConfig({ kubeconfig: values.kubeconfig, context, cwd: io.cwd, env: io.env });
  if (!kube.ok) throw new InputError(kube.problem);
  const progress = cliProgress(io, "rayservice-ci teardown: ");
  const controller = abortOnShutdown(io);
  let failed = 0;
  for (const namespace of [...new Set(namespaces)]) {
    const outcome = await tearDown(
      kube.kc,
      namespace,
      {
        runId: values["run-id"],
        ...finalizerGraceMs !== void 0 ? { finalizerGraceMs } : {},
        ...namespaceWaitMs !== void 0 ? { namespaceWaitMs } : {}
      },
      { clock: WALL_CLOCK, signal: controller.signal, say: (line) => progress.line(line) }
    );
    if (!outcome.ok) {
      failed++;
      io.stderr(`rayservice-ci teardown: ${outcome.refused ? "refused" : "failed"}: ${safeInline(outcome.problem)}
`);
    }
  }
  return failed ? 1 : 0;
}
var command = { run: teardownCommand, usage: TEARDOWN_USAGE };
export {
  TEARDOWN_USAGE,
  command,
  teardownCommand
};
