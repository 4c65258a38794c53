import { CodeActionKind, type CodeAction, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Quote } from '../core/quotes/model';
import { markEntity, markNotEntity, setArticleDate, setSpeaker, type MarkedType, type MarkResult } from '../core/front-matter/mark';
import { keepInStep } from '../core/front-matter/in-step';
import { isoDay } from '../core/dates/calendar';
import { wholeDay } from '../core/dates/value';
import type { LintOptions, LintResult } from '../core/lint';
import { LineIndex } from '../core/text/lines';
import { minimalEdit } from './convert';
import { ASK_SPEAKER_COMMAND, SERVER_COMMANDS, type CommandOutcome, type MarkArgument } from './protocol';

/** The editor's annotations are rewrites of what Copydesk reads, offered on a selection. */
export const MARK_KIND = CodeActionKind.RefactorRewrite;

/** The entity marks, in the order the menu shows them. */
const ENTITY_MARKS: ReadonlyArray<{ readonly title: string; readonly command: string; readonly type: MarkedType }> = [
  { title: 'Mark as Person', command: SERVER_COMMANDS.markPerson, type: 'person' },
  { title: 'Mark as Organisation', command: SERVER_COMMANDS.markOrganisation, type: 'organization' },
  { title: 'Mark as Place', command: SERVER_COMMANDS.markPlace, type: 'place' },
];

/** Every command this module answers. */
export const MARK_COMMANDS: ReadonlySet<string> = new Set([
  ...ENTITY_MARKS.map((mark) => mark.command),
  SERVER_COMMANDS.markNotEntity,
  SERVER_COMMANDS.setSpeaker,
  SERVER_COMMANDS.setArticleDate,
]);

/** What a deferred mark action carries to `codeAction/resolve`. */
export interface MarkData {
  readonly mark: string;
  readonly argument: MarkArgument;
}

/** Whether a code action's `data` is a deferred mark's. */
export function isMarkData(data: unknown): data is MarkData {
  return (
    typeof data === 'object' &&
    data !== null &&
    MARK_COMMANDS.has((data as MarkData).mark) &&
    typeof (data as MarkData).argument?.uri === 'string'
  );
}

/** A name is a few words on one line: a longer selection is not one the editor means to mark. */
const MAX_NAME_LENGTH = 80;

/** Enough opening words of a quote to find it again among the article's others. */
const QUOTE_KEY_WORDS = 8;

/**
 * The decision a command asks for, written to the front-matter, as one
 * edit of the changed stretch (one undo), a front-matter in step with the
 * text kept so; or why it was refused. The server re-analyses the edited
 * text, so highlighting and findings follow.
 */
export function markEdit(
  command: string,
  argument: MarkArgument,
  document: TextDocument,
  result: LintResult,
  options: LintOptions,
): { edit?: WorkspaceEdit; outcome: CommandOutcome } {
  const marked = decide(command, argument, document, result);
  if (marked.kind === 'refused') return { outcome: { changed: false, message: marked.reason } };
  const before = document.getText();
  const inStep = keepInStep(result.file, (article) => result.annotations(article), marked.text, options);
  const change = minimalEdit(before, inStep, new LineIndex(before));
  if (!change) return { outcome: { changed: false, message: 'already recorded in the front-matter' } };
  return { edit: { changes: { [document.uri]: [change] } }, outcome: { changed: true, message: 'recorded in the front-matter' } };
}

function decide(command: string, argument: MarkArgument, document: TextDocument, result: LintResult): MarkResult {
  const text = document.getText();
  const { format } = result.file;
  const words = argument.range ? document.getText(argument.range) : '';
  const entity = ENTITY_MARKS.find((mark) => mark.command === command);
  if (entity) return markEntity(text, format, words, entity.type);
  if (command === SERVER_COMMANDS.markNotEntity) return markNotEntity(text, format, words);
  if (command === SERVER_COMMANDS.setArticleDate) return setArticleDate(text, format, argument.date ?? '');
  const quote = argument.range ? quoteAt(result, argument.range) : undefined;
  if (!quote) return { kind: 'refused', reason: 'put the cursor in a quote first' };
  if (!argument.speaker?.trim()) return { kind: 'refused', reason: 'say who the speaker is' };
  return setSpeaker(text, format, quoteKey(quote, words), argument.speaker);
}

