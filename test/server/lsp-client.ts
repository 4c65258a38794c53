import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  InitializeRequest,
  PublishDiagnosticsNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type Registration,
  type SemanticTokens,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';

export const SERVER = resolve(import.meta.dirname, '../../dist/server.js');

/** A real language client: `dist/server.js --stdio` as a process, spoken to over JSON-RPC. */
export class LspSession {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  private readonly published = new Map<string, Diagnostic[]>();
  private readonly waiters: Array<() => void> = [];
  /** Every edit the server asked the client to apply, in order; each is applied (answered `applied: true`). */
  readonly appliedEdits: WorkspaceEdit[] = [];
  /** Every capability the server registered on the fly (`client/registerCapability`), in order. */
  readonly registrations: Registration[] = [];

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params.diagnostics);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(params.edit);
      return { applied: true };
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities = {}): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the diagnostics pushed for `uri` once `accept` holds for them. */
  async pushedDiagnostics(uri: string, accept: (diagnostics: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    for (;;) {
      const current = this.published.get(uri);
      if (current && accept(current)) return current;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  async close(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise<void>((done) => (this.process.exitCode !== null ? done() : this.process.once('exit', () => done())));
    this.connection.dispose();
  }
}

/** One semantic token back on its text, as an editor colours it. */
export interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: string;
  readonly modifiers: readonly string[];
  readonly text: string;
}

/** Decodes LSP's relative integer encoding of semantic tokens against the legend and the document's text. */
export function decodeSemanticTokens(
  tokens: SemanticTokens,
  legend: { tokenTypes: string[]; tokenModifiers?: string[] },
  text: string,
): DecodedToken[] {
  const lines = text.split(/\r\n|\r|\n/);
  const decoded: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = tokens.data.slice(i, i + 5) as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    decoded.push({
      line,
      character,
      length,
      type: legend.tokenTypes[type]!,
      modifiers: (legend.tokenModifiers ?? []).filter((_, bit) => modifiers & (1 << bit)),
      text: lines[line]!.slice(character, character + length),
    });
  }
  return decoded;
}
