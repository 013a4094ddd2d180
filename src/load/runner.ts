// The runner: executes a plan on an injected clock — closed-loop users started on Taurus's ramp (think time before
// each request, as JMeter runs timers before their sampler), the throughput cap as a pacer, open-loop arrivals on
// their schedule with a cap on requests in flight — and stops issuing at the end, on a stop signal or at a hard cap,
// then lets requests in flight finish within the grace period and cancels the rest. Every loop ends by time (the
// plan's end, max-duration) and by count (max-requests).
import { sleepUntil, type Clock } from '../time/clock.ts';
import { exchange, type InFlight } from './exchange.ts';
import type { Criterion } from './criteria.ts';
import { LoadMetrics } from './metrics.ts';
import { holdYoungGeneration } from './young-generation.ts';
import { TimeframeWatch } from './timeframes.ts';
import type { CriterionResult } from './types.ts';
import type { RequestOutcome } from './outcome.ts';
import { arrivalSchedule, type RunnablePlan } from './plan.ts';
import { RequestBuilder } from './prepare.ts';
import type { ClosedShape, ExecutionSpec, OpenShape, ThinkTime } from './profile.ts';
import { randomGaussian, randomPoisson, seededRandom, type Random } from './random.ts';
import { closedDurationMs, rateAt, throughputSteps, userSteps } from './ramp.ts';
import type { TemplateScope } from './template.ts';
import { fixedEndpoint, loadUndici, mayNeedUndici, Transports, type ClientChoice, type Endpoint } from './transport.ts';
import type { LoadSample, StopReason } from './types.ts';

export interface Progress {
  readonly elapsedMs: number;
  /** Planned end, ms from the start; null when iterations end the run. */
  readonly endMs: number | null;
  readonly users: number;
  readonly inFlight: number;
  readonly completed: number;
  readonly errors: number;
  /** The window that just closed. */
  readonly window: readonly LoadSample[];
}

export interface RunnerDeps {
  readonly clock: Clock;
  /** Aborted when the user asks to stop (SIGINT, SIGTERM): issuing stops, requests in flight get the grace period. */
  readonly signal: AbortSignal;
  readonly endpoint?: Endpoint | undefined;
  /** Called after each one-second window. */
  readonly progress?: ((progress: Progress) => void) | undefined;
  /** The client for plain http: origins: ours (default), or undici's as for https: (the bench compares them). */
  readonly client?: ClientChoice | undefined;
  /** `held` (default): V8's new space does not grow while the run lasts (young-generation.ts); `v8`: as V8 decides. */
  readonly youngGeneration?: 'held' | 'v8' | undefined;
}

export interface RunOutput {
  readonly metrics: LoadMetrics;
  readonly start: number;
  readonly end: number;
  readonly stop: { readonly reason: StopReason; readonly detail?: string | undefined };
  readonly connection: { readonly breaks: number; readonly reopens: number };
  /** The results of "for" criteria, judged during the run. */
  readonly timeframes: ReadonlyMap<Criterion, CriterionResult>;
}

/** How often requests past their total deadline or their timeout are looked for (timeouts are this coarse). */
const DEADLINE_SWEEP_MS = 250;
const WINDOW_MS = 1000;

function drawThink(think: ThinkTime | undefined, random: Random): number {
  if (!think) return 0;
  switch (think.kind) {
    case 'constant':
      return think.ms;
    case 'uniform':
      return Math.max(0, think.meanMs + (2 * random.next() - 1) * think.devMs);
    case 'gaussian':
      return Math.max(0, think.meanMs + randomGaussian(random) * think.devMs);
    case 'poisson':
      return think.delayMs + randomPoisson(random, think.lambdaMs);
  }
}

export async function runPlan(runnable: RunnablePlan, deps: RunnerDeps): Promise<RunOutput> {
  // Loaded before the clock starts, so the first https: requests do not wait for it in their latency.
  if (mayNeedUndici(runnable.executions, deps.client)) await loadUndici();
  const release = deps.youngGeneration === 'v8' ? () => {} : holdYoungGeneration();
  try {
    return await run(runnable, deps);
  } finally {
    release();
  }
}

