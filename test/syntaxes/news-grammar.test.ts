// The TextMate grammar, tokenized by the same engine VS Code uses
// (vscode-textmate on the Oniguruma WebAssembly build). Each case names a
// piece of an article and the scope an editor's theme colours it by.
import * as assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { before, describe, it } from 'mocha';
import type { IGrammar, StateStack } from 'vscode-textmate';

// Both packages are CommonJS whose exports Node's ES module loader cannot name.
const require = createRequire(import.meta.url);
const { createOnigScanner, createOnigString, loadWASM } = require('vscode-oniguruma') as typeof import('vscode-oniguruma');
const { INITIAL, parseRawGrammar, Registry } = require('vscode-textmate') as typeof import('vscode-textmate');

/** VS Code ships the YAML grammar the front-matter embeds; this stand-in only has to exist, or the including rule is dropped. */
const YAML_STAND_IN = JSON.stringify({ scopeName: 'source.yaml', patterns: [] });

async function loadNewsGrammar(): Promise<IGrammar> {
  await loadWASM((await readFile(require.resolve('vscode-oniguruma/release/onig.wasm'))).buffer as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner, createOnigString }),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.news')
        return parseRawGrammar(await readFile('syntaxes/news.tmLanguage.json', 'utf8'), 'news.tmLanguage.json');
      return scopeName === 'source.yaml' ? parseRawGrammar(YAML_STAND_IN, 'yaml.json') : null;
    },
  });
  const grammar = await registry.loadGrammar('text.news');
  if (!grammar) throw new Error('syntaxes/news.tmLanguage.json did not load');
  return grammar;
}

/** Each line's tokens as [text, scopes] pairs. */
function tokenize(grammar: IGrammar, text: string): Array<Array<[string, string[]]>> {
  let state: StateStack = INITIAL;
  return text.split('\n').map((line) => {
    const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
    state = ruleStack;
    return tokens.map((token): [string, string[]] => [line.slice(token.startIndex, token.endIndex), token.scopes]);
  });
}

/** The scopes of the token that holds the start of `fragment` on line `line` (1-based). */
function scopesOf(lines: Array<Array<[string, string[]]>>, line: number, fragment: string): string[] {
  const token = lines[line - 1]?.find(
    ([text]) => text.trim() !== '' && (text.trim().startsWith(fragment) || fragment.startsWith(text.trim())),
  );
  assert.ok(token, `no token starts "${fragment}" on line ${line}: ${JSON.stringify(lines[line - 1]?.map(([text]) => text))}`);
  return token[1];
}

const ARTICLE = [
  'Harbour Bridge in Tallinn Reopens to Cyclists',
  '',
  '3 April 2025, Estonia, Tallinn: Cyclists cross the repaired bridge. (Photo: Mart Kask/dpa)',
  'Harbour Bridge in Tallinn Reopens to Cyclists',
  '',
  '"We replaced every joint," said Liis Tamm, the city’s engineer.',
  '“It should now last,” she said on 14 May, citing a count from 2024-09-12.',
  '‘Thirty years’',
  'The count (taken in spring) was higher than the year before.',
].join('\n');

describe('The news TextMate grammar', () => {
  let lines: Array<Array<[string, string[]]>>;
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadNewsGrammar();
    lines = tokenize(grammar, ARTICLE);
  });

  it('takes the first line for the headline, and only the first', () => {
    assert.ok(scopesOf(lines, 1, 'Harbour Bridge').includes('markup.heading.headline.news'));
    assert.ok(!scopesOf(lines, 4, 'Harbour Bridge').includes('markup.heading.headline.news'));
  });

  it('marks a caption, its dateline and its credit', () => {
    assert.ok(scopesOf(lines, 3, 'Cyclists cross').includes('meta.caption.news'));
    assert.ok(scopesOf(lines, 3, '3 April 2025').includes('constant.other.date.written.news'));
    assert.ok(scopesOf(lines, 3, ', Estonia, Tallinn:').includes('entity.name.section.dateline.news'));
    assert.ok(scopesOf(lines, 3, 'Photo: Mart Kask/dpa').includes('entity.name.tag.credit.news'));
  });

  it('does not take a paragraph with a parenthesis inside it for a caption', () => {
    assert.ok(!scopesOf(lines, 9, 'The count').includes('meta.caption.news'));
  });

  it('marks straight, curly and single curly quotations, but not apostrophes', () => {
    assert.ok(scopesOf(lines, 6, 'We replaced every joint,').includes('string.quoted.double.straight.news'));
    assert.ok(!scopesOf(lines, 6, 'said Liis Tamm, the city’s engineer.').some((scope) => scope.startsWith('string.')));
    assert.ok(scopesOf(lines, 7, 'It should now last,').includes('string.quoted.double.curly.news'));
    assert.ok(scopesOf(lines, 8, 'Thirty years').includes('string.quoted.single.curly.news'));
  });

  it('marks written and ISO dates', () => {
    assert.ok(scopesOf(lines, 7, '14 May').includes('constant.other.date.written.news'));
    assert.ok(scopesOf(lines, 7, '2024-09-12').includes('constant.other.date.iso.news'));
  });

  it('embeds front-matter as YAML, and a Markdown # heading is a heading', () => {
    const markdown = tokenize(grammar, '---\ntitle: Night Ferry\n---\n\n# Night Ferry Gets a Second Boat\n');
    assert.ok(!scopesOf(markdown, 1, '---').includes('markup.heading.headline.news'));
    assert.ok(scopesOf(markdown, 2, 'title: Night Ferry').includes('meta.embedded.block.frontmatter'));
    assert.ok(scopesOf(markdown, 5, 'Night Ferry Gets').includes('markup.heading.news'));
    assert.ok(!scopesOf(markdown, 5, 'Night Ferry Gets').includes('meta.embedded.block.frontmatter'));
  });
});
