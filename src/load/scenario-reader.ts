// Scenarios and requests as Taurus writes them (site/dat/docs/JMeter.md "Global Settings" and "HTTP Requests";
// bzt/requests_model.py), shared by the Taurus reader and our own LoadProfile, whose requests have the same shape.
// What we do not support is an error naming the key; what Taurus would do differently is said in the message.
import type { YamlPath } from '../manifest/index.ts';
import type { ProfileReader, Mapping } from './profile-reader.ts';
import { isMapping, kindOf } from './profile-reader.ts';
import type { LlmApi, RequestSpec, ScenarioSpec, ThinkTime } from './profile.ts';
import { compileTemplate, type Template } from './template.ts';

/** Taurus's default for `timeout` (JMeter.md: 30s), applied as the connect and the idle timeout. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Reads a body-file relative to the profile; a problem is a sentence. */
export type BodyFileReader = (path: string) => { text: string } | { problem: string };

const REQUEST_KEYS = new Set([
  'url',
  'method',
  'label',
  'headers',
  'body',
  'body-file',
  'think-time',
  'timeout',
  'follow-redirects',
]);

/** Request keys Taurus has and we do not run, with why; logic blocks first (bzt/jmx/tools.py, JMeter.md). */
const UNSUPPORTED_REQUEST_KEYS: Readonly<Record<string, string>> = {
  assert: 'response assertions',
  'assert-jsonpath': 'JSONPath assertions',
  'assert-xpath': 'XPath assertions',
  'extract-jsonpath': 'JSONPath extractors',
  'extract-regexp': 'regular expression extractors',
  'extract-boundary': 'boundary extractors',
  'extract-css-jquery': 'CSS/jQuery extractors',
  'extract-xpath': 'XPath extractors',
  jsr223: 'JSR223 scripts',
  'upload-files': 'file uploads',
  'content-encoding': 'request content encoding',
  if: 'the if logic block',
  then: 'the if logic block',
  else: 'the if logic block',
  loop: 'the loop logic block',
  while: 'the while logic block',
  foreach: 'the foreach logic block',
  do: 'logic blocks',
  transaction: 'transactions',
  'include-scenario': 'included scenarios',
  'set-variables': 'set-variables blocks',
  action: 'thread actions',
};

const SCENARIO_KEYS = new Set([
  'default-address',
  'headers',
  'requests',
  'think-time',
  'timeout',
  'keepalive',
  'variables',
  'criteria',
  'follow-redirects',
  'store-cookie',
  'store-cache',
  'retrieve-resources',
]);

const UNSUPPORTED_SCENARIO_KEYS: Readonly<Record<string, string>> = {
  script: 'running a JMX or other script file',
  'data-sources': 'CSV data sources',
  'content-encoding': 'request content encoding',
  'concurrent-pool-size': 'embedded resource download pools',
  'random-source-ip': 'random source IPs',
  'force-parent-sample': 'transaction parent samples',
  properties: 'JMeter properties',
  'use-dns-cache-mgr': "JMeter's DNS cache manager",
  'retrieve-resources-regex': 'embedded resource retrieval',
  'ssl-server-cert': 'client certificates',
  authorization: 'the HTTP authorization manager',
};

/** Keys whose Taurus default is true and which we only support switched off (we never follow, store or retrieve). */
const OFF_ONLY = new Set(['follow-redirects', 'store-cookie', 'store-cache', 'retrieve-resources']);

export interface ScenarioDefaults {
  readonly address?: string | undefined;
  readonly timeoutMs?: number | undefined;
}

