// dist/ is what GitHub runs: it must be exactly what `npm run build` makes from the committed source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(root: string, dir = root): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
    })
    .sort();
}

test('the committed dist/ matches a fresh build', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'rsci-dist-')), 'dist');
  const built = spawnSync(process.execPath, ['scripts/build.ts', '--out', out], { encoding: 'utf8', timeout: 120_000 });
  assert.equal(built.status, 0, built.stderr);
  assert.deepEqual(files('dist'), files(out));
  for (const file of files(out)) {
    assert.ok(
      readFileSync(join('dist', file)).equals(readFileSync(join(out, file))),
      `dist/${file} is stale: run npm run build and commit dist/`,
    );
  }
});
