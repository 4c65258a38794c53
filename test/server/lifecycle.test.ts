// The LSP lifecycle over real stdio, written as raw bytes so that broken
// messages can be sent: what comes before initialize, a second initialize,
// what comes after shutdown, exit codes, and messages that cannot be read.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER } from './lsp-client';

interface Reply {
  readonly id: number | string | null;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

/** The server as a process, fed raw frames; its replies parsed as they arrive. */
class RawSession {
  readonly process: ChildProcess;
  readonly replies: Reply[] = [];
  private buffer = Buffer.alloc(0);
  private readonly waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.process.stdout!.on('data', (chunk: Buffer) => this.take(chunk));
    this.exited = new Promise((done) => this.process.once('exit', (code) => done(code)));
  }

  private take(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))![1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Reply & {
        method?: string;
      };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.method === undefined) this.replies.push(message);
      this.waiters.splice(0).forEach((wake) => wake());
    }
  }

  /** Writes `body` (a string is sent as it is, broken or not) in one frame. */
  send(body: string | object): void {
    const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify({ jsonrpc: '2.0', ...body }));
    this.process.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`), bytes]));
  }

  /** Resolves once `count` replies have arrived. */
  async replyCount(count: number): Promise<Reply[]> {
    while (this.replies.length < count) await new Promise<void>((wake) => this.waiters.push(wake));
    return this.replies;
  }

  async request(id: number, method: string, params: object = {}): Promise<Reply> {
    this.send({ id, method, params });
    for (;;) {
      const reply = this.replies.find((candidate) => candidate.id === id);
      if (reply) return reply;
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }
}

const INITIALIZE = { processId: null, rootUri: null, capabilities: {} };
const OUTLINE = { textDocument: { uri: 'file:///desk/harbour.news' } };

describe('the language server keeps the LSP lifecycle over stdio', () => {
  let session: RawSession;
  afterEach(() => session.process.kill());

  it('answers a request before initialize with -32002 and drops notifications; then initializes', async () => {
    session = new RawSession();
    assert.equal((await session.request(1, 'textDocument/documentSymbol', OUTLINE)).error?.code, -32002);
    session.send({
      method: 'textDocument/didOpen',
      params: { textDocument: { ...OUTLINE.textDocument, languageId: 'news', version: 1, text: 'Ferry Returns\n\nIt sailed.\n' } },
    });
    const initialized = await session.request(2, 'initialize', INITIALIZE);
    assert.ok(initialized.result && !initialized.error);
    // The didOpen before initialize was dropped, so the document is unknown.
    assert.deepEqual((await session.request(3, 'textDocument/documentSymbol', OUTLINE)).result, []);
  });

  it('refuses a second initialize with InvalidRequest and keeps serving', async () => {
    session = new RawSession();
    await session.request(1, 'initialize', INITIALIZE);
    const second = await session.request(2, 'initialize', INITIALIZE);
    assert.equal(second.error?.code, -32600);
    assert.equal(second.result, undefined);
    assert.deepEqual((await session.request(3, 'textDocument/documentSymbol', OUTLINE)).result, []);
  });

  it('answers requests after shutdown with InvalidRequest, and exit after shutdown ends with 0', async () => {
    session = new RawSession();
    await session.request(1, 'initialize', INITIALIZE);
    assert.equal((await session.request(2, 'shutdown')).result, null);
    assert.equal((await session.request(3, 'textDocument/documentSymbol', OUTLINE)).error?.code, -32600);
    session.send({ method: 'exit' });
    assert.equal(await session.exited, 0);
  });

  it('ends with 1 on exit without shutdown, and on a closed pipe without shutdown', async () => {
    session = new RawSession();
    await session.request(1, 'initialize', INITIALIZE);
    session.send({ method: 'exit' });
    assert.equal(await session.exited, 1);
    session = new RawSession();
    await session.request(1, 'initialize', INITIALIZE);
    session.process.stdin!.end();
    assert.equal(await session.exited, 1);
  });

  it('answers malformed JSON with -32700 (id null, nothing echoed) and an unknown method with -32601, and lives on', async () => {
    session = new RawSession();
    await session.request(1, 'initialize', INITIALIZE);
    session.send('{"jsonrpc":"2.0","id":2,"method":"secret-token-xyz"');
    session.send('\u0000\u00ff not json at all');
    const [, first, second] = await session.replyCount(3);
    for (const reply of [first!, second!]) {
      assert.equal(reply.id, null);
      assert.equal(reply.error?.code, -32700);
      assert.doesNotMatch(reply.error!.message, /secret-token|not json/);
    }
    assert.equal((await session.request(4, 'copydesk/noSuchMethod')).error?.code, -32601);
    assert.deepEqual((await session.request(5, 'textDocument/documentSymbol', OUTLINE)).result, []);
  });
});
