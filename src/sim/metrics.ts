// Prometheus text exposition of what a real cluster exports: Ray Serve's ray_serve_* series (replica health,
// in-flight and queued requests, the newer ray_serve_autoscaling_* gauges, HTTP counters) and the NVIDIA DCGM
// exporter's per-GPU series with its labels, including the workload pod. GPU load follows the replicas on it.
import { createHash } from 'node:crypto';
import type { RayClusterRuntime } from './raycluster/runtime.ts';

type Labels = Record<string, string | number>;

class Exposition {
  private readonly families = new Map<string, { help: string; type: string; lines: string[] }>();

  add(name: string, type: 'gauge' | 'counter', help: string, labels: Labels, value: number): void {
    let family = this.families.get(name);
    if (!family) this.families.set(name, (family = { help, type, lines: [] }));
    const text = Object.entries(labels)
      .map(([k, v]) => `${k}="${String(v).replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`)
      .join(',');
    family.lines.push(`${name}{${text}} ${Number.isFinite(value) ? value : 0}`);
  }

  toString(): string {
    return [...this.families]
      .map(([name, f]) => `# HELP ${name} ${f.help}\n# TYPE ${name} ${f.type}\n${f.lines.join('\n')}\n`)
      .join('');
  }
}

/** GPU utilization of one replica's GPUs: near idle without requests, busier with more in flight. */
function utilization(ongoing: number, loading: boolean): number {
  if (loading) return 5;
  if (ongoing === 0) return 0;
  return Math.min(100, Math.round(35 + 15 * ongoing));
}

const FB_TOTAL_MIB = 46068; // NVIDIA L40S
const FB_MODEL_MIB = Math.round(FB_TOTAL_MIB * 0.9); // vLLM's default gpu_memory_utilization

/** `onPod`: only what that pod's Ray agent exports (its replicas, its GPUs); the head also exports the handles. */
function serveMetrics(out: Exposition, runtime: RayClusterRuntime, onPod?: string): void {
  const isHead = onPod === undefined || runtime.head()?.podName === onPod;
  for (const app of runtime.serve.apps.values()) {
    for (const d of app.deployments) {
      const base = { application: app.name, deployment: d.spec.name };
      for (const r of d.replicas) {
        if (r.state === 'STARTING' || (onPod !== undefined && r.node?.podName !== onPod)) continue;
        out.add(
          'ray_serve_deployment_replica_healthy',
          'gauge',
          'Tracks whether this deployment replica is healthy. 1 means healthy, 0 means unhealthy.',
          { ...base, replica: r.id },
          r.state === 'RUNNING' ? 1 : 0,
        );
        out.add(
          'ray_serve_replica_processing_queries',
          'gauge',
          'The current number of queries being processed.',
          { ...base, replica: r.id },
          r.ongoing,
        );
      }
      if (!isHead) continue;
      const handle = { ...base, handle: `${app.name}#${d.spec.name}#proxy`, actor_id: runtime.serve.controllerActorId };
      out.add(
        'ray_serve_num_ongoing_requests_at_replicas',
        'gauge',
        'The current number of requests to this deployment that have been submitted to a replica.',
        handle,
        d.replicas.reduce((s, r) => s + r.ongoing, 0),
      );
      out.add(
        'ray_serve_deployment_queued_queries',
        'gauge',
        'The current number of queries to this deployment waiting to be assigned to a replica.',
        handle,
        d.queued,
      );
      out.add(
        'ray_serve_autoscaling_target_replicas',
        'gauge',
        'The target number of replicas the autoscaler has decided on.',
        base,
        d.target,
      );
      out.add(
        'ray_serve_autoscaling_total_requests',
        'gauge',
        'Queued plus running requests as the autoscaling policy saw them.',
        base,
        d.totalRequests,
      );
    }
  }
  if (!isHead) return;
  for (const [key, count] of runtime.serve.httpRequests) {
    const [application, route, method, code] = key.split('|');
    out.add(
      'ray_serve_num_http_requests_total',
      'counter',
      'The number of HTTP requests processed.',
      { application: application!, route: route!, method: method!, status_code: code! },
      count,
    );
  }
}

