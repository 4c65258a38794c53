import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type {
  CodeAction,
  CodeLens,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  Hover,
  InlayHint,
  InitializeResult,
  Location,
  Position,
  SemanticTokens,
  SemanticTokensDelta,
  TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeSemanticTokens, LspSession } from './lsp-client';

/** Our own article in the sample's shape: caption pasted twice, a marker, the headline again. */
const ARTICLE = [
  'Harbour Pilots Strike for Second Day',
  '',
  '4 March 2025, Norway, Tromsø: Pilot boats stay moored at the quay in Tromsø harbour. (NTB via AP)',
  '4 March 2025, Norway, Tromsø: Pilot boats stay moored at the quay in Tromsø harbour. (NTB via AP)',
  'TT',
  '',
  'Harbour Pilots Strike for Second Day',
  '',
  'Harbour pilots in northern Norway stayed off work on Tuesday, leaving cargo ships waiting outside Tromsø.',
  '',
  '"We will not go back until the rota is fixed," union leader Ingrid Solberg said.',
  '',
].join('\n');

const URI = 'file:///newsroom/pilots.news.txt';

function applyEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'news', 1, text), edits);
}

/** Semantic tokens decoded back to `type[+modifiers]:text`, as an editor would colour them. */
function decodeTokens(tokens: SemanticTokens, legend: { tokenTypes: string[]; tokenModifiers: string[] }, text: string): string[] {
  return decodeSemanticTokens(tokens, legend, text).map((token) => `${[token.type, ...token.modifiers].join('+')}:${token.text}`);
}

