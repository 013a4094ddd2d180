// Edits of one document's text and of the Serve config inside it, written back together. Values are parsed once
// per change, not on every read; an edit that would have to go inside a flow collection (`{…}`, JSON) converts that
// document to block style once, says so, and edits again.
import {
  appendIn,
  deleteIn,
  FlowStyleError,
  parseYamlFile,
  setBlockString,
  setIn,
  toBlockStyle,
  YamlEditError,
  type YamlPath,
} from '../manifest/index.ts';
import { dict } from '../ray/index.ts';

export const SERVE: YamlPath = ['spec', 'serveConfigV2'];

export function isServePath(path: YamlPath): boolean {
  return path.length > SERVE.length && path[0] === SERVE[0] && path[1] === SERVE[1];
}

/** Applies an edit to a one-document text, converting it to block style once if the edit meets a flow collection. */
export function editBlock(text: string, edit: (text: string) => string, notes: string[], what: string): string {
  try {
    return edit(text);
  } catch (error) {
    if (!(error instanceof FlowStyleError)) throw error;
    notes.push(`${what} was written in flow style ({…}, as JSON is); it is rendered in block style (${error.message})`);
    return edit(toBlockStyle(text));
  }
}

export class Session {
  private outer: string;
  private outerValue: Record<string, unknown> | undefined;
  private serve: string | undefined;
  private serveParsed: { text: string; value: unknown } | undefined;
  readonly notes: string[];

  /** `text` holds exactly one document: the RayService. */
  constructor(text: string, notes: string[]) {
    this.outer = text;
    this.notes = notes;
  }

  get value(): Record<string, unknown> {
    this.outerValue ??= dict(parseYamlFile('', this.outer).documents[0]?.value);
    return this.outerValue;
  }

  get serveText(): string | undefined {
    if (this.serve === undefined) {
      const raw = dict(this.value['spec'])['serveConfigV2'];
      if (typeof raw === 'string') this.serve = raw;
    }
    return this.serve;
  }

  get serveValue(): unknown {
    const text = this.serveText;
    if (text === undefined) return undefined;
    if (this.serveParsed?.text !== text)
      this.serveParsed = { text, value: parseYamlFile('', text).documents[0]?.value };
    return this.serveParsed.value;
  }

  set(path: YamlPath, value: unknown): void {
    if (isServePath(path)) this.editServe((text) => setIn(text, 0, path.slice(SERVE.length), value));
    else this.editOuter((text) => setIn(text, 0, path, value));
  }

  delete(path: YamlPath): void {
    if (isServePath(path)) this.editServe((text) => deleteIn(text, 0, path.slice(SERVE.length)));
    else this.editOuter((text) => deleteIn(text, 0, path));
  }

  append(path: YamlPath, item: unknown): void {
    this.editOuter((text) => appendIn(text, 0, path, item));
  }

  /** The document's text with the Serve config written back (as a block literal) when it changed. */
  commit(): string {
    const serve = this.serve;
    if (serve !== undefined) this.editOuter((text) => setBlockString(text, 0, SERVE, serve));
    return this.outer;
  }

  private editOuter(edit: (text: string) => string): void {
    this.outer = editBlock(this.outer, edit, this.notes, 'The RayService');
    this.outerValue = undefined;
  }

  private editServe(edit: (text: string) => string): void {
    const text = this.serveText;
    if (text === undefined) throw new YamlEditError('spec.serveConfigV2 is not a string, so no path can go inside it.');
    this.serve = editBlock(text, edit, this.notes, 'spec.serveConfigV2');
  }
}
