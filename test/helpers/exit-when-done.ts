// Loaded into every test file's process (`--import`, see package.json): a file whose tests have all finished but
// whose process stays alive — a server, socket, child or timer a test left running — fails, naming what is still
// open, instead of hanging the run. Node's --test-force-exit would end such a process too, but with process
// isolation it exits before the last verdicts reach the parent, so a file's last tests went unreported, failures
// included (nodejs/node#64833; seen here as 551 then 545 tests on the same code).
import { after } from 'node:test';

/** Longer than any file's own after() hooks take to stop what they started. */
const GRACE_MS = 30_000;

after(() => {
  setTimeout(() => {
    const open = process.getActiveResourcesInfo().filter((r) => r !== 'PipeWrap' && r !== 'TTYWrap');
    process.stderr.write(
      `this test file's process was still running ${GRACE_MS / 1000} s after its last test, holding: ${open.join(', ') || 'nothing Node names'}. Stop in finally/after() what the tests start.\n`,
    );
    process.exit(1);
  }, GRACE_MS).unref();
});
