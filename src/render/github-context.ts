// What a run knows about where it runs, from the variables GitHub Actions sets; empty on a laptop.
import type { RenderSource } from './types.ts';

export function runIdFrom(env: Readonly<Record<string, string | undefined>>): string {
  const id = env['GITHUB_RUN_ID'];
  if (!id) return 'local';
  return `${id}-${env['GITHUB_RUN_ATTEMPT'] ?? '1'}`;
}

export function sourceFrom(env: Readonly<Record<string, string | undefined>>, eventPullRequest?: number): RenderSource {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const runId = env['GITHUB_RUN_ID'];
  const pr = /^refs\/pull\/(\d+)\//.exec(env['GITHUB_REF'] ?? '')?.[1];
  return {
    repository,
    sha: env['GITHUB_SHA'],
    pullRequest: eventPullRequest ?? (pr ? Number(pr) : undefined),
    runUrl: server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined,
  };
}
