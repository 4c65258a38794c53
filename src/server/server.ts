import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type WorkspaceEdit,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  SemanticTokensBuilder,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../../package.json';
import type { Article } from '../core/article/model';
import type { Config } from '../core/config/config';
import type { LintResult } from '../core/lint';
import type { LineIndex } from '../core/text/lines';
import { Analyses } from './analysis';
import { asksFor, codeActions, FIX_ALL_KIND } from './code-actions';
import { frontMatterActions, frontMatterEdit, FRONT_MATTER_KIND } from './front-matter';
import { dictionaryActions } from './dictionary-actions';
import { isMarkData, MARK_COMMANDS, MARK_KIND, markActions, markEdit } from './marks';
import { findingToDiagnostic } from './convert';
import { hoverAt } from './hover';
import { articleLenses, articleSummary, relativeDateHints } from './lenses';
import { cleanupEdit, cleanupRules, CLEANUPS, splitArticlesEdit } from './commands';
import { formatForPath } from '../core/article/parse';
import { lintText } from '../core/lint';
import {
  ArticleSummaryRequest,
  SERVER_COMMANDS,
  type CommandOutcome,
  type DocumentArgument,
  type LintFilesArgument,
  type LintFilesOutcome,
  type MarkArgument,
} from './protocol';
import { documentSymbols, foldingRanges } from './outline';
import { articleTokens, encodeTokens, flattenTokens, LEGEND, pushTokens, type Token } from './semantic-tokens';
import { warmUp } from './warm-up';

/** Push diagnostics this long after the last keystroke: long enough to skip mid-word states. */
const PUSH_DEBOUNCE_MS = 150;

/** `copydesk.maxFileSize` by default: larger files get one notice instead of an editor frozen by analysis. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** The settings the server reads from the client's `copydesk` section. */
interface ClientSettings {
  readonly inlayHints?: { readonly relativeDates?: boolean };
  readonly maxFileSize?: number;
}

/** A request the client gave up on: the client expects this error rather than a stale answer. */
function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled');
}

/** Lets queued messages (a `$/cancelRequest` among them) arrive between long steps. */
function yieldToMessages(): Promise<void> {
  return new Promise((resume) => setImmediate(resume));
}

/** Configuration files and the YAML an entity dictionary may be, as the VS Code client watches them. */
const CONFIGURATION_FILES = '**/{.copydeskrc,.copydeskrc.json,.copydeskrc.yaml,.copydeskrc.yml,*.yaml,*.yml}';

/** `2.0 MB`, `512 KB`, `900 bytes`: a size an editor can read at any scale. */
function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** The single notice a file over the size limit gets, at its start. */
function tooLargeDiagnostic(size: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'copydesk',
    code: 'file-too-large',
    message: `This file (${sizeInWords(size)}) is over copydesk.maxFileSize (${sizeInWords(limit)}), so Copydesk does not analyse it. Raise the setting or split the file.`,
  };
}

export interface ServerOptions {
  /** The configuration that applies to a document; defaults to the built-in settings. */
  readonly configFor?: (uri: string) => Config;
  /** A `.copydeskrc` file was created, changed or deleted: forget what was read. */
  readonly onConfigFilesChanged?: () => void;
  /** Called once, when the first article's diagnostics have been worked out (the launcher saves its code cache then). */
  readonly onFirstDiagnostics?: () => void;
}

