// `rayservice-ci sim` options are checked before anything starts (issue 7): a value out of range, a port already
// taken or a kubeconfig that cannot be written is one message saying which, what is accepted and how to fix it,
// exit code 2, no stack trace, and nothing left running.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type Ran } from '../helpers/run.ts';

const dir = mkdtempSync(join(tmpdir(), 'rsci-simopts-'));

function assertRefused(ran: Ran, message: RegExp, args: readonly string[]): void {
  const what = `sim ${args.join(' ')}: ${ran.stderr}`;
  // A sim that started by mistake would run until the 60 s timeout and give no status.
  assert.equal(ran.status, 2, what);
  assert.match(ran.stderr, message, what);
  assert.ok(!/\n\s+at /.test(ran.stderr) && !/internal error/.test(ran.stderr), `no stack trace: ${what}`);
  assert.equal(ran.stdout, '', `nothing started: ${what}`);
}

test('numbers out of range or not numbers: each option says what it takes and what it got', () => {
  const cases: [string[], RegExp][] = [
    [['--port', '99999'], /--port takes a whole number from 0 to 65535 \(0 picks a free port\), not "99999"\./],
    [['--port=-1'], /--port takes a whole number from 0 to 65535/],
    [['--port', '80.5'], /--port takes a whole number/],
    [['--port', 'http'], /not "http"/],
    [['--time-scale', '0'], /--time-scale takes a number from 0\.01 to 1000/],
    [['--time-scale', '1e9'], /--time-scale takes a number from 0\.01 to 1000/],
    [['--gpu-nodes=-1'], /--gpu-nodes takes a whole number from 0 to 500, not "-1"/],
    [['--gpu-nodes', '100000'], /--gpu-nodes takes a whole number from 0 to 500/],
    [['--gpus-per-node', '0'], /--gpus-per-node takes a whole number from 1 to 16, not "0"/],
    [['--gpus-per-node', '2.5'], /--gpus-per-node takes a whole number/],
    [['--fault-rate', '1.5'], /--fault-rate takes a number from 0 to 1 .*, not "1\.5"/],
    [['--fault-rate', 'often'], /--fault-rate takes a number/],
    [['--seed=-3'], /--seed takes a whole number from 0 to 4294967295, not "-3"/],
    [['--seed', '4294967296'], /--seed takes a whole number from 0 to 4294967295/],
  ];
  for (const [args, message] of cases) assertRefused(runCli(['sim', ...args]), message, args);
});

test("a port already in use is a clear exit-2 message, not EADDRINUSE's stack trace", async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const { port } = blocker.address() as AddressInfo;
  try {
    const args = ['--port', String(port), '--kubeconfig', join(dir, 'in-use.kubeconfig')];
    assertRefused(
      runCli(['sim', ...args]),
      new RegExp(
        `port ${port} on 127\\.0\\.0\\.1 is already in use; stop what listens there, or pass another --port \\(0 picks a free one\\)\\.`,
      ),
      args,
    );
  } finally {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
  }
});

test('a kubeconfig that cannot be written names the file, why, and what to pass instead', () => {
  const file = join(dir, 'a-file');
  writeFileSync(file, 'not a directory');
  const underFile = ['--kubeconfig', join(file, 'kubeconfig')];
  assertRefused(
    runCli(['sim', ...underFile]),
    /cannot write the kubeconfig to .*a-file\/kubeconfig \((ENOTDIR|EEXIST): a part of the path is a file, not a directory\); pass --kubeconfig with a file in a directory you can write\./,
    underFile,
  );
  const directory = ['--kubeconfig', dir];
  assertRefused(
    runCli(['sim', ...directory]),
    /cannot write the kubeconfig to .* \(EISDIR: it is a directory\)/,
    directory,
  );
  assertRefused(runCli(['sim', '--kubeconfig=']), /--kubeconfig is empty/, ['--kubeconfig=']);
});
