// The sim's log: one line per thing its operator should know of (an internal error, a watch dropped for falling
// behind), handed to whatever the embedder injects (the CLI's stderr, a test's array), never to the console.
export type SimLog = (line: string) => void;

/** Frames of a stack kept in a log line: enough to find the bug, still one line. */
const FRAMES = 3;

/** An error as one line: its name and message, and where it was thrown. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).replace(/\s+/g, ' ').slice(0, 500);
  const frames = (error.stack ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('at '))
    .slice(0, FRAMES);
  const head = `${error.name}: ${error.message}`.replace(/\s+/g, ' ').slice(0, 500);
  return frames.length ? `${head} (${frames.join(' < ')})` : head;
}
