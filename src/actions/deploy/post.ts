import { actionsIo, runAction } from '../action-io.ts';
import { deployPostAction, DEPLOY_INPUTS } from './adapter.ts';
import { runnerExtras } from './runtime.ts';

runAction(() => deployPostAction({ ...actionsIo(DEPLOY_INPUTS), ...runnerExtras() }));
