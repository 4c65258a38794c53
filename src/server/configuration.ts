import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import type { ClientSettings } from './client-state';
import type { Feature, ServerContext } from './context';
import { warmUp } from './warm-up';

/** Configuration files and the YAML an entity dictionary may be, as the VS Code client watches them. */
const CONFIGURATION_FILES = '**/{.copydeskrc,.copydeskrc.json,.copydeskrc.yaml,.copydeskrc.yml,*.yaml,*.yml}';

async function readSettings(context: ServerContext): Promise<void> {
  if (context.client.answersSettings)
    context.client.applySettings((await context.connection.workspace.getConfiguration('copydesk')) as ClientSettings | null);
}

/**
 * The editor's settings and the workspace's configuration files: read
 * after `initialize`, read again when either changes, and every analysis
 * worked out afresh.
 */
export const configuration: Feature = {
  register(context) {
    const { connection, client } = context;
    connection.onInitialized(() => {
      // The editor now registers its features before it sends the first article: time to get the analysis ready.
      setImmediate(warmUp);
      void readSettings(context).catch(() => undefined);
      if (client.registersConfiguration)
        void connection.client.register(DidChangeConfigurationNotification.type, undefined).catch(() => undefined);
      // Editors other than VS Code (whose client watches these itself) learn here which files to report.
      if (client.registersWatchers)
        void connection.client
          .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIGURATION_FILES }] })
          .catch(() => undefined);
    });
    connection.onDidChangeConfiguration(async (params) => {
      // A client that cannot be asked (Neovim 0.7) sends its settings with the notification.
      if (client.answersSettings) await readSettings(context).catch(() => undefined);
      else client.applySettings((params.settings as { copydesk?: ClientSettings } | null)?.copydesk);
      void connection.languages.inlayHint.refresh().catch(() => undefined);
      context.stale();
    });
    connection.onDidChangeWatchedFiles(() => {
      context.documents.workspace.changed();
      context.stale();
    });
  },
};
