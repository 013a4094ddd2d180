// Our own profile format, `kind: LoadProfile`: the same requests as Taurus, one load shape (closed like Taurus, or
// open-loop constant/Poisson arrivals with a cap on requests in flight), and our settings at the top. Its shape is
// checked with ajv against LOAD_PROFILE_SCHEMA (documented in docs/load-profile.md); the values then go through the
// same readers as a Taurus profile, so both report problems at the same places with the same words.
import { Ajv } from 'ajv';
import { API_VERSION } from '../contracts/index.ts';
import type { YamlPath } from '../manifest/index.ts';
import { readExtensions, EXTENSION_KEYS } from './extension-reader.ts';
import type { Mapping, ProfileReader } from './profile-reader.ts';
import type { LoadProfile, LoadShape } from './profile.ts';
import { readScenario, type BodyFileReader } from './scenario-reader.ts';

const duration = { type: ['string', 'number'] } as const;
const positiveInteger = { type: 'integer', minimum: 1 } as const;
const headers = { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } } as const;

export const LOAD_PROFILE_SCHEMA = {
  type: 'object',
  required: ['apiVersion', 'kind', 'requests', 'load'],
  additionalProperties: false,
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: 'LoadProfile' },
    target: {
      type: 'object',
      additionalProperties: false,
      properties: {
        address: { type: 'string', pattern: '^https?://' },
        timeout: duration,
        keepalive: { type: 'boolean' },
        headers,
      },
    },
    variables: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    'think-time': duration,
    requests: {
      type: 'array',
      minItems: 1,
      items: {
        oneOf: [
          { type: 'string' },
          {
            type: 'object',
            required: ['url'],
            additionalProperties: false,
            properties: {
              url: { type: 'string' },
              method: { type: 'string' },
              label: { type: ['string', 'number'] },
              headers,
              body: { type: ['string', 'object', 'array'] },
              'body-file': { type: 'string' },
              'think-time': duration,
              timeout: duration,
            },
          },
        ],
      },
    },
    load: {
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      maxProperties: 1,
      properties: {
        closed: {
          type: 'object',
          required: ['users'],
          additionalProperties: false,
          properties: {
            users: positiveInteger,
            'ramp-up': duration,
            steps: positiveInteger,
            'hold-for': duration,
            iterations: positiveInteger,
            throughput: { type: 'number', exclusiveMinimum: 0 },
          },
        },
        open: {
          type: 'object',
          required: ['rate', 'duration', 'max-in-flight'],
          additionalProperties: false,
          properties: {
            rate: { type: 'number', exclusiveMinimum: 0 },
            arrivals: { enum: ['constant', 'poisson'] },
            duration,
            'ramp-up': duration,
            'start-rate': { type: 'number', minimum: 0 },
            'max-in-flight': positiveInteger,
          },
        },
      },
    },
    seed: { type: 'integer', minimum: 0 },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: { 'max-duration': duration, 'max-requests': positiveInteger, 'max-connections': positiveInteger },
    },
    thresholds: { type: 'object', additionalProperties: { type: ['string', 'array'], items: { type: 'string' } } },
    criteria: { type: 'array', items: { type: ['string', 'object'] } },
    grace: duration,
    'total-timeout': duration,
    slo: { type: 'object', additionalProperties: false, properties: { ttft: duration, tpot: duration, e2e: duration } },
    retry: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max: { type: 'integer', minimum: 0, maximum: 10 },
        statuses: { type: 'array', items: { type: 'integer', minimum: 400, maximum: 599 } },
      },
    },
  },
} as const;

let validate: ReturnType<Ajv['compile']> | undefined;

