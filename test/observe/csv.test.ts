// The CSV: RFC 4180 quoting, label columns in a fixed order, and cells a spreadsheet would run kept inert.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineCsv } from '../../src/observe/index.ts';

test('one row per sample, label columns known first, quoting and formula guard', () => {
  const csv = timelineCsv({
    samples: [
      {
        time: Date.UTC(2026, 0, 1),
        metric: 'serve_replicas',
        labels: { app: 'a,b', deployment: '=HYPERLINK("x")', state: 'RUNNING' },
        value: 2,
      },
      { time: Date.UTC(2026, 0, 1, 0, 0, 1, 500), metric: 'http_req_duration', labels: { zone: 'x' }, value: 0.25 },
      {
        time: Date.UTC(2026, 0, 1, 0, 0, 2),
        metric: 'gpu_utilization_percent',
        labels: { pod: 'p"q', gpu: '0' },
        value: 87,
      },
    ],
  });
  assert.equal(
    csv,
    [
      'time,time_ms,metric,app,deployment,state,pod,gpu,zone,value',
      `2026-01-01T00:00:00.000Z,${Date.UTC(2026, 0, 1)},serve_replicas,"a,b","'=HYPERLINK(""x"")",RUNNING,,,,2`,
      `2026-01-01T00:00:01.500Z,${Date.UTC(2026, 0, 1, 0, 0, 1, 500)},http_req_duration,,,,,,x,0.25`,
      `2026-01-01T00:00:02.000Z,${Date.UTC(2026, 0, 1, 0, 0, 2)},gpu_utilization_percent,,,,"p""q",0,,87`,
      '',
    ].join('\r\n'),
  );
  assert.equal(timelineCsv({ samples: [] }), 'time,time_ms,metric,value\r\n');
});
