import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  lintAction
} from "../chunks/chunk-QNS3WYAP.js";
import "../chunks/chunk-BNTYONMV.js";
import {
  renderAction
} from "../chunks/chunk-NLYH3X2O.js";
import "../chunks/chunk-VKUFO5JZ.js";
import "../chunks/chunk-65SL3IB2.js";
import {
  actionsIo,
  runAction
} from "../chunks/chunk-RZGWILNY.js";
import "../chunks/chunk-E73UPWAZ.js";
import "../chunks/chunk-VFIRZ5NL.js";
import "../chunks/chunk-S5ZBFXNU.js";

// src/actions/pipeline/adapter.ts
var PIPELINE_INPUTS = [
  "manifest",
  "lint-files",
  "config",
  "max-warnings",
  "namespace",
  "run-id",
  "set",
  "secret-env",
  "ttl"
];
function stageIo(io, names) {
  const pick = (name) => names[name];
  return {
    ...io,
    input: (name) => pick(name) ? io.input(pick(name)) : "",
    multilineInput: (name) => pick(name) ? io.multilineInput(pick(name)) : []
  };
}
async function pipelineAction(io) {
  const lintFiles = io.multilineInput("lint-files");
  const lint = await lintAction(
    stageIo(
      {
        ...io,
        multilineInput: (name) => name === "lint-files" && lintFiles.length === 0 ? [io.input("manifest")] : io.multilineInput(name)
      },
      { files: "lint-files", config: "config", "max-warnings": "max-warnings" }
    )
  );
  if (lint.failed) return;
  await renderAction(
    stageIo(io, {
      manifest: "manifest",
      namespace: "namespace",
      "run-id": "run-id",
      set: "set",
      "secret-env": "secret-env",
      ttl: "ttl"
    })
  );
}

// src/actions/pipeline/main.ts
runAction(() => pipelineAction(actionsIo(PIPELINE_INPUTS)));
