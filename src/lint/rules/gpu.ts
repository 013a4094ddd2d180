// Rules on whether Serve's replicas can ever be placed on the GPUs the RayCluster can offer.
// GPUs per pod follow KubeRay (num-gpus, else container[0]'s GPU limit); a replica needs
// tensor_parallel_size × pipeline_parallel_size GPUs (ray.serve.llm) or ray_actor_options.num_gpus.
import { effectiveDeployment, replicaSlots, type RayGroup, type ServeDeploymentModel } from '../../ray/index.ts';
import type { YamlPath } from '../../manifest/index.ts';
import { CLUSTER_PATH, type LintTarget, type Rule } from '../target.ts';

interface Demand {
  readonly deployment: ServeDeploymentModel;
  readonly gpusPerReplica: number;
  readonly replicas: number;
  /** Where the replica count is written (max_replicas, num_replicas) or, if defaulted, the deployment. */
  readonly countPath: YamlPath;
  readonly countSource: string;
}

function gpuDemands(target: LintTarget): Demand[] {
  const demands: Demand[] = [];
  for (const deployment of target.deployments) {
    const gpus = deployment.gpusPerReplica;
    if (gpus === undefined || gpus <= 0) continue;
    const effective = effectiveDeployment(deployment, target.rayVersion);
    if (effective.mode === 'fixed' && effective.fixedReplicas !== undefined) {
      demands.push({
        deployment,
        gpusPerReplica: gpus,
        replicas: effective.fixedReplicas,
        countPath: [...deployment.optionsPath, 'num_replicas'],
        countSource: 'num_replicas',
      });
    } else if (effective.autoscaling) {
      const explicit = deployment.autoscaling && 'max_replicas' in deployment.autoscaling;
      demands.push({
        deployment,
        gpusPerReplica: gpus,
        replicas: effective.autoscaling.maxReplicas,
        countPath: explicit
          ? [...deployment.optionsPath, 'autoscaling_config', 'max_replicas']
          : (deployment.llm?.configPath ?? deployment.optionsPath),
        countSource: explicit ? 'max_replicas' : `max_replicas (Ray's default ${effective.autoscaling.maxReplicas})`,
      });
    }
  }
  return demands;
}

function describeGroups(groups: readonly RayGroup[], pods: (g: RayGroup) => number): string {
  return groups
    .filter((g) => g.gpusPerPod > 0)
    .map((g) => `${g.name}: ${pods(g)} pod(s) × ${g.gpusPerPod} GPU`)
    .join(', ');
}

