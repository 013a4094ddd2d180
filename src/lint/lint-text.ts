// Lints the RayService documents of one YAML text: syntax, schemas, semantic rules; then applies the rule
// configuration and in-file suppressions. Pure: text in, findings out.
import { formatYamlPath, parseYamlFile, type YamlPath, type YamlSource } from '../manifest/index.ts';
import {
  dict,
  LLM_BUILDERS,
  list,
  validateLlmServingArgs,
  validateRayService,
  validateServeConfig,
} from '../ray/index.ts';
import { redactValues, safeInline, safeLines, secretValuesIn } from '../sanitize/index.ts';
import type { LintConfig } from './config.ts';
import type { CrdValidator } from './crd.ts';
import { RULES } from './rules/index.ts';
import { schemaReports } from './schema-findings.ts';
import { findSuppressions } from './suppressions.ts';
import { buildTarget, SERVE_CONFIG_PATH } from './target.ts';
import type { Finding, Report, RuleMeta, Severity } from './types.ts';

/** Checks the engine runs itself; listed with the rules so they can be configured and documented alike. */
export const BUILTIN_CHECKS: readonly RuleMeta[] = [
  { id: 'yaml-syntax', severity: 'error', description: 'The file, or the YAML inside serveConfigV2, does not parse.' },
  {
    id: 'rayservice-schema',
    severity: 'error',
    description: 'RayService fields with a wrong type or unknown name (the API server would prune them silently).',
  },
  {
    id: 'serve-schema',
    severity: 'error',
    description:
      'Serve config and build_openai_app args keys with a wrong type or unknown name (Ray drops unknown keys silently).',
  },
  { id: 'crd-schema', severity: 'error', description: 'Violations of the CRD given with --crd.' },
];

export const ALL_RULES: readonly RuleMeta[] = [...BUILTIN_CHECKS, ...RULES.map((rule) => rule.meta)];

export interface LintTextOptions {
  readonly config?: LintConfig;
  readonly crd?: CrdValidator;
  /** Report syntax errors even when no document is recognisably a RayService (true for files named explicitly). */
  readonly reportUnrecognised?: boolean;
}

export interface TextLintResult {
  readonly findings: Finding[];
  readonly suppressed: number;
  readonly rayServices: number;
}

interface Pending {
  readonly meta: RuleMeta;
  readonly report: Report;
  readonly source: YamlSource;
  readonly serve: YamlSource | undefined;
}