async function run(runnable: RunnablePlan, deps: RunnerDeps): Promise<RunOutput> {
  const { plan, executions } = runnable;
  const { clock } = deps;
  const settings = runnable.profile.settings;
  const limits = plan.limits;
  const endpoint = deps.endpoint ?? fixedEndpoint(undefined);
  const start = clock.now();
  const hardEnd = start + limits.maxDurationMs;
  const metrics = new LoadMetrics(Math.ceil((limits.maxDurationMs + settings.graceMs) / WINDOW_MS) + 2, settings.slo);
  const connectionsNeeded = executions.reduce(
    (n, e) => n + (e.shape.kind === 'closed' ? e.shape.users : e.shape.maxInFlight),
    0,
  );
  const timeouts = executions.flatMap((e) => e.scenario.requests.map((r) => r.timeoutMs));
  const transports = new Transports(
    Math.max(1, Math.min(limits.maxConnections, connectionsNeeded)),
    Math.max(...timeouts, 1000),
    deps.client,
  );

  const stopIssuing = new AbortController();
  let stopReason: StopReason | undefined;
  let stopDetail: string | undefined;
  const stop = (reason: StopReason, detail?: string) => {
    if (!stopReason) {
      stopReason = reason;
      stopDetail = detail;
    }
    stopIssuing.abort();
  };
  const onSignal = () => stop('signal', typeof deps.signal.reason === 'string' ? deps.signal.reason : undefined);
  const watch = new TimeframeWatch(runnable.criteria, (detail) => stop('criteria', detail));
  if (watch.active) metrics.windowObserver = (view, seconds, time) => watch.observe(view, seconds, time - start);
  if (deps.signal.aborted) onSignal();
  else deps.signal.addEventListener('abort', onSignal, { once: true });

  let budget = limits.maxRequests;
  const takeBudget = () => {
    if (budget <= 0) {
      stop('max-requests', `${limits.maxRequests} requests sent`);
      return false;
    }
    budget--;
    return true;
  };

  const inFlight = new Set<InFlight>();
  let users = 0;

  /** One request with its retries (off unless asked); latency counts from the first attempt. */
  const execute = async (
    builder: RequestBuilder,
    scope: TemplateScope,
    startedAt: number,
    fallbackBase: string | undefined,
  ): Promise<void> => {
    metrics.started();
    let outcome: RequestOutcome | undefined;
    for (let attempt = 0; attempt <= settings.retry.max; attempt++) {
      const prepared = builder.prepare(scope, endpoint.base() ?? fallbackBase);
      if (!prepared.ok) {
        outcome = invalidRequest(builder.spec.label, startedAt, prepared.message);
        break;
      }
      const request = prepared.request;
      outcome = await exchange(
        transports.get(request.origin),
        request,
        clock,
        startedAt,
        clock.now() + settings.totalTimeoutMs,
        inFlight,
      );
      if (outcome.error?.kind === 'connection') endpoint.connectionFailed();
      else if (outcome.status !== undefined) endpoint.connectionOk();
      const retryable =
        outcome.error !== undefined &&
        !outcome.cancelled &&
        (outcome.error.kind === 'connection' ||
          (outcome.status !== undefined && settings.retry.statuses.includes(outcome.status)));
      if (!retryable || attempt === settings.retry.max || stopIssuing.signal.aborted) {
        if (attempt > 0) outcome = { ...outcome, retries: attempt };
        break;
      }
      // openai-node's backoff when the server does not say: 0.5 s doubling to 8 s.
      const wait = outcome.retryAfterMs ?? Math.min(8000, 500 * 2 ** attempt);
      await sleepUntil(clock, clock.now() + wait, stopIssuing.signal);
      if (stopIssuing.signal.aborted) {
        outcome = { ...outcome, retries: attempt };
        break;
      }
    }
    metrics.record(outcome!);
  };

  // Issuing ends when every execution has stopped issuing; then the grace period starts.
  let issuing = executions.length;
  let issuingEnded!: () => void;
  const allIssued = new Promise<void>((resolve) => (issuingEnded = resolve));
  const issued = () => {
    if (--issuing === 0) issuingEnded();
  };
  if (issuing === 0) issuingEnded();

  const closed = async (spec: ExecutionSpec, shape: ClosedShape, index: number) => {
    const duration = closedDurationMs(shape);
    const endAt = Math.min(hardEnd, duration === undefined ? hardEnd : start + duration);
    const ended = new AbortController();
    const signal = AbortSignal.any([stopIssuing.signal, ended.signal]);
    // Read on every request: a flag is cheaper than a composite signal's getter.
    let over = false;
    const endIt = () => void (over = true);
    signal.addEventListener('abort', endIt, { once: true });
    const builders = spec.scenario.requests.map((r) => new RequestBuilder(r, spec.scenario.keepalive));
    const rates = throughputSteps(shape);
    let nextSlot = start;
    const pace = (now: number) => {
      const at = Math.max(now, nextSlot);
      nextSlot = at + 1000 / rateAt(rates!, at - start, shape.rampUpMs);
      return at;
    };
    const user = async (u: number) => {
      users++;
      metrics.observeGauges({ users, inFlight: inFlight.size });
      const scope: TemplateScope = {
        random: seededRandom(plan.seed, index * 1_000_000 + u),
        vars: new Map(Object.entries(spec.scenario.variables)),
      };
      try {
        for (let iteration = 0; shape.iterations === undefined || iteration < shape.iterations; iteration++) {
          for (const builder of builders) {
            const think = drawThink(builder.spec.thinkTime, scope.random);
            if (think > 0) await sleepUntil(clock, clock.now() + think, signal);
            const now = clock.now();
            if (over || now >= endAt) return;
            if (rates) {
              const slot = pace(now);
              if (slot > now) await sleepUntil(clock, slot, signal);
              if (over || clock.now() >= endAt) return;
            }
            if (!takeBudget()) return;
            await execute(builder, scope, rates ? clock.now() : now, spec.scenario.address);
          }
        }
      } finally {
        users--;
      }
    };
    const loops: Promise<void>[] = [];
    let spawned = 0;
    for (const step of userSteps(shape)) {
      await sleepUntil(clock, start + step.atMs, signal);
      if (signal.aborted) break;
      while (spawned < step.users) loops.push(user(spawned++));
    }
    const everyoneDone = Promise.all(loops).then(() => ended.abort());
    await sleepUntil(clock, endAt, signal);
    ended.abort();
    if (clock.now() >= hardEnd && duration === undefined) stop('max-duration', 'users still had iterations to do');
    issued();
    await everyoneDone;
  };

  const open = async (spec: ExecutionSpec, shape: OpenShape, index: number) => {
    const endAt = Math.min(hardEnd, start + shape.durationMs);
    const builders = spec.scenario.requests.map((r) => new RequestBuilder(r, spec.scenario.keepalive));
    const scope: TemplateScope = {
      random: seededRandom(plan.seed, 2_000_000 + index),
      vars: new Map(Object.entries(spec.scenario.variables)),
    };
    const pending = new Set<Promise<void>>();
    let here = 0;
    let n = 0;
    for (const t of arrivalSchedule(shape, plan.seed, index)) {
      const at = start + t;
      if (at >= endAt) break;
      if (at > clock.now()) await sleepUntil(clock, at, stopIssuing.signal);
      if (stopIssuing.signal.aborted) break;
      if (here >= shape.maxInFlight) {
        metrics.dropped();
        continue;
      }
      if (!takeBudget()) break;
      here++;
      metrics.observeGauges({ users, inFlight: inFlight.size + 1 });
      // Latency from the intended arrival: a late start (a busy event loop) shows in the numbers.
      const request = execute(builders[n++ % builders.length]!, scope, at, spec.scenario.address).finally(() => {
        here--;
        pending.delete(request);
      });
      pending.add(request);
    }
    issued();
    await Promise.all(pending);
  };

  const work = Promise.all(
    executions.map((e, i) => (e.shape.kind === 'closed' ? closed(e, e.shape, i) : open(e, e.shape, i))),
  );
  const finished = new AbortController();
  void work.finally(() => finished.abort());

  // The hard cap on duration, whatever the plan says.
  void sleepUntil(clock, hardEnd, finished.signal).then(() => {
    if (!finished.signal.aborted) stop('max-duration', `max-duration ${limits.maxDurationMs} ms reached`);
  });

  const sweeper = (async () => {
    for (let i = 0; !finished.signal.aborted && i < Number.MAX_SAFE_INTEGER; i++) {
      await sleepUntil(clock, clock.now() + DEADLINE_SWEEP_MS, finished.signal);
      const now = clock.now();
      for (const f of inFlight) f.check(now);
      if (now > hardEnd + settings.graceMs + settings.totalTimeoutMs) break;
    }
  })();

  let lastWindow = start;
  const windows = (async () => {
    for (let k = 1; !finished.signal.aborted; k++) {
      const at = start + k * WINDOW_MS;
      await sleepUntil(clock, at, finished.signal);
      if (finished.signal.aborted) break;
      lastWindow = at;
      const gauges = { users, inFlight: inFlight.size };
      const window = metrics.closeWindow(at, gauges);
      deps.progress?.({
        elapsedMs: at - start,
        endMs: plan.endMs,
        users,
        inFlight: inFlight.size,
        completed: metrics.requests,
        errors: metrics.errors,
        window,
      });
      if (at > hardEnd + settings.graceMs + settings.totalTimeoutMs) break;
    }
  })();

  // Grace: once issuing has ended, requests in flight have graceMs to finish; then they are cancelled.
  const grace = (async () => {
    await Promise.race([allIssued, work]);
    await sleepUntil(clock, clock.now() + settings.graceMs, finished.signal);
    if (!finished.signal.aborted) for (const f of inFlight) f.abort('cancel');
  })();

  await work;
  const end = clock.now();
  finished.abort();
  await Promise.all([sweeper, windows, grace]);
  deps.signal.removeEventListener('abort', onSignal);
  if (end - lastWindow > 1) metrics.closeWindow(end, { users, inFlight: inFlight.size }, (end - lastWindow) / 1000);
  await transports.close();
  return {
    metrics,
    start,
    end,
    stop: { reason: stopReason ?? 'completed', detail: stopDetail },
    connection: { breaks: endpoint.breaks, reopens: endpoint.reopens },
    timeframes: watch.results(),
  };
}

function invalidRequest(label: string, startedAt: number, message: string): RequestOutcome {
  return {
    label,
    startedAt,
    status: undefined,
    ttfbMs: undefined,
    ttftMs: undefined,
    e2eMs: 0,
    gapsMs: [],
    outputTokens: undefined,
    tokensFrom: undefined,
    promptTokens: undefined,
    finishReason: undefined,
    error: { kind: 'invalid_request', message },
    cancelled: false,
    retries: 0,
  };
}
