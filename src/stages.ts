// The tool's commands and actions in one table: the CLI's help and dispatch, the build's entry points and the action
// tests all read it, so adding a stage is a row here plus its modules (the checklist is in src/README.md).

export interface StageRow {
  /** The CLI command (`rayservice-ci NAME`) and, when it has one, the action folder `actions/NAME/`. */
  readonly name: string;
  /** One line for `rayservice-ci --help`. */
  readonly summary: string;
  /** The action's entry files, bundled into dist/NAME/main.js (and dist/NAME/post.js for a post: step). */
  readonly action?: { readonly main: string; readonly post?: string };
}

export const STAGES: readonly StageRow[] = [
  {
    name: 'lint',
    summary: 'check RayService manifests and the Serve config inside them',
    action: { main: 'src/actions/lint/main.ts' },
  },
  {
    name: 'render',
    summary: 'prepare a manifest for one test run (namespace, labels, overrides)',
    action: { main: 'src/actions/render/main.ts' },
  },
  {
    name: 'deploy',
    summary: 'deploy a rendered manifest to an ephemeral namespace and wait until it serves',
    action: { main: 'src/actions/deploy/main.ts', post: 'src/actions/deploy/post.ts' },
  },
  {
    name: 'load',
    summary: 'run a chat load profile (Taurus-compatible) against the OpenAI endpoint',
    action: { main: 'src/actions/load/main.ts' },
  },
  { name: 'observe', summary: 'record Serve replicas, Ray worker pods, GPUs and events as a timeline' },
  {
    name: 'assert',
    summary: 'decide whether Serve scaled up and back down inside the windows (pass, fail, inconclusive)',
    action: { main: 'src/actions/assert/main.ts' },
  },
  {
    name: 'report',
    summary: 'write the run as Markdown with charts: a file, the job summary, one sticky PR comment',
    action: { main: 'src/actions/report/main.ts' },
  },
  {
    name: 'teardown',
    summary: "delete a test run's RayService and namespace",
    action: { main: 'src/actions/teardown/main.ts' },
  },
  { name: 'janitor', summary: 'delete test namespaces whose expiry has passed' },
  {
    name: 'run',
    summary: 'the whole pipeline, lint to report, on the simulated cluster or yours (teardown always)',
  },
  { name: 'sim', summary: 'run the simulated GPU cluster (Kubernetes API, KubeRay, Ray Serve) on 127.0.0.1' },
];

/** The whole pipeline as one action (the root action.yml, with teardown in its post step); `run` is its command. */
export const PIPELINE_ACTION = {
  name: 'pipeline',
  main: 'src/actions/pipeline/main.ts',
  post: 'src/actions/pipeline/post.ts',
} as const;

/** dist/ entry name → source file, for every action the table names. */
export function actionEntries(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const stage of STAGES) {
    if (!stage.action) continue;
    entries[`${stage.name}/main`] = stage.action.main;
    if (stage.action.post) entries[`${stage.name}/post`] = stage.action.post;
  }
  entries[`${PIPELINE_ACTION.name}/main`] = PIPELINE_ACTION.main;
  entries[`${PIPELINE_ACTION.name}/post`] = PIPELINE_ACTION.post;
  return entries;
}

export function usage(): string {
  const width = Math.max(...STAGES.map((s) => s.name.length)) + 2;
  return [
    'Usage: rayservice-ci <command> [options]',
    '',
    'Commands:',
    ...STAGES.map((s) => `  ${s.name.padEnd(width)} ${s.summary}`),
    '',
    'Run "rayservice-ci <command> --help" for a command\'s options.',
  ].join('\n');
}
