import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  STATE,
  removeKubeconfig,
  writeKubeconfig
} from "./chunk-KM5RSAT6.js";
import {
  parseSecretValues,
  runDeploy,
  tearDown
} from "./chunk-QXVQQ5FB.js";
import {
  loadKubeConfig
} from "./chunk-RKRSJY3C.js";
import {
  WALL_CLOCK
} from "./chunk-UIDGSTCG.js";
import {
  booleanInput
} from "./chunk-KILP7Y4M.js";
import {
  safeInline
} from "./chunk-46TLH3BL.js";

// src/actions/deploy/adapter.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
var DEPLOY_INPUTS = [
  "manifest",
  "rendered",
  "kubeconfig",
  "context",
  "timeout",
  "unschedulable-grace",
  "max-gpus",
  "secrets",
  "endpoint-url",
  "dashboard-url",
  "out",
  "teardown"
];
function describeReachForOutput(reach) {
  return reach.kind === "url" ? reach.url : `port-forward:${reach.namespace}/${reach.pod}:${reach.port}`;
}
async function deployAction(io) {
  const manifest = io.input("manifest");
  if (!manifest) {
    io.fail("Input manifest is required: the rendered manifest (the render action's manifest output).");
    return void 0;
  }
  const teardown = booleanInput(io, "teardown", true);
  if (typeof teardown === "string") return void io.fail(teardown);
  io.saveState(STATE.teardown, String(teardown));
  const secrets = parseSecretValues(io.multilineInput("secrets"));
  if ("problem" in secrets) return void io.fail(secrets.problem);
  for (const value of Object.values(secrets.values)) io.mask(value);
  const maxGpusText = io.input("max-gpus");
  const maxGpus = maxGpusText === "" ? void 0 : Number(maxGpusText);
  if (maxGpus !== void 0 && (!Number.isInteger(maxGpus) || maxGpus < 0))
    return void io.fail(`Input max-gpus takes a whole number from 0, not "${safeInline(maxGpusText)}".`);
  const kubeconfigInput = io.input("kubeconfig");
  const kubeconfig = kubeconfigInput ? await writeKubeconfig(io, kubeconfigInput) : void 0;
  const outDir = join(io.tempDir, "rayservice-ci");
  await mkdir(outDir, { recursive: true });
  const out = io.input("out") || join(outDir, "deployment.json");
  const diagnosis = join(outDir, "deploy-diagnosis.json");
  const run = await runDeploy(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      signal: io.signal,
      progress: { line: (text) => io.info(text) },
      mask: (value) => io.mask(value),
      record: (resource) => {
        io.saveState(STATE.namespace, resource.name);
        io.saveState(STATE.context, resource.context);
        io.saveState(STATE.runId, resource.runId);
      }
    },
    {
      manifest,
      rendered: io.input("rendered") || void 0,
      kubeconfig,
      context: io.input("context") || void 0,
      timeout: io.input("timeout") || void 0,
      unschedulableGrace: io.input("unschedulable-grace") || void 0,
      maxGpus,
      secretValues: secrets.values,
      endpointUrl: io.input("endpoint-url") || void 0,
      dashboardUrl: io.input("dashboard-url") || void 0,
      out,
      diagnosis
    }
  );
  if (!run.ok) {
    if (run.namespace) io.setOutput("namespace", run.namespace);
    if (run.diagnosis) io.setOutput("diagnosis-file", diagnosis);
    const after = run.namespace ? teardown ? ` The post step deletes the namespace ${run.namespace}.` : ` The namespace ${run.namespace} is left for inspection (teardown: false); the janitor removes it after its expiry.` : "";
    io.fail(`${run.kind === "cancelled" ? "Deploy cancelled" : "Not deployed"}:
${run.problems.join("\n")}${after}`);
    if (run.diagnosis)
      await io.summary(
        `## rayservice-ci deploy: not deployed

\`\`\`
${run.problems.join("\n").replaceAll("```", "'''")}
\`\`\`
`
      );
    return void 0;
  }
  const d = run.deployment;
  for (const note of run.notes) io.info(`Note: ${safeInline(note)}`);
  io.setOutput("namespace", d.namespace);
  io.setOutput("deployment-file", out);
  io.setOutput("endpoint", describeReachForOutput(d.endpoint));
  io.setOutput("dashboard", describeReachForOutput(d.dashboard));
  io.setOutput("rayservice", d.rayService);
  io.setOutput("raycluster", d.rayCluster);
  io.setOutput("kuberay-version", d.kubeRayVersion);
  io.info(
    `${d.rayService} serves in namespace ${d.namespace} (RayCluster ${d.rayCluster}, KubeRay ${d.kubeRayVersion}); Deployment: ${out}`
  );
  await io.summary(
    `## rayservice-ci deploy

| | |
|---|---|
| namespace | \`${d.namespace}\` |
| RayService | \`${d.rayService}\` (RayCluster \`${d.rayCluster}\`) |
| KubeRay | ${d.kubeRayVersion} |
| endpoint | ${describeReachForOutput(d.endpoint)} |
| ready after | ${((d.timings.readyMs ?? 0) / 1e3).toFixed(1)} s |
`
  );
  return d;
}
var POST_FINALIZER_GRACE_MS = 6e4;
var POST_NAMESPACE_WAIT_MS = 9e4;
async function deployPostAction(io) {
  const namespace = io.getState(STATE.namespace);
  const kubeconfigDir = io.getState(STATE.kubeconfigDir);
  try {
    if (!namespace) return io.info("rayservice-ci teardown: nothing to remove (deploy created no namespace).");
    if (io.getState(STATE.teardown) === "false")
      return io.info(
        `rayservice-ci teardown: leaving ${namespace} (teardown: false); the janitor removes it after its expiry.`
      );
    const kube = loadKubeConfig({
      kubeconfig: kubeconfigDir ? join(kubeconfigDir, "kubeconfig") : void 0,
      context: io.getState(STATE.context) || void 0,
      cwd: io.cwd,
      env: io.env
    });
    if (!kube.ok)
      return io.warning(
        `rayservice-ci teardown: cannot remove ${namespace}: ${kube.problem} The janitor removes it after its expiry.`
      );
    const outcome = await tearDown(
      kube.kc,
      namespace,
      {
        runId: io.getState(STATE.runId) || void 0,
        finalizerGraceMs: POST_FINALIZER_GRACE_MS,
        namespaceWaitMs: POST_NAMESPACE_WAIT_MS
      },
      {
        clock: WALL_CLOCK,
        signal: io.signal,
        say: (line) => line.startsWith("WARNING:") ? io.warning(`rayservice-ci teardown: ${line}`) : io.info(`rayservice-ci teardown: ${line}`)
      }
    );
    if (!outcome.ok) io.warning(`rayservice-ci teardown: ${outcome.problem} The janitor removes it after its expiry.`);
  } finally {
    await removeKubeconfig(kubeconfigDir);
  }
}

export {
  DEPLOY_INPUTS,
  deployAction,
  deployPostAction
};
