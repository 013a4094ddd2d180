import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  runPipeline
} from "./chunk-4HM2X2X7.js";
import "./chunk-3OZZAGNQ.js";
import {
  UsageError
} from "./chunk-ZX5C764E.js";
import "./chunk-2R3FLLRE.js";
import "./chunk-EZQ72WCC.js";
import "./chunk-2I6TWOEY.js";
import "./chunk-LZATRZPY.js";
import "./chunk-QXVQQ5FB.js";
import "./chunk-RKRSJY3C.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-DNN5VYJT.js";
import "./chunk-WNYQVBGA.js";
import "./chunk-NUJ64NSH.js";
import "./chunk-2Z6IFJBU.js";
import "./chunk-KNCQHDO6.js";
import "./chunk-MHFUAMHF.js";
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

// src/cli/run-command.ts
import { parseArgs } from "node:util";
var RUN_USAGE = `Usage: rayservice-ci run <manifest.yaml> <load-profile.yaml> [options]

Runs the whole pipeline: lint, render for this run, check the windows against the config's delays, deploy to an
ephemeral namespace, send the load while observing Serve replicas, worker pods and GPUs, assert the scale-up and
scale-down windows, write the report, and tear the namespace down whatever happened. Without --kubeconfig it
starts the simulated cluster for the run and stops it after. A run that stops at any stage still writes
verdict.json and report.md saying where and why.

Options:
  --out-dir DIR             where the files go (default: rayservice-ci-out): lint.json, rendered.yaml,
                            deployment.json, timeline.json/.csv, results.json, verdict.json, report.md
  --cluster sim|kubeconfig  where to deploy (default: sim, or kubeconfig when --kubeconfig is given)
  --kubeconfig FILE         a real cluster's kubeconfig (default with --cluster kubeconfig: $KUBECONFIG, ~/.kube/config)
  --context NAME            its context
  --expect FILE             expectations (docs/expectations.md); default: derived from the manifest
  --scale-up-within D       e.g. 5m: Serve reaches its target replicas within D of the load start
  --scale-down-within D     e.g. 15m: back to the floor within D of the load end
  --inconclusive fail|pass  what an undecided assertion does to the exit code (default: fail)
  --force                   deploy even when a window cannot pass with the config's delays
  --set PATH=VALUE          render override, repeatable (also inside serveConfigV2)
  --secret-env NAME=SECRET/KEY
                            move an env var into a Secret, repeatable; its value comes from the environment
  --hold-for D              replace the profile's hold-for, e.g. 2m
  --prometheus URL          a Prometheus with the DCGM exporter's series, for GPU utilisation
  --namespace NS, --run-id ID, --ttl D
                            render's (default namespace: rayservice-ci-<run id>)
  --deploy-timeout D        how long deploy waits for the service (default 20m)
  --lint-config FILE        lint's rule settings; --max-warnings N fails the run on more warnings
  --gpu-hour-price P        e.g. 2.50USD: the report shows the run's GPU cost
  --sim-gpu-nodes N         GPU nodes of the simulated cluster (default 4)
  --sim-gpus-per-node N     (default 1)
  --sim-profile NAME        fast (seconds) or realistic (node start, image pull, model load) (default: fast)
  --sim-kuberay-version V   the KubeRay release the sim plays (default 1.7)

Exit codes: 0 every assertion passed, 1 one failed or was undecided (or a stage failed), 2 bad usage or input.`;
function count(name, text, min) {
  if (text === void 0) return void 0;
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > 500)
    throw new UsageError(`--${name} takes a whole number from ${min} to 500, not "${safeInline(text)}".`);
  return Number(text);
}
function clusterOf(values) {
  const str = (name) => values[name];
  const kind = str("cluster") ?? (str("kubeconfig") ? "kubeconfig" : "sim");
  if (kind !== "sim" && kind !== "kubeconfig")
    throw new UsageError(`--cluster takes sim or kubeconfig, not "${safeInline(kind)}".`);
  const simOnly = ["sim-gpu-nodes", "sim-gpus-per-node", "sim-profile", "sim-kuberay-version"].filter(
    (name) => values[name] !== void 0
  );
  if (kind === "kubeconfig") {
    if (simOnly.length)
      throw new UsageError(`--${simOnly[0]} is for the simulated cluster, not with --cluster kubeconfig.`);
    return { kind, kubeconfig: str("kubeconfig"), context: str("context") };
  }
  if (str("kubeconfig") || str("context"))
    throw new UsageError(
      "--kubeconfig and --context are for a real cluster: give --cluster kubeconfig (or drop them)."
    );
  const profile = str("sim-profile");
  if (profile !== void 0 && profile !== "fast" && profile !== "realistic")
    throw new UsageError(`--sim-profile takes fast or realistic, not "${safeInline(profile)}".`);
  return {
    kind,
    gpuNodes: count("sim-gpu-nodes", str("sim-gpu-nodes"), 0),
    gpusPerNode: count("sim-gpus-per-node", str("sim-gpus-per-node"), 1),
    profile,
    kubeRayVersion: str("sim-kuberay-version")
  };
}
async function runPipelineCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      "out-dir": { type: "string" },
      cluster: { type: "string" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      expect: { type: "string" },
      "scale-up-within": { type: "string" },
      "scale-down-within": { type: "string" },
      inconclusive: { type: "string" },
      force: { type: "boolean" },
      set: { type: "string", multiple: true },
      "secret-env": { type: "string", multiple: true },
      "hold-for": { type: "string" },
      prometheus: { type: "string" },
      namespace: { type: "string" },
      "run-id": { type: "string" },
      ttl: { type: "string" },
      "deploy-timeout": { type: "string" },
      "lint-config": { type: "string" },
      "max-warnings": { type: "string" },
      "gpu-hour-price": { type: "string" },
      "sim-gpu-nodes": { type: "string" },
      "sim-gpus-per-node": { type: "string" },
      "sim-profile": { type: "string" },
      "sim-kuberay-version": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${RUN_USAGE}
`);
    return 0;
  }
  if (positionals.length !== 2)
    throw new UsageError(
      `run takes a manifest and a load profile, got ${positionals.length} argument${positionals.length === 1 ? "" : "s"}.`
    );
  const inconclusive = values.inconclusive;
  if (inconclusive !== void 0 && inconclusive !== "fail" && inconclusive !== "pass")
    throw new UsageError(`--inconclusive takes fail or pass, not "${safeInline(inconclusive)}".`);
  const maxWarnings = values["max-warnings"];
  if (maxWarnings !== void 0 && !/^-?\d+$/.test(maxWarnings))
    throw new UsageError(`--max-warnings takes a whole number (-1: no limit), not "${safeInline(maxWarnings)}".`);
  const cluster = clusterOf(values);
  const stop = new AbortController();
  void io.shutdownRequested().then((signal) => {
    io.stderr(`rayservice-ci run: ${signal}: stopping; the namespace is torn down and the report written
`);
    stop.abort(signal);
  });
  const result = await runPipeline(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      now: io.now,
      signal: stop.signal,
      say: (line) => io.stderr(`rayservice-ci run: ${safeInline(line)}
`)
    },
    {
      manifest: positionals[0],
      profile: positionals[1],
      outDir: values["out-dir"] ?? "rayservice-ci-out",
      cluster,
      expect: values.expect,
      sets: values.set ?? [],
      secretEnv: values["secret-env"] ?? [],
      holdFor: values["hold-for"],
      scaleUpWithin: values["scale-up-within"],
      scaleDownWithin: values["scale-down-within"],
      inconclusive,
      force: values.force,
      prometheus: values.prometheus,
      lintConfig: values["lint-config"],
      maxWarnings: maxWarnings === void 0 ? void 0 : Number(maxWarnings),
      namespace: values.namespace,
      runId: values["run-id"],
      ttl: values.ttl,
      deployTimeout: values["deploy-timeout"],
      gpuHourPrice: values["gpu-hour-price"]
    }
  );
  if (result.inputProblems.length) {
    io.stderr(`rayservice-ci run: not run:
${result.inputProblems.map((p) => `  ${safeInline(p)}`).join("\n")}
`);
    return 2;
  }
  io.stdout(result.summary);
  io.stderr(`rayservice-ci run: wrote ${Object.values(result.files).join(", ")}
`);
  return result.verdict.exitCode;
}
var command = { run: runPipelineCommand, usage: RUN_USAGE };
export {
  RUN_USAGE,
  command,
  runPipelineCommand
};
