import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../src/core/annotations/annotate';
import type { EntityMention } from '../../src/core/annotations/model';
import { parseArticleFile } from '../../src/core/article/parse';
import { cleanUp, copydesk, makeFolder } from '../cli/helpers';
import { needsSample, SAMPLE } from '../cli/sample-file';
import { needsSchemas, ninjsValidator } from './schemas';

const uri = (qid: string) => `http://www.wikidata.org/entity/${qid}`;

/** The list for each story: what must be linked, by QID. */
const MUST_LINK = [
  ['Q7747', 'Q56226', 'Q10665', 'Q159', 'Q423', 'Q148', 'Q649', 'Q18808', 'Q959', 'Q30', 'Q4067324'],
  ['Q212', 'Q458', 'Q217', 'Q28', 'Q36', 'Q142', 'Q31', 'Q218', 'Q214', 'Q230', 'Q66094865', 'Q3125551', 'Q1899'],
];

/**
 * Everything else each story may link, checked by hand against the copy:
 * Blagoveshchensk, the Amur region, Komsomolsk-on-Amur, Beijing, South
 * Korea, Washington (the city, for the US government), Sergei Shoigu, the
 * UN Security Council, Ukraine; NATO, Türkiye and the other EU hopefuls. Any other
 * link is a look-alike.
 */
const MAY_LINK = [
  ['Q6934', 'Q6886', 'Q154801', 'Q956', 'Q884', 'Q61', 'Q32024', 'Q37470', 'Q212'],
  ['Q7184', 'Q43', 'Q222', 'Q225', 'Q236', 'Q221', 'Q403', 'Q159'],
];

describe('links on the real sample, story by story', function () {
  let stories: string[];
  let folder: string;
  before(function () {
    needsSample(this);
    needsSchemas(this);
    const text = readFileSync(SAMPLE, 'utf8');
    stories = parseArticleFile(text, { format: 'plain' }).articles.map((article) => text.slice(article.start, article.end) + '\n');
    folder = makeFolder();
  });
  after(() => folder && cleanUp(folder));

  it('splits into its two stories', () => {
    assert.equal(stories.length, 2);
  });

  for (const index of [0, 1]) {
    it(`story ${index + 1}: one valid ninjs document linking the issue's names and no look-alike`, () => {
      writeFileSync(join(folder, `story-${index + 1}.txt`), stories[index]!);
      const run = copydesk(['annotate', '--format', 'ninjs', `story-${index + 1}.txt`], { cwd: folder });
      assert.equal(run.code, 0, run.stderr);
      const documents = run.stdout.trim().split('\n');
      assert.equal(documents.length, 1);
      const document = JSON.parse(documents[0]!) as Record<string, Array<{ uri?: string }>>;
      const validate = ninjsValidator();
      assert.equal(validate(document), true, JSON.stringify(validate.errors));
      const linked = new Set(
        ['people', 'organisations', 'places'].flatMap((field) => (document[field] ?? []).flatMap((item) => item.uri ?? [])),
      );
      for (const qid of MUST_LINK[index]!) assert.ok(linked.has(uri(qid)), `${qid} is linked`);
      const allowed = new Set([...MUST_LINK[index]!, ...MAY_LINK[index]!].map(uri));
      assert.deepEqual(
        [...linked].filter((link) => !allowed.has(link)),
        [],
      );
    });
  }

  it('leaves the look-alikes unlinked: Uglegorsk (the table’s is on Sakhalin), the Amur fish, a namesake of the unification minister', () => {
    const file = parseArticleFile(readFileSync(SAMPLE, 'utf8'), { format: 'plain' });
    const mentions: EntityMention[] = file.articles.flatMap((article) => annotateArticle(article, file).mentions);
    const linkOf = (words: string, after = '') =>
      mentions.filter((m) => m.text === words && file.text.slice(m.end, m.end + after.length) === after).map((m) => m.link?.qid ?? null);
    assert.deepEqual([...new Set(linkOf('Uglegorsk'))], [null]);
    assert.deepEqual(linkOf('Amur', ' fish'), [null]);
    assert.deepEqual([...new Set(linkOf('Amur', ' region'))], ['Q6886']);
    assert.deepEqual(linkOf('Kim Young-ho'), [null]);
    assert.ok(!linkOf('Luxembourg').includes('Q2032'), 'Luxembourg is not the Belgian province');
  });
});
