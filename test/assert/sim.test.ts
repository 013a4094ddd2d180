// End to end on the simulated cluster, on its ManualClock: the example (with a 20 s downscale delay set through
// render) deployed and scaled up under load while observe records; the Timeline and LoadResults files end with the
// load, so on their own the scale-down is inconclusive; with --deployment, assert watches the namespace over HTTP
// until it sees the replicas come back, and the verdict passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAssert, type AssertRun } from '../../src/assert/index.ts';
import { API_VERSION } from '../../src/contracts/index.ts';
import type { Deployment } from '../../src/deploy/index.ts';
import { ManualClock } from '../../src/sim/index.ts';
import { deployExample, runUntil, serviceUrl, simSession } from '../helpers/sim.ts';
import { LLM_DEPLOYMENT, SERVICE, dashboardUrl, observeScaleUp } from '../observe/scenario.ts';
import { loadResults } from './build.ts';

const NS = 'assert-1';
const AUTOSCALING = 'spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config';

test('a scale-up seen in the files, a scale-down seen by assert itself with --deployment: the verdict passes', async () => {
  const session = await simSession({ clock: new ManualClock() });
  let loadDone: Promise<void> | undefined;
  try {
    await deployExample(session, NS, [`${AUTOSCALING}.downscale_delay_s=20`]);
    await runUntil(
      session.sim,
      'serving /v1/models',
      async () => {
        const response = await fetch(serviceUrl(session, NS, `${SERVICE}-serve-svc`, 8000, '/v1/models'));
        await response.arrayBuffer();
        return response.ok || undefined;
      },
      { maxSimSeconds: 300, checkEveryMs: 1000 },
    );
    const scaled = await observeScaleUp(session, NS);
    loadDone = scaled.loadDone;
    const dir = mkdtempSync(join(tmpdir(), 'rsci-assert-sim-'));
    const files = {
      timeline: join(dir, 'timeline.json'),
      load: join(dir, 'results.json'),
      expect: join(dir, 'expect.yaml'),
      deployment: join(dir, 'deployment.json'),
    };
    writeFileSync(files.timeline, JSON.stringify(scaled.timeline));
    // The load was told to stop when the observation ended.
    writeFileSync(
      files.load,
      JSON.stringify(loadResults({ start: scaled.loadStart, end: scaled.timeline.end, samples: [] })),
    );
    writeFileSync(
      files.expect,
      [
        `apiVersion: ${API_VERSION}`,
        'kind: Expectations',
        `app: ${SERVICE}`,
        `deployment: ${LLM_DEPLOYMENT}`,
        'scale-up: { replicas: 3, within: 10m }',
        'scale-down: { replicas: 1, within: 4m }',
      ].join('\n'),
    );
    const deployment: Deployment = {
      apiVersion: API_VERSION,
      kind: 'Deployment',
      namespace: NS,
      rayService: SERVICE,
      rayCluster: 'unused',
      serveService: `${SERVICE}-serve-svc`,
      endpoint: { kind: 'url', url: serviceUrl(session, NS, `${SERVICE}-serve-svc`, 8000, '') },
      dashboard: { kind: 'url', url: await dashboardUrl(session, NS)() },
      kubeRayVersion: '1.7',
      runId: NS,
      timings: { startedAt: new Date(0).toISOString(), preflightMs: 0, applyMs: 0 },
    };
    writeFileSync(files.deployment, JSON.stringify(deployment));
    const context = (notes: string[]) => ({
      cwd: dir,
      env: {},
      clock: session.sim.clock,
      now: () => new Date(session.sim.clock.now()),
      note: (line: string) => void notes.push(line),
      openReach: async () => ({
        url: deployment.dashboard.kind === 'url' ? deployment.dashboard.url : '',
        pod: () => undefined,
        close: async () => {},
      }),
    });

    // The files alone: the scale-up passes, the scale-down cannot be decided yet.
    const alone = await runAssert(context([]), { ...files, deployment: undefined, out: join(dir, 'v1.json') });
    assert.ok(alone.ok && !alone.checkOnly, JSON.stringify(alone));
    assert.deepEqual(
      alone.verdict.assertions.map((a) => [a.id, a.outcome]),
      [
        ['scale-up', 'pass'],
        ['scale-down', 'inconclusive'],
      ],
    );

    // With --deployment, assert observes on (the sim's clock driven here) until the replicas are back to 1.
    const notes: string[] = [];
    let finished: AssertRun | undefined;
    const watching = runAssert(context(notes), {
      ...files,
      kubeconfig: session.kubeconfig,
      out: join(dir, 'v2.json'),
    }).then((r) => (finished = r));
    await runUntil(session.sim, 'assert to decide', () => finished, { maxSimSeconds: 300, checkEveryMs: 1000 });
    await watching;
    assert.ok(finished?.ok && !finished.checkOnly, JSON.stringify(finished));
    const down = finished.verdict.assertions[1]!;
    assert.equal(down.outcome, 'pass', `${down.measured}; ${down.reason ?? ''}; notes: ${notes.join(' | ')}`);
    assert.ok(down.at! > scaled.timeline.end, 'seen by assert’s own observation, after the files ended');
    assert.equal(finished.verdict.outcome, 'pass');
    assert.equal(finished.verdict.exitCode, 0);
    assert.ok(session.sim.clock.now() - down.at! < 10_000, 'assert stopped watching within a poll or two of deciding');
  } finally {
    await session.stop();
    await loadDone;
  }
});
