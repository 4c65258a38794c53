import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixFile } from '../core/fix';
import { formatForPath } from '../core/article/parse';
import { LineIndex } from '../core/text/lines';
import { cancelled, type Feature, type ServerContext } from './context';
import { minimalEdit, type DiagnosticData } from './convert';
import { dictionaryActions } from './dictionary-actions';
import { frontMatterActions, FRONT_MATTER_KIND } from './front-matter';
import { isMarkData, MARK_KIND, markActions, markEdit } from './marks';
import { FIX_ALL_KIND } from './protocol';

function isOurs(diagnostic: Diagnostic): boolean {
  return diagnostic.source === 'copydesk';
}

/** One quick fix per diagnostic that carries its edits in `data`. */
function quickFix(diagnostic: Diagnostic, uri: string): CodeAction | undefined {
  const data = diagnostic.data as DiagnosticData | undefined;
  const edits = data?.fix ?? data?.suggestion;
  if (!edits || edits.length === 0) return undefined;
  return {
    title: `Fix: ${diagnostic.message}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: data?.fix !== undefined,
    edit: { changes: { [uri]: edits } },
  };
}

/** Every compatible fix in the document, applied in passes with the workspace dictionary, as one edit (one undo). */
function fixAllAction(document: TextDocument, context: ServerContext, kind: string): CodeAction | undefined {
  const text = document.getText();
  const { documents } = context;
  const { output, applied } = fixFile(
    text,
    formatForPath(document.uri),
    documents.rulesFor(document.uri),
    documents.optionsFor(document.uri),
  );
  const edit = minimalEdit(text, output, new LineIndex(text));
  if (!edit) return undefined;
  return { title: `Fix all Copydesk problems (${applied.length})`, kind, edit: { changes: { [document.uri]: [edit] } } };
}

/** Whether a code action request's `only` asks for actions of `kind`: its own kind or a parent (`source` covers `source.fixAll.copydesk`). */
function asksFor(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'));
}

/** Quick fixes from the diagnostics' data, and the whole-document fix beside them and as a source action (fix on save). */
function fixActions(params: CodeActionParams, document: TextDocument, context: ServerContext): CodeAction[] {
  const wants = (kind: string): boolean => asksFor(params.context.only, kind);
  const actions: CodeAction[] = [];
  let fixAllOffered = false;
  if (wants(CodeActionKind.QuickFix)) {
    actions.push(...params.context.diagnostics.filter(isOurs).flatMap((diagnostic) => quickFix(diagnostic, document.uri) ?? []));
    // As ESLint does: beside single fixes, offer to fix the whole document.
    const all = actions.length > 0 ? fixAllAction(document, context, CodeActionKind.QuickFix) : undefined;
    if (all) actions.push(all);
    fixAllOffered = all !== undefined;
  }
  // A client that asks for every kind at once (Neovim, Eglot) lists the fix-all once, not again as a source action.
  if (wants(FIX_ALL_KIND) && !(params.context.only === undefined && fixAllOffered)) {
    const all = fixAllAction(document, context, FIX_ALL_KIND);
    if (all) actions.push(all);
  }
  return actions;
}

/** The front-matter's source action, and the editor's annotations on a selection (in the document, or the workspace dictionary). */
function rewriteActions(params: CodeActionParams, document: TextDocument, context: ServerContext): CodeAction[] {
  const { documents, client } = context;
  const actions: CodeAction[] = [];
  if (asksFor(params.context.only, FRONT_MATTER_KIND)) actions.push(...frontMatterActions(document.uri, documents.analysis(document)));
  if (asksFor(params.context.only, MARK_KIND)) {
    const options = documents.optionsFor(document.uri);
    actions.push(...markActions(document, documents.analysis(document), params.range, options, client.resolvesEdits));
    actions.push(...dictionaryActions(document, params.range, documents.configFor(document.uri).dictionary));
  }
  return actions;
}

/** Code actions: fixes, fix-all (also on save), front-matter, and the editor's annotations, resolved late where the client allows. */
export const codeActions: Feature = {
  capabilities: () => ({
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, FRONT_MATTER_KIND, MARK_KIND], resolveProvider: true },
  }),

  register(context) {
    const { connection, documents } = context;
    connection.onCodeAction((params, token) => {
      if (token.isCancellationRequested) return cancelled();
      const document = documents.get(params.textDocument.uri);
      if (!document || documents.tooLarge(document)) return [];
      return [...fixActions(params, document, context), ...rewriteActions(params, document, context)];
    });
    // Only a deferred mark needs resolving; every other action already carries its edit.
    connection.onCodeActionResolve((action) => {
      if (!isMarkData(action.data)) return action;
      const { mark, argument } = action.data;
      const found = documents.analysed(argument.uri);
      if (!found) return action;
      const { edit, outcome } = markEdit(mark, argument, found.document, found.result, documents.optionsFor(argument.uri));
      if (!edit) void connection.window.showInformationMessage(`Copydesk: ${outcome.message}`);
      return edit ? { ...action, edit } : action;
    });
  },
};
