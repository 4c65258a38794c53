import type * as chrono from 'chrono-node';
import type { Article, ArticleFile } from '../article/model';
import type { Span } from '../text/span';
import { dayOf, isoDay, type CalendarDay } from './calendar';
import { readDates } from './chrono';
import type { ArticleDate } from './model';

/**
 * The article's own date, against which its relative dates resolve: the
 * front-matter's `datePublished` (or `date`), else its dateline, else a line
 * holding only a date under the headline, else a caption's dateline or the
 * first full date in a caption. Per article: two stories in one file have
 * two dates.
 */
export function articleDate(article: Article, file: ArticleFile): ArticleDate | undefined {
  return (
    frontMatterDate(file) ??
    spanDate(file.text, article.dateline?.date, 'dateline') ??
    dateLine(article, file.text) ??
    captionDate(article, file.text)
  );
}

function firstReading(text: string): chrono.ParsedResult | undefined {
  return readDates(text, new Date(Date.UTC(2000, 0, 1, 12)))[0];
}

/** The day a reading names, when it names day, month and year. */
function fullDay(result: chrono.ParsedResult | undefined): CalendarDay | undefined {
  if (!result || !result.start.isCertain('day') || !result.start.isCertain('month') || !result.start.isCertain('year')) return undefined;
  return dayOf(result.start.date());
}

function fullDate(text: string): CalendarDay | undefined {
  return fullDay(firstReading(text));
}

/** The article's date, its day typed and in ISO form. */
function dated(day: CalendarDay, source: ArticleDate['source'], span: Span): ArticleDate {
  return { day, value: isoDay(day), source, span: { start: span.start, end: span.end } };
}

function spanDate(text: string, span: Span | undefined, source: ArticleDate['source']): ArticleDate | undefined {
  if (!span) return undefined;
  const day = fullDate(text.slice(span.start, span.end));
  return day ? dated(day, source, span) : undefined;
}

function frontMatterDate(file: ArticleFile): ArticleDate | undefined {
  // Broken YAML has no fields (the front-matter rule reports it); the text still has its own dates.
  const { frontMatter } = file;
  const fields = frontMatter?.fields;
  if (!frontMatter || !fields) return undefined;
  const raw = fields.datePublished ?? fields.date;
  const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw : undefined;
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return dated(day, 'front-matter', frontMatter);
}

/** `June 13, 2005` alone on the line after the headline, as web pages print it. */
function dateLine(article: Article, text: string): ArticleDate | undefined {
  const second = article.blocks[1];
  if (!second || second.lines.length !== 1 || (second.kind !== 'crosshead' && second.kind !== 'paragraph')) return undefined;
  const words = text.slice(second.start, second.end).trim();
  const result = firstReading(words);
  if (!result || result.index > 0 || result.text.length < words.replace(/[.,]$/, '').length) return undefined;
  const day = fullDay(result);
  return day ? dated(day, 'date line', second) : undefined;
}

function captionDate(article: Article, text: string): ArticleDate | undefined {
  for (const caption of article.captions) {
    const found = spanDate(text, caption.dateline?.date, 'caption') ?? spanDate(text, caption, 'caption');
    if (found) return found;
  }
  return undefined;
}
