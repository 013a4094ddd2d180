// Reads the Ray dashboard's GET /api/serve/applications/ answer (ServeInstanceDetails, python/ray/serve/schema.py)
// into replica counts per deployment and state plus Serve's target. Lenient, as the field set varies by Ray
// version (exclude_unset): only applications → deployments → {target_num_replicas, replicas[].state} are read.
import { METRIC, REPLICA_STATES, type Sample } from './types.ts';

export interface DeploymentReplicas {
  readonly app: string;
  readonly deployment: string;
  /** target_num_replicas; undefined when the answer does not carry it. */
  readonly target: number | undefined;
  /** Replicas per state; every state of REPLICA_STATES present (0 when none), plus any other state Ray reported. */
  readonly states: Readonly<Record<string, number>>;
}

export type ServeReading =
  | { readonly ok: true; readonly deployments: readonly DeploymentReplicas[] }
  | { readonly ok: false; readonly problem: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The deployments in an answer, or why it is not a ServeInstanceDetails. No applications (Serve not up) is none. */
export function readServeApplications(body: unknown): ServeReading {
  if (!isObject(body)) return { ok: false, problem: 'the answer is not a JSON object' };
  const applications = body['applications'] ?? {};
  if (!isObject(applications)) return { ok: false, problem: '"applications" is not an object' };
  const deployments: DeploymentReplicas[] = [];
  for (const [appKey, app] of Object.entries(applications)) {
    if (!isObject(app)) return { ok: false, problem: `application "${appKey}" is not an object` };
    const appName = typeof app['name'] === 'string' ? app['name'] : appKey;
    const byName = app['deployments'] ?? {};
    if (!isObject(byName)) return { ok: false, problem: `"deployments" of application "${appName}" is not an object` };
    for (const [deploymentKey, deployment] of Object.entries(byName)) {
      if (!isObject(deployment)) return { ok: false, problem: `deployment "${deploymentKey}" is not an object` };
      const states: Record<string, number> = Object.fromEntries(REPLICA_STATES.map((s) => [s, 0]));
      const replicas = deployment['replicas'] ?? [];
      if (!Array.isArray(replicas))
        return { ok: false, problem: `"replicas" of deployment "${deploymentKey}" is not a list` };
      for (const replica of replicas) {
        const state = isObject(replica) && typeof replica['state'] === 'string' ? replica['state'] : 'UNKNOWN';
        states[state] = (states[state] ?? 0) + 1;
      }
      const target = deployment['target_num_replicas'];
      deployments.push({
        app: appName,
        deployment: typeof deployment['name'] === 'string' ? deployment['name'] : deploymentKey,
        target: typeof target === 'number' && Number.isFinite(target) ? target : undefined,
        states,
      });
    }
  }
  return { ok: true, deployments };
}

/** The samples one reading stands for, at `time`. */
export function serveSamples(deployments: readonly DeploymentReplicas[], time: number): Sample[] {
  const samples: Sample[] = [];
  for (const d of deployments) {
    for (const [state, value] of Object.entries(d.states))
      samples.push({
        time,
        metric: METRIC.serveReplicas,
        labels: { app: d.app, deployment: d.deployment, state },
        value,
      });
    if (d.target !== undefined)
      samples.push({
        time,
        metric: METRIC.serveTargetReplicas,
        labels: { app: d.app, deployment: d.deployment },
        value: d.target,
      });
  }
  return samples;
}
