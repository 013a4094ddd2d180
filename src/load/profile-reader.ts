// Reading a profile document with places: every problem names the line and column it is about, and the typed
// getters turn wrong shapes into problems (never exceptions), so one pass reports everything wrong with a profile.
import { formatYamlPath, type YamlPath, type YamlSource } from '../manifest/index.ts';
import { safeInline } from '../sanitize/index.ts';
import type { Place, ProfileProblem } from './profile.ts';
import { parseTaurusDuration } from './taurus-duration.ts';

export type Mapping = Readonly<Record<string, unknown>>;

export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class ProfileReader {
  readonly errors: ProfileProblem[] = [];
  readonly warnings: ProfileProblem[] = [];
  readonly file: string;
  private readonly source: YamlSource | undefined;

  constructor(file: string, source: YamlSource | undefined) {
    this.file = file;
    this.source = source;
  }

  place(path: YamlPath, part: 'key' | 'value' = 'value'): Place | undefined {
    if (!this.source) return undefined;
    const { span } = this.source.locate(path, part);
    return { file: this.file, line: span.start.line, column: span.start.column };
  }

  /** `path` in the user's spelling (execution[0].hold-for), for messages. */
  name(path: YamlPath): string {
    return safeInline(formatYamlPath(path, 'the profile'));
  }

  error(path: YamlPath, message: string, part: 'key' | 'value' = 'value'): undefined {
    this.errors.push({ message: `${this.name(path)}: ${message}`, place: this.place(path, part) });
    return undefined;
  }

  warn(path: YamlPath, message: string, part: 'key' | 'value' = 'key'): void {
    this.warnings.push({ message: `${this.name(path)}: ${message}`, place: this.place(path, part) });
  }

  mapping(value: unknown, path: YamlPath): Mapping | undefined {
    if (value === undefined) return undefined;
    if (!isMapping(value)) return this.error(path, `expected a mapping (key: value lines), got ${kindOf(value)}.`);
    return value;
  }

  string(value: unknown, path: YamlPath): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return this.error(path, `expected a text, got ${kindOf(value)}.`);
  }

  boolean(value: unknown, path: YamlPath): boolean | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'boolean') return value;
    return this.error(path, `expected true or false, got ${kindOf(value)}.`);
  }

  /** A positive number (or 0 when `min` is 0), an integer when asked. */
  number(value: unknown, path: YamlPath, options: { integer?: boolean; min?: number } = {}): number | undefined {
    if (value === undefined || value === null) return undefined;
    const n = typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value;
    const min = options.min ?? 1;
    if (typeof n !== 'number' || !Number.isFinite(n) || n < min || (options.integer && !Number.isInteger(n)))
      return this.error(
        path,
        `expected ${options.integer ? 'a whole number' : 'a number'} of at least ${min}, got ${kindOf(value)}.`,
      );
    return n;
  }

  duration(value: unknown, path: YamlPath): number | undefined {
    if (value === undefined || value === null) return undefined;
    const ms = parseTaurusDuration(value);
    if (typeof ms === 'string') return this.error(path, safeInline(ms));
    return ms;
  }
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}
