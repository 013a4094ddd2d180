// The conformance tier (`npm run test:conformance`): the same Serve config and load on real Ray (fake GPU nodes,
// test/conformance/harness.py) and on the sim, the two Timelines compared, a table printed and written to
// out/conformance/. Sets up its own venv (.rayservice-ci/conformance-venv) with pinned versions first.
//   --ray-version 2.47.1   --scenario step (repeatable; default all)   --out out/conformance   --poll 500ms
//   --optional: when the setup cannot install Ray, print one line and exit 0 (the tier is skipped, not failed)
//   --setup-only
// Exit: 0 every figure within its tolerance (or skipped), 1 some beyond, 2 the setup or a run failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { effectiveDeployment, parseRayVersion, serveDeployments } from '../src/ray/index.ts';
import { parseDuration } from '../src/time/duration.ts';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { compareSides, markdownTable, summarize, tolerances, type Row } from '../test/conformance/compare.ts';
import { startRealRay } from '../test/conformance/real-ray.ts';
import { measuredNodeStartS, runSide, type SideRun } from '../test/conformance/run-side.ts';
import { EXAMPLE_PATH, exampleDeploymentConfig, SCENARIOS, type Scenario } from '../test/conformance/scenarios.ts';
import { startSimSide } from '../test/conformance/sim-side.ts';

