import * as vscode from 'vscode';
import { LANGUAGE_ID } from './config';
import { FIX_ALL_KIND } from './protocol';

/**
 * The palette commands (category `Copydesk` in `package.json`). Each one
 * asks the language server through the ordinary VS Code providers, so the
 * client holds no analysis of its own.
 */
export function registerCommands(output: vscode.LogOutputChannel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('copydesk.treatAsArticle', treatAsArticle),
    vscode.commands.registerCommand('copydesk.fixAll', fixAllCommand),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
  ];
}

async function treatAsArticle(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return;
  await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
}

async function fixAllCommand(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return;
  const fixed = await fixAll(document);
  if (!fixed) void vscode.window.showInformationMessage('Copydesk: nothing to fix in this file.');
}

/**
 * Applies the server's `source.fixAll.copydesk` action as one
 * `WorkspaceEdit`, so a single undo reverts it. Returns whether anything
 * changed.
 */
export async function fixAll(document: vscode.TextDocument): Promise<boolean> {
  const whole = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
    'vscode.executeCodeActionProvider',
    document.uri,
    whole,
    FIX_ALL_KIND,
  );
  const fix = actions?.find((action) => action.kind?.value === FIX_ALL_KIND && action.edit);
  if (!fix?.edit) return false;
  return vscode.workspace.applyEdit(fix.edit);
}
