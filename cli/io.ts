import type { FontLookup } from './export/fonts';

/**
 * What the command line needs from the outside world, injected so that tests run the
 * whole program in-process: writers for the two streams, the environment, the working
 * directory, today's date and the installed fonts.
 */
export interface CliIo {
  /** Writes text to standard output as given (the caller supplies the newlines). */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error as given. */
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative file names are read from here. */
  readonly cwd: string;
  /** Today's local date, YYYY-MM-DD: the default analysis date. */
  readonly today: string;
  /** Whether standard output is a terminal; colour is used only then. */
  readonly stdoutIsTTY?: boolean;
  /** Finds the font for PDF and PNG exports (`--font` or null, the environment); the system's by default (export/fonts.ts). */
  readonly findFont?: (override: string | null, env: Readonly<Record<string, string | undefined>>) => FontLookup;
}