/** The scenario's criteria lines come back beside it: Taurus keeps per-scenario pass/fail under `criteria`. */
export function readScenario(
  reader: ProfileReader,
  name: string,
  raw: Mapping,
  path: YamlPath,
  readBodyFile: BodyFileReader,
): { scenario: ScenarioSpec | undefined; criteria: { text: string; path: YamlPath }[] } {
  const criteria: { text: string; path: YamlPath }[] = [];
  for (const key of Object.keys(raw)) {
    const why = UNSUPPORTED_SCENARIO_KEYS[key];
    if (why)
      reader.error(
        [...path, key],
        `"${key}" (${why}) is a Taurus feature rayservice-ci does not support; remove it.`,
        'key',
      );
    else if (!SCENARIO_KEYS.has(key))
      reader.error(
        [...path, key],
        `"${key}" is not a scenario setting rayservice-ci knows (it reads ${[...SCENARIO_KEYS].join(', ')}).`,
        'key',
      );
    else if (OFF_ONLY.has(key) && raw[key] !== false)
      reader.error(
        [...path, key],
        `rayservice-ci supports "${key}" only as false (it does not ${key.replace('-', ' ')}); remove it or set false.`,
      );
  }
  const address = reader.string(raw['default-address'], [...path, 'default-address']);
  if (address !== undefined && !/^https?:\/\/[^/\s]+/i.test(address))
    reader.error([...path, 'default-address'], 'expected an address like http://localhost:8000.');
  const timeoutMs = reader.duration(raw['timeout'], [...path, 'timeout']) ?? DEFAULT_TIMEOUT_MS;
  const keepalive = reader.boolean(raw['keepalive'], [...path, 'keepalive']) ?? true;
  const thinkTime = readThinkTime(reader, raw['think-time'], [...path, 'think-time']);
  const headers = readHeaders(reader, raw['headers'], [...path, 'headers']);
  const variables: Record<string, string> = {};
  const vars = reader.mapping(raw['variables'], [...path, 'variables']);
  for (const [key, value] of Object.entries(vars ?? {})) {
    const text = reader.string(value, [...path, 'variables', key]);
    if (text !== undefined) variables[key] = text;
  }
  if (raw['criteria'] !== undefined) {
    if (!Array.isArray(raw['criteria'])) reader.error([...path, 'criteria'], 'expected a list of pass/fail criteria.');
    else
      raw['criteria'].forEach((c, i) =>
        criteria.push({
          text: criterionText(reader, c, [...path, 'criteria', i]) ?? '',
          path: [...path, 'criteria', i],
        }),
      );
  }
  const requestsRaw = raw['requests'];
  if (!Array.isArray(requestsRaw) || requestsRaw.length === 0) {
    reader.error(
      [...path, 'requests'],
      raw['requests'] === undefined
        ? 'a scenario needs requests: a list of requests to send.'
        : 'expected a non-empty list of requests.',
    );
    return { scenario: undefined, criteria };
  }
  const requests: RequestSpec[] = [];
  requestsRaw.forEach((item, i) => {
    const request = readRequest(
      reader,
      item,
      [...path, 'requests', i],
      { headers, thinkTime, timeoutMs },
      readBodyFile,
    );
    if (request) requests.push(request);
  });
  return { scenario: { name, address, requests, variables, keepalive }, criteria };
}

interface RequestDefaults {
  readonly headers: readonly { name: string; value: string }[];
  readonly thinkTime: ThinkTime | undefined;
  readonly timeoutMs: number;
}

