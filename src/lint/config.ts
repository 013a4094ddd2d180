// The lint part of .rayservice-ci.yaml: rules turned off or re-graded. Bad entries come back as problems that
// name the accepted values, never as exceptions.
import { parse } from 'yaml';
import { dict } from '../ray/index.ts';
import { SEVERITIES, type Severity } from './types.ts';

export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = [...SEVERITIES, 'off'];

export interface LintConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export const EMPTY_CONFIG: LintConfig = { rules: {} };
export const CONFIG_FILE_NAMES = ['.rayservice-ci.yaml', '.rayservice-ci.yml'] as const;

export function parseLintConfig(
  source: string,
  text: string,
  knownRules: readonly string[],
): LintConfig | { problems: string[] } {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    return { problems: [`${source}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const rules = dict(dict(dict(raw)['lint'])['rules']);
  const problems: string[] = [];
  const settings: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(rules)) {
    const setting = value === false ? 'off' : String(value);
    if (!knownRules.includes(id)) {
      problems.push(`${source}: lint.rules.${id}: no such rule. Rules: ${knownRules.join(', ')}.`);
    } else if (!(RULE_SETTINGS as readonly string[]).includes(setting)) {
      problems.push(
        `${source}: lint.rules.${id}: "${setting}" is not a setting; use one of ${RULE_SETTINGS.join(', ')}.`,
      );
    } else {
      settings[id] = setting as RuleSetting;
    }
  }
  return problems.length ? { problems } : { rules: settings };
}
