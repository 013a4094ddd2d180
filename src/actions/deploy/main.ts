import { actionsIo, runAction } from '../action-io.ts';
import { deployAction, DEPLOY_INPUTS } from './adapter.ts';
import { runnerExtras } from './runtime.ts';

runAction(async () => void (await deployAction({ ...actionsIo(DEPLOY_INPUTS), ...runnerExtras() })));
