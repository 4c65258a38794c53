import type { Span } from '../text/span';

/**
 * A date or time expression in the copy. `value` is ISO 8601 at the
 * precision the text gives (`2023-09-13`, `2023-09`, `1948`, `2010-W23`,
 * `2009-06-01T12:00`, a duration `P2W`), or null when it cannot be resolved
 * (a relative date in an article with no date of its own).
 */
export interface DateMention extends Span {
  readonly text: string;
  readonly kind: 'date' | 'time' | 'duration';
  readonly value: string | null;
  /** True when the value came from the article's own date, not from the words alone. */
  readonly relative: boolean;
}

/** The date an article's relative dates are resolved against, and where it was read. */
export interface ArticleDate {
  readonly value: string;
  readonly source: 'front-matter' | 'dateline' | 'date line' | 'caption';
  readonly span: Span;
}
