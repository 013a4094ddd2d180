import { actionsIo, runAction } from '../action-io.ts';
import { runnerExtras } from '../deploy/runtime.ts';
import { pipelinePostAction, PIPELINE_INPUTS } from './adapter.ts';

runAction(() => pipelinePostAction({ ...actionsIo(PIPELINE_INPUTS), ...runnerExtras() }));
