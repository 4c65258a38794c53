import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, InitializeResult, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeSemanticTokens, LspSession } from './lsp-client';

/** Our own story: a harbour name the tagger has no reason to know as a person's. */
const STORY = ['Ferry Returns to Service', '', 'The ferry Tordenskjold returned to service on Monday, the harbour office said.', ''].join(
  '\n',
);

/** The token types the server gives the word at `line` and `character`. */
function typesAt(tokens: SemanticTokens, legend: string[], line: number, character: number): string[] {
  return decodeSemanticTokens(tokens, { tokenTypes: legend }, STORY)
    .filter((token) => token.line === line && token.character <= character && character < token.character + token.length)
    .map((token) => token.type);
}

describe('the workspace dictionary from the editor', () => {
  let folder: string;
  let session: LspSession;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'copydesk-dictionary-'));
    session = new LspSession();
  });
  afterEach(async () => {
    await session.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('adds a selected name to the dictionary the configuration names, and every article then reads it so', async () => {
    writeFileSync(join(folder, '.copydeskrc.yaml'), 'dictionary: names.yaml\n');
    writeFileSync(join(folder, 'names.yaml'), "# The desk's own names\nentities:\n  - name: Kim Jong Un\n    type: person\nignore: [TT]\n");
    const uri = pathToFileURL(join(folder, 'ferry.news')).href;
    const init = (await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    })) as InitializeResult;
    await session.connection.sendNotification('initialized', {});
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'news', version: 1, text: STORY },
    });
    const column = STORY.split('\n')[2]!.indexOf('Tordenskjold');
    const range = { start: { line: 2, character: column }, end: { line: 2, character: column + 'Tordenskjold'.length } };
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only: ['refactor.rewrite'] },
    })) as CodeAction[];
    const add = actions.find((action) => action.title === 'Add “Tordenskjold” to the Workspace Dictionary as Person')!;
    const dictionaryUri = pathToFileURL(join(folder, 'names.yaml')).href;
    const edits = add.edit!.changes![dictionaryUri] as TextEdit[];
    const before = readFileSync(join(folder, 'names.yaml'), 'utf8');
    const after = TextDocument.applyEdits(TextDocument.create(dictionaryUri, 'yaml', 1, before), edits);
    assert.equal(
      after,
      "# The desk's own names\nentities:\n  - name: Kim Jong Un\n    type: person\n  - name: Tordenskjold\n    type: person\nignore: [ TT ]\n",
    );

    // The editor saves the file; its watcher tells the server, which reads the dictionary again.
    writeFileSync(join(folder, 'names.yaml'), after);
    await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: dictionaryUri, type: 2 }] });
    const legend = init.capabilities.semanticTokensProvider!.legend.tokenTypes;
    const tokens = (await session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } })) as SemanticTokens;
    assert.deepEqual(typesAt(tokens, legend, 2, column), ['person']);

    const again = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only: ['refactor.rewrite'] },
    })) as CodeAction[];
    assert.match(again.find((action) => action.title === add.title)!.disabled!.reason, /in the dictionary already/);
  });

  it('offers nothing when no dictionary is configured', async () => {
    const uri = pathToFileURL(join(folder, 'ferry.news')).href;
    await session.initialize();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'news', version: 1, text: STORY },
    });
    const range = { start: { line: 2, character: 10 }, end: { line: 2, character: 22 } };
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only: ['refactor.rewrite'] },
    })) as CodeAction[];
    assert.ok(!actions.some((action) => action.title.includes('Workspace Dictionary')));
  });
});
