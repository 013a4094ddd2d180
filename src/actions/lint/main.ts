import { actionsIo, runAction } from '../action-io.ts';
import { lintAction, LINT_INPUTS } from './adapter.ts';

runAction(async () => void (await lintAction(actionsIo(LINT_INPUTS))));
