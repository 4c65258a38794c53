/**
 * Date accuracy on MEANTIME: the whole date pipeline as an article gets it
 * (the article model finds the article's own date in its date line; dates
 * are found in its prose and resolved against that date), scored against the
 * gold TIMEX3s before `annotated_end`. Relaxed spans overlap, strict spans
 * are equal; value accuracy is over relaxed matches. Each gold expression
 * pairs with at most one prediction and each prediction with one gold.
 */
import type { Span } from '../../src/core/text/span';
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

/**
 * One-to-one pairs of gold and predicted expressions: equal spans first,
 * then overlapping ones. MEANTIME nests dates (`from 2009 to 2011` holds
 * `2009` and `2011`); pairing in gold order alone would let the outer range
 * take the prediction that is exactly the inner date.
 */
function pairUp<G extends Span, P extends Span>(gold: readonly G[], predicted: readonly P[]): Array<[G, P]> {
  const pairs: Array<[G, P]> = [];
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pass = (fits: (truth: G, date: P) => boolean): void => {
    gold.forEach((truth, g) => {
      if (usedGold.has(g)) return;
      const index = predicted.findIndex((date, i) => !usedPredicted.has(i) && fits(truth, date));
      if (index < 0) return;
      usedGold.add(g);
      usedPredicted.add(index);
      pairs.push([truth, predicted[index]!]);
    });
  };
  pass((truth, date) => date.start === truth.start && date.end === truth.end);
  pass((truth, date) => date.start < truth.end && truth.start < date.end);
  return pairs;
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
      const reference = own
        ? { year: Number(own.value.slice(0, 4)), month: Number(own.value.slice(5, 7)), day: Number(own.value.slice(8, 10)) }
        : undefined;
      return findDates(
        article.text,
        each.blocks.flatMap((block) => block.prose),
        reference,
      );
    });
    const scored = found.filter((date) => date.start < article.annotatedEnd);
    predicted += scored.length;
    gold += article.dates.length;
    for (const [truth, match] of pairUp(article.dates, scored)) {
      relaxed++;
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
