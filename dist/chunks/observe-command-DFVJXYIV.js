import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ZX5C764E.js";
import {
  describeTimeline,
  runObserve
} from "./chunk-LZATRZPY.js";
import "./chunk-QXVQQ5FB.js";
import "./chunk-RKRSJY3C.js";
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

// src/cli/observe-command.ts
import { parseArgs } from "node:util";
var OBSERVE_USAGE = `Usage: rayservice-ci observe --deployment deployment.json --out timeline.json [options]

Records what the service does while it runs: Serve replicas per deployment and state and Serve's target (from the
Ray dashboard, every second), Ray worker pods per group and phase, the GPUs they hold and GPU-seconds (by watch),
every Kubernetes event in the namespace, and with --prometheus the GPU utilisation and memory per GPU. Writes a
Timeline (JSON) and the same samples as CSV. Where a source could not see, the Timeline has a gap, not a guess.

Options:
  --deployment FILE       the Deployment file deploy wrote (required)
  --out FILE              where to write the Timeline (required)
  --csv FILE              where to write the samples as CSV (default: --out with .csv)
  --duration DURATION     how long to observe, e.g. 10m (default: until Ctrl-C, at most 6h)
  --interval DURATION     how often the sources sample (default: 1s)
  --kubeconfig FILE       kubeconfig (default: $KUBECONFIG, ~/.kube/config, or the pod's service account)
  --context NAME          kubeconfig context (default: the one deploy used)
  --prometheus URL        a Prometheus that scrapes the DCGM exporter, e.g. http://127.0.0.1:9090
  --gpu-util-query PROMQL utilisation per GPU in % ($namespace is replaced; default: DCGM_FI_DEV_GPU_UTIL{namespace="$namespace"})
  --gpu-memory-query PROMQL
                          memory used per GPU in bytes (default: DCGM_FI_DEV_FB_USED{namespace="$namespace"} * 1048576)
  --dry-run               print what would be observed, and contact nothing

Exit codes: 0 written, 1 written but empty (no source could see anything), 2 bad usage or input.`;
async function observeCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      deployment: { type: "string" },
      out: { type: "string" },
      csv: { type: "string" },
      duration: { type: "string" },
      interval: { type: "string" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      prometheus: { type: "string" },
      "gpu-util-query": { type: "string" },
      "gpu-memory-query": { type: "string" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${OBSERVE_USAGE}
`);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`observe takes no positional arguments, got "${safeInline(positionals[0])}".`);
  if (!values.deployment) throw new UsageError("observe needs --deployment FILE, the Deployment deploy wrote.");
  if (!values.out && !values["dry-run"]) throw new UsageError("observe needs --out FILE, where the Timeline goes.");
  const stop = new AbortController();
  void io.shutdownRequested().then((signal) => stop.abort(signal));
  const run = await runObserve(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      signal: stop.signal,
      note: (line) => io.stderr(`rayservice-ci observe: ${safeInline(line)}
`)
    },
    {
      deployment: values.deployment,
      out: values.out ?? "",
      csv: values.csv,
      duration: values.duration,
      interval: values.interval,
      kubeconfig: values.kubeconfig,
      context: values.context,
      prometheus: values.prometheus,
      gpuUtilizationQuery: values["gpu-util-query"],
      gpuMemoryQuery: values["gpu-memory-query"],
      dryRun: values["dry-run"]
    }
  );
  if (!run.ok) {
    io.stderr(
      `rayservice-ci observe: ${run.kind === "empty" ? "nothing observed" : "not observed"}: ${run.problems.map(safeInline).join("\n")}
`
    );
    if (run.files?.length) io.stderr(`rayservice-ci observe: wrote ${run.files.join(", ")}
`);
    return run.kind === "empty" ? 1 : 2;
  }
  if (run.dryRun) {
    io.stdout(`${JSON.stringify(run.plan, null, 2)}
`);
    return 0;
  }
  io.stderr(
    `rayservice-ci observe: ${describeTimeline(run.timeline)}
rayservice-ci observe: wrote ${run.files.join(", ")}
`
  );
  return 0;
}
var command = { run: observeCommand, usage: OBSERVE_USAGE };
export {
  OBSERVE_USAGE,
  command,
  observeCommand
};
