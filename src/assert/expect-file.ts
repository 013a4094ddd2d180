// The Expectations file (kind Expectations, docs/expectations.md): parsed through the one YAML door, checked key by
// key, every value kept with the file:line:column it was written at so a verdict can point back at it.
import { parseYamlFile, type YamlPath } from '../manifest/index.ts';
import { API_VERSION } from '../contracts/index.ts';
import { parseCount, parsePolicy, parseRate, parseWindow, type Parsed } from './limits.ts';
import type { InconclusivePolicy, Sourced, WindowId } from './types.ts';

/** A window as written in the file; either part may be left to the defaults. */
export interface WindowEntry {
  readonly count?: Sourced<number> | undefined;
  readonly within?: Sourced<number> | undefined;
}

export interface ExpectationsFile {
  readonly app?: string | undefined;
  readonly deployment?: string | undefined;
  readonly workerGroup?: string | undefined;
  readonly windows: Partial<Record<WindowId, WindowEntry>>;
  readonly hold: {
    readonly after?: Sourced<number> | undefined;
    readonly maxReplicaChanges?: Sourced<number> | undefined;
    readonly maxErrorRate?: Sourced<number> | undefined;
    readonly maxTtftP95?: Sourced<number> | undefined;
    readonly maxE2eP95?: Sourced<number> | undefined;
  };
  readonly inconclusive?: Sourced<InconclusivePolicy> | undefined;
}

/** A problem in the file, at its place: `file:line:column: message`. */
export type ExpectFileResult =
  | { readonly ok: true; readonly expectations: ExpectationsFile }
  | { readonly ok: false; readonly problems: readonly string[] };

/** The key that holds the count in each window's mapping. */
export const WINDOW_COUNT_KEY: Readonly<Record<WindowId, string>> = {
  'scale-up': 'replicas',
  'scale-down': 'replicas',
  'worker-pods-up': 'pods',
  'worker-pods-down': 'pods',
  'gpus-up': 'gpus',
  'gpus-down': 'gpus',
};

const TOP_KEYS = [
  'apiVersion',
  'kind',
  'app',
  'deployment',
  'worker-group',
  ...Object.keys(WINDOW_COUNT_KEY),
  'hold',
  'inconclusive',
] as const;
const HOLD_KEYS = ['after', 'max-replica-changes', 'max-error-rate', 'max-ttft-p95', 'max-e2e-p95'] as const;

/** At most this many problems are listed: a file that is all wrong needs no thousand lines to say so. */
const MAX_PROBLEMS = 20;

