import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The built command line: `npm test` builds it before mocha runs. */
export const CLI = resolve('dist/cli.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly input?: string | Buffer;
  readonly env?: NodeJS.ProcessEnv;
  /** Run as this user and group (for permission tests as root). */
  readonly uid?: number;
  readonly gid?: number;
  /** Another copy of the bundle to run, e.g. one the test user can read. */
  readonly cli?: string;
}

/** Runs `copydesk` as a real process, the way a shell or CI would, without a terminal and outside CI. */
export function copydesk(args: readonly string[], options: RunOptions): CliRun {
  const env = { ...process.env, ...options.env };
  delete env.CI;
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  Object.assign(env, options.env);
  const result = spawnSync(process.execPath, [options.cli ?? CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid ?? options.uid }),
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder any user can read, removed by `cleanUp`. */
export function makeFolder(files: Readonly<Record<string, string | Buffer>> = {}): string {
  const folder = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  chmodSync(folder, 0o755);
  writeFiles(folder, files);
  return folder;
}

export function writeFiles(folder: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [name, contents] of Object.entries(files)) {
    const path = join(folder, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, contents);
  }
}

export function cleanUp(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/**
 * A scraped story in the shape the newsroom receives, in our own words:
 * headline with a trailing space, a caption pasted twice, a `TT` marker,
 * the headline and photo block repeated, then body paragraphs.
 *
 * Lines: 1 headline, 3 caption, 4 repeat (duplicate-caption), 5 TT
 * (scrape-artifact), 7 headline again (repeated-headline), 9–10 the photo
 * block again (duplicate-photo-block at 9, duplicate-caption at 9 and 10).
 */
export function scrapedStory(town = 'Bergen', eol = '\n'): string {
  const headline = `Harbour Ferry in ${town} Returns After Winter Repairs`;
  const caption = `3 March 2025, Norway, ${town}: Passengers board the repainted ferry at the old harbour. (NTB)`;
  return [
    `${headline} `,
    '',
    caption,
    caption,
    'TT',
    '',
    headline,
    '',
    caption,
    caption,
    '',
    `The oldest ferry line in ${town} reopened on Monday after four months in dry dock.`,
    '',
    '"We missed the crossing every morning," said commuter Kari Nordmann.',
    '',
  ].join(eol);
}

/** A story with nothing to report. */
export function cleanStory(town = 'Tromsø'): string {
  return [
    `Library in ${town} Extends Its Opening Hours`,
    '',
    `The public library in ${town} will open until ten in the evening from next month, the council said on Friday.`,
    '',
    'Readers asked for the change in a survey last spring.',
    '',
  ].join('\n');
}

/** A story whose only findings are warnings: trailing spaces on two body lines. */
export function warningStory(): string {
  return [
    'Tram Line Opens a Week Early',
    '',
    'The new tram line opened on Saturday.  ',
    '',
    'Riders travelled free for the day. ',
    '',
  ].join('\n');
}

export interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  start: number;
  end: number;
  url: string;
  fix: Array<{ start: number; end: number; newText: string }> | null;
  related: Array<{ message: string; line: number; column: number }>;
}

export interface JsonReport {
  filePath: string;
  messages: JsonFinding[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

export function parseJson(run: CliRun): JsonReport[] {
  return JSON.parse(run.stdout) as JsonReport[];
}

/** `rule@line:column` for each finding, the compact form the tests compare. */
export function places(report: JsonReport): string[] {
  return report.messages.map((message) => `${message.ruleId}@${message.line}:${message.column}`);
}

let unprivilegedCli: string | undefined;

/**
 * Options that run the CLI as an ordinary user when the tests run as root
 * (as in CI), since root reads and writes through any permission. The
 * bundle is self-contained, so a copy in a folder that user can read runs
 * wherever the repository was cloned.
 */
export function asUnprivilegedUser(): Pick<RunOptions, 'uid' | 'gid' | 'cli'> {
  if (process.getuid?.() !== 0) return {};
  if (!unprivilegedCli) {
    const folder = makeFolder();
    unprivilegedCli = join(folder, 'cli.cjs');
    copyFileSync(CLI, unprivilegedCli);
    chmodSync(unprivilegedCli, 0o755);
    process.once('exit', () => cleanUp(folder));
  }
  return { uid: 65534, gid: 65534, cli: unprivilegedCli };
}

const SARIF_MULTITOOL = resolve('node_modules/.bin/sarif-multitool');

/** Validates a SARIF file with Microsoft's multitool; it exits 0 either way, so its own SARIF log is read for errors. */
export function sarifErrors(path: string): string[] {
  const log = `${path}.validation.json`;
  const run = spawnSync(SARIF_MULTITOOL, ['validate', path, '--output', log, '--log', 'ForceOverwrite', '--quiet'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  const results =
    (
      JSON.parse(readFileSync(log, 'utf8')) as {
        runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }> }>;
      }
    ).runs[0]!.results ?? [];
  return results
    .filter((result) => result.level === 'error')
    .map((result) => `${result.ruleId}: ${result.message.text ?? result.message.arguments?.join(' ')}`);
}
