// Validators for the Ray/KubeRay schemas, compiled ahead of time (generated/, written by `npm run build`), so
// neither lint nor the sim runs ajv's compiler when it starts.
import type { ErrorObject } from 'ajv';
import { validate as llmServingArgs } from './generated/llm-serving-args.ts';
import { validate as rayCluster } from './generated/raycluster.ts';
import { validate as rayService } from './generated/rayservice.ts';
import { validate as serveConfig } from './generated/serve-config.ts';

/** An ajv validate function (COMPILE_OPTIONS: all errors, verbose). `errors` is set by the last call. */
export interface SchemaValidator {
  (data: unknown): boolean;
  readonly errors?: ErrorObject[] | null | undefined;
}

export const validateRayService: SchemaValidator = rayService;
/** A RayCluster's spec; the rest of the object is left open. */
export const validateRayCluster: SchemaValidator = rayCluster;
/** The Serve config inside serveConfigV2 (ServeDeploySchema). */
export const validateServeConfig: SchemaValidator = serveConfig;
/** `args` of ray.serve.llm:build_openai_app. */
export const validateLlmServingArgs: SchemaValidator = llmServingArgs;