export function parseExpectationsFile(file: string, text: string): ExpectFileResult {
  const parsed = parseYamlFile(file, text);
  const problems: string[] = [];
  const doc = parsed.documents[0];
  if (!doc || parsed.documents.length !== 1)
    return { ok: false, problems: [`${file}: an Expectations file holds exactly one YAML document.`] };
  const at = (path: YamlPath, part: 'key' | 'value' = 'value') => {
    const { start } = doc.locate(path, part).span;
    return { file, line: start.line, column: start.column };
  };
  const problem = (path: YamlPath, message: string, part: 'key' | 'value' = 'value') => {
    const p = at(path, part);
    problems.push(`${p.file}:${p.line}:${p.column}: ${message}`);
  };
  for (const yamlProblem of doc.problems)
    problems.push(`${file}:${yamlProblem.span.start.line}:${yamlProblem.span.start.column}: ${yamlProblem.message}.`);
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const root = doc.value;
  if (!isMapping(root))
    return { ok: false, problems: [`${file}: the document is not a mapping; see docs/expectations.md.`] };
  if (root['kind'] !== 'Expectations') problem(['kind'], 'kind must be Expectations.');
  if (root['apiVersion'] !== API_VERSION) problem(['apiVersion'], `apiVersion must be ${API_VERSION}.`);
  unknownKeys(root, TOP_KEYS, [], problem);

  const sourced = <T>(path: YamlPath, parse: (text: string) => Parsed<T>) => {
    const raw = valueAt(root, path);
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      problem(path, `${path.join('.')} takes a single value, not a ${Array.isArray(raw) ? 'list' : 'mapping'}.`);
      return undefined;
    }
    const written = String(raw);
    const result = parse(written);
    if (!result.ok) {
      problem(path, `${path.join('.')}: ${result.problem}`);
      return undefined;
    }
    return { value: result.value, text: written.trim(), source: { kind: 'file' as const, ...at(path) } };
  };
  const name = (key: string) => {
    const raw = root[key];
    if (raw === undefined || raw === null) return undefined;
    if (typeof raw !== 'string' || raw.length === 0 || raw.length > 253) {
      problem([key], `${key} takes a name (a string of at most 253 characters).`);
      return undefined;
    }
    return raw;
  };

  const windows: Partial<Record<WindowId, WindowEntry>> = {};
  for (const [id, countKey] of Object.entries(WINDOW_COUNT_KEY) as [WindowId, string][]) {
    const entry = root[id];
    if (entry === undefined || entry === null) continue;
    if (!isMapping(entry)) {
      problem([id], `${id} takes a mapping: { ${countKey}: N, within: 5m }.`);
      continue;
    }
    unknownKeys(entry, [countKey, 'within'], [id], problem);
    windows[id] = {
      count: sourced([id, countKey], (t) => parseCount(t, 0)),
      within: sourced([id, 'within'], parseWindow),
    };
  }
  const hold = root['hold'];
  if (hold !== undefined && hold !== null && !isMapping(hold))
    problem(['hold'], 'hold takes a mapping: { after: 5m, max-replica-changes: 1, max-error-rate: 1% }.');
  else if (isMapping(hold)) unknownKeys(hold, HOLD_KEYS, ['hold'], problem);

  const expectations: ExpectationsFile = {
    app: name('app'),
    deployment: name('deployment'),
    workerGroup: name('worker-group'),
    windows,
    hold: {
      after: sourced(['hold', 'after'], parseWindowOrZero),
      maxReplicaChanges: sourced(['hold', 'max-replica-changes'], (t) => parseCount(t, 0)),
      maxErrorRate: sourced(['hold', 'max-error-rate'], parseRate),
      maxTtftP95: sourced(['hold', 'max-ttft-p95'], parseWindow),
      maxE2eP95: sourced(['hold', 'max-e2e-p95'], parseWindow),
    },
    inconclusive: sourced(['inconclusive'], parsePolicy),
  };
  return problems.length ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) } : { ok: true, expectations };
}

/** hold.after may be 0 (the hold is the whole load). */
function parseWindowOrZero(text: string): Parsed<number> {
  return /^\s*0\s*$/.test(text) ? { ok: true, value: 0 } : parseWindow(text);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function valueAt(root: Record<string, unknown>, path: YamlPath): unknown {
  let node: unknown = root;
  for (const key of path) node = isMapping(node) ? node[String(key)] : undefined;
  return node;
}

function unknownKeys(
  mapping: Record<string, unknown>,
  known: readonly string[],
  base: YamlPath,
  problem: (path: YamlPath, message: string, part: 'key' | 'value') => void,
): void {
  for (const key of Object.keys(mapping)) {
    if (known.includes(key)) continue;
    const near = known.find((k) => closeTo(k, key));
    problem(
      [...base, key],
      `unknown key "${key.slice(0, 60)}"${near ? ` (did you mean "${near}"?)` : ''}; ${base.length ? `${base.join('.')} takes` : 'the file takes'} ${known.join(', ')}.`,
      'key',
    );
  }
}

/** A typo: the same letters but one, or an underscore for a dash, or another case. */
function closeTo(known: string, written: string): boolean {
  const a = known.toLowerCase();
  const b = written.toLowerCase().replaceAll('_', '-');
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
