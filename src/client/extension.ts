// The VS Code side of Copydesk: a thin client. All analysis happens in the
// language server (`dist/server.js`); this file only wires it up.
import * as vscode from 'vscode';
import { Session } from './client';
import { registerCommands } from './commands';
import { changesDocumentSelector } from './config';
import { ArticleStatus } from './status';

let session: Session | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Copydesk', { log: true });
  const current = new Session(context, output);
  session = current;
  context.subscriptions.push(
    output,
    current,
    ...registerCommands(output, () => current.current),
    new ArticleStatus(() => current.current),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (changesDocumentSelector(event)) void current.restart();
    }),
  );
  await current.start();
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
