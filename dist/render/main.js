import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  runRender
} from "../chunks/chunk-WNYQVBGA.js";
import "../chunks/chunk-NUJ64NSH.js";
import "../chunks/chunk-2Z6IFJBU.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-KILP7Y4M.js";
import "../chunks/chunk-SMOGKHW4.js";
import "../chunks/chunk-FO2DCR53.js";
import "../chunks/chunk-7UO7HX7F.js";
import {
  safeInline
} from "../chunks/chunk-46TLH3BL.js";
import "../chunks/chunk-S5ZBFXNU.js";

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

// src/actions/render/main.ts
runAction(async () => void await renderAction(actionsIo(RENDER_INPUTS)));
