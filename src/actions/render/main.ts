import { actionsIo, runAction } from '../action-io.ts';
import { renderAction, RENDER_INPUTS } from './adapter.ts';

runAction(async () => void (await renderAction(actionsIo(RENDER_INPUTS))));
