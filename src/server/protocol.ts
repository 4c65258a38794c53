// What the client and the language server agree on beyond standard LSP,
// declared once (as rust-analyzer declares its extensions in `lsp_ext.ts`).
// The VS Code client re-exports this file; other editors can read it as
// the reference for Copydesk's commands and requests.
import { RequestType } from 'vscode-languageserver-protocol';

/**
 * The code action kind of the whole-document fix; also what
 * `editor.codeActionsOnSave` asks for.
 */
export const FIX_ALL_KIND = 'source.fixAll.copydesk';

/**
 * The `workspace/executeCommand` commands. Each takes one `{ uri }`
 * argument naming an open document and applies its change through
 * `workspace/applyEdit`, as one edit (one undo).
 */
export const SERVER_COMMANDS = {
  removeDuplicateCaptions: 'copydesk.server.removeDuplicateCaptions',
  removeScrapeArtifacts: 'copydesk.server.removeScrapeArtifacts',
  normaliseQuotes: 'copydesk.server.normaliseQuotes',
  normaliseWhitespace: 'copydesk.server.normaliseWhitespace',
  splitArticles: 'copydesk.server.splitArticles',
  addFrontMatter: 'copydesk.server.addFrontMatter',
  /** The editor's own annotations, written to the front-matter: each takes a {@link MarkArgument}. */
  markPerson: 'copydesk.server.markPerson',
  markOrganisation: 'copydesk.server.markOrganisation',
  markPlace: 'copydesk.server.markPlace',
  markNotEntity: 'copydesk.server.markNotEntity',
  /** Also needs `speaker`. */
  setSpeaker: 'copydesk.server.setSpeaker',
  /** Needs `date` (`YYYY-MM-DD`) instead of a range. */
  setArticleDate: 'copydesk.server.setArticleDate',
  /**
   * Takes `{ folders, globs }` instead (see {@link FindArticleFilesArgument}) and answers with the
   * article files there as `copydesk lint` finds them: {@link FindArticleFilesOutcome}.
   */
  findArticleFiles: 'copydesk.server.findArticleFiles',
  /** Takes `{ uris }` of files on disk instead, lints them and publishes their diagnostics. */
  lintFiles: 'copydesk.server.lintFiles',
} as const;

/**
 * The command of the counts above a headline (`3 people`, `1 quote`): the
 * client lists the places in the text they stand for. Its arguments are
 * `[uri, position, locations]` in LSP's shapes, as VS Code's
 * `editor.action.showReferences` takes them once turned into its own types.
 * It is the client's to run; the server does not offer it.
 */
export const SHOW_MENTIONS_COMMAND = 'copydesk.showMentions';

/**
 * The client's command behind "Set Speaker of This Quote…": it asks the
 * editor for the name, then runs `SERVER_COMMANDS.setSpeaker`. Its argument
 * is a {@link MarkArgument} without `speaker`.
 */
export const ASK_SPEAKER_COMMAND = 'copydesk.setSpeaker';

export interface DocumentArgument {
  readonly uri: string;
}

/**
 * What the annotation commands take: the document, the selected words
 * (`range`), and for a speaker or a date, the editor's answer.
 */
export interface MarkArgument extends DocumentArgument {
  readonly range?: {
    readonly start: { readonly line: number; readonly character: number };
    readonly end: { readonly line: number; readonly character: number };
  };
  readonly speaker?: string;
  readonly date?: string;
}

/**
 * The workspace's folders, and the editor's `copydesk.files` globs (relative to each folder): the
 * files `copydesk lint FOLDER GLOBS…` would lint from inside each folder, ignore files and
 * `ignores` honoured.
 */
export interface FindArticleFilesArgument {
  readonly folders: readonly string[];
  readonly globs: readonly string[];
}

export interface FindArticleFilesOutcome {
  readonly uris: readonly string[];
}

export interface LintFilesArgument {
  readonly uris: readonly string[];
}

/** What a cleanup command did: how many fixes went in, or why nothing changed. */
export interface CommandOutcome {
  readonly changed: boolean;
  readonly message: string;
}

export interface LintFilesOutcome {
  readonly files: number;
  readonly problems: number;
}

export interface ArticleSummaryParams {
  readonly uri: string;
  /** The cursor: the summary is of the article holding it (the first article when absent). */
  readonly position?: { readonly line: number; readonly character: number };
}

/** Who and what the article holds, for a status bar. */
export interface ArticleSummary {
  /** How many articles the file holds, and which of them (1-based) is summed up. */
  readonly articles: number;
  readonly article: number;
  readonly headline?: string;
  readonly people: number;
  readonly places: number;
  readonly organisations: number;
  readonly quotes: number;
  readonly problems: number;
  /** Set when the file was too large to analyse. */
  readonly skipped?: string;
}

export const ArticleSummaryRequest = new RequestType<ArticleSummaryParams, ArticleSummary | null, void>('copydesk/articleSummary');
