// A local stand-in for the part of GitHub's REST API a sticky comment uses, on 127.0.0.1: GET /user, issue comments
// listed with Link-header pagination, created and updated; tokens that are a user's, an app installation's (the
// GITHUB_TOKEN kind, whose GET /user is 403), or read-only; and a record of every request (never the token itself).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  created_at: string;
  updated_at: string;
}

export interface TokenIdentity {
  /** The login its comments carry (an installation token writes as github-actions[bot]). */
  readonly login: string;
  /** installation: GET /user answers 403, as GitHub does for GITHUB_TOKEN. */
  readonly kind: 'user' | 'installation';
  /** Writes answer 403 "Resource not accessible by integration" (a fork's pull request, a read-only job). */
  readonly readOnly?: boolean;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly status: number;
  /** The Authorization header's scheme ("token", "bearer") or none. */
  readonly auth: string;
}

export interface GitHubApi {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Comments of owner/repo#number, oldest first. */
  comments(repository: string, number: number): StoredComment[];
  addComment(repository: string, number: number, login: string, body: string): StoredComment;
  close(): Promise<void>;
}

const MAX_BODY = 65_536;
const MAX_REQUEST = 1 << 20;

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > MAX_REQUEST) req.destroy(new Error('request too large'));
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

export async function startGitHubApi(tokens: Readonly<Record<string, TokenIdentity>>): Promise<GitHubApi> {
  const threads = new Map<string, StoredComment[]>();
  const requests: RecordedRequest[] = [];
  let nextId = 1000;
  const thread = (repository: string, number: number) => {
    const key = `${repository}#${number}`;
    let list = threads.get(key);
    if (!list) threads.set(key, (list = []));
    return list;
  };
  const make = (login: string, body: string): StoredComment => {
    const now = new Date(Date.UTC(2026, 0, 1) + nextId * 1000).toISOString();
    return {
      id: nextId++,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: now,
      updated_at: now,
    };
  };
  let base = '';
  const view = (repository: string, number: number, c: StoredComment) => ({
    ...c,
    html_url: `https://github.example/${repository}/pull/${number}#issuecomment-${c.id}`,
    url: `${base}/repos/${repository}/issues/comments/${c.id}`,
  });

  async function handle(req: IncomingMessage, res: ServerResponse, record: (status: number) => void): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const header = req.headers.authorization ?? '';
    const who = tokens[header.split(' ')[1] ?? ''];
    const reply = (status: number, body: unknown, headers?: Record<string, string>) => {
      record(status);
      send(res, status, body, headers);
    };
    if (!who) return reply(401, { message: 'Bad credentials', status: '401' });
    if (req.method === 'GET' && url.pathname === '/user') {
      if (who.kind === 'installation')
        return reply(403, { message: 'Resource not accessible by integration', status: '403' });
      return reply(200, { login: who.login, id: 1, type: 'User' });
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list) {
      const repository = `${list[1]}/${list[2]}`;
      const number = Number(list[3]);
      if (req.method === 'GET') {
        const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const all = thread(repository, number);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const link = (p: number, rel: string) => {
          const u = new URL(`${base}${url.pathname}`);
          u.searchParams.set('per_page', String(perPage));
          u.searchParams.set('page', String(p));
          return `<${u.href}>; rel="${rel}"`;
        };
        const links = [
          ...(page > 1 ? [link(page - 1, 'prev'), link(1, 'first')] : []),
          ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
        ];
        const items = all.slice((page - 1) * perPage, page * perPage).map((c) => view(repository, number, c));
        return reply(200, items, links.length ? { link: links.join(', ') } : {});
      }
      if (req.method === 'POST') {
        if (who.readOnly) return reply(403, { message: 'Resource not accessible by integration', status: '403' });
        const body = JSON.parse(await readBody(req)) as { body?: unknown };
        if (typeof body.body !== 'string' || body.body.length > MAX_BODY)
          return reply(422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'invalid' }] });
        const comment = make(who.login, body.body);
        thread(repository, number).push(comment);
        return reply(201, view(repository, number, comment));
      }
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (one && req.method === 'PATCH') {
      const repository = `${one[1]}/${one[2]}`;
      if (who.readOnly) return reply(403, { message: 'Resource not accessible by integration', status: '403' });
      for (const [key, comments] of threads) {
        if (!key.startsWith(`${repository}#`)) continue;
        const comment = comments.find((c) => c.id === Number(one[3]));
        if (!comment) continue;
        if (comment.user.login !== who.login) return reply(403, { message: 'Must have admin rights to Repository.' });
        const body = JSON.parse(await readBody(req)) as { body?: unknown };
        if (typeof body.body !== 'string' || body.body.length > MAX_BODY)
          return reply(422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'invalid' }] });
        comment.body = body.body;
        comment.updated_at = new Date(Date.parse(comment.updated_at) + 1000).toISOString();
        return reply(200, view(repository, Number(key.split('#')[1]), comment));
      }
    }
    return reply(404, { message: 'Not Found' });
  }

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const auth = (req.headers.authorization ?? '').split(' ')[0]!.toLowerCase();
    const record = (status: number) =>
      void requests.push({
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status,
        auth,
      });
    handle(req, res, record).catch(() => {
      if (!res.headersSent) {
        record(400);
        send(res, 400, { message: 'Problems parsing JSON' });
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    comments: (repository, number) => thread(repository, number),
    addComment: (repository, number, login, body) => {
      const comment = make(login, body);
      thread(repository, number).push(comment);
      return comment;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
