// The language server's process, and its early start.
//
// Opening an article with the editor (`code story.news`) activates Copydesk
// as the extension host starts. VS Code loads the extension's bundle, then
// fetches its stored state from the window before it calls `activate()`;
// while the window is still starting, that wait is longer than the server
// takes to start. So when an article is already open as the bundle loads,
// the server is forked first thing, and the language client starts beside
// it (extension.ts), before `activate()` is called.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/**
 * Forks `dist/server.js` (beside this bundle) speaking LSP over its standard
 * streams, as the language client would fork it: no inspector or other flags
 * of the extension host's own, and Electron's binary run as plain Node.
 * `--clientProcessId` makes the server exit if the extension host dies first.
 */
function forkServer(): ChildProcess {
  return fork(join(__dirname, 'server.js'), ['--stdio', `--clientProcessId=${process.pid}`], {
    silent: true,
    execArgv: [],
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', ELECTRON_NO_ASAR: '1' },
  });
}

/** Whether a forked server is still starting or running (not exited, not killed). */
function alive(server: ChildProcess): boolean {
  return server.exitCode === null && server.signalCode === null && !server.killed;
}

/**
 * The server forked as the bundle loaded, handed to the first language
 * client that starts; any later start (a restart, or a crash the client
 * recovers from) forks a new one.
 */
export class ServerProcesses {
  private early: ChildProcess | undefined;

  /** Forks the server ahead of the language client, which takes it when it starts. */
  forkEarly(): void {
    this.early ??= forkServer();
  }

  /** Whether the server was forked as the bundle loaded and has not been taken yet. */
  get forkedEarly(): boolean {
    return this.early !== undefined;
  }

  /** The early server if it is still there, or a new one. */
  take(): ChildProcess {
    const early = this.early;
    this.early = undefined;
    return early && alive(early) ? early : forkServer();
  }

  /** Stops an early server nobody took (the extension deactivated before the client started). */
  dispose(): void {
    if (this.early && alive(this.early)) this.early.kill();
    this.early = undefined;
  }
}
