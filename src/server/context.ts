import { LSPErrorCodes, ResponseError, type Connection, type ServerCapabilities } from 'vscode-languageserver';
import type { ClientState } from './client-state';
import type { DocumentStore } from './documents';

/** What every feature of the server shares. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: DocumentStore;
  readonly client: ClientState;
  /** Called once, when the first article's diagnostics have been worked out (the launcher saves its code cache then). */
  readonly onFirstDiagnostics?: () => void;
  /** Listens for analyses going stale: the settings, a configuration or the dictionary changed. */
  onStale(listener: () => void): void;
  /** Drops every analysis and tells each listener. */
  stale(): void;
}

/**
 * One LSP feature: what it adds to the server's capabilities (given what
 * the client can do), and the handlers it registers. Each lives in a module
 * of its own; `server.ts` lists them.
 */
export interface Feature {
  capabilities?(client: ClientState): ServerCapabilities;
  register(context: ServerContext): void;
}

/** A request the client gave up on: the client expects this error rather than a stale answer. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled');
}

/** Lets queued messages (a `$/cancelRequest` among them) arrive between long steps. */
export function yieldToMessages(): Promise<void> {
  return new Promise((resume) => setImmediate(resume));
}
