#!/usr/bin/env node
// The `copydesk` command: commander reads the command line and hands it to
// runLint. The same bundle is the entry of the lint worker threads.
import { isMainThread } from 'node:worker_threads';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { join } from 'node:path';
import { ANNOTATE_FORMATS, runAnnotate, type AnnotateCommandOptions } from './annotate-command';
import { runFix, type FixCommandOptions } from './fix-command';
import { EXIT_TROUBLE } from './command';
import { runLint, type LintCommandOptions } from './lint-command';
import { TOOL_VERSION } from './version';
import { isPoolWorker, serveLintWorker } from './worker-pool';

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number(value);
}

function readStdin(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** The world the real process gives a command: its folder, environment, streams and standard input. */
function processIO() {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin };
}

function lintCommand(copydesk: Command): void {
  copydesk
    .command('lint')
    .description('lint article files, folders or globs (default: the current folder)')
    .argument('[paths...]', 'files, folders or globs to lint')
    .addOption(new Option('-f, --format <name>', 'report format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('--fix', 'apply every fix that does not overlap another and write the files')
    .option('--fix-dry-run', 'print the fixes as a unified diff and write nothing')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', count)
    .option('-q, --quiet', 'report errors only')
    .option('--stdin', 'lint the text on standard input')
    .option('--stdin-filename <name>', 'the path standard input stands for (format and configuration)')
    .option('-c, --config <file>', 'use this configuration file for every file')
    .option('--cache', 'reuse results of files unchanged since the last run')
    .option('--cache-location <file>', 'where the cache is kept', '.copydeskcache')
    .option('--shard <i/n>', 'lint only part i of n of the sorted file list')
    .option('--color', 'colour the stylish report')
    .option('--no-color', 'never colour the stylish report')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a path or glob finds no article files')
    .option('--threads <n>', 'worker threads for large runs (0: lint in one thread; default: one per core)', count)
    .option('--verbose', 'say how many files were linted, from the cache and on how many threads')
    .action(async (paths: string[], options: LintCommandOptions) => {
      process.exitCode = await runLint(paths, options, { ...processIO(), bundle: __filename });
    });
}

function annotateCommand(copydesk: Command): void {
  copydesk
    .command('annotate')
    .description('list the people, organisations, places, dates and quotes of article files (offsets are UTF-16 string indices)')
    .argument('[paths...]', 'files, folders or globs to annotate')
    .addOption(
      new Option('-f, --format <name>', 'output format (brat writes a .ann file beside each text)')
        .choices([...ANNOTATE_FORMATS])
        .default('json'),
    )
    .option('-c, --config <file>', 'use this configuration file for every file')
    .action(async (paths: string[], options: AnnotateCommandOptions) => {
      process.exitCode = await runAnnotate(paths, options, processIO());
    });
}

function fixCommand(copydesk: Command): void {
  copydesk
    .command('fix')
    .description('write what the text says into each file: --front-matter adds or updates its YAML front-matter')
    .argument('[paths...]', 'files, folders or globs to fix')
    .option('--front-matter', 'add front-matter to files without it and update it where it is out of date')
    .option('--check', 'write nothing; list the files that would change and exit 1 if there are any')
    .option('-c, --config <file>', 'use this configuration file for every file')
    .action(async (paths: string[], options: FixCommandOptions) => {
      process.exitCode = await runFix(paths, options, processIO());
    });
}

function lspCommand(copydesk: Command): void {
  copydesk
    .command('lsp')
    .description('run the language server (--stdio for Neovim, Emacs and other editors)')
    .option('--stdio', 'speak LSP over standard input and output')
    .allowUnknownOption()
    .action(() => {
      // The server bundle starts itself and reads its transport from the command line.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time, which esbuild must not bundle
      require(join(__dirname, 'server.js'));
    });
}

function program(): Command {
  const copydesk = new Command('copydesk')
    .description('Lint news copy: duplicate captions, repeated headlines, scrape debris, whitespace and quotes.')
    .version(TOOL_VERSION)
    .exitOverride();
  for (const add of [lintCommand, annotateCommand, fixCommand, lspCommand]) add(copydesk);
  return copydesk;
}

async function main(): Promise<void> {
  // A reader that stops early (`| head`) is not an error: stop writing and leave quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    await program().parseAsync(process.argv);
  } catch (error) {
    // Commander has already printed its message; help and --version exit 0, every other complaint is a usage error.
    if (error instanceof CommanderError) process.exitCode = error.exitCode === 0 ? 0 : EXIT_TROUBLE;
    else throw error;
  }
}

if (isMainThread) void main();
else if (isPoolWorker()) serveLintWorker();
