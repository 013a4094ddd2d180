// `rayservice-ci render <manifest> --namespace NS [--set PATH=VALUE]... [-o FILE]`
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderManifest, type RenderedManifest } from '../render/index.ts';
import { parseDuration } from '../time/duration.ts';
import { runIdFrom, sourceFrom } from './github-context.ts';
import { InputError, UsageError, type CliIo } from './io.ts';
import { writeOutput } from './lint-command.ts';

export const RENDER_USAGE = `Usage: rayservice-ci render <manifest> [options]

Prepares a RayService manifest for one test run and prints it (or writes it with -o).

Options:
  --namespace NS          namespace to deploy into (default: rayservice-ci-<run id>)
  --run-id ID             run id for labels (default: GITHUB_RUN_ID-GITHUB_RUN_ATTEMPT, or "local")
  --name NAME             rename the RayService (at most 47 characters)
  --set PATH=VALUE        override a value; repeatable. PATH uses dots, [N] and [key=value], and continues
                          inside spec.serveConfigV2, e.g.
                          spec.serveConfigV2.applications[0].args.llm_configs[0].deployment_config.autoscaling_config.max_replicas=2
  --secret-env NAME=SECRET/KEY
                          move env var NAME out of the manifest into a secretKeyRef; repeatable
  --ttl DURATION          how long the janitor lets the run live (default: 6h)
  --initializing-timeout DURATION
                          add KubeRay's ray.io/initializing-timeout annotation (KubeRay 1.5+)
  -o, --output FILE       write the rendered manifest to FILE
  --result FILE           write the RenderedManifest JSON (namespace, name, labels, secrets) to FILE

Exit codes: 0 rendered, 1 the result does not lint or a path does not resolve, 2 bad usage or unreadable input.`;

export interface RenderRequest {
  readonly manifest: string;
  readonly namespace?: string | undefined;
  readonly runId?: string | undefined;
  readonly name?: string | undefined;
  readonly sets: readonly string[];
  readonly secretEnv: readonly string[];
  readonly ttl?: string | undefined;
  readonly initializingTimeout?: string | undefined;
  readonly output?: string | undefined;
  readonly resultFile?: string | undefined;
}

export type RenderRun = { ok: true; result: RenderedManifest; text: string } | { ok: false; problems: readonly string[] };

/** The library call the CLI and the action share. */
export async function runRender(io: CliIo, request: RenderRequest): Promise<RenderRun> {
  const ttlMs = parseDuration(request.ttl ?? '6h');
  if (typeof ttlMs === 'string') throw new UsageError(`--ttl: ${ttlMs}`);
  if (request.initializingTimeout !== undefined && typeof parseDuration(request.initializingTimeout) === 'string') {
    throw new UsageError(`--initializing-timeout: ${parseDuration(request.initializingTimeout) as string}`);
  }
  const text = await readFile(resolve(io.cwd, request.manifest), 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`Cannot read ${request.manifest}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
  });
  const runId = request.runId ?? runIdFrom(io.env);
  const outcome = renderManifest(request.manifest, text, {
    namespace: request.namespace ?? `rayservice-ci-${runId.toLowerCase().replace(/[^a-z0-9-]+/g, '-')}`.slice(0, 63).replace(/-+$/, ''),
    runId,
    name: request.name,
    sets: request.sets,
    secretEnv: request.secretEnv,
    ttlMs,
    now: io.now(),
    source: sourceFrom(io.env),
    initializingTimeout: request.initializingTimeout,
  });
  if (!outcome.ok) return outcome;
  const result: RenderedManifest = { ...outcome.result, manifest: request.output };
  if (request.output !== undefined) await writeOutput(resolve(io.cwd, request.output), outcome.text);
  if (request.resultFile !== undefined) await writeOutput(resolve(io.cwd, request.resultFile), `${JSON.stringify(result, null, 2)}\n`);
  return { ok: true, result, text: outcome.text };
}

export async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      namespace: { type: 'string' },
      'run-id': { type: 'string' },
      name: { type: 'string' },
      set: { type: 'string', multiple: true },
      'secret-env': { type: 'string', multiple: true },
      ttl: { type: 'string' },
      'initializing-timeout': { type: 'string' },
      output: { type: 'string', short: 'o' },
      result: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(`${RENDER_USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`render takes exactly one manifest, got ${positionals.length}.`);
  const run = await runRender(io, {
    manifest: positionals[0]!,
    namespace: values.namespace,
    runId: values['run-id'],
    name: values.name,
    sets: values.set ?? [],
    secretEnv: values['secret-env'] ?? [],
    ttl: values.ttl,
    initializingTimeout: values['initializing-timeout'],
    output: values.output,
    resultFile: values.result,
  });
  if (!run.ok) {
    io.stderr(`rayservice-ci render: not rendered:\n${run.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  if (values.output === undefined) io.stdout(run.text);
  else io.stderr(`Rendered ${run.result.name} for namespace ${run.result.namespace} (run ${run.result.runId}) → ${values.output}\n`);
  return 0;
}
