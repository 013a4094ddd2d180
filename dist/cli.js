#!/usr/bin/env node

// src/cli/checksum.ts
var WASM = "AGFzbQEAAAABBwFgAn9/AX4CDQEBbQZtZW1vcnkCAAEDAgEABwcBA3N1bQAACj4BPAIBfwJ+IAAgAWohAgJAA0AgACACTw0BIAMgACkDAHwhAyAEIAN8IQQgAEEIaiEADAALCyADIARCIImFCw==";
var wasm = globalThis.WebAssembly;
var compiled;
function checksumRegion(size) {
  compiled ??= new wasm.Module(Buffer.from(WASM, "base64"));
  const memory = new wasm.Memory({ initial: Math.ceil((size + 8) / 65536) });
  const { sum } = new wasm.Instance(compiled, { m: { memory } }).exports;
  return {
    bytes: new Uint8Array(memory.buffer, 0, size),
    sum: (offset, length) => sum(offset, Math.ceil(length / 8) * 8)
  };
}

// src/cli/cached-load.ts
var { closeSync, constants, fstatSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeFileSync } = process.getBuiltinModule("node:fs");
var { basename, dirname, join } = process.getBuiltinModule("node:path");
var { Script } = process.getBuiltinModule("node:vm");
var MAGIC = "RSCIV8C";
var HEADER = 16;
function cacheFileFor(bundle, cacheDir) {
  return join(cacheDir, `rayservice-ci-${basename(bundle, ".cjs")}-${process.version}-${process.arch}.v8cache`);
}
function readCache(file) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return "missing";
  }
  try {
    const stat = fstatSync(fd);
    if (process.getuid && (stat.uid !== process.getuid() || (stat.mode & 18) !== 0)) return "unusable";
    if (stat.size <= HEADER) return "unusable";
    const region = checksumRegion(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, region.bytes, read, stat.size - read, read);
      if (n === 0) return "unusable";
      read += n;
    }
    const bytes = Buffer.from(region.bytes.buffer, 0, stat.size);
    const magic = bytes.toString("latin1", 0, 8);
    const intact = magic.startsWith(MAGIC) && bytes.readBigInt64LE(8) === region.sum(HEADER, stat.size - HEADER);
    return intact ? { data: bytes.subarray(HEADER), complete: magic.endsWith("C") } : "unusable";
  } catch {
    return "unusable";
  } finally {
    closeSync(fd);
  }
}
function writeCache(file, data, complete) {
  const region = checksumRegion(HEADER + data.length);
  const bytes = Buffer.from(region.bytes.buffer, 0, HEADER + data.length);
  bytes.write(`${MAGIC}${complete ? "C" : "P"}`, 0, "latin1");
  bytes.set(data, HEADER);
  bytes.writeBigInt64LE(region.sum(HEADER, data.length), 8);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes, { mode: 384, flag: "wx" });
    renameSync(temporary, file);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
    }
  }
}
function loadBundle(bundle, cacheDir) {
  const source = readFileSync(bundle, "latin1");
  const cacheFile = cacheDir === void 0 ? void 0 : cacheFileFor(bundle, cacheDir);
  const read = cacheFile === void 0 ? "missing" : readCache(cacheFile);
  const cachedData = typeof read === "string" ? void 0 : read.data;
  const script = new Script(source, { filename: bundle, ...cachedData ? { cachedData } : {} });
  let cache;
  if (cacheFile === void 0) cache = "off";
  else if (read === "missing") cache = "missing";
  else if (read === "unusable" || script.cachedDataRejected) cache = "rejected";
  else cache = read.complete ? "used" : "partial";
  const module = { exports: {} };
  const require2 = (id) => {
    const builtin = process.getBuiltinModule(id);
    if (builtin !== void 0) return builtin;
    if (id.startsWith("./")) return process.getBuiltinModule("node:module").createRequire(bundle)(id);
    throw new Error(`${bundle} requires "${id}", which is neither built into Node.js nor beside it`);
  };
  const wrapper = script.runInThisContext();
  wrapper(module.exports, require2, module, bundle, dirname(bundle));
  return {
    exports: module.exports,
    cache,
    save(complete) {
      if (cacheFile === void 0 || cache === "used" || cache === "partial" && !complete) return;
      try {
        writeCache(cacheFile, script.createCachedData(), complete);
      } catch {
      }
    }
  };
}

// src/stages.ts
var STAGES = [
  {
    name: "lint",
    summary: "check RayService manifests and the Serve config inside them",
    action: { main: "src/actions/lint/main.ts" }
  },
  {
    name: "render",
    summary: "prepare a manifest for one test run (namespace, labels, overrides)",
    action: { main: "src/actions/render/main.ts" }
  },
  {
    name: "deploy",
    summary: "deploy a rendered manifest to an ephemeral namespace and wait until it serves",
    action: { main: "src/actions/deploy/main.ts", post: "src/actions/deploy/post.ts" }
  },
  {
    name: "load",
    summary: "run a chat load profile (Taurus-compatible) against the OpenAI endpoint",
    action: { main: "src/actions/load/main.ts" }
  },
  { name: "observe", summary: "record Serve replicas, Ray worker pods, GPUs and events as a timeline" },
  {
    name: "assert",
    summary: "decide whether Serve scaled up and back down inside the windows (pass, fail, inconclusive)",
    action: { main: "src/actions/assert/main.ts" }
  },
  {
    name: "report",
    summary: "write the run as Markdown with charts: a file, the job summary, one sticky PR comment",
    action: { main: "src/actions/report/main.ts" }
  },
  {
    name: "teardown",
    summary: "delete a test run's RayService and namespace",
    action: { main: "src/actions/teardown/main.ts" }
  },
  { name: "janitor", summary: "delete test namespaces whose expiry has passed" },
  {
    name: "run",
    summary: "the whole pipeline, lint to report, on the simulated cluster or yours (teardown always)"
  },
  { name: "sim", summary: "run the simulated GPU cluster (Kubernetes API, KubeRay, Ray Serve) on 127.0.0.1" }
];
function usage() {
  const width = Math.max(...STAGES.map((s) => s.name.length)) + 2;
  return [
    "Usage: rayservice-ci <command> [options]",
    "",
    "Commands:",
    ...STAGES.map((s) => `  ${s.name.padEnd(width)} ${s.summary}`),
    "",
    `Run "rayservice-ci <command> --help" for a command's options.`
  ].join("\n");
}

