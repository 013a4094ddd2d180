// One Serve deployment at run time: its replicas, the handle-side metrics Ray's autoscaler reads, the policy
// decision each control-loop tick, status transitions, and request admission with max_ongoing_requests and a
// queue in front (ray python/ray/serve/_private/{deployment_state,router,autoscaling_state}.py, 2.4x).
import type { Clock } from '../clock.ts';
import type { Random } from '../random.ts';
import { applyBounds, decide, type PolicyState, type PolicyVariant } from './policy.ts';
import type { DeploymentSpec, DeploymentStatus, Replica, StatusTrigger } from './types.ts';

/** RAY_SERVE_HANDLE_AUTOSCALING_METRIC_RECORD_INTERVAL_S. */
const SAMPLE_INTERVAL_MS = 500;

interface Sample {
  readonly t: number;
  readonly running: ReadonlyMap<string, number>;
}

export interface Lease {
  readonly replica: Replica;
  release(): void;
}

export class DeploymentRuntime {
  spec: DeploymentSpec;
  target: number;
  status: DeploymentStatus = 'UPDATING';
  trigger: StatusTrigger = 'CONFIG_UPDATE_STARTED';
  message = '';
  everHealthy = false;
  replicas: Replica[] = [];
  /** Decisions as they happen, for the sim's own timeline and tests. */
  readonly decisions: { t: number; from: number; to: number; total: number }[] = [];
  private readonly waiting: { resolve: (lease: Lease) => void; reject: (error: Error) => void }[] = [];
  private readonly policyState: PolicyState = {};
  private samples: Sample[] = [];
  /**
   * Replicas the handle has sent a request to. Ray's router records a metrics point only for those (its
   * num_requests_sent_to_replicas gains a key on the first request: python/ray/serve/_private/router.py,
   * _add_autoscaling_metrics_point), so a replica that had no request before a load has no zeros in its window and
   * the first averaged push already shows the load. Seen against real 2.47.1: the sim decided 0.5–1 s late without it.
   */
  private readonly routed = new Set<string>();
  private lastSample = -Infinity;
  private lastPush = -Infinity;
  private pushed: { queued: number; running: Map<string, number> } = { queued: 0, running: new Map() };
  private readonly clock: Clock;
  private readonly random: Random;
  private readonly variant: PolicyVariant;

  constructor(spec: DeploymentSpec, clock: Clock, random: Random, variant: PolicyVariant) {
    this.spec = spec;
    this.clock = clock;
    this.random = random;
    this.variant = variant;
    const a = spec.autoscaling;
    this.target = a
      ? applyBounds(a.initialReplicas ?? a.minReplicas, a.minReplicas, a.maxReplicas)
      : spec.fixedReplicas;
  }

  /**
   * A config update of a running deployment (Serve's `register` on a changed config): replicas stay; the target is
   * re-bounded, or set to initial_replicas when that is given; status UPDATING until it is healthy again.
   */
  reconfigure(spec: DeploymentSpec): void {
    if (JSON.stringify(spec) === JSON.stringify(this.spec)) return;
    this.spec = spec;
    const a = spec.autoscaling;
    this.target = a ? applyBounds(a.initialReplicas ?? this.target, a.minReplicas, a.maxReplicas) : spec.fixedReplicas;
    for (const key of Object.keys(this.policyState)) delete this.policyState[key as keyof PolicyState];
    this.status = 'UPDATING';
    this.trigger = 'CONFIG_UPDATE_STARTED';
    this.message = '';
  }

  get queued(): number {
    return this.waiting.length;
  }

  get running(): Replica[] {
    return this.replicas.filter((r) => r.state === 'RUNNING');
  }

  /** What the controller sums for the policy: queued at the handle plus running on RUNNING replicas (simple mode). */
  get totalRequests(): number {
    let total = this.pushed.queued;
    for (const replica of this.running) total += this.pushed.running.get(replica.id) ?? 0;
    return total;
  }

