// The language server process. `createConnection` picks the transport from
// the command line: `--stdio` for Neovim, Emacs and other editors,
// `--node-ipc` when VS Code starts it.
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import type { Config } from '../core/config/config';
import { ConfigLookup } from '../workspace/config-files';
import { forgetDictionaries } from '../workspace/dictionary-file';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
let lookup = new ConfigLookup(process.cwd());
const reported = new Set<string>();

/**
 * The nearest `.copydeskrc` of a file on disk, as the CLI finds it. A broken
 * configuration is reported once and the defaults apply, so the editor
 * keeps working while it is being fixed.
 */
function configFor(uri: string): Config {
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
}

startServer(connection, {
  configFor,
  onConfigFilesChanged: () => {
    lookup = new ConfigLookup(process.cwd());
    forgetDictionaries();
    reported.clear();
  },
});
