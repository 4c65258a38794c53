import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CodeAction, InitializeResult, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SERVER_COMMANDS, type CommandOutcome } from '../../src/server/protocol';
import { decodeSemanticTokens, LspSession } from './lsp-client';

const URI = 'file:///newsroom/pilots.news.txt';

/** Our own story: a dateline place the tagger finds, and a crew nickname it does not. */
const STORY = [
  'Harbour Pilots Return to Work',
  '',
  'The harbour pilots in Esbjerg ended their strike on Monday, union leader Ingrid Solberg said.',
  '',
  '"We are glad it is over and the ships can sail," she said, as the crew of the Tordenskjold cheered.',
  '',
].join('\n');

/** Semantic tokens decoded back to `type:text`, as an editor colours them. */
function decodeTokens(tokens: SemanticTokens, legend: { tokenTypes: string[] }, text: string): string[] {
  return decodeSemanticTokens(tokens, legend, text).map((token) => `${token.type}:${token.text}`);
}

/** The range of the first `words` in `text`, as the editor's selection. */
function selection(text: string, words: string) {
  const document = TextDocument.create(URI, 'news', 1, text);
  const start = text.indexOf(words);
  assert.notEqual(start, -1, `${words} is not in the text`);
  return { start: document.positionAt(start), end: document.positionAt(start + words.length) };
}

function applied(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'news', 1, text), edits);
}

