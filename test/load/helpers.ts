// What the load tests share (a recording CliIo is in test/helpers/cli-io.ts): local HTTP stubs on 127.0.0.1 with known timing.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Stub {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 with the given handler; close() ends every connection. */
export async function stubServer(
  handler: (req: IncomingMessage, res: ServerResponse, body: string) => void,
): Promise<Stub> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handler(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An OpenAI chat chunk as vLLM sends it. */
export function chunk(content: string, finish: string | null = null): string {
  return `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, finish_reason: finish }] })}\n\n`;
}

export function usageChunk(completion: number, prompt = 5): string {
  return `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion } })}\n\n`;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
