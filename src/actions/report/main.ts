import { actionsIo, runAction } from '../action-io.ts';
import { reportAction, REPORT_INPUTS } from './adapter.ts';

runAction(() => reportAction(actionsIo(REPORT_INPUTS)));
