// The language server process. `createConnection` picks the transport from
// the command line: `--stdio` for Neovim, Emacs and other editors,
// `--node-ipc` when VS Code starts it.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