describe("the editor's annotations over JSON-RPC", function () {
  let session: LspSession;
  let legend: { tokenTypes: string[] };
  let version: number;

  beforeEach(async () => {
    session = new LspSession();
    const init = (await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { applyEdit: true } },
    })) as InitializeResult;
    legend = init.capabilities.semanticTokensProvider!.legend;
    version = 1;
  });

  afterEach(async () => {
    await session.close();
  });

  async function open(text: string): Promise<void> {
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news', version: 1, text } });
  }

  /** The editor applies an edit: the whole new text, as the next version. */
  async function change(text: string): Promise<void> {
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: ++version },
      contentChanges: [{ text }],
    });
  }

  async function tokens(text: string): Promise<string[]> {
    return decodeTokens(
      (await session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as SemanticTokens,
      legend,
      text,
    );
  }

  async function actionsOn(text: string, words: string): Promise<CodeAction[]> {
    return (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: selection(text, words),
      context: { diagnostics: [], only: ['refactor.rewrite'] },
    })) as CodeAction[];
  }

  it('unmarks a place, marks a person and sets a speaker, and the highlighting follows; the decisions survive reopening', async () => {
    await open(STORY);
    assert.ok((await tokens(STORY)).includes('place:Esbjerg'));

    // A code action: one WorkspaceEdit the editor applies, so one undo reverts it.
    const actions = await actionsOn(STORY, 'Esbjerg');
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Mark as Person', 'Mark as Organisation', 'Mark as Place', 'Not an Entity'],
    );
    const notEntity = actions.find((action) => action.title === 'Not an Entity')!;
    assert.equal(notEntity.kind, 'refactor.rewrite');
    let text = applied(STORY, notEntity.edit!.changes![URI]!);
    assert.ok(text.startsWith('---\nannotations:\n  notEntities:\n    - Esbjerg\n---\n\n') && text.endsWith(STORY));
    await change(text);
    assert.ok(!(await tokens(text)).some((token) => token.endsWith(':Esbjerg')), 'Esbjerg is no longer coloured');

    // The same through workspace/executeCommand, as other editors call it.
    assert.ok(!(await tokens(text)).includes('person:Tordenskjold'), 'not a person before it is marked');
    const outcome = (await session.connection.sendRequest('workspace/executeCommand', {
      command: SERVER_COMMANDS.markPerson,
      arguments: [{ uri: URI, range: selection(text, 'Tordenskjold') }],
    })) as CommandOutcome;
    assert.equal(outcome.changed, true);
    assert.equal(session.appliedEdits.length, 1);
    text = applied(text, session.appliedEdits[0]!.changes![URI]!);
    await change(text);
    assert.ok((await tokens(text)).includes('person:Tordenskjold'));

    const speaker = (await actionsOn(text, 'the ships can sail')).find((action) => action.title === 'Set Speaker of This Quote…');
    assert.equal(speaker?.command?.command, 'copydesk.setSpeaker', 'VS Code asks for the name, then runs the server command');
    await session.connection.sendRequest('workspace/executeCommand', {
      command: SERVER_COMMANDS.setSpeaker,
      arguments: [{ uri: URI, range: selection(text, 'the ships can sail'), speaker: 'Ingrid Solberg' }],
    });
    text = applied(text, session.appliedEdits[1]!.changes![URI]!);
    assert.match(text, /^ {2}speakers:\n {4}- quote: the ships can sail\n {6}speaker: Ingrid Solberg\n/m);

    // Reopened (a fresh didOpen of the saved text), the decisions are read from the front-matter again.
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    await open(text);
    const reopened = await tokens(text);
    assert.ok(reopened.includes('person:Tordenskjold'));
    assert.ok(!reopened.some((token) => token.endsWith(':Esbjerg')));
  });

  it('"Not an Entity" on a span the editor marked takes the mark back', async () => {
    await open(STORY);
    const person = (await actionsOn(STORY, 'Tordenskjold')).find((action) => action.title === 'Mark as Person')!;
    const marked = applied(STORY, person.edit!.changes![URI]!);
    await change(marked);
    const unmark = (await actionsOn(marked, 'Tordenskjold')).find((action) => action.title === 'Not an Entity')!;
    const unmarked = applied(marked, unmark.edit!.changes![URI]!);
    assert.ok(!unmarked.includes('entities:\n'), 'the mark is gone');
    assert.match(unmarked, /notEntities:\n {4}- Tordenskjold\n/);
    await change(unmarked);
    assert.ok(!(await tokens(unmarked)).some((token) => token.endsWith(':Tordenskjold')));
  });

  it('keeps a front-matter that was up to date in step: the unmarked place leaves `places` in the same edit', async () => {
    await open(STORY);
    await session.connection.sendRequest('workspace/executeCommand', {
      command: SERVER_COMMANDS.addFrontMatter,
      arguments: [{ uri: URI }],
    });
    const described = applied(STORY, session.appliedEdits[0]!.changes![URI]!);
    assert.match(described, /^places:\n {2}- Esbjerg\n/m);
    await change(described);
    const notEntity = (await actionsOn(described, 'Esbjerg')).find((action) => action.title === 'Not an Entity')!;
    assert.equal(notEntity.edit?.changes?.[URI]?.length, 1, 'one edit, so one undo reverts both');
    const text = applied(described, notEntity.edit!.changes![URI]!);
    assert.doesNotMatch(text, /^places:/m);
    assert.match(text, /^annotations:\n {2}notEntities:\n {4}- Esbjerg\n---\n/m);
    assert.equal(text.slice(text.indexOf('---\n', 4)), described.slice(described.indexOf('---\n', 4)), 'the article is untouched');
  });

  it('defers the edit to codeAction/resolve for a client that resolves edits, and resolves to the same edit', async () => {
    await open(STORY);
    const eager = (await actionsOn(STORY, 'Esbjerg')).find((action) => action.title === 'Not an Entity')!;
    const lazy = new LspSession();
    try {
      await lazy.connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: null,
        capabilities: { textDocument: { codeAction: { resolveSupport: { properties: ['edit'] } } } },
      });
      await lazy.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: URI, languageId: 'news', version: 1, text: STORY },
      });
      const actions = (await lazy.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: URI },
        range: selection(STORY, 'Esbjerg'),
        context: { diagnostics: [], only: ['refactor.rewrite'] },
      })) as CodeAction[];
      const deferred = actions.find((action) => action.title === 'Not an Entity')!;
      assert.equal(deferred.edit, undefined, 'no edit until the editor picks the action');
      const resolved = (await lazy.connection.sendRequest('codeAction/resolve', deferred)) as CodeAction;
      assert.deepEqual(resolved.edit, eager.edit);
    } finally {
      await lazy.close();
    }
  });

  it('refuses on a file of several articles, saying why, and disables the actions', async () => {
    const two = `${STORY}\n\nMuseum Reopens After Flood\n\nThe polar museum in Tromsø reopened on Saturday, director Sigrid Berg said.\n`;
    await open(two);
    const outcome = (await session.connection.sendRequest('workspace/executeCommand', {
      command: SERVER_COMMANDS.markNotEntity,
      arguments: [{ uri: URI, range: selection(two, 'Esbjerg') }],
    })) as CommandOutcome;
    assert.equal(outcome.changed, false);
    assert.match(outcome.message, /2 articles: split them into files first/);
    assert.equal(session.appliedEdits.length, 0);
    const actions = await actionsOn(two, 'Esbjerg');
    assert.ok(actions.length > 0 && actions.every((action) => action.disabled && !action.edit));
  });
});

describe('the annotation commands in the VS Code palette', () => {
  it('lists each under Copydesk, the marks only when text is selected', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      contributes: {
        commands: Array<{ command: string; title: string; category: string }>;
        menus: { commandPalette: Array<{ command: string; when: string }> };
      };
    };
    const palette = (id: string) => {
      const command = manifest.contributes.commands.find((entry) => entry.command === id);
      return `${command?.category}: ${command?.title} (${manifest.contributes.menus.commandPalette.find((entry) => entry.command === id)?.when})`;
    };
    assert.deepEqual(
      [
        'copydesk.markPerson',
        'copydesk.markOrganisation',
        'copydesk.markPlace',
        'copydesk.markNotEntity',
        'copydesk.setSpeaker',
        'copydesk.setArticleDate',
      ].map(palette),
      [
        'Copydesk: Mark as Person (editorHasSelection)',
        'Copydesk: Mark as Organisation (editorHasSelection)',
        'Copydesk: Mark as Place (editorHasSelection)',
        'Copydesk: Not an Entity (editorHasSelection)',
        'Copydesk: Set Speaker of This Quote… (editorIsOpen)',
        'Copydesk: Set Article Date… (editorIsOpen)',
      ],
    );
  });
});