export const gpuCapacity: Rule = {
  meta: {
    id: 'gpu-capacity',
    severity: 'error',
    description:
      "An error when one deployment's max replicas × GPUs per replica can never fit what the worker groups offer (maxReplicas × numOfHosts × GPUs per pod); a warning naming the deployments when only their maxima together overcommit a shared GPU pool.",
    bands: [
      {
        versions: 'Ray < 2.50',
        behaviour: 'a ray.serve.llm model without autoscaling_config may scale to the LLM default max_replicas of 10.',
      },
      {
        versions: 'Ray ≥ 2.50',
        behaviour:
          'a ray.serve.llm model without autoscaling_config runs one replica (no LLM default from 2.50; max_replicas 1 once ray#59323 merges a target in 2.53).',
      },
    ],
  },
  check(target, report) {
    const demands = gpuDemands(target);
    const gpuGroups = target.groups.filter((g) => g.gpusPerPod > 0);
    for (const demand of demands) {
      const slots = target.groups.reduce((sum, g) => sum + replicaSlots(g, demand.gpusPerReplica), 0);
      const fitsOnePod = gpuGroups.some((g) => g.gpusPerPod >= demand.gpusPerReplica);
      if (gpuGroups.length === 0) {
        report({
          message: `Deployment "${demand.deployment.name}" needs ${demand.gpusPerReplica} GPU(s) per replica, but no head or worker group offers GPUs: no replica can ever be placed.`,
          at: { in: 'serve', path: demand.countPath },
          hint: 'Add a worker group whose container has an nvidia.com/gpu limit (and matching num-gpus).',
        });
        continue;
      }
      if (!fitsOnePod || demand.replicas <= slots) continue;
      report({
        message: `Deployment "${demand.deployment.name}": ${demand.countSource} ${demand.replicas} × ${demand.gpusPerReplica} GPU(s) per replica needs ${demand.replicas * demand.gpusPerReplica} GPUs, but the cluster can offer at most ${slots} such replica(s) (${describeGroups(target.groups, (g) => g.maxReplicas * g.numOfHosts)}): replicas beyond ${slots} can never be placed.`,
        at: { in: 'serve', path: demand.countPath },
        hint: `Lower ${demand.countSource.split(' ')[0]} to ${slots}, or raise the GPU worker group's maxReplicas.`,
      });
    }
    // Each deployment may fit on its own and still not fit together: a shared pool, overcommitted by design (not
    // every model peaks at once) or by mistake. Only a warning: every replica count each one asks for is reachable.
    const sharing = demands.filter((d) => gpuGroups.some((g) => g.gpusPerPod >= d.gpusPerReplica));
    if (sharing.length > 1) {
      const needed = sharing.reduce((sum, d) => sum + d.replicas * d.gpusPerReplica, 0);
      const offered = target.groups.reduce((sum, g) => sum + g.maxReplicas * g.numOfHosts * g.gpusPerPod, 0);
      if (needed > offered) {
        const last = sharing[sharing.length - 1]!;
        report({
          message: `Deployments ${sharing.map((d) => `"${d.deployment.name}" (${d.countSource} ${d.replicas} × ${d.gpusPerReplica} GPU)`).join(', ')} share the GPU pool (${describeGroups(target.groups, (g) => g.maxReplicas * g.numOfHosts)}): at their maxima together they need ${needed} GPUs of the ${offered} it can ever offer, so one that scales up first can keep the others below their max_replicas.`,
          at: { in: 'serve', path: last.countPath },
          hint: "If the overcommit is not deliberate, lower the max_replicas values or raise the GPU worker groups' maxReplicas.",
          severity: 'warning',
        });
      }
    }
  },
};

export const tensorParallelFit: Rule = {
  meta: {
    id: 'tensor-parallel-fit',
    severity: 'error',
    description:
      'tensor_parallel_size must not exceed the GPUs of one worker pod (the engine packs its GPUs onto one node).',
  },
  check(target, report) {
    const largest = Math.max(0, ...target.groups.map((g) => g.gpusPerPod));
    if (largest === 0) return;
    for (const deployment of target.deployments) {
      const tp = deployment.llm?.tensorParallel;
      if (tp === undefined || tp <= largest) continue;
      report({
        message: `Deployment "${deployment.name}": tensor_parallel_size ${tp} needs ${tp} GPUs on one node, but the largest pod offers ${largest}; the replica's placement group can never be scheduled.`,
        at: {
          in: 'serve',
          path: [...(deployment.llm?.configPath ?? deployment.optionsPath), 'engine_kwargs', 'tensor_parallel_size'],
        },
        hint: `Use a worker group with ${tp} GPUs per pod (nvidia.com/gpu: ${tp}, num-gpus: "${tp}"), or lower tensor_parallel_size.`,
      });
    }
  },
};

export const numGpusMismatch: Rule = {
  meta: {
    id: 'num-gpus-mismatch',
    severity: 'error',
    description: "rayStartParams num-gpus must match the container's GPU limit.",
  },
  check(target, report) {
    for (const group of target.groups) {
      const raw = group.rayStartParams['num-gpus'];
      if (raw === undefined) continue;
      const declared = Number(raw);
      if (!Number.isFinite(declared)) continue;
      const at = { in: 'manifest' as const, path: [...group.path, 'rayStartParams', 'num-gpus'] };
      if (!group.gpuLimit) {
        if (declared > 0) {
          report({
            message: `Group "${group.name}" tells Ray it has ${declared} GPU(s) (num-gpus) but its container has no GPU limit: Kubernetes gives the pod no GPU and replicas placed there fail.`,
            at,
            hint: `Add resources.limits nvidia.com/gpu: ${declared} to the group's first container, or remove num-gpus.`,
          });
        }
        continue;
      }
      if (declared !== group.gpuLimit.count) {
        report({
          message: `Group "${group.name}": num-gpus "${raw}" does not match the container's ${group.gpuLimit.key} limit ${group.gpuLimit.count}; Ray schedules by num-gpus, so ${declared > group.gpuLimit.count ? 'replicas land on GPUs that do not exist' : 'GPUs the pod holds stay unused'}.`,
          at,
          hint: `Set num-gpus: "${group.gpuLimit.count}", or remove it and let KubeRay derive it from the limit.`,
          severity: declared > group.gpuLimit.count ? 'error' : 'warning',
        });
      }
    }
  },
};

