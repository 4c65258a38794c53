import { relative, resolve } from 'node:path';
import { ConfigLookup } from '../workspace/config-files';
import { decodeArticle } from '../workspace/read-text';
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, findArticles, runCommand, UsageError, type CommandIO, type Say } from './command';
import { FORMATS, type Formatter } from './formats';
import { lintArticle, type FixMode } from './lint-file';
import { lintFiles } from './lint-files';
import { createProgress } from './progress';
import { errorsOnly, type FileFix, type FileOutcome } from './report';
import { parseShard, selectShard, type Shard } from './shard';
import { buildIdentity } from './version';

/** The options of `copydesk lint`, as commander hands them over. */
export interface LintCommandOptions {
  readonly format: string;
  readonly fix?: boolean;
  readonly fixDryRun?: boolean;
  readonly maxWarnings?: number;
  readonly quiet?: boolean;
  readonly stdin?: boolean;
  readonly stdinFilename?: string;
  readonly config?: string;
  readonly cache?: boolean;
  readonly cacheLocation: string;
  readonly shard?: string;
  readonly color?: boolean;
  readonly errorOnUnmatchedPattern: boolean;
  readonly threads?: number;
  readonly verbose?: boolean;
}

function fixModeOf(options: LintCommandOptions): FixMode {
  if (options.fix && options.fixDryRun) throw new UsageError('choose one of --fix and --fix-dry-run');
  if (options.fixDryRun) return 'dry-run';
  if (options.fix) return options.stdin ? 'output' : 'write';
  return 'off';
}

/** `fixed news/a.news: duplicate-caption ×2, scrape-artifact ×1`, or nothing when nothing changed. */
function describeFix(displayPath: string, fix: FileFix | undefined, dryRun: boolean): string | undefined {
  const applied = Object.entries(fix?.applied ?? {});
  if (applied.length === 0) return undefined;
  const counts = applied.map(([ruleId, count]) => `${ruleId} ×${count}`).join(', ');
  return `${dryRun ? 'would fix' : 'fixed'} ${displayPath}: ${counts}`;
}

/**
 * Runs `copydesk lint` and returns its exit code: 0 clean, 1 errors (or
 * too many warnings), 2 when the command, a configuration or a file could
 * not be used. Files that can be linted are linted and reported even when
 * others could not be.
 */
export async function runLint(patterns: readonly string[], options: LintCommandOptions, io: CommandIO): Promise<number> {
  return runCommand(io, (say) => lint(patterns, options, io, say));
}

/** The command line's options, checked before anything is read. */
interface Plan {
  readonly formatter: Formatter;
  readonly fix: FixMode;
  readonly shard: Shard | undefined;
}

function plan(patterns: readonly string[], options: LintCommandOptions): Plan {
  const formatter = FORMATS[options.format];
  if (!formatter) throw new UsageError(`unknown --format "${options.format}" (choose one of ${Object.keys(FORMATS).join(', ')})`);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (shard && 'problem' in shard) throw new UsageError(shard.problem);
  if (options.stdinFilename !== undefined && !options.stdin)
    throw new UsageError('--stdin-filename names the text read with --stdin; add --stdin');
  if (options.stdin && patterns.length > 0) throw new UsageError('give either --stdin or paths to lint, not both');
  return { formatter, fix: fixModeOf(options), shard };
}

/** One file's outcome with the path the user knows it by. */
interface Linted {
  readonly displayPath: string;
  readonly outcome: FileOutcome;
}