export function lintText(file: string, text: string, options: LintTextOptions = {}): TextLintResult {
  const parsed = parseYamlFile(file, text);
  const pending: Pending[] = [];
  const meta = (id: string) => ALL_RULES.find((rule) => rule.id === id)!;
  let rayServices = 0;
  // Values kept under credential names anywhere in the file: no finding, message or code frame may repeat them.
  const secrets = new Set<string>();
  const mentionsRayService = /kind:\s*["']?RayService\b/.test(text);

  for (const doc of parsed.documents) {
    for (const secret of secretValuesIn(doc.value)) secrets.add(secret);
    const value = dict(doc.value);
    const syntax = doc.problems;
    if (syntax.length) {
      if (options.reportUnrecognised || mentionsRayService) {
        for (const problem of syntax) {
          pending.push({
            meta: meta('yaml-syntax'),
            source: doc,
            serve: undefined,
            report: {
              message: problem.message,
              at: { in: 'span', span: problem.span },
              hint: 'Fix the YAML syntax; every other check waits for it.',
            },
          });
        }
      }
      continue;
    }
    if (value['kind'] !== 'RayService') continue;
    rayServices++;
    const add = (id: string, report: Report, serve?: YamlSource) =>
      pending.push({ meta: meta(id), report, source: doc, serve });

    // The API server drops null fields before it validates (structural pruning), so `env:` with nothing is fine.
    const asServed = withoutNulls(value);
    for (const report of schemaReports({
      validate: validateRayService,
      value: asServed,
      in: 'manifest',
      base: [],
      unknownKeyEffect: 'The API server prunes unknown fields without an error, so this setting would be lost.',
    })) {
      add('rayservice-schema', report);
    }
    for (const report of options.crd?.validate(asServed) ?? []) add('crd-schema', report);
    for (const path of nonFinitePaths(asServed)) add('rayservice-schema', nonFiniteReport('manifest', path));

    const serve =
      typeof dict(value['spec'])['serveConfigV2'] === 'string' ? doc.embedded(SERVE_CONFIG_PATH) : undefined;
    if (serve) {
      for (const secret of secretValuesIn(serve.value)) secrets.add(secret);
      for (const path of nonFinitePaths(serve.value)) add('serve-schema', nonFiniteReport('serve', path), serve);
      for (const problem of serve.problems) {
        add('yaml-syntax', {
          message: `serveConfigV2: ${problem.message}`,
          at: { in: 'span', span: problem.span },
          hint: 'Fix the YAML inside serveConfigV2; KubeRay would only report it once the head pod is up.',
        });
      }
      const serveValue = serve.value;
      if (
        serve.problems.length === 0 &&
        (typeof serveValue !== 'object' || serveValue === null || Array.isArray(serveValue))
      ) {
        add('serve-schema', {
          message: 'serveConfigV2 does not hold a mapping with an applications: list.',
          at: { in: 'manifest', path: SERVE_CONFIG_PATH },
          hint: 'Write serveConfigV2: | followed by an indented applications: list.',
        });
      }
    }
    const target = buildTarget(file, doc, serve);
    if (target.serve) {
      const unknownKeyEffect = 'Ray ignores unknown keys here without a word, so this setting would have no effect.';
      for (const report of schemaReports({
        validate: validateServeConfig,
        value: target.serve.value,
        in: 'serve',
        base: [],
        unknownKeyEffect,
      })) {
        add('serve-schema', report, serve);
      }
      list(target.serve.value['applications']).forEach((app, index) => {
        const importPath = dict(app)['import_path'];
        if (typeof importPath !== 'string' || !LLM_BUILDERS.has(importPath)) return;
        const args = dict(app)['args'];
        for (const report of schemaReports({
          validate: validateLlmServingArgs,
          value: args ?? {},
          in: 'serve',
          base: ['applications', index, 'args'],
          unknownKeyEffect: 'ray.serve.llm rejects unknown keys when the application deploys.',
        })) {
          add('serve-schema', report, serve);
        }
      });
    }
    for (const rule of RULES) rule.check(target, (report) => add(rule.meta.id, report, serve));
  }

  return settle(file, pending, text, options.config, rayServices, [...secrets]);
}

/** Where a document holds .inf or .nan: YAML reads them as numbers, but neither Kubernetes (JSON) nor Ray takes them. */
function nonFinitePaths(value: unknown, path: YamlPath = [], found: YamlPath[] = []): YamlPath[] {
  if (typeof value === 'number' && !Number.isFinite(value)) found.push(path);
  else if (Array.isArray(value)) value.forEach((item, i) => nonFinitePaths(item, [...path, i], found));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) nonFinitePaths(item, [...path, key], found);
  return found;
}

function nonFiniteReport(where: 'manifest' | 'serve', path: YamlPath): Report {
  return {
    message: `${formatYamlPath(path)} is not a finite number (.inf or .nan): YAML reads it as a number, but JSON (the API server) and Ray have no such number.`,
    at: { in: where, path },
    hint: 'Write a finite number.',
  };
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

function settle(
  file: string,
  pending: readonly Pending[],
  text: string,
  config: LintConfig | undefined,
  rayServices: number,
  secrets: readonly string[],
): TextLintResult {
  const suppressions = findSuppressions(text);
  // Every finding goes through the one sanitiser here, once, so no output format can print raw input.
  const clean = (message: string) => safeInline(redactValues(message, secrets));
  const lines = text.split('\n');
  const snippet = (line: number) => {
    const source = (lines[line - 1] ?? '').replace(/\r$/, '');
    return safeLines(redactValues(source.length > 240 ? `${source.slice(0, 240)}…` : source, secrets));
  };
  const findings: Finding[] = [];
  let suppressed = 0;
  for (const { meta, report, source, serve } of pending) {
    const setting = config?.rules[meta.id];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? report.severity ?? meta.severity;
    const span =
      report.at.in === 'span'
        ? report.at.span
        : (report.at.in === 'serve' && serve ? serve : source).locate(report.at.path, report.at.part).span;
    if (suppressions.isSuppressed(meta.id, span.start.line)) {
      suppressed++;
      continue;
    }
    findings.push({
      ruleId: meta.id,
      severity,
      message: clean(report.message),
      ...(report.hint ? { hint: clean(report.hint) } : {}),
      file: safeInline(file),
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      snippet: snippet(span.start.line),
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  return { findings, suppressed, rayServices };
}
