import { ConfigError, type ConfigLookup } from '../workspace/config-files';
import { escapeUnprintable } from './formats/escape';
import { discoverFiles, type Discovery } from '../workspace/discover';
import { IgnoreLookup } from '../workspace/ignore-files';
import { describeIoError, ReadError } from '../workspace/read-text';
import type { ProgressTarget } from './progress';

/** The world a run talks to; the real process's in `main.ts`, a fake one in a test. */
export interface CommandIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: ProgressTarget;
  readonly stderr: ProgressTarget;
  readStdin(): Promise<Uint8Array>;
  /** The running bundle: worker threads start from it and the cache is keyed on it. Without one, every run stays in one thread. */
  readonly bundle?: string;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

/** A problem with how the command was called, reported in one line before anything is read. */
export class UsageError extends Error {}

/** One line to standard error, after `copydesk: `. */
export type Say = (line: string) => void;

/**
 * Runs a command and returns its exit code. A usage error, a broken
 * configuration, a file that cannot be read and any other file system
 * failure (the cache's folder cannot be written, say) end it with one line
 * and exit code 2, not a crash.
 */
export async function runCommand(io: CommandIO, run: (say: Say) => Promise<number>): Promise<number> {
  // A line may quote a path or a configuration key: its controls are shown, never sent to the terminal.
  const say: Say = (line) => void io.stderr.write(`copydesk: ${escapeUnprintable(line)}\n`);
  try {
    return await run(say);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof ReadError) {
      say(error.message);
      return EXIT_TROUBLE;
    }
    const failure = error as NodeJS.ErrnoException;
    if (failure.code && failure.syscall) {
      say(`${failure.path ?? failure.syscall}: ${describeIoError(failure)}`);
      return EXIT_TROUBLE;
    }
    throw error;
  }
}

/** The article files the command line's paths and globs name (the current folder when it names none). */
export function findArticles(patterns: readonly string[], cwd: string, configs: ConfigLookup): Discovery {
  return discoverFiles(patterns.length > 0 ? patterns : ['.'], { cwd, configs, ignores: new IgnoreLookup(configs) });
}
