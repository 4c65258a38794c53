// The language server, bundled as `dist/language-server.js` and started by
// `dist/server.js` (launch.ts). `createConnection` picks the transport from
// the command line: `--stdio` for Neovim, Emacs and other editors (and for
// VS Code, whose client forks the server), `--node-ipc` for clients that
// start it that way.
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import type { Config } from '../core/config/config';
import { ConfigLookup } from '../workspace/config-files';
import { forgetDictionaries } from '../workspace/dictionary-file';
import { discoverFiles } from '../workspace/discover';
import { IgnoreLookup } from '../workspace/ignore-files';
import type { ServerWorkspace } from './documents';
import { answerParseErrors, createLifecycle, type Lifecycle } from './lifecycle';
import { startServer } from './server';

/** What the launcher may ask of the server as it starts it. */
export interface StartHooks {
  /** Called once, when the first article's diagnostics have been worked out. */
  readonly onFirstDiagnostics?: () => void;
}

/**
 * The files on disk as the CLI sees them: the nearest `.copydeskrc` of each
 * file, and the article files of a folder. A broken configuration is
 * reported once and the defaults apply, so the editor keeps working while it
 * is being fixed.
 */
function diskWorkspace(connection: Connection): ServerWorkspace {
  let lookup = new ConfigLookup(process.cwd());
  const reported = new Set<string>();
  const warn = (error: unknown): void => {
    const message = error instanceof Error ? error.message : String(error);
    if (reported.has(message)) return;
    reported.add(message);
    void connection.window.showWarningMessage(`Copydesk: ${message}. The default settings apply until it is fixed.`);
  };
  const configFor = (uri: string): Config => {
    if (!uri.startsWith('file:')) return {};
    try {
      return lookup.forFile(fileURLToPath(uri)).config;
    } catch (error) {
      warn(error);
      return {};
    }
  };
  // Each folder as `copydesk lint FOLDER GLOBS…` run inside it finds them; nested folders name a file once.
  const findArticleFiles = (folders: readonly string[], globs: readonly string[]): string[] => [
    ...new Set(
      folders.flatMap((folder) => {
        try {
          return discoverFiles([folder, ...globs], { cwd: folder, configs: lookup, ignores: new IgnoreLookup(lookup) }).files;
        } catch (error) {
          warn(error);
          return [];
        }
      }),
    ),
  ];
  const changed = (): void => {
    lookup = new ConfigLookup(process.cwd());
    forgetDictionaries();
    reported.clear();
  };
  return { configFor, findArticleFiles, changed };
}

/**
 * Over stdio the server makes its own reader so that a message that cannot
 * be read gets its parse error; it then does what the library does for
 * streams it is handed: ends when the editor closes the pipe (cleanly only
 * after shutdown), and keeps console output off the protocol's stdout.
 */
function stdioConnection(lifecycle: Lifecycle): Connection {
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout);
  answerParseErrors(reader, writer);
  const end = (): never => process.exit(lifecycle.shutDown() ? 0 : 1);
  process.stdin.on('end', end).on('close', end);
  console.log = console.info = console.debug = console.warn = console.error;
  return createConnection(ProposedFeatures.all, reader, writer, lifecycle.options);
}

/** Connects to the editor and serves it until it disconnects. */
export function start(hooks: StartHooks = {}): void {
  const lifecycle = createLifecycle();
  const connection = process.argv.includes('--stdio')
    ? stdioConnection(lifecycle)
    : createConnection(ProposedFeatures.all, lifecycle.options);
  lifecycle.register(connection);
  startServer(connection, { workspace: diskWorkspace(connection), ...hooks });
}
