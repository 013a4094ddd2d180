// JMeter-style text templates in request URLs, headers and bodies: ${var} and the functions we support, parsed once
// when the profile is read and evaluated for every request (JMeter re-evaluates functions on each sampler run).
//
// Argument splitting follows JMeter's FunctionParser.parseParams (apache/jmeter
// src/core/src/main/java/org/apache/jmeter/engine/util/FunctionParser.java): split on "," at depth 0, "\," is a
// literal comma, balanced (...) and nested ${...} stay inside one argument, a trailing comma makes a final empty
// argument, values are not trimmed. Unknown functions and undefined variables are left in the text unchanged, as
// JMeter does (functions.xml: "treated as per missing variable"), with a warning.
//
// Semantics that are ours (documented in docs/load-profile.md):
// - __RandomFromList(a,b,…): JMeter has no such function (neither core nor jmeter-plugins). We pick uniformly among
//   the non-empty items, again for each request; empty items (the seed's trailing comma) are not candidates.
// - __chooseRandom(v1,…,vN,var): as jmeter-plugins' ChooseRandom.java (plugins/functions): the last argument names
//   the variable the choice is stored in (empty: not stored) and is not a candidate; at least three arguments.
// - __Random(min,max[,var]): an integer in [min, max], both included (functions.xml, __Random).
// - __UUID(): a version 4 UUID, from the run's seeded source so a seeded run repeats them.
import { randomInt, randomUuid, type Random } from './random.ts';

export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'var'; readonly name: string; readonly source: string }
  | { readonly kind: 'randomFromList'; readonly items: readonly Template[] }
  | { readonly kind: 'chooseRandom'; readonly items: readonly Template[]; readonly store: Template }
  | { readonly kind: 'random'; readonly min: Template; readonly max: Template; readonly store: Template | undefined }
  | { readonly kind: 'uuid'; readonly store: Template | undefined };

export interface Template {
  /** The text as written. */
  readonly source: string;
  /** The text when it has nothing to evaluate: requests reuse it as is. */
  readonly constant: string | undefined;
  readonly parts: readonly TemplatePart[];
}

/** What evaluation reads and writes: the virtual user's variables and random source. */
export interface TemplateScope {
  readonly random: Random;
  readonly vars: Map<string, string>;
}

export interface CompiledTemplate {
  readonly template: Template;
  /** Problems that make the template unusable (a function with the wrong arguments). */
  readonly errors: readonly string[];
  /** Things JMeter would leave in the text unchanged. */
  readonly warnings: readonly string[];
  /** Variables the functions in it store into. */
  readonly stores: readonly string[];
  /** Variables it reads. */
  readonly reads: readonly string[];
}

const SUPPORTED = ['__RandomFromList', '__chooseRandom', '__Random', '__UUID'] as const;

interface Sink {
  readonly errors: string[];
  readonly warnings: string[];
  readonly stores: string[];
  readonly reads: string[];
}

/** Parses a template; the text never throws, what cannot be used is in `errors`. */
export function compileTemplate(source: string): CompiledTemplate {
  const sink: Sink = { errors: [], warnings: [], stores: [], reads: [] };
  const template = parse(source, sink);
  return { template, ...sink };
}

function constantTemplate(source: string, text: string): Template {
  return { source, constant: text, parts: [{ kind: 'text', text }] };
}

function parse(source: string, sink: Sink): Template {
  if (!source.includes('${')) return constantTemplate(source, source);
  const parts: TemplatePart[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const at = source.indexOf('${', i);
    if (at < 0) {
      text += source.slice(i);
      break;
    }
    text += source.slice(i, at);
    const end = closingBrace(source, at + 2);
    if (end < 0) {
      // An unclosed ${ is text to JMeter too.
      text += source.slice(at);
      break;
    }
    const inner = source.slice(at + 2, end);
    const part = reference(inner, source.slice(at, end + 1), sink);
    if (part.kind === 'text') text += part.text;
    else {
      if (text) parts.push({ kind: 'text', text });
      text = '';
      parts.push(part);
    }
    i = end + 1;
  }
  if (text) parts.push({ kind: 'text', text });
  if (parts.every((p) => p.kind === 'text'))
    return constantTemplate(source, parts.map((p) => (p as { text: string }).text).join(''));
  return { source, constant: undefined, parts };
}

/** The index of the "}" that closes a "${" whose body starts at `from`, skipping nested ${...} and (...); -1 if none. */
function closingBrace(source: string, from: number): number {
  let parens = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '$' && source[i + 1] === '{') {
      const nested = closingBrace(source, i + 2);
      if (nested < 0) return -1;
      i = nested;
      continue;
    }
    if (c === '(') parens++;
    else if (c === ')') parens = Math.max(0, parens - 1);
    else if (c === '}' && parens === 0) return i;
  }
  return -1;
}

