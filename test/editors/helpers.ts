import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The built command line; `npm run test:editors` builds it first. */
const CLI = resolve(import.meta.dirname, '../../dist/cli.js');

/** How a user starts the server from any LSP editor: `copydesk lsp --stdio`, with this Node. */
export const SERVER_COMMAND: readonly string[] = [process.execPath, CLI, 'lsp', '--stdio'];

/** Shaped like a scraped wire story: captions pasted twice, a `TT` marker, the headline and the photo block repeated. */
const FIXTURE = resolve(import.meta.dirname, '../e2e/fixtures/harbour-bridge.news');

/** A finding as a reader compares them: where it is, which rule, what it says. */
export interface Seen {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly message: string;
}

/** The editor's side of the exchange, as its script wrote it. */
export interface EditorReport {
  readonly error?: string;
  readonly diagnostics: Seen[];
  readonly [other: string]: unknown;
}

/**
 * Fails with the way to install an editor that is not on the PATH: CI
 * installs it, so a missing binary is a broken setup, not a reason to skip.
 */
export function requireEditor(binary: string, install: string): void {
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (probe.error)
    throw new Error(
      `${binary} is not installed (${probe.error.message}). Install it with: ${install} (or run scripts/e2e/install-editors.sh)`,
    );
}

/** A folder of its own holding a copy of the fixture article, so editors' and servers' files stay out of the project. */
export class Newsroom {
  readonly folder = mkdtempSync(join(tmpdir(), 'copydesk-editor-'));
  readonly article = join(this.folder, 'harbour-bridge.news');

  constructor() {
    copyFileSync(FIXTURE, this.article);
  }

  /** The same text with `edit` applied, in a second file: what the CLI says after an editor's change. */
  variant(name: string, edit: (text: string) => string): string {
    const path = join(this.folder, name);
    writeFileSync(path, edit(readFileSync(this.article, 'utf8')));
    return path;
  }

  clear(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }
}

/** `copydesk lint <file> --format json` as a process: the findings the editors must show too. */
export function cliFindings(path: string): Seen[] {
  const run = spawnSync(process.execPath, [CLI, 'lint', path, '--format', 'json'], { encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0 && run.status !== 1) throw new Error(`copydesk lint exited ${run.status}: ${run.stderr}`);
  const [file] = JSON.parse(run.stdout) as Array<{ messages: Array<{ line: number; column: number; ruleId: string; message: string }> }>;
  return file!.messages.map(({ line, column, ruleId, message }) => ({ line, column, code: ruleId, message }));
}

/** Findings in reading order (line, column, rule), each as one comparable line. */
export function inReadingOrder(findings: readonly Seen[]): string[] {
  return findings
    .map(({ line, column, code, message }) => ({ line, column, code, message }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code))
    .map(({ line, column, code, message }) => `${line}:${column} ${code} ${message}`);
}

/**
 * Runs an editor headless on a script that writes what it received to a
 * JSON file, and reads that file. The script gets the article, the server
 * command and the output path in its environment.
 */
export async function runEditor(binary: string, args: readonly string[], newsroom: Newsroom): Promise<EditorReport> {
  const out = join(newsroom.folder, `${binary}-report.json`);
  const env = {
    ...process.env,
    HOME: newsroom.folder, // no user configuration, and the editors' state files land in the temp folder
    COPYDESK_ARTICLE: newsroom.article,
    COPYDESK_SERVER_CMD: JSON.stringify(SERVER_COMMAND),
    COPYDESK_OUT: out,
  };
  let output = '';
  try {
    const run = await promisify(execFile)(binary, [...args], { cwd: newsroom.folder, env, timeout: 60_000, encoding: 'utf8' });
    output = run.stdout + run.stderr;
  } catch (error) {
    throw new Error(`${binary} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  let text: string;
  try {
    text = readFileSync(out, 'utf8');
  } catch {
    throw new Error(`${binary} wrote no report to ${out}; its output:\n${output}`);
  }
  return JSON.parse(text) as EditorReport;
}