/** The quote holding the selection, if it lies inside one. */
function quoteAt(result: LintResult, range: Range): Quote | undefined {
  const start = result.lines.offsetAt(range.start);
  const end = result.lines.offsetAt(range.end);
  const article = result.file.articles.find((candidate) => candidate.start <= start && end <= candidate.end);
  return article ? result.annotations(article).quotes.find((quote) => quote.start <= start && end <= quote.end) : undefined;
}

/**
 * The words `annotations.speakers` will find the quote by: the selected
 * ones when they are the quote's own, else its opening words.
 */
function quoteKey(quote: Quote, selected: string): string {
  const words = selected.replace(/^[\s"'“”‘’«»„]+|[\s"'“”‘’«»„]+$/g, '');
  if (words && quote.text.includes(words)) return words;
  return quote.text.split(/\s+/).slice(0, QUOTE_KEY_WORDS).join(' ');
}

/**
 * The annotation actions for a selection: the entity marks on a few words
 * of one line, "Set Speaker of This Quote…" inside a quote (its name comes
 * from the editor, so it runs the client's command that asks for it), and
 * "Set Article Date" on a full date. A refused mark (several articles in
 * the file) is shown disabled with its reason.
 */
export function markActions(
  document: TextDocument,
  result: LintResult,
  range: Range,
  options: LintOptions,
  resolvesEdits = false,
): CodeAction[] {
  const argument: MarkArgument = { uri: document.uri, range };
  // A client that resolves edits gets each only when the editor picks the action: writing it re-reads the article.
  const deferred = resolvesEdits && result.file.articles.length === 1;
  const action = (title: string, command: string, extra: Partial<MarkArgument> = {}): CodeAction => {
    if (deferred) return { title, kind: MARK_KIND, data: { mark: command, argument: { ...argument, ...extra } } satisfies MarkData };
    const { edit, outcome } = markEdit(command, { ...argument, ...extra }, document, result, options);
    return edit ? { title, kind: MARK_KIND, edit } : { title, kind: MARK_KIND, disabled: { reason: outcome.message } };
  };
  const actions: CodeAction[] = [];
  const words = document.getText(range).trim();
  if (words && words.length <= MAX_NAME_LENGTH && !/[\r\n]/.test(words)) {
    actions.push(...ENTITY_MARKS.map((mark) => action(mark.title, mark.command)), action('Not an Entity', SERVER_COMMANDS.markNotEntity));
  }
  if (quoteAt(result, range)) {
    const title = 'Set Speaker of This Quote…';
    actions.push(
      result.file.articles.length > 1
        ? {
            title,
            kind: MARK_KIND,
            disabled: { reason: 'the file holds several articles: split them into files first, front-matter describes one article' },
          }
        : { title, kind: MARK_KIND, command: { title, command: ASK_SPEAKER_COMMAND, arguments: [argument] } },
    );
  }
  const date = fullDateAt(result, range);
  if (date) actions.push(action(`Set Article Date to ${date}`, SERVER_COMMANDS.setArticleDate, { date }));
  return actions;
}

/** The calendar day of a date the selection touches, when its words give one. */
function fullDateAt(result: LintResult, range: Range): string | undefined {
  const start = result.lines.offsetAt(range.start);
  const end = result.lines.offsetAt(range.end);
  const article = result.file.articles.find((candidate) => candidate.start <= start && end <= candidate.end);
  const date = article
    ? result.annotations(article).dates.find((mention) => mention.start <= end && start <= mention.end && mention.kind === 'date')
    : undefined;
  const day = wholeDay(date?.resolved ?? null);
  return day ? isoDay(day) : undefined;
}
