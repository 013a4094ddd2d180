// Generators of hostile RayService manifests for the fuzzer: the seed example with mutations (wrong types, unknown
// keys, hostile strings, huge values, planted secrets), written as block YAML, JSON or flow style, sometimes with
// YAML-level attacks (aliases, bombs, duplicate keys) or cut and corrupted. Each case remembers the secrets it
// planted, so the fuzzer can check that no output ever contains one.
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { EXAMPLE } from '../helpers/variants.ts';

export interface ManifestCase {
  readonly text: string;
  /** Values that must never appear in any output: credentials by shape, or under a credential's name. */
  readonly secrets: readonly string[];
  readonly description: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const BASE = parse(EXAMPLE) as { [key: string]: Json };
const BASE_SERVE = parse((BASE['spec'] as { serveConfigV2: string }).serveConfigV2) as Json;

/** Strings an attacker or a careless user writes: control characters, workflow commands, ANSI, huge, unicode. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom(
    'x\n::error title=PWNED::owned',
    '::warning::hi',
    '\u001b[31mred\u001b[0m',
    '\u001b]0;title\u0007',
    'a\rb',
    'tab\there',
    '\u2028line',
    '%0A::error::x',
    '${{ secrets.GITHUB_TOKEN }}',
    '<script>alert(1)</script>',
    '|',
    "'",
    '"',
    '{',
    '*',
    '&a',
    '!!binary',
    '.inf',
    '.nan',
    '~',
    '',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 1000, max: 20000 }).map((n) => 'y'.repeat(n)),
);

/** Credentials: by shape (anywhere they stand they must be redacted) and plain ones (redacted by their key's name). */
const tokenSecret = fc.stringMatching(/^[A-Za-z0-9]{34}$/).map((s) => `hf_${s}`);
const plainSecret = fc.stringMatching(/^[a-z]{6}[0-9]{4}[a-z]{4}$/).map((s) => `pw-${s}`);

const scalar: fc.Arbitrary<Json> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  tokenSecret,
);
const value: fc.Arbitrary<Json> = fc.letrec<{ v: Json }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(hostileString, tie('v'), { maxKeys: 4 }),
  ),
})).v;

function paths(node: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(node)) node.forEach((child, i) => paths(child, [...prefix, i], out));
  else if (node && typeof node === 'object')
    for (const [key, child] of Object.entries(node)) paths(child, [...prefix, key], out);
  return out;
}

const BASE_PATHS = paths(BASE).filter((p) => p.length > 0);
const SERVE_PATHS = paths(BASE_SERVE).filter((p) => p.length > 0);

function setAt(root: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((child, i) => (i === head ? setAt(child, rest, replacement) : child));
  if (root && typeof root === 'object')
    return {
      ...root,
      [head as string]: setAt((root as Record<string, Json>)[head as string] ?? null, rest, replacement),
    };
  return root;
}

type Mutation =
  | { kind: 'replace'; where: 'outer' | 'serve'; path: Path; value: Json }
  | { kind: 'unknown-key'; where: 'outer' | 'serve'; path: Path; key: string; value: Json }
  | { kind: 'env-secret'; name: string; secret: string; where: 'container' | 'init' | 'env_vars' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    where: fc.constant('outer' as const),
    path: fc.constantFrom(...BASE_PATHS),
    value,
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    where: fc.constant('serve' as const),
    path: fc.constantFrom(...SERVE_PATHS),
    value,
  }),
  fc.record({
    kind: fc.constant('unknown-key' as const),
    where: fc.constantFrom('outer' as const, 'serve' as const),
    path: fc.constantFrom<Path>(['spec'], ['metadata'], ['spec', 'rayClusterConfig']),
    key: hostileString,
    value,
  }),
  fc.record({
    kind: fc.constant('env-secret' as const),
    name: fc.constantFrom('DB_PASSWORD', 'OPENAI_API_KEY', 'HF_TOKEN', 'clientSecret', 'AWS_SECRET_ACCESS_KEY'),
    secret: fc.oneof(tokenSecret, plainSecret),
    where: fc.constantFrom('container' as const, 'init' as const, 'env_vars' as const),
  }),
);

