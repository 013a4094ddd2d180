// Bundles the CLI and one entry per action into dist/, which runs with no node_modules (as GitHub runs actions).
// `--out DIR` builds elsewhere, which the stale-dist test uses to compare with the committed dist/.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export const ENTRIES: Record<string, string> = {
  cli: 'src/cli/main.ts',
  'lint/main': 'src/actions/lint/main.ts',
  'render/main': 'src/actions/render/main.ts',
  'pipeline/main': 'src/actions/pipeline/main.ts',
};

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const outdir = values.out!;
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, source])),
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  // Shared code and lazily loaded CLI commands go to dist/chunks, so `lint` starts without parsing the sim.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'eof',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give them one in an ES module.
  banner: { js: "import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);" },
});
console.log(`built ${Object.keys(ENTRIES).map((name) => join(outdir, `${name}.js`)).join(', ')}`);
