import type { CreateFile, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/article/model';
import { formatForPath } from '../core/article/parse';
import { resolveRules, type Config, type ResolvedRule, type RuleSetting } from '../core/config/config';
import { fixFile } from '../core/fix';
import type { LintOptions } from '../core/lint';
import { LineIndex } from '../core/text/lines';
import { minimalEdit } from './convert';
import { SERVER_COMMANDS, type CommandOutcome } from './protocol';

/** A cleanup command: the rules whose fixes it applies, and what to say when it changed something. */
interface Cleanup {
  readonly rules: readonly string[];
  /** Options forced on the rules, over the configured ones. */
  readonly options?: Readonly<Record<string, object>>;
  readonly done: string;
}

/**
 * Each cleanup applies only its own rules' fixes. The rules run even when
 * the configuration turns them off: asking for the cleanup is asking for
 * them. Normalise Quotes converts every mark to the house style, mixed or not.
 */
export const CLEANUPS: ReadonlyMap<string, Cleanup> = new Map([
  [SERVER_COMMANDS.removeDuplicateCaptions, { rules: ['duplicate-caption', 'duplicate-photo-block'], done: 'duplicate captions removed' }],
  [SERVER_COMMANDS.removeScrapeArtifacts, { rules: ['scrape-artifact', 'repeated-headline'], done: 'scrape artifacts removed' }],
  [
    SERVER_COMMANDS.normaliseQuotes,
    { rules: ['mixed-quotes'], options: { 'mixed-quotes': { onlyWhenMixed: false } }, done: 'quotation marks normalised' },
  ],
  [SERVER_COMMANDS.normaliseWhitespace, { rules: ['whitespace'], done: 'whitespace normalised' }],
]);

/** The cleanup's rules with their configured options, switched on whatever their configured severity. */
export function cleanupRules(cleanup: Cleanup, config: Config): ResolvedRule[] {
  const rules: Record<string, RuleSetting> = { ...config.rules };
  for (const id of cleanup.rules) {
    const setting = rules[id];
    const configured = typeof setting === 'object' ? setting : {};
    rules[id] = { ...configured, ...cleanup.options?.[id], severity: 'warning' };
  }
  return resolveRules({ ...config, rules }).filter(({ rule }) => cleanup.rules.includes(rule.id));
}

/** The cleanup as one edit of the whole changed stretch, so one undo reverts it. */
export function cleanupEdit(
  document: TextDocument,
  rules: readonly ResolvedRule[],
  options: LintOptions,
): { edit?: WorkspaceEdit; outcome: CommandOutcome } {
  const text = document.getText();
  const { output, applied } = fixFile(text, formatForPath(document.uri), rules, options);
  const change = minimalEdit(text, output, new LineIndex(text));
  if (!change) return { outcome: { changed: false, message: 'nothing to change' } };
  return {
    edit: { changes: { [document.uri]: [change] } },
    outcome: { changed: true, message: `${applied.length} ${applied.length === 1 ? 'fix' : 'fixes'}` },
  };
}

/** A headline as a file name: `Harbour Pilots Strike Again` → `harbour-pilots-strike-again`. */
export function headlineSlug(headline: string): string {
  return headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `wire/pilots.news.txt` → `wire/pilots` and `.news.txt`: the article suffix stays whole, so the new files keep the language. */
function splitName(uri: string): { stem: string; suffix: string } {
  const match = /^(.*?)((?:\.news)?\.[^./]+)?$/.exec(uri)!;
  return { stem: match[1]!, suffix: match[2] ?? '' };
}

function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Splits a file of several articles as an editor expects: the file keeps
 * its first article (and any front-matter above it), and each later
 * article moves to a new file beside it named after its headline
 * (`pilots-harbour-pilots-strike-again.news.txt`). Names already taken, on
 * disk (`exists`) or by an earlier article, get `-2`, `-3`. The new files
 * are created with `overwrite: false`, so nothing is ever replaced.
 */
export function splitArticlesEdit(
  document: TextDocument,
  articles: readonly Article[],
  exists: (uri: string) => boolean,
): { edit?: WorkspaceEdit; outcome: CommandOutcome } {
  if (articles.length < 2) return { outcome: { changed: false, message: 'the file holds one article' } };
  const text = document.getText();
  const eol = lineEnding(text);
  const { stem, suffix } = splitName(document.uri);
  const taken = new Set<string>();
  const changes: Array<CreateFile | TextDocumentEdit> = [];
  for (const article of articles.slice(1)) {
    const slug = headlineSlug(article.headline?.text ?? '') || `article-${article.index + 1}`;
    let uri = `${stem}-${slug}${suffix}`;
    for (let n = 2; taken.has(uri) || exists(uri); n++) uri = `${stem}-${slug}-${n}${suffix}`;
    taken.add(uri);
    changes.push({ kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } });
    changes.push({
      textDocument: { uri, version: null },
      edits: [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          newText: text.slice(article.start, article.end) + eol,
        },
      ],
    });
  }
  const first = articles[0]!;
  const kept = minimalEdit(text, text.slice(0, first.end) + eol, new LineIndex(text));
  if (kept) changes.push({ textDocument: { uri: document.uri, version: document.version }, edits: [kept] });
  const moved = articles.length - 1;
  return {
    edit: { documentChanges: changes },
    outcome: { changed: true, message: `${moved} ${moved === 1 ? 'article' : 'articles'} moved to new files` },
  };
}
