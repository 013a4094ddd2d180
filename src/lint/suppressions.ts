// In-file switches: `# rayservice-ci-disable-line RULE[, RULE]`, `# rayservice-ci-disable-next-line RULE`,
// `# rayservice-ci-disable-file RULE`; no rule list means every rule. They work inside serveConfigV2 too, because
// a block scalar's lines are lines of the outer file.

interface Suppression {
  readonly rules: readonly string[] | 'all';
}

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

const DIRECTIVE = /(?:^|\s)#\s*rayservice-ci-disable(-line|-next-line|-file)?(?:\s+([\w\-,\s]+?))?\s*$/;

export function findSuppressions(text: string): Suppressions {
  const byLine = new Map<number, Suppression[]>();
  const fileWide: Suppression[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const match = DIRECTIVE.exec(rawLine.replace(/\r$/, ''));
    if (!match) return;
    const rules = match[2]?.split(/[\s,]+/).filter(Boolean);
    const suppression: Suppression = { rules: rules && rules.length ? rules : 'all' };
    const line = index + 1;
    switch (match[1]) {
      case '-file':
        fileWide.push(suppression);
        break;
      case '-next-line':
        byLine.set(line + 1, [...(byLine.get(line + 1) ?? []), suppression]);
        break;
      default:
        byLine.set(line, [...(byLine.get(line) ?? []), suppression]);
    }
  });
  const covers = (s: Suppression, ruleId: string) => s.rules === 'all' || s.rules.includes(ruleId);
  return {
    isSuppressed(ruleId, line) {
      return fileWide.some((s) => covers(s, ruleId)) || (byLine.get(line) ?? []).some((s) => covers(s, ruleId));
    },
  };
}
