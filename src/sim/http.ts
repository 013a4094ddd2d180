// The HTTP plumbing every sim server shares: JSON answers, and request bodies read within kube-apiserver's bound.
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(code, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** kube-apiserver refuses request bodies over 3 MiB (apiserver's MaxRequestBodyBytes); the sim's servers do too. */
export const MAX_REQUEST_BODY_BYTES = 3 * 1024 * 1024;

/**
 * The request body, or `undefined` when it is larger than `limit` bytes: the caller answers 413. Past the limit
 * nothing more is kept, so a client cannot make the sim hold more than `limit` bytes for one request.
 */
export function readBody(req: IncomingMessage, limit = MAX_REQUEST_BODY_BYTES): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length']) > limit) {
    req.resume();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      req.off('data', onData);
      req.resume();
      resolve(undefined);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    req.once('error', reject);
  });
}
