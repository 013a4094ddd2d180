// Escaping for the three languages a report interpolates into: Markdown text, HTML (inside <details>), and Mermaid
// labels. Every value that did not come from this module's own literals goes through one of these, after the
// shared sanitiser (src/sanitize) has escaped control characters, defused workflow commands and redacted tokens.
import { redactTokens, safeInline } from '../sanitize/index.ts';

/** Longest one-line value the report shows before cutting it (a hostile message cannot fill the comment). */
export const MAX_FIELD = 300;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A one-line value from a file: no control characters or line breaks, no credentials, bounded length. */
export function plainText(value: unknown, max = MAX_FIELD): string {
  return clip(safeInline(redactTokens(String(value ?? ''))), max);
}

const ZWSP = '\u200b';

/**
 * For Markdown text and table cells (also inside HTML blocks): HTML's special characters as entities, Markdown's
 * inline punctuation backslash-escaped, `|` escaped so a cell cannot end early, and the characters GitHub turns
 * into side effects broken by a zero-width space: `@` (a mention notifies people), `#` (a reference), `://` (an
 * autolink to wherever a pull request wants to send readers).
 */
export function md(value: unknown, max = MAX_FIELD): string {
  return plainText(value, max)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/([\\`*_[\]{}()|~!])/g, '\\$1')
    .replace(/([@#])/g, `$1${ZWSP}`)
    .replace(/:\/\//g, `:${ZWSP}//`);
}

/**
 * Code-styled text: a <code> element around the Markdown-escaped value rather than a backtick span, since a span
 * shows entities literally and a `|` inside one still ends a GFM table cell.
 */
export function codeSpan(value: unknown, max = MAX_FIELD): string {
  return `<code>${md(value, max)}</code>`;
}

/**
 * A Mermaid label, quoted. The xychart lexer reads a string up to the next `"`, so quotes go; `%%` starts a
 * comment or an `%%{init}%%` directive anywhere in the text (mermaid's preprocessing), `-->` is the axis range
 * token, `#…;` is Mermaid's entity syntax, backticks could close the Markdown fence around the block, and `<`/`>`
 * become markup in the SVG: each is replaced by a look-alike that means nothing to Mermaid.
 */
export function mermaidLabel(value: unknown, max = 60): string {
  const text = plainText(value, max)
    .replace(/"/g, '′′')
    .replace(/%%/g, '% %')
    .replace(/-->/g, '→')
    .replace(/-{2,}/g, '–')
    .replace(/#/g, '♯')
    .replace(/;/g, ',')
    .replace(/`/g, '′')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[{}]/g, (c) => (c === '{' ? '(' : ')'))
    .replace(/\\/g, '/');
  return `"${text}"`;
}

/** A URL for a Markdown link target: http(s) only, and the characters that end a link target percent-encoded. */
export function linkTarget(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const text = safeInline(url).trim();
  if (!/^https?:\/\/[^\s]+$/i.test(text) || text.length > 2000) return undefined;
  return text.replace(/[()<>"'`\s\\|[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A key for the hidden marker: lower-case letters, digits, `-`, `_` and `.`, so it cannot close the comment. */
export function markerKey(key: string | undefined): string {
  const cleaned = (key ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 64);
  return cleaned || 'default';
}
