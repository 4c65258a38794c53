/**
 * Date accuracy on MEANTIME: the whole date pipeline as an article gets it
 * (the article model finds the article's own date in its date line; dates
 * are found in its prose and resolved against that date), scored against the
 * gold TIMEX3s before `annotated_end`. Relaxed spans overlap, strict spans
 * are equal; value accuracy is over relaxed matches.
 */
import { parseArticleFile } from '../../src/core/article/parse';
import { articleDate } from '../../src/core/dates/article-date';
import { findDates } from '../../src/core/dates/find-dates';
import type { MeantimeArticle } from '../../scripts/data/meantime';

export interface DateScore {
  readonly predicted: number;
  readonly gold: number;
  readonly relaxed: number;
  readonly strict: number;
  readonly valueRight: number;
  readonly ownDateRight: number;
  readonly articles: number;
}

export function scoreDates(articles: readonly MeantimeArticle[]): DateScore {
  let predicted = 0;
  let gold = 0;
  let relaxed = 0;
  let strict = 0;
  let valueRight = 0;
  let ownDateRight = 0;
  for (const article of articles) {
    const file = parseArticleFile(article.text, { format: 'plain' });
    const found = file.articles.flatMap((each) => {
      const own = articleDate(each, file);
      if (own?.value === article.dct) ownDateRight++;
      const reference = own ? { year: Number(own.value.slice(0, 4)), month: Number(own.value.slice(5, 7)), day: Number(own.value.slice(8, 10)) } : undefined;
      return findDates(article.text, each.blocks.flatMap((block) => block.prose), reference);
    });
    const scored = found.filter((date) => date.start < article.annotatedEnd);
    predicted += scored.length;
    gold += article.dates.length;
    const used = new Set<number>();
    for (const truth of article.dates) {
      const index = scored.findIndex((date, i) => !used.has(i) && date.start < truth.end && truth.start < date.end);
      if (index < 0) continue;
      used.add(index);
      relaxed++;
      const match = scored[index]!;
      if (match.start === truth.start && match.end === truth.end) strict++;
      if (match.value === truth.value) valueRight++;
    }
  }
  return { predicted, gold, relaxed, strict, valueRight, ownDateRight, articles: articles.length };
}

const pct = (x: number): string => (100 * x).toFixed(1);

function f1(right: number, predicted: number, gold: number): string {
  const p = right / predicted;
  const r = right / gold;
  return pct((2 * p * r) / (p + r));
}

export function dateTable(title: string, score: DateScore): string {
  return [
    `#### ${title}`,
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| relaxed span P / R / **F1** (overlap) | ${pct(score.relaxed / score.predicted)} / ${pct(score.relaxed / score.gold)} / **${f1(score.relaxed, score.predicted, score.gold)}** |`,
    `| strict span P / R / **F1** (equal spans) | ${pct(score.strict / score.predicted)} / ${pct(score.strict / score.gold)} / **${f1(score.strict, score.predicted, score.gold)}** |`,
    `| value accuracy (of ${score.relaxed} relaxed matches) | **${pct(score.valueRight / score.relaxed)} %** |`,
    `| article's own date read right (from its date line) | ${score.ownDateRight} of ${score.articles} |`,
    `| predicted / gold expressions | ${score.predicted} / ${score.gold} |`,
  ].join('\n');
}
