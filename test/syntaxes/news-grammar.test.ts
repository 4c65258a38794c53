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
    assert.ok(scopesOf(lines, 3, '3 April 2025').includes('constant.numeric.date.written.news'));
    assert.ok(scopesOf(lines, 3, ', Estonia, Tallinn:').includes('keyword.other.dateline.news'));
    assert.ok(scopesOf(lines, 3, 'Photo: Mart Kask/dpa').includes('constant.regexp.credit.news'));
  });

  it('does not take a paragraph with a parenthesis inside it for a caption', () => {
    assert.ok(!scopesOf(lines, 9, 'The count').includes('meta.caption.news'));
  });

  it('marks straight, curly and single curly quotations, but not apostrophes', () => {
    assert.ok(scopesOf(lines, 6, 'We replaced every joint,').includes('meta.quote.double.straight.news'));
    assert.ok(!scopesOf(lines, 6, 'said Liis Tamm, the city’s engineer.').some((scope) => scope.startsWith('string.')));
    assert.ok(scopesOf(lines, 7, 'It should now last,').includes('meta.quote.double.curly.news'));
    assert.ok(scopesOf(lines, 8, 'Thirty years').includes('meta.quote.single.curly.news'));
  });

  it('marks written and ISO dates', () => {
    assert.ok(scopesOf(lines, 7, '14 May').includes('constant.numeric.date.written.news'));
    assert.ok(scopesOf(lines, 7, '2024-09-12').includes('constant.numeric.date.iso.news'));
  });

  it('embeds front-matter as YAML, and a Markdown # heading is a heading', () => {
    const markdown = tokenize(grammar, '---\ntitle: Night Ferry\n---\n\n# Night Ferry Gets a Second Boat\n');
    assert.ok(!scopesOf(markdown, 1, '---').includes('markup.heading.headline.news'));
    assert.ok(scopesOf(markdown, 2, 'title: Night Ferry').includes('meta.embedded.block.frontmatter'));
    assert.ok(scopesOf(markdown, 5, 'Night Ferry Gets').includes('markup.heading.news'));
    assert.ok(!scopesOf(markdown, 5, 'Night Ferry Gets').includes('meta.embedded.block.frontmatter'));
  });

  it("gives each part the colour its semantic token will have, so nothing changes colour when the server's tokens arrive", async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8')) as {
      contributes: { semanticTokenScopes: Array<{ scopes: Record<string, string[]> }> };
    };
    const semantic = manifest.contributes.semanticTokenScopes[0]!.scopes;
    /**
     * The default themes colour none of the `.news` names a semantic token probes first, so both take the colour
     * of the scope the grammar's scope starts with: the semantic token's fallback.
     */
    const colouredAs = (scopes: string[], kind: string): boolean =>
      scopes.some((scope) => semantic[kind]!.some((fallback) => scope === fallback || scope.startsWith(`${fallback}.`)));
    const parts: Array<[number, string, string]> = [
      [1, 'Harbour Bridge', 'headline'],
      [3, 'Cyclists cross', 'caption'],
      [3, 'Photo: Mart Kask/dpa', 'credit'],
      [3, ', Estonia, Tallinn:', 'dateline'],
      [3, '3 April 2025', 'date'],
      [6, 'We replaced every joint,', 'quote'],
      [7, 'It should now last,', 'quote'],
      [7, '2024-09-12', 'date'],
    ];
    for (const [line, fragment, kind] of parts) {
      assert.ok(
        colouredAs(scopesOf(lines, line, fragment), kind),
        `${fragment}: ${scopesOf(lines, line, fragment).join(' ')} against ${kind}`,
      );
    }
  });
});
