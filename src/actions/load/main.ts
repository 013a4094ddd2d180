import { actionsIo, runAction } from '../action-io.ts';
import { loadAction, LOAD_INPUTS } from './adapter.ts';

const stop = new AbortController();
for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => stop.abort(name));
runAction(async () => void (await loadAction(actionsIo(LOAD_INPUTS), stop.signal)));
