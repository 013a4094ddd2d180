import { actionsIo, runAction } from '../action-io.ts';
import { assertAction, ASSERT_INPUTS } from './adapter.ts';

const stop = new AbortController();
for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => stop.abort(name));
runAction(async () => void (await assertAction(actionsIo(ASSERT_INPUTS), stop.signal)));
