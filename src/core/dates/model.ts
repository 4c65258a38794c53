import type { Span } from '../text/span';
import type { CalendarDay } from './calendar';
import type { DateValue } from './value';

/**
 * A date or time expression in the copy. `resolved` is what it stands for
 * at the precision the text gives (a day, a month, a week, a duration…), or
 * null when it cannot be resolved (a relative date in an article with no
 * date of its own). `value` is the same in TimeML's words (`2023-09-13`,
 * `2023-09`, `1948`, `2010-W23`, `2009-06-01T12:00`, `P2W`), as exports and
 * the front-matter write it; both are made together (`valueFields`).
 */
export interface DateMention extends Span {
  readonly text: string;
  readonly kind: 'date' | 'time' | 'duration';
  readonly resolved: DateValue | null;
  readonly value: string | null;
  /** True when the value came from the article's own date, not from the words alone. */
  readonly relative: boolean;
}

/** The date an article's relative dates are resolved against, and where it was read. */
export interface ArticleDate {
  readonly day: CalendarDay;
  /** The day in ISO form, `2023-09-14`. */
  readonly value: string;
  readonly source: 'front-matter' | 'dateline' | 'date line' | 'caption';
  readonly span: Span;
}
