// Regenerates the ahead-of-time schema validators, then bundles the CLI and one entry per action into dist/, which
// runs with no node_modules (as GitHub runs actions). `--out DIR` builds elsewhere from the committed source without
// touching it, which the stale-dist test uses to compare with the committed dist/.
import { build } from 'esbuild';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { GENERATED_DIR, generatedValidators } from './validators.ts';

export const ENTRIES: Record<string, string> = {
  cli: 'src/cli/main.ts',
  'lint/main': 'src/actions/lint/main.ts',
  'render/main': 'src/actions/render/main.ts',
  'pipeline/main': 'src/actions/pipeline/main.ts',
};

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outdir = values.out ?? 'dist';
if (values.out === undefined) {
  await rm(GENERATED_DIR, { recursive: true, force: true });
  await mkdir(GENERATED_DIR, { recursive: true });
  for (const [name, text] of Object.entries(generatedValidators())) await writeFile(join(GENERATED_DIR, name), text);
}
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
