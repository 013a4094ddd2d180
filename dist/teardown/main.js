import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  removeKubeconfig,
  runnerExtras,
  writeKubeconfig
} from "../chunks/chunk-KM5RSAT6.js";
import {
  DEPLOYMENT,
  runJanitor,
  tearDown
} from "../chunks/chunk-QXVQQ5FB.js";
import {
  loadKubeConfig
} from "../chunks/chunk-RKRSJY3C.js";
import "../chunks/chunk-TTQN4OPH.js";
import "../chunks/chunk-DNN5VYJT.js";
import "../chunks/chunk-WNYQVBGA.js";
import "../chunks/chunk-NUJ64NSH.js";
import "../chunks/chunk-2Z6IFJBU.js";
import {
  WALL_CLOCK
} from "../chunks/chunk-UIDGSTCG.js";
import {
  parseDuration
} from "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  booleanInput,
  runAction
} from "../chunks/chunk-KILP7Y4M.js";
import "../chunks/chunk-SMOGKHW4.js";
import {
  readContract
} from "../chunks/chunk-FO2DCR53.js";
import "../chunks/chunk-7UO7HX7F.js";
import {
  safeInline
} from "../chunks/chunk-46TLH3BL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/teardown/adapter.ts
import { dirname } from "node:path";
var TEARDOWN_INPUTS = [
  "namespace",
  "deployment",
  "kubeconfig",
  "context",
  "run-id",
  "janitor",
  "dry-run",
  "finalizer-grace",
  "wait"
];
async function teardownAction(io) {
  const janitor = booleanInput(io, "janitor", false);
  const dryRun = booleanInput(io, "dry-run", false);
  for (const value of [janitor, dryRun]) if (typeof value === "string") return io.fail(value);
  const durations = {};
  for (const name of ["finalizer-grace", "wait"]) {
    const raw = io.input(name);
    const ms = raw ? parseDuration(raw) : void 0;
    if (typeof ms === "string") return io.fail(`Input ${name}: ${ms}`);
    durations[name] = ms;
  }
  const namespaces = io.multilineInput("namespace");
  let context = io.input("context") || void 0;
  const deploymentFile = io.input("deployment");
  if (deploymentFile) {
    const deployment = await readContract(deploymentFile, DEPLOYMENT);
    if (!deployment.ok) return io.fail(deployment.problem);
    namespaces.push(deployment.value.namespace);
    context ??= deployment.value.context;
  }
  if (!janitor && !namespaces.length)
    return io.fail("Give the namespace (or the deploy action's deployment-file) to tear down, or set janitor: true.");
  const kubeconfigInput = io.input("kubeconfig");
  const kubeconfig = kubeconfigInput ? await writeKubeconfig(io, kubeconfigInput) : void 0;
  try {
    const kube = loadKubeConfig({ kubeconfig, context, cwd: io.cwd, env: io.env });
    if (!kube.ok) return io.fail(kube.problem);
    const options = {
      ...durations["finalizer-grace"] !== void 0 ? { finalizerGraceMs: durations["finalizer-grace"] } : {},
      ...durations["wait"] !== void 0 ? { namespaceWaitMs: durations["wait"] } : {}
    };
    const say = (line) => line.startsWith("WARNING:") ? io.warning(line) : io.info(line);
    const context_ = { clock: WALL_CLOCK, signal: io.signal, say };
    if (janitor) {
      const result = await runJanitor(kube.kc, { dryRun: dryRun === true, teardown: options }, context_);
      io.setOutput("deleted", result.expired.filter((ns) => !result.failed.some((f) => f.namespace === ns)).join("\n"));
      if (!result.ok)
        io.fail(result.problem ?? result.failed.map((f) => `${f.namespace}: ${safeInline(f.problem)}`).join("\n"));
      return;
    }
    const failures = [];
    const deleted = [];
    for (const namespace of [...new Set(namespaces)]) {
      const outcome = await tearDown(
        kube.kc,
        namespace,
        { runId: io.input("run-id") || void 0, ...options },
        context_
      );
      if (outcome.ok) deleted.push(namespace);
      else failures.push(safeInline(outcome.problem));
    }
    io.setOutput("deleted", deleted.join("\n"));
    if (failures.length) io.fail(failures.join("\n"));
  } finally {
    if (kubeconfig) await removeKubeconfig(dirname(kubeconfig));
  }
}

// src/actions/teardown/main.ts
runAction(() => teardownAction({ ...actionsIo(TEARDOWN_INPUTS), ...runnerExtras() }));
