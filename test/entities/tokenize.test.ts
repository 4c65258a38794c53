import assert from 'node:assert/strict';
import { tokenize } from '../../src/core/entities/tokenize';

/** Each token as `text@start`, after checking that its offsets point at its text. */
function tokensOf(text: string): string[] {
  return tokenize(text).map((token) => {
    assert.equal(text.slice(token.start, token.end), token.text);
    return `${token.text}@${token.start}`;
  });
}

describe('entity tokenizer', () => {
  it('keeps hyphenated names and dotted initialisms whole', () => {
    assert.deepEqual(tokensOf('Kim Jong-un flew to the U.S. today'), [
      'Kim@0',
      'Jong-un@4',
      'flew@12',
      'to@17',
      'the@20',
      'U.S.@24',
      'today@29',
    ]);
  });

  it("splits the possessive 's and n't off, straight or curly", () => {
    assert.deepEqual(tokensOf("Russia's army"), ['Russia@0', "'s@6", 'army@9']);
    assert.deepEqual(tokensOf('Ukraine\u2019s grain'), ['Ukraine@0', '\u2019s@7', 'grain@10']);
    assert.deepEqual(tokensOf("don't"), ['do@0', "n't@2"]);
    assert.deepEqual(tokensOf("Airbus' jets"), ['Airbus@0', "'@6", 'jets@8']);
  });

  it("keeps an apostrophe inside a name: O'Brien", () => {
    assert.deepEqual(tokensOf("Mr. O'Brien"), ['Mr.@0', "O'Brien@4"]);
  });

  it('splits quotation marks, straight and curly, from the words they hold', () => {
    assert.deepEqual(tokensOf('\u201CWe will,\u201D he said. "Yes."'), [
      '\u201C@0',
      'We@1',
      'will@4',
      ',@8',
      '\u201D@9',
      'he@11',
      'said@14',
      '.@18',
      '"@20',
      'Yes@21',
      '.@24',
      '"@25',
    ]);
  });

  it('reads money, numbers and model codes as news writes them', () => {
    assert.deepEqual(tokensOf('$107 billion, 1,000.5 tonnes and a 6-L engine'), [
      '$@0',
      '107@1',
      'billion@5',
      ',@12',
      '1,000.5@14',
      'tonnes@22',
      'and@29',
      'a@33',
      '6-L@35',
      'engine@39',
    ]);
  });

  it('splits a hyphenated modifier off a name: EADS-led', () => {
    assert.deepEqual(tokensOf('an EADS-led group'), ['an@0', 'EADS@3', '-@7', 'led@8', 'group@12']);
  });

  it('keeps company abbreviations with their full stop, and counts UTF-16 units past emoji and CRLF', () => {
    const text = 'Apple Inc. \uD83D\uDE00 said\r\nKyiv';
    const tokens = tokenize(text);
    assert.deepEqual(tokensOf(text), ['Apple@0', 'Inc.@6', '\uD83D\uDE00@11', 'said@14', 'Kyiv@20']);
    assert.deepEqual(
      tokens.map((t) => t.lineStart),
      [true, false, false, false, true],
    );
  });
});
