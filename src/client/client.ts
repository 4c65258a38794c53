import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { articleGlobs, documentSelector } from './config';

/**
 * The language server as a child process over Node IPC. The id `copydesk`
 * makes the client honour the `copydesk.trace.server` setting.
 */
function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(articleGlobs()),
    outputChannel: output,
    // The server re-reads configuration files when they change, and settings when they are edited.
    // YAML files too: the entity dictionary a configuration names may be any of them.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/{.copydeskrc,.copydeskrc.json,*.yaml,*.yml}'), configurationSection: 'copydesk' },
  };
  return new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
}

/** One running language client at a time; restarted when the set of article files changes. */
export class Session implements vscode.Disposable {
  private client: LanguageClient | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  /** The running client, for requests beyond the standard providers. */
  get current(): LanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  async start(): Promise<void> {
    const client = createClient(this.context, this.output);
    this.client = client;
    try {
      await client.start();
    } catch (error) {
      this.output.error('The Copydesk language server did not start', error);
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client?.isRunning()) await client.stop();
  }

  dispose(): void {
    void this.stop();
  }
}
