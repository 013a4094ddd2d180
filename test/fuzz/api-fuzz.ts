// Runs generated requests against a running sim over real HTTP and checks what must hold for any of them: an
// answer in bounded time, never a 500 (an unexpected exception), errors as Kubernetes Status objects, and the sim
// still answering afterwards.
import fc from 'fast-check';
import { request } from 'node:http';
import { apiRequest, type ApiRequest } from './api-arbitraries.ts';

interface Answer {
  readonly status: number;
  readonly body: string;
}

function send(base: URL, req: ApiRequest, timeoutMs: number): Promise<Answer | 'timeout'> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = {};
    if (req.contentType) headers['Content-Type'] = req.contentType;
    if (req.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(req.body, 'latin1'));
    // node:http sends the path as written: no URL normalisation between the fuzzer and the server.
    const r = request(
      { host: base.hostname, port: base.port, method: req.method, path: req.path, headers, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, body: '' }));
      },
    );
    r.on('timeout', () => {
      r.destroy();
      resolve('timeout');
    });
    r.on('error', (error) => resolve({ status: 0, body: String(error) }));
    r.end(req.body === undefined ? undefined : Buffer.from(req.body, 'latin1'));
  });
}

export function answerViolations(req: ApiRequest, answer: Answer | 'timeout'): string[] {
  if (answer === 'timeout') return ['no answer within the bound'];
  const found: string[] = [];
  if (answer.status < 100 || answer.status > 599) found.push(`status ${answer.status} (${answer.body.slice(0, 120)})`);
  if (answer.status === 500) found.push(`500: ${answer.body.slice(0, 200)}`);
  const pathOnly = req.path.split('?')[0]!;
  if (answer.status >= 400 && /^\/apis?(\/|$)/.test(pathOnly) && req.method !== 'HEAD') {
    let status: { kind?: unknown; code?: unknown } | undefined;
    try {
      status = JSON.parse(answer.body) as typeof status;
    } catch {
      status = undefined;
    }
    if (status?.kind !== 'Status' || status.code !== answer.status)
      found.push(`error ${answer.status} is not a Status object with that code: ${answer.body.slice(0, 160)}`);
  }
  return found;
}

export interface ApiFuzzResult {
  readonly runs: number;
  readonly failures: string[];
  readonly statuses: Record<number, number>;
}

/** `numRuns` generated requests, one at a time; the sim must answer /version after every one. */
export async function fuzzApi(
  simUrl: string,
  numRuns: number,
  seed: number,
  timeoutMs = 10_000,
): Promise<ApiFuzzResult> {
  const base = new URL(simUrl);
  const statuses: Record<number, number> = {};
  const failures: string[] = [];
  let runs = 0;
  await fc
    .assert(
      fc.asyncProperty(apiRequest, async (req) => {
        runs++;
        const answer = await send(base, req, timeoutMs);
        if (answer !== 'timeout') statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        const alive = await send(
          base,
          { method: 'GET', path: '/version', contentType: undefined, body: undefined },
          timeoutMs,
        );
        const problems = [
          ...answerViolations(req, answer),
          ...(alive !== 'timeout' && alive.status === 200 ? [] : ['the sim stopped answering /version']),
        ];
        if (problems.length)
          failures.push(
            `${req.method} ${req.path.slice(0, 200)} [${req.contentType ?? '-'}] body=${JSON.stringify(req.body?.slice(0, 120))}: ${problems.join('; ')}`,
          );
        return problems.length === 0;
      }),
      { numRuns, seed, endOnFailure: true },
    )
    .catch(() => undefined);
  return { runs, failures, statuses };
}