  /** One control-loop step: metrics, the autoscaling decision, status. Replica start/stop is the controller's. */
  tick(): void {
    const now = this.clock.now();
    this.recordMetrics(now);
    const a = this.spec.autoscaling;
    if (a) {
      const running = this.running.length;
      const decision = applyBounds(
        decide(
          this.variant,
          {
            target: this.target,
            running,
            totalRequests: this.totalRequests,
            config: a,
            minReplicas: a.minReplicas,
            maxReplicas: a.maxReplicas,
            nowS: now / 1000,
          },
          this.policyState,
        ),
        a.minReplicas,
        a.maxReplicas,
      );
      if (decision !== this.target) {
        this.decisions.push({ t: now, from: this.target, to: decision, total: this.totalRequests });
        const up = decision > this.target;
        this.message = `${up ? 'Upscaling' : 'Downscaling'} from ${this.target} to ${decision} replicas.`;
        this.target = decision;
        if (this.status !== 'UNHEALTHY') {
          this.status = up ? 'UPSCALING' : 'DOWNSCALING';
          this.trigger = 'AUTOSCALING';
        }
      }
    }
    this.updateStatus();
  }

  private recordMetrics(now: number): void {
    const a = this.spec.autoscaling;
    const intervalMs = Math.min(SAMPLE_INTERVAL_MS, (a?.metricsIntervalS ?? 10) * 1000);
    if (now - this.lastSample >= intervalMs) {
      this.lastSample = now;
      // Ray's router forgets a replica once it has left the running set with nothing in flight.
      for (const id of this.routed) if (!this.replicas.some((r) => r.id === id)) this.routed.delete(id);
      this.samples.push({
        t: now,
        running: new Map(this.running.filter((r) => this.routed.has(r.id)).map((r) => [r.id, r.ongoing])),
      });
      const lookBackMs = (a?.lookBackPeriodS ?? 30) * 1000;
      this.samples = this.samples.filter((s) => s.t > now - lookBackMs);
    }
    // Push on the metrics interval, and at once when requests queue with nothing running (cold start).
    const coldStart = this.running.length === 0 && this.waiting.length > 0;
    if (now - this.lastPush >= (a?.metricsIntervalS ?? 10) * 1000 || coldStart) {
      this.lastPush = now;
      const running = new Map<string, number>();
      for (const replica of this.running) {
        const values = this.samples.map((s) => s.running.get(replica.id)).filter((v): v is number => v !== undefined);
        const mean = values.length ? values.reduce((x, y) => x + y, 0) / values.length : 0;
        // Ray: `window_average(...) or current` — a zero mean falls back to the current count.
        running.set(replica.id, mean || replica.ongoing);
      }
      this.pushed = { queued: this.waiting.length, running };
    }
  }

  private updateStatus(): void {
    const settled = this.replicas.every((r) => r.state === 'RUNNING') && this.running.length === this.target;
    if (!settled) return;
    if (this.status === 'UPSCALING') this.trigger = 'UPSCALE_COMPLETED';
    else if (this.status === 'DOWNSCALING') this.trigger = 'DOWNSCALE_COMPLETED';
    else if (this.status === 'UPDATING') this.trigger = 'CONFIG_UPDATE_COMPLETED';
    else if (this.status === 'UNHEALTHY') this.trigger = 'UNSPECIFIED';
    if (this.status !== 'HEALTHY') this.message = '';
    this.status = 'HEALTHY';
    this.everHealthy = true;
  }

  /** Takes a slot on a RUNNING replica (power of two choices), or waits in the queue; undefined when the queue is full. */
  acquire(): Promise<Lease> | undefined {
    const lease = this.tryAssign();
    if (lease) return Promise.resolve(lease);
    if (this.spec.maxQueuedRequests >= 0 && this.waiting.length >= this.spec.maxQueuedRequests) return undefined;
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private tryAssign(): Lease | undefined {
    const open = this.running.filter((r) => r.ongoing < this.spec.maxOngoingRequests);
    if (!open.length) return undefined;
    const a = open[Math.floor(this.random.next() * open.length)]!;
    const b = open[Math.floor(this.random.next() * open.length)]!;
    const replica = b.ongoing < a.ongoing ? b : a;
    replica.ongoing++;
    this.routed.add(replica.id);
    let released = false;
    return {
      replica,
      release: () => {
        if (released) return;
        released = true;
        replica.ongoing = Math.max(0, replica.ongoing - 1);
        this.drainQueue();
      },
    };
  }

  /** Hands queued requests to replicas that have room (after a release or a replica turning RUNNING). */
  drainQueue(): void {
    while (this.waiting.length) {
      const lease = this.tryAssign();
      if (!lease) return;
      this.waiting.shift()!.resolve(lease);
    }
  }

  /** Rejects every queued request (the deployment is going away). */
  abandonQueue(reason: string): void {
    for (const waiter of this.waiting.splice(0)) waiter.reject(new Error(reason));
  }
}
