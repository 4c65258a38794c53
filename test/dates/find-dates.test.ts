import assert from 'node:assert/strict';
import { parseArticleFile } from '../../src/core/article/parse';
import { articleDate } from '../../src/core/dates/article-date';
import { findDates } from '../../src/core/dates/find-dates';
import type { DateMention } from '../../src/core/dates/model';

/** Two stories of our own in one file, each with a caption dateline of its own date. */
const TWO_STORIES = [
  'Ferry Crews End Strike After Pay Deal',
  '',
  '6 March 2025, Norway, Bodø: Ferry crews leave the union hall after the vote. (NTB via AP)',
  '',
  'Ferry crews in northern Norway ended their strike on Wednesday after a deal on pay, the union said.',
  '',
  'Sailings resume on Friday, and the next talks are due on Tuesday, the operator said. The dispute began in January and was the longest since 1998.',
  '',
  'The union has fought for two weeks over rotas, and said last week that the 1990s rules were out of date. Shares rose 1.02 a share, The Sun reported.',
  '',
  '',
  '',
  'Valparaíso Port Reopens After Storm',
  '',
  'Dockers clear debris at the port of Valparaíso, Chile, 3 February 2025. (Reuters)',
  '',
  'The port reopened on Monday, a decade after the last storm of this size, officials said. Repairs will continue into the first quarter of 2026.',
  '',
].join('\n');

function datesOf(index: number): DateMention[] {
  const file = parseArticleFile(TWO_STORIES, { format: 'plain' });
  const article = file.articles[index]!;
  const own = articleDate(article, file)!;
  const [year, month, day] = own.value.split('-').map(Number) as [number, number, number];
  return findDates(
    TWO_STORIES,
    article.blocks.flatMap((block) => block.prose),
    { year, month, day },
  );
}

function summary(mentions: readonly DateMention[]): string[] {
  return mentions.map((mention) => `${mention.text}=${mention.value}${mention.relative ? ' (relative)' : ''}`);
}

describe('dates', () => {
  it('reads each article’s own date from its caption: two stories, two dates', () => {
    const file = parseArticleFile(TWO_STORIES, { format: 'plain' });
    assert.deepEqual(
      file.articles.map((article) => [articleDate(article, file)?.value, articleDate(article, file)?.source]),
      [
        ['2025-03-06', 'caption'],
        ['2025-02-03', 'caption'],
      ],
    );
  });

  it('resolves weekdays backwards in past-tense copy and forwards when the sentence speaks of the future', () => {
    const mentions = summary(datesOf(0));
    // 6 March 2025 is a Thursday.
    assert.ok(mentions.includes('Wednesday=2025-03-05 (relative)'), mentions.join(', '));
    assert.ok(mentions.includes('Friday=2025-03-07 (relative)'), mentions.join(', '));
    assert.ok(mentions.includes('Tuesday=2025-03-11 (relative)'), mentions.join(', '));
  });

  it('gives each value at the precision the text has: a month, a year, a decade, a week, a duration', () => {
    const mentions = summary(datesOf(0));
    for (const expected of ['January=2025-01 (relative)', '1998=1998', 'two weeks=P2W', 'last week=2025-W09 (relative)', '1990s=199']) {
      assert.ok(mentions.includes(expected), `${expected} in ${mentions.join(', ')}`);
    }
  });

  it('reads each half of a range as a date of its own', () => {
    const text = 'Crews will be trained from 3 June to 5 July, and new ferries arrive between 2027 and 2029.';
    const found = summary(findDates(text, [{ start: 0, end: text.length }], { year: 2025, month: 3, day: 6 }));
    for (const expected of ['3 June=2025-06-03 (relative)', '5 July=2025-07-05 (relative)', '2027=2027', '2029=2029']) {
      assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
    }
  });

  it('counts "the same day" and "the following day" from the article’s date, but not "the day after the vote"', () => {
    const text =
      'The union voted that day, and the operator agreed the following day. The day after the vote, sailings resumed. It was a sixteen-month dispute.';
    const found = summary(findDates(text, [{ start: 0, end: text.length }], { year: 2025, month: 3, day: 6 }));
    assert.deepEqual(found, ['that day=2025-03-06 (relative)', 'the following day=2025-03-07 (relative)', 'sixteen-month=P16M']);
  });

  it('counts "the same day" from the day the copy named last, not from the article’s date', () => {
    const text = 'The union voted on 3 March. The operator agreed the same day, and crews sailed the next day.';
    const found = summary(findDates(text, [{ start: 0, end: text.length }], { year: 2025, month: 3, day: 6 }));
    assert.deepEqual(found, ['3 March=2025-03-03 (relative)', 'the same day=2025-03-03 (relative)', 'the next day=2025-03-04 (relative)']);
  });

  it('does not take “1.02 a share” for a time or The Sun for Sunday', () => {
    const texts = datesOf(0).map((mention) => mention.text);
    assert.ok(!texts.some((text) => /1\.02|Sun\b/.test(text)), texts.join(', '));
  });

  it('spans the date words alone, without the preposition chrono keeps', () => {
    const wednesday = datesOf(0).find((mention) => mention.text === 'Wednesday')!;
    assert.equal(TWO_STORIES.slice(wednesday.start, wednesday.end), 'Wednesday');
    assert.equal(TWO_STORIES.slice(wednesday.start - 3, wednesday.start), 'on ');
  });

  it('resolves the second story against its own date', () => {
    const mentions = summary(datesOf(1));
    for (const expected of ['Monday=2025-02-03 (relative)', 'a decade=P10Y', 'the first quarter of 2026=2026-Q1 (relative)']) {
      assert.ok(mentions.includes(expected), `${expected} in ${mentions.join(', ')}`);
    }
  });

  it("reads the tense of the date's own clause, and with no tense at all takes the nearer weekday", () => {
    // 6 May 2025 is a Tuesday.
    const text =
      'The ferry will run with two boats, the council decided on Monday. Bookings open on Thursday, and a morning and an evening departure are planned.';
    const mentions = summary(findDates(text, [{ start: 0, end: text.length }], { year: 2025, month: 5, day: 6 }));
    assert.deepEqual(mentions, ['Monday=2025-05-05 (relative)', 'Thursday=2025-05-08 (relative)']);
  });

  it('leaves relative dates unresolved when the article has no date of its own', () => {
    const text = 'Council Votes on Budget\n\nThe council voted on Wednesday to cut the budget, as it did in March 2019.\n';
    const file = parseArticleFile(text, { format: 'plain' });
    const article = file.articles[0]!;
    assert.equal(articleDate(article, file), undefined);
    const mentions = summary(
      findDates(
        text,
        article.blocks.flatMap((block) => block.prose),
        undefined,
      ),
    );
    assert.deepEqual(mentions, ['Wednesday=null (relative)', 'March 2019=2019-03']);
  });

  it('prefers the front-matter’s datePublished, then a date line under the headline', () => {
    const withFrontMatter = '---\ndatePublished: 2024-05-02\n---\nA Headline\n\nIt happened on Monday.\n';
    const file = parseArticleFile(withFrontMatter, { format: 'plain' });
    assert.equal(articleDate(file.articles[0]!, file)?.value, '2024-05-02');
    const withDateLine = 'A Headline\n\nJune 13, 2005\n\nIt happened on Monday.\n';
    const second = parseArticleFile(withDateLine, { format: 'plain' });
    assert.deepEqual(
      [articleDate(second.articles[0]!, second)?.value, articleDate(second.articles[0]!, second)?.source],
      ['2005-06-13', 'date line'],
    );
  });
});
