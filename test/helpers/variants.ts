// Variants of the seed example for rule tests: each edit is a path (into serveConfigV2 too) and a value, applied
// with the same splice editor render uses, so everything else stays as the user wrote it.
import { readFileSync } from 'node:fs';
import { deleteIn, parseYamlFile, setBlockString, setIn } from '../../src/manifest/index.ts';
import { lintText, type Finding } from '../../src/lint/index.ts';

export const EXAMPLE_PATH = 'examples/llama32-3b/rayservice.yaml';
export const EXAMPLE = readFileSync(EXAMPLE_PATH, 'utf8');
export const SERVE = ['spec', 'serveConfigV2'] as const;
export const APP = ['applications', 0] as const;
export const LLM = [...APP, 'args', 'llm_configs', 0] as const;
export const AUTOSCALING = [...LLM, 'deployment_config', 'autoscaling_config'] as const;
export const GPU_GROUP = ['spec', 'rayClusterConfig', 'workerGroupSpecs', 0] as const;

export type Edit =
  | { readonly serve: readonly (string | number)[]; readonly value?: unknown; readonly delete?: boolean }
  | { readonly path: readonly (string | number)[]; readonly value?: unknown; readonly delete?: boolean };

export function variant(edits: readonly Edit[], base = EXAMPLE): string {
  let text = base;
  for (const edit of edits) {
    if ('serve' in edit) {
      const inner = (parseYamlFile('', text).documents[0]!.value as { spec: { serveConfigV2: string } }).spec
        .serveConfigV2;
      const changed = edit.delete ? deleteIn(inner, 0, edit.serve) : setIn(inner, 0, edit.serve, edit.value);
      text = setBlockString(text, 0, SERVE, changed);
    } else {
      text = edit.delete ? deleteIn(text, 0, edit.path) : setIn(text, 0, edit.path, edit.value);
    }
  }
  return text;
}

export function lint(text: string, file = 'x.yaml'): Finding[] {
  return lintText(file, text, { reportUnrecognised: true }).findings;
}

export function ofRule(findings: readonly Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** 1-based line of the first line containing `needle` after line `after`. */
export function lineOf(text: string, needle: string, after = 0): number {
  const lines = text.split('\n');
  for (let i = after; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`"${needle}" not in text`);
}
