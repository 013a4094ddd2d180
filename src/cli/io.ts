// What a command may touch of the outside world, passed in so commands stay testable and only entries touch process.
export interface CliIo {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly now: () => Date;
  /** Resolves with the signal name when the user asks the process to stop (SIGINT, SIGTERM). */
  readonly shutdownRequested: () => Promise<string>;
}

/** A mistake in how the command was called: printed with the usage line, exit code 2. */
export class UsageError extends Error {}

/** Input that exists but cannot be used (unreadable file, bad config): printed as is, exit code 2. */
export class InputError extends Error {}
