// The one error boundary around every request the sim serves: the Kubernetes API, /metrics, what the API proxy and
// port-forward reach on pod ports (dashboard, OpenAI endpoint, metrics), and HTTP upgrades. Nothing a client sends
// can crash the process or leave a request unanswered: a Kubernetes error is answered as its Status, a URL that does
// not parse or decode as a 400 BadRequest (as kube-apiserver answers one), anything else as a 500 Status plus one
// line in the injected log.
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ApiError, badRequest, notFound, status, type StatusError } from './api/status.ts';
import { describeError, type SimLog } from './log.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
/** A guarded handler: it settles when the request is answered and never rejects. */
export type GuardedHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
/** Takes an upgrade request; false when it is not one it serves. */
export type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/** How much of a request's URL a log line quotes: a hostile URL may be kilobytes long. */
const LOGGED_URL_CHARS = 200;

/** The request's URL, or the 400 a URL that does not parse is (`//[`: Node hands over whatever the client sent). */
export function requestUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    throw badRequest(`the request URL ${JSON.stringify(truncate(req.url ?? ''))} is not valid`);
  }
}

/** A percent-decoded path segment, or the 400 a malformed escape (`%E0`, `%zz`) is. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(
      `the request path segment ${JSON.stringify(truncate(segment))} is not valid percent-encoded UTF-8`,
    );
  }
}

const truncate = (text: string) => (text.length > LOGGED_URL_CHARS ? `${text.slice(0, LOGGED_URL_CHARS)}…` : text);

/** What an error thrown by a handler answers, and whether it is the sim's own fault (logged). */
function answerFor(error: unknown): { status: StatusError; internal: boolean } {
  if (error instanceof ApiError) return { status: error.error, internal: false };
  // A URIError can only come from decoding something the client sent.
  if (error instanceof URIError)
    return { status: badRequest(`the request could not be decoded: ${error.message}`).error, internal: false };
  const message = error instanceof Error ? error.message : String(error);
  // apimachinery's NewInternalError.
  return {
    status: {
      code: 500,
      reason: 'InternalError',
      message: `Internal error occurred: ${message}`,
      details: { causes: [{ message }] },
    },
    internal: true,
  };
}

function where(req: IncomingMessage): string {
  return `${req.method ?? 'GET'} ${truncate(req.url ?? '/')}`;
}

function answer(res: ServerResponse, error: StatusError): void {
  const body = JSON.stringify(status(error));
  res.writeHead(error.code, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-cache, private',
  });
  res.end(body);
}

/** Whether the client can no longer get an answer (it went away, or one was given). */
const settled = (res: ServerResponse) => res.writableEnded || res.destroyed;

/**
 * Wraps a handler in the boundary: thrown errors and rejections become answers (or, once an answer has started,
 * an aborted response, which is all HTTP allows then), and a handler that returns without answering gets a 500.
 */
export function guarded(handler: Handler, log: SimLog, name = 'the sim'): GuardedHandler {
  return async (req, res) => {
    // A client that resets mid-request makes these streams emit 'error'; unheard, that would end the process.
    req.on('error', () => {});
    res.on('error', () => {});
    // Read now: the API proxy rewrites req.url for the pod it hands the request to.
    const request = where(req);
    let failure: unknown;
    let failed = false;
    try {
      await handler(req, res);
    } catch (error) {
      failure = error;
      failed = true;
    }
    if (!failed) {
      if (res.headersSent || settled(res)) return;
      failure = new Error('the handler returned without answering');
    }
    const { status: error, internal } = answerFor(failure);
    if (internal) log(`rayservice-ci sim: internal error in ${name} answering ${request}: ${describeError(failure)}`);
    if (settled(res)) return;
    if (res.headersSent) {
      // The status line is gone: ending normally would pass a truncated answer off as complete.
      res.destroy();
      return;
    }
    try {
      answer(res, error);
    } catch (cannot) {
      // Nothing more can be said on this connection (it broke while answering).
      log(`rayservice-ci sim: could not answer ${request}: ${describeError(cannot)}`);
      res.destroy();
    }
  };
}

/** A Status answer on a socket that has not been upgraded: a plain HTTP/1.1 response, then the connection closes. */
function answerRaw(socket: Duplex, error: StatusError): void {
  const body = JSON.stringify(status(error));
  socket.end(
    `HTTP/1.1 ${error.code} ${STATUS_CODES[error.code] ?? 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Wraps an upgrade handler (port-forward) in the boundary. An upgrade that is not one the sim serves is a 404;
 * errors before the switch are answered as Status, after it the connection is closed.
 */
export function guardedUpgrade(
  upgrade: UpgradeHandler,
  log: SimLog,
): (req: IncomingMessage, socket: Duplex, head: Buffer) => void {
  return (req, socket, head) => {
    // Node takes its own error listener off a socket it hands to 'upgrade': without one, a client resetting the
    // connection would be an uncaught error, and the end of the process.
    socket.on('error', () => socket.destroy());
    // A kept-alive connection has carried earlier answers: only bytes written from here on mean a switch.
    const written = () => (socket as { bytesWritten?: number }).bytesWritten ?? 0;
    const before = written();
    try {
      const url = requestUrl(req);
      if (!upgrade(req, socket, head)) answerRaw(socket, notFound('path', url.pathname).error);
    } catch (error) {
      const { status: answer, internal } = answerFor(error);
      if (internal) log(`rayservice-ci sim: internal error upgrading ${where(req)}: ${describeError(error)}`);
      // Bytes already written mean the protocol switched: a Status would be garbage to the client.
      if (socket.writable && written() === before) answerRaw(socket, answer);
      else socket.destroy();
    }
  };
}