function readRequest(
  reader: ProfileReader,
  raw: unknown,
  path: YamlPath,
  defaults: RequestDefaults,
  readBodyFile: BodyFileReader,
): RequestSpec | undefined {
  // A string item is a GET of that URL (JMeter.md, "HTTP Requests").
  const item: Mapping | undefined = typeof raw === 'string' ? { url: raw } : isMapping(raw) ? raw : undefined;
  if (!item) return reader.error(path, `expected a request (a URL or a mapping with url:), got ${kindOf(raw)}.`);
  for (const key of Object.keys(item)) {
    const why = UNSUPPORTED_REQUEST_KEYS[key];
    if (why)
      reader.error(
        [...path, key],
        `"${key}" (${why}) is a Taurus feature rayservice-ci does not support; remove it.`,
        'key',
      );
    else if (!REQUEST_KEYS.has(key))
      reader.error(
        [...path, key],
        `"${key}" is not a request setting rayservice-ci knows (it reads ${[...REQUEST_KEYS].join(', ')}).`,
        'key',
      );
  }
  if (item['follow-redirects'] !== undefined && item['follow-redirects'] !== false)
    reader.error(
      [...path, 'follow-redirects'],
      'rayservice-ci does not follow redirects (a 3xx is recorded as it is); remove it or set false.',
    );
  const urlText = reader.string(item['url'], [...path, 'url']);
  if (!urlText) return reader.error(path, 'a request needs url:, absolute or relative to default-address.');
  const methodText = reader.string(item['method'], [...path, 'method']) ?? 'GET';
  // bzt upper-cases the method unless it holds a variable.
  const method = methodText.includes('${') ? methodText : methodText.toUpperCase();
  if (!/^[A-Z]+$/.test(method))
    reader.error(
      [...path, 'method'],
      `"${method}" is not an HTTP method rayservice-ci can send (no variables in methods).`,
    );
  const label = reader.string(item['label'], [...path, 'label']) ?? urlText;
  const local = readHeaders(reader, item['headers'], [...path, 'headers']);
  const merged = new Map<string, { name: string; value: string }>();
  for (const h of [...defaults.headers, ...local]) merged.set(h.name.toLowerCase(), h);
  const headers: { name: string; value: Template }[] = [];
  for (const h of merged.values()) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(h.name))
      reader.error([...path, 'headers', h.name], `"${h.name}" is not a valid header name.`, 'key');
    headers.push({ name: h.name, value: template(reader, h.value, [...path, 'headers', h.name]) });
  }
  const contentType = merged.get('content-type')?.value ?? '';
  const llmRoute = method === 'POST' ? llmApiOf(urlText) : undefined;
  let bodyText: string | undefined;
  if (item['body'] !== undefined && item['body'] !== null) {
    if (item['body-file'] !== undefined)
      reader.warn([...path, 'body-file'], 'both body and body-file are set; body is sent, as Taurus does.');
    const body = item['body'];
    if (typeof body === 'string') bodyText = body;
    else if (isMapping(body) || Array.isArray(body)) {
      // bzt/utils.py: a mapping is JSON when the Content-Type says so, otherwise form-encoded. Ours: also JSON on
      // an OpenAI route with no Content-Type (such a server reads nothing else; the header is added).
      if (/json/i.test(contentType) || Array.isArray(body) || (llmRoute && contentType === ''))
        bodyText = JSON.stringify(body);
      else
        bodyText = Object.entries(body)
          .map(
            ([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))}`,
          )
          .join('&');
    } else bodyText = String(body);
  } else if (item['body-file'] !== undefined) {
    const file = reader.string(item['body-file'], [...path, 'body-file']);
    if (file) {
      const read = readBodyFile(file);
      if ('problem' in read) reader.error([...path, 'body-file'], read.problem);
      else bodyText = read.text;
    }
  }
  const thinkTime =
    item['think-time'] !== undefined
      ? readThinkTime(reader, item['think-time'], [...path, 'think-time'])
      : defaults.thinkTime;
  const timeoutMs = reader.duration(item['timeout'], [...path, 'timeout']) ?? defaults.timeoutMs;
  const url = template(reader, urlText, [...path, 'url']);
  const body =
    bodyText === undefined
      ? undefined
      : template(reader, bodyText, [...path, item['body'] !== undefined ? 'body' : 'body-file']);
  const llm = method === 'POST' ? llmApiOf(url.constant ?? urlText) : undefined;
  const streamOff = llm !== undefined && bodyText !== undefined && streamFalse(bodyText);
  if (llm && bodyText !== undefined && !/json/i.test(contentType) && contentType !== '')
    reader.warn(
      [...path, 'headers'],
      `the Content-Type is "${contentType}", not JSON; an OpenAI endpoint reads JSON bodies.`,
    );
  if (llm && body?.constant !== undefined) {
    try {
      const parsed: unknown = JSON.parse(body.constant);
      if (!isMapping(parsed)) reader.error([...path, 'body'], 'the body of a completion request is a JSON object.');
    } catch {
      reader.error([...path, 'body'], 'the body of a completion request is not valid JSON.');
    }
  }
  return { label, method, url, headers, body, thinkTime, timeoutMs, llm, streamOff, place: reader.place(path) };
}

/** OpenAI-compatible routes whose answers we read as LLM streams; the path may carry a prefix (a Serve route). */
export function llmApiOf(url: string): LlmApi | undefined {
  const path = url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  if (path.endsWith('/v1/chat/completions')) return 'chat';
  if (path.endsWith('/v1/completions')) return 'completions';
  return undefined;
}

function streamFalse(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    return isMapping(parsed) && parsed['stream'] === false;
  } catch {
    return /"stream"\s*:\s*false/.test(body);
  }
}

function template(reader: ProfileReader, text: string, path: YamlPath): Template {
  const compiled = compileTemplate(text);
  for (const e of compiled.errors) reader.error(path, e);
  for (const w of compiled.warnings) reader.warn(path, w, 'value');
  return compiled.template;
}

function readHeaders(reader: ProfileReader, raw: unknown, path: YamlPath): { name: string; value: string }[] {
  const headers = reader.mapping(raw, path);
  const out: { name: string; value: string }[] = [];
  for (const [name, value] of Object.entries(headers ?? {})) {
    const text = reader.string(value, [...path, name]);
    if (text !== undefined) out.push({ name, value: text });
  }
  return out;
}

/** Taurus think-time: a duration, or uniform / gaussian / poisson (mean, dev) (bzt/utils.py parse_think_time). */
export function readThinkTime(reader: ProfileReader, raw: unknown, path: YamlPath): ThinkTime | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') {
    const call = /^\s*(\w+)\s*\(\s*([^,]+?)\s*,\s*([^,]+?)\s*\)\s*$/.exec(raw);
    if (call) {
      const kind = call[1]!.toLowerCase();
      const mean = reader.duration(call[2], path);
      const dev = reader.duration(call[3], path);
      if (mean === undefined || dev === undefined) return undefined;
      if (kind === 'uniform') return { kind: 'uniform', meanMs: mean, devMs: dev };
      if (kind === 'gaussian') return { kind: 'gaussian', meanMs: mean, devMs: dev };
      if (kind === 'poisson') {
        // Taurus: a constant delay of dev plus a Poisson draw with lambda = mean − dev (see ThinkTime).
        if (dev > mean)
          return reader.error(
            path,
            `poisson(mean, dev) waits dev plus a Poisson draw of mean − dev, so dev cannot exceed mean; got ${raw}.`,
          );
        return { kind: 'poisson', lambdaMs: mean - dev, delayMs: dev };
      }
      return reader.error(
        path,
        `"${kind}" is not a think-time distribution; use a duration, uniform(mean, dev), gaussian(mean, dev) or poisson(mean, dev).`,
      );
    }
    if (/^\s*\w+\s*\(/.test(raw))
      return reader.error(
        path,
        `"${raw.slice(0, 60)}" is not a think time Taurus reads: a distribution takes two durations, as in poisson(2s, 500ms) or uniform(2s, 1s).`,
      );
  }
  const ms = reader.duration(raw, path);
  return ms === undefined ? undefined : { kind: 'constant', ms };
}

/** A passfail criterion as a line; the dict forms (bzt/modules/passfail.py) are written back as one. */
export function criterionText(reader: ProfileReader, raw: unknown, path: YamlPath): string | undefined {
  if (typeof raw === 'string') return raw;
  if (!isMapping(raw)) return reader.error(path, `expected a criterion line like "p95>10s", got ${kindOf(raw)}.`);
  const keys = Object.keys(raw);
  if (
    keys.length === 1 &&
    typeof raw[keys[0]!] === 'string' &&
    !['subject', 'condition', 'threshold'].includes(keys[0]!)
  )
    return raw[keys[0]!] as string;
  const subject = raw['subject'];
  const condition = raw['condition'];
  const threshold = raw['threshold'];
  if (
    typeof subject !== 'string' ||
    typeof condition !== 'string' ||
    (typeof threshold !== 'string' && typeof threshold !== 'number')
  )
    return reader.error(path, 'a criterion written as a mapping needs subject, condition and threshold.');
  const label = typeof raw['label'] === 'string' ? ` of ${raw['label']}` : '';
  const timeframe =
    raw['timeframe'] !== undefined
      ? ` ${typeof raw['logic'] === 'string' ? raw['logic'] : 'for'} ${String(raw['timeframe'])}`
      : '';
  const stop = raw['stop'] === false ? 'continue' : 'stop';
  const fail = raw['fail'] === false ? 'non-failed' : 'failed';
  return `${subject}${label}${condition}${threshold}${timeframe}, ${stop} as ${fail}`;
}
