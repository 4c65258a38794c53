// The language client, bundled on its own as `dist/language-client.js`.
// vscode-languageclient is most of the client's code, so the entry
// (`extension.ts`, `dist/extension.js`) requires this bundle only once an
// article is open or a command needs the server: opening a README loads
// neither the client nor the server. The entry sees this file's types only.
import type { ChildProcess } from 'node:child_process';
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { articleGlobs, documentSelector } from './config';
import type { ServerCommand } from './contributions';
import { ArticleSummaryRequest, SERVER_COMMANDS, type ArticleSummary, type ArticleSummaryParams } from './protocol';

/** The running language server, as the entry's commands and status bar use it. */
export interface LanguageServer {
  readonly running: boolean;
  /** Runs a server command with one argument; the server applies its edit through `workspace/applyEdit`. */
  executeCommand(command: ServerCommand, argument: unknown, token?: vscode.CancellationToken): Promise<unknown>;
  articleSummary(params: ArticleSummaryParams): Promise<ArticleSummary | null>;
  stop(): Promise<void>;
}

/**
 * The language server as a child process speaking over its standard streams,
 * from `serverProcess`: the one forked as the bundle loaded, or a new one
 * (also on each restart after a crash). The id `copydesk` makes the client
 * honour the `copydesk.trace.server` setting.
 */
function createClient(serverProcess: () => ChildProcess, output: vscode.LogOutputChannel, onDiagnostics: () => void): LanguageClient {
  // The client pipes the process's stderr to the output channel and, on stop, asks it to exit.
  const serverOptions: ServerOptions = () => Promise.resolve(serverProcess());
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(articleGlobs()),
    outputChannel: output,
    // Only observed, for the start-up timings: pulled (VS Code) or pushed, diagnostics pass through unchanged.
    middleware: {
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        onDiagnostics();
        return report;
      },
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, diagnostics);
        onDiagnostics();
      },
    },
    // The server re-reads settings when they are edited. It asks for the configuration files (and the YAML an
    // entity dictionary may be) to be watched itself, as it does of any editor.
    synchronize: { configurationSection: 'copydesk' },
  };
  return new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
}

/**
 * Starts the server with the current `copydesk.files` and resolves once it
 * has answered `initialize`; rejects when it cannot start. `onDiagnostics`
 * is called each time the server's diagnostics for a document reach the
 * editor.
 */
export async function startLanguageServer(
  serverProcess: () => ChildProcess,
  output: vscode.LogOutputChannel,
  onDiagnostics: () => void,
): Promise<LanguageServer> {
  const client = createClient(serverProcess, output, onDiagnostics);
  await client.start();
  return {
    get running() {
      return client.isRunning();
    },
    executeCommand: (command, argument, token) =>
      client.sendRequest(ExecuteCommandRequest.type, { command: SERVER_COMMANDS[command], arguments: [argument] }, token),
    articleSummary: (params) => client.sendRequest(ArticleSummaryRequest, params),
    stop: async () => {
      if (client.isRunning()) await client.stop();
    },
  };
}