/** JSON pointer → the path the reader locates (numbers for list items). */
function pathOf(pointer: string): YamlPath {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

export function readNativeProfile(
  reader: ProfileReader,
  root: Mapping,
  path: string,
  readBodyFile: BodyFileReader,
): LoadProfile | undefined {
  validate ??= new Ajv({ allErrors: true, strict: false }).compile(LOAD_PROFILE_SCHEMA);
  if (!validate(root)) {
    // One problem per place: oneOf reports every branch, the first says enough.
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const where = pathOf(error.instancePath);
      const extra =
        error.params && 'additionalProperty' in error.params
          ? [...where, String(error.params['additionalProperty'])]
          : where;
      const key = extra.join('/');
      if (seen.has(key)) continue;
      seen.add(key);
      const detail =
        error.keyword === 'additionalProperties'
          ? `"${String(error.params['additionalProperty'])}" is not a LoadProfile setting here (see docs/load-profile.md).`
          : error.keyword === 'maxProperties' || error.keyword === 'minProperties'
            ? 'load takes exactly one of closed: or open:.'
            : `${error.message ?? 'does not match the LoadProfile schema'}.`;
      reader.error(extra, detail, error.keyword === 'additionalProperties' ? 'key' : 'value');
    }
    return undefined;
  }
  const target = (root['target'] ?? {}) as Mapping;
  const scenarioRaw: Record<string, unknown> = { requests: root['requests'] };
  if (target['address'] !== undefined) scenarioRaw['default-address'] = target['address'];
  if (target['headers'] !== undefined) scenarioRaw['headers'] = target['headers'];
  if (target['timeout'] !== undefined) scenarioRaw['timeout'] = target['timeout'];
  if (target['keepalive'] !== undefined) scenarioRaw['keepalive'] = target['keepalive'];
  if (root['variables'] !== undefined) scenarioRaw['variables'] = root['variables'];
  if (root['think-time'] !== undefined) scenarioRaw['think-time'] = root['think-time'];
  const { scenario } = readScenario(reader, 'default', scenarioRaw, [], readBodyFile);
  const load = root['load'] as Mapping;
  let shape: LoadShape | undefined;
  if (load['closed'] !== undefined) {
    const c = load['closed'] as Mapping;
    const at = (k: string): YamlPath => ['load', 'closed', k];
    const rampUpMs = reader.duration(c['ramp-up'], at('ramp-up'));
    const holdForMs = reader.duration(c['hold-for'], at('hold-for'));
    if (c['steps'] !== undefined && !rampUpMs) reader.error(at('steps'), 'steps needs ramp-up.');
    if (c['throughput'] !== undefined && !rampUpMs && !holdForMs)
      reader.error(at('throughput'), 'throughput needs ramp-up or hold-for.');
    shape = {
      kind: 'closed',
      users: c['users'] as number,
      rampUpMs: rampUpMs ?? 0,
      steps: (c['steps'] as number | undefined) ?? 0,
      holdForMs: holdForMs ?? 0,
      iterations: (c['iterations'] as number | undefined) ?? (!rampUpMs && !holdForMs ? 1 : undefined),
      throughput: c['throughput'] as number | undefined,
    };
  } else {
    const o = load['open'] as Mapping;
    const durationMs = reader.duration(o['duration'], ['load', 'open', 'duration']);
    if (durationMs === 0) reader.error(['load', 'open', 'duration'], 'an open-loop run needs a duration above 0.');
    const rampUpMs = reader.duration(o['ramp-up'], ['load', 'open', 'ramp-up']);
    if (rampUpMs !== undefined && durationMs !== undefined && rampUpMs > durationMs)
      reader.error(
        ['load', 'open', 'ramp-up'],
        'the ramp is the first part of the duration: make ramp-up at most the duration.',
      );
    if (o['start-rate'] !== undefined && !rampUpMs)
      reader.error(['load', 'open', 'start-rate'], 'start-rate is where a ramp starts: it needs ramp-up.');
    shape = {
      kind: 'open',
      arrivals: (o['arrivals'] as 'constant' | 'poisson' | undefined) ?? 'constant',
      rate: o['rate'] as number,
      durationMs: durationMs ?? 0,
      maxInFlight: o['max-in-flight'] as number,
      ...(rampUpMs ? { rampUpMs, startRate: (o['start-rate'] as number | undefined) ?? 0 } : {}),
    };
  }
  const extensions = readExtensions(reader, root, [], EXTENSION_KEYS);
  if (reader.errors.length || !scenario) return undefined;
  return {
    format: 'rayservice-ci',
    path,
    executions: [{ scenario, shape, place: reader.place(['load']) }],
    criteria: extensions.criteria,
    limits: extensions.limits,
    settings: extensions.settings,
    warnings: reader.warnings,
  };
}
