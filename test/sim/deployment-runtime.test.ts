// The handle-side pipeline feeding Ray's policy, on a stepped clock: cold start, queueing behind
// max_ongoing_requests, look-back averaging, and the delays counted in control-loop ticks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/sim/index.ts';
import { seededRandom } from '../../src/sim/random.ts';
import { DeploymentRuntime, type Lease } from '../../src/sim/serve/deployment-runtime.ts';
import type { DeploymentSpec, Replica } from '../../src/sim/serve/types.ts';

const spec = (overrides: Partial<DeploymentSpec['autoscaling'] & object> = {}): DeploymentSpec => ({
  app: 'a',
  name: 'd',
  autoscaling: {
    minReplicas: 0,
    initialReplicas: undefined,
    maxReplicas: 4,
    targetOngoingRequests: 1,
    upscaleDelayS: 30,
    downscaleDelayS: 600,
    downscaleToZeroDelayS: undefined,
    upscalingFactor: 1,
    downscalingFactor: 1,
    lookBackPeriodS: 30,
    metricsIntervalS: 10,
    ...overrides,
  },
  fixedReplicas: 1,
  maxOngoingRequests: 2,
  maxQueuedRequests: 3,
  gpusPerReplica: 1,
  gracefulShutdownTimeoutS: 20,
  reportedConfig: {},
});

function running(id: string): Replica {
  return {
    id,
    state: 'RUNNING',
    node: undefined,
    gpus: 1,
    ongoing: 0,
    startTimeS: 0,
    pid: 1,
    actorId: 'x',
    readyAt: 0,
    stopBy: undefined,
  };
}

function loop(clock: ManualClock, deployment: DeploymentRuntime, seconds: number): void {
  for (let i = 0; i < seconds * 10; i++) {
    clock.advance(100);
    deployment.tick();
  }
}

test('from zero replicas, a queued request scales up at once (no upscale delay)', () => {
  const clock = new ManualClock();
  const deployment = new DeploymentRuntime(spec(), clock, seededRandom(1), 'v2.47');
  assert.equal(deployment.target, 0);
  void deployment.acquire();
  loop(clock, deployment, 0.1);
  assert.equal(deployment.target, 1);
});

test('requests beyond max_ongoing_requests queue; beyond max_queued_requests they are refused', async () => {
  const clock = new ManualClock();
  const deployment = new DeploymentRuntime(spec(), clock, seededRandom(1), 'v2.47');
  deployment.replicas.push(running('r1'));
  const leases: Promise<Lease>[] = [];
  for (let i = 0; i < 5; i++) leases.push(deployment.acquire()!);
  assert.equal(deployment.replicas[0]!.ongoing, 2);
  assert.equal(deployment.queued, 3);
  assert.equal(deployment.acquire(), undefined, 'the fourth queued request is refused');
  (await leases[0]!).release();
  assert.equal(deployment.queued, 2, 'a release hands the slot to the next queued request');
  assert.equal(deployment.replicas[0]!.ongoing, 2);
});

test('sustained load of 3 on one replica: scale to 3 on the 301st up tick after the first push, not before', async () => {
  const clock = new ManualClock();
  const deployment = new DeploymentRuntime(spec({ minReplicas: 1 }), clock, seededRandom(1), 'v2.47');
  const replica = running('r1');
  deployment.replicas.push(replica);
  replica.ongoing = 3;
  loop(clock, deployment, 30);
  assert.equal(deployment.target, 1, 'still within upscale_delay_s (30 s)');
  loop(clock, deployment, 1.5);
  assert.equal(deployment.target, 3);
  const [decision] = deployment.decisions;
  assert.equal(decision!.total, 3);
});
