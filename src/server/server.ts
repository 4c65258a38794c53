import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Article } from '../core/article/model';
import type { Config } from '../core/config/config';
import type { LintResult } from '../core/lint';
import { Analyses } from './analysis';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { findingToDiagnostic } from './convert';
import { hoverAt } from './hover';
import { articleLens, relativeDateHints } from './lenses';
import { documentSymbols, foldingRanges } from './outline';
import { articleTokens, encodeTokens, flattenTokens, LEGEND } from './semantic-tokens';

/** Push diagnostics this long after the last keystroke: long enough to skip mid-word states. */
const PUSH_DEBOUNCE_MS = 150;

export interface ServerOptions {
  /** The configuration that applies to a document; defaults to the built-in settings. */
  readonly configFor?: (uri: string) => Config;
  /** A `.copydeskrc` file was created, changed or deleted: forget what was read. */
  readonly onConfigFilesChanged?: () => void;
}

/**
 * Wires the LSP handlers to the core. Everything here converts: the
 * analysis itself lives in `src/core`.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Analyses(options.configFor ?? (() => ({})));
  let pullDiagnostics = false;
  let clientSettings = false;
  let relativeDateHintsOn = true;
  const pending = new Map<string, NodeJS.Timeout>();

  const diagnosticsOf = (document: TextDocument) => {
    const { findings, lines } = analyses.get(document);
    return findings.map((finding) => findingToDiagnostic(finding, lines, document.uri));
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
    clientSettings = params.capabilities.workspace?.configuration === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: LEGEND, full: true, range: true },
        hoverProvider: true,
        inlayHintProvider: true,
        codeLensProvider: { resolveProvider: false },
      },
      serverInfo: { name: 'copydesk', version: process.env.COPYDESK_VERSION ?? '0.0.0' },
    };
  });

  connection.onInitialized(() => {
    void readSettings().catch(() => undefined);
    void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  });

  const readSettings = async (): Promise<void> => {
    if (!clientSettings) return;
    const settings = (await connection.workspace.getConfiguration('copydesk')) as { inlayHints?: { relativeDates?: boolean } } | null;
    relativeDateHintsOn = settings?.inlayHints?.relativeDates ?? true;
  };

  connection.onDidChangeConfiguration(async () => {
    await readSettings().catch(() => undefined);
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

  documents.onDidOpen(({ document }) => schedulePush(document));
  documents.onDidChangeContent(({ document }) => schedulePush(document));
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    analyses.forget(document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params) => {
    const document = documents.get(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: document ? diagnosticsOf(document) : [] };
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(params, document, analyses.rulesFor(document.uri)) : [];
  });

  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { file, lines } = analyses.get(document);
    return documentSymbols(file, lines);
  });

  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const { file, lines } = analyses.get(document);
    return foldingRanges(file, lines);
  });

  /** The document's analysis and the article holding `offset`, if any. */
  const articleAt = (result: LintResult, offset: number): Article | undefined =>
    result.file.articles.find((article) => article.start <= offset && offset <= article.end);

  connection.languages.semanticTokens.on((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    const result = analyses.get(document);
    const tokens = result.file.articles.flatMap((article) => articleTokens(article, result.annotations(article)));
    return encodeTokens(flattenTokens(tokens, result.file.text), result.lines);
  });

  connection.languages.semanticTokens.onRange((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    const result = analyses.get(document);
    const range = { start: result.lines.offsetAt(params.range.start), end: result.lines.offsetAt(params.range.end) };
    // Only the articles the visible range touches are annotated.
    const touched = result.file.articles.filter((article) => article.end >= range.start && article.start <= range.end);
    const tokens = touched.flatMap((article) => articleTokens(article, result.annotations(article)));
    return encodeTokens(flattenTokens(tokens, result.file.text), result.lines, range);
  });

  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = analyses.get(document);
    const offset = result.lines.offsetAt(params.position);
    const article = articleAt(result, offset);
    return article ? (hoverAt(offset, article, result.annotations(article), result.lines) ?? null) : null;
  });

  connection.languages.inlayHint.on((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !relativeDateHintsOn) return [];
    const result = analyses.get(document);
    const range = { start: result.lines.offsetAt(params.range.start), end: result.lines.offsetAt(params.range.end) };
    const touched = result.file.articles.filter((article) => article.end >= range.start && article.start <= range.end);
    return touched.flatMap((article) => relativeDateHints(result.annotations(article), result.lines, range));
  });

  connection.onCodeLens((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const result = analyses.get(document);
    return result.file.articles.map((article) => articleLens(article, result.annotations(article), result.findings, result.lines));
  });

  documents.listen(connection);
  connection.listen();
}