/**
 * Wires the LSP handlers to the core. Everything here converts: the
 * analysis itself lives in `src/core`.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Analyses(options.configFor ?? (() => ({})));
  let pullDiagnostics = false;
  let resolvesEdits = false;
  let clientSettings = false;
  let registersConfiguration = false;
  let registersWatchers = false;
  let relativeDateHintsOn = true;
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  const pending = new Map<string, NodeJS.Timeout>();
  /**
   * Each open document's last whole-document tokens, so that the next request
   * can be answered with what changed since (`full/delta`): on a keystroke in
   * a long article that is a few numbers instead of thousands. The builder is
   * only touched after the tokens are worked out, in one synchronous step, so
   * a cancelled request never leaves it half filled.
   */
  const lastTokens = new Map<string, SemanticTokensBuilder>();
  /** Files whose diagnostics Lint Workspace published from disk, cleared when the editor opens them. */
  const publishedFromDisk = new Set<string>();

  /** Text length in UTF-16 units stands in for bytes: close enough for a limit that only guards against freezing. */
  const tooLarge = (document: TextDocument): boolean => document.getText().length > maxFileSize;

  /** The open document and its analysis, unless it is not open or too large to analyse. */
  const analysed = (uri: string): { document: TextDocument; result: LintResult } | undefined => {
    const document = documents.get(uri);
    if (!document || tooLarge(document)) return undefined;
    return { document, result: analyses.get(document) };
  };

  let onFirstDiagnostics = options.onFirstDiagnostics;
  const diagnosticsOf = (document: TextDocument): Diagnostic[] => {
    if (tooLarge(document)) return [tooLargeDiagnostic(document.getText().length, maxFileSize)];
    const { findings, lines } = analyses.get(document);
    const diagnostics = findings.map((finding) => findingToDiagnostic(finding, lines, document.uri));
    onFirstDiagnostics?.();
    onFirstDiagnostics = undefined;
    return diagnostics;
  };

  const schedulePush = (document: TextDocument): void => {
    if (pullDiagnostics) return;
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: diagnosticsOf(current) });
      }, PUSH_DEBOUNCE_MS),
    );
  };

  connection.onInitialize((params): InitializeResult => {
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    resolvesEdits = params.capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    clientSettings = params.capabilities.workspace?.configuration === true;
    registersConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    registersWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, FRONT_MATTER_KIND, MARK_KIND],
          resolveProvider: true,
        },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: { delta: true }, range: true },
        hoverProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      },
      serverInfo: { name: 'copydesk', version: packageJson.version },
    };
  });

  connection.onInitialized(() => {
    // The editor now registers its features before it sends the first article: time to get the analysis ready.
    setImmediate(warmUp);
    void readSettings().catch(() => undefined);
    // Only what the client says it can take: Eglot warns the user about any other registration.
    if (registersConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
    // Editors other than VS Code (whose client watches these itself) learn here which files to report.
    if (registersWatchers)
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIGURATION_FILES }] })
        .catch(() => undefined);
  });

  const applySettings = (settings: ClientSettings | null | undefined): void => {
    relativeDateHintsOn = settings?.inlayHints?.relativeDates ?? true;
    const limit = settings?.maxFileSize;
    maxFileSize = typeof limit === 'number' && limit > 0 ? limit : DEFAULT_MAX_FILE_SIZE;
  };

  const readSettings = async (): Promise<void> => {
    if (clientSettings) applySettings((await connection.workspace.getConfiguration('copydesk')) as ClientSettings | null);
  };

  connection.onDidChangeConfiguration(async (params) => {
    // A client that cannot be asked (Neovim 0.7) sends its settings with the notification.
    if (clientSettings) await readSettings().catch(() => undefined);
    else applySettings((params.settings as { copydesk?: ClientSettings } | null)?.copydesk);
    void connection.languages.inlayHint.refresh().catch(() => undefined);
    analyses.clear();
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else documents.all().forEach(schedulePush);
  });

  connection.onDidChangeWatchedFiles(() => {
    options.onConfigFilesChanged?.();
    analyses.clear();
    if (pullDiagnostics) void connection.languages.diagnostics.refresh();
    else documents.all().forEach(schedulePush);
  });

  documents.onDidOpen(({ document }) => {
    // Pulled diagnostics now cover the file; the ones Lint Workspace pushed would show twice.
    if (publishedFromDisk.delete(document.uri) && pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    schedulePush(document);
  });
  documents.onDidChangeContent(({ document }) => schedulePush(document));
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    analyses.forget(document.uri);
    lastTokens.delete(document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params) => {
    const document = documents.get(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: document ? diagnosticsOf(document) : [] };
  });

  connection.onCodeAction((params, token) => {
    if (token.isCancellationRequested) return cancelled();
    const document = documents.get(params.textDocument.uri);
    if (!document || tooLarge(document)) return [];
    const actions = codeActions(params, document, analyses.rulesFor(document.uri), analyses.optionsFor(document.uri));
    if (asksFor(params.context.only, FRONT_MATTER_KIND)) actions.push(...frontMatterActions(document.uri, analyses.get(document)));
    if (asksFor(params.context.only, MARK_KIND)) {
      actions.push(...markActions(document, analyses.get(document), params.range, analyses.optionsFor(document.uri), resolvesEdits));
      actions.push(...dictionaryActions(document, params.range, analyses.configFor(document.uri).dictionary));
    }
    return actions;
  });

  // Only a deferred mark needs resolving; every other action already carries its edit.
  connection.onCodeActionResolve((action) => {
    if (!isMarkData(action.data)) return action;
    const { mark, argument } = action.data;
    const document = documents.get(argument.uri);
    if (!document || tooLarge(document)) return action;
    const { edit, outcome } = markEdit(mark, argument, document, analyses.get(document), analyses.optionsFor(document.uri));
    if (!edit) void connection.window.showInformationMessage(`Copydesk: ${outcome.message}`);
    return edit ? { ...action, edit } : action;
  });

  connection.onDocumentSymbol((params) => {
    const found = analysed(params.textDocument.uri);
    return found ? documentSymbols(found.result.file, found.result.lines) : [];
  });

  connection.onFoldingRanges((params) => {
    const found = analysed(params.textDocument.uri);
    return found ? foldingRanges(found.result.file, found.result.lines) : [];
  });

  /** The document's analysis and the article holding `offset`, if any. */
  const articleAt = (result: LintResult, offset: number): Article | undefined =>
    result.file.articles.find((article) => article.start <= offset && offset <= article.end);

  /**
   * The tokens of each article, annotated one at a time: between articles
   * the server reads its messages, so a request the editor has given up on
   * (the text changed again) stops there.
   */
  const tokensOf = async (result: LintResult, articles: readonly Article[], token: CancellationToken) => {
    const tokens = [];
    for (const article of articles) {
      if (token.isCancellationRequested) return undefined;
      tokens.push(...articleTokens(article, result.annotations(article)));
      if (articles.length > 1) await yieldToMessages();
    }
    return token.isCancellationRequested ? undefined : tokens;
  };

  /** An open document's tokens, flattened in document order: `cancelled` when the request was, nothing when the document is not analysed. */
  const documentTokens = async (
    uri: string,
    token: CancellationToken,
  ): Promise<{ tokens: Token[]; lines: LineIndex } | 'cancelled' | undefined> => {
    if (token.isCancellationRequested) return 'cancelled';
    const found = analysed(uri);
    if (!found) return undefined;
    const { result } = found;
    const tokens = await tokensOf(result, result.file.articles, token);
    return tokens ? { tokens: flattenTokens(tokens, result.file.text), lines: result.lines } : 'cancelled';
  };

  connection.languages.semanticTokens.on(async (params, token) => {
    const found = await documentTokens(params.textDocument.uri, token);
    if (found === 'cancelled') return cancelled();
    if (!found) return { data: [] };
    const builder = new SemanticTokensBuilder();
    lastTokens.set(params.textDocument.uri, builder);
    return pushTokens(builder, found.tokens, found.lines).build();
  });

  connection.languages.semanticTokens.onDelta(async (params, token) => {
    const found = await documentTokens(params.textDocument.uri, token);
    if (found === 'cancelled') return cancelled();
    if (!found) return { data: [] };
    const builder = lastTokens.get(params.textDocument.uri) ?? new SemanticTokensBuilder();
    lastTokens.set(params.textDocument.uri, builder);
    // Edits against the result the client holds; the whole result when that is not the one kept.
    builder.previousResult(params.previousResultId);
    return pushTokens(builder, found.tokens, found.lines).buildEdits();
  });

  connection.languages.semanticTokens.onRange(async (params, token) => {
    if (token.isCancellationRequested) return cancelled();
    const found = analysed(params.textDocument.uri);
    if (!found) return { data: [] };
    const { result } = found;
    const range = { start: result.lines.offsetAt(params.range.start), end: result.lines.offsetAt(params.range.end) };
    // Only the articles the visible range touches are annotated.
    const touched = result.file.articles.filter((article) => article.end >= range.start && article.start <= range.end);
    const tokens = await tokensOf(result, touched, token);
    return tokens ? encodeTokens(flattenTokens(tokens, result.file.text), result.lines, range) : cancelled();
  });

  connection.onHover((params, token) => {
    if (token.isCancellationRequested) return cancelled();
    const found = analysed(params.textDocument.uri);
    if (!found) return null;
    const { result } = found;
    const offset = result.lines.offsetAt(params.position);
    const article = articleAt(result, offset);
    return article ? (hoverAt(offset, article, result.annotations(article), result.lines) ?? null) : null;
  });

  connection.languages.inlayHint.on((params) => {
    const found = relativeDateHintsOn ? analysed(params.textDocument.uri) : undefined;
    if (!found) return [];
    const { result } = found;
    const range = { start: result.lines.offsetAt(params.range.start), end: result.lines.offsetAt(params.range.end) };
    const touched = result.file.articles.filter((article) => article.end >= range.start && article.start <= range.end);
    return touched.flatMap((article) => relativeDateHints(result.annotations(article), result.lines, range));
  });

  connection.onCodeLens((params) => {
    const found = analysed(params.textDocument.uri);
    if (!found) return [];
    const { result } = found;
    return result.file.articles.flatMap((article) =>
      articleLenses(params.textDocument.uri, article, result.annotations(article), result.findings, result.lines),
    );
  });

  connection.onRequest(ArticleSummaryRequest, (params) => {
    const document = documents.get(params.uri);
    if (!document) return null;
    if (tooLarge(document))
      return {
        articles: 0,
        article: 0,
        people: 0,
        places: 0,
        organisations: 0,
        quotes: 0,
        problems: 0,
        skipped: 'over copydesk.maxFileSize',
      };
    const result = analyses.get(document);
    const offset = params.position ? result.lines.offsetAt(params.position) : 0;
    const article = articleAt(result, offset) ?? result.file.articles[0];
    if (!article) return null;
    return articleSummary(article, result.file.articles.length, result.annotations(article), result.findings);
  });

  /** Sends the edit to the client to apply; the client's answer says whether it went in. */
  const apply = async (label: string, edit: WorkspaceEdit | undefined, outcome: CommandOutcome): Promise<CommandOutcome> => {
    if (!edit) return outcome;
    const response = await connection.workspace.applyEdit({ label, edit });
    return response.applied ? outcome : { changed: false, message: response.failureReason ?? 'the editor did not apply the change' };
  };

  const diagnosticsOnDisk = (uri: string, text: string): Diagnostic[] => {
    const { findings, lines } = lintText(text, formatForPath(uri), analyses.rulesFor(uri), analyses.optionsFor(uri));
    return findings.map((finding) => findingToDiagnostic(finding, lines, uri));
  };

  /** Lints files on disk that are not open and publishes their diagnostics, as the CLI would report them. */
  const lintFiles = ({ uris }: LintFilesArgument): LintFilesOutcome => {
    let problems = 0;
    let files = 0;
    for (const uri of uris) {
      if (!uri.startsWith('file:') || documents.get(uri)) continue;
      let text: string;
      try {
        text = readFileSync(fileURLToPath(uri), 'utf8');
      } catch {
        continue;
      }
      files++;
      const diagnostics = text.length > maxFileSize ? [tooLargeDiagnostic(text.length, maxFileSize)] : diagnosticsOnDisk(uri, text);
      problems += diagnostics.length;
      publishedFromDisk.add(uri);
      void connection.sendDiagnostics({ uri, diagnostics });
    }
    return { files, problems };
  };

  connection.onExecuteCommand(async (params) => {
    if (params.command === SERVER_COMMANDS.lintFiles) return lintFiles((params.arguments?.[0] ?? { uris: [] }) as LintFilesArgument);
    const { uri } = (params.arguments?.[0] ?? {}) as Partial<DocumentArgument>;
    const document = uri ? documents.get(uri) : undefined;
    if (!document) return new ResponseError(LSPErrorCodes.RequestFailed, `Copydesk: ${uri ?? 'no document'} is not open`);
    if (tooLarge(document)) return { changed: false, message: 'the file is over copydesk.maxFileSize' };
    const cleanup = CLEANUPS.get(params.command);
    if (cleanup) {
      const rules = cleanupRules(cleanup, analyses.configFor(uri!));
      const { edit, outcome } = cleanupEdit(document, rules, analyses.optionsFor(uri!));
      return apply(`Copydesk: ${cleanup.done}`, edit, outcome);
    }
    if (params.command === SERVER_COMMANDS.addFrontMatter) {
      const found = frontMatterEdit(document.uri, analyses.get(document));
      if ('message' in found) return { changed: false, message: found.message };
      return apply(`Copydesk: ${found.title}`, found.edit, { changed: true, message: `${found.title.toLowerCase()}: done` });
    }
    if (MARK_COMMANDS.has(params.command)) {
      const { edit, outcome } = markEdit(
        params.command,
        params.arguments![0] as MarkArgument,
        document,
        analyses.get(document),
        analyses.optionsFor(uri!),
      );
      return apply('Copydesk: annotation recorded in the front-matter', edit, outcome);
    }
    if (params.command === SERVER_COMMANDS.splitArticles) {
      const exists = (target: string): boolean => target.startsWith('file:') && existsSync(fileURLToPath(target));
      const { edit, outcome } = splitArticlesEdit(document, analyses.get(document).file.articles, exists);
      return apply('Copydesk: split articles into files', edit, outcome);
    }
    return new ResponseError(LSPErrorCodes.RequestFailed, `Copydesk has no command ${params.command}`);
  });

  documents.listen(connection);
  connection.listen();
}