function apply(mutations: readonly Mutation[]): { doc: Json; secrets: string[] } {
  let outer: Json = BASE;
  let serve: Json = BASE_SERVE;
  const secrets: string[] = [];
  for (const m of mutations) {
    if (m.kind === 'replace') {
      if (m.where === 'outer') outer = setAt(outer, m.path, m.value);
      else serve = setAt(serve, m.path, m.value);
    } else if (m.kind === 'unknown-key') {
      const target = m.where === 'outer' ? outer : serve;
      const at = m.path.reduce<Json>(
        (node, key) =>
          node && typeof node === 'object' && !Array.isArray(node) ? (node[key as string] ?? null) : null,
        target,
      );
      if (at && typeof at === 'object' && !Array.isArray(at)) {
        const updated = setAt(target, m.path, { ...at, [m.key]: m.value });
        if (m.where === 'outer') outer = updated;
        else serve = updated;
      }
    } else {
      secrets.push(m.secret);
      const entry = { name: m.name, value: m.secret };
      if (m.where === 'env_vars')
        serve = setAt(serve, ['applications', 0, 'runtime_env', 'env_vars', m.name], m.secret);
      else if (m.where === 'init')
        outer = setAt(
          outer,
          ['spec', 'rayClusterConfig', 'workerGroupSpecs', 0, 'template', 'spec', 'initContainers'],
          [{ name: 'init', image: 'busybox', env: [entry] }],
        );
      else
        outer = setAt(
          outer,
          ['spec', 'rayClusterConfig', 'headGroupSpec', 'template', 'spec', 'containers', 0, 'env'],
          [entry],
        );
    }
  }
  // The serve config goes back in as the string KubeRay reads, unless a mutation replaced it by something else.
  const current = ((outer as Record<string, Json>)['spec'] as Record<string, Json> | undefined)?.['serveConfigV2'];
  if (typeof current === 'string' && current === (BASE['spec'] as Record<string, Json>)['serveConfigV2']) {
    outer = setAt(outer, ['spec', 'serveConfigV2'], stringify(serve));
  }
  // Token-shaped strings planted anywhere by random values are secrets too.
  for (const text of JSON.stringify([outer, serve]).match(/hf_[A-Za-z0-9]{30,}/g) ?? []) secrets.push(text);
  return { doc: outer, secrets };
}

const YAML_ATTACKS = [
  (text: string) => text.replace('metadata:', 'metadata: &m\n  x: *nope\n  y:'),
  (text: string) =>
    `${['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]'].join('\n')}\n${text}`,
  (text: string) => text.replace('kind: RayService', 'kind: RayService\nkind: RayService'),
  (text: string) => text.replaceAll('\n', '\r\n'),
  (text: string) => `\ufeff${text}`,
  (text: string) => text.replace('  ', '\t'),
  (text: string) => `${text}\n---\n${text}`,
  (text: string) => text.replace('serveConfigV2: |', 'serveConfigV2: |\n    x: *inner\n   '),
];

export const manifestCase: fc.Arbitrary<ManifestCase> = fc
  .record({
    mutations: fc.array(mutation, { maxLength: 4 }),
    style: fc.constantFrom('block', 'json', 'flow'),
    attack: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 2 },
      { arbitrary: fc.integer({ min: 0, max: YAML_ATTACKS.length - 1 }), weight: 1 },
    ),
    cut: fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 7 },
      { arbitrary: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000), weight: 1 },
    ),
  })
  .map(({ mutations, style, attack, cut }) => {
    const { doc, secrets } = apply(mutations);
    let text =
      style === 'json'
        ? JSON.stringify(doc, null, 2)
        : stringify(doc, style === 'flow' ? { collectionStyle: 'flow' } : {});
    if (attack !== undefined) text = YAML_ATTACKS[attack]!(text);
    if (cut !== undefined) text = text.slice(0, Math.floor(text.length * cut));
    const description = `${style}${attack === undefined ? '' : ` attack#${attack}`}${cut === undefined ? '' : ` cut@${cut.toFixed(2)}`}: ${mutations.map((m) => m.kind).join(', ') || 'no mutation'}`;
    return { text, secrets, description };
  });
