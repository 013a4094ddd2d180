import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  DEFAULT_NODE_POOL,
  KUBERAY_VERSIONS,
  SIM_CONTEXT,
  SimStartError,
  isKubeRayVersion,
  startSim
} from "./chunk-3OZZAGNQ.js";
import {
  describeFeasibility,
  evaluateAssertions,
  observationDeadline,
  prepareExpectations,
  runAssert,
  undecided,
  verdictText
} from "./chunk-2R3FLLRE.js";
import {
  runLinksFrom,
  runReport
} from "./chunk-EZQ72WCC.js";
import {
  VERDICT
} from "./chunk-2I6TWOEY.js";
import {
  runObserve
} from "./chunk-LZATRZPY.js";
import {
  runDeploy,
  tearDown
} from "./chunk-QXVQQ5FB.js";
import {
  loadKubeConfig
} from "./chunk-RKRSJY3C.js";
import {
  runIdFrom,
  runRender
} from "./chunk-WNYQVBGA.js";
import {
  LINT_REPORT,
  formatText,
  runLint
} from "./chunk-NUJ64NSH.js";
import {
  runLoad
} from "./chunk-KNCQHDO6.js";
import {
  sleepUnlessAborted
} from "./chunk-UIDGSTCG.js";
import {
  API_VERSION,
  writeContract,
  writeText
} from "./chunk-FO2DCR53.js";

// src/pipeline/run.ts
import { mkdir } from "node:fs/promises";
import { join as join2, resolve } from "node:path";

