#!/usr/bin/env node
import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  TOOL
} from "./chunks/chunk-YKH5W3MC.js";
import {
  InputError,
  UsageError
} from "./chunks/chunk-ZZ5GZGYZ.js";
import "./chunks/chunk-S5ZBFXNU.js";

// src/cli/main.ts
import { enableCompileCache } from "node:module";
var COMMANDS = {
  lint: async () => {
    const m = await import("./chunks/lint-command-Z6X26W7A.js");
    return { run: m.lintCommand, usage: m.LINT_USAGE };
  },
  render: async () => {
    const m = await import("./chunks/render-command-4XXVXPAF.js");
    return { run: m.renderCommand, usage: m.RENDER_USAGE };
  },
  sim: async () => {
    const m = await import("./chunks/sim-command-7KS4S4RM.js");
    return { run: m.simCommand, usage: m.SIM_USAGE };
  }
};
var USAGE = `Usage: rayservice-ci <command> [options]

Commands:
  lint     check RayService manifests and the Serve config inside them
  render   prepare a manifest for one test run (namespace, labels, overrides)
  sim      run the simulated GPU cluster (Kubernetes API, KubeRay, Ray Serve) on 127.0.0.1

Run "rayservice-ci <command> --help" for a command's options.`;
async function main(argv, io2) {
  const [name, ...args] = argv;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout(`${USAGE}
`);
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    io2.stdout(`${TOOL.version}
`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io2.stderr(`rayservice-ci: unknown command "${name}".

${USAGE}
`);
    return 2;
  }
  const command = await load();
  try {
    return await command.run(args, io2);
  } catch (error) {
    if (error instanceof UsageError || error.code?.startsWith("ERR_PARSE_ARGS")) {
      io2.stderr(`rayservice-ci ${name}: ${error.message}

${command.usage}
`);
      return 2;
    }
    if (error instanceof InputError) {
      io2.stderr(`rayservice-ci ${name}: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}
process.noDeprecation = true;
try {
  enableCompileCache();
} catch {
}
var io = {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTty: Boolean(process.stdout.isTTY),
  now: () => /* @__PURE__ */ new Date(),
  shutdownRequested: () => new Promise((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => resolve(signal));
  })
};
main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`rayservice-ci: internal error (please report it): ${error?.stack ?? String(error)}
`);
    process.exitCode = 70;
  }
);
export {
  main
};
