// Starts and stops code-server 4.100.3 (VS Code 1.100.3 in the browser), as
// measured in ../shared/notes/real-vscode.md. `scripts/e2e/install.sh` puts
// it in a cache folder outside the project's node_modules.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Scratch } from './scratch';

export const CODE_SERVER_VERSION = '4.100.3';

export function codeServerBinary(): string {
  const cache = process.env.COPYDESK_E2E_CACHE ?? join(homedir(), '.cache', 'copydesk-e2e');
  return join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

export interface RunningCodeServer {
  readonly url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHealth(url: string, exited: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error('code-server exited before it answered; see test-results/code-server.log');
    const healthy = await fetch(`${url}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((wake) => setTimeout(wake, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server in its own process group (Node's `detached` is
 * `setsid`), so stopping it kills its extension hosts and language servers
 * too. The group is killed even when the runner itself is interrupted.
 */
export async function startCodeServer(scratch: Scratch): Promise<RunningCodeServer> {
  const binary = codeServerBinary();
  if (!existsSync(binary))
    throw new Error(`code-server ${CODE_SERVER_VERSION} is not installed at ${binary}; run scripts/e2e/install.sh first`);
  const port = await freePort();
  const config = join(scratch.root, 'code-server.yaml');
  // Without --config, code-server writes one into the home folder.
  await writeFile(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  await mkdir(resolve('test-results'), { recursive: true });
  const log = createWriteStream(resolve('test-results/code-server.log'));
  const child = spawn(
    binary,
    [
      '--config',
      config,
      '--user-data-dir',
      scratch.userData,
      '--extensions-dir',
      scratch.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--ignore-last-opened',
    ],
    // The language server keeps its compiled-code cache under XDG_CACHE_HOME: each run starts without one, as after an install.
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_CACHE_HOME: scratch.cache } },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = false;
  child.once('exit', () => (exited = true));

  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  const killOnExit = (): void => killGroup('SIGKILL');
  const interrupted = (signal: NodeJS.Signals): void => {
    killGroup('SIGKILL');
    rmSync(scratch.root, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killOnExit);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  const stop = async (): Promise<void> => {
    process.off('exit', killOnExit);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    killGroup('SIGTERM');
    const gone =
      exited ||
      (await new Promise<boolean>((done) => {
        const timer = setTimeout(() => done(false), 5_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done(true);
        });
      }));
    if (!gone) killGroup('SIGKILL');
    // SIGTERM ends code-server itself; anything left in its group goes now.
    killGroup('SIGKILL');
    log.end();
  };

  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, () => exited);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

export interface DevelopmentPaths {
  readonly extensionDevelopmentPath: string;
  readonly extensionTestsPath?: string;
  /** A file the window opens as it starts, as `code <file>` would. */
  readonly openFile?: string;
}

/**
 * The workbench URL for a folder. code-server refuses
 * `--extensionDevelopmentPath` on its command line, but the workbench takes
 * the same arguments, as remote URIs, in its `payload` parameter.
 */
export function workbenchUrl(server: RunningCodeServer, folder: string, paths: DevelopmentPaths): string {
  const payload = Object.entries(paths).map(([key, path]) => [key, `vscode-remote://remote${path}`]);
  return `${server.url}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
