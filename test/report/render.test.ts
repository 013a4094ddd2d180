// renderReport with hand-built inputs: what a passing and a failing run show, every field of a pull request's making
// escaped for Markdown, HTML and Mermaid, and the size cap with a huge timeline and thousands of findings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_LIMIT, renderReport, reportMarker, type ReportInput } from '../../src/report/index.ts';
import {
  assertion,
  deploymentOf,
  diagnosisOf,
  findingOf,
  lintOf,
  loadOf,
  passingRun,
  T0,
  timelineOf,
  verdictOf,
} from '../../src/report/fixtures/runs.ts';

function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

test('a passing run: marker first, the verdict line and table, a chart per view, GPU-hours with cost, links', () => {
  const text = renderReport(passingRun());
  assert.ok(text.startsWith(`${reportMarker()}\n`));
  assert.match(text, /^## ✅ rayservice-ci: autoscaling as configured$/m);
  assert.match(text, /\*\*Verdict: ✅ pass\*\* — 2 of 2 assertions passed \(exit code 0\)\./);
  assert.match(text, /^\| Assertion \| Limit \| Measured \| Result \|$/m);
  assert.match(text, /\| Serve replicas of llm reach 4<br><sub>expect\.yaml:3:5<\/sub> \| 5m \| .* \| ✅ pass \|/);
  const blocks = mermaidBlocks(text);
  assert.deepEqual(
    blocks.map((b) => /title "([^"]*)"/.exec(b)?.[1]),
    ['Serve replicas of llm', 'Ray worker pods and GPUs', 'GPU utilisation', 'Load', 'Latency'],
  );
  for (const block of blocks) {
    assert.ok(block.startsWith('xychart-beta\n'));
    const labels = /x-axis "[^"]*" \[(.*)\]/.exec(block)![1]!.split(', ');
    assert.ok(labels.length <= 40 && labels.every((l) => /^"\d\d:\d\d"$/.test(l)), block);
    for (const series of block.matchAll(/^ {2}(?:line|bar) "[^"]*" \[(.*)\]$/gm))
      assert.equal(series[1]!.split(', ').length, labels.length);
  }
  // 1 GPU for 3 of 12 minutes, 4 for the 6 between; gpu_seconds is integrated by the fixture every 5 s.
  const gpuSeconds = timelineOf()
    .samples.filter((s) => s.metric === 'gpu_seconds')
    .at(-1)!.value;
  const hours = gpuSeconds / 3600;
  assert.match(
    text,
    new RegExp(
      `\\*\\*GPU time:\\*\\* ${hours.toFixed(3)} GPU-hours \\(${Math.round(gpuSeconds)} GPU-seconds\\), about ${(hours * 2.5).toFixed(2)} USD`,
    ),
  );
  assert.equal((text.match(/<details>/g) ?? []).length, 7, 'five data tables, lint, overrides');
  assert.match(text, /Details: \[the workflow run\]\(https:\/\/github\.com\/o\/r\/actions\/runs\/1\)/);
  assert.doesNotMatch(text, /left out/);
});

test('the replica chart follows the timeline: RUNNING rises when the fixture scales to 4 and falls back at 9m', () => {
  const text = renderReport({ timeline: timelineOf(), verdict: verdictOf([assertion()]) });
  const block = mermaidBlocks(text)[0]!;
  const labels = /x-axis "[^"]*" \[(.*)\]/
    .exec(block)![1]!
    .split(', ')
    .map((l) => l.slice(1, -1));
  const running = /line "RUNNING replicas" \[(.*)\]/.exec(block)![1]!.split(', ').map(Number);
  const at = (label: string) => running[labels.indexOf(label)];
  assert.equal(at('02:40'), 1);
  assert.equal(at('03:00'), 4);
  assert.equal(at('08:40'), 4);
  assert.equal(at('09:00'), 1);
  const band = /bar "load running" \[(.*)\]/.exec(block)![1]!.split(', ').map(Number);
  assert.equal(band[labels.indexOf('01:00')], 0, 'the bucket ending at the load start is before it');
  assert.ok(band[labels.indexOf('01:20')]! > 0 && band[labels.indexOf('07:00')]! > 0);
  assert.equal(band[labels.indexOf('07:20')], 0);
});

