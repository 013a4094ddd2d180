import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEFAULT_KUBERAY_VERSION,
  DEFAULT_NODE_POOL,
  KUBERAY_VERSIONS,
  SimStartError,
  isKubeRayVersion,
  startSim
} from "./chunk-3OZZAGNQ.js";
import {
  InputError,
  UsageError
} from "./chunk-ZX5C764E.js";
import "./chunk-TTQN4OPH.js";
import "./chunk-2Z6IFJBU.js";
import {
  parseDuration
} from "./chunk-65SL3IB2.js";
import "./chunk-7UO7HX7F.js";
import "./chunk-S5ZBFXNU.js";

// src/cli/sim-command.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var PORT = { min: 0, max: 65535, integer: true, hint: "0 picks a free port" };
var TIME_SCALE = { min: 0.01, max: 1e3, integer: false, hint: "20 runs a 10-minute delay in 30 s" };
var GPU_NODES = { min: 0, max: 500, integer: true };
var GPUS_PER_NODE = { min: 1, max: 16, integer: true };
var SEED = { min: 0, max: 2 ** 32 - 1, integer: true };
var FAULT_RATE = {
  min: 0,
  max: 1,
  integer: false,
  hint: "the share of API requests answered with 429 or 500"
};
var SIM_USAGE = `Usage: rayservice-ci sim [options]

Runs a simulated GPU cluster on 127.0.0.1: the Kubernetes API (for kubectl and client libraries), KubeRay,
the Ray autoscaler and Ray Serve with an OpenAI-compatible endpoint. Stops on Ctrl-C.

Options:
  --port N              API server port, 0\u201365535 (default: 0, a free port)
  --kubeconfig FILE     where to write the kubeconfig (default: .rayservice-ci/sim.kubeconfig)
  --profile NAME        fast (seconds) or realistic (node start, image pull, model load) (default: fast)
  --time-scale X        simulated seconds per real second, ${TIME_SCALE.min}\u2013${TIME_SCALE.max} (default: 1)
  --gpu-nodes N         GPU nodes in the pool, ${GPU_NODES.min}\u2013${GPU_NODES.max} (default: ${DEFAULT_NODE_POOL.gpuNodes})
  --gpus-per-node N     nvidia.com/gpu per node, ${GPUS_PER_NODE.min}\u2013${GPUS_PER_NODE.max} (default: ${DEFAULT_NODE_POOL.gpusPerNode})
  --seed N              seed for names, jitter and output lengths, ${SEED.min}\u2013${SEED.max} (default: 1)
  --kuberay-version V   the KubeRay release to behave as: ${KUBERAY_VERSIONS.join(", ")} (default: ${DEFAULT_KUBERAY_VERSION});
                        1.1\u20131.2 write serviceStatus without conditions, before 1.4 clusters are <name>-raycluster-xxxxx
  --no-zero-downtime    as KubeRay with ENABLE_ZERO_DOWNTIME=false: a changed rayClusterConfig makes no second
                        cluster (a RayService's spec.upgradeStrategy.type still wins)
  --fault-rate P        answer this share (0\u20131) of API requests with 429 or 500, for reliability tests
  --fault-paths REGEX   which API paths --fault-rate applies to (default: every API path)
  --drop-watches-after DURATION
                        end every watch after this long (e.g. 30s), as API servers do`;
