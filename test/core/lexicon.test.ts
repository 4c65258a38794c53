import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LEXICON = fileURLToPath(new URL('../../src/core/lexicon/', import.meta.url));

/** The gazetteer and the link table are tables of rows, not word lists; the tagger's and the linker's tests read them through their loaders. */
const TABLES = new Set(['gazetteer.json', 'wikidata-links.json']);

describe('the word lists of src/core/lexicon', () => {
  for (const file of readdirSync(LEXICON).filter((name) => name.endsWith('.json') && !TABLES.has(name))) {
    it(`${file} says what it holds and where its words come from, and lists each word once`, () => {
      const list = JSON.parse(readFileSync(join(LEXICON, file), 'utf8')) as Record<string, unknown>;
      assert.deepEqual(Object.keys(list).sort(), ['about', 'source', 'words']);
      assert.ok(typeof list.about === 'string' && list.about.length > 20, 'about');
      assert.ok(typeof list.source === 'string' && list.source.length > 5, 'source');
      const words = list.words as unknown[];
      assert.ok(
        Array.isArray(words) && words.length > 0 && words.every((word) => typeof word === 'string' && word.trim() === word && word !== ''),
      );
      assert.equal(new Set(words).size, words.length, 'a word is listed twice');
    });
  }
});
