import { actionsIo, runAction } from '../action-io.ts';
import { runnerExtras } from '../deploy/runtime.ts';
import { teardownAction, TEARDOWN_INPUTS } from './adapter.ts';

runAction(() => teardownAction({ ...actionsIo(TEARDOWN_INPUTS), ...runnerExtras() }));
