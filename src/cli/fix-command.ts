import { relative } from 'node:path';
import { planFrontMatter, type FrontMatterPlan } from '../core/front-matter/plan';
import { ConfigError, ConfigLookup } from '../workspace/config-files';
import { describeIoError, encodeArticle, ReadError } from '../workspace/read-text';
import { writeFileAtomic } from '../workspace/write-atomic';
import { EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, findArticles, runCommand, UsageError, type CommandIO } from './command';
import { readArticles } from './read-articles';

/** The options of `copydesk fix`, as commander hands them over. */
export interface FixCommandOptions {
  readonly frontMatter?: boolean;
  /** Say what would change and write nothing; exit 1 when something would. */
  readonly check?: boolean;
  readonly config?: string;
}

/**
 * `copydesk fix --front-matter`: adds front-matter to each file that has
 * none and updates the front-matter of each file that has it, from what the
 * text says. Exit 0 when every file is done (or, with `--check`, already up
 * to date), 1 when `--check` finds files to change, 2 when a file could not
 * be read, written or described (several articles, broken YAML).
 */
export async function runFix(patterns: readonly string[], options: FixCommandOptions, io: CommandIO): Promise<number> {
  return runCommand(io, async (say) => {
    if (!options.frontMatter) throw new UsageError('say what to fix: copydesk fix --front-matter [paths]');
    const configs = new ConfigLookup(io.cwd, options.config);
    const found = findArticles(patterns, io.cwd, configs);
    let trouble = found.unmatched.length > 0;
    for (const unmatched of found.unmatched) say(`${unmatched.pattern}: ${unmatched.reason}`);
    let pending = false;
    for (const path of found.files) {
      const displayPath = relative(io.cwd, path);
      try {
        const plan = fixFrontMatter(path, configs, options.check ?? false);
        if (plan.kind === 'refused') {
          say(`${displayPath}: ${plan.reason}`);
          trouble = true;
        } else if (plan.kind !== 'up to date') {
          pending = true;
          io.stdout.write(
            `${options.check ? (plan.kind === 'add' ? 'front-matter to add' : 'front-matter to update') : plan.kind === 'add' ? 'added front-matter' : 'updated front-matter'}: ${displayPath}\n`,
          );
        }
      } catch (error) {
        if (error instanceof ReadError || error instanceof ConfigError)
          say(error instanceof ReadError ? `${displayPath}: ${error.reason}` : error.message);
        else if ((error as NodeJS.ErrnoException).code) say(`${displayPath}: cannot be written: ${describeIoError(error)}`);
        else throw error;
        trouble = true;
      }
    }
    if (trouble) return EXIT_TROUBLE;
    return options.check && pending ? EXIT_FINDINGS : EXIT_OK;
  });
}

/** Plans one file's front-matter and, unless only checking, writes it: atomically, keeping its byte order mark and line endings. */
function fixFrontMatter(path: string, configs: ConfigLookup, check: boolean): FrontMatterPlan {
  const { article, file, annotate } = readArticles(path, configs);
  const plan = planFrontMatter(file, annotate);
  if ('edit' in plan && !check) {
    const { start, end, newText } = plan.edit;
    writeFileAtomic(path, encodeArticle(article.text.slice(0, start) + newText + article.text.slice(end), article.bom));
  }
  return plan;
}
