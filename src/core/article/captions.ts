import { comparisonKey } from '../text/normalise';
import type { Article, Caption } from './model';

/** Where a caption stands among its copies: the article's first copy of it, and how many times it is pasted. */
export interface CaptionCopies {
  readonly first: Caption;
  readonly count: number;
}

const known = new WeakMap<Article, ReadonlyMap<Caption, CaptionCopies>>();

/**
 * Every caption of an article with its copies, worked out once per article
 * for the rule that reports repeats and the editor that marks and explains
 * them. Copies are captions with one comparison key (`comparisonKey`: the
 * changes a scraper or a re-paste makes).
 */
export function captionCopies(article: Article): ReadonlyMap<Caption, CaptionCopies> {
  let copies = known.get(article);
  if (copies) return copies;
  const keys = article.captions.map((caption) => comparisonKey(caption.text));
  const byKey = new Map<string, Caption[]>();
  article.captions.forEach((caption, index) => byKey.set(keys[index]!, [...(byKey.get(keys[index]!) ?? []), caption]));
  // In the article's order, so the rule reports repeats as a reader meets them.
  const found = new Map<Caption, CaptionCopies>();
  article.captions.forEach((caption, index) => {
    const group = byKey.get(keys[index]!)!;
    found.set(caption, { first: group[0]!, count: group.length });
  });
  known.set(article, (copies = found));
  return copies;
}
