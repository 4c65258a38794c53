import { DiagnosticSeverity, DocumentDiagnosticReportKind, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Feature, ServerContext } from './context';
import { findingToDiagnostic } from './convert';

/** Push diagnostics this long after the last keystroke: long enough to skip mid-word states. */
const PUSH_DEBOUNCE_MS = 150;

/** `2.0 MB`, `512 KB`, `900 bytes`: a size an editor can read at any scale. */
function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** The single notice a file over the size limit gets, at its start. */
export function tooLargeDiagnostic(size: number, limit: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: 'copydesk',
    code: 'file-too-large',
    message: `This file (${sizeInWords(size)}) is over copydesk.maxFileSize (${sizeInWords(limit)}), so Copydesk does not analyse it. Raise the setting or split the file.`,
  };
}

/**
 * Diagnostics: pulled by clients that ask for them (VS Code), pushed a
 * moment after each edit to the others, and worked out again for every open
 * document when the analyses go stale.
 */
export const diagnostics: Feature = {
  capabilities: (client) =>
    client.pullsDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {},

  register(context) {
    const { connection, documents } = context;
    const diagnosticsOf = firstDiagnosticsHook(context);
    const pending = new Map<string, NodeJS.Timeout>();
    const schedulePush = (document: TextDocument): void => {
      if (context.client.pullsDiagnostics) return;
      clearTimeout(pending.get(document.uri));
      const push = (): void => {
        pending.delete(document.uri);
        const current = documents.get(document.uri);
        if (current) void connection.sendDiagnostics({ uri: current.uri, version: current.version, diagnostics: diagnosticsOf(current) });
      };
      pending.set(document.uri, setTimeout(push, PUSH_DEBOUNCE_MS));
    };
    documents.documents.onDidOpen(({ document }) => schedulePush(document));
    documents.documents.onDidChangeContent(({ document }) => schedulePush(document));
    documents.documents.onDidClose(({ document }) => {
      clearTimeout(pending.get(document.uri));
      pending.delete(document.uri);
      if (!context.client.pullsDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    });
    connection.languages.diagnostics.on((params) => {
      const document = documents.get(params.textDocument.uri);
      return { kind: DocumentDiagnosticReportKind.Full, items: document ? diagnosticsOf(document) : [] };
    });
    context.onStale(() => {
      if (context.client.pullsDiagnostics) void connection.languages.diagnostics.refresh();
      else documents.all().forEach(schedulePush);
    });
  },
};

/** A document's diagnostics, calling the first-diagnostics hook once, after the first article's are worked out. */
function firstDiagnosticsHook(context: ServerContext): (document: TextDocument) => Diagnostic[] {
  let onFirst = context.onFirstDiagnostics;
  return (document) => {
    const { documents, client } = context;
    if (documents.tooLarge(document)) return [tooLargeDiagnostic(document.getText().length, client.maxFileSize)];
    const { findings, lines } = documents.analysis(document);
    const found = findings.map((finding) => findingToDiagnostic(finding, lines, document.uri));
    onFirst?.();
    onFirst = undefined;
    return found;
  };
}
