import type { ClientCapabilities } from 'vscode-languageserver';

/** `copydesk.maxFileSize` by default: larger files get one notice instead of an editor frozen by analysis. */
const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** The settings of the `copydesk` section the server reads, by name, with their defaults (`package.json` gives the same). */
export const SERVER_SETTINGS = { 'inlayHints.relativeDates': true, maxFileSize: DEFAULT_MAX_FILE_SIZE } as const;

/** The settings the server reads from the client's `copydesk` section. */
export interface ClientSettings {
  readonly inlayHints?: { readonly relativeDates?: boolean };
  readonly maxFileSize?: number;
}

/**
 * What the client said it can do at `initialize`, and the settings it has
 * given since. Only what the client offers is used: Eglot, for one, warns
 * its user about any registration it did not ask for.
 */
export class ClientState {
  /** The client pulls diagnostics (`textDocument/diagnostic`); otherwise the server pushes them. */
  pullsDiagnostics = false;
  /** The client fills in a code action's edit through `codeAction/resolve`. */
  resolvesEdits = false;
  /** The client answers `workspace/configuration`; otherwise settings come with `didChangeConfiguration`. */
  answersSettings = false;
  registersConfiguration = false;
  registersWatchers = false;
  relativeDateHints: boolean = SERVER_SETTINGS['inlayHints.relativeDates'];
  maxFileSize: number = SERVER_SETTINGS.maxFileSize;

  initialize(capabilities: ClientCapabilities): void {
    this.pullsDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    this.resolvesEdits = capabilities.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true;
    this.answersSettings = capabilities.workspace?.configuration === true;
    this.registersConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    this.registersWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  }

  applySettings(settings: ClientSettings | null | undefined): void {
    this.relativeDateHints = settings?.inlayHints?.relativeDates ?? SERVER_SETTINGS['inlayHints.relativeDates'];
    const limit = settings?.maxFileSize;
    this.maxFileSize = typeof limit === 'number' && limit > 0 ? limit : DEFAULT_MAX_FILE_SIZE;
  }
}
