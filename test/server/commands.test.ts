import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  type CreateFile,
  type Diagnostic,
  type InitializeResult,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ArticleSummaryRequest,
  SERVER_COMMANDS,
  type ArticleSummary,
  type CommandOutcome,
  type LintFilesOutcome,
} from '../../src/server/protocol';
import { LspSession } from './lsp-client';

/** Our own article in the sample's shape, with every kind of debris the cleanup commands target. */
const ARTICLE = [
  'Ferry Crews Vote to Return',
  '',
  '6 May 2025, Denmark, Esbjerg: A ferry waits at the terminal in Esbjerg. (Ritzau via AP)',
  '6 May 2025, Denmark, Esbjerg: A ferry waits at the terminal in Esbjerg. (Ritzau via AP)',
  'TT',
  '',
  'Ferry Crews Vote to Return',
  '',
  'Ferry crews in  Esbjerg voted on Monday to end the strike.   ',
  '',
  '"It was a long week," union leader Ingrid Solberg said. She added: “We are glad it is over.”',
  '',
].join('\n');

const URI = 'file:///newsroom/ferries.news.txt';

/** The client's side of a `workspace/applyEdit`: the plain text edits of one document applied to its text. */
function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'news', 1, text), edits);
}

const CLIENT = { workspace: { applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create' as const] } } };

describe('commands over workspace/executeCommand', function () {
  let session: LspSession;

  beforeEach(async () => {
    session = new LspSession();
  });

  afterEach(async () => {
    await session.close();
  });

  async function open(text: string, uri = URI): Promise<void> {
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news', version: 1, text } });
  }

  async function run(command: string, argument: unknown): Promise<CommandOutcome> {
    return (await session.connection.sendRequest('workspace/executeCommand', { command, arguments: [argument] })) as CommandOutcome;
  }

  /** The text after the one edit the command sent; asserts there was exactly one. */
  function editedText(before: string): string {
    assert.equal(session.appliedEdits.length, 1, 'one WorkspaceEdit, so one undo reverts it');
    const changes = session.appliedEdits[0]!.changes![URI]!;
    assert.equal(changes.length, 1);
    return applied(before, changes);
  }

  it('declares its commands', async () => {
    const init = (await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: CLIENT,
    })) as InitializeResult;
    assert.deepEqual(init.capabilities.executeCommandProvider!.commands.sort(), Object.values(SERVER_COMMANDS).sort());
  });

  it('removes duplicate captions and nothing else', async () => {
    await session.initialize(CLIENT);
    await open(ARTICLE);
    const outcome = await run(SERVER_COMMANDS.removeDuplicateCaptions, { uri: URI });
    assert.equal(outcome.changed, true);
    const lines = ARTICLE.split('\n');
    assert.equal(editedText(ARTICLE), [...lines.slice(0, 3), ...lines.slice(4)].join('\n'));
  });

  it('removes scrape artifacts: the marker and the repeated headline', async () => {
    await session.initialize(CLIENT);
    await open(ARTICLE);
    await run(SERVER_COMMANDS.removeScrapeArtifacts, { uri: URI });
    const text = editedText(ARTICLE);
    assert.ok(!text.split('\n').includes('TT'), text);
    assert.equal(text.split('\n').filter((line) => line === 'Ferry Crews Vote to Return').length, 1, text);
    assert.ok(text.includes('(Ritzau via AP)\n6 May 2025'), 'the duplicate caption stays');
    assert.ok(text.includes('the strike.   \n'), 'whitespace stays');
  });

  it('normalises whitespace only', async () => {
    await session.initialize(CLIENT);
    await open(ARTICLE);
    await run(SERVER_COMMANDS.normaliseWhitespace, { uri: URI });
    const text = editedText(ARTICLE);
    assert.ok(text.includes('to end the strike.\n'), text);
    assert.ok(text.includes('\nTT\n'), 'the marker stays');
  });

  it('normalises quotes to the house style from .copydeskrc', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-quotes-'));
    try {
      writeFileSync(join(folder, '.copydeskrc.yaml'), 'rules:\n  mixed-quotes:\n    severity: off\n    style: straight\n');
      const uri = pathToFileURL(join(folder, 'ferries.news.txt')).href;
      await session.initialize(CLIENT);
      await open(ARTICLE, uri);
      const outcome = await run(SERVER_COMMANDS.normaliseQuotes, { uri });
      assert.equal(outcome.changed, true, 'runs though the rule is off for diagnostics');
      const text = applied(ARTICLE, session.appliedEdits[0]!.changes![uri]!);
      assert.ok(text.includes('She added: "We are glad it is over."'), text);
      assert.ok(text.includes('"It was a long week,"'), text);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('makes every mark curly by default, even in an article that does not mix them', async () => {
    await session.initialize(CLIENT);
    const straight = 'Ferry Crews Vote to Return\n\n"It was a long week," said deckhand Mette Lund.\n';
    await open(straight);
    await run(SERVER_COMMANDS.normaliseQuotes, { uri: URI });
    assert.equal(editedText(straight), 'Ferry Crews Vote to Return\n\n\u201CIt was a long week,\u201D said deckhand Mette Lund.\n');
  });

  it('says so and sends no edit when there is nothing to change', async () => {
    await session.initialize(CLIENT);
    await open('Ferry Crews Vote to Return\n\nFerry crews voted to end the strike.\n');
    const outcome = await run(SERVER_COMMANDS.removeDuplicateCaptions, { uri: URI });
    assert.deepEqual(outcome, { changed: false, message: 'nothing to change' });
    assert.equal(session.appliedEdits.length, 0);
  });

  it('splits a file of three articles: the file keeps the first, each other goes to a new file named after its headline', async () => {
    const second = ['Harbour Fees Rise in Aarhus', '', 'Aarhus port raised its fees on Tuesday.'];
    const third = ['Harbour Fees Rise in Aarhus', '', 'A second story under the same headline.'];
    const text = [...ARTICLE.split('\n').slice(0, 11), '', '', ...second, '', '', ...third, ''].join('\n');
    await session.initialize(CLIENT);
    await open(text);
    const before = (await session.connection.sendRequest(ArticleSummaryRequest.method, { uri: URI })) as ArticleSummary;
    assert.equal(before.articles, 3, 'the fixture parses as three articles');
    const outcome = await run(SERVER_COMMANDS.splitArticles, { uri: URI });
    assert.deepEqual(outcome, { changed: true, message: '2 articles moved to new files' });
    const changes = session.appliedEdits[0]!.documentChanges! as Array<CreateFile | TextDocumentEdit>;
    const created = changes
      .filter((change): change is CreateFile => 'kind' in change && change.kind === 'create')
      .map((change) => change.uri);
    assert.deepEqual(created, [
      'file:///newsroom/ferries-harbour-fees-rise-in-aarhus.news.txt',
      'file:///newsroom/ferries-harbour-fees-rise-in-aarhus-2.news.txt',
    ]);
    const edits = changes.filter((change): change is TextDocumentEdit => 'textDocument' in change);
    const contentOf = (uri: string): string =>
      applied(uri === URI ? text : '', edits.find((edit) => edit.textDocument.uri === uri)!.edits as TextEdit[]);
    assert.equal(contentOf(created[0]!), second.join('\n') + '\n');
    assert.equal(contentOf(created[1]!), third.join('\n') + '\n');
    assert.equal(contentOf(URI), ARTICLE.split('\n').slice(0, 11).join('\n') + '\n');
  });

  it('lints files on disk that are not open and publishes their diagnostics', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-workspace-'));
    try {
      const onDisk = pathToFileURL(join(folder, 'ferries.news.txt')).href;
      writeFileSync(join(folder, 'ferries.news.txt'), ARTICLE);
      await session.initialize();
      const outcome = (await run(SERVER_COMMANDS.lintFiles, {
        uris: [onDisk, pathToFileURL(join(folder, 'missing.news')).href],
      })) as unknown as LintFilesOutcome;
      const diagnostics = await session.pushedDiagnostics(onDisk);
      assert.deepEqual(outcome, { files: 1, problems: diagnostics.length });
      assert.ok(diagnostics.some((diagnostic: Diagnostic) => diagnostic.code === 'duplicate-caption' && diagnostic.range.start.line === 3));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('sums up the article at the cursor for the status bar', async () => {
    await session.initialize();
    await open(ARTICLE);
    const summary = (await session.connection.sendRequest(ArticleSummaryRequest.method, {
      uri: URI,
      position: { line: 10, character: 0 },
    })) as ArticleSummary;
    assert.equal(summary.articles, 1);
    assert.equal(summary.headline, 'Ferry Crews Vote to Return');
    assert.equal(summary.quotes, 2);
    assert.ok(summary.people >= 1, JSON.stringify(summary));
    const diagnostics = await session.pushedDiagnostics(URI);
    assert.equal(summary.problems, diagnostics.length);
  });

  it('gives a file over copydesk.maxFileSize one information diagnostic and no analysis', async () => {
    session.connection.onRequest('workspace/configuration', () => [{ maxFileSize: 100 }]);
    await session.initialize({ workspace: { configuration: true } });
    // Settings are read after `initialized` without waiting; a change notification makes the order certain.
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await open(ARTICLE);
    const diagnostics = await session.pushedDiagnostics(URI, (current) => current.length > 0 && current[0]!.code === 'file-too-large');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, 3);
    assert.match(String(diagnostics[0]!.message), /copydesk\.maxFileSize/);
    const tokens = (await session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as {
      data: number[];
    };
    assert.deepEqual(tokens.data, []);
  });

  it('answers a semantic-token request the editor cancelled while it waited with RequestCancelled, not stale tokens', async () => {
    // A long article keeps the server busy with the diagnostics, so the token request and its cancellation queue up behind it.
    const paragraph = 'Ferry crews in Esbjerg met port officials on Monday to discuss the rota, said union leader Ingrid Solberg.';
    const long = ['Ferry Crews Vote to Return', '', ...Array.from({ length: 600 }, () => [paragraph, '']).flat()].join('\n');
    await session.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    await open(long);
    const diagnostics = session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } });
    const source = new CancellationTokenSource();
    const tokens = session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } }, source.token);
    source.cancel();
    await assert.rejects(tokens, (error: { code?: number }) => error.code === -32800);
    await diagnostics;
    // Asked again, the tokens come.
    const again = (await session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as {
      data: number[];
    };
    assert.ok(again.data.length > 0);
  });

  it('adds front-matter generated from the article, as a command and as a source action', async () => {
    await session.initialize(CLIENT);
    await open(ARTICLE);
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source'] },
    })) as Array<{ title: string; kind: string }>;
    assert.ok(
      actions.some((action) => action.title === 'Add front-matter' && action.kind === 'source.frontMatter'),
      JSON.stringify(actions.map((action) => action.title)),
    );
    const outcome = await run(SERVER_COMMANDS.addFrontMatter, { uri: URI });
    assert.equal(outcome.changed, true, outcome.message);
    const text = editedText(ARTICLE);
    assert.match(text, /^---\n[\s\S]*Ferry Crews Vote to Return[\s\S]*\n---\n/);
    assert.ok(text.endsWith(ARTICLE), 'the article itself is untouched');
  });
});