function gpuMetrics(out: Exposition, runtime: RayClusterRuntime, onPod?: string): void {
  const pods = runtime.pods();
  for (const node of runtime.nodes()) {
    if (node.gpus <= 0 || (onPod !== undefined && node.podName !== onPod)) continue;
    const pod = pods.find((p) => p.metadata.name === node.podName);
    if (!pod) continue;
    // Replicas take GPUs in index order on their node.
    const perGpu: { ongoing: number; loading: boolean }[] = [];
    for (const d of runtime.serve.deployments) {
      for (const r of d.replicas) {
        if (r.node?.podName !== node.podName) continue;
        for (let g = 0; g < r.gpus; g++) perGpu.push({ ongoing: r.ongoing, loading: r.state === 'STARTING' });
      }
    }
    for (let index = 0; index < node.gpus; index++) {
      const uuid = createHash('sha1').update(`${pod.metadata.uid}/${index}`).digest('hex');
      const labels = {
        gpu: String(index),
        UUID: `GPU-${uuid.slice(0, 8)}-${uuid.slice(8, 12)}-${uuid.slice(12, 16)}-${uuid.slice(16, 20)}-${uuid.slice(20, 32)}`,
        pci_bus_id: `00000000:00:${(0x1e + index).toString(16).toUpperCase().padStart(2, '0')}.0`,
        device: `nvidia${index}`,
        modelName: 'NVIDIA L40S',
        Hostname: String(pod.spec?.nodeName ?? ''),
        container: String(pod.spec?.containers?.[0]?.name ?? ''),
        namespace: runtime.namespace,
        pod: pod.metadata.name,
      };
      const load = perGpu[index];
      const rayLabels = {
        ip: node.ip,
        GpuIndex: String(index),
        GpuDeviceName: 'NVIDIA L40S',
        SessionName: runtime.sessionName,
        IsHeadNode: String(node.isHead),
        RayNodeType: node.isHead ? 'head' : 'worker',
      };
      out.add(
        'ray_node_gpus_utilization',
        'gauge',
        'The GPU utilization per GPU as a percentage quantity (0..NGPU*100)',
        rayLabels,
        load ? utilization(load.ongoing, load.loading) : 0,
      );
      out.add(
        'ray_node_gram_used',
        'gauge',
        'The amount of GPU memory used per GPU, in megabytes.',
        rayLabels,
        load ? FB_MODEL_MIB : 0,
      );
      // The DCGM exporter is a DaemonSet of its own, not the Ray pod's agent.
      if (onPod !== undefined) continue;
      out.add(
        'DCGM_FI_DEV_GPU_UTIL',
        'gauge',
        'GPU utilization (in %).',
        labels,
        load ? utilization(load.ongoing, load.loading) : 0,
      );
      out.add(
        'DCGM_FI_DEV_FB_USED',
        'gauge',
        'Framebuffer memory used (in MiB).',
        labels,
        load ? (load.loading ? Math.round(FB_MODEL_MIB / 2) : FB_MODEL_MIB) : 0,
      );
      out.add(
        'DCGM_FI_DEV_FB_FREE',
        'gauge',
        'Framebuffer memory free (in MiB).',
        labels,
        FB_TOTAL_MIB - (load ? FB_MODEL_MIB : 0),
      );
    }
  }
}

/** Every cluster's series, for one scrape of the sim's /metrics (all Ray pods and the DCGM exporter at once). */
export function exposition(runtimes: Iterable<RayClusterRuntime>): string {
  const out = new Exposition();
  for (const runtime of runtimes) {
    serveMetrics(out, runtime);
    gpuMetrics(out, runtime);
  }
  return out.toString();
}

/** What one Ray pod's metrics port (8080) exports. */
export function podExposition(runtime: RayClusterRuntime, podName: string): string {
  const out = new Exposition();
  serveMetrics(out, runtime, podName);
  gpuMetrics(out, runtime, podName);
  return out.toString();
}
