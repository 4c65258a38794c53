import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../src/core/annotations/annotate';
import type { EntityMention } from '../../src/core/annotations/model';
import { parseArticleFile } from '../../src/core/article/parse';
import { occurrenceAt } from '../../bench/accuracy/linking';

/**
 * Invented wire stories with the link each name must get (or `null`: no
 * link), written beside them as the linking set's labels are: the words,
 * which occurrence of them, and the QID.
 */
const FIXTURES = join(import.meta.dirname, 'fixtures');

interface Expected {
  readonly mention: string;
  readonly occurrence: number;
  readonly qid: string | null;
}

function mentionsOf(text: string): EntityMention[] {
  const file = parseArticleFile(text, { format: 'plain' });
  return file.articles.flatMap((article) => annotateArticle(article, file).mentions);
}

describe('linking names to Wikidata on invented stories', () => {
  for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.news.txt'))) {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const expected = JSON.parse(readFileSync(join(FIXTURES, name.replace('.news.txt', '.links.json')), 'utf8')) as Expected[];
    describe(name, () => {
      const mentions = mentionsOf(text);
      for (const label of expected) {
        it(`${label.mention} (${label.occurrence}) → ${label.qid ?? 'no link'}`, () => {
          const start = occurrenceAt(text, label.mention, label.occurrence);
          const linked = mentions.filter((m) => m.link && m.start < start + label.mention.length && start < m.end);
          assert.deepEqual(
            linked.map((m) => m.link!.qid),
            label.qid ? [label.qid] : [],
            linked.map((m) => `${m.text}: ${m.link!.qid} ${m.link!.description}`).join('; '),
          );
        });
      }
    });
  }
});
