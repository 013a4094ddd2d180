// What must hold for any input, however hostile: the exit code says what happened, no stack trace, no planted
// secret in any output, no control bytes, and no line a GitHub runner would execute unless we wrote it as one.

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const STACK_FRAME = /\n\s+at .+(:\d+:\d+\)?|\(native\))$/m;
// Tab and newline are text; anything else below 0x20, DEL and C1 would reach a terminal raw.
// eslint-disable-next-line no-control-regex -- finding raw control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// Our own workflow commands in --format github: an annotation with properties, then the escaped message.
const OUR_COMMAND = /^::(error|warning|notice)( [^:]*)?::[^\r\n]*$/;

export function violations(
  ran: Ran,
  secrets: readonly string[],
  options: { allowedCodes: readonly number[]; ourCommands: boolean },
): string[] {
  const found: string[] = [];
  if (!options.allowedCodes.includes(ran.code))
    found.push(`exit code ${ran.code}, expected one of ${options.allowedCodes.join('/')}`);
  for (const [stream, text] of [
    ['stdout', ran.stdout],
    ['stderr', ran.stderr],
  ] as const) {
    if (STACK_FRAME.test(text) || /internal error/.test(text))
      found.push(`${stream} has a stack trace or an internal error: ${text.slice(0, 300)}`);
    const control = RAW_CONTROL.exec(text);
    if (control)
      found.push(`${stream} has a raw control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
    for (const secret of secrets)
      if (text.includes(secret)) found.push(`${stream} contains a planted secret (${secret.slice(0, 4)}…)`);
    for (const line of text.split('\n')) {
      if (!/^\s*::/.test(line)) continue;
      if (!(options.ourCommands && stream === 'stdout' && OUR_COMMAND.test(line)))
        found.push(`${stream} has a line the runner would execute: ${line.slice(0, 120)}`);
    }
  }
  return found;
}
