// The text `rayservice-ci lint --list-rules` prints: each rule's id, default severity and description, then the
// Ray version bands (or KubeRay rayVersion gates) a version-aware rule tells apart, one per indented line.
import type { RuleMeta } from '../types.ts';

export function formatRuleList(rules: readonly RuleMeta[]): string {
  const lines: string[] = [];
  for (const rule of rules) {
    lines.push(`${rule.id.padEnd(32)} ${rule.severity.padEnd(8)} ${rule.description}`);
    for (const band of rule.bands ?? []) lines.push(`${''.padEnd(41)} ${band.versions}: ${band.behaviour}`);
  }
  return `${lines.join('\n')}\n`;
}
