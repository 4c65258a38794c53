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
import type { Config } from '../core/config/config';
import { Analyses } from './analysis';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { findingToDiagnostic } from './convert';
import { documentSymbols, foldingRanges } from './outline';

/** Push diagnostics this long after the last keystroke: long enough to skip mid-word states. */
const PUSH_DEBOUNCE_MS = 150;

export interface ServerOptions {
  /** The configuration that applies to a document; defaults to the built-in settings. */
  readonly configFor?: (uri: string) => Config;
}

/**
 * Wires the LSP handlers to the core. Everything here converts: the
 * analysis itself lives in `src/core`.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const analyses = new Analyses(options.configFor ?? (() => ({})));
  let pullDiagnostics = false;
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
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'copydesk', version: process.env.COPYDESK_VERSION ?? '0.0.0' },
    };
  });

  connection.onInitialized(() => {
    void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
  });

  connection.onDidChangeConfiguration(() => {
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

  documents.listen(connection);
  connection.listen();
}
