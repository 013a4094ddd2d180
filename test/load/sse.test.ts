// The SSE parser and the OpenAI stream reader: chunks split anywhere (inside a line, a CRLF, a UTF-8 character), every
// line ending, comments and multi-line data; tokens, usage, finish reasons, an error payload, [DONE].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { OpenAiStream, SseParser } from '../../src/load/index.ts';

function parse(chunks: Buffer[]): { data: string; type: string }[] {
  const events: { data: string; type: string }[] = [];
  const parser = new SseParser({ event: (data, type) => events.push({ data, type }) });
  for (const c of chunks) parser.push(c);
  parser.end();
  return events;
}

function splitAt(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let at = 0;
  for (const p of points) {
    out.push(bytes.subarray(at, p));
    at = p;
  }
  out.push(bytes.subarray(at));
  return out;
}

const STREAM = Buffer.from(
  ': keep-alive\r\n' +
    'data: {"choices":[{"delta":{"content":"héllo 🌙"}}]}\r\n\r\n' +
    'event: note\ndata: line one\ndata:line two\n\n' +
    'data: {"choices":[],"usage":{"completion_tokens":2}}\r\r' +
    'data: [DONE]\n\n',
);
const EXPECTED = [
  { data: '{"choices":[{"delta":{"content":"héllo 🌙"}}]}', type: 'message' },
  { data: 'line one\nline two', type: 'note' },
  { data: '{"choices":[],"usage":{"completion_tokens":2}}', type: 'message' },
  { data: '[DONE]', type: 'message' },
];

test('SSE: the same events however the bytes are split (inside a line, a CRLF, a multi-byte character)', () => {
  assert.deepEqual(parse([STREAM]), EXPECTED);
  // Byte by byte: every boundary at once.
  assert.deepEqual(parse([...STREAM].map((b) => Buffer.from([b]))), EXPECTED);
  fc.assert(
    fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
      assert.deepEqual(parse(splitAt(STREAM, cuts)), EXPECTED);
    }),
    { numRuns: 300, seed: 7 },
  );
});

test('SSE: an event not closed by a blank line is dropped at the end, and the cut is reported', () => {
  const events: string[] = [];
  const parser = new SseParser({ event: (data) => events.push(data) });
  parser.push(Buffer.from('data: a\n\ndata: b'));
  assert.equal(parser.end(), true);
  assert.deepEqual(events, ['a']);
});

test('SSE: an event over the size limit stops the parser with a reason instead of growing without bound', () => {
  const parser = new SseParser({ event: () => assert.fail('no event') });
  const big = Buffer.alloc(64 * 1024, 'x');
  parser.push(Buffer.from('data: '));
  for (let i = 0; i < 20 && !parser.failed; i++) parser.push(big);
  assert.match(parser.failed ?? '', /larger than 1024 KiB/);
});

test('OpenAI stream: tokens only from non-empty deltas, usage and finish reason, [DONE], an error payload', () => {
  const times: number[] = [];
  const stream = new OpenAiStream('chat', { token: (at) => times.push(at) });
  stream.event('{"choices":[{"delta":{"role":"assistant","content":""}}]}', 1);
  stream.event('{"choices":[{"delta":{"content":"Hi"}}]}', 2);
  stream.event('{"choices":[{"delta":{"reasoning_content":"hmm"}}]}', 3);
  stream.event('{"choices":[{"delta":{"tool_calls":[{"id":"t"}]},"finish_reason":"tool_calls"}]}', 4);
  stream.event('{"choices":null,"usage":{"prompt_tokens":7,"completion_tokens":3}}', 5);
  stream.event('[DONE]', 6);
  stream.event('{"choices":[{"delta":{"content":"after done"}}]}', 7);
  assert.deepEqual(times, [2, 3, 4]);
  assert.equal(stream.completionTokens, 3);
  assert.equal(stream.promptTokens, 7);
  assert.equal(stream.finishReason, 'tool_calls');
  assert.equal(stream.done, true);
  const failing = new OpenAiStream('completions', { token: () => {} });
  failing.event('{"choices":[{"text":"a"}]}', 1);
  failing.event('{"error":{"message":"CUDA out of memory","type":"InternalServerError","code":500}}', 2);
  failing.event('not json', 3);
  assert.equal(failing.tokenChunks, 1);
  assert.equal(failing.error, 'CUDA out of memory');
  assert.equal(failing.invalidEvents, 1);
  const old = new OpenAiStream('chat', { token: () => {} });
  old.event('{"object":"error","message":"too long","type":"BadRequestError"}', 1);
  assert.equal(old.error, 'too long');
});
