import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-client';

/** Our own article: a caption pasted twice and a site marker, each with a fix. */
const ARTICLE = [
  'Ferry Crews End Strike',
  '',
  '6 March 2025, Norway, Bodø: Ferry crews leave the union hall after the vote. (NTB via AP)',
  '6 March 2025, Norway, Bodø: Ferry crews leave the union hall after the vote. (NTB via AP)',
  'TT',
  '',
  'Ferry crews in northern Norway ended their strike on Wednesday, the union said.',
  '',
].join('\n');

const URI = 'file:///newsroom/ferry.news';

/** What Neovim 0.7 and Eglot are like: clients that register nothing on the fly and cannot be asked for settings. */
describe('the language server with clients other than VS Code', function () {
  let session: LspSession;

  beforeEach(() => {
    session = new LspSession();
  });

  afterEach(async () => {
    await session.close();
  });

  async function open(text = ARTICLE): Promise<Diagnostic[]> {
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news', version: 1, text } });
    return session.pushedDiagnostics(URI);
  }

  it('registers nothing a client did not offer to take', async () => {
    await session.initialize({});
    await open();
    assert.deepEqual(session.registrations, []);
  });

  it('asks a client that can watch files to report the configuration files, and registers for settings where it may', async () => {
    await session.initialize({
      workspace: { didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
    });
    await open();
    assert.deepEqual(session.registrations.map((registration) => registration.method).sort(), [
      'workspace/didChangeConfiguration',
      'workspace/didChangeWatchedFiles',
    ]);
    const watchers = (
      session.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles')!.registerOptions as {
        watchers: Array<{ globPattern: string }>;
      }
    ).watchers;
    assert.match(watchers[0]!.globPattern, /\.copydeskrc/);
    assert.match(watchers[0]!.globPattern, /\*\.yaml/);
  });

  it('takes the settings sent with didChangeConfiguration from a client that cannot be asked for them', async () => {
    await session.initialize({});
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { copydesk: { maxFileSize: 100 } } });
    const diagnostics = await open();
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      ['file-too-large'],
    );
    assert.match(String(diagnostics[0]!.message), /\(100 bytes\)/);
  });

  it('lists the fix-all once when a client asks for every kind of action at once', async () => {
    await session.initialize({});
    const diagnostics = await open();
    const marker = diagnostics.find((diagnostic) => diagnostic.code === 'scrape-artifact')!;
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: marker.range,
      context: { diagnostics: [marker] },
    })) as CodeAction[];
    assert.equal(
      actions.filter((action) => action.title.startsWith('Fix all')).length,
      1,
      actions.map((action) => action.title).join(' | '),
    );
    assert.ok(actions.some((action) => action.diagnostics?.[0]?.code === 'scrape-artifact'));
  });
});