function reference(inner: string, whole: string, sink: Sink): TemplatePart {
  const call = /^(__\w+)\(([\s\S]*)\)$/.exec(inner);
  if (!call) {
    if (/^__\w+$/.test(inner)) return fn(inner, [], whole, sink);
    sink.reads.push(inner);
    return { kind: 'var', name: inner, source: whole };
  }
  return fn(call[1]!, splitArguments(call[2]!), whole, sink);
}

/** JMeter's parseParams: split at depth-0 commas, "\," kept as a comma; an empty text is one empty argument. */
export function splitArguments(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let parens = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      // "\," is a comma inside an argument; any other escape is kept for the nested template to read.
      if (text[i + 1] === ',') current += ',';
      else current += c + text[i + 1];
      i++;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') {
      const end = closingBrace(text, i + 2);
      if (end >= 0) {
        current += text.slice(i, end + 1);
        i = end;
        continue;
      }
    }
    if (c === '(') parens++;
    if (c === ')') parens = Math.max(0, parens - 1);
    if (c === ',' && parens === 0) {
      args.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  args.push(current);
  return args;
}

function fn(name: string, args: string[], whole: string, sink: Sink): TemplatePart {
  const sub = (text: string) => parse(text, sink);
  const storeOf = (text: string | undefined) => {
    if (text === undefined || text.trim() === '') return undefined;
    sink.stores.push(text.trim());
    return sub(text.trim());
  };
  const cut = whole.length > 60 ? `${whole.slice(0, 57)}...` : whole;
  switch (name) {
    case '__RandomFromList': {
      const items = args.filter((a) => a !== '');
      if (items.length === 0) {
        sink.errors.push(
          `${cut}: __RandomFromList needs at least one non-empty item, e.g. \${__RandomFromList(a,b,c)}`,
        );
        return { kind: 'text', text: whole };
      }
      return { kind: 'randomFromList', items: items.map(sub) };
    }
    case '__chooseRandom': {
      if (args.length < 3) {
        sink.errors.push(
          `${cut}: __chooseRandom takes at least two values and a variable name last, e.g. \${__chooseRandom(a,b,choice)} (jmeter-plugins)`,
        );
        return { kind: 'text', text: whole };
      }
      const store = args[args.length - 1]!.trim();
      if (store) sink.stores.push(store);
      return { kind: 'chooseRandom', items: args.slice(0, -1).map(sub), store: constantTemplate(store, store) };
    }
    case '__Random': {
      if (args.length < 2 || args.length > 3) {
        sink.errors.push(`${cut}: __Random takes min, max and an optional variable name, e.g. \${__Random(1,100)}`);
        return { kind: 'text', text: whole };
      }
      const [min, max] = [sub(args[0]!.trim()), sub(args[1]!.trim())];
      for (const bound of [min, max])
        if (bound.constant !== undefined && !/^-?\d+$/.test(bound.constant))
          sink.errors.push(`${cut}: __Random's bounds are integers, not "${bound.constant}"`);
      if (min.constant !== undefined && max.constant !== undefined && Number(min.constant) > Number(max.constant))
        sink.errors.push(`${cut}: __Random's min is greater than its max`);
      return { kind: 'random', min, max, store: storeOf(args[2]) };
    }
    case '__UUID': {
      if (args.length > 1 || (args.length === 1 && args[0] !== '')) {
        sink.errors.push(`${cut}: __UUID takes no arguments: \${__UUID()}`);
        return { kind: 'text', text: whole };
      }
      return { kind: 'uuid', store: undefined };
    }
    default:
      sink.warnings.push(
        `${cut}: ${name} is not a function rayservice-ci evaluates (it knows ${SUPPORTED.join(', ')}); the text is sent unchanged, as JMeter sends an unknown function`,
      );
      return { kind: 'text', text: whole };
  }
}

/** The text for one request. */
export function renderTemplate(template: Template, scope: TemplateScope): string {
  if (template.constant !== undefined) return template.constant;
  let out = '';
  for (const part of template.parts) out += renderPart(part, scope);
  return out;
}

function renderPart(part: TemplatePart, scope: TemplateScope): string {
  switch (part.kind) {
    case 'text':
      return part.text;
    case 'var':
      return scope.vars.get(part.name) ?? part.source;
    case 'randomFromList':
      return renderTemplate(part.items[Math.floor(scope.random.next() * part.items.length)]!, scope);
    case 'chooseRandom': {
      const value = renderTemplate(part.items[Math.floor(scope.random.next() * part.items.length)]!, scope);
      const name = renderTemplate(part.store, scope);
      if (name) scope.vars.set(name, value);
      return value;
    }
    case 'random': {
      const min = Number.parseInt(renderTemplate(part.min, scope), 10);
      const max = Number.parseInt(renderTemplate(part.max, scope), 10);
      const value =
        Number.isFinite(min) && Number.isFinite(max) && min <= max ? String(randomInt(scope.random, min, max)) : '';
      if (part.store) scope.vars.set(renderTemplate(part.store, scope), value);
      return value;
    }
    case 'uuid':
      return randomUuid(scope.random);
  }
}