// src/cli/dispatch.ts
var { constants: constants2, enableCompileCache } = process.getBuiltinModule("node:module");
var { join: join2 } = process.getBuiltinModule("node:path");
var LINT_BUNDLE = true ? "chunks/lint-command-R6UKVPAE.cjs" : void 0;
function useCompileCache() {
  try {
    const { status, directory } = enableCompileCache();
    const { ENABLED, ALREADY_ENABLED } = constants2.compileCacheStatus;
    return status === ENABLED || status === ALREADY_ENABLED ? directory : void 0;
  } catch {
    return void 0;
  }
}
function commandModule(load) {
  return {
    load: async () => {
      useCompileCache();
      const [m, io2] = await Promise.all([load(), import("./chunks/io-RVXCO5VH.js")]);
      return { ...m.command, UsageError: io2.UsageError, InputError: io2.InputError };
    },
    oneShot: false
  };
}
var COMMANDS = {
  lint: {
    load: async () => {
      if (LINT_BUNDLE === void 0) {
        const m2 = await import("./chunks/lint-command-DXFPW4OR.js");
        return { run: m2.lintCommand, usage: m2.LINT_USAGE, UsageError: m2.UsageError, InputError: m2.InputError };
      }
      const bundle = loadBundle(
        join2(import.meta.dirname, LINT_BUNDLE),
        useCompileCache()
      );
      const m = bundle.exports;
      return {
        run: m.lintCommand,
        usage: m.LINT_USAGE,
        UsageError: m.UsageError,
        InputError: m.InputError,
        finished: () => bundle.save(m.lintReported())
      };
    },
    oneShot: true
  },
  render: commandModule(() => import("./chunks/render-command-H5SPHTRP.js")),
  sim: commandModule(() => import("./chunks/sim-command-PHRB5V7O.js")),
  deploy: commandModule(() => import("./chunks/deploy-command-GSWVRKWG.js")),
  load: commandModule(() => import("./chunks/load-command-P4J5X3LT.js")),
  observe: commandModule(() => import("./chunks/observe-command-DFVJXYIV.js")),
  teardown: commandModule(() => import("./chunks/teardown-command-MKN3DSFF.js")),
  janitor: commandModule(() => import("./chunks/janitor-command-VBGO5ZAZ.js")),
  assert: commandModule(() => import("./chunks/assert-command-2XVCRMEZ.js")),
  report: commandModule(() => import("./chunks/report-command-LHS5BB5U.js")),
  run: commandModule(() => import("./chunks/run-command-762L6FOM.js"))
};
function isOneShot(name) {
  return name !== void 0 && COMMANDS[name]?.oneShot === true;
}
var COMMAND_NAMES = Object.keys(COMMANDS);
async function runCommand(argv2, io2) {
  const USAGE = usage();
  const [name, ...args] = argv2;
  if (name === void 0 || name === "--help" || name === "-h" || name === "help") {
    io2.stdout(`${USAGE}
`);
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version" || name === "-v") {
    const { TOOL } = await import("./chunks/tool-ILJP2O3V.js");
    io2.stdout(`${TOOL.version}
`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io2.stderr(`rayservice-ci: unknown command "${name}".

${USAGE}
`);
    return 2;
  }
  const command = await entry.load();
  try {
    return await command.run(args, io2);
  } catch (error) {
    if (error instanceof command.UsageError || error.code?.startsWith("ERR_PARSE_ARGS")) {
      io2.stderr(`rayservice-ci ${name}: ${error.message}

${command.usage}
`);
      return 2;
    }
    if (error instanceof command.InputError) {
      io2.stderr(`rayservice-ci ${name}: ${error.message}
`);
      return 2;
    }
    throw error;
  } finally {
    command.finished?.();
  }
}

// src/cli/main.ts
var { fstatSync: fstatSync2, statSync, writeSync } = process.getBuiltinModule("node:fs");
function writeAll(fd, text) {
  let rest = Buffer.from(text);
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      const code = error.code;
      if (code === "EAGAIN") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      else if (code === "EPIPE") return;
      else throw error;
    }
  }
}
function stdoutIsTty() {
  try {
    const stdout = fstatSync2(1);
    if (!stdout.isCharacterDevice()) return false;
    const devNull = statSync("/dev/null");
    if (stdout.rdev === devNull.rdev) return false;
  } catch {
  }
  return process.getBuiltinModule("node:tty").isatty(1);
}
process.noDeprecation = true;
var io = {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => writeAll(1, text),
  stderr: (text) => writeAll(2, text),
  isTty: stdoutIsTty(),
  now: () => /* @__PURE__ */ new Date(),
  shutdownRequested: () => new Promise((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => resolve(signal));
  })
};
var argv = process.argv.slice(2);
runCommand(argv, io).then(
  (code) => {
    process.exitCode = code;
    if (isOneShot(argv[0])) process.exit(code);
    setTimeout(() => process.exit(code), 2e3).unref();
  },
  (error) => {
    writeAll(2, `rayservice-ci: internal error (please report it): ${error?.stack ?? String(error)}
`);
    process.exitCode = 70;
  }
);
