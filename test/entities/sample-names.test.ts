import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';
import { needsSample, SAMPLE } from '../cli/sample-file';

/** What an editor sees on the real sample: each name with every kind it is given. */
describe('names in the real sample', function () {
  let kinds: Map<string, Set<string>>;
  before(function () {
    needsSample(this);
    const file = parseArticleFile(readFileSync(SAMPLE, 'utf8'), { format: 'plain' });
    kinds = new Map();
    for (const article of file.articles)
      for (const mention of annotateArticle(article, file).mentions)
        kinds.set(mention.text, new Set([...(kinds.get(mention.text) ?? []), mention.type]));
  });

  const only = (name: string): string => [...(kinds.get(name) ?? [])].join('/');

  it('reads `Peskov` (in "But Peskov added") as the person Dmitry Peskov is', () => {
    assert.equal(only('Peskov'), 'person');
  });

  it("reads `DPRK` and `Democratic People's Republic of Korea` as places", () => {
    assert.equal(only('DPRK'), 'place');
    assert.equal(only("Democratic People's Republic of Korea"), 'place');
  });

  it('reads `Moscow` and `Pyongyang` in "Moscow-Pyongyang" as places', () => {
    assert.equal(only('Moscow'), 'place');
    assert.equal(only('Pyongyang'), 'place');
  });

  it('gives no nationality adjective the kind of a place, an organisation or a person', () => {
    for (const word of ['Russian', 'North Korean', 'Belgian', 'Ukrainian', 'Hungarian']) assert.equal(only(word), 'nationality', word);
  });
});
