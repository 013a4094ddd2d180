import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ZX5C764E.js";
import {
  runRender
} from "./chunk-WNYQVBGA.js";
import "./chunk-NUJ64NSH.js";
import "./chunk-2Z6IFJBU.js";
import "./chunk-65SL3IB2.js";
import "./chunk-FO2DCR53.js";
import "./chunk-7UO7HX7F.js";
import {
  safeInline
} from "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";

// src/cli/render-command.ts
import { parseArgs } from "node:util";
var RENDER_USAGE = `Usage: rayservice-ci render <manifest> [options]

Prepares a RayService manifest for one test run and prints it (or writes it with -o).

Options:
  --namespace NS          namespace to deploy into (default: rayservice-ci-<run id>)
  --run-id ID             run id for labels (default: GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT, or "local")
  --name NAME             rename the RayService (at most 47 characters)
  --set PATH=VALUE        override a value; repeatable. PATH uses dots, [N] and [key=value], and continues
                          inside spec.serveConfigV2, e.g.
                          spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.max_replicas=2
  --secret-env NAME=SECRET/KEY
                          move env var NAME out of the manifest into a secretKeyRef; repeatable
  --ttl DURATION          how long the janitor lets the run live (default: 6h)
  --initializing-timeout DURATION
                          add KubeRay's ray.io/initializing-timeout annotation (KubeRay 1.5+)
  -o, --output FILE       write the rendered manifest to FILE
  --result FILE           write the RenderedManifest JSON (namespace, name, labels, secrets) to FILE

Exit codes: 0 rendered, 1 the result does not lint or a path does not resolve, 2 bad usage or unreadable input.`;
async function renderCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      namespace: { type: "string" },
      "run-id": { type: "string" },
      name: { type: "string" },
      set: { type: "string", multiple: true },
      "secret-env": { type: "string", multiple: true },
      ttl: { type: "string" },
      "initializing-timeout": { type: "string" },
      output: { type: "string", short: "o" },
      result: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${RENDER_USAGE}
`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`render takes exactly one manifest, got ${positionals.length}.`);
  const run = await runRender(io, {
    manifest: positionals[0],
    namespace: values.namespace,
    runId: values["run-id"],
    name: values.name,
    sets: values.set ?? [],
    secretEnv: values["secret-env"] ?? [],
    ttl: values.ttl,
    initializingTimeout: values["initializing-timeout"],
    output: values.output,
    resultFile: values.result
  });
  if (!run.ok) {
    io.stderr(`rayservice-ci render: not rendered:
${run.problems.map((p) => `  ${safeInline(p)}`).join("\n")}
`);
    return run.kind === "input" ? 2 : 1;
  }
  for (const note of run.notes) io.stderr(`rayservice-ci render: note: ${safeInline(note)}
`);
  if (values.output === void 0) io.stdout(run.text);
  else
    io.stderr(
      `Rendered ${run.result.name} for namespace ${run.result.namespace} (run ${run.result.runId}) \u2192 ${values.output}
`
    );
  return 0;
}
var command = { run: renderCommand, usage: RENDER_USAGE };
export {
  RENDER_USAGE,
  command,
  renderCommand
};
