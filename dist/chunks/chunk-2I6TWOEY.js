import { createRequire as __rayserviceCiRequire } from 'node:module'; const require = __rayserviceCiRequire(import.meta.url);
import {
  API_VERSION,
  defineContract
} from "./chunk-FO2DCR53.js";

// src/assert/types.ts
var OUTCOMES = ["pass", "fail", "inconclusive"];
var PIPELINE_STAGES = ["lint", "render", "deploy", "load", "observe", "assert", "report"];
var sourceSchema = {
  oneOf: [
    {
      type: "object",
      required: ["kind", "file", "line", "column"],
      properties: {
        kind: { const: "file" },
        file: { type: "string" },
        line: { type: "integer" },
        column: { type: "integer" }
      }
    },
    {
      type: "object",
      required: ["kind", "name"],
      properties: { kind: { enum: ["input", "option"] }, name: { type: "string" } }
    },
    {
      type: "object",
      required: ["kind", "from"],
      properties: { kind: { const: "derived" }, from: { type: "string" } }
    }
  ]
};
var spanSchema = {
  type: "object",
  required: ["from", "to"],
  properties: { from: { type: "integer" }, to: { type: "integer" } }
};
var verdictSchema = {
  type: "object",
  required: ["apiVersion", "kind", "outcome", "exitCode", "assertions", "inputs", "decidedAt"],
  properties: {
    apiVersion: { const: API_VERSION },
    kind: { const: "Verdict" },
    outcome: { enum: OUTCOMES },
    exitCode: { type: "integer", minimum: 0 },
    load: {
      type: "object",
      required: ["start", "end"],
      properties: { start: { type: "integer" }, end: { type: "integer" } }
    },
    assertions: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "title", "outcome", "limit", "measured", "source"],
        properties: {
          id: { type: "string" },
          title: { type: "string" },
          outcome: { enum: OUTCOMES },
          limit: { type: "string" },
          measured: { type: "string" },
          reason: { type: "string" },
          source: sourceSchema,
          window: spanSchema,
          at: { type: "integer" },
          targetSource: sourceSchema
        }
      }
    },
    failure: {
      type: "object",
      required: ["stage", "message"],
      properties: {
        stage: { enum: PIPELINE_STAGES },
        message: { type: "string" },
        files: { type: "array", items: { type: "string" } }
      }
    },
    inputs: {
      type: "object",
      properties: {
        timeline: { type: "string" },
        load: { type: "string" },
        expect: { type: "string" },
        deployment: { type: "string" }
      }
    },
    decidedAt: { type: "string" }
  }
};
var VERDICT = defineContract("Verdict", verdictSchema);
var INCONCLUSIVE_POLICIES = ["fail", "pass"];

export {
  OUTCOMES,
  VERDICT,
  INCONCLUSIVE_POLICIES
};
