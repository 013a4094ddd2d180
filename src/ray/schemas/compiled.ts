// Which schemas are compiled ahead of time, and with which ajv options: scripts/validators.ts reads this to write
// generated/<name>.ts, one module per schema so a bundle carries only the validators its command uses. Kept apart
// from validators.ts so the generator runs even when the generated modules are stale or missing.
import { llmServingArgsSchema } from './llm-args.ts';
import { rayClusterSchema, rayServiceSchema } from './rayservice.ts';
import { serveConfigSchema } from './serve-config.ts';
import type { Schema } from './builders.ts';

/** Module name in generated/ → schema. */
export const COMPILED_SCHEMAS: Readonly<Record<string, Schema>> = {
  rayservice: rayServiceSchema,
  raycluster: rayClusterSchema,
  'serve-config': serveConfigSchema,
  'llm-serving-args': llmServingArgsSchema,
};

// allErrors: a finding for every mistake, not only the first. verbose: errors carry parentSchema (its x-expect and
// known keys make the finding's message) and the offending data. strict off: x-expect is our own keyword.
export const COMPILE_OPTIONS = { allErrors: true, verbose: true, strict: false, validateFormats: false } as const;