// src/pipeline/cluster.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
async function openCluster(choice, say) {
  if (choice.kind === "kubeconfig")
    return {
      ok: true,
      cluster: {
        kubeconfig: choice.kubeconfig,
        context: choice.context,
        description: choice.context ? `context ${choice.context} of the kubeconfig` : "the kubeconfig's current context",
        close: async () => {
        }
      }
    };
  if (choice.kubeRayVersion !== void 0 && !isKubeRayVersion(choice.kubeRayVersion))
    return {
      ok: false,
      problem: `the sim plays KubeRay ${KUBERAY_VERSIONS.join(", ")}, not "${choice.kubeRayVersion}".`
    };
  const dir = await mkdtemp(join(tmpdir(), "rayservice-ci-sim-"));
  const kubeconfig = join(dir, "kubeconfig");
  const nodePool = {
    ...DEFAULT_NODE_POOL,
    ...choice.gpuNodes === void 0 ? {} : { gpuNodes: choice.gpuNodes },
    ...choice.gpusPerNode === void 0 ? {} : { gpusPerNode: choice.gpusPerNode }
  };
  try {
    const sim = await startSim({
      kubeconfigPath: kubeconfig,
      seed: choice.seed ?? 1,
      profile: choice.profile ?? "fast",
      nodePool,
      ...choice.kubeRayVersion !== void 0 && isKubeRayVersion(choice.kubeRayVersion) ? { kubeRayVersion: choice.kubeRayVersion } : {},
      log: (line) => say(`sim: ${line}`)
    });
    return {
      ok: true,
      cluster: {
        kubeconfig,
        context: SIM_CONTEXT,
        description: `the simulated cluster at ${sim.url} (${nodePool.gpuNodes} GPU nodes \xD7 ${nodePool.gpusPerNode} GPU, ${choice.profile ?? "fast"} profile)`,
        close: async () => {
          await sim.stop();
          await rm(dir, { recursive: true, force: true });
        }
      }
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    if (error instanceof SimStartError)
      return { ok: false, problem: `cannot start the simulated cluster: ${error.message}` };
    throw error;
  }
}

// src/pipeline/types.ts
var OUT_FILES = {
  lint: "lint.json",
  renderedYaml: "rendered.yaml",
  rendered: "rendered.json",
  deployment: "deployment.json",
  diagnosis: "deploy-diagnosis.json",
  timeline: "timeline.json",
  timelineCsv: "timeline.csv",
  load: "results.json",
  verdict: "verdict.json",
  report: "report.md"
};

// src/pipeline/steps.ts
var SIM_SECRET_PLACEHOLDER = "rayservice-ci-sim-placeholder";
function failed(stage, problems, files) {
  return {
    stage,
    message: problems.join(" "),
    ...files?.length ? { files: files.map((f) => OUT_FILES[f]) } : {}
  };
}
async function lintStep({ context, request, artifacts, path }) {
  const run = await runLint(context, {
    inputs: request.lintFiles?.length ? request.lintFiles : [request.manifest],
    configPath: request.lintConfig
  });
  if (!run.ok) return failed("lint", run.problems);
  const problem = await writeContract(path("lint"), LINT_REPORT, run.report);
  if (problem) return failed("lint", [problem]);
  artifacts.files.lint = path("lint");
  const { errors, warnings } = run.report.summary;
  for (const line of formatText(run.report).trimEnd().split("\n")) if (line) context.say(`  ${line}`);
  const max = request.maxWarnings;
  if (errors > 0)
    return failed(
      "lint",
      [
        `lint found ${errors} error${errors === 1 ? "" : "s"}; fix them (the findings are in lint.json and the report).`
      ],
      ["lint"]
    );
  if (max !== void 0 && max >= 0 && warnings > max)
    return failed("lint", [`lint found ${warnings} warnings, more than max-warnings ${max}.`], ["lint"]);
  context.say(`lint: ${errors} errors, ${warnings} warnings`);
  return void 0;
}
async function renderStep({ context, request, artifacts, path }, runId) {
  const run = await runRender(context, {
    manifest: request.manifest,
    namespace: request.namespace,
    runId,
    sets: request.sets,
    secretEnv: request.secretEnv,
    ttl: request.ttl,
    output: path("renderedYaml"),
    resultFile: path("rendered")
  });
  if (!run.ok) return failed("render", run.problems);
  artifacts.rendered = run.result;
  artifacts.files.renderedYaml = path("renderedYaml");
  artifacts.files.rendered = path("rendered");
  for (const note of run.notes) context.say(`render: ${note}`);
  context.say(`render: ${run.result.name} in namespace ${run.result.namespace} (run ${run.result.runId})`);
  return void 0;
}
async function deployStep({ context, request, artifacts, path }, cluster, created) {
  const secretValues = { ...request.secretValues };
  if (request.cluster.kind === "sim") {
    for (const ref of artifacts.rendered?.secrets ?? [])
      if (!(secretValues[ref.env] ?? context.env[ref.env])) {
        secretValues[ref.env] = SIM_SECRET_PLACEHOLDER;
        context.say(`deploy: ${ref.env} is not set; the simulated cluster gets a placeholder (it needs no real one).`);
      }
  }
  const run = await runDeploy(
    {
      cwd: context.cwd,
      env: context.env,
      clock: context.clock,
      signal: context.signal,
      progress: { line: (text) => context.say(`deploy: ${text}`) },
      mask: context.mask,
      record: (resource) => created(resource.name, resource.context, resource.runId)
    },
    {
      manifest: path("renderedYaml"),
      rendered: path("rendered"),
      kubeconfig: cluster.kubeconfig,
      context: cluster.context,
      timeout: request.deployTimeout,
      secretValues,
      out: path("deployment"),
      diagnosis: path("diagnosis")
    }
  );
  if (!run.ok) {
    if (run.diagnosis) artifacts.files.diagnosis = path("diagnosis");
    return failed("deploy", run.problems, run.diagnosis ? ["diagnosis"] : []);
  }
  artifacts.files.deployment = path("deployment");
  for (const note of run.notes) context.say(`deploy: ${note}`);
  return void 0;
}
async function loadAndObserveStep({ context, request, artifacts, path }, cluster, started, afterLoad) {
  const stopObserving = new AbortController();
  const onAbort = () => stopObserving.abort();
  context.signal.addEventListener("abort", onAbort, { once: true });
  const observing = runObserve(
    {
      cwd: context.cwd,
      env: context.env,
      clock: context.clock,
      signal: stopObserving.signal,
      note: (line) => context.say(`observe: ${line}`),
      started,
      until: "through the load and until the scale-down window is decided"
    },
    {
      deployment: path("deployment"),
      out: path("timeline"),
      csv: path("timelineCsv"),
      kubeconfig: cluster.kubeconfig,
      context: cluster.context,
      prometheus: request.prometheus
    }
  );
  try {
    const load = await runLoad(
      {
        cwd: context.cwd,
        env: context.env,
        clock: context.clock,
        signal: context.signal,
        note: (line) => context.say(`load: ${line}`)
      },
      {
        profile: request.profile,
        deployment: path("deployment"),
        out: path("load"),
        holdFor: request.holdFor,
        kubeconfig: cluster.kubeconfig,
        context: cluster.context
      }
    );
    if (!load.ok) return failed("load", load.problems);
    if (load.dryRun) return failed("load", ["the load ran as a dry run."]);
    artifacts.load = load.results;
    artifacts.files.load = path("load");
    const s = load.results.summary;
    context.say(
      `load: ${s.requests} requests, ${s.errors} errors over ${((load.results.end - load.results.start) / 1e3).toFixed(0)} s (${load.results.stop.reason})`
    );
    await afterLoad(load.results);
    return void 0;
  } finally {
    stopObserving.abort();
    context.signal.removeEventListener("abort", onAbort);
    const observed = await observing;
    if (observed.ok && !observed.dryRun) {
      artifacts.files.timeline = path("timeline");
      artifacts.files.timelineCsv = path("timelineCsv");
    } else if (!observed.ok) {
      if (observed.files?.length) {
        artifacts.files.timeline = path("timeline");
        artifacts.files.timelineCsv = path("timelineCsv");
      }
      context.say(`observe: ${observed.problems.join(" ")}`);
    }
  }
}

// src/pipeline/run.ts
var DECIDE_POLL_MS = 2e3;
function localRunId(now) {
  return `local-${now.getTime().toString(36)}`;
}
async function runPipeline(context, request, publish = {}) {
  const outDir = resolve(context.cwd, request.outDir);
  const made = await mkdir(outDir, { recursive: true }).then(
    () => void 0,
    (error) => `Cannot create the out dir ${request.outDir}: ${error.code ?? error.message}.`
  );
  const artifacts = { files: {} };
  const path = (name) => join2(outDir, OUT_FILES[name]);
  if (made)
    return {
      verdict: stoppedVerdict({ stage: "lint", message: made }, context),
      report: "",
      summary: "",
      files: {},
      inputProblems: [made]
    };
  const env = { context, request, artifacts, path };
  const runId = request.runId ?? (context.env["GITHUB_RUN_ID"] ? runIdFrom(context.env) : localRunId(context.now()));
  const options = {
    scaleUpWithin: request.scaleUpWithin,
    scaleDownWithin: request.scaleDownWithin,
    inconclusive: request.inconclusive
  };
  const via = request.via ?? "option";
  const step = (what) => context.say(`\u25B6 ${what}`);
  step(`lint ${request.manifest}`);
  let failure = await lintStep(env);
  if (!failure) {
    step("render it for this run");
    failure = await renderStep(env, runId);
  }
  let expectations;
  if (!failure) {
    step("check the windows against the config");
    const prepared = await prepareExpectations(context.cwd, {
      expect: request.expect,
      manifest: path("renderedYaml"),
      options,
      via
    });
    if (!prepared.ok) failure = { stage: "assert", message: prepared.problems.join(" ") };
    else if (prepared.feasibility.length && !request.force)
      failure = {
        stage: "assert",
        message: `Refused before deploying: ${prepared.feasibility.map(describeFeasibility).join(" ")} (force: deploy anyway).`
      };
    else {
      expectations = prepared.expectations;
      for (const p of prepared.feasibility) context.say(`warning: ${describeFeasibility(p)}`);
    }
  }
  let cluster;
  let created;
  try {
    if (!failure) {
      step(`deploy to ${request.cluster.kind === "sim" ? "the simulated cluster" : "the cluster"}`);
      const opened = await openCluster(request.cluster, context.say);
      if (!opened.ok) failure = { stage: "deploy", message: opened.problem };
      else {
        cluster = opened.cluster;
        context.say(`deploy: to ${cluster.description}`);
        failure = await deployStep(env, cluster, async (namespace, kubeContext, id) => {
          created = { namespace, context: kubeContext, runId: id };
          await context.record?.({ ...created, kubeconfig: cluster?.kubeconfig });
        });
      }
    }
    if (!failure && cluster && expectations) {
      step(`load ${request.profile} while observing`);
      const decided = expectations;
      let live;
      failure = await loadAndObserveStep(
        env,
        cluster,
        (observer) => live = observer,
        async (load) => {
          if (!live) return;
          step("observe until every window is decided");
          await observeUntilDecided(context, live, decided, load);
        }
      );
    }
  } finally {
    if (created && cluster) {
      step(`tear down ${created.namespace}`);
      await teardown(context, cluster, created);
    }
    await cluster?.close();
  }
  let verdict;
  if (!failure) {
    step("assert");
    const asserted = await runAssert(
      {
        cwd: context.cwd,
        env: context.env,
        clock: context.clock,
        now: context.now,
        note: (l) => context.say(`assert: ${l}`)
      },
      {
        timeline: path("timeline"),
        load: path("load"),
        expect: request.expect,
        manifest: path("renderedYaml"),
        options,
        via,
        out: path("verdict"),
        // Refused or allowed before deploying; the verdict reports what happened either way.
        force: true
      }
    );
    if (asserted.ok && !asserted.checkOnly) {
      verdict = asserted.verdict;
      artifacts.files.verdict = asserted.file;
    } else
      failure = { stage: "assert", message: asserted.ok ? "assert ran as a check only." : asserted.problems.join(" ") };
  }
  if (!verdict) {
    verdict = stoppedVerdict(failure, context, artifacts);
    const problem = await writeContract(path("verdict"), VERDICT, verdict);
    if (problem) context.say(problem);
    else artifacts.files.verdict = path("verdict");
  }
  step("report");
  const reported = await runReport(
    { cwd: context.cwd },
    {
      paths: {
        verdict: artifacts.files.verdict,
        timeline: artifacts.files.timeline,
        load: artifacts.files.load,
        lint: artifacts.files.lint,
        rendered: artifacts.files.rendered,
        deployment: artifacts.files.deployment,
        diagnosis: artifacts.files.diagnosis
      },
      out: path("report"),
      summaryFile: publish.summaryFile,
      comment: publish.comment,
      gpuHourPrice: request.gpuHourPrice,
      overrides: request.sets,
      title: request.manifest,
      // One sticky comment per manifest: a matrix of manifests on one PR keeps one comment each.
      key: request.manifest,
      links: runLinksFrom(context.env)
    }
  );
  let report = "";
  let commentUrl;
  if (reported.ok) {
    report = reported.markdown;
    artifacts.files.report = path("report");
    if (reported.comment?.outcome === "skipped") (context.notice ?? context.say)(`report: ${reported.comment.notice}`);
    if (reported.comment && "url" in reported.comment) commentUrl = reported.comment.url;
  } else {
    context.say(`report: ${reported.problems.join(" ")}`);
    if (reported.markdown) {
      report = reported.markdown;
      const problem = await writeText(path("report"), report);
      if (!problem) artifacts.files.report = path("report");
    }
  }
  return {
    verdict,
    report,
    summary: verdictSummary(verdict),
    files: artifacts.files,
    inputProblems: [],
    namespace: artifacts.rendered?.namespace,
    ...commentUrl ? { commentUrl } : {}
  };
}
function verdictSummary(verdict) {
  if (!verdict.failure) return verdictText(verdict);
  return `FAILED at ${verdict.failure.stage}: ${verdict.failure.message}

${verdictText(verdict)}`;
}
function stoppedVerdict(failure, context, artifacts) {
  return {
    apiVersion: API_VERSION,
    kind: "Verdict",
    outcome: "fail",
    exitCode: 1,
    ...artifacts?.load ? { load: { start: Math.round(artifacts.load.start), end: Math.round(artifacts.load.end) } } : {},
    assertions: [],
    failure,
    inputs: {
      ...artifacts?.files.timeline ? { timeline: artifacts.files.timeline } : {},
      ...artifacts?.files.load ? { load: artifacts.files.load } : {},
      ...artifacts?.files.deployment ? { deployment: artifacts.files.deployment } : {}
    },
    decidedAt: context.now().toISOString()
  };
}
async function observeUntilDecided(context, live, expectations, load) {
  let deadline;
  let said = "";
  for (; ; ) {
    const timeline = live.snapshot();
    const results = evaluateAssertions(expectations, timeline, load);
    const open = undecided(results, timeline.end);
    const now = context.clock.now();
    deadline ??= observationDeadline(results, now);
    if (open.length === 0 || now >= deadline || context.signal.aborted) return;
    const line = `waiting for ${open.map((r) => r.id).join(", ")}`;
    if (line !== said) context.say(`observe: ${line} (at most ${Math.ceil((deadline - now) / 1e3)} s more)`);
    said = line;
    await sleepUnlessAborted(context.clock, Math.min(DECIDE_POLL_MS, deadline - now), context.signal);
  }
}
async function teardown(context, cluster, created) {
  const kube = loadKubeConfig({
    kubeconfig: cluster.kubeconfig,
    context: created.context,
    cwd: context.cwd,
    env: context.env
  });
  if (!kube.ok)
    return context.say(
      `teardown: cannot remove ${created.namespace}: ${kube.problem} The janitor removes it after its expiry.`
    );
  const outcome = await tearDown(
    kube.kc,
    created.namespace,
    { runId: created.runId },
    {
      clock: context.clock,
      say: (line) => context.say(`teardown: ${line}`)
    }
  );
  if (!outcome.ok) context.say(`teardown: ${outcome.problem} The janitor removes it after its expiry.`);
}

export {
  runPipeline
};
