// The VS Code side of Copydesk: a thin client. All analysis happens in the
// language server (`dist/server.js`). This entry (`dist/extension.js`) holds
// the commands, the status bar and the output; the language client
// (`dist/language-client.js`, from `session.ts`) and the server start only
// once an article is open, since the extension also activates for every
// plain-text and Markdown file in case `copydesk.files` names it.
import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { changesDocumentSelector, isArticle } from './config';
import { OnDemandServer, type Timings } from './on-demand';
import { ServerProcesses } from './server-process';
import { ArticleStatus } from './status';

/** The zero of the timings: when the extension host loaded this bundle. */
const loadedAt = performance.now();

// An article open as the editor starts (`code story.news`): the server is
// forked first thing, before even the output channel (whose creation took up
// to 100 ms in a window still starting), and the language client starts
// beside it while VS Code prepares the context `activate()` gets.
const processes = new ServerProcesses();
const articleOpenAtStart = vscode.workspace.textDocuments.some(isArticle);
if (articleOpenAtStart) processes.forkEarly();

const output = vscode.window.createOutputChannel('Copydesk', { log: true });
const server = new OnDemandServer(processes, output, loadedAt);
if (articleOpenAtStart) void server.ensure();

/** What `activate()` returns to other extensions, and to the editor tests and benchmark. */
export interface CopydeskApi {
  /** How long activation and the language server's first start took. */
  timings(): Timings;
  /** Whether the language server has been asked to start. */
  serverStarted(): boolean;
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const startIfArticle = (document: vscode.TextDocument): void => {
    if (isArticle(document)) void server.ensure();
  };
  context.subscriptions.push(
    output,
    processes,
    server,
    ...registerCommands(output, () => server.ensure()),
    new ArticleStatus(() => server.current()),
    // Also fires when a document's language changes, as Treat This File as a News Article does.
    vscode.workspace.onDidOpenTextDocument(startIfArticle),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!changesDocumentSelector(event)) return;
      if (server.started) void server.restart();
      else vscode.workspace.textDocuments.forEach(startIfArticle);
    }),
  );
  vscode.workspace.textDocuments.forEach(startIfArticle);
  server.activated();
  return { timings: () => server.timings(), serverStarted: () => server.started };
}

export async function deactivate(): Promise<void> {
  await server.stop();
}
