// The Serve proxy of a ray.serve.llm application: OpenAI-compatible routes as Ray's LLM router serves them
// (GET /v1/models, POST /v1/chat/completions, POST /v1/completions, streaming as batched SSE), backed by the
// replicas of the simulated deployments. Formats follow vLLM's serving_chat.py and Ray's router (2.4x).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.ts';
import { readBody, sendJson } from '../http.ts';
import type { Random } from '../random.ts';
import type { DeploymentRuntime, Lease } from './deployment-runtime.ts';
import {
  DEFAULT_LATENCY,
  outputTokens,
  promptTokens,
  tokenText,
  tpotMs,
  ttftMs,
  type LatencyModel,
} from './latency.ts';
import type { Json } from '../api/json.ts';
import type { ServeController } from './serve-controller.ts';

/** Ray Serve LLM batches stream chunks (stream_batching_interval_ms, 50 ms in 2.4x). */
const STREAM_BATCH_MS = 50;

export interface ProxyDeps {
  readonly serve: () => ServeController | undefined;
  readonly clock: Clock;
  readonly random: Random;
  readonly latency?: LatencyModel;
}

const json = (res: ServerResponse, code: number, body: unknown) => sendJson(res, code, body, { 'x-request-id': 'sim' });

function openaiError(res: ServerResponse, code: number, type: string, message: string): void {
  json(res, code, { object: 'error', message, type, param: null, code, error: { message, type, param: null, code } });
}

/** The request's JSON; `undefined` for a body that is not JSON, `null` for one over the size limit. */
async function body(req: IncomingMessage): Promise<unknown> {
  const raw = await readBody(req);
  if (!raw) return null;
  try {
    return JSON.parse(raw.toString('utf8') || '{}');
  } catch {
    return undefined;
  }
}

/** A percent-decoded path, or the path as written when it does not decode (uvicorn substitutes, it never fails). */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

interface ModelRoute {
  readonly deployment: DeploymentRuntime;
  /** The app's ingress (LLMRouter), which holds every request while the model answers it. */
  readonly ingress: DeploymentRuntime | undefined;
  readonly prefix: string;
}

function models(serve: ServeController): ModelRoute[] {
  return [...serve.apps.values()]
    .filter((a) => a.status !== 'DEPLOY_FAILED')
    .flatMap((app) =>
      app.deployments
        .filter((d) => d.spec.model)
        .map((deployment) => ({
          deployment,
          ingress: app.deployments.find((d) => d.spec.ingress),
          prefix: app.routePrefix === '/' || !app.routePrefix ? '' : app.routePrefix,
        })),
    );
}

function card(route: ModelRoute) {
  const model = route.deployment.spec.model!;
  return {
    id: model.id,
    object: 'model',
    owned_by: 'organization-owner',
    permission: [],
    metadata: { model_id: model.id, input_modality: 'text', max_request_context_length: model.maxModelLen },
  };
}

