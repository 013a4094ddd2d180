import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  UsageError
} from "./chunk-ZX5C764E.js";
import {
  exitCodeOf,
  progressLine,
  runLoad,
  summaryTable
} from "./chunk-KNCQHDO6.js";
import "./chunk-MHFUAMHF.js";
import {
  WALL_CLOCK
} from "./chunk-UIDGSTCG.js";
import "./chunk-65SL3IB2.js";
import "./chunk-FO2DCR53.js";
import "./chunk-7UO7HX7F.js";
import {
  safeInline,
  safeLines
} from "./chunk-46TLH3BL.js";
import "./chunk-S5ZBFXNU.js";

// src/cli/load-command.ts
import { parseArgs } from "node:util";
var LOAD_USAGE = `Usage: rayservice-ci load <profile.yaml> [options]

Sends the load a profile describes and measures it: a Taurus (bzt) YAML as written for BlazeMeter, or a
rayservice-ci LoadProfile (kind: LoadProfile, with open-loop arrivals). Requests to /v1/chat/completions and
/v1/completions are streamed (stream: true, stream_options.include_usage) unless the body says "stream": false, and
measured as vLLM's benchmark does: TTFT, TPOT, ITL, E2E, output tokens/s. Prints a progress line (every 10 s in CI
logs, live on a terminal) and a summary; writes LoadResults JSON with --out, also when stopped with Ctrl-C.
Profile format and semantics: docs/load-profile.md.

Options:
  --address URL           send to this address instead of each scenario's default-address
  --deployment FILE       reach the endpoint of the Deployment deploy wrote (a port-forward, re-opened if it breaks)
  --out FILE              write the LoadResults JSON here
  --hold-for DURATION     replace every execution's hold-for (an open-loop run's duration), e.g. 30s
  --seed N                seed for the random choices (__RandomFromList, think times, arrivals); default: the
                          profile's, else a random one written to the results
  --max-duration D        hard cap on the run (default 3h), --max-requests N (default 200000),
  --max-requests N        --max-connections N (default 1000): a plan beyond them is refused, a run stops at them
  --max-connections N
  --kubeconfig FILE       with --deployment (default: $KUBECONFIG, ~/.kube/config)
  --context NAME          kubeconfig context (default: the one deploy used)
  --dry-run               print the plan (users over time, the request schedule, criteria) and send nothing

Exit codes: 0 ran and every criterion passed (or there were none), 1 an error: a bad profile, an unreachable
endpoint, a run stopped early (Ctrl-C, a cap) or with no completed request, 2 bad usage, 3 a criterion failed or had
no data to decide on (inconclusive).`;
var PROGRESS_EVERY_MS = 1e4;
function integer(name, text) {
  if (text === void 0) return void 0;
  if (!/^\d+$/.test(text) || Number(text) < (name === "seed" ? 0 : 1))
    throw new UsageError(
      `--${name} takes a whole number${name === "seed" ? "" : " from 1"}, not "${safeInline(text)}".`
    );
  return Number(text);
}
async function loadCommand(args, io) {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      address: { type: "string" },
      deployment: { type: "string" },
      out: { type: "string" },
      "hold-for": { type: "string" },
      seed: { type: "string" },
      "max-duration": { type: "string" },
      "max-requests": { type: "string" },
      "max-connections": { type: "string" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      "dry-run": { type: "boolean" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.stdout(`${LOAD_USAGE}
`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`load takes exactly one profile, got ${positionals.length}.`);
  if (values.address && values.deployment) throw new UsageError("give --address or --deployment, not both.");
  const stop = new AbortController();
  void io.shutdownRequested().then((signal) => {
    io.stderr(
      `rayservice-ci load: ${signal}: no new requests; waiting for those in flight, then writing the results
`
    );
    stop.abort(signal);
  });
  let lastPrinted = -Infinity;
  let live = false;
  const progress = (p) => {
    const line = progressLine(p);
    if (io.isTty) {
      io.stderr(`\r\x1B[2K${safeInline(line)}`);
      live = true;
    } else if (p.elapsedMs - lastPrinted >= PROGRESS_EVERY_MS) {
      lastPrinted = p.elapsedMs;
      io.stderr(`rayservice-ci load: ${safeInline(line)}
`);
    }
  };
  const run = await runLoad(
    {
      cwd: io.cwd,
      env: io.env,
      clock: WALL_CLOCK,
      signal: stop.signal,
      note: (line) => io.stderr(`${live ? "\n" : ""}rayservice-ci load: ${safeInline(line)}
`),
      progress
    },
    {
      profile: positionals[0],
      address: values.address,
      deployment: values.deployment,
      out: values.out,
      holdFor: values["hold-for"],
      seed: integer("seed", values.seed),
      maxDuration: values["max-duration"],
      maxRequests: integer("max-requests", values["max-requests"]),
      maxConnections: integer("max-connections", values["max-connections"]),
      kubeconfig: values.kubeconfig,
      context: values.context,
      dryRun: values["dry-run"]
    }
  );
  if (live) io.stderr("\n");
  if (!run.ok) {
    for (const w of run.warnings) io.stderr(`rayservice-ci load: warning: ${safeInline(w)}
`);
    io.stderr(`rayservice-ci load: not run:
${run.problems.map((p) => `  ${safeInline(p)}`).join("\n")}
`);
    return 1;
  }
  if (run.dryRun) {
    io.stdout(`${JSON.stringify(run.plan, null, 2)}
`);
    return 0;
  }
  io.stdout(safeLines(summaryTable(run.results)));
  if (run.file) io.stderr(`rayservice-ci load: wrote ${run.file}
`);
  const code = exitCodeOf(run.results);
  if (code === 1)
    io.stderr(
      `rayservice-ci load: ${run.results.stop.reason !== "completed" ? `stopped early (${run.results.stop.reason})` : "no request completed"}
`
    );
  if (code === 3) io.stderr(`rayservice-ci load: criteria ${run.results.outcome}
`);
  return code;
}
var command = { run: loadCommand, usage: LOAD_USAGE };
export {
  LOAD_USAGE,
  command,
  loadCommand
};
