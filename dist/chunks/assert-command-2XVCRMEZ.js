import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ZX5C764E.js";
import {
  describeFeasibility,
  runAssert,
  verdictText
} from "./chunk-2R3FLLRE.js";
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

// src/cli/assert-command.ts
import { parseArgs } from "node:util";
var ASSERT_USAGE = `Usage: rayservice-ci assert --timeline timeline.json --load results.json [options]
       rayservice-ci assert --check-only --manifest rendered.yaml [--expect expect.yaml] [options]

Decides whether the service scaled as expected: Serve's RUNNING replicas of the model reach the target within a
window of the load's start, and come back to the floor within a window of its end; with an expectations file also
worker pods, GPUs, flapping, error rate and p95 latency during the hold. Each assertion passes, fails or is
inconclusive (not observed long enough, a gap, no data), which is never a pass. Writes a Verdict (JSON).

Options:
  --timeline FILE           the Timeline observe wrote
  --load FILE               the LoadResults load wrote
  --expect FILE             expectations (kind Expectations; see docs/expectations.md)
  --manifest FILE           the rendered RayService: defaults (max_replicas, min_replicas, delays) and feasibility
  --deployment FILE         the Deployment deploy wrote: keep observing until every assertion is decided
  --out FILE                where to write the Verdict (default: verdict.json)
  --scale-up-within D       window from the load's start, e.g. 5m (default: from the manifest's delays)
  --scale-down-within D     window from the load's end, e.g. 12m (default: from the manifest's delays)
  --scale-up-replicas N     RUNNING replicas to reach (default: max_replicas)
  --scale-down-replicas N   replicas to come back to (default: min_replicas)
  --inconclusive fail|pass  the exit code of an inconclusive verdict (default: fail)
  --check-only              only check the expectations against --manifest; read and write nothing else
  --force                   report expectations the configuration cannot meet instead of refusing them
  --kubeconfig FILE         kubeconfig for --deployment (default: $KUBECONFIG, ~/.kube/config)
  --context NAME            kubeconfig context (default: the one deploy used)

Options win over the expectations file, which wins over the manifest's defaults.

Exit codes: 0 every assertion passed (or --check-only: feasible), 1 one failed or was inconclusive (or --check-only:
an expectation cannot pass), 2 bad usage or unreadable input.`;
async function assertCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      timeline: { type: "string" },
      load: { type: "string" },
      expect: { type: "string" },
      manifest: { type: "string" },
      deployment: { type: "string" },
      out: { type: "string" },
      "scale-up-within": { type: "string" },
      "scale-down-within": { type: "string" },
      "scale-up-replicas": { type: "string" },
      "scale-down-replicas": { type: "string" },
      inconclusive: { type: "string" },
      "check-only": { type: "boolean" },
      force: { type: "boolean" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${ASSERT_USAGE}
`);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`assert takes no positional arguments, got "${safeInline(positionals[0])}".`);
  if (values["check-only"] && !values.manifest)
    throw new UsageError("--check-only needs --manifest, the rendered RayService to check the expectations against.");
  if (!values["check-only"] && (!values.timeline || !values.load))
    throw new UsageError("assert needs --timeline FILE and --load FILE (or --check-only --manifest FILE).");
  const stop = new AbortController();
  void io.shutdownRequested().then((signal) => stop.abort(signal));
  const note = (line) => io.stderr(`rayservice-ci assert: ${safeInline(line)}
`);
  const run = await runAssert(
    { cwd: io.cwd, env: io.env, clock: WALL_CLOCK, now: io.now, signal: stop.signal, note },
    {
      timeline: values.timeline,
      load: values.load,
      expect: values.expect,
      manifest: values.manifest,
      deployment: values.deployment,
      out: values.out,
      options: {
        scaleUpWithin: values["scale-up-within"],
        scaleDownWithin: values["scale-down-within"],
        scaleUpReplicas: values["scale-up-replicas"],
        scaleDownReplicas: values["scale-down-replicas"],
        inconclusive: values.inconclusive
      },
      via: "option",
      checkOnly: values["check-only"],
      force: values.force,
      kubeconfig: values.kubeconfig,
      context: values.context
    }
  );
  if (!run.ok) {
    const heading = run.kind === "infeasible" ? "these expectations cannot pass (--force to run anyway)" : "not asserted";
    io.stderr(`rayservice-ci assert: ${heading}:
${run.problems.map((p) => `  ${safeInline(p)}`).join("\n")}
`);
    return run.kind === "infeasible" ? 1 : 2;
  }
  if (run.checkOnly) {
    for (const p of run.feasibility) note(`forced: ${describeFeasibility(p)}`);
    const e = run.expectations;
    io.stdout(
      `${e.windows.map((w) => `${w.id}: ${w.count.value} within ${w.within.text}`).map(safeInline).join("\n")}
feasible${run.feasibility.length ? " only when forced" : ""} for ${safeInline(e.deployment)}
`
    );
    return 0;
  }
  io.stdout(verdictText(run.verdict));
  note(`wrote ${run.file}`);
  return run.verdict.exitCode;
}
var command = { run: assertCommand, usage: ASSERT_USAGE };
export {
  ASSERT_USAGE,
  assertCommand,
  command
};