test('a run that stopped at deploy says where and why before anything else, with the diagnosis', () => {
  const input: ReportInput = {
    verdict: verdictOf([], {
      outcome: 'fail',
      exitCode: 1,
      failure: {
        stage: 'deploy',
        message: 'the RayService never served: 2 pods unschedulable',
        files: ['diagnosis.json'],
      },
    }),
    diagnosis: diagnosisOf(),
  };
  const text = renderReport(input);
  const failure = text.indexOf('The run stopped at deploy');
  assert.ok(failure > 0 && failure < text.indexOf('**Verdict:'));
  assert.match(text, /^## ❌ rayservice-ci: failed$/m);
  assert.match(text, /<details><summary>Why the deploy failed: Unschedulable<\/summary>/);
  assert.match(
    text,
    /\| <code>llama-abcde-gpu-worker-x1<\/code> \| gpu \| Pending \| 0\/1 nodes are available: 1 Insufficient nvidia\.com\/gpu\. \|/,
  );
  assert.match(text, /\| Warning \| FailedScheduling \| Pod\/llama-abcde-gpu-worker-x1 \| 4 \|/);
  assert.equal(mermaidBlocks(text).length, 0, 'no timeline, no chart');
});

test('failed and inconclusive assertions: their icons, the reason under the measurement, failures first', () => {
  const text = renderReport({
    verdict: verdictOf([
      assertion(),
      assertion({ id: 'scale-down', title: 'down', outcome: 'inconclusive', reason: 'the observation ended first' }),
      assertion({
        id: 'ttft-p95',
        title: 'ttft',
        outcome: 'fail',
        limit: '≤ 500ms',
        measured: '812 ms',
        reason: 'too slow',
      }),
    ]),
  });
  assert.match(text, /^## ❌ rayservice-ci: failed$/m);
  assert.match(text, /1 of 3 assertions passed, 1 failed, 1 inconclusive/);
  const rows = text.split('\n').filter((l) => /^\| (?!Assertion|---)/.test(l));
  assert.deepEqual(
    rows.map((r) => r.split(' | ').at(-1)),
    ['❌ fail |', '⚠️ inconclusive |', '✅ pass |'],
  );
  assert.match(rows[0]!, /812 ms<br>too slow/);
  const none = renderReport({ timeline: timelineOf() });
  assert.match(none, /^## ⚠️ rayservice-ci: no verdict$/m);
});

const ATTACK = [
  '"]\n  line "x" [1]\n%%{init: {"theme":"dark"}}%%',
  '</details><img src=x onerror=alert(1)>',
  '```\n::error::pwned\n```',
  '| --> `code` ; #1 @everyone https://evil.example/x [link](javascript:alert(1))',
  '\u001b[31mred\u0007 \u2028line',
  'ghp_' + 'a'.repeat(36),
].join(' ');

test('every field a pull request controls is escaped for Markdown, HTML and Mermaid', () => {
  const timeline = timelineOf({ deployment: ATTACK, gpuUtil: true });
  const input: ReportInput = {
    verdict: verdictOf(
      [
        assertion({
          title: ATTACK,
          limit: ATTACK,
          measured: ATTACK,
          reason: ATTACK,
          outcome: 'fail',
          source: { kind: 'file', file: ATTACK, line: 1, column: 1 },
        }),
      ],
      { failure: { stage: 'assert', message: ATTACK, files: [ATTACK] } },
    ),
    timeline: { ...timeline, gaps: [{ source: 'serve', from: T0, to: T0 + 30_000, reason: ATTACK }] },
    load: loadOf(),
    lint: lintOf([{ ...findingOf(0, ATTACK), ruleId: ATTACK, file: ATTACK, hint: ATTACK }]),
    overrides: [{ path: ATTACK, value: ATTACK }],
    deployment: { ...deploymentOf(), rayService: ATTACK, namespace: ATTACK, kubeRayVersion: ATTACK },
    diagnosis: diagnosisOf({
      message: ATTACK,
      cause: 'Timeout',
      hints: [ATTACK],
      pods: [
        {
          ...diagnosisOf().pods[0]!,
          name: ATTACK,
          group: ATTACK,
          unschedulable: ATTACK,
          waiting: [{ container: ATTACK, reason: ATTACK, message: ATTACK }],
        },
      ],
      events: [{ ...diagnosisOf().events[0]!, message: ATTACK, reason: ATTACK, object: ATTACK }],
    }),
    title: ATTACK,
    key: ATTACK,
    links: { runUrl: 'javascript:alert(1)', artifactsUrl: 'https://ok.example/a(b)c' },
    gpuHourPrice: { amount: 2, currency: ATTACK },
  };
  const text = renderReport(input);
  // One marker line, of our making.
  assert.match(text.split('\n')[0]!, /^<!-- rayservice-ci:report:[a-z0-9._-]+ -->$/);
  assert.equal((text.match(/<!--/g) ?? []).length, 1);
  // No raw HTML of theirs, no line of theirs starting a workflow command, no control characters, no token.
  assert.doesNotMatch(text, /<img|<\/details><img|onerror=alert\(1\)>/);
  assert.doesNotMatch(text, /^\s*::/m);
  // eslint-disable-next-line no-control-regex
  assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f\u2028]/);
  assert.doesNotMatch(text, /ghp_a{36}/);
  // Mentions, references and autolinks broken; no javascript: link.
  assert.doesNotMatch(text, /@everyone|https:\/\/evil|\]\(javascript:/);
  assert.match(text, /\[its artifacts\]\(https:\/\/ok\.example\/a%28b%29c\)/);
  // Fences: exactly ours open and close; every line inside a mermaid block is one of ours.
  const fences = text.split('\n').filter((l) => l.startsWith('```'));
  assert.equal(fences.length % 2, 0);
  for (const block of mermaidBlocks(text)) {
    for (const line of block.split('\n').slice(1))
      assert.match(
        line,
        /^ {2}(title "[^"]*"|x-axis "[^"]*" \[("[^"]*"(, )?)+\]|y-axis "[^"]*" 0 --> [\d.]+|(line|bar) "[^"]*" \[[\d., ]+\])$/,
        line,
      );
    for (const label of block.matchAll(/"([^"]*)"/g)) assert.doesNotMatch(label[1]!, /%%|-->|;|`|#|[<>{}\\]/);
  }
  // Table rows keep their header's cell count: no | of theirs ends a cell early.
  let cells = 0;
  let rows = 0;
  for (const line of text.split('\n')) {
    if (/^\|(---\|)+$/.test(line)) cells = line.split('|').length;
    else if (!line.startsWith('|')) cells = 0;
    else if (cells) {
      assert.equal(line.split(/(?<!\\)\|/).length, cells, line);
      rows++;
    }
  }
  assert.ok(rows > 10);
});

test('a count that is not a number (a hand-edited file) shows n/a, not its text', () => {
  const load = loadOf();
  const text = renderReport({
    load: { ...load, summary: { ...load.summary, requests: '<img src=x>' as unknown as number } },
    lint: { ...lintOf([findingOf(1)]), summary: { ...lintOf([]).summary, errors: '<b>' as unknown as number } },
  });
  assert.match(text, /\*\*Load:\*\* n\/a requests completed, 0 failed/);
  assert.match(text, /Lint: 0 errors/);
  assert.doesNotMatch(text, /<img|<b>/);
});

test('under the comment limit with a 3-hour timeline sampled every second and 5,000 findings; the verdict stays', () => {
  const timeline = timelineOf({ minutes: 180, everyMs: 1000, gpuUtil: true });
  const findings = Array.from({ length: 5000 }, (_, i) => findingOf(i, `finding ${i} ${'x'.repeat(200)}`));
  const events = Array.from({ length: 2000 }, (_, i) => ({
    ...diagnosisOf().events[0]!,
    key: `e${i}`,
    message: `event ${i} ${'y'.repeat(250)}`,
  }));
  const input: ReportInput = {
    ...passingRun(),
    timeline,
    lint: lintOf(findings),
    diagnosis: diagnosisOf({ events }),
    overrides: Array.from({ length: 500 }, (_, i) => ({ path: `spec.a[${i}]`, value: 'v'.repeat(100) })),
  };
  const text = renderReport(input);
  assert.ok(text.length <= COMMENT_LIMIT, `${text.length}`);
  assert.match(text, /\*\*Verdict: ✅ pass\*\*/);
  assert.match(text, /\| Serve replicas of llm reach 4/);
  assert.match(text, /left out to stay under GitHub's 65,536-character limit/);
  // A bigger limit keeps more: the job summary's rendering has the charts' data tables back.
  const roomy = renderReport(input, { limit: 340_000 });
  assert.ok(roomy.length > text.length && roomy.length <= 340_000);
});

test('a verdict too large for the limit keeps its headline and verdict line, cut to fit', () => {
  const many = Array.from({ length: 3000 }, (_, i) =>
    assertion({ id: `a${i}`, title: `assertion ${i} ${'z'.repeat(250)}`, measured: 'm'.repeat(250) }),
  );
  const text = renderReport({ verdict: verdictOf(many), title: 't'.repeat(100_000) });
  assert.ok(text.length <= COMMENT_LIMIT);
  assert.match(text, /\*\*Verdict: ✅ pass\*\* — 3000 of 3000 assertions passed/);
  assert.ok(text.startsWith(reportMarker()));
  const small = renderReport({ verdict: verdictOf(many) }, { limit: 2000 });
  assert.ok(small.length <= 2000);
  assert.match(small, /\*\*Verdict: ✅ pass\*\*/);
});

test('the same input renders the same string', () => {
  assert.equal(renderReport(passingRun()), renderReport(passingRun()));
});
