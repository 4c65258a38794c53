// The language server, bundled as `dist/language-server.js` and started by
// `dist/server.js` (launch.ts). `createConnection` picks the transport from
// the command line: `--stdio` for Neovim, Emacs and other editors (and for
// VS Code, whose client forks the server), `--node-ipc` for clients that
// start it that way.
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { Config } from '../core/config/config';
import { ConfigLookup } from '../workspace/config-files';
import { forgetDictionaries } from '../workspace/dictionary-file';
import { startServer } from './server';

/** What the launcher may ask of the server as it starts it. */
export interface StartHooks {
  /** Called once, when the first article's diagnostics have been worked out. */
  readonly onFirstDiagnostics?: () => void;
}

/** Connects to the editor and serves it until it disconnects. */
export function start(hooks: StartHooks = {}): void {
  const connection = createConnection(ProposedFeatures.all);
  let lookup = new ConfigLookup(process.cwd());
  const reported = new Set<string>();

  /**
   * The nearest `.copydeskrc` of a file on disk, as the CLI finds it. A broken
   * configuration is reported once and the defaults apply, so the editor
   * keeps working while it is being fixed.
   */
  const configFor = (uri: string): Config => {
    if (!uri.startsWith('file:')) return {};
    try {
      return lookup.forFile(fileURLToPath(uri)).config;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!reported.has(message)) {
        reported.add(message);
        void connection.window.showWarningMessage(`Copydesk: ${message}. The default settings apply until it is fixed.`);
      }
      return {};
    }
  };

  startServer(connection, {
    configFor,
    onConfigFilesChanged: () => {
      lookup = new ConfigLookup(process.cwd());
      forgetDictionaries();
      reported.clear();
    },
    ...hooks,
  });
}
