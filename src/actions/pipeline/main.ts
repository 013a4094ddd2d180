import { actionsIo, runAction } from '../action-io.ts';
import { runnerExtras } from '../deploy/runtime.ts';
import { pipelineAction, PIPELINE_INPUTS } from './adapter.ts';

runAction(() => pipelineAction({ ...actionsIo(PIPELINE_INPUTS), ...runnerExtras() }));
