// The charts really render: every ```mermaid block of several reports (a passing run, a failed one, one made of
// hostile values, one cut down to the comment limit) is parsed and rendered by the real Mermaid (the mermaid
// package's browser build, as GitHub runs Mermaid in a browser) in headless Chromium; a deliberately broken block
// must fail, so a harness that saw nothing cannot pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderReport, type ReportInput } from '../../src/report/index.ts';
import {
  assertion,
  diagnosisOf,
  findingOf,
  lintOf,
  loadOf,
  passingRun,
  timelineOf,
  verdictOf,
} from '../../src/report/fixtures/runs.ts';
import * as tools from '../helpers/tools.ts';

const MERMAID = resolve(import.meta.dirname, '..', '..', 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');

/**
 * The test setup's Chromium; before the setup records one, Debian's at /usr/bin/chromium; neither: the setup's
 * advice, as for every provisioned tool.
 */
function chromium(): string {
  try {
    return (tools.toolPath as (name: string) => string)('chromium');
  } catch (error) {
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
    throw error;
  }
}

interface BlockResult {
  readonly ok: boolean;
  readonly error?: string;
  readonly svg?: number;
  readonly title?: boolean;
}

function blocksOf(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

/** Renders each block in one page; the page writes one result per block into the DOM, which Chromium dumps. */
async function renderInChromium(blocks: readonly string[]): Promise<BlockResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rsci-mermaid-'));
  const page = join(dir, 'page.html');
  // JSON in a script element: "</" escaped so no block can end the element.
  const data = JSON.stringify(blocks).replace(/<\//g, '<\\/');
  writeFileSync(
    page,
    `<!doctype html><html><head><meta charset="utf-8"></head><body><pre id="results">pending</pre>
<script src="${pathToFileURL(MERMAID).href}"></script>
<script>
const blocks = ${data};
(async () => {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  const results = [];
  for (let i = 0; i < blocks.length; i++) {
    try {
      await mermaid.parse(blocks[i]);
      const { svg } = await mermaid.render('chart' + i, blocks[i]);
      const title = /title "([^"]*)"/.exec(blocks[i]);
      results.push({ ok: true, svg: svg.length, title: title ? svg.includes('<text') : true });
    } catch (error) {
      results.push({ ok: false, error: String((error && error.message) || error).slice(0, 500) });
    }
  }
  document.getElementById('results').textContent = JSON.stringify(results);
})();
</script></body></html>`,
  );
  const child = spawn(
    chromium(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--allow-file-access-from-files',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--virtual-time-budget=60000',
      '--dump-dom',
      pathToFileURL(page).href,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const status = await new Promise<number | null>((done, fail) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
      child.on('error', fail);
      child.on('close', (code) => {
        clearTimeout(timer);
        done(code);
      });
    });
    const match = /<pre id="results">([^<]*)<\/pre>/.exec(stdout);
    const text = (match?.[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    assert.ok(text.startsWith('['), `Chromium (exit ${status}) wrote no results; stderr: ${stderr.slice(-800)}`);
    return JSON.parse(text) as BlockResult[];
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

const HOSTILE = '"] %%{init: {"theme":"dark"}}%% --> ; # ` <b>x</b> {y} \\ 漢字 \n line "z" [1]';

test(
  'every Mermaid block of the reports parses and renders in Chromium; a broken block is caught',
  { timeout: 120_000 },
  async () => {
    const hostile: ReportInput = {
      verdict: verdictOf([assertion({ title: HOSTILE })]),
      timeline: timelineOf({ deployment: HOSTILE, gpuUtil: true }),
      load: loadOf(),
    };
    const capped: ReportInput = {
      ...passingRun(),
      timeline: timelineOf({ minutes: 120, everyMs: 1000, gpuUtil: true }),
      lint: lintOf(Array.from({ length: 3000 }, (_, i) => findingOf(i, 'x'.repeat(200)))),
    };
    const failed: ReportInput = {
      verdict: verdictOf([assertion({ outcome: 'fail' })], { failure: { stage: 'deploy', message: 'never served' } }),
      timeline: timelineOf({ minutes: 1, everyMs: 1000 }),
      diagnosis: diagnosisOf(),
    };
    const reports = [passingRun(), hostile, capped, failed].map((input) => renderReport(input));
    const blocks = [...new Set(reports.flatMap(blocksOf))];
    assert.ok(blocks.length >= 10, `${blocks.length} blocks`);
    const broken = 'xychart-beta\n  title "broken\n  line [1, 2';
    const results = await renderInChromium([...blocks, broken]);
    assert.equal(results.length, blocks.length + 1);
    const failures = results.slice(0, -2).flatMap((r, i) => (r.ok ? [] : [`${r.error}\n${blocks[i]}`]));
    assert.deepEqual(failures, []);
    for (const r of results.slice(0, -2)) assert.ok(r.svg! > 1000 && r.title);
    assert.equal(results.at(-1)!.ok, false, 'the broken block must fail to parse');
    assert.match(results.at(-1)!.error!, /Parse error|Lexical error|Expecting/);
  },
);
