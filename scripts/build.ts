// Regenerates the ahead-of-time schema validators, then bundles the CLI and one entry per action into dist/, which
// runs with no node_modules (as GitHub runs actions), plus the lint command as one CommonJS bundle for the CLI's
// code cache (src/cli/cached-load.ts). `--out DIR` builds elsewhere from the committed source without touching it,
// which the stale-dist test uses to compare with the committed dist/.
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { actionEntries } from '../src/stages.ts';
import { GENERATED_DIR, generatedValidators } from './validators.ts';

// The CLI, and one entry (main, and post where there is one) per action of src/stages.ts.
export const ENTRIES: Record<string, string> = { cli: 'src/cli/main.ts', ...actionEntries() };

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outdir = values.out ?? 'dist';
if (values.out === undefined) {
  await rm(GENERATED_DIR, { recursive: true, force: true });
  await mkdir(GENERATED_DIR, { recursive: true });
  for (const [name, text] of Object.entries(generatedValidators())) await writeFile(join(GENERATED_DIR, name), text);
}
await rm(outdir, { recursive: true, force: true });

// Bundled CommonJS dependencies call require(); give them one in an ES module.
const REQUIRE_BANNER =
  "import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);";

const COMMON: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node24',
  legalComments: 'eof',
  logLevel: 'warning',
};

// ajv, for `lint --crd` only: a CommonJS file beside the lint bundle, which requires it on demand, so a plain lint
// neither reads nor compiles its ~260 KB (~0.4 ms; ~3 ms without a code cache).
const ajvBundle = await build({
  ...COMMON,
  entryPoints: { ajv: 'ajv' },
  outdir: join(outdir, 'chunks'),
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  metafile: true,
});
const ajvFile = `./${basename(onlyOutput(ajvBundle.metafile))}`;

// The yaml package in the lint bundle, required on first use rather than when the bundle loads (~0.5 ms of module
// set-up, and its code in the cache): lint of a block-style manifest never calls it (src/manifest/block-yaml.ts).
// Each function of the package that lint's modules import is a stand-in that loads it; esbuild fails the build when
// a module imports a name missing here. visit's BREAK, SKIP and REMOVE are the package's own symbols.
const LAZY_YAML_FUNCTIONS = [
  'parse',
  'parseDocument',
  'parseAllDocuments',
  'stringify',
  'isAlias',
  'isCollection',
  'isDocument',
  'isMap',
  'isNode',
  'isPair',
  'isScalar',
  'isSeq',
];
const LAZY_YAML = [
  'let yaml;',
  "const load = () => (yaml ??= require('yaml'));",
  ...LAZY_YAML_FUNCTIONS.map((name) => `export const ${name} = (...args) => load().${name}(...args);`),
  'export const visit = Object.defineProperties((...args) => load().visit(...args), {',
  ...['BREAK', 'SKIP', 'REMOVE'].map((name) => `  ${name}: { get: () => load().visit.${name} },`),
  '});',
].join('\n');
const lazyYaml: Plugin = {
  name: 'lazy-yaml',
  setup(b) {
    // The stand-in's own require('yaml') resolves to the package.
    b.onResolve({ filter: /^yaml$/ }, (args) =>
      args.namespace === 'lazy-yaml' ? undefined : { path: 'yaml', namespace: 'lazy-yaml' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      contents: LAZY_YAML,
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

// `lint` from the CLI: everything it runs in one CommonJS file, which the CLI compiles with vm.Script and a code
// cache taken after a run, so the functions compiled lazily during a run come from the cache too. Wrapped in Node's
// module wrapper function so it compiles as one script; ASCII only (esbuild escapes the rest), as cached-load.ts reads
// it as latin1. Its name carries its content hash, which keys the cache: V8 checks a cache against the source's
// length only. Minified: V8 reads the source and deserializes the cache at every start, and both shrink (the source
// from ~870 KB to ~460 KB; lint's cold start ~2.5 ms shorter, measured with scripts/bench.ts); a stack from it (a bug
// report) names minified functions, so reproduce it from source.
const lintBundle = await build({
  ...COMMON,
  minify: true,
  entryPoints: { 'lint-command': 'src/cli/lint-command.ts' },
  outdir: join(outdir, 'chunks'),
  entryNames: '[name]-[hash]',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  charset: 'ascii',
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
  plugins: [
    { name: 'ajv-beside', setup: (b) => b.onResolve({ filter: /^ajv$/ }, () => ({ path: ajvFile, external: true })) },
    lazyYaml,
  ],
  // import('ajv') as require(): vm.Script has no loader for import().
  supported: { 'dynamic-import': false },
  metafile: true,
});
const lintBundlePath = onlyOutput(lintBundle.metafile);

await build({
  ...COMMON,
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, source])),
  outdir,
  format: 'esm',
  // Shared code and lazily loaded CLI commands go to dist/chunks, so `lint` starts without parsing the sim.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  define: { __LINT_BUNDLE__: JSON.stringify(relative(outdir, lintBundlePath)) },
  banner: { js: REQUIRE_BANNER },
});
await trimEntry(join(outdir, 'cli.js'));
console.log(
  `built ${[...Object.keys(ENTRIES).map((name) => join(outdir, `${name}.js`)), lintBundlePath, join(outdir, 'chunks', ajvFile)].join(', ')}`,
);

function onlyOutput(metafile: Metafile): string {
  const [output, ...more] = Object.keys(metafile.outputs);
  if (output === undefined || more.length > 0)
    throw new Error(`expected one output, got ${Object.keys(metafile.outputs).join(', ')}`);
  return output;
}

/**
 * Drops from an entry point what it loads without using, since every module cli.js loads is start-up time for
 * every command: the require() banner when nothing else in it says require (~0.7 ms: node:module's namespace and
 * createRequire), and esbuild's import of its helper chunk (__commonJS, __toESM, …), which it adds to every entry
 * point when splitting whether used or not (evanw/esbuild#1892; ~0.5 ms). Chunks that use the helpers import them
 * by name.
 */
async function trimEntry(entry: string): Promise<void> {
  const lines = (await readFile(entry, 'utf8')).split('\n');
  const usesRequire = lines.some((line) => line !== REQUIRE_BANNER && /\brequire\b/.test(line));
  const kept: string[] = [];
  for (const line of lines) {
    if (line === REQUIRE_BANNER && !usesRequire) continue;
    const chunk = /^import "(\.\/chunks\/chunk-\w+\.js)";$/.exec(line)?.[1];
    if (chunk !== undefined && (await onlyHelpers(join(dirname(entry), chunk)))) continue;
    kept.push(line);
  }
  await writeFile(entry, kept.join('\n'));
}

/** Whether a chunk only defines esbuild's helpers: it exports nothing else and imports no other chunk. */
async function onlyHelpers(chunk: string): Promise<boolean> {
  const text = await readFile(chunk, 'utf8');
  const exported = /\nexport \{([^}]*)\};\s*$/
    .exec(text)?.[1]
    ?.split(',')
    .map((name) => name.trim());
  return exported !== undefined && exported.every((name) => name.startsWith('__')) && !/^import "/m.test(text);
}