async function lint(patterns: readonly string[], options: LintCommandOptions, io: CommandIO, say: Say): Promise<number> {
  const { formatter, fix, shard } = plan(patterns, options);
  const configs = new ConfigLookup(io.cwd, options.config);
  // When standard output carries a diff or fixed text, the report goes to standard error so the two never mix.
  const carriesText = fix === 'dry-run' || fix === 'output';
  const reportStream = carriesText ? io.stderr : io.stdout;
  const color = options.color ?? (Boolean(reportStream.isTTY) && !io.env.NO_COLOR);
  const report = formatter({ cwd: io.cwd, color });
  // Written as each file is linted, when nothing else shares its stream: a file or a pipe, not a terminal with a progress bar.
  const streams = !carriesText && !reportStream.isTTY;
  let held = '';
  const notes: string[] = [];
  let text = '';
  let failed = false;
  let errors = 0;
  let warnings = 0;
  const take = ({ displayPath, outcome }: Linted): void => {
    if ('failure' in outcome) {
      notes.push(`${displayPath}: ${outcome.failure.reason}`);
      failed = true;
      return;
    }
    errors += outcome.report.errorCount;
    warnings += outcome.report.warningCount;
    const written = report.file(options.quiet ? errorsOnly(outcome.report) : outcome.report);
    if (streams) reportStream.write(written);
    else held += written;
    const summary = describeFix(displayPath, outcome.fix, fix === 'dry-run');
    if (summary) notes.push(summary);
    text += outcome.fix?.diff ?? outcome.fix?.output ?? '';
  };
  const trouble = options.stdin
    ? await lintStdin(options, io, configs, fix, take)
    : await lintPaths(patterns, options, io, configs, fix, shard, say, take);
  notes.forEach(say);

  if (carriesText) io.stdout.write(text);
  reportStream.write(held + report.end());

  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) say(`${warnings} warnings, more than --max-warnings ${options.maxWarnings} allows`);
  if (failed || trouble) return EXIT_TROUBLE;
  return errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

/** Standard input, linted as the file `--stdin-filename` names: its format and its configuration. */
async function lintStdin(
  options: LintCommandOptions,
  io: CommandIO,
  configs: ConfigLookup,
  fix: FixMode,
  take: (linted: Linted) => void,
): Promise<boolean> {
  const name = options.stdinFilename ?? '<stdin>';
  const path = resolve(io.cwd, name);
  const article = decodeArticle(name, await io.readStdin());
  const outcome = lintArticle({ path, displayPath: name, config: configs.forFile(path).config, fix }, article);
  take({ displayPath: name, outcome });
  return false;
}

/** The files the paths and globs find (this shard of them), linted, each handed to `take` in order; true when a path was missing or found nothing. */
async function lintPaths(
  patterns: readonly string[],
  options: LintCommandOptions,
  io: CommandIO,
  configs: ConfigLookup,
  fix: FixMode,
  shard: Shard | undefined,
  say: Say,
  take: (linted: Linted) => void,
): Promise<boolean> {
  const found = findArticles(patterns, io.cwd, configs);
  for (const pattern of found.skipped)
    say(`warning: ${pattern} is ignored (by .copydeskignore or "ignores" in the configuration), so it was not linted`);
  let trouble = false;
  for (const unmatched of found.unmatched) {
    if (!unmatched.missing && !options.errorOnUnmatchedPattern) continue;
    say(`${unmatched.pattern}: ${unmatched.reason}`);
    trouble = true;
  }
  const files = shard ? selectShard(found.files, shard) : found.files;
  const progress = createProgress(io.stderr, io.env);
  const run = await lintFiles(files, {
    cwd: io.cwd,
    configs,
    fix,
    ...(options.cache ? { cacheLocation: resolve(io.cwd, options.cacheLocation) } : {}),
    ...(options.threads === undefined ? {} : { workers: options.threads }),
    ...(io.bundle ? { workerEntry: io.bundle } : {}),
    toolVersion: buildIdentity(io.bundle),
    onProgress: progress.update,
    onOutcome: (index, outcome) => take({ displayPath: relative(io.cwd, files[index]!), outcome }),
  });
  progress.finish();
  if (run.cacheProblem) say(`warning: ${run.cacheProblem}`);
  if (options.verbose)
    say(
      `linted ${files.length} files (${run.fromCache} from the cache) ${run.workers > 0 ? `on ${run.workers} worker threads` : 'in one thread'}`,
    );
  return trouble;
}
