import { TextDocumentSyncKind, type Connection, type ServerCapabilities } from 'vscode-languageserver';
import packageJson from '../../package.json';
import { articleSummaryRequest } from './article-summary';
import { ClientState } from './client-state';
import { codeActions } from './code-actions';
import { codeLenses } from './code-lens';
import { commands } from './commands';
import { configuration } from './configuration';
import type { Feature, ServerContext } from './context';
import { diagnostics } from './diagnostics';
import { DocumentStore, type ServerWorkspace } from './documents';
import { hover } from './hover';
import { inlayHints } from './inlay-hints';
import { lintWorkspace } from './lint-workspace';
import { outline } from './outline';
import { semanticTokens } from './semantic-tokens';

/**
 * Every feature of the server, one module each. A new feature is a module
 * exporting a `Feature` and a line here.
 */
const FEATURES: readonly Feature[] = [
  configuration,
  diagnostics,
  codeActions,
  outline,
  semanticTokens,
  hover,
  inlayHints,
  codeLenses,
  articleSummaryRequest,
  commands,
  lintWorkspace,
];

export interface ServerOptions {
  /** The files behind the documents: configuration, discovery; without one, every document has the built-in settings. */
  readonly workspace?: ServerWorkspace;
  /** Called once, when the first article's diagnostics have been worked out (the launcher saves its code cache then). */
  readonly onFirstDiagnostics?: () => void;
}

const NO_WORKSPACE: ServerWorkspace = { configFor: () => ({}), findArticleFiles: () => [], changed: () => undefined };

function createContext(connection: Connection, options: ServerOptions): ServerContext {
  const client = new ClientState();
  const documents = new DocumentStore(options.workspace ?? NO_WORKSPACE, client);
  const listeners: Array<() => void> = [];
  return {
    connection,
    documents,
    client,
    ...(options.onFirstDiagnostics ? { onFirstDiagnostics: options.onFirstDiagnostics } : {}),
    onStale: (listener) => void listeners.push(listener),
    stale: () => {
      documents.clear();
      listeners.forEach((listener) => listener());
    },
  };
}

/**
 * Wires the LSP features to the core: each converts core results to LSP
 * and back; the analysis itself lives in `src/core`.
 */
export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const context = createContext(connection, options);
  connection.onInitialize((params) => {
    context.client.initialize(params.capabilities);
    const base: ServerCapabilities = { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } };
    const capabilities = Object.assign(
      base,
      ...FEATURES.map((feature) => feature.capabilities?.(context.client) ?? {}),
    ) as ServerCapabilities;
    return { capabilities, serverInfo: { name: 'copydesk', version: packageJson.version } };
  });
  for (const feature of FEATURES) feature.register(context);
  context.documents.documents.listen(connection);
  connection.listen();
}
