import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/**
 * An outside LSP client of `dist/server.js --stdio`: a separate process
 * spoken to over JSON-RPC on its standard streams, as Neovim, Emacs or
 * VS Code's language client speak to it. Nothing here reaches into the
 * server; every figure is what the client waits for.
 */

/** What the client declares: pull diagnostics and semantic tokens with deltas, as VS Code does. */
const CAPABILITIES = {
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: false },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    semanticTokens: {
      dynamicRegistration: false,
      requests: { full: { delta: true }, range: true },
      tokenTypes: [],
      tokenModifiers: [],
      formats: ['relative'],
    },
  },
};

/** A 0-based line and UTF-16 character, as LSP counts them. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Server {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  /** Process start to the `initialize` response. */
  readonly startMs: number;
}

/**
 * Starts the server in an empty folder, so no `.copydeskrc` applies: every
 * default rule, as an editor gets them. `cacheHome` is its XDG_CACHE_HOME,
 * where it keeps its compiled code. `nodeOptions` go to the server's node
 * (`--cpu-prof` for a profile).
 */
export async function startServer(path: string, cacheHome: string, nodeOptions: readonly string[] = []): Promise<Server> {
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeOptions, path, '--stdio'], {
    cwd: tmpdir(),
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
  });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: CAPABILITIES });
  const startMs = performance.now() - started;
  await connection.sendNotification('initialized', {});
  return { process: child, connection, startMs };
}

export async function stopServer(server: Server): Promise<void> {
  await server.connection.sendRequest('shutdown');
  await server.connection.sendNotification('exit');
  await new Promise<void>((done) => (server.process.exitCode !== null ? done() : server.process.once('exit', () => done())));
  server.connection.dispose();
}

/** A folder for the server's code cache, empty. */
export function emptyCacheHome(): string {
  return mkdtempSync(join(tmpdir(), 'copydesk-bench-cache-'));
}

/**
 * One open document as the editor holds it: its text, its version, and
 * the result id of the semantic tokens it was last sent, which it names
 * when it asks for the edits since.
 */
export class OpenDocument {
  private version = 1;
  private tokensResultId: string | undefined;

  constructor(
    private readonly connection: ProtocolConnection,
    readonly uri: string,
    private readonly text: string,
  ) {}

  async open(): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: this.uri, languageId: 'news', version: this.version, text: this.text },
    });
  }

  async close(): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri } });
  }

  /** Inserts `inserted` at a 0-based line and UTF-16 character, as one incremental `didChange`. */
  async insert(position: Position, inserted: string): Promise<void> {
    this.version++;
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: this.uri, version: this.version },
      contentChanges: [{ range: { start: position, end: position }, text: inserted }],
    });
  }

  /**
   * What an editor asks for after an edit, both at once: the pulled
   * diagnostics and the semantic tokens (as edits since the ones it holds,
   * whole the first time). Resolves when both answers are in.
   */
  async refresh(): Promise<void> {
    const textDocument = { uri: this.uri };
    const [, tokens] = await Promise.all([
      this.connection.sendRequest('textDocument/diagnostic', { textDocument }),
      this.tokensResultId === undefined
        ? this.connection.sendRequest('textDocument/semanticTokens/full', { textDocument })
        : this.connection.sendRequest('textDocument/semanticTokens/full/delta', { textDocument, previousResultId: this.tokensResultId }),
    ]);
    this.tokensResultId = (tokens as { resultId?: string } | null)?.resultId;
  }
}

/**
 * Where a reporter types: the end of a body paragraph near the middle of
 * the document (a line of 12 words or more), and real words to type there
 * (the sentence that opens the next such paragraph), one character at a
 * time.
 */
export function typingPlace(text: string): { start: Position; typed: string } {
  const lines = text.split('\n');
  const isBody = (line: string): boolean => line.split(' ').length >= 12;
  let line = Math.floor(lines.length / 2);
  while (line < lines.length - 1 && !isBody(lines[line]!)) line++;
  const next = lines.slice(line + 1).find(isBody) ?? lines[line]!;
  const sentence = /^.*?[.!?](?=\s|$)/.exec(next)?.[0] ?? next;
  return { start: { line, character: lines[line]!.length }, typed: ` ${sentence.trimEnd()}` };
}