export function createProxyHandler(deps: ProxyDeps) {
  const latency = deps.latency ?? DEFAULT_LATENCY;

  async function complete(
    req: IncomingMessage,
    res: ServerResponse,
    serve: ServeController,
    chat: boolean,
  ): Promise<void> {
    const request = (await body(req)) as Record<string, Json> | null | undefined;
    if (request === null) return openaiError(res, 413, 'BadRequestError', 'Request body is too large.');
    if (!request || typeof request !== 'object')
      return openaiError(res, 400, 'BadRequestError', 'Request body is not valid JSON.');
    const route = models(serve).find((m) => m.deployment.spec.model!.id === request['model']);
    if (!route)
      return openaiError(res, 404, 'NotFoundError', `Could not find base model with ID "${String(request['model'])}"`);
    if (chat && !Array.isArray(request['messages']))
      return openaiError(res, 400, 'BadRequestError', 'messages: Field required');
    const prompt = chat
      ? (request['messages'] as { content?: unknown }[])
          .map((m) => (typeof m?.content === 'string' ? m.content : ''))
          .join('\n')
      : String(request['prompt'] ?? '');
    const maxTokens = Number(request['max_tokens'] ?? request['max_completion_tokens'] ?? 16);
    if (!Number.isInteger(maxTokens) || maxTokens < 1)
      return openaiError(res, 400, 'BadRequestError', 'max_tokens must be at least 1');
    const stream = request['stream'] === true;
    const includeUsage = request['stream_options']?.include_usage === true;

    // The proxy hands the request to an ingress replica, which calls the model deployment through its handle.
    let entry: Lease | undefined;
    let lease: Lease | undefined;
    let closed = false;
    res.on('close', () => {
      closed = true;
      lease?.release();
      entry?.release();
    });
    try {
      const entering = route.ingress ? route.ingress.acquire() : undefined;
      if (route.ingress && !entering)
        return openaiError(
          res,
          503,
          'ServiceUnavailable',
          'Request dropped due to backpressure (max_queued_requests reached).',
        );
      entry = await entering;
      if (closed) return entry?.release();
      const pending = route.deployment.acquire();
      if (!pending) {
        entry?.release();
        return openaiError(
          res,
          503,
          'ServiceUnavailable',
          'Request dropped due to backpressure (max_queued_requests reached).',
        );
      }
      lease = await pending;
    } catch {
      entry?.release();
      return openaiError(res, 503, 'ServiceUnavailable', 'The deployment is shutting down.');
    }
    if (closed) {
      entry?.release();
      return lease.release();
    }

    const id = `${chat ? 'chatcmpl' : 'cmpl'}-${deps.random.suffix(16)}`;
    const created = Math.floor(deps.clock.now() / 1000);
    const model = route.deployment.spec.model!.id;
    const inputTokens = promptTokens(prompt);
    const total = outputTokens(latency, maxTokens, deps.random);
    const finish = total >= maxTokens ? 'length' : 'stop';
    const usage = { prompt_tokens: inputTokens, completion_tokens: total, total_tokens: inputTokens + total };
    const object = chat ? 'chat.completion.chunk' : 'text_completion';
    try {
      await deps.clock.sleep(ttftMs(latency, lease.replica.ongoing, inputTokens));
      if (!stream) {
        let text = '';
        for (let i = 0; i < total; i++) text += tokenText(i, deps.random);
        await deps.clock.sleep(tpotMs(latency, lease.replica.ongoing) * Math.max(0, total - 1));
        if (closed) return;
        return json(
          res,
          200,
          chat
            ? {
                id,
                object: 'chat.completion',
                created,
                model,
                choices: [
                  {
                    index: 0,
                    message: { role: 'assistant', content: text, tool_calls: [], reasoning_content: null },
                    logprobs: null,
                    finish_reason: finish,
                    stop_reason: null,
                  },
                ],
                usage: { ...usage, prompt_tokens_details: null },
                prompt_logprobs: null,
              }
            : {
                id,
                object: 'text_completion',
                created,
                model,
                choices: [{ index: 0, text, logprobs: null, finish_reason: finish, stop_reason: null }],
                usage,
              },
        );
      }
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache',
        'x-request-id': id,
      });
      const event = (payload: unknown) => `data: ${JSON.stringify(payload)}\n\n`;
      const delta = (content: string, extra: Record<string, unknown> = {}) =>
        chat
          ? {
              id,
              object,
              created,
              model,
              choices: [{ index: 0, delta: { content, ...extra }, logprobs: null, finish_reason: null }],
            }
          : { id, object, created, model, choices: [{ index: 0, text: content, logprobs: null, finish_reason: null }] };
      let batch = chat ? event(delta('', { role: 'assistant' })) : '';
      for (let i = 0; i < total && !closed; i++) {
        const last = i === total - 1;
        const chunk = delta(tokenText(i, deps.random));
        if (last) (chunk.choices[0] as Record<string, unknown>)['finish_reason'] = finish;
        batch += event(chunk);
        const step = tpotMs(latency, lease.replica.ongoing);
        // Several events in one write, about every 50 ms, as Ray's stream batching does.
        if (i === 0 || last || (i * step) % STREAM_BATCH_MS < step) {
          res.write(batch);
          batch = '';
        }
        if (!last) await deps.clock.sleep(step);
      }
      if (closed) return;
      if (includeUsage) batch += event({ id, object, created, model, choices: [], usage });
      res.end(`${batch}data: [DONE]\n\n`);
    } finally {
      lease.release();
      entry?.release();
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const serve = deps.serve();
    const path = new URL(req.url ?? '/', 'http://sim').pathname;
    res.on('finish', () => {
      const app = serve ? ([...serve.apps.values()][0]?.name ?? '') : '';
      const key = `${app}|/|${req.method ?? 'GET'}|${res.statusCode}`;
      serve?.httpRequests.set(key, (serve.httpRequests.get(key) ?? 0) + 1);
    });
    if (path === '/-/healthz') {
      res.writeHead(serve?.apps.size ? 200 : 503, { 'Content-Type': 'text/plain' });
      return void res.end(serve?.apps.size ? 'success' : 'This node is being drained.');
    }
    if (!serve) return openaiError(res, 503, 'ServiceUnavailable', 'Serve is not running on this cluster yet.');
    if (path === '/-/routes')
      return json(res, 200, Object.fromEntries([...serve.apps.values()].map((a) => [a.routePrefix ?? '', a.name])));
    const routes = models(serve);
    const prefix =
      routes
        .map((r) => r.prefix)
        .filter((p) => p && path.startsWith(p))
        .sort((a, b) => b.length - a.length)[0] ?? '';
    const local = path.slice(prefix.length) || '/';
    const mine = routes.filter((r) => r.prefix === prefix);
    if (req.method === 'GET' && local === '/v1/models')
      return json(res, 200, { object: 'list', data: mine.map((r) => card(r)) });
    if (req.method === 'GET' && local.startsWith('/v1/models/')) {
      const id = decodePath(local.slice('/v1/models/'.length));
      const route = mine.find((r) => r.deployment.spec.model!.id === id);
      return route
        ? json(res, 200, card(route))
        : openaiError(res, 404, 'InvalidModel', `Could not find model with id "${id}"`);
    }
    if (req.method === 'POST' && local === '/v1/chat/completions') return complete(req, res, serve, true);
    if (req.method === 'POST' && local === '/v1/completions') return complete(req, res, serve, false);
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end(`Path '${path}' not found. Ping http://.../-/routes for available routes.`);
  };
}
