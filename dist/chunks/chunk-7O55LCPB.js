import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ZX5C764E.js";
import {
  runDeploy
} from "./chunk-QXVQQ5FB.js";
import {
  WALL_CLOCK
} from "./chunk-UIDGSTCG.js";
import {
  formatDuration
} from "./chunk-65SL3IB2.js";
import {
  safeInline
} from "./chunk-46TLH3BL.js";

// src/cli/deploy-command.ts
import { parseArgs } from "node:util";
var DEPLOY_USAGE = `Usage: rayservice-ci deploy <rendered.yaml> --out deployment.json [options]

Deploys a manifest render prepared into its own namespace, waits until it serves (across KubeRay 1.1-1.7, then an
HTTP probe of the endpoint), and writes the Deployment file later stages read.

Options:
  --out FILE              where to write the Deployment (required)
  --rendered FILE         the RenderedManifest render wrote (default: the manifest's path with .json)
  --kubeconfig FILE       kubeconfig (default: $KUBECONFIG, ~/.kube/config, or the pod's service account)
  --context NAME          kubeconfig context (default: its current context)
  --timeout DURATION      limit for the whole deploy, preflight to probe (default: 20m)
  --unschedulable-grace DURATION
                          how long a pod may stay unschedulable before deploy gives up; allow for your node
                          autoscaler to add a GPU node (default: 5m)
  --max-gpus N            cap the GPUs the namespace's pods may request (a ResourceQuota)
  --endpoint-url URL      reach the service here instead of through a port-forward to the Ray head pod
  --dashboard-url URL     reach the Ray dashboard here instead of through a port-forward
  --diagnosis FILE        where to write the diagnosis when it fails (default: deploy-diagnosis.json beside --out)

The Secrets render listed (--secret-env) get their values from environment variables of the same names.
Needs the permissions in docs/rbac.yaml; it checks them before it creates anything. On Ctrl-C it stops and leaves
the namespace for "rayservice-ci teardown --namespace NS".

Exit codes: 0 serving, 1 not deployed (the message and the diagnosis file say why), 2 bad usage or input.`;
var CLEAR_LINE = "\r\x1B[2K";
var LIVE_WIDTH = 110;
function cliProgress(io, prefix) {
  let showingLive = false;
  const clear = () => {
    if (showingLive) io.stderr(CLEAR_LINE);
    showingLive = false;
  };
  return {
    line: (text) => {
      clear();
      io.stderr(`${prefix}${text}
`);
    },
    ...io.isTty ? {
      live: (text) => {
        io.stderr(`${CLEAR_LINE}${text.length > LIVE_WIDTH ? `${text.slice(0, LIVE_WIDTH - 1)}\u2026` : text}`);
        showingLive = true;
      }
    } : {},
    done: clear
  };
}
function abortOnShutdown(io) {
  const controller = new AbortController();
  void io.shutdownRequested().then((signal) => controller.abort(signal));
  return controller;
}
function describeReach(reach) {
  return reach.kind === "url" ? reach.url : `port-forward to ${reach.namespace}/${reach.pod}:${reach.port}`;
}
function summary(deployment, out) {
  const t = deployment.timings;
  return [
    `rayservice-ci deploy: ${deployment.rayService} serves in namespace ${deployment.namespace} (RayCluster ${deployment.rayCluster}, KubeRay ${deployment.kubeRayVersion})`,
    `  endpoint:  ${describeReach(deployment.endpoint)}`,
    `  dashboard: ${describeReach(deployment.dashboard)}`,
    `  timings:   preflight ${formatDuration(t.preflightMs)}, apply ${formatDuration(t.applyMs)}, until the status said serving ${formatDuration(t.statusReadyMs ?? 0)}, probe ${formatDuration(t.probeMs ?? 0)}`,
    `  wrote ${out}`
  ].join("\n");
}
function positiveInteger(name, raw) {
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} takes a whole number from 0, not "${raw}".`);
  return n;
}
async function deployCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: "string" },
      rendered: { type: "string" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      timeout: { type: "string" },
      "unschedulable-grace": { type: "string" },
      "max-gpus": { type: "string" },
      "endpoint-url": { type: "string" },
      "dashboard-url": { type: "string" },
      diagnosis: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${DEPLOY_USAGE}
`);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(`deploy takes exactly one rendered manifest, got ${positionals.length}.`);
  if (!values.out) throw new UsageError("deploy needs --out FILE, where the Deployment for later stages goes.");
  for (const option of ["endpoint-url", "dashboard-url"]) {
    const url = values[option];
    if (url !== void 0 && !/^https?:\/\/[^\s]+$/.test(url))
      throw new UsageError(`--${option} takes an http(s) URL, not "${safeInline(url)}".`);
  }
  const progress = cliProgress(io, "");
  const controller = abortOnShutdown(io);
  const run = await runDeploy(
    { cwd: io.cwd, env: io.env, clock: WALL_CLOCK, signal: controller.signal, progress },
    {
      manifest: positionals[0],
      out: values.out,
      rendered: values.rendered,
      kubeconfig: values.kubeconfig,
      context: values.context,
      timeout: values.timeout,
      unschedulableGrace: values["unschedulable-grace"],
      maxGpus: positiveInteger("max-gpus", values["max-gpus"]),
      endpointUrl: values["endpoint-url"],
      dashboardUrl: values["dashboard-url"],
      diagnosis: values.diagnosis
    }
  );
  progress.done();
  if (!run.ok) {
    const head = run.kind === "input" ? "not deployed" : run.kind === "cancelled" ? "stopped" : "not deployed";
    io.stderr(
      `rayservice-ci deploy: ${head}: ${run.problems.map((p) => p.split("\n").map(safeInline).join("\n")).join("\n")}
`
    );
    if (run.namespace && run.kind !== "input")
      io.stderr(
        `rayservice-ci deploy: remove what was created with: rayservice-ci teardown --namespace ${run.namespace}
`
      );
    return run.kind === "input" ? 2 : 1;
  }
  for (const note of run.notes) io.stderr(`rayservice-ci deploy: note: ${safeInline(note)}
`);
  io.stdout(`${summary(run.deployment, values.out)}
`);
  return 0;
}
var command = { run: deployCommand, usage: DEPLOY_USAGE };

export {
  DEPLOY_USAGE,
  cliProgress,
  abortOnShutdown,
  describeReach,
  deployCommand,
  command
};
