import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, describe, it } from 'mocha';
import { openFixture, revertActiveEditor, waitFor } from './helpers';

/** `type[+modifiers]@line:text` for each semantic token, decoded with the provider's own legend, as a theme would see it. */
async function decodedTokens(document: vscode.TextDocument): Promise<string[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
    'vscode.provideDocumentSemanticTokensLegend',
    document.uri,
  );
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
    'vscode.provideDocumentSemanticTokens',
    document.uri,
  );
  if (!legend || !tokens) return [];
  const decoded: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = Array.from(tokens.data.slice(i, i + 5)) as [
      number,
      number,
      number,
      number,
      number,
    ];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const names = legend.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
    const text = document.lineAt(line).text.slice(character, character + length);
    decoded.push(`${[legend.tokenTypes[type], ...names].join('+')}@${line + 1}:${text}`);
  }
  return decoded;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

// `port-talks.news` is written so each kind has a clear case; other spans
// the tagger may read differently are not asserted.
describe('Entities, dates and quotes from the semantic-token provider', () => {
  afterEach(revertActiveEditor);

  it('colours people, places, organisations, dates and quotes at their spans', async () => {
    const { document } = await openFixture('port-talks.news');
    const tokens = await waitFor(
      'semantic tokens',
      () => decodedTokens(document),
      (found) => found.length > 0,
    );
    for (const expected of [
      'person@7:Anna Bakker',
      'speaker@7:Pieter de Vries',
      'place@5:Rotterdam',
      'place@3:Netherlands',
      'organization@7:European Commission',
      'date@3:11 June 2025',
      'date@9:18 June 2025',
      'date+relative@5:Wednesday',
    ]) {
      assert.ok(tokens.includes(expected), `${expected} among ${tokens.join(' | ')}`);
    }
    assert.ok(
      tokens.some((token) => token.startsWith('quote@7:"We want a deal')),
      `the quote among ${tokens.join(' | ')}`,
    );
    assert.ok(tokens.includes('headline@1:Port Workers and Owners Resume Talks in '), 'the headline around its place');
  });

  it('gives the resolved date on hover over a relative date', async () => {
    const { document } = await openFixture('port-talks.news');
    const line = 4;
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('Wednesday') + 3);
    const hovers = await waitFor(
      'a hover',
      async () => await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position),
      (found) => hoverText(found).includes('Date'),
    );
    const text = hoverText(hovers);
    assert.match(text, /2025-06-11/);
    assert.match(text, /Wednesday/);
    assert.match(text, /read from its caption/);
  });

  it('counts people, places, organisations and quotes above the headline, and lists the people when clicked', async () => {
    const { document } = await openFixture('port-talks.news');
    const lenses = await waitFor(
      'the counts above the headline',
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ?? [],
      (found) => found.length > 0,
    );
    assert.ok(
      lenses.every((lens) => lens.range.start.line === 0),
      'on the headline',
    );
    const titles = lenses.map((lens) => lens.command?.title ?? '');
    assert.ok(
      titles.some((title) => /^\d+ (person|people)$/.test(title)) && titles.some((title) => /^\d+ quotes?$/.test(title)),
      titles.join(' | '),
    );
    const people = lenses.find((lens) => /(person|people)$/.test(lens.command?.title ?? ''))!.command!;
    assert.equal(people.command, 'copydesk.showMentions');
    const [, , locations] = people.arguments as [
      string,
      unknown,
      Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } } }>,
    ];
    const named = locations.map(({ range }) => document.lineAt(range.start.line).text.slice(range.start.character, range.end.character));
    assert.ok(named.includes('Anna Bakker'), named.join(' | '));
    // Clicking runs the extension's command, which opens VS Code's reference list on the mentions.
    await vscode.commands.executeCommand(people.command, ...(people.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});

describe('Cleanup commands through the server', () => {
  afterEach(revertActiveEditor);

  it('Remove Duplicate Captions leaves one copy of each caption and everything else, undone by one undo', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    const original = document.getText();
    const lines = original.split('\n');
    await vscode.commands.executeCommand('copydesk.removeDuplicateCaptions');
    await waitFor(
      'the edit',
      () => document.getText(),
      (text) => text !== original,
    );
    const left = document.getText().split('\n');
    assert.equal(left.filter((line) => line === lines[2]).length, 1, 'one copy of the first caption');
    assert.ok(left.includes('TT'), 'the marker is left to Remove Scrape Artifacts');
    assert.equal(left.filter((line) => line === lines[0]).length, 2, 'the repeated headline is left too');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original);
  });

  it('Remove Scrape Artifacts takes out the TT marker and the repeated headline', async () => {
    const { document } = await openFixture('harbour-bridge.news');
    const original = document.getText();
    const headline = original.split('\n')[0]!;
    await vscode.commands.executeCommand('copydesk.removeScrapeArtifacts');
    await waitFor(
      'the edit',
      () => document.getText(),
      (text) => text !== original,
    );
    const left = document.getText().split('\n');
    assert.ok(!left.includes('TT'));
    assert.equal(left.filter((line) => line === headline).length, 1);
  });

  it('Add or Update Front-Matter writes a YAML block above the article from its headline', async () => {
    const { document } = await openFixture('port-talks.news');
    const original = document.getText();
    await vscode.commands.executeCommand('copydesk.addFrontMatter');
    await waitFor(
      'the front-matter',
      () => document.getText(),
      (text) => text !== original,
    );
    const text = document.getText();
    assert.match(text, /^---\n[\s\S]*Port Workers and Owners Resume Talks in Rotterdam[\s\S]*\n---\n/);
    assert.ok(text.endsWith(original), 'the article itself is untouched');
  });
});
