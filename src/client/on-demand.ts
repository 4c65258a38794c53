import { join } from 'node:path';
import type * as vscode from 'vscode';
import type { ServerProcesses } from './server-process';
import type { LanguageServer } from './session';

/** What the entry may know of `dist/language-client.js`: its types, never its code. */
type SessionModule = typeof import('./session');

/**
 * Requires `dist/language-client.js` (beside this bundle). A plain require
 * of an absolute path: esbuild leaves it alone, so the client stays in its
 * own bundle.
 */
function loadLanguageClient(): SessionModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time, which esbuild must not bundle
  return require(join(__dirname, 'language-client.js')) as SessionModule;
}

/** How long Copydesk took to come up, in milliseconds. */
export interface Timings {
  /** From the loading of `dist/extension.js` to the end of `activate()`. */
  readonly activation: number;
  /** The language server's first start, once it is ready. */
  readonly server?: ServerTimings;
  /** The first diagnostics of an article reaching the editor, once they have: what an editor waits for after opening one. */
  readonly firstDiagnostics?: DiagnosticsTimings;
}

/** When the first diagnostics reached the editor, in milliseconds. */
export interface DiagnosticsTimings {
  /** From the loading of `dist/extension.js`. */
  readonly shown: number;
  /** The extension host's `process.uptime()` at that moment. */
  readonly hostUptime: number;
}

/** The first start of the language server, in milliseconds. */
export interface ServerTimings {
  /** From the loading of `dist/extension.js` to the server answering `initialize`. */
  readonly ready: number;
  /** The extension host's `process.uptime()` at that moment: from the host's start to the server ready. */
  readonly hostUptime: number;
  /** From the loading of `dist/extension.js` to the first article (or command) asking for the server. */
  readonly requested: number;
  /** Requiring `dist/language-client.js`. */
  readonly clientLoad: number;
  /** Starting the server process (or taking the one forked early) and its `initialize` handshake. */
  readonly serverStart: number;
  /** Whether the server was forked as the bundle loaded, an article being open already. */
  readonly forkedEarly: boolean;
}

/**
 * The language server, started the first time it is wanted: when an
 * article is open or opens, or when a command needs it. Until then the
 * language client's bundle is not even loaded.
 */
export class OnDemandServer implements vscode.Disposable {
  private starting: Promise<LanguageServer | undefined> | undefined;
  /** The server once `starting` has resolved with it. */
  private ready: LanguageServer | undefined;
  private firstStart: ServerTimings | undefined;
  private firstDiagnostics: DiagnosticsTimings | undefined;
  private activation = Number.NaN;

  /** `loadedAt`: `performance.now()` when `dist/extension.js` was loaded, the zero of the timings. */
  constructor(
    private readonly processes: ServerProcesses,
    private readonly output: vscode.LogOutputChannel,
    private readonly loadedAt: number,
  ) {}

  /** Whether the server has been asked to start (it may still be starting). */
  get started(): boolean {
    return this.starting !== undefined;
  }

  /** Called at the end of `activate()`. */
  activated(): void {
    this.activation = performance.now() - this.loadedAt;
  }

  timings(): Timings {
    return {
      activation: this.activation,
      ...(this.firstStart && { server: this.firstStart }),
      ...(this.firstDiagnostics && { firstDiagnostics: this.firstDiagnostics }),
    };
  }

  /** Starts the server unless it is running or starting; resolves with it once it is ready, or with nothing when it failed to start. */
  ensure(): Promise<LanguageServer | undefined> {
    if (this.starting) return this.starting;
    const starting = this.start();
    this.starting = starting;
    void starting.then((server) => {
      // Unless it was stopped while it started. A start that failed is tried again by the next article or command.
      if (this.starting !== starting) return;
      if (server) this.ready = server;
      else this.starting = undefined;
    });
    return starting;
  }

  /** The server if it is running, once a start in progress has finished; never starts it. */
  async current(): Promise<LanguageServer | undefined> {
    const server = await this.starting;
    return server?.running ? server : undefined;
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.ensure();
  }

  async stop(): Promise<void> {
    const { starting, ready } = this;
    this.starting = undefined;
    this.ready = undefined;
    // A ready server stops at once: on a change to copydesk.files, before the language client's own listener sends it the new settings.
    await (ready ?? (await starting))?.stop();
  }

  dispose(): void {
    void this.stop();
  }

  private async start(): Promise<LanguageServer | undefined> {
    const requested = performance.now();
    const forkedEarly = this.processes.forkedEarly;
    try {
      const session = loadLanguageClient();
      const loaded = performance.now();
      const server = await session.startLanguageServer(
        () => this.processes.take(),
        this.output,
        () => this.recordDiagnostics(),
      );
      const ready = performance.now();
      this.record({
        ready: ready - this.loadedAt,
        hostUptime: process.uptime() * 1000,
        requested: requested - this.loadedAt,
        clientLoad: loaded - requested,
        serverStart: ready - loaded,
        forkedEarly,
      });
      return server;
    } catch (error) {
      this.output.error('The Copydesk language server did not start', error);
      return undefined;
    }
  }

  private recordDiagnostics(): void {
    if (this.firstDiagnostics) return;
    this.firstDiagnostics = { shown: performance.now() - this.loadedAt, hostUptime: process.uptime() * 1000 };
    this.output.info(`First diagnostics shown ${Math.round(this.firstDiagnostics.shown)} ms after the extension loaded`);
  }

  private record(timings: ServerTimings): void {
    this.firstStart ??= timings;
    const ms = (value: number): string => `${Math.round(value)} ms`;
    // With an article open at start, the server may be ready before VS Code has called activate().
    const activation = Number.isNaN(this.activation) ? 'still to come' : ms(this.activation);
    this.output.info(
      `Language server ready in ${ms(timings.ready)} after the extension loaded (activation ${activation}; asked for at ${ms(timings.requested)}, ` +
        `loading the client ${ms(timings.clientLoad)}, starting the server ${ms(timings.serverStart)}${timings.forkedEarly ? ', forked as the extension loaded' : ''}; ` +
        `extension host up for ${ms(timings.hostUptime)})`,
    );
  }
}
