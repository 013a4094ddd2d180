// Text from a user's files on its way to a terminal, a log or a GitHub Actions runner: control characters are
// escaped (no ESC sequences, no line breaks smuggled into one-line fields), and no line can start a workflow
// command (`::error …`, `::add-mask::`), which the runner executes from any line of a step's output.

// C0 controls but tab and newline, DEL, C1 controls, and the Unicode line and paragraph separators. Matching
// control characters is this module's job, hence the rule off for these two lines.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_WITH_NEWLINES = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

function escapeChar(char: string): string {
  switch (char) {
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    default: {
      const code = char.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    }
  }
}

/** A line the runner would take for a workflow command gets a backslash in front: shown, never executed. */
function defuseCommand(line: string): string {
  return /^\s*::/.test(line) ? `\\${line}` : line;
}

/** For a one-line field (a message, a file name, a value): every control character escaped, newlines included. */
export function safeInline(text: string): string {
  return defuseCommand(text.replace(CONTROL_WITH_NEWLINES, escapeChar));
}

/** For text that is meant to span lines (a code frame, a report): controls escaped, each line defused. */
export function safeLines(text: string): string {
  return text.replace(CONTROL, escapeChar).split('\n').map(defuseCommand).join('\n');
}