function number(name, raw, fallback, range) {
  if (raw === void 0) return fallback;
  const n = raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(n) || n < range.min || n > range.max || range.integer && !Number.isInteger(n)) {
    throw new UsageError(
      `--${name} takes ${range.integer ? "a whole number" : "a number"} from ${range.min} to ${range.max}${range.hint ? ` (${range.hint})` : ""}, not "${raw}".`
    );
  }
  return n;
}
var WHY = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a directory",
  // From creating the file's directory: a file stands where a directory of the path should be.
  EEXIST: "a part of the path is a file, not a directory",
  EISDIR: "it is a directory",
  ENOSPC: "no space is left on the device",
  ENAMETOOLONG: "the path is too long"
};
function startProblem(problem) {
  if (problem.kind === "kubeconfig") {
    return `cannot write the kubeconfig to ${problem.path} (${problem.code}: ${WHY[problem.code] ?? "the file cannot be written"}); pass --kubeconfig with a file in a directory you can write.`;
  }
  if (problem.code === "EADDRINUSE")
    return `port ${problem.port} on 127.0.0.1 is already in use; stop what listens there, or pass another --port (0 picks a free one).`;
  if (problem.code === "EACCES" || problem.code === "EPERM")
    return `port ${problem.port} on 127.0.0.1 needs privileges this user does not have (${problem.code}); pass a --port from 1024 up, or 0 for a free one.`;
  return `cannot listen on 127.0.0.1:${problem.port} (${problem.code}); pass another --port, or 0 for a free one.`;
}
async function simCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: false,
    options: {
      port: { type: "string" },
      kubeconfig: { type: "string" },
      profile: { type: "string" },
      "time-scale": { type: "string" },
      "gpu-nodes": { type: "string" },
      "gpus-per-node": { type: "string" },
      seed: { type: "string" },
      "kuberay-version": { type: "string" },
      "no-zero-downtime": { type: "boolean" },
      "fault-rate": { type: "string" },
      "fault-paths": { type: "string" },
      "drop-watches-after": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  void positionals;
  if (values.help) {
    io.stdout(`${SIM_USAGE}
`);
    return 0;
  }
  const profile = values.profile ?? "fast";
  if (profile !== "fast" && profile !== "realistic")
    throw new UsageError(`--profile "${profile}" is not a profile; use fast or realistic.`);
  const kubeRayVersion = values["kuberay-version"] ?? DEFAULT_KUBERAY_VERSION;
  if (!isKubeRayVersion(kubeRayVersion))
    throw new UsageError(
      `--kuberay-version "${kubeRayVersion}" is not a KubeRay release the sim plays; use one of ${KUBERAY_VERSIONS.join(", ")}.`
    );
  const port = number("port", values.port, 0, PORT);
  const timeScale = number("time-scale", values["time-scale"], 1, TIME_SCALE);
  const seed = number("seed", values.seed, 1, SEED);
  const gpuNodes = number("gpu-nodes", values["gpu-nodes"], DEFAULT_NODE_POOL.gpuNodes, GPU_NODES);
  const gpusPerNode = number("gpus-per-node", values["gpus-per-node"], DEFAULT_NODE_POOL.gpusPerNode, GPUS_PER_NODE);
  const rate = number("fault-rate", values["fault-rate"], 0, FAULT_RATE);
  let dropWatchesAfterMs;
  if (values["drop-watches-after"] !== void 0) {
    const parsed = parseDuration(values["drop-watches-after"]);
    if (typeof parsed === "string") throw new UsageError(`--drop-watches-after: ${parsed}`);
    dropWatchesAfterMs = parsed;
  }
  if (values["fault-paths"] !== void 0) {
    try {
      new RegExp(values["fault-paths"]);
    } catch {
      throw new UsageError(`--fault-paths "${values["fault-paths"]}" is not a regular expression.`);
    }
  }
  if (values.kubeconfig === "")
    throw new UsageError("--kubeconfig is empty; pass the file to write the kubeconfig to.");
  const kubeconfigPath = resolve(io.cwd, values.kubeconfig ?? ".rayservice-ci/sim.kubeconfig");
  let sim;
  try {
    sim = await startSim({
      port,
      kubeconfigPath,
      profile,
      timeScale,
      seed,
      kubeRayVersion,
      log: (line) => io.stderr(`${line}
`),
      ...values["no-zero-downtime"] ? { zeroDowntime: false } : {},
      ...rate > 0 || dropWatchesAfterMs ? {
        faults: {
          rate,
          ...values["fault-paths"] ? { paths: values["fault-paths"] } : {},
          ...dropWatchesAfterMs ? { dropWatchesAfterMs } : {}
        }
      } : {},
      nodePool: { ...DEFAULT_NODE_POOL, gpuNodes, gpusPerNode }
    });
  } catch (error) {
    if (error instanceof SimStartError) throw new InputError(startProblem(error.problem));
    throw error;
  }
  const release = kubeRayVersion === DEFAULT_KUBERAY_VERSION ? "" : ` kuberay=${kubeRayVersion}`;
  io.stdout(
    `rayservice-ci sim ready: ${sim.url} kubeconfig=${kubeconfigPath}${release} (export KUBECONFIG=${kubeconfigPath})
`
  );
  const signal = await io.shutdownRequested();
  await sim.stop();
  io.stderr(`rayservice-ci sim: stopped on ${signal}.
`);
  return 0;
}
var command = { run: simCommand, usage: SIM_USAGE };
export {
  SIM_USAGE,
  command,
  simCommand
};