export const fractionalRayResource: Rule = {
  meta: {
    id: 'fractional-ray-resource',
    severity: 'error',
    description:
      'num-cpus and num-gpus in rayStartParams must be whole numbers: the Ray autoscaler parses them with int().',
  },
  check(target, report) {
    const autoscaling =
      (target.resource as { spec?: { rayClusterConfig?: { enableInTreeAutoscaling?: unknown } } }).spec
        ?.rayClusterConfig?.enableInTreeAutoscaling === true;
    for (const group of target.groups) {
      for (const key of ['num-cpus', 'num-gpus']) {
        const raw = group.rayStartParams[key];
        if (raw === undefined) continue;
        if (/^\s*\d+\s*$/.test(String(raw))) continue;
        report({
          message: `Group "${group.name}": ${key} "${String(raw)}" is not a whole number; the Ray autoscaler reads it with int() and fails to build its config.`,
          at: { in: 'manifest', path: [...group.path, 'rayStartParams', key] },
          hint: `Use a whole number in quotes, e.g. ${key}: "1"; put fractional GPUs in ray_actor_options.num_gpus instead.`,
          severity: autoscaling ? 'error' : 'warning',
        });
      }
    }
  },
};

export const autoscalerDisabled: Rule = {
  meta: {
    id: 'autoscaler-disabled',
    severity: 'error',
    description:
      'Serve may scale past what the fixed worker pods hold while the in-tree autoscaler is off: those replicas pend forever.',
  },
  check(target, report) {
    const cluster = (target.resource as { spec?: { rayClusterConfig?: Record<string, unknown> } }).spec
      ?.rayClusterConfig;
    if (!cluster || cluster['enableInTreeAutoscaling'] === true) return;
    const canGrow = target.groups.some((g) => g.kind === 'worker' && g.maxReplicas > g.replicas && g.gpusPerPod > 0);
    if (!canGrow) return;
    for (const demand of gpuDemands(target)) {
      const staticSlots = target.groups.reduce(
        (sum, g) => sum + replicaSlots(g, demand.gpusPerReplica, g.replicas * g.numOfHosts),
        0,
      );
      if (demand.replicas <= staticSlots) continue;
      const located: YamlPath =
        'enableInTreeAutoscaling' in cluster ? [...CLUSTER_PATH, 'enableInTreeAutoscaling'] : CLUSTER_PATH;
      report({
        message: `Deployment "${demand.deployment.name}" may scale to ${demand.replicas} replica(s), but with enableInTreeAutoscaling off the cluster keeps its ${describeGroups(target.groups, (g) => g.replicas * g.numOfHosts)}: replicas beyond ${staticSlots} pend forever.`,
        at: { in: 'manifest', path: located, part: 'enableInTreeAutoscaling' in cluster ? 'value' : 'key' },
        hint: 'Set spec.rayClusterConfig.enableInTreeAutoscaling: true.',
      });
    }
  },
};

export const maxReplicasPerNodeAutoscaler: Rule = {
  meta: {
    id: 'max-replicas-per-node-autoscaler',
    severity: 'warning',
    description:
      'max_replicas_per_node asks for an internal resource the Ray autoscaler cannot map to a node type (ray#48471).',
  },
  check(target, report) {
    const autoscaling =
      (target.resource as { spec?: { rayClusterConfig?: { enableInTreeAutoscaling?: unknown } } }).spec
        ?.rayClusterConfig?.enableInTreeAutoscaling === true;
    if (!autoscaling) return;
    for (const deployment of target.deployments) {
      if (!('max_replicas_per_node' in deployment.options)) continue;
      report({
        message: `Deployment "${deployment.name}": max_replicas_per_node makes each replica request a per-node resource that the Ray autoscaler cannot map to any worker group, so replicas beyond the current nodes can stay pending (ray-project/ray#48471).`,
        at: { in: 'serve', path: [...deployment.optionsPath, 'max_replicas_per_node'], part: 'key' },
        hint: 'Remove max_replicas_per_node, or size the worker groups so every replica fits without new nodes.',
      });
    }
  },
};
