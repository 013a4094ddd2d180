import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  runRender
} from "./chunk-VKUFO5JZ.js";
import {
  safeInline
} from "./chunk-E73UPWAZ.js";

// src/actions/render/adapter.ts
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
var RENDER_INPUTS = [
  "manifest",
  "namespace",
  "run-id",
  "name",
  "set",
  "secret-env",
  "ttl",
  "initializing-timeout",
  "output"
];
async function renderAction(io) {
  const manifest = io.input("manifest");
  if (!manifest) {
    io.fail("Input manifest is required: the path of the RayService YAML to render.");
    return void 0;
  }
  const outDir = join(io.tempDir, "rayservice-ci");
  await mkdir(outDir, { recursive: true });
  const output = io.input("output") || join(outDir, "rendered.yaml");
  const resultFile = join(outDir, "rendered.json");
  const run = await runRender(io, {
    manifest,
    namespace: io.input("namespace") || void 0,
    runId: io.input("run-id") || void 0,
    name: io.input("name") || void 0,
    sets: io.multilineInput("set"),
    secretEnv: io.multilineInput("secret-env"),
    ttl: io.input("ttl") || void 0,
    initializingTimeout: io.input("initializing-timeout") || void 0,
    output,
    resultFile
  });
  if (!run.ok) {
    io.fail(`Not rendered:
${run.problems.map(safeInline).join("\n")}`);
    return void 0;
  }
  for (const note of run.notes) io.info(`Note: ${safeInline(note)}`);
  io.setOutput("manifest", output);
  io.setOutput("result-file", resultFile);
  io.setOutput("namespace", run.result.namespace);
  io.setOutput("name", run.result.name);
  io.setOutput("run-id", run.result.runId);
  io.info(`Rendered ${run.result.name} for namespace ${run.result.namespace} (run ${run.result.runId}): ${output}`);
  return run.result;
}

export {
  RENDER_INPUTS,
  renderAction
};