const { values } = parseArgs({
  options: {
    'ray-version': { type: 'string', default: '2.47.1' },
    scenario: { type: 'string', multiple: true },
    out: { type: 'string', default: 'out/conformance' },
    poll: { type: 'string', default: '500ms' },
    python: { type: 'string' },
    optional: { type: 'boolean', default: false },
    'setup-only': { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
const rayVersion = values['ray-version']!;
const venv = join(root, '.rayservice-ci', 'conformance-venv');
const venvPython = join(venv, 'bin', 'python');
const log = (line: string) => process.stderr.write(`${line}\n`);
const pollMs = parseDuration(values.poll!);
if (typeof pollMs === 'string') {
  log(`--poll: ${pollMs}`);
  process.exit(2);
}
if (!/^\d+\.\d+\.\d+$/.test(rayVersion)) {
  log(`--ray-version takes a release like 2.47.1, not ${JSON.stringify(rayVersion)}`);
  process.exit(2);
}

/** The venv with ray[serve]==version, installed (pinned by test/conformance/constraints-<version>.txt) when missing. */
function setup(): string | undefined {
  const began = Date.now();
  const installed = () =>
    existsSync(venvPython) &&
    spawnSync(venvPython, ['-c', 'import ray, ray.serve; print(ray.__version__)'], {
      encoding: 'utf8',
    }).stdout?.trim() === rayVersion;
  if (installed()) return undefined;
  const python = values.python ?? ['python3.11', 'python3'].find((p) => spawnSync(p, ['--version']).status === 0);
  if (!python) return 'no python3.11 or python3 on PATH';
  if (!existsSync(venvPython)) {
    const made = spawnSync(python, ['-m', 'venv', venv], { stdio: 'inherit' });
    if (made.status !== 0) return `${python} -m venv failed`;
  }
  const constraints = join(root, 'test', 'conformance', `constraints-${rayVersion}.txt`);
  const pip = spawnSync(
    venvPython,
    [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      `ray[serve]==${rayVersion}`,
      ...(existsSync(constraints) ? ['-c', constraints] : []),
    ],
    { stdio: 'inherit', timeout: 20 * 60_000 },
  );
  if (pip.status !== 0) return `pip install ray[serve]==${rayVersion} failed (exit ${pip.status ?? pip.signal})`;
  if (!installed()) return `ray ${rayVersion} does not import after installing it`;
  log(`conformance: set up ray[serve]==${rayVersion} in ${((Date.now() - began) / 1000).toFixed(0)} s`);
  return undefined;
}

// A signal (Ctrl-C, the CI's timeout) ends the run through process.exit, so the harness's exit handlers take Ray down.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));

const setupBegan = Date.now();
const problem = setup();
if (problem) {
  log(`conformance: skipped, ${problem}`);
  process.exit(values.optional ? 0 : 2);
}
const setupS = (Date.now() - setupBegan) / 1000;
if (values['setup-only']) process.exit(0);

// What build_openai_app gives the model deployment on 2.47 beyond the user's deployment_config: src/ray's reading
// of it (max_ongoing_requests), one GPU per replica (tensor_parallel_size 1), one CPU as the GPU pod's.
const rayService = parse(readFileSync(EXAMPLE_PATH, 'utf8')) as { spec: { serveConfigV2: string } };
const model = serveDeployments(
  parse(rayService.spec.serveConfigV2) as Record<string, unknown>,
  parseRayVersion(rayVersion),
)[0]!;
const effective = effectiveDeployment(model, parseRayVersion(rayVersion));
const modelId = model.llm!.modelId;
const deployment = model.name;
// Scenarios override delays, never the target: the example's (or Ray's default) holds on both sides.
if (!effective.autoscaling) throw new Error(`${EXAMPLE_PATH}: the model deployment does not autoscale`);
const targetOngoingRequests = effective.autoscaling.targetOngoingRequests;
const APP = 'llama32-3b-autoscale';
const NODE_TYPE = 'gpu';
const REPLICA_STARTUP_S = 2;
const AUTOSCALER_UPDATE_INTERVAL_S = 5;

const chosen = values.scenario?.length ? SCENARIOS.filter((s) => values.scenario!.includes(s.name)) : SCENARIOS;
if (values.scenario?.length && chosen.length !== values.scenario.length) {
  log(`--scenario takes ${SCENARIOS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const out = resolve(root, values.out!);
mkdirSync(out, { recursive: true });
const workDir = mkdtempSync(join(tmpdir(), 'rsci-conformance-'));
let nodeStartS: number | undefined;
const sections: string[] = [];
let beyond = 0;
let failed = 0;

async function runScenario(scenario: Scenario): Promise<{ rows: Row[]; real: SideRun; sim: SideRun; setupS: number }> {
  const options = {
    ...exampleDeploymentConfig(scenario),
    max_ongoing_requests: effective.maxOngoingRequests ?? 5,
    ray_actor_options: { num_gpus: model.gpusPerReplica ?? 1, num_cpus: 1 },
  };
  const side = { workDir, modelId, deployment, nodeType: NODE_TYPE, pollMs: pollMs as number, log };
  const began = Date.now();
  const ray = await startRealRay(scenario, {
    python: venvPython,
    rayVersion,
    workDir,
    modelId,
    deploymentName: deployment,
    appName: APP,
    deploymentOptions: options,
    replicaStartupS: REPLICA_STARTUP_S,
    autoscalerUpdateIntervalS: AUTOSCALER_UPDATE_INTERVAL_S,
    setupTimeoutMs: 240_000,
    log,
  });
  let real: SideRun;
  try {
    real = await runSide(scenario, { ...side, side: 'real', dashboard: ray.dashboard, serve: ray.serve });
  } finally {
    await ray.stop();
  }
  const rayWall = (Date.now() - began) / 1000;
  nodeStartS ??= measuredNodeStartS(real.timeline, NODE_TYPE, deployment, REPLICA_STARTUP_S);
  const timing = { nodeStartS: nodeStartS ?? 8, replicaStartupS: REPLICA_STARTUP_S };
  const sim = await startSimSide(scenario, timing, log);
  let simRun: SideRun;
  try {
    simRun = await runSide(scenario, { ...side, side: 'sim', dashboard: sim.dashboard, serve: sim.serve });
  } finally {
    await sim.stop();
  }
  const summary = (run: SideRun) =>
    summarize(run.timeline, {
      loadStart: run.loadStart,
      loadEnd: run.loadEnd,
      holdEnd: run.holdEnd,
      loadSamples: run.loadSamples,
      targetOngoingRequests,
      deployment,
      nodeType: NODE_TYPE,
    });
  const tol = tolerances(scenario, {
    pollS: (pollMs as number) / 1000,
    autoscalerUpdateIntervalS: AUTOSCALER_UPDATE_INTERVAL_S,
    nodeStartS: timing.nodeStartS,
  });
  const untilS = scenario.load.holdS + scenario.cooldownS;
  log(
    `conformance: ${scenario.name}: real Ray ${rayWall.toFixed(0)} s (setup ${ray.setupS} s), sim ${simRun.wallS.toFixed(0)} s`,
  );
  return { rows: compareSides(summary(real), summary(simRun), tol, untilS), real, sim: simRun, setupS: ray.setupS };
}

for (const scenario of chosen) {
  try {
    const result = await runScenario(scenario);
    const bad = result.rows.filter((r) => !r.ok).length;
    beyond += bad;
    const section = [
      `### ${scenario.name}: ${scenario.expect}`,
      '',
      `${scenario.load.users} users × ${scenario.load.holdS} s (max_tokens ${scenario.load.maxTokens}); upscale ${scenario.autoscaling.upscale_delay_s} s, downscale ${scenario.autoscaling.downscale_delay_s} s, look-back ${scenario.autoscaling.look_back_period_s} s, metrics ${scenario.autoscaling.metrics_interval_s} s; GPU workers ${scenario.workers.min}–${scenario.workers.max}, idle timeout ${scenario.idleTimeoutS} s. Times from the load's start; scale-downs from when the load fell to their level. Real: ${result.real.requests} requests, ${result.real.errors} errors, ${result.real.wallS.toFixed(0)} s (Ray setup ${result.setupS} s); sim: ${result.sim.requests} requests, ${result.sim.errors} errors, ${result.sim.wallS.toFixed(0)} s.`,
      '',
      markdownTable(result.rows),
      '',
    ].join('\n');
    sections.push(section);
    process.stdout.write(`${section}\n`);
  } catch (error) {
    failed++;
    const line = `### ${scenario.name}: did not run: ${(error as Error).message}`;
    sections.push(line);
    process.stdout.write(`${line}\n`);
  }
}

const header = `# Conformance: Ray ${rayVersion} (fake GPU nodes) vs the sim\n\nSetup ${setupS.toFixed(0)} s; a fake GPU node starts in ${nodeStartS?.toFixed(1) ?? '?'} s on this machine (given to the sim). Poll every ${pollMs} ms.\n\n`;
writeFileSync(join(out, 'report.md'), header + sections.join('\n'));
log(`conformance: report in ${join(out, 'report.md')}; timelines in ${workDir}`);
process.exit(failed ? 2 : beyond ? 1 : 0);
