// What lint produces: findings with a place in the file the user wrote, a stable rule id and a fix hint.
import type { Span, YamlPath } from '../manifest/index.ts';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** How to fix it, in one sentence. */
  readonly hint?: string;
  readonly file: string;
  /** 1-based, in the outer file, also for findings inside serveConfigV2. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** The source line the finding starts on, with credentials redacted and control characters escaped. */
  readonly snippet?: string;
}

/** What a rule concludes for one range of Ray versions (or KubeRay rayVersion gates). */
export interface VersionBand {
  /** `Ray < 2.10`, `Ray 2.10 – 2.32`, `Ray ≥ 2.33`, or a KubeRay gate such as `rayVersion gate 2.53`. */
  readonly versions: string;
  readonly behaviour: string;
}

export interface RuleMeta {
  readonly id: string;
  readonly severity: Severity;
  /** One line, shown in `rayservice-ci lint --list-rules` and SARIF rule metadata. */
  readonly description: string;
  /** For rules whose verdict depends on the Ray version: the bands it tells apart, shown by --list-rules. */
  readonly bands?: readonly VersionBand[];
}

/** Where a finding points: a path in the RayService document, or in the Serve config embedded in it. */
export type Where =
  | { readonly in: 'manifest'; readonly path: YamlPath; readonly part?: 'key' | 'value' }
  | { readonly in: 'serve'; readonly path: YamlPath; readonly part?: 'key' | 'value' }
  | { readonly in: 'span'; readonly span: Span };

export interface Report {
  readonly message: string;
  readonly at: Where;
  readonly hint?: string;
  /** Overrides the rule's severity for this one finding (a rule that grades by evidence, e.g. a real token). */
  readonly severity?: Severity;
}
