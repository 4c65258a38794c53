import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixFile } from '../core/fix';
import { formatForPath } from '../core/article/parse';
import type { LintOptions } from '../core/lint';
import type { ResolvedRule } from '../core/config/config';
import { LineIndex } from '../core/text/lines';
import { minimalEdit, type DiagnosticData } from './convert';

/** `editor.codeActionsOnSave: { "source.fixAll.copydesk": "explicit" }` asks for this kind. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

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
export function fixAllAction(
  document: TextDocument,
  rules: readonly ResolvedRule[],
  options: LintOptions,
  kind: string,
): CodeAction | undefined {
  const text = document.getText();
  const { output, applied } = fixFile(text, formatForPath(document.uri), rules, options);
  const edit = minimalEdit(text, output, new LineIndex(text));
  if (!edit) return undefined;
  return {
    title: `Fix all Copydesk problems (${applied.length})`,
    kind,
    edit: { changes: { [document.uri]: [edit] } },
  };
}

/** Whether a code action request's `only` asks for actions of `kind`: its own kind or a parent (`source` covers `source.fixAll.copydesk`). */
export function asksFor(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(requested + '.'));
}

export function codeActions(
  params: CodeActionParams,
  document: TextDocument,
  rules: readonly ResolvedRule[],
  options: LintOptions,
): CodeAction[] {
  const wants = (kind: string): boolean => asksFor(params.context.only, kind);
  const actions: CodeAction[] = [];
  let fixAllOffered = false;
  if (wants(CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter(isOurs);
    for (const diagnostic of ours) {
      const action = quickFix(diagnostic, document.uri);
      if (action) actions.push(action);
    }
    // As ESLint does: beside single fixes, offer to fix the whole document.
    if (actions.length > 0) {
      const all = fixAllAction(document, rules, options, CodeActionKind.QuickFix);
      if (all) actions.push(all);
      fixAllOffered = all !== undefined;
    }
  }
  // A client that asks for every kind at once (Neovim, Eglot) lists the fix-all once, not again as a source action.
  if (wants(FIX_ALL_KIND) && !(params.context.only === undefined && fixAllOffered)) {
    const all = fixAllAction(document, rules, options, FIX_ALL_KIND);
    if (all) actions.push(all);
  }
  return actions;
}