function rulesOf(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.code}`);
}

describe('language server over stdio JSON-RPC', function () {
  let session: LspSession;

  beforeEach(async () => {
    session = new LspSession();
  });

  afterEach(async () => {
    await session.close();
  });

  it('pushes diagnostics on open and change, with codes, docs links, related places and tags', async () => {
    await session.initialize();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE },
    });
    const diagnostics = await session.pushedDiagnostics(URI);
    assert.deepEqual(rulesOf(diagnostics), ['4:duplicate-caption', '5:scrape-artifact', '7:repeated-headline']);
    const caption = diagnostics[0]!;
    assert.equal(caption.source, 'copydesk');
    assert.match(caption.codeDescription!.href, /docs\/rules\/duplicate-caption\.md$/);
    assert.equal(caption.relatedInformation![0]!.location.range.start.line, 2);
    assert.deepEqual(caption.tags, [1]);

    // Deleting the stray marker line clears its diagnostic.
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: '' }],
    });
    const after = await session.pushedDiagnostics(URI, (current) => !current.some((diagnostic) => diagnostic.code === 'scrape-artifact'));
    assert.deepEqual(rulesOf(after), ['4:duplicate-caption', '6:repeated-headline']);

    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    assert.deepEqual(await session.pushedDiagnostics(URI, (current) => current.length === 0), []);
  });

  it('answers pull diagnostics when the client supports them', async () => {
    await session.initialize({ textDocument: { diagnostic: { dynamicRegistration: false } } });
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE },
    });
    const report = (await session.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as {
      kind: string;
      items: Diagnostic[];
    };
    assert.equal(report.kind, 'full');
    assert.deepEqual(rulesOf(report.items), ['4:duplicate-caption', '5:scrape-artifact', '7:repeated-headline']);
  });

  it('offers a quick fix per diagnostic and a fix-all that leaves the cleaned article', async () => {
    await session.initialize();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE },
    });
    const diagnostics = await session.pushedDiagnostics(URI);
    const marker = diagnostics.find((diagnostic) => diagnostic.code === 'scrape-artifact')!;
    const actions = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: marker.range,
      context: { diagnostics: [marker], only: ['quickfix'] },
    })) as CodeAction[];
    const single = actions.find((action) => action.diagnostics?.[0]?.code === 'scrape-artifact')!;
    const withoutMarker = applyEdits(ARTICLE, single.edit!.changes![URI]!);
    assert.equal(withoutMarker, ARTICLE.replace('TT\n', ''));

    const fixAll = (await session.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.copydesk'] },
    })) as CodeAction[];
    assert.equal(fixAll.length, 1);
    const cleaned = applyEdits(ARTICLE, fixAll[0]!.edit!.changes![URI]!);
    const lines = ARTICLE.split('\n');
    assert.equal(cleaned, [lines[0], '', lines[2], '', ...lines.slice(8)].join('\n'));
  });

  it('colours names, places, dates, quotes, speakers, captions, credits, datelines and the headline', async () => {
    const init = (await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    })) as InitializeResult;
    await session.connection.sendNotification('initialized', {});
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE },
    });
    const legend = init.capabilities.semanticTokensProvider!.legend;
    const tokens = decodeTokens(
      (await session.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: URI } })) as SemanticTokens,
      legend,
      ARTICLE,
    );
    // Inner tokens win: the caption's dateline shows around its date and places, the caption around its names.
    for (const expected of [
      'headline:Harbour Pilots Strike for Second Day',
      'date:4 March 2025',
      'dateline:, ',
      'place:Norway',
      'caption+duplicate: Pilot boats stay moored at the quay in ',
      'date+relative:Tuesday',
      'quote:"We will not go back until the rota is fixed,"',
      'speaker:Ingrid Solberg',
    ]) {
      assert.ok(tokens.includes(expected), `${expected} in ${tokens.join(' | ')}`);
    }
    assert.ok(
      tokens.some((token) => token.startsWith('credit:')),
      tokens.join(' | '),
    );
    const visible = decodeTokens(
      (await session.connection.sendRequest('textDocument/semanticTokens/range', {
        textDocument: { uri: URI },
        range: { start: { line: 8, character: 0 }, end: { line: 9, character: 0 } },
      })) as SemanticTokens,
      legend,
      ARTICLE,
    );
    assert.ok(visible.includes('date+relative:Tuesday') && !visible.some((token) => token.startsWith('headline:')), visible.join(' | '));
  });

  it("answers a keystroke's highlighting with the edits since the tokens the editor holds", async () => {
    const init = (await session.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
    })) as InitializeResult;
    await session.connection.sendNotification('initialized', {});
    assert.deepEqual(init.capabilities.semanticTokensProvider!.full, { delta: true });
    const legend = init.capabilities.semanticTokensProvider!.legend;
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE },
    });
    const first = (await session.connection.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: URI },
    })) as SemanticTokens;
    assert.ok(first.resultId, 'a result id to ask for edits against');

    // The reporter names who led the strike in the first paragraph.
    const edited = ARTICLE.replace('stayed off work', 'led by Lars Eriksen stayed off work');
    const at = ARTICLE.split('\n')[8]!.indexOf('stayed off work');
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 8, character: at }, end: { line: 8, character: at } }, text: 'led by Lars Eriksen ' }],
    });
    const delta = (await session.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: URI },
      previousResultId: first.resultId,
    })) as SemanticTokensDelta;
    assert.ok(delta.edits, 'edits, not a whole result');
    const changed = delta.edits.reduce((sum, edit) => sum + (edit.data?.length ?? 0), 0);
    assert.ok(changed < first.data.length, `${changed} numbers sent instead of ${first.data.length}`);
    const data = [...first.data];
    for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) data.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
    const whole = (await session.connection.sendRequest('textDocument/semanticTokens/full', {
      textDocument: { uri: URI },
    })) as SemanticTokens;
    assert.deepEqual(data, whole.data);
    assert.ok(decodeTokens({ data }, legend, edited).includes('person:Lars Eriksen'), decodeTokens({ data }, legend, edited).join(' | '));

    // Against a result the server no longer holds, the answer is the whole result.
    const stale = (await session.connection.sendRequest('textDocument/semanticTokens/full/delta', {
      textDocument: { uri: URI },
      previousResultId: 'not-a-result',
    })) as SemanticTokens;
    assert.deepEqual(stale.data, whole.data);
  });

  it('answers hovers on a relative date and a name, shows the resolved date inline, and sums up the article above its headline', async () => {
    await session.initialize();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE },
    });
    const tuesday = ARTICLE.split('\n')[8]!.indexOf('Tuesday');
    const onDate = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: 8, character: tuesday + 2 },
    })) as Hover;
    const dateText = (onDate.contents as { value: string }).value;
    assert.match(dateText, /2025-03-04/);
    assert.match(dateText, /Tuesday/);
    assert.match(dateText, /article's date `2025-03-04`, read from its caption/);
    const solberg = ARTICLE.split('\n')[10]!.indexOf('Solberg');
    const onName = (await session.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: URI },
      position: { line: 10, character: solberg },
    })) as Hover;
    assert.match((onName.contents as { value: string }).value, /\*\*Person\*\* · Ingrid Solberg/);

    const hints = (await session.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
    })) as InlayHint[];
    assert.deepEqual(
      hints.map((hint) => [hint.position.line, hint.position.character, hint.label]),
      [[8, tuesday + 'Tuesday'.length, '2025-03-04']],
    );

    const lenses = (await session.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } })) as CodeLens[];
    assert.ok(
      lenses.every((lens) => lens.range.start.line === 0 && lens.range.start.character === 0),
      'above the headline',
    );
    assert.match(
      lenses.map((lens) => lens.command!.title).join(' · '),
      /^1 person · \d+ places? · \d+ organisations? · 1 quote · 3 problems$/,
    );
    // Each count lists what it counts: the mentions, as locations in the article.
    const listed = (lens: CodeLens): string[] => {
      assert.equal(lens.command!.command, 'copydesk.showMentions');
      const [uri, position, locations] = lens.command!.arguments as [string, Position, Location[]];
      assert.equal(uri, URI);
      assert.deepEqual(position, { line: 0, character: 0 });
      return locations.map(({ range }) => ARTICLE.split('\n')[range.start.line]!.slice(range.start.character, range.end.character));
    };
    const [people, places, , quotes, problems] = lenses;
    assert.deepEqual(listed(people!), ['Ingrid Solberg']);
    assert.ok(listed(places!).includes('Tromsø'), listed(places!).join(' | '));
    assert.deepEqual(listed(quotes!), ['"We will not go back until the rota is fixed,"']);
    assert.equal(problems!.command!.command, 'workbench.actions.view.problems');
  });

  it('words a vague or seasonal date for the editor: a hint for the summer, none for recent years, and the TimeML value in the hover', async () => {
    const text = [
      'Ferry Fares to Rise Before the Summer',
      '',
      '2 May 2025, Norway, Bodø: A ferry leaves the quay. (NTB)',
      '',
      'Fares will rise before the summer, the operator said. In recent years the route has lost money.',
      '',
    ].join('\n');
    await session.initialize();
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'news', version: 1, text } });
    const line = text.split('\n')[4]!;
    const hints = (await session.connection.sendRequest('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } },
    })) as InlayHint[];
    const headline = text.split('\n')[0]!;
    assert.deepEqual(
      hints.map((hint) => [hint.position.line, hint.position.character, hint.label]),
      [
        [0, headline.length, 'summer 2025'],
        [4, line.indexOf('summer') + 'summer'.length, 'summer 2025'],
      ],
    );
    const hover = async (word: string): Promise<string> => {
      const found = (await session.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: URI },
        position: { line: 4, character: line.indexOf(word) + 1 },
      })) as Hover;
      return (found.contents as { value: string }).value;
    };
    assert.match(await hover('summer'), /\*\*Date\*\* · summer 2025 · `2025-SU`/);
    assert.match(await hover('recent'), /\*\*Date\*\* · some time before the article's date · `PAST_REF`/);
  });

  it('applies the nearest .copydeskrc, and re-reads it when it changes', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'copydesk-lsp-'));
    try {
      writeFileSync(join(folder, '.copydeskrc.yaml'), 'rules:\n  scrape-artifact: off\n');
      const uri = pathToFileURL(join(folder, 'pilots.news.txt')).href;
      await session.initialize();
      await session.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'news', version: 1, text: ARTICLE },
      });
      assert.deepEqual(rulesOf(await session.pushedDiagnostics(uri)), ['4:duplicate-caption', '7:repeated-headline']);
      writeFileSync(join(folder, '.copydeskrc.yaml'), 'rules:\n  repeated-headline: off\n');
      await session.connection.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: pathToFileURL(join(folder, '.copydeskrc.yaml')).href, type: 2 }],
      });
      const after = await session.pushedDiagnostics(
        uri,
        (current) => !current.some((diagnostic) => diagnostic.code === 'repeated-headline'),
      );
      assert.deepEqual(rulesOf(after), ['4:duplicate-caption', '5:scrape-artifact']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('gives the article outline and folding ranges', async () => {
    await session.initialize();
    await session.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: URI, languageId: 'news', version: 1, text: ARTICLE },
    });
    const symbols = (await session.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri: URI },
    })) as DocumentSymbol[];
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0]!.name, 'Harbour Pilots Strike for Second Day');
    assert.deepEqual(
      symbols[0]!.children!.map((child) => child.detail),
      ['headline', 'NTB via AP', 'crosshead'],
    );
    const folds = (await session.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: URI } })) as FoldingRange[];
    assert.deepEqual(
      folds.map((fold) => [fold.startLine, fold.endLine]),
      [
        [0, 10],
        [2, 4],
      ],
    );
  });
});
